// int's methods and data attributes: bit_length, bit_count, to_bytes / int.from_bytes,
// as_integer_ratio, conjugate, real/imag/numerator/denominator and the number dunders
// (__index__, __int__, __add__...). What comes back as the same object follows long_long: an
// exact int returns itself, a bool an int (a small int from the cache). Mirrors
// Objects/longobject.c (int_bit_length_impl, int_to_bytes_impl, int_from_bytes_impl, long_getsetters).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit, type Kw } from '../getargs.js';

const isInt = (I: Interp, h: Handle): boolean => I.kind[h] === K.Int || I.kind[h] === K.Bool;
const big = (v: N.PyIntValue): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** long_long: an exact int is returned as it is, a bool as the int of its value. */
export function longLong(I: Interp, h: Handle): Handle {
  return I.kind[h] === K.Int ? I.incref(h) : I.newInt(I.pv[h] as N.PyIntValue);
}

/** The binary and comparison dunders of a number type: `self OP other`, NotImplemented for other types. */
export function numberDunders(I: Interp, t: PyType, accepts: (h: Handle) => boolean): void {
  const ops: [string, string][] = [
    ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
    ['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^'],
  ];
  const notImpl = (): Handle => I.incref(I.NotImplemented);
  for (const [name, op] of ops) {
    if (t !== I.tInt && ['lshift', 'rshift', 'and', 'or', 'xor'].includes(name)) continue;
    t.methods.set(`__${name}__`, (a) => (a.length === 2 && accepts(a[1]!) ? I.binop(op, a[0]!, a[1]!) : notImpl()));
    t.methods.set(`__r${name}__`, (a) => (a.length === 2 && accepts(a[1]!) ? I.binop(op, a[1]!, a[0]!) : notImpl()));
  }
  t.methods.set('__divmod__', (a) => (accepts(a[1]!) ? I.newTuple([I.binop('//', a[0]!, a[1]!), I.binop('%', a[0]!, a[1]!)]) : notImpl()));
  t.methods.set('__rdivmod__', (a) => (accepts(a[1]!) ? I.newTuple([I.binop('//', a[1]!, a[0]!), I.binop('%', a[1]!, a[0]!)]) : notImpl()));
  for (const [name, op] of [['eq', '=='], ['ne', '!='], ['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>=']] as const) {
    t.methods.set(`__${name}__`, (a) => (a.length === 2 && accepts(a[1]!) ? I.compare(op, a[0]!, a[1]!) : notImpl()));
  }
  t.methods.set('__neg__', (a) => I.unary('-', a[0]!));
  t.methods.set('__pos__', (a) => I.unary('+', a[0]!));
  t.methods.set('__bool__', (a) => I.newBool(I.truthy(a[0]!)));
  t.methods.set('__hash__', (a) => I.call(I.incref(I.builtins.get('hash')!), [I.incref(a[0]!)], null));
  t.methods.set('__repr__', (a) => I.newStr(I.repr(a[0]!)));
}

