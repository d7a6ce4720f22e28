// PyObject_Format (format(), f-string specs) and str.format's replacement fields: auto and
// manual numbering, keyword names, `.attr` and `[key]` lookups, !r/!s/!a conversions and
// nested fields inside a spec. Mirrors Objects/abstract.c (PyObject_Format),
// Objects/stringlib/unicode_format.h (MarkupIterator, get_field_object, render_field).
import { PyException } from '../errors.js';
import { reprStr } from '../format.js';
import { FormatError, formatFloatSpec, formatIntSpec, formatStrSpec } from '../formatSpec.js';
import type { Kw } from '../getargs.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

/**
 * ascii(): repr with every non-ASCII character escaped (`\xNN`, `\uNNNN`, `\UNNNNNNNN`).
 * @example
 * ```ts
 * asciiEscape("'é'"); // "'\\xe9'"
 * ```
 */
export function asciiEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}

function valueError(e: unknown): unknown {
  return e instanceof FormatError ? new PyException(e.pyType, e.message) : e;
}

/** format() and str.format, merged into Interp. */
export const formatOps = {
  /** PyObject_Format: a new reference to `format(h, spec)` (an exact str with '' is returned as is). */
  format(this: Interp, h: Handle, spec: string): Handle {
    const k = this.kind[h];
    if (k === K.Str && spec === '') return this.incref(h);
    if (k === K.Instance) {
      const f = this.lookupClassAttr(this.ty[h], '__format__');
      if (f >= 0) {
        const r = this.call(this.incref(f), [this.incref(h), this.newStr(spec)], null);
        if (this.kind[r] !== K.Str) {
          const name = this.ty[r].name;
          this.decref(r);
          throw this.typeError(`__format__ must return a str, not ${name}`);
        }
        return r;
      }
      // object.__format__ with an empty spec is str(self): the object __str__ returned
      if (spec === '') return this.strObject(h);
    }
    // an int or float with an empty spec goes through PyObject_Str too (a new string)
    if (spec === '' && (k === K.Int || k === K.Float) && (this.ty[h] === this.tInt || this.ty[h] === this.tFloat)) return this.strObject(h);
    return this.newStr(this.formatText(h, spec));
  },

  /** The text of `format(h, spec)` for the builtin types. */
  formatText(this: Interp, h: Handle, spec: string): string {
    const k = this.kind[h];
    try {
      if (k === K.Str) return formatStrSpec(this.pv[h] as string, spec);
      if (k === K.Int) return spec === '' ? this.str(h) : formatIntSpec(this.pv[h] as PyIntValue, spec);
      if (k === K.Bool) return spec === '' ? this.str(h) : formatIntSpec(this.pv[h] ? 1 : 0, spec, 'bool');
      if (k === K.Float) return spec === '' ? this.str(h) : formatFloatSpec(this.pv[h] as number, spec);
    } catch (e) {
      throw valueError(e);
    }
    if (spec === '') return this.str(h);
    throw this.typeError(`unsupported format string passed to ${this.ty[h].name}.__format__`);
  },

  /** The text of `repr`/`str`/`ascii` as a conversion `!r`, `!s`, `!a` asks. */
  convertText(this: Interp, h: Handle, conv: string): string {
    if (conv === 'r') return this.repr(h);
    if (conv === 'a') return asciiEscape(this.repr(h));
    return this.str(h);
  },

  /** str.format(*args, **kw) of `fmt` (MarkupIterator over the literal text and the fields). */
  strFormat(this: Interp, fmt: string, args: readonly Handle[], kw: Kw, depth = 2): string {
    if (depth < 0) throw new PyException('ValueError', 'Max string recursion exceeded');
    const state = { auto: 0, mode: '' as '' | 'auto' | 'manual' };
    return renderFormat(this, fmt, args, kw, depth, state);
  },
};

/** The methods of `formatOps`, merged into Interp. */
export type FormatOps = typeof formatOps;

interface Numbering {
  auto: number;
  mode: '' | 'auto' | 'manual';
}

