import { describe, expect, it } from 'vitest';
import { referencePython } from './index.js';

describe('the reference interpreter', () => {
  it('is a 64-bit CPython 3.11', () => {
    expect(referencePython().version).toMatch(/^3\.11\.\d+$/);
  });

  it('rejects an executable that is not python', () => {
    expect(() => referencePython('false')).toThrow();
  });
});
