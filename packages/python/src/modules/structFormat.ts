// struct format strings: parsing (byte order, native sizes and alignment, repeat counts), and
// packing/unpacking one item, with _struct.c's range checks and messages. Values are plain
// JavaScript (bigint for integers, number for floats, latin-1 strings for bytes) so this file
// needs no interpreter; structModule.ts converts from and to Python objects.
// Mirrors Modules/_struct.c (prepare_s, native_table, lilendian_table, bigendian_table).

/** A struct.error to raise (structModule.ts makes the Python exception). */
export class StructError extends Error {}
/** An OverflowError (float too large to pack). */
export class StructOverflow extends Error {}

/** One format code with its repeat count and its offset in the packed bytes. */
export interface Code {
  readonly c: string;
  /** Items it stands for: the repeat count, or 1 for 's' and 'p' (whose count is a length). */
  readonly n: number;
  /** Byte size of one item ('s'/'p': the whole field). */
  readonly size: number;
  readonly offset: number;
}

/** A parsed format: its codes (pads removed), total size and item count. */
export interface Format {
  readonly codes: readonly Code[];
  readonly size: number;
  readonly items: number;
  readonly little: boolean;
  readonly native: boolean;
}

const NATIVE_SIZES: Readonly<Record<string, number>> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STANDARD_SIZES: Readonly<Record<string, number>> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

/**
 * prepare_s: the codes of `fmt`.
 * @example
 * ```ts
 * parseFormat('<ih').size; // 6
 * ```
 */
export function parseFormat(fmt: string): Format {
  let i = 0;
  let native = true, align = true, little = true;
  const order = fmt[0];
  if (order === '<' || order === '>' || order === '!' || order === '=' || order === '@') {
    i = 1;
    native = order === '@';
    align = order === '@';
    little = order === '<' || order === '=' || order === '@';
  }
  const sizes = native ? NATIVE_SIZES : STANDARD_SIZES;
  const codes: Code[] = [];
  let size = 0, items = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let num = 1;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') j++;
      num = Number(fmt.slice(i, j));
      i = j;
      if (i >= fmt.length) throw new StructError('repeat count given without format specifier');
    }
    const c = fmt[i++];
    const itemSize = sizes[c];
    if (itemSize === undefined) throw new StructError('bad char in struct format');
    if (align && c !== 's' && c !== 'p' && c !== 'x') size = Math.ceil(size / itemSize) * itemSize;
    if (c === 'x') size += num;
    else if (c === 's' || c === 'p') {
      codes.push({ c, n: 1, size: num, offset: size });
      size += num;
      items++;
    } else {
      if (num > 0) codes.push({ c, n: num, size: itemSize, offset: size });
      size += num * itemSize;
      items += num;
    }
  }
  return { codes, size, items, little, native };
}

const RANGE_NAMES: Readonly<Record<string, string>> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

/** np_, lp_ and bp_ for the integer codes: the checked value's little-endian bytes. */
function packInt(c: string, v: bigint, size: number, native: boolean): bigint {
  const signed = c === c.toLowerCase() && c !== 'p' && c !== '?';
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v >= lo && v <= hi) return v < 0n ? v + (1n << bits) : v;
  const named = RANGE_NAMES[c];
  if (named) throw new StructError(`${named} format requires ${lo} <= number <= ${hi}`);
  // the unsigned codes' negative values and the 8-byte codes fail in PyLong_As*: a plain message
  if (!signed && v < 0n) throw new StructError('argument out of range');
  if (size === 8 || c === 'P') throw new StructError(!native && signed && v < 0n ? 'int too large to convert' : 'argument out of range');
  if (native && (c === 'l' || c === 'L')) throw new StructError('argument out of range');
  throw new StructError(`'${c}' format requires ${lo} <= number <= ${hi}`);
}

/** PyFloat_Pack2: IEEE half precision, rounding half to even; overflow is an error. */
function half(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  // scale to units of the smallest subnormal (2**-24) and round to even
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const m = roundEven(a / 2 ** -24);
    return sign | m;
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) throw new StructOverflow('float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

function unhalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** A value as pack receives it, already converted by the caller. */
export type PackValue = bigint | number | boolean | string;

/** Writes one item of code `c` into `out` at `at` (the bytes of a 's'/'p' field, a byte for 'c'). */
export function packItem(out: Uint8Array, at: number, code: Code, v: PackValue, little: boolean, native: boolean): void {
  const view = new DataView(out.buffer, out.byteOffset);
  switch (code.c) {
    case 's':
    case 'p': {
      const s = v as string;
      if (code.c === 's') for (let k = 0; k < code.size && k < s.length; k++) out[at + k] = s.charCodeAt(k);
      else if (code.size > 0) {
        const n = Math.min(s.length, code.size - 1, 255);
        out[at] = n;
        for (let k = 0; k < n; k++) out[at + 1 + k] = s.charCodeAt(k);
      }
      return;
    }
    case 'c':
      out[at] = (v as string).charCodeAt(0);
      return;
    case '?':
      out[at] = v ? 1 : 0;
      return;
    case 'f': {
      const x = v as number;
      if (!native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw new StructOverflow('float too large to pack with f format');
      view.setFloat32(at, x, little);
      return;
    }
    case 'd':
      view.setFloat64(at, v as number, little);
      return;
    case 'e':
      view.setUint16(at, half(v as number), little);
      return;
  }
  let u = packInt(code.c, v as bigint, code.size, native);
  for (let k = 0; k < code.size; k++, u >>= 8n) out[at + (little ? k : code.size - 1 - k)] = Number(u & 0xffn);
}

/** Reads one item: bigint for integers, number for floats, boolean for '?', a latin-1 string for 's'/'p'/'c'. */
export function unpackItem(buf: Uint8Array, at: number, code: Code, little: boolean): PackValue {
  const view = new DataView(buf.buffer, buf.byteOffset);
  switch (code.c) {
    case 's':
      return String.fromCharCode(...buf.subarray(at, at + code.size));
    case 'p': {
      if (code.size === 0) return '';
      const n = Math.min(buf[at], code.size - 1);
      return String.fromCharCode(...buf.subarray(at + 1, at + 1 + n));
    }
    case 'c':
      return String.fromCharCode(buf[at]);
    case '?':
      return buf[at] !== 0;
    case 'f':
      return view.getFloat32(at, little);
    case 'd':
      return view.getFloat64(at, little);
    case 'e':
      return unhalf(view.getUint16(at, little));
  }
  let u = 0n;
  for (let k = 0; k < code.size; k++) u = (u << 8n) | BigInt(buf[at + (little ? code.size - 1 - k : k)]);
  const signed = code.c === code.c.toLowerCase();
  const bits = BigInt(code.size * 8);
  if (signed && u >= 1n << (bits - 1n)) u -= 1n << bits;
  return u;
}
