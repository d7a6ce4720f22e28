// Indexes and slice objects: PyNumber_AsSsize_t for subscripts, PySlice_Unpack and
// PySlice_AdjustIndices. Mirrors Objects/sliceobject.c.
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

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
    const num = (h: Handle): number | null => (h === this.None ? null : Number(this.pv[h]));
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
