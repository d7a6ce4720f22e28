// The math module: the float functions with CPython's domain/range checks (math_1, math_2),
// the integer functions on exact ints (gcd, lcm, isqrt, factorial, comb, perm), fsum's exact
// partials, hypot/dist through vector_norm, and the constants. Mirrors Modules/mathmodule.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';

const domain = (): PyException => new PyException('ValueError', 'math domain error');
const range = (): PyException => new PyException('OverflowError', 'math range error');

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let e = Number((u64[0] >> 52n) & 0x7ffn);
  if (e === 0) {
    // subnormal: scale up first
    const [m, e2] = frexp(x * 2 ** 64);
    return [m, e2 - 64];
  }
  e -= 1022;
  u64[0] = (u64[0] & ~(0x7ffn << 52n)) | (1022n << 52n);
  return [f64[0], e];
}

/** ldexp without intermediate overflow of 2**e. */
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2100) e = 2100;
  if (e < -2200) e = -2200;
  let r = x;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { r *= 2 ** -1000; e += 1000; }
  return r * 2 ** e;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  if ((y > x) === (x > 0)) u64[0] += 1n;
  else u64[0] -= 1n;
  return f64[0];
}

/** Veltkamp split and Dekker's exact product, as vector_norm's dl_mul. */
function dlMul(x: number, y: number): [number, number] {
  const split = (v: number): [number, number] => {
    const t = v * 134217729.0;
    const hi = t - (t - v);
    return [hi, v - hi];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}

/** vector_norm: the Euclidean norm with a lossless scaling and a differential correction. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const dblMin = 2.2250738585072014e-308;
    return dblMin * vectorNorm(vec.map((v) => v / dblMin), max / dblMin, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let x of vec) {
    x *= scale;
    const [hi, lo] = dlMul(x, x);
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [hi, lo] = dlMul(-h, h);
  const s = csum + hi;
  frac2 += (csum - s) + hi;
  csum = s;
  frac1 += lo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** fsum: Shewchuk's exact partials with CPython's special values and final half-way correction. */
function fsum(xs: number[]): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let y of p) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyException('OverflowError', 'intermediate overflow in fsum');
        if (Number.isNaN(xsave)) specialSum = NaN;
        else infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new PyException('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** IEEE 754 remainder (m_remainder). */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domain();
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw domain();
  return x;
}

function bigAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}
function fallingProduct(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

/** Creates the math module. */
export function installMath(I: Interp): void {
  const { te, argc } = argKit(I);
  const m = newModule(I, 'math', true);
  /** PyFloat_AsDouble: float, int (exactly rounded), bool, or an object with __float__. */
  const num = (h: Handle): number => {
    switch (I.kind[h]) {
      case K.Float:
        return I.pv[h] as number;
      case K.Int:
      case K.Bool: {
        const r = Number(I.pv[h] as PyIntValue);
        if (!Number.isFinite(r)) throw new PyException('OverflowError', 'int too large to convert to float');
        return r;
      }
      case K.Instance: {
        for (const name of ['__float__', '__index__']) {
          const f = I.lookupClassAttr(I.ty[h], name);
          if (f < 0) continue;
          const r = I.call(I.incref(f), [I.incref(h)], null);
          try {
            return num(r);
          } finally {
            I.decref(r);
          }
        }
      }
    }
    throw te(`must be real number, not ${I.ty[h].name}`);
  };
  /** PyNumber_Index as a bigint. */
  const index = (h: Handle): bigint => {
    const k = I.kind[h];
    if (k === K.Int || k === K.Bool) return BigInt(I.pv[h] as PyIntValue);
    if (k === K.Instance) {
      const f = I.lookupClassAttr(I.ty[h], '__index__');
      if (f >= 0) {
        const r = I.call(I.incref(f), [I.incref(h)], null);
        try {
          if (I.kind[r] !== K.Int) throw te(`__index__ returned non-int (type ${I.ty[r].name})`);
          return BigInt(I.pv[r] as PyIntValue);
        } finally {
          I.decref(r);
        }
      }
    }
    throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
  };
  const int = (v: bigint): Handle => I.newInt(v);
  const one = (name: string, a: Handle[]): number => {
    argc(`math.${name}`, a, 1, 1);
    return num(a[0]);
  };
  const two = (name: string, a: Handle[]): [number, number] => {
    if (a.length !== 2) throw te(`${name} expected 2 arguments, got ${a.length}`);
    return [num(a[0]), num(a[1])];
  };
  /** math_1: NaN from a non-NaN is a domain error; inf from a finite is a range error (if it can overflow). */
  const f1 = (name: string, fn: (x: number) => number, canOverflow = false): void =>
    modFn(I, m, name, (a) => {
      const x = one(name, a);
      const r = fn(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
      if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) throw canOverflow ? range() : domain();
      return I.newFloat(r);
    });
  f1('sqrt', Math.sqrt);
  f1('exp', Math.exp, true);
  f1('exp2', (x) => 2 ** x, true);
  f1('expm1', Math.expm1, true);
  f1('sin', Math.sin);
  f1('cos', Math.cos);
  f1('tan', Math.tan);
  f1('asin', Math.asin);
  f1('acos', Math.acos);
  f1('atan', Math.atan);
  f1('sinh', Math.sinh, true);
  f1('cosh', Math.cosh, true);
  f1('tanh', Math.tanh);
  f1('asinh', Math.asinh);
  f1('acosh', Math.acosh);
  f1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
  f1('cbrt', Math.cbrt);
  f1('fabs', Math.abs);
  f1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)));
  f1('degrees', (x) => x * (180 / Math.PI));
  f1('radians', (x) => x * (Math.PI / 180));
  /** loghelper: ints too large for a float go through frexp of their top bits. */
  const logOf = (h: Handle, fn: (x: number) => number): number => {
    if (I.kind[h] === K.Int || I.kind[h] === K.Bool) {
      const v = BigInt(I.pv[h] as PyIntValue);
      if (v <= 0n) throw domain();
      const x = Number(v);
      if (Number.isFinite(x)) return fn(x);
      const bits = v.toString(2).length;
      const top = Number(v >> BigInt(bits - 60)) / 2 ** 60;
      return fn(top) + (bits) * fn(2.0);
    }
    const x = num(h);
    if (Number.isNaN(x)) return x;
    if (x <= 0) throw domain();
    return fn(x);
  };
  modFn(I, m, 'log', (a) => {
    if (a.length < 1 || a.length > 2) throw te('math.log requires 1 to 2 arguments');
    const n = logOf(a[0], Math.log);
    if (a.length === 1) return I.newFloat(n);
    const d = logOf(a[1], Math.log);
    if (d === 0) throw new PyException('ZeroDivisionError', 'float division by zero');
    return I.newFloat(n / d);
  });
  modFn(I, m, 'log2', (a) => (argc('math.log2', a, 1, 1), I.newFloat(logOf(a[0], Math.log2))));
  modFn(I, m, 'log10', (a) => (argc('math.log10', a, 1, 1), I.newFloat(logOf(a[0], Math.log10))));

  // functions returning ints: the float's value, or the object's __floor__/__ceil__/__trunc__
  const toInt = (name: string, fn: (x: number) => number, dunder: string): void =>
    modFn(I, m, name, (a) => {
      argc(`math.${name}`, a, 1, 1);
      const h = a[0];
      if (I.kind[h] === K.Int) return I.incref(h);
      if (I.kind[h] === K.Bool) return I.newInt(I.pv[h] as number);
      if (I.kind[h] === K.Instance) {
        const f = I.lookupClassAttr(I.ty[h], dunder);
        if (f >= 0) return I.call(I.incref(f), [I.incref(h)], null);
        if (name === 'trunc') throw te(`type ${I.ty[h].name} doesn't define __trunc__ method`);
      }
      if (name === 'trunc' && I.kind[h] !== K.Float) throw te(`type ${I.ty[h].name} doesn't define __trunc__ method`);
      const x = num(h);
      if (Number.isNaN(x)) throw new PyException('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw new PyException('OverflowError', 'cannot convert float infinity to integer');
      const r = fn(x);
      return Number.isSafeInteger(r) ? I.newInt(r) : int(BigInt(r));
    });
  toInt('floor', Math.floor, '__floor__');
  toInt('ceil', Math.ceil, '__ceil__');
  toInt('trunc', Math.trunc, '__trunc__');

  modFn(I, m, 'pow', (a) => {
    const [x, y] = two('pow', a);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      // C99 Annex F special values where JS differs
      if (x === 1 || y === 0) return I.newFloat(1);
      if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return I.newFloat(1);
      return I.newFloat(x ** y);
    }
    if (x === 0 && y < 0) throw domain();
    if (x < 0 && !Number.isInteger(y)) throw domain();
    const r = x ** y;
    if (!Number.isFinite(r)) throw range();
    return I.newFloat(r);
  });
  modFn(I, m, 'atan2', (a) => {
    const [y, x] = two('atan2', a);
    return I.newFloat(Math.atan2(y, x));
  });
  modFn(I, m, 'fmod', (a) => {
    const [x, y] = two('fmod', a);
    if (Number.isNaN(x) || Number.isNaN(y)) return I.newFloat(NaN);
    if (!Number.isFinite(x) || y === 0) throw domain();
    return I.newFloat(Number.isFinite(y) ? x % y : x);
  });
  modFn(I, m, 'remainder', (a) => I.newFloat(remainder(...two('remainder', a))));
  modFn(I, m, 'copysign', (a) => {
    const [x, y] = two('copysign', a);
    const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && (f64[0] = y, u64[0] >> 63n) === 1n);
    return I.newFloat(neg ? -Math.abs(x) : Math.abs(x));
  });
  modFn(I, m, 'nextafter', (a) => I.newFloat(nextafter(...two('nextafter', a))));
  modFn(I, m, 'ulp', (a) => {
    let x = Math.abs(one('ulp', a));
    if (Number.isNaN(x) || !Number.isFinite(x)) return I.newFloat(x);
    const x2 = nextafter(x, Infinity);
    if (!Number.isFinite(x2)) {
      x = nextafter(x, -Infinity);
      return I.newFloat(x2 - x);
    }
    return I.newFloat(x2 - x);
  });
  modFn(I, m, 'ldexp', (a) => {
    if (a.length !== 2) throw te(`ldexp expected 2 arguments, got ${a.length}`);
    const x = num(a[0]);
    const e = index(a[1]);
    if (x === 0 || !Number.isFinite(x)) return I.newFloat(x);
    const r = ldexp(x, e > 5000n ? 5000 : e < -5000n ? -5000 : Number(e));
    if (!Number.isFinite(r)) throw range();
    return I.newFloat(r);
  });
  modFn(I, m, 'frexp', (a) => {
    const [mm, e] = frexp(one('frexp', a));
    return I.newTuple([I.newFloat(mm), I.newInt(e)]);
  });
  modFn(I, m, 'modf', (a) => {
    const x = one('modf', a);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return I.newTuple([I.newFloat(x), I.newFloat(x)]);
      return I.newTuple([I.newFloat(x > 0 ? 0 : -0), I.newFloat(x)]);
    }
    const ip = Math.trunc(x);
    const fp = x - ip;
    return I.newTuple([I.newFloat(fp === 0 && (x < 0 || Object.is(x, -0)) ? -0 : fp), I.newFloat(ip)]);
  });
  const pred = (name: string, fn: (x: number) => boolean): void =>
    modFn(I, m, name, (a) => I.newBool(fn(one(name, a))));
  pred('isnan', Number.isNaN);
  pred('isinf', (x) => x === Infinity || x === -Infinity);
  pred('isfinite', Number.isFinite);
  modFn(I, m, 'isclose', (a, kw) => {
    if (a.length !== 2) throw te(`isclose() takes exactly 2 positional arguments (${a.length} given)`);
    const x = num(a[0]), y = num(a[1]);
    const rel = kw?.has('rel_tol') ? num(kw.get('rel_tol')!) : 1e-9;
    const abs = kw?.has('abs_tol') ? num(kw.get('abs_tol')!) : 0;
    if (rel < 0 || abs < 0) throw new PyException('ValueError', 'tolerances must be non-negative');
    if (x === y) return I.newBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return I.newBool(false);
    const diff = Math.abs(y - x);
    return I.newBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
  });
  const floatsOf = (h: Handle): number[] => {
    const it = I.iter(h);
    const out: number[] = [];
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        try {
          out.push(num(x));
        } finally {
          I.decref(x);
        }
      }
    } finally {
      I.decref(it);
    }
    return out;
  };
  modFn(I, m, 'fsum', (a) => (argc('math.fsum', a, 1, 1), I.newFloat(fsum(floatsOf(a[0])))));
  const norm = (v: number[]): number => {
    let max = 0, nan = false;
    const abs = v.map((x) => {
      const ax = Math.abs(x);
      nan ||= Number.isNaN(ax);
      if (ax > max) max = ax;
      return ax;
    });
    return vectorNorm(abs, max, nan);
  };
  modFn(I, m, 'hypot', (a) => I.newFloat(norm(a.map(num))));
  modFn(I, m, 'dist', (a) => {
    if (a.length !== 2) throw te(`dist expected 2 arguments, got ${a.length}`);
    for (const h of a) if (I.kind[h] !== K.Tuple && I.kind[h] !== K.List) throw te(`dist(): argument must be tuple, not ${I.ty[h].name}`);
    const p = floatsOf(a[0]), q = floatsOf(a[1]);
    if (p.length !== q.length) throw new PyException('ValueError', 'both points must have the same number of dimensions');
    return I.newFloat(norm(p.map((x, i) => x - q[i])));
  });
  modFn(I, m, 'prod', (a, kw) => {
    argc('prod', a, 1, 1);
    let acc = kw?.has('start') ? I.incref(kw.get('start')!) : I.newInt(1);
    const it = I.iter(a[0]);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        const r = I.binop('*', acc, x);
        I.decref(x);
        I.decref(acc);
        acc = r;
      }
    } finally {
      I.decref(it);
    }
    return acc;
  });

  // integer functions
  modFn(I, m, 'gcd', (a) => {
    let g = 0n;
    for (const h of a) g = bigGcd(g, index(h));
    return int(g);
  });
  modFn(I, m, 'lcm', (a) => {
    let l = 1n;
    for (const h of a) {
      const v = bigAbs(index(h));
      if (v === 0n || l === 0n) l = 0n;
      else l = (l / bigGcd(l, v)) * v;
    }
    return int(l);
  });
  modFn(I, m, 'isqrt', (a) => {
    argc('math.isqrt', a, 1, 1);
    const n = index(a[0]);
    if (n < 0n) throw new PyException('ValueError', 'isqrt() argument must be nonnegative');
    return int(isqrt(n));
  });
  modFn(I, m, 'factorial', (a) => {
    argc('math.factorial', a, 1, 1);
    const n = index(a[0]);
    if (n < 0n) throw new PyException('ValueError', 'factorial() not defined for negative values');
    if (n > 100000n) throw new PyException('OverflowError', 'factorial() argument should not exceed 100000 in pymem');
    return int(fallingProduct(n, n));
  });
  const nk = (name: string, a: Handle[]): [bigint, bigint | null] => {
    if (a.length < 1 || a.length > 2 || (name === 'comb' && a.length !== 2)) {
      throw te(name === 'comb' ? `comb expected 2 arguments, got ${a.length}` : `perm expected at most 2 arguments, got ${a.length}`);
    }
    const n = index(a[0]);
    const k = a.length > 1 && a[1] !== I.None ? index(a[1]) : null;
    if (n < 0n) throw new PyException('ValueError', 'n must be a non-negative integer');
    if (k !== null && k < 0n) throw new PyException('ValueError', 'k must be a non-negative integer');
    return [n, k];
  };
  modFn(I, m, 'perm', (a) => {
    const [n, k] = nk('perm', a);
    const kk = k ?? n;
    return int(kk > n ? 0n : fallingProduct(n, kk));
  });
  modFn(I, m, 'comb', (a) => {
    const [n, k0] = nk('comb', a);
    let k = k0!;
    if (k > n) return int(0n);
    if (n - k < k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return int(r);
  });

  modVal(I, m, 'pi', I.newFloat(Math.PI));
  modVal(I, m, 'e', I.newFloat(Math.E));
  modVal(I, m, 'tau', I.newFloat(2 * Math.PI));
  modVal(I, m, 'inf', I.newFloat(Infinity));
  modVal(I, m, 'nan', I.newFloat(NaN));
}