function renderFormat(I: Interp, fmt: string, args: readonly Handle[], kw: Kw, depth: number, state: Numbering): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw new PyException('ValueError', "Single '}' encountered in format string");
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // the field runs to the matching '}' (a spec may hold nested {fields})
    let level = 1;
    let j = i + 1;
    let inBracket = false;
    for (; j < fmt.length; j++) {
      const c = fmt[j]!;
      if (c === '[') inBracket = true;
      else if (c === ']') inBracket = false;
      else if (!inBracket && c === '{') level++;
      else if (!inBracket && c === '}' && --level === 0) break;
    }
    if (j >= fmt.length) {
      throw new PyException('ValueError', i + 1 >= fmt.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
    }
    out += renderField(I, fmt.slice(i + 1, j), args, kw, depth, state);
    i = j + 1;
  }
  return out;
}

function renderField(I: Interp, field: string, args: readonly Handle[], kw: Kw, depth: number, state: Numbering): string {
  // field_name ends at the first '!' or ':' outside brackets
  let k = 0;
  let inBracket = false;
  for (; k < field.length; k++) {
    const c = field[k]!;
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (!inBracket && (c === '!' || c === ':')) break;
  }
  const name = field.slice(0, k);
  let conv = '';
  let spec = '';
  if (field[k] === '!') {
    if (k + 1 >= field.length) throw new PyException('ValueError', 'end of string while looking for conversion specifier');
    conv = field[k + 1]!;
    if (k + 2 < field.length && field[k + 2] !== ':') throw new PyException('ValueError', "expected ':' after conversion specifier");
    spec = field.slice(k + 3);
    if (conv !== 'r' && conv !== 's' && conv !== 'a') {
      throw new PyException('ValueError', `Unknown conversion specifier ${conv}`);
    }
  } else if (field[k] === ':') spec = field.slice(k + 1);
  if (spec.includes('{')) spec = renderFormat(I, spec, args, kw, depth - 1, state);
  const obj = fieldObject(I, name, args, kw, state);
  try {
    if (conv) {
      const text = I.convertText(obj, conv);
      if (spec === '') return text;
      try {
        return formatStrSpec(text, spec);
      } catch (e) {
        throw valueError(e);
      }
    }
    const r = I.format(obj, spec);
    const text = I.pv[r] as string;
    I.decref(r);
    return text;
  } finally {
    I.decref(obj);
  }
}

/** get_field_object: the argument a field names, then its `.attr` / `[key]` chain (a new reference). */
function fieldObject(I: Interp, name: string, args: readonly Handle[], kw: Kw, state: Numbering): Handle {
  const m = /^[^.[]*/.exec(name)!;
  const first = m[0];
  let rest = name.slice(first.length);
  let obj: Handle;
  if (first === '') {
    if (state.mode === 'manual') throw new PyException('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    state.mode = 'auto';
    const idx = state.auto++;
    if (idx >= args.length) throw new PyException('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    obj = I.incref(args[idx]!);
  } else if (/^\d+$/.test(first)) {
    if (state.mode === 'auto') throw new PyException('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    state.mode = 'manual';
    const idx = Number(first);
    if (idx >= args.length) throw new PyException('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    obj = I.incref(args[idx]!);
  } else {
    const v = kw?.get(first);
    if (v === undefined) throw new PyException('KeyError', reprStr(first));
    obj = I.incref(v);
  }
  while (rest.length) {
    let next: Handle;
    if (rest[0] === '.') {
      const a = /^\.([^.[]*)/.exec(rest)!;
      if (a[1] === '') throw new PyException('ValueError', 'Empty attribute in format string');
      rest = rest.slice(a[0].length);
      try {
        next = I.getattr(obj, a[1]!);
      } finally {
        I.decref(obj);
      }
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw new PyException('ValueError', "Missing ']' in format string");
      const keyText = rest.slice(1, close);
      if (keyText === '') throw new PyException('ValueError', 'Empty attribute in format string');
      rest = rest.slice(close + 1);
      if (rest.length && rest[0] !== '.' && rest[0] !== '[') throw new PyException('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      const key = /^\d+$/.test(keyText) ? I.newInt(Number(keyText)) : I.newStr(keyText);
      try {
        next = I.getitem(obj, key);
      } finally {
        I.decref(key);
        I.decref(obj);
      }
    } else {
      I.decref(obj);
      throw new PyException('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    obj = next;
  }
  return obj;
}
