// JSON decoding: the C scanner's objects and errors. Arrays are lists grown by append, objects
// dicts grown by PyDict_SetItem (so their sizes are those of incremental growth, and an object's
// dict stays untracked until a tracked value goes in), keys are shared through a memo dict for the
// whole call, strings without escapes are substrings (one latin-1 character: the cached one),
// NaN/Infinity come from parse_constant. Errors are (message, position) pairs the caller turns
// into JSONDecodeError. Mirrors Modules/_json.c (scan_once_unicode, _parse_object_unicode,
// _parse_array_unicode, scanstring_unicode, _match_number_unicode) and Lib/json/decoder.py.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { Interp } from '../interp.js';

/** A decoding error before it becomes a JSONDecodeError (StopIteration's "Expecting value" included). */
export class JsonError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {
    super(msg);
  }
}

/** The decoder's hooks (-1: the default). */
export interface DecodeHooks {
  readonly objectHook: Handle;
  readonly objectPairsHook: Handle;
  readonly parseFloat: Handle;
  readonly parseInt: Handle;
  /** parse_constant, or -1 for the module's NaN/Infinity/-Infinity floats. */
  readonly parseConstant: Handle;
  readonly constants: { readonly NaN: Handle; readonly Infinity: Handle; readonly '-Infinity': Handle };
  readonly strict: boolean;
}

const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * scanner(s, idx): the value at `idx` and the index after it (new reference). Throws JsonError.
 * @example
 * ```ts
 * const [v, end] = scanJson(I, '[1, 2]', 0, hooks);
 * ```
 */
