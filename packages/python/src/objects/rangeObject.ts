// range objects: construction through PyNumber_Index, the length CPython computes once and
// keeps, item and slice access, `in`, index/count, equality and hash, and the iterators.
// Mirrors Objects/rangeobject.c (range_new, compute_range_length, compute_slice, range_contains,
// range_equals, range_hash). Start with `newRangeObject`.
//
// A range holds four int objects (start, stop, step, length) as references, as rangeobject does:
// `range(x).stop is x`, and the range keeps x alive. It is not a GC type, so it has no referents
// for gc.get_referents. Its values are also kept in RangeData for arithmetic (numbers while they
// are safe integers, bigints past that).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, type PyType, type RangeData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit, type Kw } from '../getargs.js';

type V = N.PyIntValue;
const big = (v: V): bigint => (typeof v === 'bigint' ? v : BigInt(v));
const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/** PyNumber_Index: an exact int as itself, a bool or int subclass as a plain int, else `__index__` (new reference). */
export function numberIndex(I: Interp, h: Handle): Handle {
  const k = I.kind[h];
  if (k === K.Int && I.ty[h] === I.tInt) return I.incref(h);
  if (k === K.Int || k === K.Bool) return I.newInt(I.pv[h] as V);
  const f = k === K.Instance ? I.lookupClassAttr(I.ty[h], '__index__') : -1;
  if (f < 0) throw new PyException('TypeError', `'${I.ty[h].name}' object cannot be interpreted as an integer`);
  const r = I.call(I.incref(f), [I.incref(h)], null);
  if (I.kind[r] !== K.Int && I.kind[r] !== K.Bool) {
    I.decref(r);
    throw new PyException('TypeError', `__index__ returned non-int (type ${I.ty[r].name})`);
  }
  if (I.ty[r] === I.tInt) return r;
  const v = I.pv[r] as V;
  I.decref(r);
  return I.newInt(v);
}

