// The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib templates
// both types instantiate): searching, splitting, stripping, padding, case mapping (ASCII only),
// the is* predicates (Py_ISALPHA ...), replace, translate, expandtabs, join, hex, decode.
// What a method returns depends on the type: a bytes method goes through
// PyBytes_FromStringAndSize(data, n) (the cached 0- and 1-byte objects), or fills a fresh
// PyBytes_FromStringAndSize(NULL, n) (a new object even for one byte), or hands back self when
// nothing changed and self is exactly bytes; a bytearray method always builds a new bytearray.
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, type ByteArrayData, type PyType } from '../objects.js';
import { decodeBytes } from './codecs.js';
import { strKit } from './strArgs.js';
import { partitionTuple, splitLinesList, splitList, type SplitOps } from './strSplit.js';

/** How one of the two types builds its results. */
export interface ByteKind {
  readonly t: PyType;
  /** A result copied from existing bytes (singletons for bytes). */
  make(s: string): Handle;
  /** A result filled into a new buffer (a new object unless empty, for bytes). */
  fresh(s: string): Handle;
  /** The result when nothing changed. */
  unchanged(h: Handle): Handle;
}

/** The bytes of a bytes-like object (bytes, bytearray), or null. */
export function bufText(I: Interp, h: Handle): string | null {
  const k = I.kind[h];
  if (k === K.Bytes) return I.pv[h] as string;
  if (k === K.ByteArray) return (I.pv[h] as ByteArrayData).s;
  return null;
}

const isWs = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const up = (c: number): number => (isLower(c) ? c - 32 : c);
const low = (c: number): number => (isUpper(c) ? c + 32 : c);
const mapBytes = (s: string, f: (c: number, i: number) => number): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i), i));
  return out;
};
const all = (s: string, f: (c: number) => boolean): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!f(s.charCodeAt(i))) return false;
  return true;
};
const casedTest = (s: string, yes: (c: number) => boolean, no: (c: number) => boolean): boolean => {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (no(c)) return false;
    if (yes(c)) cased = true;
  }
  return cased;
};
const istitle = (s: string): boolean => {
  let cased = false;
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
};
const title = (s: string): string => {
  let prev = false;
  return mapBytes(s, (c) => {
    const r = isLower(c) ? (prev ? c : up(c)) : isUpper(c) ? (prev ? low(c) : c) : c;
    prev = isAlpha(c);
    return r;
  });
};

