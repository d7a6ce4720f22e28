import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPoolAllocator, createSimulatedSystem, InvalidAddressError, mallocStats, type PoolAllocatorEvent } from './index.js';
import type { Unsequenced } from '@pymem/events';

const aligned = () => createPoolAllocator({}, { system: createSimulatedSystem({ misalignment: 0 }) });

describe('createPoolAllocator', () => {
  it('hands out the first block of a fresh pool right after the 48-byte header', () => {
    const a = aligned();
    const p = a.malloc(24);
    expect(p % 16384).toBe(48);
    expect(a.malloc(24)).toBe(p + 32);
    expect(a.malloc(24)).toBe(p + 64);
  });

  it('rounds requests up to 16-byte size classes, one pool per class', () => {
    const a = aligned();
    const p1 = a.malloc(1);
    const p16 = a.malloc(16);
    const p17 = a.malloc(17);
    expect(p16).toBe(p1 + 16);
    expect(Math.floor(p17 / 16384)).not.toBe(Math.floor(p1 / 16384));
    expect(a.sizeClassOf(p17)).toBe(1);
    expect(a.sizeClassOf(a.malloc(512))).toBe(31);
  });

  it('reuses the last freed block first (LIFO), as id() reuse in CPython', () => {
    const a = aligned();
    const xs = [a.malloc(40), a.malloc(40), a.malloc(40)];
    a.free(xs[0]!);
    a.free(xs[2]!);
    expect(a.malloc(33)).toBe(xs[2]);
    expect(a.malloc(48)).toBe(xs[0]);
  });

  it('sends 0-byte and over-512-byte requests to raw malloc and counts them', () => {
    const a = aligned();
    const big = a.malloc(513);
    const zero = a.malloc(0);
    expect(a.sizeClassOf(big)).toBe(-1);
    expect(a.counters().rawAllocatedBlocks).toBe(2);
    a.free(big);
    expect(a.counters().rawAllocatedBlocks).toBe(1);
    a.free(zero);
    expect(a.counters().allocatedTotal).toBe(0);
  });

  it('keeps a block in place on realloc when the new size fits and is more than 3/4 of it', () => {
    const a = aligned();
    const p = a.malloc(64);
    expect(a.realloc(p, 49)).toBe(p); // 4*49 = 196 > 192
    expect(a.realloc(p, 64)).toBe(p);
    const q = a.realloc(p, 48); // 4*48 = 192, not > 192: moves to the 48 class
    expect(q).not.toBe(p);
    expect(a.sizeClassOf(q)).toBe(2);
    expect(a.sizeClassOf(p)).toBe(-1);
  });

  it('mallocs before it frees on a moving realloc, so the old block is not reused', () => {
    const a = aligned();
    const p = a.malloc(16);
    const q = a.realloc(p, 20);
    expect(a.malloc(16)).toBe(p);
    expect(q).not.toBe(p);
    expect(a.realloc(0, 10)).toBe(p + 16);
  });

  it('loses one pool to alignment when the arena base is not pool aligned', () => {
    const events: Unsequenced<PoolAllocatorEvent>[] = [];
    const a = createPoolAllocator({}, { system: createSimulatedSystem({ misalignment: 4096 }), emit: (e) => events.push(e) });
    const p = a.malloc(8);
    expect(events[0]).toMatchObject({ type: 'arena.allocated', pools: 63 });
    expect(p % 16384).toBe(48);
    expect(mallocStats(a).bytesLostToArenaAlignment).toBe(16384);
    const b = aligned();
    b.malloc(8);
    expect(b.arenas()[0]!.totalPools).toBe(64);
    expect(mallocStats(b).bytesLostToArenaAlignment).toBe(0);
  });

  it('puts a pool that was full back at the front of usedpools', () => {
    const a = aligned();
    const first: number[] = [];
    for (let i = 0; i < 31; i++) first.push(a.malloc(512)); // 31 blocks of 512 fill one pool
    const second = a.malloc(512);
    expect(Math.floor(second / 16384)).not.toBe(Math.floor(first[0]! / 16384));
    a.free(first[5]!);
    expect(a.malloc(512)).toBe(first[5]);
  });

  it('lets an emptied pool keep its class and free list, or serve another class', () => {
    const events: Unsequenced<PoolAllocatorEvent>[] = [];
    const a = createPoolAllocator({}, { system: createSimulatedSystem({ misalignment: 0 }), emit: (e) => events.push(e) });
    const keep = a.malloc(100); // keeps the arena from being empty
    const p = a.malloc(16);
    const q = a.malloc(16);
    a.free(p);
    a.free(q);
    expect(events.at(-1)).toMatchObject({ type: 'pool.emptied', sizeClass: 0 });
    expect(a.malloc(16)).toBe(q); // same class: old free list, LIFO
    expect(events.at(-1)).toMatchObject({ type: 'pool.claimed', fromFreePools: true, sameClass: true });
    a.free(q);
    const r = a.malloc(200); // another class takes the cached pool, re-initialised
    expect(r).toBe(Math.floor(q / 16384) * 16384 + 48);
    expect(events.at(-1)).toMatchObject({ type: 'pool.claimed', fromFreePools: true, sameClass: false });
    expect(keep).toBeGreaterThan(0);
  });

  it('keeps one wholly free arena and releases the others', () => {
    const events: string[] = [];
    const a = createPoolAllocator({}, { emit: (e) => events.push(e.type) });
    const blocks: number[] = [];
    for (let i = 0; i < 3 * 63 * 31; i++) blocks.push(a.malloc(512));
    expect(a.counters().allocatedCurrent).toBe(3);
    for (const b of blocks) a.free(b);
    expect(a.counters()).toMatchObject({ allocatedCurrent: 1, allocatedTotal: 3, highwater: 3 });
    expect(events.filter((t) => t === 'arena.released')).toHaveLength(2);
    expect(mallocStats(a).arenasReclaimed).toBe(2);
  });

  it('takes new pools from the fullest usable arena', () => {
    const a = createPoolAllocator();
    const arenaOf = (p: number) => a.arenas().find((x) => p >= x.address && p < x.address + (1 << 20))!.index;
    const blocks: number[] = [];
    for (let i = 0; i < 2 * 63 * 31; i++) blocks.push(a.malloc(512));
    // Empty three pools of arena 1 and one of arena 0: arena 0 is fuller, so it serves first.
    for (const b of blocks.slice(63 * 31, 63 * 31 + 3 * 31)) a.free(b);
    for (const b of blocks.slice(0, 31)) a.free(b);
    expect(arenaOf(a.malloc(512))).toBe(0);
    expect(arenaOf(a.malloc(16))).toBe(1);
  });

  it('rejects a double free and a wild pointer with the address', () => {
    const a = aligned();
    const p = a.malloc(32);
    a.free(p);
    expect(() => a.free(p)).toThrow(InvalidAddressError);
    expect(() => a.free(p + 8)).toThrow(/not a live pymalloc block/);
    expect(() => a.realloc(p, 8)).toThrow(InvalidAddressError);
  });

  it('never hands out overlapping live blocks and frees back to an empty table (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 700 }), fc.nat()), { maxLength: 400 }),
        fc.constantFrom(0, 4096),
        (ops, misalignment) => {
          const a = createPoolAllocator({}, { system: createSimulatedSystem({ misalignment }) });
          const live = new Map<number, number>();
          for (const [alloc, n, pick] of ops) {
            if (alloc || live.size === 0) {
              const p = a.malloc(n);
              expect(live.has(p)).toBe(false);
              live.set(p, n);
            } else {
              const keys = [...live.keys()];
              const p = keys[pick % keys.length]!;
              live.delete(p);
              a.free(p);
            }
          }
          const spans = [...live].filter(([, n]) => n > 0 && n <= 512).sort((x, y) => x[0] - y[0]);
          for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![0] + spans[i - 1]![1]);
          const s = mallocStats(a);
          expect(s.classes.reduce((t, c) => t + c.blocksInUse, 0)).toBe(spans.length);
          expect(s.total).toBe(s.arenasAllocatedCurrent * 1024 * 1024);
          for (const p of live.keys()) a.free(p);
          expect(mallocStats(a).classes).toEqual([]);
          expect(a.counters().rawAllocatedBlocks).toBe(0);
          expect(a.counters().allocatedCurrent).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds every block again across dozens of arenas, while the arena map grows', () => {
    for (const params of [{}, { poolSize: 4096, arenaSize: 256 * 1024 }]) {
      const a = createPoolAllocator(params);
      const blocks: number[] = [];
      for (let i = 0; i < 40 * 64 * 31; i++) blocks.push(a.malloc(500));
      expect(a.counters().allocatedCurrent).toBeGreaterThan(40);
      for (const b of blocks) expect(a.sizeClassOf(b)).toBe(31);
      for (const b of blocks) a.free(b);
      expect(mallocStats(a).classes).toEqual([]);
      expect(a.counters().allocatedCurrent).toBe(1);
      expect(a.counters().rawAllocatedBlocks).toBe(0);
    }
  });

  it('takes its sizes as data: 4 KiB pools hold fewer blocks', () => {
    const a = createPoolAllocator({ poolSize: 4096, arenaSize: 256 * 1024 }, { system: createSimulatedSystem({ misalignment: 0 }) });
    expect(a.params.blocksPerPool[0]).toBe(253);
    expect(a.params.maxPoolsInArena).toBe(64);
    a.malloc(8);
    expect(mallocStats(a).classes[0]).toEqual({ sizeClass: 0, size: 16, pools: 1, blocksInUse: 1, availBlocks: 252 });
  });
});
