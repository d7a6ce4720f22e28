// int(text, base): CPython's PyLong_FromString rules: surrounding whitespace, a sign, the 0x/0o/0b
// prefix (base 0 or its own base), single underscores between digits, any Unicode decimal digit,
// and the 3.11 limit on decimal digits (sys.set_int_max_str_digits). Mirrors Objects/longobject.c
// (PyLong_FromString, long_from_string_base) and _PyUnicode_TransformDecimalAndSpaceToASCII.
import { normInt, type PyIntValue } from '../numbers.js';

/** A text int() cannot read (`limit` holds the digit-limit message when that was the reason). */
export class IntParseError extends Error {
  constructor(readonly limit: string | null) {
    super(limit ?? 'invalid literal');
  }
}

// a Unicode decimal digit's value: its distance from the start of its run of digits, modulo 10
function decimalValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  if (cp < 128) return cp - 48;
  let start = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  cp -= start;
  return cp % 10;
}

/**
 * The value of `text` in `base` (0: the prefix decides, as in a literal).
 * @example
 * ```ts
 * parseIntLiteral(' 0x_ff ', 0, 4300); // 255
 * ```
 */
export function parseIntLiteral(text: string, base: number, maxDigits: number): PyIntValue {
  let t = text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
  t = t.replace(/\p{Nd}/gu, (d) => String(decimalValue(d)));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  const prefix = /^0([xXoObB])/.exec(t);
  let b = base;
  let underscoreAllowed = false;
  if (prefix) {
    const pb = { x: 16, o: 8, b: 2 }[prefix[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    if (base === 0 || base === pb) {
      b = pb;
      t = t.slice(2);
      underscoreAllowed = true;
    }
  }
  if (b === 0) {
    b = 10;
    // base 0: a decimal with leading zeros must be all zeros
    if (/^0+[1-9]/.test(t.replace(/_/g, ''))) throw new IntParseError(null);
  }
  if (underscoreAllowed && t.startsWith('_')) t = t.slice(1);
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) throw new IntParseError(null);
  const digits = t.replace(/_/g, '');
  let v = 0n;
  const B = BigInt(b);
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) throw new IntParseError(null);
    v = v * B + BigInt(d);
  }
  // the digit limit counts the digits of non-power-of-two bases only
  if ((b & (b - 1)) !== 0 && maxDigits > 0 && digits.length > maxDigits) {
    throw new IntParseError(`Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return normInt(neg ? -v : v);
}
