// What the str (and bytes) methods share: argument-count checks in the wording of each parser
// CPython uses for them (METH_NOARGS, METH_O, Argument Clinic positional-only and keyword
// signatures, PyArg_ParseTuple), slice indices as _PyEval_SliceIndex and ADJUST_INDICES take
// them, and the result rules of unicodeobject.c: unicode_result_unchanged (the same object for
// an exact str, a copy for a subclass), PyUnicode_Substring (1-char latin-1 results are the
// cached singletons) and PyUnicode_New (a fresh object, the empty string excepted).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

/** How a method parses its arguments (which decides the TypeError wording). */
export type ArgStyle = 'noargs' | 'o' | 'clinic' | 'tuple';

export function strKit(I: Interp, typeName = 'str') {
  const te = (msg: string) => new PyException('TypeError', msg);
  const sv = (h: Handle): string => I.pv[h] as string;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  /** Checks the positional count (a includes self) and that no keywords were given. */
  const sig = (name: string, a: Handle[], kw: Map<string, Handle> | null, min: number, max: number, style: ArgStyle): void => {
    const n = a.length - 1;
    if (kw && kw.size > 0) throw te(`${typeName}.${name}() takes no keyword arguments`);
    if (style === 'noargs') {
      if (n > 0) throw te(`${typeName}.${name}() takes no arguments (${n} given)`);
    } else if (style === 'o') {
      if (n !== 1) throw te(`${typeName}.${name}() takes exactly one argument (${n} given)`);
    } else if (style === 'clinic') {
      if (n < min) throw te(`${name} expected ${min === max ? '' : 'at least '}${plural(min)}, got ${n}`);
      if (n > max) throw te(`${name} expected ${min === max ? '' : 'at most '}${plural(max)}, got ${n}`);
    } else {
      if (n < min) throw te(`${name}() takes ${min === max ? 'exactly' : 'at least'} ${plural(min)} (${n} given)`);
      if (n > max) throw te(`${name}() takes ${min === max ? 'exactly' : 'at most'} ${plural(max)} (${n} given)`);
    }
  };
  /** Keyword-capable clinic signatures: positional and keyword arguments merged by name. */
  const kwArgs = (name: string, a: Handle[], kw: Map<string, Handle> | null, names: string[]): (Handle | undefined)[] => {
    const n = a.length - 1;
    if (n > names.length) throw te(`${name}() takes at most ${plural(names.length)} (${n} given)`);
    const out: (Handle | undefined)[] = names.map((_, i) => a[i + 1]);
    if (kw) {
      for (const [k, v] of kw) {
        const i = names.indexOf(k);
        if (i < 0) throw te(`${name}() got an unexpected keyword argument '${k}'`);
        if (out[i] !== undefined) throw te(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
        out[i] = v;
      }
    }
    return out;
  };
  /** PyNumber_AsSsize_t of an index argument (clipped to what a JS number holds). */
  const indexArg = (h: Handle): number => {
    const k = I.kind[h];
    if (k === K.Int || k === K.Bool) return Number(I.pv[h] as PyIntValue);
    const f = k === K.Instance ? I.lookupClassAttr(I.ty[h], '__index__') : -1;
    if (f >= 0) {
      const r = I.call(I.incref(f), [I.incref(h)], null);
      try {
        if (I.kind[r] !== K.Int && I.kind[r] !== K.Bool) throw te(`__index__ returned non-int (type ${I.ty[r].name})`);
        return Number(I.pv[r] as PyIntValue);
      } finally {
        I.decref(r);
      }
    }
    throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
  };
  /** _PyEval_SliceIndex: None means the default. */
  const sliceIndex = (h: Handle | undefined, dflt: number): number => {
    if (h === undefined || h === I.None) return dflt;
    const k = I.kind[h];
    if (k !== K.Int && k !== K.Bool && !(k === K.Instance && I.lookupClassAttr(I.ty[h], '__index__') >= 0)) {
      throw te('slice indices must be integers or None or have an __index__ method');
    }
    return indexArg(h);
  };
  /** ADJUST_INDICES: [start, end) of a sequence of `len` items (start may stay above len). */
  const adjust = (start: number, end: number, len: number): [number, number] => {
    if (end > len) end = len;
    else if (end < 0) end = Math.max(end + len, 0);
    if (start < 0) start = Math.max(start + len, 0);
    return [start, end];
  };
  /** unicode_result_unchanged. */
  const unchanged = (h: Handle): Handle => (I.ty[h] === I.tStr ? I.incref(h) : fresh(sv(h)));
  /** PyUnicode_New + copy: a new object unless empty. */
  const fresh = (s: string): Handle => (s === '' ? I.newStr('') : I.newStrObject(s));
  /** A str argument ("must be str, not int" or the given prefix). */
  const needStr = (h: Handle, what = 'must be str'): string => {
    if (I.kind[h] !== K.Str) throw te(`${what}, not ${I.ty[h].name}`);
    return sv(h);
  };
  return { te, sv, sig, kwArgs, indexArg, sliceIndex, adjust, unchanged, fresh, needStr };
}

/** A str as code points only when it holds a surrogate pair (else JS indices are Python's). */
export function hasAstral(s: string): boolean {
  return /[\ud800-\udbff][\udc00-\udfff]/.test(s);
}
