// The numbers quoted in the TSDoc examples of the size model, checked so the docs stay true.
import { describe, expect, it } from 'vitest';
import {
  calculateLog2Keysize, createDictTable, createPresizedDictTable, createSetTable, createSharedKeys, dictDisplayIsPresized,
  dictKeysSize, estimateLog2Keysize, FIXED_SIZES, hashInt, heapInstanceLayout, instanceValuesBytes, intDigitCount,
  listAfterSliceDelete, listCapacityAfterAppend, listCapacityAfterAppends, listCapacityAfterExtend, listDisplayCapacity,
  listDisplayPath, listPreallocateExact, listResize, setTableSizeFor, sizeofBytes, sizeofHeapInstance, sizeofHeapType,
  sizeofInt, sizeofList, sizeofSet, sizeofStr, sizeofStrValue, sizeofTuple, splitDictToCombined, strKind, usableFraction,
} from '../index.js';

describe('the documented examples of the size model', () => {
  it('ints, strs, bytes and tuples', () => {
    expect([intDigitCount(0n), intDigitCount(2n ** 30n), intDigitCount(-(2n ** 90n))]).toEqual([0, 2, 4]);
    expect([sizeofInt(0n), sizeofInt(2n ** 60n), sizeofInt(10n ** 100n)]).toEqual([28, 36, 72]);
    expect([strKind(0x41), strKind(0xe9), strKind(0x20ac), strKind(0x1f600)]).toEqual(['ascii', 'latin1', 'ucs2', 'ucs4']);
    expect([sizeofStr(3, 0x63), sizeofStr(1, 0xe9), sizeofStr(2, 0x1f600)]).toEqual([52, 74, 84]);
    expect([sizeofStrValue(''), sizeofStrValue('a€')]).toEqual([49, 78]);
    expect([sizeofBytes(0), sizeofBytes(3), sizeofTuple(0), sizeofTuple(3)]).toEqual([33, 36, 40, 64]);
    expect([FIXED_SIZES.float, FIXED_SIZES.function]).toEqual([24, 152]);
  });

  it('instances and classes', () => {
    expect(sizeofHeapInstance(heapInstanceLayout())).toBe(56);
    expect(sizeofHeapInstance(heapInstanceLayout({ slots: ['a', 'b', 'c'] }))).toBe(56);
    expect(sizeofHeapInstance(heapInstanceLayout({ slots: [] }))).toBe(32);
    expect([sizeofHeapType(true), sizeofHeapType(false)]).toEqual([1688, 920]);
  });

  it('lists', () => {
    expect([sizeofList(0), sizeofList(4)]).toEqual([56, 88]);
    expect([listResize(0, 0, 1), listResize(4, 4, 5), listResize(116, 101, 100)]).toEqual([4, 8, 116]);
    let cap = 0;
    const caps: number[] = [];
    for (let n = 1; n <= 9; n++) caps.push((cap = listCapacityAfterAppend(cap, n)));
    expect(caps).toEqual([4, 4, 4, 4, 8, 8, 8, 8, 16]);
    expect([listPreallocateExact(3), listPreallocateExact(4)]).toEqual([4, 4]);
    expect(listCapacityAfterExtend(0, 0, false, { kind: 'sequence', length: 3 })).toBe(4);
    expect(listCapacityAfterExtend(0, 0, true, { kind: 'sequence', length: 3 })).toBe(8);
    expect(listCapacityAfterExtend(0, 0, false, { kind: 'iterable', lengthHint: 8, count: 9 })).toBe(16);
    expect([listDisplayPath(3, true), listDisplayPath(3, false), listDisplayPath(31, false)]).toEqual(['extendConstTuple', 'buildList', 'appendEach']);
    expect([listDisplayCapacity(3, true), listDisplayCapacity(3, false), listDisplayCapacity(31, false)]).toEqual([4, 3, 32]);
    expect(listCapacityAfterAppends(0, 0, 10)).toBe(16);
    expect(listAfterSliceDelete(1, 1, 1)).toEqual({ allocated: 0, hasItemArray: false });
    expect(listAfterSliceDelete(10, 10, 1)).toEqual({ allocated: 10, hasItemArray: true });
  });

  it('dicts and shared keys', () => {
    expect([usableFraction(8), usableFraction(64)]).toEqual([5, 42]);
    expect([calculateLog2Keysize(15), calculateLog2Keysize(3), calculateLog2Keysize(16)]).toEqual([4, 4, 5]);
    expect([estimateLog2Keysize(6), estimateLog2Keysize(11)]).toEqual([4, 5]);
    expect([dictKeysSize(3, false), dictKeysSize(3, true)]).toEqual([160, 120]);
    const d = createDictTable();
    expect(d.sizeof()).toBe(64);
    for (let i = 0; i < 6; i++) d.insert(false);
    expect(d.sizeof()).toBe(352);
    const p = createPresizedDictTable(6, false);
    for (let i = 0; i < 6; i++) p.insert(false);
    expect(p.sizeof()).toBe(352);
    expect([dictDisplayIsPresized(15), dictDisplayIsPresized(16)]).toEqual([true, false]);
    const keys = createSharedKeys();
    expect(keys.newInstance()).toBe(29);
    keys.addName();
    keys.addName();
    expect(keys.sizeofSplitDict()).toBe(296);
    expect([instanceValuesBytes(29), instanceValuesBytes(3)]).toEqual([264, 32]);
    expect(splitDictToCombined(2).sizeof()).toBe(272);
  });

  it('sets', () => {
    expect([sizeofSet(8), sizeofSet(32), setTableSizeFor(20), setTableSizeFor(16)]).toEqual([216, 728, 32, 32]);
    const s = createSetTable<number>();
    for (let i = 0; i < 5; i++) s.add(i, BigInt(i));
    expect(s.sizeof()).toBe(728);
    expect([hashInt(5n), hashInt(-1n), hashInt(2n ** 61n - 1n)]).toEqual([5n, -2n, 0n]);
  });
});
