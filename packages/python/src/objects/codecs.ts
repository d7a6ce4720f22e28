// The codecs behind str.encode, bytes.decode and bytes(str, encoding): utf-8, ascii, latin-1,
// utf-16/utf-32 (with a BOM, or -le/-be), with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace (encode) and surrogateescape. Mirrors
// Objects/unicodeobject.c (unicode_encode_utf8, unicode_encode_ucs1, PyUnicode_DecodeUTF8Stateful)
// and Python/codecs.c; the messages are UnicodeEncodeError's and UnicodeDecodeError's __str__.
// Bytes travel as latin-1 JS strings (one char per byte).
import { PyException } from '../errors.js';

/** The codec a name means (encodings.normalize_encoding and the aliases of the ones here). */
export function normalizeEncoding(name: string): string | null {
  const n = name.toLowerCase().replace(/[\s-]+/g, '_');
  switch (n) {
    case 'utf_8': case 'utf8': case 'u8': case 'utf': case 'cp65001':
      return 'utf-8';
    case 'ascii': case 'us_ascii': case '646': case 'us':
      return 'ascii';
    case 'latin_1': case 'latin1': case 'latin': case 'l1': case 'iso_8859_1': case 'iso8859_1': case '8859': case 'cp819': case 'iso_ir_100':
      return 'latin-1';
    case 'utf_16': case 'utf16': case 'u16':
      return 'utf-16';
    case 'utf_16_le': case 'utf_16le':
      return 'utf-16-le';
    case 'utf_16_be': case 'utf_16be':
      return 'utf-16-be';
    case 'utf_32': case 'utf32': case 'u32':
      return 'utf-32';
    case 'utf_32_le': case 'utf_32le':
      return 'utf-32-le';
    case 'utf_32_be': case 'utf_32be':
      return 'utf-32-be';
    default:
      return null;
  }
}

const hex = (v: number, w: number): string => v.toString(16).padStart(w, '0');
/** repr of one character inside an error message ('\xe9', '\u20ac', '\ud800'). */
function charRepr(c: number): string {
  if (c < 0x100) return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `'\\x${hex(c, 2)}'`;
  return c < 0x10000 ? `'\\u${hex(c, 4)}'` : `'\\U${hex(c, 8)}'`;
}

function unknownHandler(errors: string): PyException {
  return new PyException('LookupError', `unknown error handler name '${errors}'`);
}

/** str.encode: the bytes (as a latin-1 string) of `s` in `encoding`. */
export function encodeStr(s: string, encoding: string, errors: string): string {
  const codec = normalizeEncoding(encoding);
  if (codec === null) throw new PyException('LookupError', `unknown encoding: ${encoding}`);
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(cps, codec, errors);
  const limit = codec === 'ascii' ? 128 : codec === 'latin-1' ? 256 : 0x110000;
  const bad = (c: number) => c >= limit || (limit === 0x110000 && c >= 0xd800 && c < 0xe000);
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (!bad(c)) {
      out += codec === 'utf-8' ? utf8(c) : String.fromCharCode(c);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    const run = cps.slice(i, end);
    switch (errors) {
      case 'strict': {
        const where = end - i === 1 ? `character ${charRepr(c)} in position ${i}` : `characters in position ${i}-${end - 1}`;
        throw new PyException('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ${reason}`);
      }
      case 'ignore':
        break;
      case 'replace':
        out += '?'.repeat(run.length);
        break;
      case 'backslashreplace':
        out += run.map((x) => (x < 0x100 ? `\\x${hex(x, 2)}` : x < 0x10000 ? `\\u${hex(x, 4)}` : `\\U${hex(x, 8)}`)).join('');
        break;
      case 'xmlcharrefreplace':
        out += run.map((x) => `&#${x};`).join('');
        break;
      case 'surrogateescape':
        for (const x of run) {
          if (x < 0xdc80 || x > 0xdcff) throw new PyException('UnicodeEncodeError', `'${codec}' codec can't encode character ${charRepr(x)} in position ${i}: ${reason}`);
          out += String.fromCharCode(x - 0xdc00);
        }
        break;
      default:
        throw unknownHandler(errors);
    }
    i = end - 1;
  }
  return out;
}

function utf8(c: number): string {
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

function encodeWide(cps: number[], codec: string, errors: string): string {
  const wide = codec.startsWith('utf-32');
  const be = codec.endsWith('-be');
  const unit = (v: number, n: number): string => {
    let b = '';
    for (let k = 0; k < n; k++) b += String.fromCharCode((v >> (8 * (be ? n - 1 - k : k))) & 255);
    return b;
  };
  let out = codec === 'utf-16' || codec === 'utf-32' ? unit(0xfeff, wide ? 4 : 2) : '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c >= 0xd800 && c < 0xe000) {
      if (errors === 'strict') throw new PyException('UnicodeEncodeError', `'${codec.replace(/-(le|be)$/, '-$1')}' codec can't encode character ${charRepr(c)} in position ${i}: surrogates not allowed`);
      if (errors === 'ignore') continue;
      if (errors === 'replace') out += unit(63, wide ? 4 : 2);
      else throw unknownHandler(errors);
      continue;
    }
    if (wide) out += unit(c, 4);
    else if (c < 0x10000) out += unit(c, 2);
    else out += unit(0xd800 + ((c - 0x10000) >> 10), 2) + unit(0xdc00 + ((c - 0x10000) & 0x3ff), 2);
  }
  return out;
}

