import { describe, expect, it } from 'vitest';
import { poolAllocatorEventSpecs } from './index.js';

describe('the pool-allocator event vocabulary', () => {
  it('names every event as a dotted past-tense fact with a kind and a summary', () => {
    const entries = Object.entries(poolAllocatorEventSpecs);
    expect(entries.length).toBeGreaterThan(0);
    for (const [type, spec] of entries) {
      expect(type).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)+$/);
      expect(['mutator', 'manager']).toContain(spec.kind);
      expect(spec.summary.length).toBeGreaterThan(10);
    }
  });
});