/** compute_range_length: how many values start, start+step, ... lie before stop. */
export function rangeLength(start: V, stop: V, step: V): V {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [a, b, s] = [big(start), big(stop), big(step)];
  if (s > 0n) return N.normInt(a < b ? (b - a - 1n) / s + 1n : 0n);
  return N.normInt(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

/**
 * A range over the int objects `start`, `stop`, `step` (references stolen; exact ints, step not 0).
 * Its length is a new int object, as compute_range_length makes one.
 */
export function newRangeObject(I: Interp, start: Handle, stop: Handle, step: Handle): Handle {
  const d: RangeData = { start: I.pv[start] as V, stop: I.pv[stop] as V, step: I.pv[step] as V, len: 0 };
  d.len = rangeLength(d.start, d.stop, d.step);
  const len = I.newInt(d.len);
  const h = I.alloc(I.tRange, K.Range, d, 4);
  I.mem.putSlot(h, 0, start);
  I.mem.putSlot(h, 1, stop);
  I.mem.putSlot(h, 2, step);
  I.mem.putSlot(h, 3, len);
  return h;
}

/** A range of plain values (new int objects for each). */
export function newRangeOf(I: Interp, start: V, stop: V, step: V): Handle {
  return newRangeObject(I, I.newInt(start), I.newInt(stop), I.newInt(step));
}

/** The range's length as a Py_ssize_t: OverflowError past it (range_length). */
export function rangeSsizeLen(d: RangeData): number {
  if (typeof d.len === 'bigint' && d.len > PY_SSIZE_T_MAX) throw new PyException('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(d.len);
}

/** start + i * step. */
function itemAt(d: RangeData, i: V): V {
  if (typeof i === 'number' && typeof d.start === 'number' && typeof d.step === 'number') {
    const v = d.start + i * d.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return N.normInt(big(d.start) + big(i) * big(d.step));
}

/** Is the int value `x` one of the range's values; its position, or -1. */
function positionOf(d: RangeData, x: V): V {
  const [a, b, s, v] = [big(d.start), big(d.stop), big(d.step), big(x)];
  if (s > 0n ? v < a || v >= b : v > a || v <= b) return -1;
  const off = v - a;
  if (off % s !== 0n) return -1;
  return N.normInt(off / s);
}

/** `x in r`: arithmetic for ints and bools, else the iterating search (range_contains). */
export function rangeContains(I: Interp, h: Handle, x: Handle): boolean {
  const d = I.pv[h] as RangeData;
  if (I.kind[x] === K.Int || I.kind[x] === K.Bool) return positionOf(d, I.pv[x] as V) !== -1;
  return iterSearch(I, h, x, 'contains') > 0;
}

/** _PySequence_IterSearch: 'count' counts, 'index' gives the first position (-1 when none), 'contains' 1 or 0. */
function iterSearch(I: Interp, h: Handle, x: Handle, what: 'count' | 'index' | 'contains'): number {
  const it = I.iter(h);
  let n = 0;
  let i = 0;
  try {
    for (let y = I.next(it); y >= 0; y = I.next(it), i++) {
      const hit = I.eq(y, x);
      I.decref(y);
      if (!hit) continue;
      if (what === 'index') return i;
      if (what === 'contains') return 1;
      n++;
    }
  } finally {
    I.decref(it);
  }
  return what === 'index' ? -1 : n;
}

/** range_equals: same length, and (when not empty) the same first value and (past one value) step. */
export function rangeEq(a: RangeData, b: RangeData): boolean {
  if (a === b) return true;
  if (N.compareReal(a.len, b.len) !== 0) return false;
  if (a.len === 0) return true;
  if (N.compareReal(a.start, b.start) !== 0) return false;
  if (a.len === 1) return true;
  return N.compareReal(a.step, b.step) === 0;
}

/** The key that makes equal ranges one dict/set key (what range_hash hashes). */
export function rangeKey(d: RangeData): string {
  if (d.len === 0) return 'r0';
  if (d.len === 1) return `r1,${d.start}`;
  return `r${d.len},${d.start},${d.step}`;
}

/** range_hash: the hash of (len, start, step) with None for what equality ignores (the tuple is made, as CPython does). */
export function rangeHash(I: Interp, h: Handle): bigint {
  const d = I.pv[h] as RangeData;
  const slot = (i: number): Handle => I.incref(I.mem.rt.heap.slot(h, i));
  const t = I.newTuple([slot(3), d.len === 0 ? I.none() : slot(0), d.len === 0 || d.len === 1 ? I.none() : slot(2)]);
  try {
    return I.hashExact(t);
  } finally {
    I.decref(t);
  }
}

/** range_repr. */
export function rangeRepr(I: Interp, h: Handle): string {
  const d = I.pv[h] as RangeData;
  const t = (v: V): string => I.intText(v);
  return d.step === 1 ? `range(${t(d.start)}, ${t(d.stop)})` : `range(${t(d.start)}, ${t(d.stop)}, ${t(d.step)})`;
}

/** PySlice_Unpack + _PySlice_GetLongIndices over a length that may be a bigint: start, stop, step. */
function longSliceIndices(I: Interp, sl: Handle, length: V): [bigint, bigint, bigint] {
  const [lo, hi, st] = I.pv[sl] as Handle[];
  const val = (h: Handle): bigint | null => {
    if (h === I.None) return null;
    const r = sliceIndexValue(I, h);
    return big(r);
  };
  const step = val(st) ?? 1n;
  if (step === 0n) throw new PyException('ValueError', 'slice step cannot be zero');
  const n = big(length);
  const [lower, upper] = step < 0n ? [-1n, n - 1n] : [0n, n];
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += n;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  return [clamp(val(lo), step < 0n ? upper : lower), clamp(val(hi), step < 0n ? lower : upper), step];
}

/** A slice bound: an int or an object with __index__ (the message names None too). */
export function sliceIndexValue(I: Interp, h: Handle): V {
  const k = I.kind[h];
  if (k === K.Int || k === K.Bool) return I.pv[h] as V;
  if (k === K.Instance && I.lookupClassAttr(I.ty[h], '__index__') >= 0) {
    const r = numberIndex(I, h);
    const v = I.pv[r] as V;
    I.decref(r);
    return v;
  }
  throw new PyException('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/** r[key]: an int (range_item) or a range (compute_slice). */
export function rangeSubscript(I: Interp, h: Handle, key: Handle): Handle {
  const d = I.pv[h] as RangeData;
  if (I.kind[key] === K.Slice) {
    const [start, stop, step] = longSliceIndices(I, key, d.len);
    const s = big(d.step);
    const a = big(d.start);
    return newRangeOf(I, N.normInt(a + start * s), N.normInt(a + stop * s), N.normInt(s * step));
  }
  const k = I.kind[key];
  if (k !== K.Int && k !== K.Bool && !(k === K.Instance && I.lookupClassAttr(I.ty[key], '__index__') >= 0)) {
    throw new PyException('TypeError', `range indices must be integers or slices, not ${I.ty[key].name}`);
  }
  const ih = numberIndex(I, key);
  let i = big(I.pv[ih] as V);
  I.decref(ih);
  if (i < 0n) i += big(d.len);
  if (i < 0n || i >= big(d.len)) throw new PyException('IndexError', 'range object index out of range');
  return I.newInt(itemAt(d, N.normInt(i)));
}

/** The state of a range iterator: [first, step] values and the count, forwards or reversed (range_reverse). */
export function rangeIterState(d: RangeData, reverse: boolean): { n: number; its: [V, V] } {
  const n = Number(d.len);
  if (!reverse) return { n, its: [d.start, d.step] };
  const last = n > 0 ? itemAt(d, N.normInt(big(d.len) - 1n)) : d.start;
  return { n, its: [last, N.normInt(-big(d.step))] };
}

/** The i-th value of a range iterator. */
export function rangeIterValue(its: [V, V], i: number): V {
  const [start, step] = its;
  if (typeof start === 'number' && typeof step === 'number') {
    const v = start + step * i;
    if (Number.isSafeInteger(v)) return v;
  }
  return N.normInt(big(start) + big(step) * BigInt(i));
}

/** range() and the range type's methods and attributes. */
export function installRange(I: Interp): void {
  const { te, method } = argKit(I);
  const T = I.tRange;
  I.constructors.set(T, (_t: PyType, args: Handle[], kw: Kw) => {
    if (kw && kw.size) throw te('range() takes no keyword arguments');
    if (args.length === 0) throw te('range expected at least 1 argument, got 0');
    if (args.length > 3) throw te(`range expected at most 3 arguments, got ${args.length}`);
    const vals: Handle[] = [];
    try {
      for (const a of args) vals.push(numberIndex(I, a));
    } catch (e) {
      for (const v of vals) I.decref(v);
      throw e;
    }
    if (vals.length === 1) return newRangeObject(I, I.newInt(0), vals[0]!, I.newInt(1));
    const step = vals[2] ?? I.newInt(1);
    if (I.pv[step] === 0) {
      for (const v of [vals[0]!, vals[1]!, step]) I.decref(v);
      throw new PyException('ValueError', 'range() arg 3 must not be zero');
    }
    return newRangeObject(I, vals[0]!, vals[1]!, step);
  });
  const self = (a: Handle[]): RangeData => I.pv[a[0]!] as RangeData;
  const one = (name: string, a: Handle[]): Handle => {
    if (a.length !== 2) throw te(`range.${name}() takes exactly one argument (${a.length - 1} given)`);
    return a[1]!;
  };
  method(T, 'count', (a) => {
    const x = one('count', a);
    if (I.kind[x] === K.Int || I.kind[x] === K.Bool) return I.newInt(positionOf(self(a), I.pv[x] as V) === -1 ? 0 : 1);
    return I.newInt(iterSearch(I, a[0]!, x, 'count'));
  });
  method(T, 'index', (a) => {
    const x = one('index', a);
    if (I.kind[x] === K.Int || I.kind[x] === K.Bool) {
      const p = positionOf(self(a), I.pv[x] as V);
      if (p === -1) throw new PyException('ValueError', `${I.repr(x)} is not in range`);
      return I.newInt(p);
    }
    const p = iterSearch(I, a[0]!, x, 'index');
    if (p < 0) throw new PyException('ValueError', 'sequence.index(x): x not in sequence');
    return I.newInt(p);
  });
  method(T, '__reversed__', (a) => I.call(I.incref(I.builtins.get('reversed')!), [I.incref(a[0]!)], null));
  const names = ['start', 'stop', 'step'];
  T.ext = {
    ...T.ext,
    getattr: (h, name) => {
      const i = names.indexOf(name);
      return i < 0 ? -1 : I.incref(I.mem.rt.heap.slot(h, i));
    },
  };
}
