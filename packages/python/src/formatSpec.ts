// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type])
// as format(), str.format and f-strings apply it to str, int and float. Mirrors
// Python/formatter_unicode.c (parse_internal_render_format_spec, format_string_internal,
// format_long_internal, format_float_internal) with the digits of ./dtoa.ts.
import { expDigits, fixedDigits, significantDigits } from './dtoa.js';
import { formatFloat as reprFloat } from './format.js';
import type { PyIntValue } from './numbers.js';

/** A parsed format spec. */
export interface FormatSpec {
  readonly fill: string;
  /** '' when not given. */
  readonly align: '' | '<' | '>' | '^' | '=';
  readonly sign: '' | '+' | '-' | ' ';
  readonly noNegZero: boolean;
  readonly alt: boolean;
  readonly width: number;
  readonly grouping: '' | ',' | '_';
  /** -1 when not given. */
  readonly precision: number;
  /** '' when not given. */
  readonly type: string;
}

/** A ValueError of the mini-language (the caller raises it as a Python ValueError). */
export class FormatError extends Error {
  constructor(readonly pyType: 'ValueError' | 'TypeError', message: string) {
    super(message);
  }
}

const ALIGNS = '<>^=';

/**
 * Parses a spec for an object of type `typeName` (named in the error messages).
 * @example
 * ```ts
 * parseSpec('*^10.2f', 'float'); // { fill: '*', align: '^', width: 10, precision: 2, type: 'f', ... }
 * ```
 */
export function parseSpec(spec: string, typeName: string, numeric = true, defaultType = ''): FormatSpec {
  const cps = [...spec];
  let i = 0;
  let fill = ' ';
  let align: FormatSpec['align'] = '';
  let fillGiven = false;
  if (cps.length >= 2 && ALIGNS.includes(cps[1]!)) {
    fill = cps[0]!;
    align = cps[1] as FormatSpec['align'];
    fillGiven = true;
    i = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0]!)) {
    align = cps[0] as FormatSpec['align'];
    i = 1;
  }
  let sign: FormatSpec['sign'] = '';
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') sign = cps[i++] as FormatSpec['sign'];
  let noNegZero = false;
  if (cps[i] === 'z') {
    noNegZero = true;
    i++;
  }
  let alt = false;
  if (cps[i] === '#') {
    alt = true;
    i++;
  }
  if (!fillGiven && cps[i] === '0') {
    // the '0' flag picks the fill (and '=' for numbers); it is not part of the width
    fill = '0';
    if (align === '' && numeric) align = '=';
    i++;
  }
  let width = -1;
  let start = i;
  while (i < cps.length && cps[i]! >= '0' && cps[i]! <= '9') i++;
  if (i > start) width = Number(cps.slice(start, i).join(''));
  let grouping: FormatSpec['grouping'] = '';
  if (cps[i] === ',' || cps[i] === '_') {
    grouping = cps[i++] as FormatSpec['grouping'];
    if (cps[i] === ',' || cps[i] === '_') {
      if (cps[i] === grouping) throw invalid(spec, typeName);
      throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    }
  }
  let precision = -1;
  if (cps[i] === '.') {
    i++;
    start = i;
    while (i < cps.length && cps[i]! >= '0' && cps[i]! <= '9') i++;
    if (i === start) throw new FormatError('ValueError', 'Format specifier missing precision');
    precision = Number(cps.slice(start, i).join(''));
  }
  if (cps.length - i > 1) throw invalid(spec, typeName);
  const type = cps[i] ?? '';
  const checked = type || defaultType;
  if (grouping && checked) {
    const ok = grouping === ',' ? 'deEfFgG%'.includes(checked) : 'deEfFgG%boxX'.includes(checked);
    if (!ok) throw new FormatError('ValueError', `Cannot specify '${grouping}' with '${checked}'.`);
  }
  return { fill, align, sign, noNegZero, alt, width: Math.max(width, 0), grouping, precision, type };
}

function invalid(spec: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
}

function unknownCode(type: string, typeName: string): FormatError {
  const shown = type.codePointAt(0)! > 32 && type.codePointAt(0)! < 128 ? `'${type}'` : `'\\x${type.codePointAt(0)!.toString(16)}'`;
  return new FormatError('ValueError', `Unknown format code ${shown} for object of type '${typeName}'`);
}

function pad(body: string, spec: FormatSpec, defaultAlign: '<' | '>', prefixLen = 0): string {
  const len = [...body].length;
  if (len >= spec.width) return body;
  const n = spec.width - len;
  const fill = spec.fill;
  switch (spec.align || defaultAlign) {
    case '<':
      return body + fill.repeat(n);
    case '^':
      return fill.repeat(n >> 1) + body + fill.repeat(n - (n >> 1));
    case '=':
      return body.slice(0, prefixLen) + fill.repeat(n) + body.slice(prefixLen);
    default:
      return fill.repeat(n) + body;
  }
}

/**
 * format(s, spec) of a str.
 * @example
 * ```ts
 * formatStrSpec('abcdef', '*^9.3'); // '***abc***'
 * ```
 */
export function formatStrSpec(s: string, specText: string, typeName = 'str'): string {
  const spec = parseSpec(specText, typeName, false, 's');
  if (spec.type !== '' && spec.type !== 's') throw unknownCode(spec.type, typeName);
  if (spec.sign) throw new FormatError('ValueError', `${spec.sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`);
  if (spec.noNegZero) throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alt) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  let body = s;
  if (spec.precision >= 0) body = [...s].slice(0, spec.precision).join('');
  return pad(body, spec, '<');
}

