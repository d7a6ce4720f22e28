// float's methods and data attributes: is_integer, as_integer_ratio, hex / float.fromhex,
// conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__ and the number dunders. An exact
// float's real and conjugate() are the object itself; imag is a new 0.0. Mirrors
// Objects/floatobject.c (float_hex, float_fromhex, float_as_integer_ratio_impl, float_getset).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { numberDunders } from './intMethods.js';

/** |x| = mant * 2**exp with mant an integer of at most 53 bits (x finite, non-zero). */
export function decompose(x: number): { mant: bigint; exp: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return e === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: e - 1075 };
}

/** m * 2**e correctly rounded (half to even) to a double; Infinity past the largest. */
export function ldexpBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  const top = bits - 1 + e;
  if (top > 1023) return Infinity;
  // precision available at this magnitude: 53 bits, fewer for subnormals
  const p = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (p <= 0) {
    // below half the smallest subnormal, or exactly half (ties to even: 0), else the smallest
    if (p < 0) return 0;
    return m === 1n << BigInt(bits - 1) ? 0 : 5e-324;
  }
  let shift = bits - p;
  let q = m;
  if (shift > 0) {
    q = m >> BigInt(shift);
    const rem = m & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else shift = 0;
  const ex = e + shift;
  const e1 = Math.trunc(ex / 2);
  return Number(q) * 2 ** e1 * 2 ** (ex - e1);
}

/** float.hex(): '0x1.8000000000000p+1', '-0x0.0p+0', 'inf', 'nan'. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const { mant, exp } = decompose(x);
  const normal = mant >= 1n << 52n;
  const lead = normal ? '1' : '0';
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = normal ? exp + 52 : -1022;
  return `${sign}0x${lead}.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.fromhex(s), or null when s is not a hexadecimal float; 'overflow' past the largest. */
export function floatFromHex(text: string): number | null | 'overflow' {
  const s = text.replace(/^[\s]+|[\s]+$/gu, '');
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(s);
  if (!m) return null;
  const ip = m[2]!;
  const fp = m[3] ?? '';
  if (ip === '' && fp === '') return null;
  const mant = BigInt(`0x${ip}${fp}` === '0x' ? '0' : `0x${ip}${fp}`);
  const exp = (m[4] ? Number(m[4]) : 0) - 4 * fp.length;
  const r = mant === 0n ? 0 : ldexpBig(mant, Math.max(-1e6, Math.min(1e6, exp)));
  if (!Number.isFinite(r)) return 'overflow';
  return m[1] === '-' ? -r : r;
}

/**
 * float(text) as PyFloat_FromString reads it: surrounding whitespace, Unicode decimal digits,
 * single underscores between digits, inf/infinity/nan in any case with a sign; null otherwise.
 */
export function floatFromString(text: string): number | null {
  let s = text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
  s = s.replace(/\p{Nd}/gu, (d) => {
    let cp = d.codePointAt(0)!;
    if (cp < 128) return d;
    let start = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    cp -= start;
    return String(cp % 10);
  });
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const D = '\\d(?:_?\\d)*';
  if (!new RegExp(`^[+-]?(?:${D}(?:\\.(?:${D})?)?|\\.${D})(?:[eE][+-]?${D})?$`).test(s)) return null;
  return Number(s.replace(/_/g, ''));
}

/** Installs float's methods and data attributes. */
export function installFloatMethods(I: Interp): void {
  const { te, argc } = argKit(I);
  const T = I.tFloat;
  const v = (h: Handle): number => I.pv[h] as number;
  const exactSelf = (h: Handle): Handle => (I.ty[h] === T ? I.incref(h) : I.newFloat(v(h)));
  const m = (name: string, fn: (self: Handle, args: Handle[]) => Handle): void => {
    T.methods.set(name, (a) => fn(a[0]!, a.slice(1)));
  };
  const toInt = (x: number): Handle => {
    if (Number.isNaN(x)) throw new PyException('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PyException('OverflowError', 'cannot convert float infinity to integer');
    const t = Math.trunc(x);
    return I.newInt(Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t));
  };
  m('is_integer', (s, a) => {
    argc('is_integer', a, 0, 0);
    return I.newBool(Number.isFinite(v(s)) && Number.isInteger(v(s)));
  });
  m('as_integer_ratio', (s, a) => {
    argc('as_integer_ratio', a, 0, 0);
    const x = v(s);
    if (Number.isNaN(x)) throw new PyException('ValueError', 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw new PyException('OverflowError', 'cannot convert Infinity to integer ratio');
    if (x === 0) return I.newTuple([I.newInt(0), I.newInt(1)]);
    let { mant, exp } = decompose(x);
    while ((mant & 1n) === 0n) {
      mant >>= 1n;
      exp++;
    }
    const sign = x < 0 ? -1n : 1n;
    if (exp >= 0) return I.newTuple([I.newInt(N.normInt(sign * (mant << BigInt(exp)))), I.newInt(1)]);
    return I.newTuple([I.newInt(N.normInt(sign * mant)), I.newInt(N.normInt(1n << BigInt(-exp)))]);
  });
  m('hex', (s, a) => {
    argc('hex', a, 0, 0);
    return I.newStr(floatHex(v(s)));
  });
  m('conjugate', (s) => exactSelf(s));
  m('__float__', (s) => exactSelf(s));
  m('__abs__', (s) => I.newFloat(Math.abs(v(s))));
  for (const name of ['__trunc__', '__int__']) m(name, (s) => toInt(v(s)));
  m('__floor__', (s) => toInt(Math.floor(v(s))));
  m('__ceil__', (s) => toInt(Math.ceil(v(s))));
  m('__round__', (s, a) => {
    const round = I.builtins.get('round')!;
    return I.call(I.incref(round), a.length && a[0] !== I.None ? [I.incref(s), I.incref(a[0]!)] : [I.incref(s)], null);
  });
  m('__getnewargs__', (s) => I.newTuple([I.newFloat(v(s))]));
  numberDunders(I, T, (h) => I.kind[h] === K.Float || I.kind[h] === K.Int || I.kind[h] === K.Bool);

  const fromhex = (cls: PyType) => (a: Handle[]): Handle => {
    argc('fromhex', a, 1, 1);
    if (I.kind[a[0]!] !== K.Str) throw te(`fromhex() argument must be str, not ${I.ty[a[0]!].name}`);
    const r = floatFromHex(I.pv[a[0]!] as string);
    if (r === null) throw new PyException('ValueError', 'invalid hexadecimal floating-point string');
    if (r === 'overflow') throw new PyException('OverflowError', 'hexadecimal value too large to represent as a float');
    const f = I.newFloat(r);
    return cls === T ? f : I.call(I.incref(cls.h), [f], null);
  };
  const prev = I.builtinTypeAttr;
  I.builtinTypeAttr = (t, name) => {
    if (name === 'fromhex' && t.isSubtypeOf(T)) return I.newBuiltin('fromhex', fromhex(t));
    return prev(t, name);
  };
  T.methods.set('fromhex', (a) => fromhex(I.ty[a[0]!]!)(a.slice(1)));
  T.ext = {
    ...T.ext,
    getattr: (h, name) => (name === 'real' ? exactSelf(h) : name === 'imag' ? I.newFloat(0) : -1),
  };
}