export function scanJson(I: Interp, s: string, start: number, hooks: DecodeHooks): [Handle, number] {
  const memo = new Map<string, Handle>();
  const baseDepth = I.depth;
  let depth = 0;
  const end = s.length;
  const skip = (i: number): number => {
    while (i < end && isWs(s[i])) i++;
    return i;
  };
  const callHook = (fn: Handle, arg: Handle): Handle => I.call(I.incref(fn), [arg], null);

  /** scanstring_unicode from just after the opening quote: the str and the index after the closing quote. */
  const scanString = (from: number): [Handle, number] => {
    const begin = from - 1;
    let i = from;
    let chunks: string | null = null;
    for (;;) {
      let j = i;
      let c = '';
      for (; j < end; j++) {
        c = s[j];
        if (c === '"' || c === '\\') break;
        if (hooks.strict && c.charCodeAt(0) <= 0x1f) throw new JsonError('Invalid control character at', j);
      }
      if (j >= end) throw new JsonError('Unterminated string starting at', begin);
      if (c === '"' && chunks === null) return [I.newStr(s.slice(i, j)), j + 1];
      chunks = (chunks ?? '') + s.slice(i, j);
      if (c === '"') return [I.newStr(chunks), j + 1];
      j++;
      if (j >= end) throw new JsonError('Unterminated string starting at', begin);
      const e = s[j];
      if (e !== 'u') {
        const r = SIMPLE_ESCAPES[e];
        if (r === undefined) throw new JsonError('Invalid \\escape', j - 1);
        chunks += r;
        i = j + 1;
        continue;
      }
      const hexAt = (k: number): number => {
        const h = s.slice(k, k + 4);
        return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
      };
      j++;
      if (j + 4 >= end) throw new JsonError('Invalid \\uXXXX escape', j - 1);
      let code = hexAt(j);
      if (code < 0) throw new JsonError('Invalid \\uXXXX escape', j - 1);
      i = j + 4;
      // a high surrogate followed by \uXXXX of a low one makes one character
      if (code >= 0xd800 && code <= 0xdbff && i + 6 < end && s[i] === '\\' && s[i + 1] === 'u') {
        const low = hexAt(i + 2);
        if (low < 0) throw new JsonError('Invalid \\uXXXX escape', i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      chunks += String.fromCodePoint(code);
    }
  };

  const matchNumber = (i: number): [Handle, number] => {
    const st = i;
    if (s[i] === '-') {
      i++;
      if (i >= end) throw new JsonError('Expecting value', st);
    }
    if (s[i] >= '1' && s[i] <= '9') {
      i++;
      while (isDigit(s[i])) i++;
    } else if (s[i] === '0') i++;
    else throw new JsonError('Expecting value', st);
    let isFloat = false;
    if (i < end - 1 && s[i] === '.' && isDigit(s[i + 1])) {
      isFloat = true;
      i += 2;
      while (isDigit(s[i])) i++;
    }
    if (i < end - 1 && (s[i] === 'e' || s[i] === 'E')) {
      const eStart = i;
      i++;
      if (i < end - 1 && (s[i] === '-' || s[i] === '+')) i++;
      while (isDigit(s[i])) i++;
      if (isDigit(s[i - 1])) isFloat = true;
      else i = eStart;
    }
    const text = s.slice(st, i);
    if (isFloat) {
      if (hooks.parseFloat >= 0) return [callHook(hooks.parseFloat, I.newStr(text)), i];
      return [I.newFloat(Number(text)), i];
    }
    if (hooks.parseInt >= 0) return [callHook(hooks.parseInt, I.newStr(text)), i];
    const limit = I.maxStrDigits;
    const digits = text.length - (text[0] === '-' ? 1 : 0);
    if (limit > 0 && digits > limit) {
      throw new PyException('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
    }
    return [I.newInt(digits > 15 ? BigInt(text) : Number(text)), i];
  };

  const constant = (name: 'NaN' | 'Infinity' | '-Infinity', i: number): [Handle, number] => {
    const next = i + name.length;
    if (hooks.parseConstant >= 0) return [callHook(hooks.parseConstant, I.newStr(name)), next];
    return [I.incref(hooks.constants[name]), next];
  };

  const enter = (): void => {
    if (++depth + baseDepth > I.recursionLimit) throw new PyException('RecursionError', 'maximum recursion depth exceeded while decoding a JSON object from a unicode string');
  };

  const parseObject = (from: number): [Handle, number] => {
    enter();
    const pairs = hooks.objectPairsHook >= 0;
    const rval = pairs ? I.newList([]) : I.newDict();
    try {
      let i = skip(from);
      if (i >= end || s[i] !== '}') {
        while (i < end) {
          if (s[i] !== '"') throw new JsonError('Expecting property name enclosed in double quotes', i);
          const [raw, afterKey] = scanString(i + 1);
          // memokey = memo.setdefault(key, key)
          let key = raw;
          const text = I.pv[raw] as string;
          const seen = memo.get(text);
          if (seen !== undefined) {
            key = I.incref(seen);
            I.decref(raw);
          } else memo.set(text, I.incref(raw));
          try {
            i = skip(afterKey);
            if (i >= end || s[i] !== ':') throw new JsonError("Expecting ':' delimiter", i);
            i = skip(i + 1);
            const [val, next] = scan(i);
            if (pairs) {
              const item = I.newTuple([I.incref(key), val]);
              I.listAppend(rval, item);
              I.decref(item);
            } else {
              I.dictSet(rval, key, val);
              I.decref(val);
            }
            i = skip(next);
          } finally {
            I.decref(key);
          }
          if (i < end && s[i] === '}') break;
          if (i >= end || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
          i = skip(i + 1);
        }
      }
      if (i >= end || s[i] !== '}') throw new JsonError('Expecting property name enclosed in double quotes', i);
      depth--;
      if (pairs) return [callHook(hooks.objectPairsHook, I.incref(rval)), i + 1];
      if (hooks.objectHook >= 0) return [callHook(hooks.objectHook, I.incref(rval)), i + 1];
      return [I.incref(rval), i + 1];
    } finally {
      I.decref(rval);
    }
  };

  const parseArray = (from: number): [Handle, number] => {
    enter();
    const rval = I.newList([]);
    try {
      let i = skip(from);
      if (i < end && s[i] !== ']') {
        while (i < end) {
          const [val, next] = scan(i);
          I.listAppend(rval, val);
          I.decref(val);
          i = skip(next);
          if (i < end && s[i] === ']') break;
          if (i >= end || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
          i = skip(i + 1);
        }
      }
      if (i >= end || s[i] !== ']') throw new JsonError('Expecting value', i);
      depth--;
      return [I.incref(rval), i + 1];
    } finally {
      I.decref(rval);
    }
  };

  const scan = (i: number): [Handle, number] => {
    if (i >= end) throw new JsonError('Expecting value', i);
    switch (s[i]) {
      case '"':
        return scanString(i + 1);
      case '{':
        return parseObject(i + 1);
      case '[':
        return parseArray(i + 1);
      case 'n':
        if (s.startsWith('null', i)) return [I.none(), i + 4];
        break;
      case 't':
        if (s.startsWith('true', i)) return [I.newBool(true), i + 4];
        break;
      case 'f':
        if (s.startsWith('false', i)) return [I.newBool(false), i + 5];
        break;
      case 'N':
        if (s.startsWith('NaN', i)) return constant('NaN', i);
        break;
      case 'I':
        if (s.startsWith('Infinity', i)) return constant('Infinity', i);
        break;
      case '-':
        if (s.startsWith('-Infinity', i)) return constant('-Infinity', i);
        break;
    }
    return matchNumber(i);
  };

  try {
    return scan(start);
  } finally {
    // PyDict_Clear(s->memo) after each scan
    for (const h of memo.values()) I.decref(h);
  }
}
