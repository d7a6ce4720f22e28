import { describe, expect, it } from 'vitest';
import { BuiltinType, dictKeysSize, type Handle } from '@pymem/object-model';
import { DICT_KEYS_FREE_LIST_SIZE } from '@pymem/intern-table';
import { createRuntime, type Runtime } from './index.js';

/** What the heap itself counts: live blocks and buffers (free-listed objects are not live). */
const heapBytes = (rt: Runtime): number => rt.heap.totals().objectBytes + rt.heap.totals().bufferBytes;

describe('bytesInUse', () => {
  it('counts a block and its buffer, keeps parked objects, and drops them when the free lists are cleared', () => {
    const rt = createRuntime({ collector: null });
    const base = rt.bytesInUse;
    const l = rt.allocate(BuiltinType.list, { freeList: false });
    const block = rt.heap.size(l);
    rt.resizeBuffer(l, 'items', 32);
    rt.resizeBuffer(l, 'items', 96);
    expect(rt.bytesInUse - base).toBe(block + 96);
    rt.decref(l); // the list goes to its free list: its block stays allocated, its buffer does not
    expect(rt.internTable.freeListCount('list')).toBeGreaterThan(0);
    expect(rt.bytesInUse - base).toBe(block);
    rt.clearFreeLists();
    expect(rt.bytesInUse).toBe(heapBytes(rt));
  });

  it('keeps dict keys parked on their free list until the free lists are cleared', () => {
    const rt = createRuntime({ collector: null });
    rt.clearFreeLists();
    const d = rt.allocate(BuiltinType.dict);
    rt.resizeBuffer(d, 'keys', DICT_KEYS_FREE_LIST_SIZE);
    rt.resizeBuffer(d, 'keys', dictKeysSize(4, true));
    rt.decref(d);
    expect(rt.bytesInUse).toBeGreaterThan(heapBytes(rt));
    rt.clearFreeLists();
    expect(rt.bytesInUse).toBe(heapBytes(rt));
  });

  it('agrees with the heap after a random program of allocations, resizes and frees (seed 7)', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rt = createRuntime();
    const live: Handle[] = [];
    for (let step = 0; step < 4000; step++) {
      const op = rand(6);
      if (op <= 1 || live.length === 0) {
        const type = [BuiltinType.list, BuiltinType.dict, BuiltinType.tuple, BuiltinType.float][rand(4)]!;
        const h = rt.allocate(type, type === BuiltinType.tuple ? { items: rand(5) } : {});
        live.push(h);
      } else if (op === 2) {
        const h = live[rand(live.length)]!;
        const t = rt.heap.typeOf(h);
        if (t === BuiltinType.list) rt.resizeBuffer(h, 'items', 8 * rand(40));
        if (t === BuiltinType.dict) rt.resizeBuffer(h, 'keys', [0, DICT_KEYS_FREE_LIST_SIZE, dictKeysSize(4, true), dictKeysSize(3, false)][rand(4)]!);
      } else if (op === 3) {
        const h = live[rand(live.length)]!;
        if (rt.heap.typeOf(h) === BuiltinType.float) rt.setSize(h, 24 + 8 * rand(4));
      } else {
        rt.decref(live.splice(rand(live.length), 1)[0]!);
      }
      expect(rt.bytesInUse).toBeGreaterThanOrEqual(heapBytes(rt));
    }
    rt.clearFreeLists();
    expect(rt.bytesInUse).toBe(heapBytes(rt));
    for (const h of live) rt.decref(h);
    rt.clearFreeLists();
    expect(rt.bytesInUse).toBe(heapBytes(rt));
  });
});

describe('watchMemory', () => {
  it('calls back on each growth past the limit and not below it', () => {
    const rt = createRuntime({ collector: null });
    let calls = 0;
    rt.watchMemory(rt.bytesInUse + 1000, () => calls++);
    const l = rt.allocate(BuiltinType.list, { freeList: false });
    rt.resizeBuffer(l, 'items', 512);
    expect(calls).toBe(0);
    rt.resizeBuffer(l, 'items', 2048);
    expect(calls).toBe(1);
    rt.resizeBuffer(l, 'items', 1024); // shrinking never calls back
    expect(calls).toBe(1);
    rt.resizeBuffer(l, 'items', 4096);
    expect(calls).toBe(2);
    rt.resizeBuffer(l, 'items', 64);
    rt.resizeBuffer(l, 'items', 128);
    expect(calls).toBe(2);
  });
});