/** bytes.decode: the str of `b` (a latin-1 string) in `encoding`. */
export function decodeBytes(b: string, encoding: string, errors: string): string {
  const codec = normalizeEncoding(encoding);
  if (codec === null) throw new PyException('LookupError', `unknown encoding: ${encoding}`);
  if (codec === 'latin-1') return b;
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(b, codec, errors);
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict': {
        const where = end - start === 1 ? `byte 0x${hex(b.charCodeAt(start), 2)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
        throw new PyException('UnicodeDecodeError', `'${codec}' codec can't decode ${where}: ${reason}`);
      }
      case 'ignore':
        return;
      case 'replace':
        out += '\ufffd';
        return;
      case 'backslashreplace':
        for (let k = start; k < end; k++) out += `\\x${hex(b.charCodeAt(k), 2)}`;
        return;
      case 'surrogateescape':
        for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + b.charCodeAt(k));
        return;
      default:
        throw unknownHandler(errors);
    }
  };
  let i = 0;
  while (i < b.length) {
    const c = b.charCodeAt(i);
    if (c < 0x80) {
      out += b[i];
      i++;
      continue;
    }
    if (codec === 'ascii') {
      fail(i, i + 1, 'ordinal not in range(128)');
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0) {
      fail(i, i + 1, 'invalid start byte');
      i++;
      continue;
    }
    // the second byte's range depends on the first (no overlongs, surrogates or > U+10FFFF)
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    let v = c & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
    for (; k < n && i + k < b.length; k++) {
      const x = b.charCodeAt(i + k);
      if (k === 1 ? x < lo || x > hi : (x & 0xc0) !== 0x80) break;
      v = (v << 6) | (x & 63);
    }
    if (k === n) {
      out += String.fromCodePoint(v);
      i += n;
    } else if (i + k >= b.length) {
      fail(i, b.length, 'unexpected end of data');
      i = b.length;
    } else {
      fail(i, i + k, 'invalid continuation byte');
      i += k;
    }
  }
  return out;
}

function decodeWide(b: string, codec: string, errors: string): string {
  const n = codec.startsWith('utf-32') ? 4 : 2;
  let be = codec.endsWith('-be');
  let i = 0;
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < n; k++) v += b.charCodeAt(at + k) * 2 ** (8 * (be ? n - 1 - k : k));
    return v;
  };
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (b.length >= n && read(0) === 0xfeff) i = n;
    else {
      be = true;
      if (b.length >= n && read(0) === 0xfeff) i = n;
      else be = false;
    }
  }
  const units: number[] = [];
  for (; i + n <= b.length; i += n) units.push(read(i));
  if (i < b.length && errors === 'strict') {
    throw new PyException('UnicodeDecodeError', `'${codec}' codec can't decode byte 0x${hex(b.charCodeAt(i), 2)} in position ${i}: truncated data`);
  }
  return n === 4 ? String.fromCodePoint(...units) : String.fromCharCode(...units);
}