/** Installs the shared methods on one of the two types. */
export function installByteMethods(I: Interp, bk: ByteKind): void {
  const name = bk.t.name;
  const { te, sig, kwArgs, indexArg, sliceIndex, adjust, needStr } = strKit(I, name);
  const text = (h: Handle): string => bufText(I, h)!;
  const m = (n: string, fn: (a: Handle[], kw: Map<string, Handle> | null) => Handle): void => {
    bk.t.methods.set(n, fn);
  };
  const buf = (h: Handle): string => {
    const s = bufText(I, h);
    if (s === null) throw te(`a bytes-like object is required, not '${I.ty[h].name}'`);
    return s;
  };
  const byteValue = (h: Handle): number => {
    const v = indexArg(h);
    if (v < 0 || v > 255) throw new PyException('ValueError', 'byte must be in range(0, 256)');
    return v;
  };
  /** The sub of find/count/index: bytes-like or an int in range(256). */
  const subArg = (h: Handle): string => {
    const s = bufText(I, h);
    if (s !== null) return s;
    if (I.kind[h] === K.Int || I.kind[h] === K.Bool || (I.kind[h] === K.Instance && I.lookupClassAttr(I.ty[h], '__index__') >= 0)) {
      return String.fromCharCode(byteValue(h));
    }
    throw te(`argument should be integer or bytes-like object, not '${I.ty[h].name}'`);
  };

  const noargs = (n: string, f: (s: string) => string): void =>
    m(n, (a, kw) => {
      sig(n, a, kw, 0, 0, 'noargs');
      return bk.fresh(f(text(a[0]!)));
    });
  noargs('upper', (s) => mapBytes(s, up));
  noargs('lower', (s) => mapBytes(s, low));
  noargs('swapcase', (s) => mapBytes(s, (c) => (isLower(c) ? up(c) : low(c))));
  noargs('capitalize', (s) => mapBytes(s, (c, i) => (i === 0 ? up(c) : low(c))));
  noargs('title', title);
  const preds: [string, (s: string) => boolean][] = [
    ['isalpha', (s) => all(s, isAlpha)],
    ['isalnum', (s) => all(s, (c) => isAlpha(c) || isDigit(c))],
    ['isdigit', (s) => all(s, isDigit)],
    ['isspace', (s) => all(s, isWs)],
    ['isascii', (s) => /^[\x00-\x7f]*$/.test(s)],
    ['islower', (s) => casedTest(s, isLower, isUpper)],
    ['isupper', (s) => casedTest(s, isUpper, isLower)],
    ['istitle', istitle],
  ];
  for (const [n, f] of preds) {
    m(n, (a, kw) => {
      sig(n, a, kw, 0, 0, 'noargs');
      return I.newBool(f(text(a[0]!)));
    });
  }

  const finds = (n: string, a: Handle[], kw: Map<string, Handle> | null) => {
    sig(n, a, kw, 1, 3, 'tuple');
    const s = text(a[0]!);
    const sub = subArg(a[1]!);
    const [start, end] = adjust(sliceIndex(a[2], 0), sliceIndex(a[3], s.length), s.length);
    return { s, sub, start, end };
  };
  const find = (n: string, a: Handle[], kw: Map<string, Handle> | null, reverse: boolean): number => {
    const { s, sub, start, end } = finds(n, a, kw);
    if (end - start < sub.length) return -1;
    const hay = s.slice(0, end);
    const j = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub, start);
    return j < start ? -1 : j;
  };
  m('find', (a, kw) => I.newInt(find('find', a, kw, false)));
  m('rfind', (a, kw) => I.newInt(find('rfind', a, kw, true)));
  for (const [n, rev] of [['index', false], ['rindex', true]] as const) {
    m(n, (a, kw) => {
      const r = find(n, a, kw, rev);
      if (r < 0) throw new PyException('ValueError', 'subsection not found');
      return I.newInt(r);
    });
  }
  m('count', (a, kw) => {
    const { s, sub, start, end } = finds('count', a, kw);
    if (end - start < sub.length) return I.newInt(0);
    if (sub === '') return I.newInt(end - start + 1);
    let n = 0;
    for (let j = s.indexOf(sub, start); j >= 0 && j + sub.length <= end; j = s.indexOf(sub, j + sub.length)) n++;
    return I.newInt(n);
  });
  for (const [n, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    m(n, (a, kw) => {
      sig(n, a, kw, 1, 3, 'tuple');
      const s = text(a[0]!);
      const [start, end] = adjust(sliceIndex(a[2], 0), sliceIndex(a[3], s.length), s.length);
      const tail = (p: string): boolean => {
        if (end - p.length < start) return false;
        return atEnd ? s.slice(end - p.length, end) === p : s.slice(start, start + p.length) === p;
      };
      const arg = a[1]!;
      if (I.kind[arg] === K.Tuple) {
        for (const x of I.tupleItems(arg)) {
          const p = bufText(I, x);
          if (p === null) throw te(`a bytes-like object is required, not '${I.ty[x].name}'`);
          if (tail(p)) return I.newBool(true);
        }
        return I.newBool(false);
      }
      const p = bufText(I, arg);
      if (p === null) throw te(`${n} first arg must be bytes or a tuple of bytes, not ${I.ty[arg].name}`);
      return I.newBool(tail(p));
    });
  }

  const ops = (h: Handle): SplitOps => ({ s: text(h), isWs, part: (t) => bk.make(t), whole: I.ty[h] === I.tBytes ? h : -1 });
  for (const [n, fromRight] of [['split', false], ['rsplit', true]] as const) {
    m(n, (a, kw) => {
      const [sepH, maxH] = kwArgs(n, a, kw, ['sep', 'maxsplit']);
      const sep = sepH === undefined || sepH === I.None ? null : buf(sepH);
      return splitList(I, ops(a[0]!), sep, maxH === undefined ? -1 : indexArg(maxH), fromRight);
    });
  }
  m('splitlines', (a, kw) => {
    const [keepH] = kwArgs('splitlines', a, kw, ['keepends']);
    return splitLinesList(I, ops(a[0]!), keepH !== undefined && indexArg(keepH) !== 0, (c) => c === 10 || c === 13);
  });
  for (const [n, fromRight] of [['partition', false], ['rpartition', true]] as const) {
    m(n, (a, kw) => {
      sig(n, a, kw, 1, 1, 'o');
      const sep = buf(a[1]!);
      // bytes puts the separator object itself in the tuple; bytearray a new bytearray of it
      const sepH = bk.t === I.tBytes ? I.incref(a[1]!) : bk.make(sep);
      try {
        return partitionTuple(I, ops(a[0]!), sep, sepH, fromRight, () => bk.make(''));
      } finally {
        I.decref(sepH);
      }
    });
  }

  const fillArg = (n: string, h: Handle | undefined): string => {
    if (h === undefined) return ' ';
    const s = bufText(I, h);
    if (s === null || s.length !== 1) throw te(`${n}() argument 2 must be a byte string of length 1, not ${I.ty[h].name}`);
    return s;
  };
  for (const n of ['center', 'ljust', 'rjust'] as const) {
    m(n, (a, kw) => {
      sig(n, a, kw, 1, 2, 'clinic');
      const width = indexArg(a[1]!);
      const fill = fillArg(n, a[2]);
      const s = text(a[0]!);
      if (s.length >= width) return bk.unchanged(a[0]!);
      const marg = width - s.length;
      const left = n === 'ljust' ? 0 : n === 'rjust' ? marg : Math.floor(marg / 2) + (marg & width & 1);
      return bk.fresh(fill.repeat(left) + s + fill.repeat(marg - left));
    });
  }
  m('zfill', (a, kw) => {
    sig('zfill', a, kw, 1, 1, 'o');
    const width = indexArg(a[1]!);
    const s = text(a[0]!);
    if (s.length >= width) return bk.unchanged(a[0]!);
    const fill = '0'.repeat(width - s.length);
    return bk.fresh(s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s);
  });
  for (const [n, side] of [['strip', 0], ['lstrip', 1], ['rstrip', 2]] as const) {
    m(n, (a, kw) => {
      sig(n, a, kw, 0, 1, 'clinic');
      const h = a[1];
      const chars = h === undefined || h === I.None ? null : buf(h);
      const test = chars === null ? isWs : (c: number) => chars.includes(String.fromCharCode(c));
      const s = text(a[0]!);
      let i = 0;
      let j = s.length;
      if (side !== 2) while (i < j && test(s.charCodeAt(i))) i++;
      if (side !== 1) while (j > i && test(s.charCodeAt(j - 1))) j--;
      return i === 0 && j === s.length ? bk.unchanged(a[0]!) : bk.make(s.slice(i, j));
    });
  }
  m('replace', (a, kw) => {
    sig('replace', a, kw, 2, 3, 'clinic');
    const old = buf(a[1]!);
    const neu = buf(a[2]!);
    let count = a[3] !== undefined ? indexArg(a[3]) : -1;
    if (count < 0) count = Infinity;
    const s = text(a[0]!);
    let out = '';
    let n = 0;
    if (count > 0 && old === '') {
      for (let i = 0; i <= s.length; i++) {
        if (n < count) {
          out += neu;
          n++;
        }
        if (i < s.length) out += s[i];
      }
    } else if (count > 0) {
      let i = 0;
      for (let j = s.indexOf(old); j >= 0 && n < count; j = s.indexOf(old, i)) {
        out += s.slice(i, j) + neu;
        i = j + old.length;
        n++;
      }
      out += s.slice(i);
    }
    return n === 0 ? bk.unchanged(a[0]!) : bk.fresh(out);
  });
  for (const [n, atEnd] of [['removeprefix', false], ['removesuffix', true]] as const) {
    m(n, (a, kw) => {
      sig(n, a, kw, 1, 1, 'clinic');
      const s = text(a[0]!);
      const p = buf(a[1]!);
      if (p === '' || !(atEnd ? s.endsWith(p) : s.startsWith(p))) return bk.unchanged(a[0]!);
      return bk.make(atEnd ? s.slice(0, s.length - p.length) : s.slice(p.length));
    });
  }
  m('expandtabs', (a, kw) => {
    const [tabH] = kwArgs('expandtabs', a, kw, ['tabsize']);
    const tab = tabH === undefined ? 8 : indexArg(tabH);
    let out = '';
    let col = 0;
    for (const c of text(a[0]!)) {
      if (c === '\t') {
        if (tab > 0) {
          out += ' '.repeat(tab - (col % tab));
          col += tab - (col % tab);
        }
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return bk.fresh(out);
  });
  m('translate', (a, kw) => {
    const [tableH, delH] = kwArgs('translate', a, kw, ['table', 'delete']);
    if (tableH === undefined) throw te(`translate() missing required argument 'table' (pos 1)`);
    const table = tableH === I.None ? null : buf(tableH);
    if (table !== null && table.length !== 256) throw new PyException('ValueError', 'translation table must be 256 characters long');
    const del = delH === undefined ? '' : buf(delH);
    const s = text(a[0]!);
    let out = '';
    for (const c of s) if (!del.includes(c)) out += table === null ? c : table[c.charCodeAt(0)];
    return out === s ? bk.unchanged(a[0]!) : bk.fresh(out);
  });
  m('join', (a, kw) => {
    sig('join', a, kw, 1, 1, 'o');
    const items = I.collect(a[1]!);
    try {
      const parts = items.map((x, i) => {
        const p = bufText(I, x);
        if (p === null) throw te(`sequence item ${i}: expected a bytes-like object, ${I.ty[x].name} found`);
        return p;
      });
      if (bk.t === I.tBytes && items.length === 1 && I.ty[items[0]!] === I.tBytes) return I.incref(items[0]!);
      return bk.fresh(parts.join(text(a[0]!)));
    } finally {
      for (const x of items) I.decref(x);
    }
  });
  m('hex', (a, kw) => {
    const [sepH, perH] = kwArgs('hex', a, kw, ['sep', 'bytes_per_sep']);
    return I.newStr(hexText(I, text(a[0]!), sepH, perH === undefined ? 1 : indexArg(perH)));
  });
  m('decode', (a, kw) => {
    const [encH, errH] = kwArgs('decode', a, kw, ['encoding', 'errors']);
    const enc = encH === undefined ? 'utf-8' : needStr(encH, "decode() argument 'encoding' must be str");
    const err = errH === undefined ? 'strict' : needStr(errH, "decode() argument 'errors' must be str");
    return I.newStr(decodeBytes(text(a[0]!), enc, err));
  });
}

/** bytes.hex / bytearray.hex (Python/pystrhex.c): groups of `per` bytes from the right (from the left when negative). */
function hexText(I: Interp, s: string, sepH: Handle | undefined, per: number): string {
  const digits = [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'));
  if (sepH === undefined || per === 0) return digits.join('');
  const sep = I.kind[sepH] === K.Str ? (I.pv[sepH] as string) : bufText(I, sepH);
  if (sep === null) throw new PyException('TypeError', `object of type '${I.ty[sepH].name}' has no len()`);
  if (sep.length !== 1) throw new PyException('ValueError', 'sep must be length 1.');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(''));
  else for (let i = 0; i < digits.length; i += n) groups.push(digits.slice(i, i + n).join(''));
  return groups.join(sep);
}

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, spaces between pairs. */
export function fromHex(I: Interp, h: Handle): string {
  if (I.kind[h] !== K.Str) throw new PyException('TypeError', `fromhex() argument must be str, not ${I.ty[h].name}`);
  const s = I.pv[h] as string;
  let out = '';
  let i = 0;
  const hexv = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (s[i] === ' ' || (s[i]! >= '\t' && s[i]! <= '\r')) {
      i++;
      continue;
    }
    const hi = hexv(s[i]);
    const lo = hexv(s[i + 1]);
    if (hi < 0) throw new PyException('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (lo < 0) throw new PyException('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

/** bytes.maketrans(frm, to): the 256-byte table. */
export function bytesMaketrans(I: Interp, a: Handle[]): Handle {
  const { te, sig } = strKit(I, 'bytes');
  sig('maketrans', [I.None, ...a], null, 2, 2, 'clinic');
  const frm = bufText(I, a[0]!);
  const to = bufText(I, a[1]!);
  if (frm === null) throw te(`a bytes-like object is required, not '${I.ty[a[0]!].name}'`);
  if (to === null) throw te(`a bytes-like object is required, not '${I.ty[a[1]!].name}'`);
  if (frm.length !== to.length) throw new PyException('ValueError', 'maketrans arguments must have same length');
  const table = [...Array(256).keys()].map((c) => String.fromCharCode(c));
  for (let i = 0; i < frm.length; i++) table[frm.charCodeAt(i)] = to[i]!;
  return I.newBytes(table.join(''));
}
