// printf-style `str % args`: %(key)s mapping fields, the - + space # 0 flags, * widths and
// precisions, and the conversions d i u o x X e E f F g G c s r a %. Mirrors
// Objects/unicodeobject.c (PyUnicode_Format, unicode_format_arg_parse, unicode_format_arg_format).
import { PyException } from '../errors.js';
import { FormatError, formatFloatSpec, formatIntSpec } from '../formatSpec.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { asciiEscape } from './strFormat.js';
import { textOps } from './textOps.js';
import { bufText } from './bytesMethods.js';

function pad(s: string, width: number, left: boolean): string {
  const n = width - [...s].length;
  return n <= 0 ? s : left ? s + ' '.repeat(n) : ' '.repeat(n) + s;
}

/** `%` formatting, merged into Interp. */
export const percentOps = {
  /** The text of `fmt % arg` (arg a tuple of values, a mapping for %(key) fields, or one value). */
  percentFormat(this: Interp, fmt: string, arg: Handle, bytes = false): string {
    return percentFormat(this, fmt, arg, bytes);
  },
  ...textOps,
};

/** The methods of `percentOps`, merged into Interp. */
export type PercentOps = typeof percentOps;

/** PyUnicode_Format. */
function percentFormat(I: Interp, fmt: string, arg: Handle, bytes: boolean): string {
  const isTuple = I.kind[arg] === K.Tuple;
  const args = isTuple ? (I.pv[arg] as Handle[]) : [arg];
  const mapping = !isTuple && I.kind[arg] !== K.Str && I.kind[arg] !== K.Bytes && (I.kind[arg] === K.Dict || I.lookupClassAttr(I.ty[arg], '__getitem__') >= 0) ? arg : -1;
  let argi = 0;
  let out = '';
  const nextArg = (): Handle => {
    if (argi >= args.length) throw I.typeError('not enough arguments for format string');
    return args[argi++]!;
  };
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    let value = -1;
    let owned = false;
    if (fmt[i] === '(') {
      if (mapping < 0) throw I.typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      for (; j < fmt.length && depth > 0; j++) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
      }
      if (depth > 0) throw new PyException('ValueError', 'incomplete format key');
      const key = bytes ? I.newBytes(fmt.slice(i + 1, j - 1)) : I.newStr(fmt.slice(i + 1, j - 1));
      try {
        value = I.getitem(mapping, key);
        owned = true;
      } finally {
        I.decref(key);
      }
      i = j;
    }
    try {
      let flags = '';
      while (i < fmt.length && '-+ #0'.includes(fmt[i]!)) flags += fmt[i++];
      const num = (): number => {
        if (fmt[i] === '*') {
          i++;
          const h = nextArg();
          if (I.kind[h] !== K.Int && I.kind[h] !== K.Bool) throw I.typeError('* wants int');
          return Number(I.pv[h] as PyIntValue);
        }
        const st = i;
        while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') i++;
        return i > st ? Number(fmt.slice(st, i)) : -1;
      };
      let width = num();
      if (width < -1) {
        flags += '-';
        width = -width;
      }
      let prec = -1;
      if (fmt[i] === '.') {
        i++;
        prec = Math.max(num(), 0);
      }
      while ('hlL'.includes(fmt[i] ?? '') && i < fmt.length) i++;
      if (i >= fmt.length) throw new PyException('ValueError', 'incomplete format');
      const conv = fmt[i++]!;
      if (conv === '%') {
        out += '%';
        continue;
      }
      if (value < 0) value = nextArg();
      out += bytes ? formatBytesOne(I, conv, flags, width, prec, value, i - 1) : formatOne(I, conv, flags, width, prec, value, i - 1);
    } finally {
      if (owned) I.decref(value);
    }
  }
  if (argi < args.length && mapping < 0) throw I.typeError(`not all arguments converted during ${bytes ? 'bytes' : 'string'} formatting`);
  return out;
}

