// Correctly rounded decimal digits of a double, as Python/dtoa.c gives them to
// PyOS_double_to_string: the exact binary value expanded to decimal, then rounded half-even at
// any position ('f' digits after the point, 'e' significant digits). Also round(x, n).

/** A finite double's magnitude as `digits × 10^-scale` exactly (digits a bigint, scale ≥ 0). */
interface Exact {
  readonly digits: bigint;
  readonly scale: number;
}

const view = new DataView(new ArrayBuffer(8));

function exact(x: number): Exact {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  if (mant === 0n) return { digits: 0n, scale: 0 };
  if (e >= 0) return { digits: mant << BigInt(e), scale: 0 };
  // m / 2^k = m * 5^k / 10^k
  return { digits: mant * 5n ** BigInt(-e), scale: -e };
}

/** `n / 10^k` rounded half to even (k ≥ 0). */
function divRoundHalfEven(n: bigint, k: number): bigint {
  if (k <= 0) return n * 10n ** BigInt(-k);
  const d = 10n ** BigInt(k);
  const q = n / d;
  const r = n % d;
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * |x| rounded half-even to `places` digits after the point (negative: before it), as the
 * integer `|x| × 10^places`.
 * @example
 * ```ts
 * scaledRound(2.675, 2); // 267n (2.675 is 2.67499999... in binary)
 * scaledRound(0.125, 2); // 12n (an exact tie goes to even)
 * ```
 */
export function scaledRound(x: number, places: number): bigint {
  const { digits, scale } = exact(x);
  return divRoundHalfEven(digits, scale - places);
}

/**
 * The 'f' digits of |x| with `prec` places: `'1234.57'` (no sign).
 * @example
 * ```ts
 * fixedDigits(1234.5678, 2); // '1234.57'
 * ```
 */
export function fixedDigits(x: number, prec: number): string {
  const s = scaledRound(x, prec).toString().padStart(prec + 1, '0');
  return prec === 0 ? s : `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}`;
}

/**
 * |x| rounded to `sig` significant digits: the digit string (length `sig`) and the decimal
 * exponent of its first digit.
 * @example
 * ```ts
 * significantDigits(1234.5678, 3); // { digits: '123', exp: 3 }
 * ```
 */
export function significantDigits(x: number, sig: number): { digits: string; exp: number } {
  const { digits, scale } = exact(x);
  if (digits === 0n) return { digits: '0'.repeat(sig), exp: 0 };
  const nd = digits.toString().length;
  let exp = nd - 1 - scale;
  let n = divRoundHalfEven(digits, nd - sig);
  let s = n.toString();
  if (s.length > sig) {
    // 9.99 -> 10.0: one digit more; it is a power of ten, so dropping the last digit is exact
    n /= 10n;
    s = n.toString();
    exp += 1;
  }
  return { digits: s, exp };
}

/**
 * The 'e' form of |x| with `prec` digits after the point: `'1.234568e+03'`.
 * @example
 * ```ts
 * expDigits(1234.5678, 2, 'e'); // '1.23e+03'
 * ```
 */
export function expDigits(x: number, prec: number, letter: 'e' | 'E'): string {
  const { digits, exp } = significantDigits(x, prec + 1);
  const mant = prec === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const ae = Math.abs(exp);
  return `${mant}${letter}${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
}

/**
 * round(x, ndigits) of a float: the double nearest to x rounded half-even at 10^-ndigits,
 * computed on x's exact value (float_round in Objects/floatobject.c uses dtoa the same way).
 * @example
 * ```ts
 * roundFloat(2.675, 2); // 2.67
 * roundFloat(1234.5678, -2); // 1200
 * ```
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // beyond these the result is x itself, or a signed zero (as CPython's NDIGITS_MAX/MIN checks)
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * Math.sign(x);
  const n = scaledRound(x, ndigits);
  const text = ndigits >= 0 ? `${n}e-${ndigits}` : `${n}e${-ndigits}`;
  const r = Number(text);
  return x < 0 ? -r : r;
}
