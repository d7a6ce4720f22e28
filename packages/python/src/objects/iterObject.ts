// Iteration: PyObject_GetIter and the builtin iterator types' tp_iternext (list, tuple,
// str, range, dict and set iterators, enumerate, zip, reversed, user __iter__/__next__).
// Mirrors Objects/iterobject.c, Objects/listobject.c's listiter, Objects/enumobject.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ByteArrayData, type DictData, type IterData, type ListData, type RangeData, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { funcIterNext } from './funcIterObject.js';
import { rangeIterState, rangeIterValue, rangeSsizeLen } from './rangeObject.js';
import type * as N from '../numbers.js';
import { newExtType } from '../modules/extType.js';

/** iter() and next() over the builtin iterators, merged into Interp. */
export const iterOps = {
  // ================================================================ ranges, lengths
  rangeLen(this: Interp, r: RangeData): number {
    return rangeSsizeLen(r);
  },

  // ================================================================ iteration
  /** `iter(x)`: a new iterator object. */
  iter(this: Interp, h: Handle): Handle {
    switch (this.kind[h]) {
      case K.List:
        return this.newIter('list_iterator', h);
      case K.Tuple:
        return this.newIter('tuple_iterator', h);
      case K.Str:
        // PyUnicode_IS_ASCII picks the iterator type
        return this.newIter(/^[\x00-\x7f]*$/.test(this.pv[h] as string) ? 'str_ascii_iterator' : 'str_iterator', h);
      case K.Range: {
        const r = this.pv[h] as RangeData;
        const it = this.alloc(this.iterTypes['range_iterator'], K.Iter, { seq: -1, i: 0, ...rangeIterState(r, false) } as IterData, 0);
        return it;
      }
      case K.Dict: {
        const ext = this.ty[h].ext;
        if (ext?.iter) return ext.iter(h);
        return this.newIter('dict_keyiterator', h, { what: 0, n: (this.pv[h] as DictData).used });
      }
      case K.DictView: {
        const ext = this.ty[h].ext;
        if (ext?.iter) return ext.iter(h);
        const v = this.pv[h] as { dict: Handle; what: number };
        const names = ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'];
        const it = this.newIter(names[v.what], v.dict, { what: v.what, n: (this.pv[v.dict] as DictData).used });
        if (v.what === 2) this.attachResultTuple(it, 2);
        return it;
      }
      case K.Set:
      case K.FrozenSet:
        return this.newIter('set_iterator', h, { n: (this.pv[h] as SetData).used });
      case K.Bytes:
        return this.newIter('bytes_iterator', h, { what: 9 });
      case K.ByteArray:
        return this.newIter('bytearray_iterator', h);
      case K.Iter:
        return this.incref(h);
      case K.Object: {
        const ext = this.ty[h].ext;
        if (ext?.iter) return ext.iter(h);
        break;
      }
      case K.MappingProxy:
        return this.iter((this.pv[h] as { dict: Handle }).dict);
      case K.Instance: {
        const f = this.lookupClassAttr(this.ty[h], '__iter__');
        if (f >= 0) return this.call(this.incref(f), [this.incref(h)], null);
        // PySeqIter_New: a class with only __getitem__ iterates by index until IndexError
        if (this.lookupClassAttr(this.ty[h], '__getitem__') >= 0) {
          this.iterTypes['iterator'] ??= newExtType(this, 'iterator', K.Iter, { basicSize: 32, gc: true, weakrefable: false });
          return this.newIter('iterator', h);
        }
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object is not iterable`);
  },

  /** dictiter/enumerate/zip keep a result tuple they reuse while nobody else holds it. */
  attachResultTuple(this: Interp, it: Handle, n: number, slot = 1): void {
    const items: Handle[] = [];
    for (let i = 0; i < n; i++) items.push(this.none());
    const t = this.newTuple(items);
    const rt = this.mem.rt;
    if (rt.heap.slotCount(it) <= slot) this.mem.resizeSlots(it, slot + 1);
    this.mem.putSlot(it, slot, t);
    (this.pv[it] as IterData).res = t;
  },

  /** A result tuple for `items` (stolen): the iterator's own when it can be reused. */
  resultTuple(this: Interp, it: Handle, items: Handle[]): Handle {
    const d = this.pv[it] as IterData;
    const res = d.res ?? -1;
    if (res >= 0 && this.mem.refcount(res) === 1) {
      this.incref(res);
      const cur = this.pv[res] as Handle[];
      for (let i = 0; i < items.length; i++) {
        const old = cur[i];
        cur[i] = items[i];
        this.mem.rt.setSlot(res, i, items[i], true);
        void old;
      }
      if (!this.mem.isTracked(res)) this.mem.track(res);
      return res;
    }
    return this.newTuple(items);
  },

  /** Whether a JS error is a Python exception of the builtin class `name` or a subclass (PyErr_ExceptionMatches). */
  excMatches(this: Interp, e: unknown, name: string): e is PyException {
    if (!(e instanceof PyException)) return false;
    const t = this.excTypes.get(name)!;
    if (e.exc >= 0) return this.ty[e.exc].isSubtypeOf(t);
    return this.excTypes.get(e.pyType)?.isSubtypeOf(t) ?? false;
  },

  /** Whether a JS error is a Python StopIteration (or an instance of a subclass). */
  isStopIteration(this: Interp, e: unknown): e is PyException {
    return this.excMatches(e, 'StopIteration');
  },

  /** PyErr_Clear of a caught exception: its object (with its traceback) and pending argument are released. */
  discardException(this: Interp, e: PyException): void {
    if (e.exc >= 0) this.decref(e.exc);
    if (e.arg >= 0) this.decref(e.arg);
    e.exc = -1;
    e.arg = -1;
  },

  /** Next item as a new reference, or -1 when exhausted. */
  next(this: Interp, it: Handle): Handle {
    if (this.kind[it] === K.Instance) {
      const f = this.lookupClassAttr(this.ty[it], '__next__');
      if (f < 0) throw this.typeError(`'${this.ty[it].name}' object is not an iterator`);
      try {
        return this.call(this.incref(f), [this.incref(it)], null);
      } catch (e) {
        // slot_tp_iternext's StopIteration ends the iteration: FOR_ITER, list() and the rest clear it
        if (!this.isStopIteration(e)) throw e;
        this.discardException(e);
        return -1;
      }
    }
    const ext = this.ty[it].ext;
    if (ext?.next) return ext.next(it);
    const d = this.pv[it] as IterData;
    const name = this.ty[it].name;
    if (name === 'range_iterator') {
      if (d.i >= d.n!) return -1;
      return this.newInt(rangeIterValue(d.its as unknown as [N.PyIntValue, N.PyIntValue], d.i++));
    }
    const seq = d.seq;
    if (seq < 0) return -1;
    switch (name) {
      case 'list_iterator': {
        const items = (this.pv[seq] as ListData).items;
        if (d.i < items.length) return this.incref(items[d.i++]);
        break;
      }
      case 'tuple_iterator': {
        const items = this.pv[seq] as Handle[];
        if (d.i < items.length) return this.incref(items[d.i++]);
        break;
      }
      case 'bytearray_iterator': {
        // bytearrayiter_next reads the live buffer
        const s = (this.pv[seq] as ByteArrayData).s;
        if (d.i < s.length) return this.newInt(s.charCodeAt(d.i++));
        break;
      }
      case 'bytes_iterator':
      case 'str_ascii_iterator':
      case 'str_iterator': {
        const s = this.pv[seq] as string;
        if (d.i < s.length) {
          if (d.what === 9) return this.newInt(s.charCodeAt(d.i++));
          const cp = s.codePointAt(d.i)!;
          const ch = String.fromCodePoint(cp);
          d.i += ch.length;
          return this.newStr(ch);
        }
        break;
      }
      case 'set_iterator': {
        const sd = this.pv[seq] as SetData;
        if (sd.used !== d.n) {
          d.seq = -1;
          this.mem.setSlot(it, 0, -1);
          throw this.err('RuntimeError', 'Set changed size during iteration');
        }
        while (d.i < sd.table.length) {
          const x = sd.table[d.i++];
          if (x >= 0) return this.incref(x);
        }
        break;
      }
      case 'dict_keyiterator':
      case 'dict_valueiterator':
      case 'dict_itemiterator': {
        const dd = this.pv[seq] as DictData;
        if (dd.used !== d.n) {
          d.seq = -1;
          this.mem.setSlot(it, 0, -1);
          throw this.err('RuntimeError', 'dictionary changed size during iteration');
        }
        while (d.i < dd.keys.length) {
          const j = d.i++;
          if (dd.keys[j] < 0) continue;
          if (d.what === 0) return this.incref(dd.keys[j]);
          if (d.what === 1) return this.incref(dd.vals[j]);
          return this.resultTuple(it, [this.incref(dd.keys[j]), this.incref(dd.vals[j])]);
        }
        break;
      }
      case 'enumerate': {
        const x = this.next(seq);
        if (x < 0) return -1;
        return this.resultTuple(it, [this.newInt(d.n! + d.i++), x]);
      }
      case 'zip': {
        // zip_next: zip() of no iterables is empty
        if (d.its!.length === 0) return -1;
        const items: Handle[] = [];
        for (const sub of d.its!) {
          const x = this.next(sub);
          if (x < 0) {
            // zip_next took a fresh tuple before asking when its own result was still shared:
            // at the end that tuple, holding what it got so far, goes (to the tuple free list)
            const res = d.res ?? -1;
            if (res >= 0 && this.mem.refcount(res) !== 1) {
              while (items.length < d.its!.length) items.push(this.none());
              this.decref(this.newTuple(items));
            } else for (const y of items) this.decref(y);
            return -1;
          }
          items.push(x);
        }
        return this.resultTuple(it, items);
      }
      default: {
        const r = funcIterNext(this, it, name);
        if (r !== undefined) return r;
      }
    }
    // exhausted: the iterator drops its sequence
    d.seq = -1;
    this.mem.setSlot(it, 0, -1);
    return -1;
  },
};

/** The methods of `iterOps`, merged into Interp. */
export type IterOps = typeof iterOps;
