// The list type: list_resize's growth rule, append/extend/insert/pop/slice deletion with the
// item array mirrored in heap slots, and list's method table (append, sort, ...). Mirrors
// Objects/listobject.c (list_resize, _PyList_AppendTakeRef, list_extend, list_methods).
import { PyException } from '../errors.js';
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import { listAfterSliceDelete, listCapacityAfterAppends, listCapacityAfterExtend, listResize as listResizeRule } from '@pymem/object-model';
import { K, type ByteArrayData, type IterData, type ListData, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { funcIterLengthHint } from './funcIterObject.js';

/** list_resize and the list mutations, merged into Interp. */
export const listOps = {
  // ================================================================ lists
  /** Sets the capacity of a list's item array (the allocator sees one realloc). */
  listSetCapacity(this: Interp, h: Handle, cap: number, hasItems = true): void {
    const d = this.pv[h] as ListData;
    d.hasItems = hasItems;
    if (cap === d.alloc) return;
    d.alloc = cap;
    this.mem.resizeBuffer(h, 'items', cap * 8);
  },

  /** list_resize for `newsize` items (the current size is the old one). */
  listResize(this: Interp, h: Handle, newsize: number): void {
    const d = this.pv[h] as ListData;
    this.listSetCapacity(h, listResizeRule(d.alloc, d.items.length, newsize), d.hasItems || newsize > 0);
  },

  /** `list.append(item)`: borrows item. */
  listAppend(this: Interp, h: Handle, item: Handle): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (d.alloc <= n) this.listResize(h, n + 1);
    d.items.push(item);
    this.mem.incref(item);
    this.mem.resizeSlots(h, n + 1);
    this.mem.putSlot(h, n, item);
  },

  /** `__length_hint__` of an iterable (PyObject_LengthHint with default 8). */
  lengthHint(this: Interp, h: Handle): number {
    switch (this.kind[h]) {
      case K.Str: case K.Bytes: case K.ByteArray: case K.Range: case K.Dict: case K.Set: case K.FrozenSet: case K.DictView: case K.Tuple: case K.List:
        return this.len(h);
      case K.Iter: {
        const ext = this.ty[h].ext;
        if (ext) return ext.lengthHint ? ext.lengthHint(h) : 8;
        const d = this.pv[h] as IterData;
        const name = this.ty[h].name;
        if (name === 'range_iterator') return Math.max(0, d.n! - d.i);
        if (d.seq < 0) return 0;
        if (name === 'list_iterator') return Math.max(0, (this.pv[d.seq] as ListData).items.length - d.i);
        if (name === 'tuple_iterator') return Math.max(0, (this.pv[d.seq] as Handle[]).length - d.i);
        if (name === 'bytearray_iterator') return Math.max(0, (this.pv[d.seq] as ByteArrayData).s.length - d.i);
        if (name === 'set_iterator') {
          // setiter_len: what is left of the table, while the set keeps its size
          const sd = this.pv[d.seq] as SetData;
          return sd.used !== d.n ? 0 : sd.table.slice(d.i).filter((x) => x >= 0).length;
        }
        if (name === 'str_ascii_iterator' || name === 'bytes_iterator') return Math.max(0, (this.pv[d.seq] as string).length - d.i);
        if (name === 'str_iterator') return Math.max(0, [...(this.pv[d.seq] as string).slice(d.i)].length);
        const special = funcIterLengthHint(this, h, name);
        if (special !== undefined) return special;
        if (name.startsWith('dict_') || name === 'set_iterator') return Math.max(0, d.n! - d.i);
        return 8;
      }
      default:
        return 8;
    }
  },

  /** `list.extend(iterable)` / `+=` (list_extend: exact for lists and tuples, else the length hint). */
  listExtend(this: Interp, h: Handle, src: Handle): void {
    const k = this.kind[src];
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    let items: Handle[];
    let cap: number;
    if (k === K.List || k === K.Tuple) {
      items = k === K.List ? [...(this.pv[src] as ListData).items] : (this.pv[src] as Handle[]);
      if (items.length === 0) return;
      for (const x of items) this.incref(x);
      cap = listCapacityAfterExtend(d.alloc, n, d.hasItems, { kind: 'sequence', length: items.length });
    } else {
      const hint = this.lengthHint(src);
      // list_extend preallocates from the hint: list(range(10**10)) fails at once
      this.checkAllocation((n + hint) * 8);
      items = this.collect(src);
      cap = listCapacityAfterExtend(d.alloc, n, d.hasItems, { kind: 'iterable', lengthHint: hint, count: items.length });
      if (!d.hasItems && hint === 0 && items.length === 0) return;
    }
    this.listSetCapacity(h, cap, d.hasItems || cap > 0 || items.length > 0);
    this.mem.resizeSlots(h, n + items.length);
    for (let i = 0; i < items.length; i++) {
      d.items.push(items[i]);
      this.mem.putSlot(h, n + i, items[i]);
    }
  },

  listRepeatInPlace(this: Interp, h: Handle, count: number): void {
    const d = this.pv[h] as ListData;
    if (count <= 0 || d.items.length === 0) {
      const old = d.items;
      d.items = [];
      for (const x of old) this.incref(x);
      this.mem.resizeSlots(h, 0);
      this.listSetCapacity(h, 0, false);
      for (let i = old.length - 1; i >= 0; i--) this.decref(old[i]);
      return;
    }
    this.checkAllocation(d.items.length * count * 8);
    const src = [...d.items];
    const total = src.length * count;
    this.listResize(h, total);
    this.mem.resizeSlots(h, total);
    for (let c = 1; c < count; c++) {
      for (const x of src) {
        this.incref(x);
        this.mem.putSlot(h, d.items.length, x);
        d.items.push(x);
      }
    }
  },

  /** Replaces all items of a list with `items` (stolen), releasing the old ones from the end. */
  listSetItems(this: Interp, h: Handle, items: Handle[]): void {
    const d = this.pv[h] as ListData;
    d.items = items;
    this.mem.relayout(h, items);
    for (let i = 0; i < items.length; i++) this.decref(items[i]);
  },

  listInsert(this: Interp, h: Handle, where: number, item: Handle): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (where < 0) where = Math.max(0, where + n);
    if (where > n) where = n;
    this.listResize(h, n + 1);
    d.items.splice(where, 0, item);
    this.mem.relayout(h, d.items);
  },

  /** Removes and returns (as a new reference, stolen from the list) item i. */
  listPop(this: Interp, h: Handle, i: number): Handle {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    const item = d.items[i];
    this.incref(item);
    d.items.splice(i, 1);
    if (i === n - 1) {
      this.mem.resizeSlots(h, n - 1);
      this.listSetCapacity(h, listResizeRule(d.alloc, n, n - 1));
    } else {
      this.mem.relayout(h, d.items);
      const after = listAfterSliceDelete(d.alloc, n, 1);
      this.listSetCapacity(h, after.allocated, after.hasItemArray);
    }
    return item;
  },

  listSetItem(this: Interp, h: Handle, i: number, v: Handle): void {
    const d = this.pv[h] as ListData;
    d.items[i] = v;
    this.mem.setSlot(h, i, v);
  },

  /** Deletes items [lo, hi) (list_ass_slice): the removed items are released after the move. */
  listDelSlice(this: Interp, h: Handle, lo: number, hi: number): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (hi <= lo) return;
    const removed = d.items.splice(lo, hi - lo);
    // list_ass_slice: the items move down, the array shrinks, then the removed ones are released
    for (const x of removed) this.incref(x);
    this.mem.relayout(h, d.items);
    const after = listAfterSliceDelete(d.alloc, n, removed.length);
    this.listSetCapacity(h, after.allocated, after.hasItemArray);
    for (let j = removed.length - 1; j >= 0; j--) this.decref(removed[j]);
  },

  /** All items of an iterable as new references. */
  collect(this: Interp, src: Handle): Handle[] {
    const k = this.kind[src];
    if (k === K.List || k === K.Tuple) {
      const items = k === K.List ? [...(this.pv[src] as ListData).items] : [...(this.pv[src] as Handle[])];
      for (const x of items) this.incref(x);
      return items;
    }
    const out: Handle[] = [];
    const it = this.iter(src);
    try {
      for (let x = this.next(it); x >= 0; x = this.next(it)) out.push(x);
    } catch (e) {
      for (const x of out) this.decref(x);
      throw e;
    } finally {
      this.decref(it);
    }
    return out;
  },

  /** `list(iterable)`: a new empty list extended by the iterable (list___init__). */
  listFrom(this: Interp, src: Handle): Handle {
    const h = this.newList([]);
    try {
      this.listExtend(h, src);
    } catch (e) {
      this.decref(h);
      throw e;
    }
    return h;
  },

  /** A list built by appending `items` (stolen) one by one, as a comprehension does. */
  listByAppends(this: Interp, items: Handle[]): Handle {
    return this.newList(items, listCapacityAfterAppends(0, 0, items.length));
  },
};

