import { describe, expect, it } from 'vitest';
import { createPoolAllocator } from '../index.js';
import { LiveBlocks } from './liveBlocks.js';

describe('blockIndexOf', () => {
  it('gives each live pymalloc block its own index below the limit, and -1 to raw blocks', () => {
    const a = createPoolAllocator();
    const seen = new Set<number>();
    for (let i = 0; i < 20000; i++) {
      const p = a.malloc(1 + (i % 512));
      const k = a.blockIndexOf(p);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(a.blockIndexLimit());
      expect(seen.has(k)).toBe(false);
      expect(a.lastBlockIndex).toBe(k); // what malloc leaves for the replay's observer
      seen.add(k);
    }
    expect(a.blockIndexOf(a.malloc(513))).toBe(-1);
    expect(a.lastBlockIndex).toBe(-1);
    expect(a.blockIndexOf(a.malloc(0))).toBe(-1);
    expect(a.blockIndexOf(12345)).toBe(-1);
  });
});

describe('lastBlockIndex', () => {
  it('is the index a freed block had while live, and -1 after raw calls (seed 5)', () => {
    let seed = 5;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const a = createPoolAllocator();
    const live: Array<[number, number]> = [];
    for (let step = 0; step < 20000; step++) {
      if (live.length === 0 || rand(3) !== 0) {
        const p = a.malloc(rand(8) === 0 ? 513 + rand(3000) : 1 + rand(512));
        expect(a.lastBlockIndex).toBe(a.blockIndexOf(p));
        live.push([p, a.lastBlockIndex]);
      } else {
        const [p, k] = live.splice(rand(live.length), 1)[0]!;
        a.free(p);
        expect(a.lastBlockIndex).toBe(k);
      }
    }
  });
});

describe('LiveBlocks', () => {
  it('agrees with a Map of address -> (size, site) over random mallocs, reallocs and frees (seed 11)', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const a = createPoolAllocator();
    const blocks = new LiveBlocks(a);
    const reference = new Map<number, [number, number]>();
    const live: number[] = [];
    for (let step = 0; step < 60000; step++) {
      const op = rand(10);
      if (op < 5 || live.length === 0) {
        const size = rand(4) === 0 ? 513 + rand(4000) : 1 + rand(512);
        const p = a.malloc(size);
        blocks.set(p, size, step);
        reference.set(p, [size, step]);
        live.push(p);
      } else if (op < 7) {
        // realloc: the observer's order, freed(old) while the model holds it, then allocated(new)
        const i = rand(live.length);
        const old = live[i]!;
        const size = 1 + rand(1000);
        expect(blocks.take(old)).toBe(true);
        reference.delete(old);
        const p = a.realloc(old, size);
        blocks.set(p, size, step);
        reference.set(p, [size, step]);
        live[i] = p;
      } else {
        const i = rand(live.length);
        const p = live[i]!;
        live[i] = live[live.length - 1]!;
        live.pop();
        expect(blocks.take(p)).toBe(true);
        expect([blocks.takenSize, blocks.takenSite]).toEqual(reference.get(p));
        reference.delete(p);
        a.free(p);
      }
      expect(blocks.count).toBe(reference.size);
    }
    // a block the table never saw (allocated "before the recording") is not found
    const before = a.malloc(40);
    expect(blocks.take(before)).toBe(false);
    let visited = 0;
    let bytes = 0;
    blocks.forEach((_address, size) => {
      visited++;
      bytes += size;
    });
    expect(visited).toBe(reference.size);
    expect(bytes).toBe([...reference.values()].reduce((t, [s]) => t + s, 0));
  });
});
