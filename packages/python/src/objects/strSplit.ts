// split/rsplit/splitlines/partition/rpartition for str, bytes and bytearray: the shared
// Objects/stringlib/split.h and partition.h. The result list is preallocated as PyList_New
// (PREALLOC_SIZE(maxsplit): maxsplit + 1, at most 12 slots) and grows by PyList_Append past that;
// FIX_PREALLOC_SIZE leaves the capacity as it is. A str with nothing to split, or a whole line,
// is the list's one item itself when its type is exact (STRINGLIB_CHECK_EXACT).
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';

const MAX_PREALLOC = 12;

/** How one sequence type builds its parts. */
export interface SplitOps {
  /** The text of self (a str's JS string, a bytes' latin-1 string). */
  readonly s: string;
  /** Whitespace (Py_UNICODE_ISSPACE for str, Py_ISSPACE for bytes) of a JS code unit. */
  isWs(c: number): boolean;
  /** A new object for a part. */
  part(text: string): Handle;
  /** self, when it may stand for a part that is all of it (an exact str or bytes); else -1. */
  whole: Handle;
}

/** [start, end) offsets of the pieces, in order (rsplit's reversed back). */
function pieces(o: SplitOps, sep: string | null, maxsplit: number, fromRight: boolean): [number, number][] {
  const s = o.s;
  const out: [number, number][] = [];
  if (maxsplit < 0) maxsplit = Infinity;
  if (sep === null) {
    if (!fromRight) {
      let i = 0;
      while (true) {
        while (i < s.length && o.isWs(s.charCodeAt(i))) i++;
        if (i >= s.length) break;
        if (out.length === maxsplit) {
          out.push([i, s.length]);
          break;
        }
        let j = i;
        while (j < s.length && !o.isWs(s.charCodeAt(j))) j++;
        out.push([i, j]);
        i = j;
      }
      return out;
    }
    let j = s.length;
    while (true) {
      while (j > 0 && o.isWs(s.charCodeAt(j - 1))) j--;
      if (j <= 0) break;
      if (out.length === maxsplit) {
        out.push([0, j]);
        break;
      }
      let i = j;
      while (i > 0 && !o.isWs(s.charCodeAt(i - 1))) i--;
      out.push([i, j]);
      j = i;
    }
    return out.reverse();
  }
  if (sep === '') throw new PyException('ValueError', 'empty separator');
  if (!fromRight) {
    let i = 0;
    for (let j = s.indexOf(sep); j >= 0 && out.length < maxsplit; j = s.indexOf(sep, i)) {
      out.push([i, j]);
      i = j + sep.length;
    }
    out.push([i, s.length]);
    return out;
  }
  let end = s.length;
  while (out.length < maxsplit) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push([j + sep.length, end]);
    end = j;
  }
  out.push([0, end]);
  return out.reverse();
}

/** The list of parts, with split's preallocation. */
function partsList(I: Interp, o: SplitOps, spans: [number, number][], prealloc: number): Handle {
  const list = I.newList([], prealloc);
  for (const [i, j] of spans) {
    const item = i === 0 && j === o.s.length && o.whole >= 0 ? I.incref(o.whole) : o.part(o.s.slice(i, j));
    I.listAppend(list, item);
    I.decref(item);
  }
  return list;
}

/** str.split / str.rsplit (and the bytes ones): `sep` null for whitespace. */
export function splitList(I: Interp, o: SplitOps, sep: string | null, maxsplit: number, fromRight: boolean): Handle {
  const spans = pieces(o, sep, maxsplit, fromRight);
  const prealloc = maxsplit < 0 || maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : maxsplit + 1;
  return partsList(I, o, spans, prealloc);
}

/** splitlines(keepends): `isLb` says which code units end a line (\r\n counts as one). */
export function splitLinesList(I: Interp, o: SplitOps, keepends: boolean, isLb: (c: number) => boolean): Handle {
  const s = o.s;
  const list = I.newList([]);
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && !isLb(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < s.length) {
      eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    }
    const end = keepends ? eol : j;
    const item = i === 0 && end === s.length && o.whole >= 0 ? I.incref(o.whole) : o.part(s.slice(i, end));
    I.listAppend(list, item);
    I.decref(item);
    i = eol;
  }
  return list;
}

/** partition / rpartition: a 3-tuple holding the separator object itself; with no match, self and two empty parts. */
export function partitionTuple(I: Interp, o: SplitOps, sep: string, sepH: Handle, fromRight: boolean, empty: () => Handle): Handle {
  if (sep === '') throw new PyException('ValueError', 'empty separator');
  const s = o.s;
  const j = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  const self = (): Handle => (o.whole >= 0 ? I.incref(o.whole) : o.part(s));
  if (j < 0) return I.newTuple(fromRight ? [empty(), empty(), self()] : [self(), empty(), empty()]);
  return I.newTuple([o.part(s.slice(0, j)), I.incref(sepH), o.part(s.slice(j + sep.length))]);
}
