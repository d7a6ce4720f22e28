// The str type's method table: join, split/rsplit/splitlines/partition/rpartition, encode,
// format, format_map here; the case methods and is* predicates in objects/strCase.ts, searching,
// padding, stripping, replace and translate in objects/strMethods.ts. Mirrors
// Objects/unicodeobject.c (unicode_methods); `%` is objects/percentFormat.ts.
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { bufText } from './bytesMethods.js';
import { decodeBytes, encodeStr } from './codecs.js';
import { strKit } from './strArgs.js';
import { installStrCase } from './strCase.js';
import { installStrMethods2, strMaketrans } from './strMethods.js';
import { partitionTuple, splitLinesList, splitList, type SplitOps } from './strSplit.js';
import { isLinebreak, isSpace } from './unicodeChar.js';

/** The method table of str (join, split, replace, strip, format, ...). */
export function installStrMethods(I: Interp): void {
  const { te, argc, method } = argKit(I);
  const S = I.tStr;
  const sv = (h: Handle): string => I.pv[h] as string;
  method(S, 'join', (a) => {
    const items = I.collect(a[1]);
    try {
      const parts = items.map((x, i) => {
        if (I.kind[x] !== K.Str) throw te(`sequence item ${i}: expected str instance, ${I.ty[x].name} found`);
        return sv(x);
      });
      if (items.length === 1 && I.ty[items[0]!] === S) return I.incref(items[0]!);
      const r = parts.join(sv(a[0]!));
      return r === '' ? I.newStr('') : I.newStrObject(r);
    } finally {
      for (const x of items) I.decref(x);
    }
  });
  const { sig, kwArgs, indexArg, needStr: needS } = strKit(I);
  const ops = (h: Handle): SplitOps => ({ s: sv(h), isWs: isSpace, part: (t) => I.newStr(t), whole: I.ty[h] === S ? h : -1 });
  for (const [name, fromRight] of [['split', false], ['rsplit', true]] as const) {
    method(S, name, (a, kw) => {
      const [sepH, maxH] = kwArgs(name, a, kw, ['sep', 'maxsplit']);
      let sep: string | null = null;
      if (sepH !== undefined && sepH !== I.None) {
        if (I.kind[sepH] !== K.Str) throw te(`must be str or None, not ${I.ty[sepH].name}`);
        sep = sv(sepH);
      }
      return splitList(I, ops(a[0]!), sep, maxH === undefined ? -1 : indexArg(maxH), fromRight);
    });
  }
  method(S, 'splitlines', (a, kw) => {
    const [keepH] = kwArgs('splitlines', a, kw, ['keepends']);
    return splitLinesList(I, ops(a[0]!), keepH !== undefined && indexArg(keepH) !== 0, isLinebreak);
  });
  for (const [name, fromRight] of [['partition', false], ['rpartition', true]] as const) {
    method(S, name, (a, kw) => {
      sig(name, a, kw, 1, 1, 'o');
      return partitionTuple(I, ops(a[0]!), needS(a[1]!), a[1]!, fromRight, () => I.newStr(''));
    });
  }
  method(S, 'encode', (a, kw) => {
    const [encH, errH] = kwArgs('encode', a, kw, ['encoding', 'errors']);
    const enc = encH === undefined ? 'utf-8' : needS(encH, "encode() argument 'encoding' must be str");
    const err = errH === undefined ? 'strict' : needS(errH, "encode() argument 'errors' must be str");
    return I.newBytes(encodeStr(sv(a[0]!), enc, err));
  });
  installStrCase(I);
  installStrMethods2(I);
  const typeAttr = I.builtinTypeAttr;
  I.builtinTypeAttr = (t, name) => {
    if (t === S && name === 'maketrans') return I.newBuiltin('maketrans', (a) => strMaketrans(I, a));
    return typeAttr(t, name);
  };
  method(S, 'maketrans', (a) => strMaketrans(I, a.slice(1)));
  method(S, 'format', (a, kw) => I.newStr(I.strFormat(sv(a[0]), a.slice(1), kw)));
  method(S, 'format_map', (a) => {
    argc('format_map', a.slice(1), 1, 1);
    const m = a[1]!;
    // format_map looks each name up in the mapping itself (here through a one-entry-at-a-time view)
    const names = [...sv(a[0]).matchAll(/\{([^{}!:.[\]]+)/g)].map((x) => x[1]!).filter((n) => !/^\d+$/.test(n));
    const kw = new Map<string, Handle>();
    const held: Handle[] = [];
    try {
      for (const n of names) {
        if (kw.has(n)) continue;
        const key = I.newStr(n);
        try {
          const v = I.getitem(m, key);
          held.push(v);
          kw.set(n, v);
        } finally {
          I.decref(key);
        }
      }
      return I.newStr(I.strFormat(sv(a[0]), [], kw));
    } finally {
      for (const v of held) I.decref(v);
    }
  });
}

/** str(object, encoding='utf-8', errors='strict') with an encoding or errors: decodes a bytes-like object. */
export function strNew(I: Interp, args: Handle[], kw: Map<string, Handle> | null): Handle {
  const { te, kwArgs, needStr } = strKit(I);
  const [src, encH, errH] = kwArgs('str', [I.None, ...args], kw, ['object', 'encoding', 'errors']);
  if (src === undefined) return I.newStr('');
  if (encH === undefined && errH === undefined) return I.kind[src] === K.Str ? I.incref(src) : I.newStr(I.str(src));
  const text = bufText(I, src);
  if (text === null) {
    if (I.kind[src] === K.Str) throw te('decoding str is not supported');
    throw te(`decoding to str: need a bytes-like object, ${I.ty[src].name} found`);
  }
  const enc = encH === undefined ? 'utf-8' : needStr(encH, "str() argument 'encoding' must be str");
  const err = errH === undefined ? 'strict' : needStr(errH, "str() argument 'errors' must be str");
  return I.newStr(decodeBytes(text, enc, err));
}