/** Installs int's methods (bool inherits them) and its data attributes. */
export function installIntMethods(I: Interp): void {
  const { te, argc } = argKit(I);
  const T = I.tInt;
  const v = (h: Handle): N.PyIntValue => I.pv[h] as N.PyIntValue;
  const m = (name: string, fn: (self: Handle, args: Handle[], kw: Kw) => Handle): void => {
    T.methods.set(name, (a, kw) => fn(a[0]!, a.slice(1), kw));
  };
  m('bit_length', (s, a) => {
    argc('bit_length', a, 0, 0);
    return I.newInt(N.intBitLength(v(s)));
  });
  m('bit_count', (s, a) => {
    argc('bit_count', a, 0, 0);
    let x = big(v(s));
    if (x < 0n) x = -x;
    let n = 0;
    for (const c of x.toString(2)) if (c === '1') n++;
    return I.newInt(n);
  });
  m('as_integer_ratio', (s, a) => {
    argc('as_integer_ratio', a, 0, 0);
    return I.newTuple([longLong(I, s), I.newInt(1)]);
  });
  for (const name of ['conjugate', '__index__', '__int__', '__trunc__', '__floor__', '__ceil__']) {
    m(name, (s, a) => {
      argc(name, a, 0, 0);
      return longLong(I, s);
    });
  }
  m('__float__', (s) => {
    try {
      return I.newFloat(N.intToFloat(v(s)));
    } catch (e) {
      throw I.arith(e);
    }
  });
  m('__abs__', (s) => (v(s) < 0 ? I.newInt(N.intSub(0, v(s))) : longLong(I, s)));
  m('__invert__', (s) => I.unary('~', s));
  m('__round__', (s, a) => {
    if (a.length === 0 || a[0] === I.None) return longLong(I, s);
    const round = I.builtins.get('round')!;
    return I.call(I.incref(round), [I.incref(s), I.incref(a[0]!)], null);
  });
  m('__sizeof__', (s) => I.newInt(24 + 4 * Math.max(1, intDigitCount(v(s)))));
  m('__getnewargs__', (s) => I.newTuple([longLong(I, s)]));
  numberDunders(I, T, (h) => isInt(I, h));

  const byteorderOf = (h: Handle | undefined): 'big' | 'little' => {
    if (h === undefined) return 'big';
    if (I.kind[h] !== K.Str) throw te(`to_bytes() argument 'byteorder' must be str, not ${I.ty[h].name}`);
    const s = I.pv[h] as string;
    if (s !== 'big' && s !== 'little') throw new PyException('ValueError', "byteorder must be either 'little' or 'big'");
    return s;
  };
  m('to_bytes', (s, a, kw) => {
    argc('to_bytes', a, 0, 2);
    const lenH = a[0] ?? kw?.get('length');
    const length = lenH === undefined ? 1 : Number(intArgOf(I, lenH));
    const order = byteorderOf(a[1] ?? kw?.get('byteorder'));
    const signed = kw?.get('signed') !== undefined && I.truthy(kw.get('signed')!);
    if (length < 0) throw new PyException('ValueError', 'length argument must be non-negative');
    let x = big(v(s));
    if (x < 0n && !signed) throw new PyException('OverflowError', "can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    const fits = signed ? x >= -(1n << (bits - 1n > 0n ? bits - 1n : 0n)) && x < (length === 0 ? 1n : 1n << (bits - 1n)) : x < 1n << bits;
    if (!fits || (length === 0 && x !== 0n)) throw new PyException('OverflowError', 'int too big to convert');
    if (x < 0n) x += 1n << bits;
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      out.push(String.fromCharCode(Number(x & 0xffn)));
      x >>= 8n;
    }
    if (order === 'big') out.reverse();
    return I.newBytes(out.join(''));
  });

  // int.from_bytes is a classmethod: found on the type
  const prev = I.builtinTypeAttr;
  const fromBytes = (cls: PyType) => (a: Handle[], kw: Kw): Handle => {
    argc('from_bytes', a, 0, 2);
    const src = a[0] ?? kw?.get('bytes');
    if (src === undefined) throw te("from_bytes() missing required argument 'bytes' (pos 1)");
    const order = byteorderOf(a[1] ?? kw?.get('byteorder'));
    const signed = kw?.get('signed') !== undefined && I.truthy(kw.get('signed')!);
    let codes: number[];
    if (I.kind[src] === K.Bytes) codes = [...(I.pv[src] as string)].map((c) => c.charCodeAt(0));
    else if (I.kind[src] === K.Str) throw te('cannot convert \'str\' object to bytes');
    else {
      const items = I.collect(src);
      codes = items.map((h) => Number(intArgOf(I, h)));
      for (const h of items) I.decref(h);
      if (codes.some((c) => c < 0 || c > 255)) throw new PyException('ValueError', 'bytes must be in range(0, 256)');
    }
    if (order === 'little') codes.reverse();
    let x = 0n;
    for (const c of codes) x = (x << 8n) | BigInt(c);
    if (signed && codes.length > 0 && codes[0]! >= 128) x -= 1n << BigInt(codes.length * 8);
    const r = I.newInt(N.normInt(x));
    if (cls === I.tInt) return r;
    if (cls === I.tBool) {
      I.decref(r);
      return I.newBool(x !== 0n);
    }
    return I.call(I.incref(cls.h), [r], null);
  };
  I.builtinTypeAttr = (t, name) => {
    if (name === 'from_bytes' && t.isSubtypeOf(T)) return I.newBuiltin('from_bytes', fromBytes(t));
    return prev(t, name);
  };
  // (5).from_bytes(...) works on instances too
  T.methods.set('from_bytes', (a, kw) => fromBytes(I.ty[a[0]!]!)(a.slice(1), kw));

  const attrs = (h: Handle, name: string): Handle => {
    switch (name) {
      case 'real':
      case 'numerator':
        return longLong(I, h);
      case 'imag':
        return I.newInt(0);
      case 'denominator':
        return I.newInt(1);
    }
    return -1;
  };
  T.ext = { ...T.ext, getattr: attrs };
  I.tBool.ext = { ...I.tBool.ext, getattr: attrs };
}

/** An index argument (int, bool or __index__) as a bigint-or-number. */
export function intArgOf(I: Interp, h: Handle): N.PyIntValue {
  if (I.kind[h] === K.Int || I.kind[h] === K.Bool) return I.pv[h] as N.PyIntValue;
  if (I.kind[h] === K.Instance) {
    const f = I.lookupClassAttr(I.ty[h], '__index__');
    if (f >= 0) {
      const r = I.call(I.incref(f), [I.incref(h)], null);
      const val = I.pv[r] as N.PyIntValue;
      I.decref(r);
      return val;
    }
  }
  throw new PyException('TypeError', `'${I.ty[h].name}' object cannot be interpreted as an integer`);
}

function intDigitCount(v: N.PyIntValue): number {
  let a = big(v);
  if (a < 0n) a = -a;
  return a === 0n ? 0 : Math.ceil(a.toString(2).length / 30);
}

/** pow(b, e, m) of ints as long_pow computes it: a negative e takes the inverse of b modulo m; the result has m's sign. */
export function intPowMod(b0: N.PyIntValue, e0: N.PyIntValue, m0: N.PyIntValue): N.PyIntValue {
  let m = big(m0);
  if (m === 0n) throw new PyException('ValueError', 'pow() 3rd argument cannot be 0');
  const neg = m < 0n;
  if (neg) m = -m;
  let b = ((big(b0) % m) + m) % m;
  let e = big(e0);
  if (e < 0n) {
    // the inverse by the extended Euclidean algorithm
    let [r0, r1, s0, s1] = [b, m, 1n, 0n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n) throw new PyException('ValueError', 'base is not invertible for the given modulus');
    b = ((s0 % m) + m) % m;
    e = -e;
  }
  let r = m === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= m;
  return N.normInt(r);
}
