// The character properties CPython's str methods ask about, one code point at a time:
// Py_UNICODE_ISSPACE, ISLINEBREAK, ISALPHA, ISDECIMAL, ISDIGIT, ISNUMERIC, ISUPPER, ISLOWER,
// ISTITLE, ISPRINTABLE, _PyUnicode_IsCased / IsCaseIgnorable, XID_Start / XID_Continue, and the
// full case mappings (_PyUnicode_ToUpperFull, ToLowerFull, ToTitleFull, ToFoldedFull). Mirrors
// Objects/unicodectype.c; the JS engine's Unicode property escapes answer, corrected to Unicode
// 14.0 by objects/unicodeTables.ts.
import { FOLD_MAP, TITLE_MAP, UPPER_MAP, isDigitExtra, isNewSince14, isNumericExtra, lowerOverride } from './unicodeTables.js';

const ch = (c: number): string => String.fromCodePoint(c);
const known = (c: number): boolean => c < 0x88f || !isNewSince14(c);

/** Py_UNICODE_ISSPACE: bidirectional WS, B or S, or category Zs. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Py_UNICODE_ISLINEBREAK (what str.splitlines splits on). */
export function isLinebreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function isAlpha(c: number): boolean {
  return known(c) && /\p{L}/u.test(ch(c));
}
export function isDecimal(c: number): boolean {
  return known(c) && /\p{Nd}/u.test(ch(c));
}
export function isDigit(c: number): boolean {
  return isDecimal(c) || isDigitExtra(c);
}
export function isNumeric(c: number): boolean {
  return (known(c) && /[\p{Nd}\p{Nl}\p{No}]/u.test(ch(c))) || isNumericExtra(c);
}
export function isAlnum(c: number): boolean {
  return isAlpha(c) || isNumeric(c);
}
export function isUpper(c: number): boolean {
  return known(c) && /\p{Uppercase}/u.test(ch(c));
}
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return lowerOverride(c) ?? (known(c) && /\p{Lowercase}/u.test(ch(c)));
}
export function isTitle(c: number): boolean {
  return known(c) && /\p{Lt}/u.test(ch(c));
}
export function isCased(c: number): boolean {
  return known(c) && /\p{Cased}/u.test(ch(c));
}
export function isCaseIgnorable(c: number): boolean {
  return known(c) && /\p{Case_Ignorable}/u.test(ch(c));
}
/** Py_UNICODE_ISPRINTABLE: not Cc Cf Cs Co Cn Zl Zp Zs, except the space itself. */
export function isPrintable(c: number): boolean {
  if (c < 128) return c >= 32 && c < 127;
  return known(c) && !/[\p{C}\p{Z}]/u.test(ch(c));
}
export function isXidStart(c: number): boolean {
  return c === 95 || (known(c) && /\p{XID_Start}/u.test(ch(c)));
}
export function isXidContinue(c: number): boolean {
  return known(c) && /\p{XID_Continue}/u.test(ch(c));
}

export function upperFull(c: number): string {
  if (c < 128) return c >= 97 && c <= 122 ? ch(c - 32) : ch(c);
  if (!known(c)) return ch(c);
  return UPPER_MAP.get(c) ?? ch(c).toUpperCase();
}
export function titleFull(c: number): string {
  // a titlecase letter (Lt) is its own title case
  return TITLE_MAP.get(c) ?? (c > 0x1c4 && isTitle(c) ? ch(c) : upperFull(c));
}
/** lower_ucs4 without the final-sigma context (see lowerAt). */
export function lowerFull(c: number): string {
  if (c < 128) return c >= 65 && c <= 90 ? ch(c + 32) : ch(c);
  if (!known(c)) return ch(c);
  return ch(c).toLowerCase();
}
export function foldFull(c: number): string {
  return FOLD_MAP.get(c) ?? lowerFull(c);
}

/**
 * lower_ucs4: the lower case of cps[i], where a capital sigma in the Final_Sigma context
 * (cased, case-ignorables, Σ, and no cased letter after more case-ignorables) becomes ς.
 */
export function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i]!;
  if (c !== 0x3a3) return lowerFull(c);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!)) j--;
  const finalSigma = j >= 0 && isCased(cps[j]!);
  if (!finalSigma) return 'σ';
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j]!)) j++;
  return j < cps.length && isCased(cps[j]!) ? 'σ' : 'ς';
}

/** The code points of a str value. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}