/** _PyBytes_FormatEx's conversions: %s and %b take bytes-like objects, %r and %a are ascii(), %c a byte. */
function formatBytesOne(I: Interp, conv: string, flags: string, width: number, prec: number, h: Handle, at: number): string {
  const left = flags.includes('-');
  if (conv === 's' || conv === 'b') {
    let s = bufText(I, h);
    if (s === null) throw I.typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${I.ty[h].name}'`);
    if (prec >= 0) s = s.slice(0, prec);
    return pad(s, width, left);
  }
  if (conv === 'r' || conv === 'a') {
    let s = asciiEscape(I.repr(h));
    if (prec >= 0) s = s.slice(0, prec);
    return pad(s, width, left);
  }
  if (conv === 'c') {
    const b = bufText(I, h);
    if (b !== null && b.length === 1) return pad(b, width, left);
    if (I.kind[h] !== K.Int && I.kind[h] !== K.Bool) throw I.typeError('%c requires an integer in range(256) or a single byte');
    const v = Number(I.pv[h] as PyIntValue);
    if (v < 0 || v > 255) throw new PyException('OverflowError', '%c arg not in range(256)');
    return pad(String.fromCharCode(v), width, left);
  }
  return formatOne(I, conv, flags, width, prec, h, at);
}

function formatOne(I: Interp, conv: string, flags: string, width: number, prec: number, h: Handle, at: number): string {
  const left = flags.includes('-');
  const k = I.kind[h];
  if (conv === 's' || conv === 'r' || conv === 'a') {
    let s = conv === 's' ? I.str(h) : conv === 'r' ? I.repr(h) : asciiEscape(I.repr(h));
    if (prec >= 0) s = [...s].slice(0, prec).join('');
    return pad(s, width, left);
  }
  if (conv === 'c') {
    let c: string;
    if (k === K.Str && [...(I.pv[h] as string)].length === 1) c = I.pv[h] as string;
    else if (k === K.Int || k === K.Bool) {
      const v = Number(I.pv[h] as PyIntValue);
      if (v < 0 || v > 0x10ffff) throw new PyException('OverflowError', '%c arg not in range(0x110000)');
      c = String.fromCodePoint(v);
    } else throw I.typeError(`%c requires int or char`);
    return pad(c, width, left);
  }
  const zero = flags.includes('0') && !left;
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const spec = (type: string, p: number): string =>
    `${left ? '<' : ''}${sign}${flags.includes('#') ? '#' : ''}${zero ? '0' : ''}${width > 0 ? width : ''}${p >= 0 ? `.${p}` : ''}${type}`;
  try {
    if ('diu'.includes(conv)) {
      let v: PyIntValue;
      if (k === K.Int || k === K.Bool) v = I.pv[h] as PyIntValue;
      else if (k === K.Float) {
        const f = I.pv[h] as number;
        if (!Number.isFinite(f)) throw new PyException(Number.isNaN(f) ? 'ValueError' : 'OverflowError', `cannot convert float ${Number.isNaN(f) ? 'NaN' : 'infinity'} to integer`);
        v = Number.isSafeInteger(Math.trunc(f)) ? Math.trunc(f) : BigInt(Math.trunc(f));
      } else throw I.typeError(`%${conv} format: a real number is required, not ${I.ty[h].name}`);
      if (prec < 0) return formatIntSpec(v, spec('d', -1));
      // a precision is the minimum number of digits
      const neg = BigInt(v) < 0n;
      const digits = (neg ? -BigInt(v) : BigInt(v)).toString().padStart(prec, '0');
      return pad((neg ? '-' : sign) + digits, width, left);
    }
    if ('oxX'.includes(conv)) {
      if (k !== K.Int && k !== K.Bool) throw I.typeError(`%${conv} format: an integer is required, not ${I.ty[h].name}`);
      return formatIntSpec(I.pv[h] as PyIntValue, spec(conv, -1));
    }
    if ('eEfFgG'.includes(conv)) {
      let x: number;
      if (k === K.Float) x = I.pv[h] as number;
      else if (k === K.Int || k === K.Bool) x = Number(I.pv[h] as PyIntValue);
      else throw I.typeError(`must be real number, not ${I.ty[h].name}`);
      return formatFloatSpec(x, spec(conv, prec < 0 ? 6 : prec));
    }
  } catch (e) {
    if (e instanceof FormatError) throw new PyException(e.pyType, e.message);
    throw e;
  }
  const cp = conv.codePointAt(0)!;
  throw new PyException('ValueError', `unsupported format character '${conv}' (0x${cp.toString(16)}) at index ${at}`);
}
