// How CPython 3.11 spells values: float repr (shortest round-trip digits, `float_repr_style`
// 'short'), str and bytes repr with their quoting rules. Mirrors Objects/floatobject.c
// (float_repr -> PyOS_double_to_string 'r'), unicode_repr and bytes_repr. Start with `formatFloat`.

/**
 * `repr(x)` / `str(x)` of a Python float.
 *
 * Digits are the shortest that round-trip (JS and CPython agree on them); the layout is
 * CPython's: positional when the decimal exponent is in [-4, 16), else `d.ddde+XX`.
 * @example
 * ```ts
 * formatFloat(1e16); // '1e+16'
 * formatFloat(0.1);  // '0.1'
 * formatFloat(3);    // '3.0'
 * ```
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * `repr(s)` of a Python str: single quotes unless the text holds `'` and no `"`;
 * `\n \r \t \\` and the quote escaped; other non-printables as `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
 * @example
 * ```ts
 * reprStr("it's"); // `"it's"`
 * ```
 */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/**
 * `repr(b)` of Python bytes given as a latin-1 string (one char per byte).
 * @example
 * ```ts
 * reprBytes('ab\x00'); // "b'ab\\x00'"
 * ```
 */
export function reprBytes(b: string): string {
  const quote = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = `b${quote}`;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const ch = b[i]!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

// Unicode categories Python's str.isprintable() rejects: Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isPrintable(cp: number): boolean {
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
