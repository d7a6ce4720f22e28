// Python int and float arithmetic in JavaScript: ints are JS numbers while they are safe
// integers and bigints beyond, always normalised, so the fast path stays fast. Mirrors the
// semantics of Objects/longobject.c (floor division, modulo sign, pow) and floatobject.c.
// Start with `normInt`; every operation returns a normalised value or throws `PyArithmeticError`.

/** A Python int value: a safe-integer number, or a bigint outside that range. */
export type PyIntValue = number | bigint;

/** An arithmetic error Python raises (ZeroDivisionError, OverflowError, ValueError). */
export class PyArithmeticError extends Error {
  constructor(
    readonly pyType: 'ZeroDivisionError' | 'OverflowError' | 'ValueError',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Brings an int value to its normal form: a number when it is a safe integer, else a bigint.
 * @example
 * ```ts
 * normInt(5n); // 5
 * ```
 */
export function normInt(v: PyIntValue): PyIntValue {
  if (typeof v === 'bigint') {
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
  return v;
}

const big = (v: PyIntValue): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** `a + b` of two ints. @example intAdd(1, 2) // 3 */
export function intAdd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) + big(b));
}

/** `a - b` of two ints. @example intSub(1, 2) // -1 */
export function intSub(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) - big(b));
}

/** `a * b` of two ints. @example intMul(3, 4) // 12 */
export function intMul(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

/** `a // b` (floor division). @example intFloorDiv(-7, 2) // -4 */
export function intFloorDiv(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b === 0 || b === 0n) throw new PyArithmeticError('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.floor(a / b);
    // exact for safe integers unless the quotient is huge; verify with the remainder
    if (Number.isSafeInteger(r) && Math.abs(a) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normInt(q);
}

/** `a % b` with the sign of `b`. @example intMod(-7, 2) // 1 */
export function intMod(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b === 0 || b === 0n) throw new PyArithmeticError('ZeroDivisionError', 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  const y = big(b);
  let r = big(a) % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normInt(r);
}

/** `a ** b` of ints: an int when b >= 0, else a float. @example intPow(2, -1) // 0.5 (as float) */
export function intPow(a: PyIntValue, b: PyIntValue): { int: PyIntValue } | { float: number } {
  if (b < 0) {
    const fa = Number(a);
    if (fa === 0) throw new PyArithmeticError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return { float: fa ** Number(b) };
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return { int: r };
  }
  return { int: normInt(big(a) ** big(b)) };
}

/** `a / b` of ints (true division, correctly rounded). @example intTrueDiv(1, 2) // 0.5 */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): number {
  if (b === 0 || b === 0n) throw new PyArithmeticError('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  return bigTrueDiv(big(a), big(b));
}

/** long_true_divide: the correctly rounded quotient of two ints of any size. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const shift = 55 - (a.toString(2).length - b.toString(2).length);
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  const q = num / den;
  const sticky = num % den !== 0n;
  const extra = q.toString(2).length - 53;
  let mant = q >> BigInt(extra);
  const rem = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  if (rem > half || (rem === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
  const e = extra - shift;
  const e1 = Math.trunc(e / 2);
  const r = Number(mant) * 2 ** e1 * 2 ** (e - e1);
  if (!Number.isFinite(r)) throw new PyArithmeticError('OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

/** `float(i)` of an int. @throws OverflowError when it does not fit. @example intToFloat(3) // 3 */
export function intToFloat(a: PyIntValue): number {
  const r = Number(a);
  if (!Number.isFinite(r)) throw new PyArithmeticError('OverflowError', 'int too large to convert to float');
  return r;
}

/**
 * `x // y` of floats as CPython's float_floor_div computes it (through fmod, not floor(x / y)):
 * `7.0 // 0.1` is 69.0 because fmod(7.0, 0.1) is 0.0999..., so (7.0 - mod) / 0.1 is 69.0000...
 * @example floatFloorDiv(7, 2) // 3
 */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new PyArithmeticError('ZeroDivisionError', 'float floor division by zero');
  const mod = x % y; // JS % of numbers is C's fmod
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) div -= 1;
  if (div === 0) return Math.sign(x / y) < 0 || Object.is(x / y, -0) ? -0 : 0;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

/** `x % y` of floats with the sign of y. @example floatMod(-1, 3) // 2 */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new PyArithmeticError('ZeroDivisionError', 'float modulo');
  let m = x % y;
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

/** `x / y` of floats. @example floatTrueDiv(1, 4) // 0.25 */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw new PyArithmeticError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** `x ** y` of floats. @example floatPow(2, 0.5) // 1.4142135623730951 */
export function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw new PyArithmeticError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    throw new PyArithmeticError('ValueError', 'complex results are not supported');
  }
  if (x === 1 || y === 0) return 1;
  const r = x ** y;
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new PyArithmeticError('OverflowError', "(34, 'Numerical result out of range')");
  }
  return r;
}

/** `str(i)` of an int. @example intToString(-5n) // '-5' */
export function intToString(a: PyIntValue): string {
  return typeof a === 'number' ? (Object.is(a, -0) ? '0' : a.toFixed(0)) : a.toString();
}

/** Bits of `abs(i)`, 0 for 0 (`int.bit_length`). @example intBitLength(255) // 8 */
export function intBitLength(a: PyIntValue): number {
  const v = big(a);
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

/**
 * Compares two real numbers that may be ints (number/bigint) or floats exactly, as Python does.
 * @example
 * ```ts
 * compareReal(2n ** 64n, 2 ** 64); // 0
 * ```
 */
export function compareReal(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const f = typeof a === 'number' ? a : (b as number);
  const i = typeof a === 'bigint' ? a : (b as bigint);
  const sign = typeof a === 'number' ? 1 : -1; // result of compare(float, int), flipped when swapped
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return sign;
  if (f === -Infinity) return -sign;
  const fi = BigInt(Math.trunc(f));
  let c = fi < i ? -1 : fi > i ? 1 : 0;
  if (c === 0) c = f > Math.trunc(f) ? 1 : f < Math.trunc(f) ? -1 : 0;
  return c * sign;
}
