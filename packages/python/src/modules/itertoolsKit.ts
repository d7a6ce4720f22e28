// Shared plumbing of the itertools iterator types: each is a tracked static type whose struct
// fields that hold references are heap slots (so tp_traverse's view is the collector's), mirrored
// by the `r` array of its state. Mirrors the object structs of Modules/itertoolsmodule.c.
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { newExtType } from './extType.js';

/** The state of an itertools object: `r[i]` is the reference in slot i (-1 for NULL). */
export interface ItState {
  r: Handle[];
}

/** The helpers bound to one interpreter. */
export function itKit(I: Interp) {
  /** A tracked iterator type of `basicSize` bytes (none of them is weakly referenceable but _tee). */
  const type = (name: string, basicSize: number, weakrefable = false): PyType =>
    newExtType(I, name, K.Iter, { basicSize, gc: true, weakrefable }, I.tObject);
  /** A new object of type `t` holding `refs` (borrowed; -1 for NULL) in its slots. */
  const make = <S extends object>(t: PyType, extra: S, refs: Handle[]): Handle => {
    const st = { ...extra, r: refs.slice() };
    const h = I.alloc(t, K.Iter, st, refs.length);
    for (let i = 0; i < refs.length; i++) if (refs[i] >= 0) I.mem.setSlot(h, i, refs[i]);
    return h;
  };
  /** The state of `h`. */
  const st = <S extends ItState>(h: Handle): S => I.pv[h] as S;
  /** Stores borrowed `v` in slot i (Py_XSETREF with a new reference to v). */
  const put = (h: Handle, i: number, v: Handle): void => {
    st(h).r[i] = v;
    I.mem.setSlot(h, i, v);
  };
  /** Stores owned `v` in slot i (the slot takes the caller's reference). */
  const take = (h: Handle, i: number, v: Handle): void => {
    put(h, i, v);
    I.xdecref(v);
  };
  /** Py_CLEAR of slot i. */
  const clear = (h: Handle, i: number): void => put(h, i, -1);
  /** PyObject_RichCompareBool(a, b, Py_EQ): identity first. */
  const same = (a: Handle, b: Handle): boolean => a === b || I.eq(a, b);
  /** A tuple of borrowed `items` (new references taken). */
  const tupleOf = (items: Handle[]): Handle => I.newTuple(items.map((x) => I.incref(x)));
  /** PySequence_Tuple: a tuple as is, else a new tuple of its items. */
  const asTuple = (h: Handle): Handle => {
    if (I.kind[h] === K.Tuple && I.ty[h] === I.tTuple) return I.incref(h);
    const items: Handle[] = [];
    const it = I.iter(h);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) items.push(x);
    } catch (e) {
      for (const x of items) I.decref(x);
      throw e;
    } finally {
      I.decref(it);
    }
    return I.newTuple(items);
  };
  /** Sets item i of a tuple the caller owns alone (PyTuple_SET_ITEM after a DECREF of the old). */
  const setItem = (tup: Handle, i: number, v: Handle): void => {
    (I.pv[tup] as Handle[])[i] = v;
    I.mem.setSlot(tup, i, v);
  };
  /** The result tuple the combinatoric iterators reuse: copied first when someone else holds it. */
  const ownResult = (h: Handle, slot: number): Handle => {
    const res = st(h).r[slot];
    if (I.mem.refcount(res) > 1) take(h, slot, tupleOf(I.pv[res] as Handle[]));
    return st(h).r[slot];
  };
  return { type, make, st, put, take, clear, same, tupleOf, asTuple, setItem, ownResult };
}

export type ItKit = ReturnType<typeof itKit>;