/** Digits grouped from the right, `every` at a time; zero-extended to `minLen` characters when asked. */
function group(digits: string, sep: string, every: number, minLen: number): string {
  const build = (d: string): string => {
    const out: string[] = [];
    for (let end = d.length; end > 0; end -= every) out.unshift(d.slice(Math.max(0, end - every), end));
    return out.join(sep);
  };
  let d = digits;
  let g = build(d);
  while (g.length < minLen) {
    d = `0${d}`;
    g = build(d);
  }
  return g;
}

/** Sign, prefix and digits laid out with grouping and padding (the number formatters' tail). */
function layoutNumber(negative: boolean, prefix: string, intDigits: string, rest: string, spec: FormatSpec, every: number, finite = true): string {
  const signText = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const head = signText + prefix;
  let digits = intDigits;
  if (spec.grouping && finite) {
    const zeroPad = spec.align === '=' && spec.fill === '0';
    const minLen = zeroPad ? spec.width - head.length - rest.length : 0;
    digits = group(intDigits, spec.grouping, every, minLen);
  }
  return pad(head + digits + rest, spec, '>', head.length);
}

/**
 * format(i, spec) of an int (or bool): b c d o x X n and, through float, e E f F g G %.
 * @example
 * ```ts
 * formatIntSpec(255, '#06x'); // '0x00ff'
 * ```
 */
export function formatIntSpec(v: PyIntValue, specText: string, typeName = 'int'): string {
  const spec = parseSpec(specText, typeName, true, 'd');
  const t = spec.type;
  if ('eEfFgG%'.includes(t) && t !== '') return formatFloatParsed(Number(v), spec, typeName);
  if (t !== '' && !'bcdoxXn'.includes(t)) throw unknownCode(t, typeName);
  if (spec.precision >= 0) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const big = BigInt(v);
  if (t === 'c') {
    if (spec.sign) throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw new FormatError('ValueError', "Alternate form (#) is not allowed with integer format specifier 'c'");
    if (big < 0n || big > 0x10ffffn) throw new FormatError('ValueError', '%c arg not in range(0x110000)');
    return pad(String.fromCodePoint(Number(big)), spec, '>');
  }
  const negative = big < 0n;
  const mag = negative ? -big : big;
  const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = mag.toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = spec.alt && base !== 10 ? `0${t === 'X' ? 'X' : t === 'x' ? 'x' : t}` : '';
  return layoutNumber(negative, prefix, digits, '', spec, base === 10 ? 3 : 4);
}

/**
 * format(x, spec) of a float.
 * @example
 * ```ts
 * formatFloatSpec(1234.5678, ',.2f'); // '1,234.57'
 * ```
 */
export function formatFloatSpec(x: number, specText: string, typeName = 'float'): string {
  return formatFloatParsed(x, parseSpec(specText, typeName), typeName);
}

function formatFloatParsed(x: number, spec: FormatSpec, typeName: string): string {
  let t = spec.type;
  if (t !== '' && !'eEfFgGn%'.includes(t)) throw unknownCode(t, typeName);
  if (t === 'n') t = 'g';
  let value = t === '%' ? x * 100 : x;
  let negative = value < 0 || Object.is(value, -0);
  const upper = t === 'E' || t === 'F' || t === 'G';
  let body: string;
  if (!Number.isFinite(value)) {
    body = Number.isNaN(value) ? 'nan' : 'inf';
    if (Number.isNaN(value)) negative = false;
    if (upper) body = body.toUpperCase();
    if (t === '%') body += '%';
  } else {
    value = Math.abs(value);
    const prec = spec.precision;
    if (t === 'f' || t === 'F' || t === '%') body = fixedDigits(value, prec < 0 ? 6 : prec) + (spec.alt && prec === 0 ? '.' : '');
    else if (t === 'e' || t === 'E') body = expWithAlt(value, prec < 0 ? 6 : prec, t as 'e' | 'E', spec.alt);
    else if (t === 'g' || t === 'G') body = general(value, prec < 0 ? 6 : prec === 0 ? 1 : prec, upper ? 'E' : 'e', spec.alt, false);
    else if (prec < 0) body = reprFloat(value);
    else body = general(value, prec === 0 ? 1 : prec, 'e', spec.alt, true);
    if (t === '%') body += '%';
    if (spec.noNegZero && negative && !/[1-9]/.test(body.replace(/[eE].*$/, ''))) negative = false;
  }
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return layoutNumber(negative, '', m[1]!, m[2]!, spec, 3, Number.isFinite(value));
}

function expWithAlt(x: number, prec: number, letter: 'e' | 'E', alt: boolean): string {
  const s = expDigits(x, prec, letter);
  return alt && prec === 0 ? s.replace(letter, `.${letter}`) : s;
}

/** 'g' (and the no-type form with a precision, which keeps a '.0' on integral fixed output). */
function general(x: number, prec: number, letter: 'e' | 'E', alt: boolean, reprStyle: boolean): string {
  const { exp } = significantDigits(x, prec);
  let s: string;
  // with the '.0' flag (no type given) the switch to exponent comes one digit earlier (format_float_short)
  if (exp < -4 || exp >= (reprStyle ? prec - 1 : prec)) {
    s = expWithAlt(x, prec - 1, letter, alt);
    if (!alt && s.includes('.')) s = s.replace(/\.?0+(?=[eE])/, '');
  } else {
    s = fixedDigits(x, Math.max(prec - 1 - exp, 0));
    if (alt && !s.includes('.')) s += '.';
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
    if (reprStyle && !s.includes('.')) s += '.0';
  }
  return s;
}
