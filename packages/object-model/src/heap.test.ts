import { describe, expect, it } from 'vitest';
import { BuiltinType, InvariantViolation, NULL, ObjectState, createHeap, createTypeRegistry, type Heap } from './index.js';

let seq = 0;
const alloc = (heap: Heap, handle: number, typeId: number = BuiltinType.list) =>
  heap.apply({ type: 'object.allocated', seq: seq++, handle, typeId, size: 56, address: 1000 + 64 * handle, gc: true, fromFreeList: null } as never);
const ev = (heap: Heap, e: Record<string, unknown>) => heap.apply({ seq: seq++, ...e } as never);

describe('the struct-of-arrays heap', () => {
  it('hands out handles densely and reuses the last freed one first', () => {
    const heap = createHeap(createTypeRegistry());
    for (let h = 0; h < 3; h++) {
      expect(heap.nextHandle()).toBe(h);
      alloc(heap, h);
    }
    ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null });
    ev(heap, { type: 'object.freed', handle: 2, address: 1128, toFreeList: null });
    expect(heap.nextHandle()).toBe(2);
    alloc(heap, 2);
    expect(heap.nextHandle()).toBe(0);
  });

  it('keeps slots in order across growth and reports referents without NULLs', () => {
    const heap = createHeap(createTypeRegistry());
    for (let h = 0; h < 4; h++) alloc(heap, h);
    ev(heap, { type: 'slots.resized', owner: 0, count: 2 });
    ev(heap, { type: 'slot.stored', owner: 0, index: 1, target: 2 });
    ev(heap, { type: 'slots.resized', owner: 0, count: 40 });
    ev(heap, { type: 'slot.stored', owner: 0, index: 39, target: 3 });
    expect(heap.slot(0, 0)).toBe(NULL);
    expect(heap.referents(0)).toEqual([2, 3]);
    ev(heap, { type: 'slots.resized', owner: 0, count: 1 });
    expect(heap.referents(0)).toEqual([]);
  });

  it('keeps buffers with their sizes and addresses and counts their bytes', () => {
    const heap = createHeap(createTypeRegistry());
    alloc(heap, 0);
    ev(heap, { type: 'object.bufferResized', handle: 0, buffer: 'items', oldSize: 0, newSize: 32, oldAddress: 0, newAddress: 5000 });
    ev(heap, { type: 'object.bufferResized', handle: 0, buffer: 'items', oldSize: 32, newSize: 64, oldAddress: 5000, newAddress: 6000 });
    expect(heap.buffers(0)).toEqual([{ name: 'items', size: 64, address: 6000 }]);
    expect(heap.totals().bufferBytes).toBe(64);
    ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null });
    expect(heap.totals().bufferBytes).toBe(0);
  });

  it('links weak references head-first or after a given one, and unlinks them when cleared', () => {
    const heap = createHeap(createTypeRegistry());
    alloc(heap, 0, BuiltinType.set);
    for (let h = 1; h <= 3; h++) alloc(heap, h, BuiltinType.weakref);
    ev(heap, { type: 'weakref.created', ref: 1, target: 0, after: NULL });
    ev(heap, { type: 'weakref.created', ref: 2, target: 0, after: 1 });
    ev(heap, { type: 'weakref.created', ref: 3, target: 0, after: 1 });
    expect(heap.weakrefsTo(0)).toEqual([1, 3, 2]);
    ev(heap, { type: 'weakref.cleared', ref: 3 });
    expect(heap.weakrefsTo(0)).toEqual([1, 2]);
    expect(heap.weakrefTarget(3)).toBe(NULL);
    expect(heap.weakrefTarget(2)).toBe(0);
  });

  it('parks free-list objects with their address and revives the same handle', () => {
    const heap = createHeap(createTypeRegistry());
    alloc(heap, 0);
    ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: 'list' });
    expect(heap.state(0)).toBe(ObjectState.parked);
    expect(heap.nextHandle()).toBe(1);
    ev(heap, { type: 'object.allocated', handle: 0, typeId: BuiltinType.list, size: 56, address: 1000, gc: true, fromFreeList: 'list' });
    expect(heap.isAlive(0)).toBe(true);
    expect(heap.totals().parked).toBe(0);
  });

  it('rejects freeing an unknown or already freed handle even with checks off (a damaged trace looped until V8 aborted)', () => {
    // fuzz seed 15 case 2: an object.freed of a handle not yet allocated, moved up by a line swap
    const heap = createHeap(createTypeRegistry(), { checks: false });
    alloc(heap, 0);
    expect(() => ev(heap, { type: 'object.freed', handle: 1200, address: 1000, toFreeList: 'list' })).toThrow(InvariantViolation);
    ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null });
    expect(() => ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null })).toThrow(InvariantViolation);
  });

  it('rejects a buffer, slot or size change of an unknown handle even with checks off (a swapped line made replay loop forever)', () => {
    // fuzz seed 103 case 6403: an object.bufferResized of handle 1200 moved to line 19 walked a buffer list past the arrays' end
    const heap = createHeap(createTypeRegistry(), { checks: false });
    alloc(heap, 0);
    expect(() => ev(heap, { type: 'object.bufferResized', handle: 1200, buffer: 'items', oldSize: 0, newSize: 8, oldAddress: 0, newAddress: 4096 })).toThrow(InvariantViolation);
    expect(() => ev(heap, { type: 'slots.resized', owner: 1200, count: 3 })).toThrow(InvariantViolation);
    expect(() => ev(heap, { type: 'slot.stored', owner: -1, index: 0, target: 0 })).toThrow(InvariantViolation);
    expect(() => ev(heap, { type: 'object.resized', handle: 0.5, oldSize: 16, newSize: 32, oldAddress: 1000, newAddress: 2000 })).toThrow(InvariantViolation);
    // the live object still takes them
    ev(heap, { type: 'object.bufferResized', handle: 0, buffer: 'items', oldSize: 0, newSize: 8, oldAddress: 0, newAddress: 4096 });
    expect(heap.bufferSize(0, 'items')).toBe(8);
  });

  it('rejects a double free and a store into a freed object, naming the seq', () => {
    const heap = createHeap(createTypeRegistry());
    alloc(heap, 0);
    ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null });
    const at = seq;
    expect(() => ev(heap, { type: 'object.freed', handle: 0, address: 1000, toFreeList: null })).toThrow(InvariantViolation);
    let caught: unknown;
    try {
      ev(heap, { type: 'slot.stored', owner: 0, index: 0, target: NULL });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvariantViolation);
    expect((caught as InvariantViolation).kind).toBe('useAfterFree');
    expect((caught as InvariantViolation).seq).toBe(at + 1);
  });
});
