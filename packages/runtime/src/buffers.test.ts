import { describe, expect, it } from 'vitest';
import { BuiltinType, dictKeysSize } from '@pymem/object-model';
import { DICT_KEYS_FREE_LIST_SIZE } from '@pymem/intern-table';
import { createRuntime } from './index.js';

describe('auxiliary buffers', () => {
  it('are malloc-ed, realloc-ed and freed with their owner, and the heap counts their bytes', () => {
    const rt = createRuntime({ record: true });
    const l = rt.allocate(BuiltinType.list);
    rt.resizeBuffer(l, 'items', 32);
    rt.resizeBuffer(l, 'items', 64);
    expect(rt.heap.bufferSize(l, 'items')).toBe(64);
    expect(rt.heap.totals().bufferBytes).toBe(64);
    rt.decref(l);
    expect(rt.heap.totals().bufferBytes).toBe(0);
    const sizes = rt.log.filter((e) => e.type === 'object.bufferResized').map((e) => [e.oldSize, e.newSize]);
    expect(sizes).toEqual([
      [0, 32],
      [32, 64],
      [64, 0],
    ]);
  });

  it('8-slot str-key dict keys (and only those) go through the keys free list', () => {
    expect(DICT_KEYS_FREE_LIST_SIZE).toBe(dictKeysSize(3, true));
    const rt = createRuntime();
    const d1 = rt.allocate(BuiltinType.dict);
    rt.resizeBuffer(d1, 'keys', DICT_KEYS_FREE_LIST_SIZE);
    const keysAddress = rt.heap.bufferAddress(d1, 'keys');
    rt.decref(d1);
    expect(rt.internTable.freeListCount('dictKeys')).toBe(1);
    const d2 = rt.allocate(BuiltinType.dict);
    rt.resizeBuffer(d2, 'keys', DICT_KEYS_FREE_LIST_SIZE);
    expect(rt.heap.bufferAddress(d2, 'keys')).toBe(keysAddress);
    expect(rt.internTable.freeListCount('dictKeys')).toBe(0);
    // Int keys: 24-byte entries, a different size; they go back to the allocator.
    rt.resizeBuffer(d2, 'keys', dictKeysSize(3, false));
    expect(rt.internTable.freeListCount('dictKeys')).toBe(1); // the str-key table it replaced
    rt.decref(d2);
    expect(rt.internTable.freeListCount('dictKeys')).toBe(1);
    rt.collect(2);
    expect(rt.internTable.freeListCount('dictKeys')).toBe(0);
  });
});

describe('the trashcan in the log', () => {
  it('publishes each deferred deallocation with its depth', () => {
    const rt = createRuntime({ record: true, collector: null });
    let x = rt.allocate(BuiltinType.list);
    for (let i = 0; i < 120; i++) {
      const outer = rt.allocate(BuiltinType.list, { slots: 1 });
      rt.setSlot(outer, 0, x, true);
      x = outer;
    }
    rt.decref(x);
    const deferred = rt.log.filter((e) => e.type === 'object.deallocDeferred');
    expect(deferred.length).toBeGreaterThan(0);
    for (const e of deferred) expect(e.depth).toBe(50);
    expect(rt.heap.totals().dynamicObjects).toBe(0);
  });
});
