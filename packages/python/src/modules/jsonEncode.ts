// JSON encoding: what json.JSONEncoder.encode returns, built in one pass (the C encoder's
// c_make_encoder when there is no indent, json.encoder's _make_iterencode otherwise: the same text).
// Values are tested in the encoder's order (str, None, True, False, int, float, list/tuple, dict,
// then default(o)); floats are float.__repr__ with NaN/Infinity spelled as JavaScript does.
// Mirrors Modules/_json.c (encoder_listencode_*, escape_unicode) and Lib/json/encoder.py.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ListData } from '../objects.js';
import type { Interp } from '../interp.js';
import { formatFloat } from '../format.js';

/** JSONEncoder's settings, read from the encoder object. */
export interface EncodeOptions {
  readonly skipkeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  readonly sortKeys: boolean;
  /** The indent string, or null for no newlines. */
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  /** default(o): a callable returning something encodable, or -1 (TypeError). */
  readonly defaultFn: Handle;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const hex4 = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;

/** encode_basestring_ascii / encode_basestring: the quoted JSON string of `s`. */
export function encodeString(s: string, ensureAscii: boolean): string {
  // UTF-16 code units: a character past the BMP is already its surrogate pair, as ensure_ascii writes it
  const re = ensureAscii ? /[\\"\u0000-\u001f\u007f-\uffff]/g : /[\\"\u0000-\u001f]/g;
  return `"${s.replace(re, (c) => SHORT_ESCAPES[c] ?? hex4(c.charCodeAt(0)))}"`;
}

/** float.__repr__ as the encoder writes it (NaN, Infinity, -Infinity when allow_nan). */
function floatText(I: Interp, h: Handle, allowNan: boolean): string {
  const v = I.pv[h] as number;
  if (Number.isFinite(v)) return formatFloat(v);
  if (!allowNan) throw new PyException('ValueError', 'Out of range float values are not JSON compliant');
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/**
 * Encodes `obj` with `opts`: the JSON text (what encode() returns).
 * @example
 * ```ts
 * encodeJson(I, listHandle, { skipkeys: false, ensureAscii: true, checkCircular: true, allowNan: true, sortKeys: false, indent: null, itemSeparator: ', ', keySeparator: ': ', defaultFn: -1 });
 * ```
 */
export function encodeJson(I: Interp, obj: Handle, opts: EncodeOptions): string {
  const markers = new Set<Handle>();
  const out: string[] = [];
  const baseDepth = I.depth;
  let depth = 0;

  const enter = (h: Handle): void => {
    // Py_EnterRecursiveCall(" while encoding a JSON object")
    if (++depth + baseDepth > I.recursionLimit) throw new PyException('RecursionError', 'maximum recursion depth exceeded while encoding a JSON object');
    if (opts.checkCircular) {
      if (markers.has(h)) throw new PyException('ValueError', 'Circular reference detected');
      markers.add(h);
    }
  };
  const leave = (h: Handle): void => {
    depth--;
    if (opts.checkCircular) markers.delete(h);
  };
  const newline = (level: number): string => `\n${opts.indent!.repeat(level)}`;

  const keyText = (k: Handle): string | null => {
    switch (I.kind[k]) {
      case K.Str:
        return I.pv[k] as string;
      case K.Float:
        return floatText(I, k, opts.allowNan);
      case K.Bool:
        return I.pv[k] ? 'true' : 'false';
      case K.None:
        return 'null';
      case K.Int:
        return I.intText(I.pv[k] as bigint | number);
    }
    if (opts.skipkeys) return null;
    throw new PyException('TypeError', `keys must be str, int, float, bool or None, not ${I.ty[k].name}`);
  };

  const encodeList = (h: Handle, items: readonly Handle[], level: number): void => {
    if (items.length === 0) {
      out.push('[]');
      return;
    }
    enter(h);
    const inner = opts.indent !== null ? newline(level + 1) : '';
    out.push('[', inner);
    // a list may change while its items are encoded (default() may mutate it): read it live
    for (let i = 0; i < items.length; i++) {
      if (i) out.push(opts.itemSeparator, inner);
      encode(items[i], level + 1);
    }
    if (opts.indent !== null) out.push(newline(level));
    out.push(']');
    leave(h);
  };

  const encodeDict = (h: Handle, level: number): void => {
    const d = I.dict(h);
    if (d.used === 0) {
      out.push('{}');
      return;
    }
    enter(h);
    let pairs: [Handle, Handle][] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0) pairs.push([d.keys[i], d.vals[i]]);
    for (const [k, v] of pairs) {
      I.incref(k);
      I.incref(v);
    }
    try {
      // sorted(dct.items()): the keys decide (two keys of one dict are never equal)
      if (opts.sortKeys) pairs = [...pairs].sort(([a], [b]) => (I.compareBool('<', a, b) ? -1 : I.compareBool('<', b, a) ? 1 : 0));
      const inner = opts.indent !== null ? newline(level + 1) : '';
      out.push('{', inner);
      let first = true;
      for (const [k, v] of pairs) {
        const text = keyText(k);
        if (text === null) continue;
        if (!first) out.push(opts.itemSeparator, inner);
        first = false;
        out.push(encodeString(text, opts.ensureAscii), opts.keySeparator);
        encode(v, level + 1);
      }
      if (opts.indent !== null) out.push(newline(level));
      out.push('}');
    } finally {
      for (const [k, v] of pairs) {
        I.decref(k);
        I.decref(v);
      }
    }
    leave(h);
  };

  const encode = (o: Handle, level: number): void => {
    switch (I.kind[o]) {
      case K.Str:
        out.push(encodeString(I.pv[o] as string, opts.ensureAscii));
        return;
      case K.None:
        out.push('null');
        return;
      case K.Bool:
        out.push(I.pv[o] ? 'true' : 'false');
        return;
      case K.Int:
        out.push(I.intText(I.pv[o] as bigint | number));
        return;
      case K.Float:
        out.push(floatText(I, o, opts.allowNan));
        return;
      case K.List:
        encodeList(o, (I.pv[o] as ListData).items, level);
        return;
      case K.Tuple:
        encodeList(o, I.pv[o] as Handle[], level);
        return;
      case K.Dict:
        encodeDict(o, level);
        return;
    }
    if (opts.defaultFn < 0) throw new PyException('TypeError', `Object of type ${I.ty[o].name} is not JSON serializable`);
    enter(o);
    const r = I.call(I.incref(opts.defaultFn), [I.incref(o)], null);
    try {
      encode(r, level);
    } finally {
      I.decref(r);
    }
    leave(o);
  };

  encode(obj, 0);
  return out.join('');
}
