import { describe, expect, it } from 'vitest';
import { eventSpecParts, runtimeEventSpecs } from './index.js';

describe('the runtime vocabulary', () => {
  it('declares each event type in exactly one package', () => {
    const seen = new Map<string, string>();
    for (const [pkg, specs] of Object.entries(eventSpecParts)) {
      for (const type of Object.keys(specs)) {
        expect(seen.get(type), `${type} declared by ${seen.get(type)} and ${pkg}`).toBeUndefined();
        seen.set(type, pkg);
      }
    }
    expect(Object.keys(runtimeEventSpecs).sort()).toEqual([...seen.keys()].sort());
  });
});
