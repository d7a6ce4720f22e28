import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArenaMap } from './arenaMap.js';

describe('ArenaMap', () => {
  it('finds the arena of every address inside an arena and none outside, near or far apart', () => {
    const size = 1 << 20;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 255 }), { minLength: 1, maxLength: 60 }), // addresses stay below 2^52
        fc.constantFrom(1, 2 ** 10, 2 ** 22), // spread: neighbours, a window, beyond the window
        fc.integer({ min: 0, max: 255 }),
        (slots, spread, misalign) => {
          const map = new ArenaMap(size);
          const bases = new Float64Array(slots.length);
          slots.forEach((s, i) => {
            bases[i] = s * spread * 2 * size + misalign * 4096;
            map.mark(bases[i]!, i);
          });
          slots.forEach((_, i) => {
            expect(map.lookup(bases[i]!, bases)).toBe(i);
            expect(map.lookup(bases[i]! + size - 16, bases)).toBe(i);
            expect(map.lookup(bases[i]! + size, bases)).toBe(-1);
            expect(map.lookup(bases[i]! - 16, bases)).toBe(-1);
          });
          map.mark(bases[0]!, -1);
          expect(map.lookup(bases[0]! + 16, bases)).toBe(-1);
        },
      ),
      { numRuns: 50 },
    );
  });
});