/** The methods of `listOps`, merged into Interp. */
export type ListOps = typeof listOps;

/** The method table of list (append, extend, insert, pop, ...): list_methods. */
export function installListMethods(I: Interp): void {
  const { te, none, argc, intArg, method, indexRange } = argKit(I);
  const L = I.tList;
  const listOf = (h: Handle) => I.pv[h] as ListData;
  method(L, 'append', (a) => {
    argc('list.append', a, 2, 2);
    I.listAppend(a[0], a[1]);
    return none();
  });
  method(L, 'extend', (a) => {
    argc('list.extend', a, 2, 2);
    I.listExtend(a[0], a[1]);
    return none();
  });
  method(L, 'insert', (a) => {
    if (a.length !== 3) throw te(`insert expected 2 arguments, got ${a.length - 1}`);
    I.listInsert(a[0], intArg(a[1]), a[2]);
    return none();
  });
  method(L, 'pop', (a) => {
    const d = listOf(a[0]);
    if (d.items.length === 0) throw new PyException('IndexError', 'pop from empty list');
    let i = a.length > 1 ? intArg(a[1]) : d.items.length - 1;
    if (i < 0) i += d.items.length;
    if (i < 0 || i >= d.items.length) throw new PyException('IndexError', 'pop index out of range');
    return I.listPop(a[0], i);
  });
  method(L, 'remove', (a) => {
    const d = listOf(a[0]);
    const i = d.items.findIndex((x) => x === a[1] || I.eq(x, a[1]));
    if (i < 0) throw new PyException('ValueError', 'list.remove(x): x not in list');
    I.listDelSlice(a[0], i, i + 1);
    return none();
  });
  method(L, 'clear', (a) => {
    const d = listOf(a[0]);
    const old = d.items;
    d.items = [];
    for (const x of old) I.incref(x);
    I.mem.resizeSlots(a[0], 0);
    d.alloc = 0;
    d.hasItems = false;
    I.mem.resizeBuffer(a[0], 'items', 0);
    for (let i = old.length - 1; i >= 0; i--) I.decref(old[i]);
    return none();
  });
  method(L, 'index', (a) => {
    const d = listOf(a[0]);
    const [start, stop] = indexRange(a, d.items.length);
    // list_index_impl re-reads the size each step: __eq__ may shrink the list
    for (let i = start; i < stop && i < d.items.length; i++) {
      const x = d.items[i];
      if (x === a[1] || I.eq(x, a[1])) return I.newInt(i);
    }
    throw new PyException('ValueError', `${I.repr(a[1])} is not in list`);
  });
  method(L, 'count', (a) => {
    argc('list.count', a.slice(1), 1, 1);
    const d = listOf(a[0]);
    let n = 0;
    for (let i = 0; i < d.items.length; i++) if (d.items[i] === a[1] || I.eq(d.items[i], a[1])) n++;
    return I.newInt(n);
  });
  method(L, 'copy', (a) => {
    const items = listOf(a[0]).items.map((x) => I.incref(x));
    return I.newList(items);
  });
  method(L, 'reverse', (a) => {
    const d = listOf(a[0]);
    const items = [...d.items].reverse();
    d.items = items;
    I.mem.relayout(a[0], items);
    return none();
  });
  method(L, 'sort', (a, kw) => {
    const d = listOf(a[0]);
    const items = [...d.items];
    for (const x of items) I.incref(x);
    const sorted = sortItems(I, items, kw?.get('key'), kw?.get('reverse') !== undefined && I.truthy(kw.get('reverse')!));
    d.items = sorted;
    I.mem.relayout(a[0], sorted);
    for (const x of sorted) I.decref(x);
    return none();
  });
}

/** The items sorted as list.sort does (stable, `key` called once per item, `reverse`). */
export function sortItems(I: Interp, items: Handle[], key: Handle | undefined, reverse: boolean): Handle[] {
  const keys = key !== undefined ? items.map((x) => I.call(I.incref(key), [I.incref(x)], null)) : items;
  // list.sort: reverse=True reverses, sorts stably, and reverses back (equal items keep their order)
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  idx.sort((a, b) => (I.cmp(keys[a], keys[b], '<') < 0 ? -1 : I.cmp(keys[b], keys[a], '<') < 0 ? 1 : 0));
  if (reverse) idx.reverse();
  const out = idx.map((i) => items[i]);
  if (key !== undefined) for (const k of keys) I.decref(k);
  return out;
}
