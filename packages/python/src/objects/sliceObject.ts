// Indexes and slice objects: PyNumber_AsSsize_t for subscripts, PySlice_Unpack and
// PySlice_AdjustIndices, and the slice type (slice(), start/stop/step, indices, repr, ==).
// Mirrors Objects/sliceobject.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit, type Kw } from '../getargs.js';
import { sliceIndexValue } from './rangeObject.js';

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** Indices and slices, merged into Interp. */
export const sliceOps = {
  // ================================================================ subscripts
  index(this: Interp, i: Handle, n: number, what: string): number {
    const k = this.kind[i];
    if (k !== K.Int && k !== K.Bool) {
      throw this.typeError(`${what} indices must be integers or slices, not ${this.ty[i].name}`);
    }
    let v = Number(this.pv[i]);
    if (v < 0) v += n;
    return v;
  },

  sliceBounds(this: Interp, sl: Handle, n: number): [number, number, number] {
    const [lo, hi, st] = this.pv[sl] as Handle[];
    // PySlice_Unpack: __index__ values, clamped to the Py_ssize_t range
    const num = (h: Handle): number | null => {
      if (h === this.None) return null;
      const v = Number(sliceIndexValue(this, h));
      return v > PY_SSIZE_T_MAX ? PY_SSIZE_T_MAX : v < -PY_SSIZE_T_MAX ? -PY_SSIZE_T_MAX : v;
    };
    const step = num(st) ?? 1;
    if (step === 0) throw this.err('ValueError', 'slice step cannot be zero');
    let start = num(lo);
    let stop = num(hi);
    if (step > 0) {
      start = start === null ? 0 : start < 0 ? Math.max(0, start + n) : Math.min(start, n);
      stop = stop === null ? n : stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
    } else {
      start = start === null ? n - 1 : start < 0 ? Math.max(-1, start + n) : Math.min(start, n - 1);
      stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + n) : Math.min(stop, n - 1);
    }
    return [start, stop, step];
  },

  sliceIndices(this: Interp, sl: Handle, n: number): number[] {
    const [start, stop, step] = this.sliceBounds(sl, n);
    const out: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
    else for (let i = start; i > stop; i += step) out.push(i);
    return out;
  },

  newSlice(this: Interp, lo: Handle, hi: Handle, step: Handle): Handle {
    const h = this.alloc(this.tSlice, K.Slice, [lo, hi, step], 3);
    this.mem.putSlot(h, 0, lo);
    this.mem.putSlot(h, 1, hi);
    this.mem.putSlot(h, 2, step);
    return h;
  },
};

/** The methods of `sliceOps`, merged into Interp. */
export type SliceOps = typeof sliceOps;

/** `slice(...)` and the slice type's attributes, methods, repr and equality. */
export function installSlice(I: Interp): void {
  const { te, method } = argKit(I);
  const T = I.tSlice;
  I.constructors.set(T, (_t: PyType, args: Handle[], kw: Kw) => {
    if (kw && kw.size) throw te('slice() takes no keyword arguments');
    if (args.length === 0) throw te('slice expected at least 1 argument, got 0');
    if (args.length > 3) throw te(`slice expected at most 3 arguments, got ${args.length}`);
    const [lo, hi, st] = args.length === 1 ? [I.None, args[0]!, I.None] : [args[0]!, args[1]!, args[2] ?? I.None];
    return I.newSlice(I.incref(lo), I.incref(hi), I.incref(st));
  });
  // slice.indices(len): _PySlice_GetLongIndices, exact for any int sizes
  method(T, 'indices', (a) => {
    if (a.length !== 2) throw te(`slice.indices() takes exactly one argument (${a.length - 1} given)`);
    const lenH = a[1]!;
    const k = I.kind[lenH];
    if (k !== K.Int && k !== K.Bool && !(k === K.Instance && I.lookupClassAttr(I.ty[lenH], '__index__') >= 0)) {
      throw te(`'${I.ty[lenH].name}' object cannot be interpreted as an integer`);
    }
    const n = BigInt(sliceIndexValue(I, lenH));
    if (n < 0n) throw new PyException('ValueError', 'length should not be negative');
    const [lo, hi, st] = I.pv[a[0]!] as Handle[];
    const val = (h: Handle): bigint | null => (h === I.None ? null : BigInt(sliceIndexValue(I, h)));
    const step = val(st) ?? 1n;
    if (step === 0n) throw new PyException('ValueError', 'slice step cannot be zero');
    const [lower, upper] = step < 0n ? [-1n, n - 1n] : [0n, n];
    const clamp = (v: bigint | null, dflt: bigint): bigint => {
      if (v === null) return dflt;
      if (v < 0n) return v + n < lower ? lower : v + n;
      return v > upper ? upper : v;
    };
    const start = clamp(val(lo), step < 0n ? upper : lower);
    const stop = clamp(val(hi), step < 0n ? lower : upper);
    return I.newTuple([I.newInt(N.normInt(start)), I.newInt(N.normInt(stop)), I.newInt(N.normInt(step))]);
  });
  const names = ['start', 'stop', 'step'];
  T.ext = {
    ...T.ext,
    getattr: (h, name) => {
      const i = names.indexOf(name);
      return i < 0 ? -1 : I.incref((I.pv[h] as Handle[])[i]!);
    },
  };
}

/** slice_repr. */
export function sliceRepr(I: Interp, h: Handle): string {
  return `slice(${(I.pv[h] as Handle[]).map((x) => I.repr(x)).join(', ')})`;
}
