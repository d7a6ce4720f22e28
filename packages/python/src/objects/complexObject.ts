// The complex type: a 32-byte object (two doubles), never gc tracked. Arithmetic as
// Objects/complexobject.c computes it (_Py_c_prod, _Py_c_quot's scaled division, complex_pow
// with c_powi for small integral exponents), hash as complex_hash (hash(real) + 1000003 *
// hash(imag) in wrapping 64-bit arithmetic), repr as complex_repr ('2j' when the real part is
// +0.0, else '(1+2j)', parts with repr's digits but no '.0'), complex() as complex_new_impl.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { formatFloat } from '../format.js';
import { argKit } from '../getargs.js';
import { decompose } from './floatMethods.js';

/** A complex value. */
export interface Cx {
  readonly re: number;
  readonly im: number;
}

/** The ways complex arithmetic fails (errno EDOM / ERANGE in C). */
export class ComplexError extends Error {
  constructor(readonly pyType: 'ZeroDivisionError' | 'OverflowError', message: string) {
    super(message);
  }
}

export function cProd(a: Cx, b: Cx): Cx {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot; null for a zero divisor. */
export function cQuot(a: Cx, b: Cx): Cx | null {
  const absBr = Math.abs(b.re);
  const absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

function cPowu(x: Cx, n: number): Cx {
  let r: Cx = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** complex_pow. */
export function cPow(a: Cx, b: Cx): Cx {
  let r: Cx | null;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    r = n > 0 ? cPowu(a, n) : cQuot({ re: 1, im: 0 }, cPowu(a, -n));
  } else if (b.re === 0 && b.im === 0) {
    r = { re: 1, im: 0 };
  } else if (a.re === 0 && a.im === 0) {
    r = b.im !== 0 || b.re < 0 ? null : { re: 0, im: 0 };
  } else {
    const vabs = Math.hypot(a.re, a.im);
    let len = vabs ** b.re;
    const at = Math.atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= Math.exp(at * b.im);
      phase += b.im * Math.log(vabs);
    }
    r = { re: len * Math.cos(phase), im: len * Math.sin(phase) };
  }
  if (r === null) throw new ComplexError('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity) throw new ComplexError('OverflowError', 'complex exponentiation');
  return r;
}

/** `a OP b` of complex values, null for an operator complex does not have. */
export function complexBinop(op: string, a: Cx, b: Cx): Cx | null {
  switch (op) {
    case '+':
      return { re: a.re + b.re, im: a.im + b.im };
    case '-':
      return { re: a.re - b.re, im: a.im - b.im };
    case '*':
      return cProd(a, b);
    case '/': {
      const q = cQuot(a, b);
      if (!q) throw new ComplexError('ZeroDivisionError', 'complex division by zero');
      return q;
    }
    case '**':
      return cPow(a, b);
  }
  return null;
}

/** A part as PyOS_double_to_string(x, 'r', 0, flags) writes it: repr's digits without '.0'. */
function part(x: number, sign: boolean): string {
  let s = Number.isNaN(x) ? 'nan' : formatFloat(x).replace(/\.0$/, '');
  if (sign && !s.startsWith('-')) s = `+${s}`;
  return s;
}

/** complex_repr. @example complexRepr({ re: 1, im: 2 }) // '(1+2j)' */
export function complexRepr(c: Cx): string {
  if (c.re === 0 && !Object.is(c.re, -0)) return `${part(c.im, false)}j`;
  return `(${part(c.re, false)}${part(c.im, true)}j)`;
}

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;

/** _Py_HashDouble as a bigint (a NaN part hashes as the object's pointer, `nanHash`). */
export function floatHashBig(x: number, nanHash: number): bigint {
  if (Number.isNaN(x)) return BigInt(nanHash);
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % P) << BigInt(e)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** complex_hash. */
export function complexHash(c: Cx, nanHash: number): bigint {
  const hr = floatHashBig(c.re, nanHash);
  const hi = floatHashBig(c.im, nanHash);
  let u = (hr + 1000003n * hi) & M64;
  if (u >= 1n << 63n) u -= 1n << 64n;
  return u === -1n ? -2n : u;
}

/** The complex value of a number (int, bool, float, complex), or null. */
export function asComplex(I: Interp, h: Handle): Cx | null {
  const k = I.kind[h];
  if (k === K.Complex) return I.pv[h] as Cx;
  if (k === K.Float) return { re: I.pv[h] as number, im: 0 };
  if (k === K.Int || k === K.Bool) {
    try {
      return { re: N.intToFloat(I.pv[h] as N.PyIntValue), im: 0 };
    } catch (e) {
      throw I.arith(e);
    }
  }
  return null;
}

const FLOAT = /^[+-]?(?:(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|infinity|inf|nan)/i;

function floatText(t: string): number {
  const u = t.replace(/_/g, '').toLowerCase();
  const sp = /^([+-]?)(inf|infinity|nan)$/.exec(u);
  if (sp) return sp[2] === 'nan' ? NaN : sp[1] === '-' ? -Infinity : Infinity;
  return Number(u);
}

/** complex_from_string_inner: the value of text such as '1+2j', '( 3j )', '-j', 'inf', or null. */
export function parseComplex(text: string): Cx | null {
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) return null;
    s = s.slice(1, -1).trim();
  }
  const first = FLOAT.exec(s);
  if (!first) {
    // '+j', '-j', 'j'
    const m = /^([+-]?)[jJ]$/.exec(s);
    return m ? { re: 0, im: m[1] === '-' ? -1 : 1 } : null;
  }
  const x = floatText(first[0]);
  const rest = s.slice(first[0].length);
  if (rest === '') return { re: x, im: 0 };
  if (/^[jJ]$/.test(rest)) return { re: 0, im: x };
  if (rest[0] !== '+' && rest[0] !== '-') return null;
  const second = FLOAT.exec(rest);
  if (second && /^[jJ]$/.test(rest.slice(second[0].length))) return { re: x, im: floatText(second[0]) };
  if (/^[+-][jJ]$/.test(rest)) return { re: x, im: rest[0] === '-' ? -1 : 1 };
  return null;
}

/** Installs complex(), its methods and data attributes. */
export function installComplex(I: Interp): void {
  const { te, argc } = argKit(I);
  const T = I.tComplex;
  const cv = (h: Handle): Cx => I.pv[h] as Cx;
  I.builtins.set('complex', T.h);
  const numberOf = (h: Handle, which: string): Cx => {
    const c = asComplex(I, h);
    if (c) return c;
    if (I.kind[h] === K.Instance) {
      for (const name of ['__complex__', '__float__', '__index__']) {
        const f = I.lookupClassAttr(I.ty[h], name);
        if (f < 0) continue;
        const r = I.call(I.incref(f), [I.incref(h)], null);
        const v = asComplex(I, r);
        I.decref(r);
        if (v) return v;
      }
    }
    throw te(`complex() ${which} must be ${which === 'first argument' ? 'a string or a number' : 'a number'}, not '${I.ty[h].name}'`);
  };
  I.constructors.set(T, (_t, args, kw) => {
    argc('complex', args, 0, 2);
    const r = args[0] ?? kw?.get('real');
    const i = args[1] ?? kw?.get('imag');
    if (r === undefined && i === undefined) return I.newComplex(0, 0);
    if (r !== undefined && I.kind[r] === K.Str) {
      if (i !== undefined) throw te("complex() can't take second arg if first is a string");
      const c = parseComplex(I.pv[r] as string);
      if (!c) throw new PyException('ValueError', 'complex() arg is a malformed string');
      return I.newComplex(c.re, c.im);
    }
    if (i !== undefined && I.kind[i] === K.Str) throw te("complex() second arg can't be a string");
    if (r !== undefined && i === undefined && I.kind[r] === K.Complex) return I.incref(r);
    const cr = r === undefined ? { re: 0, im: 0 } : numberOf(r, 'first argument');
    const crComplex = r !== undefined && I.kind[r] === K.Complex;
    let ciRe: number;
    let ciIm = 0;
    let ciComplex = false;
    if (i === undefined) ciRe = cr.im;
    else {
      const ci = numberOf(i, 'second argument');
      ciComplex = I.kind[i] === K.Complex;
      ciRe = ci.re;
      ciIm = ci.im;
    }
    let re = cr.re;
    if (ciComplex) re -= ciIm;
    if (crComplex && i !== undefined) ciRe += cr.im;
    return I.newComplex(re, ciRe);
  });
  const m = (name: string, fn: (self: Handle, args: Handle[]) => Handle): void => {
    T.methods.set(name, (a) => fn(a[0]!, a.slice(1)));
  };
  m('conjugate', (s, a) => {
    argc('conjugate', a, 0, 0);
    return I.newComplex(cv(s).re, -cv(s).im);
  });
  m('__complex__', (s) => (I.ty[s] === T ? I.incref(s) : I.newComplex(cv(s).re, cv(s).im)));
  m('__abs__', (s) => complexAbs(I, s));
  m('__getnewargs__', (s) => I.newTuple([I.newFloat(cv(s).re), I.newFloat(cv(s).im)]));
  const accepts = (h: Handle): boolean => asComplex(I, h) !== null;
  const notImpl = (): Handle => I.incref(I.NotImplemented);
  for (const [name, op] of [['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['pow', '**']] as const) {
    T.methods.set(`__${name}__`, (a) => (accepts(a[1]!) ? I.binop(op, a[0]!, a[1]!) : notImpl()));
    T.methods.set(`__r${name}__`, (a) => (accepts(a[1]!) ? I.binop(op, a[1]!, a[0]!) : notImpl()));
  }
  T.methods.set('__eq__', (a) => (accepts(a[1]!) ? I.newBool(I.eq(a[0]!, a[1]!)) : notImpl()));
  T.methods.set('__ne__', (a) => (accepts(a[1]!) ? I.newBool(!I.eq(a[0]!, a[1]!)) : notImpl()));
  for (const name of ['lt', 'le', 'gt', 'ge']) T.methods.set(`__${name}__`, () => notImpl());
  T.methods.set('__neg__', (a) => I.unary('-', a[0]!));
  T.methods.set('__pos__', (a) => I.unary('+', a[0]!));
  T.methods.set('__bool__', (a) => I.newBool(I.truthy(a[0]!)));
  T.methods.set('__hash__', (a) => I.newInt(N.normInt(complexHashOf(I, a[0]!))));
  T.methods.set('__repr__', (a) => I.newStr(complexRepr(cv(a[0]!))));
  T.ext = {
    ...T.ext,
    getattr: (h, name) => (name === 'real' ? I.newFloat(cv(h).re) : name === 'imag' ? I.newFloat(cv(h).im) : -1),
  };
}

/** hash() of a complex object. */
export function complexHashOf(I: Interp, h: Handle): bigint {
  return complexHash(I.pv[h] as Cx, I.pointerHash(h));
}

/** abs() of a complex: hypot, OverflowError past the largest float. */
export function complexAbs(I: Interp, h: Handle): Handle {
  const c = I.pv[h] as Cx;
  const r = Math.hypot(c.re, c.im);
  if (r === Infinity && Number.isFinite(c.re) && Number.isFinite(c.im)) throw new PyException('OverflowError', 'absolute value too large');
  return I.newFloat(r);
}

/** Complex arithmetic in binop: `a OP b` when either side is complex and the other a number, else -1. */
export function complexOp(I: Interp, op: string, a: Handle, b: Handle): Handle {
  const x = asComplex(I, a);
  const y = asComplex(I, b);
  if (!x || !y) return -1;
  try {
    const r = complexBinop(op, x, y);
    return r ? I.newComplex(r.re, r.im) : -1;
  } catch (e) {
    if (e instanceof ComplexError) throw new PyException(e.pyType, e.message);
    throw e;
  }
}
