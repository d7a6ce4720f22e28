// The str type's operations: printf-style `%` formatting and str's method table (join, split,
// replace, strip, startswith, find, format, ...). Mirrors Objects/unicodeobject.c
// (PyUnicode_Format, unicode_methods).
import { PyException } from '../errors.js';
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

/** str % formatting, merged into Interp. */
export const strOps = {
  percentFormat(this: Interp, fmt: string, arg: Handle): string {
    const args = this.kind[arg] === K.Tuple ? (this.pv[arg] as Handle[]) : [arg];
    let i = 0;
    const out = fmt.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdrfixX%])/g, (_m, flags: string, width: string, prec: string, conv: string) => {
      if (conv === '%') return '%';
      if (i >= args.length) throw this.typeError('not enough arguments for format string');
      const h = args[i++];
      let s: string;
      if (conv === 's') s = this.str(h);
      else if (conv === 'r') s = this.repr(h);
      else if (conv === 'd' || conv === 'i') s = N.intToString(typeof this.real(h) === 'number' ? Math.trunc(this.real(h) as number) : (this.real(h) as bigint));
      else if (conv === 'f') s = Number(this.real(h)).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x') s = BigInt(this.real(h) as number).toString(16);
      else s = BigInt(this.real(h) as number).toString(16).toUpperCase();
      const w = Number(width || 0);
      if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') ? '0' : ' ');
      return s;
    });
    if (i < args.length && this.kind[arg] === K.Tuple) throw this.typeError('not all arguments converted during string formatting');
    return out;
  },
};

/** The methods of `strOps`, merged into Interp. */
export type StrOps = typeof strOps;

/** The method table of str (join, split, replace, strip, format, ...). */
export function installStrMethods(I: Interp): void {
  const { te, intArg, method } = argKit(I);
  const S = I.tStr;
  const sv = (h: Handle): string => I.pv[h] as string;
  const needStr = (h: Handle, what: string): string => {
    if (I.kind[h] !== K.Str) throw te(`${what} must be str, not ${I.ty[h].name}`);
    return sv(h);
  };
  method(S, 'join', (a) => {
    const items = I.collect(a[1]);
    try {
      const parts = items.map((x, i) => {
        if (I.kind[x] !== K.Str) throw te(`sequence item ${i}: expected str instance, ${I.ty[x].name} found`);
        return sv(x);
      });
      if (items.length === 1) return I.incref(items[0]);
      return I.newStr(parts.join(sv(a[0])));
    } finally {
      for (const x of items) I.decref(x);
    }
  });
  method(S, 'split', (a, kw) => {
    const s = sv(a[0]);
    const sepH = a.length > 1 ? a[1] : kw?.get('sep');
    const maxsplit = a.length > 2 ? intArg(a[2]) : kw?.get('maxsplit') !== undefined ? intArg(kw.get('maxsplit')!) : -1;
    let parts: string[];
    if (sepH === undefined || sepH === I.None) {
      parts = [];
      let rest = s.replace(/^\s+/, '');
      while (rest.length) {
        if (maxsplit >= 0 && parts.length === maxsplit) {
          parts.push(rest);
          break;
        }
        const m = /\s+/.exec(rest);
        if (!m) {
          parts.push(rest);
          break;
        }
        parts.push(rest.slice(0, m.index));
        rest = rest.slice(m.index + m[0].length);
      }
    } else {
      const sep = needStr(sepH, 'sep');
      if (sep === '') throw new PyException('ValueError', 'empty separator');
      parts = s.split(sep);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) parts = [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
    }
    const items = parts.map((p) => I.newStr(p));
    return I.newList(items);
  });
  const strFn = (name: string, f: (s: string, a: Handle[]) => string): void =>
    method(S, name, (a) => {
      const r = f(sv(a[0]), a);
      if (name === 'upper' || name === 'lower') return r === '' ? I.newStr('') : I.newStrObject(r);
      return r === sv(a[0]) ? I.incref(a[0]) : I.newStr(r);
    });
  strFn('upper', (s) => s.toUpperCase());
  strFn('lower', (s) => s.toLowerCase());
  strFn('replace', (s, a) => {
    const count = a.length > 3 ? intArg(a[3]) : -1;
    const old = needStr(a[1], 'replace() argument 1');
    const neu = needStr(a[2], 'replace() argument 2');
    if (count < 0) return s.split(old).join(neu);
    let out = s;
    let n = 0;
    let idx = 0;
    while (n < count) {
      const j = out.indexOf(old, idx);
      if (j < 0) break;
      out = out.slice(0, j) + neu + out.slice(j + old.length);
      idx = j + neu.length + (old === '' ? 1 : 0);
      n++;
    }
    return out;
  });
  const stripChars = (a: Handle[]): string | null => (a.length > 1 && a[1] !== I.None ? sv(a[1]) : null);
  const stripRe = (chars: string | null, side: 'both' | 'l' | 'r') => (s: string) => {
    const isStrip = (c: string) => (chars === null ? /\s/.test(c) : chars.includes(c));
    let i = 0;
    let j = s.length;
    if (side !== 'r') while (i < j && isStrip(s[i])) i++;
    if (side !== 'l') while (j > i && isStrip(s[j - 1])) j--;
    return s.slice(i, j);
  };
  strFn('strip', (s, a) => stripRe(stripChars(a), 'both')(s));
  strFn('lstrip', (s, a) => stripRe(stripChars(a), 'l')(s));
  strFn('rstrip', (s, a) => stripRe(stripChars(a), 'r')(s));
  const prefixTest = (name: string, test: (s: string, p: string) => boolean): void =>
    method(S, name, (a) => {
      const s = sv(a[0]);
      const ps = I.kind[a[1]] === K.Tuple ? I.tupleItems(a[1]).map((x) => sv(x)) : [needStr(a[1], `${name} first arg`)];
      return I.newBool(ps.some((p) => test(s, p)));
    });
  prefixTest('startswith', (s, p) => s.startsWith(p));
  prefixTest('endswith', (s, p) => s.endsWith(p));
  method(S, 'find', (a) => I.newInt(sv(a[0]).indexOf(needStr(a[1], 'find arg'))));
  method(S, 'count', (a) => I.newInt(sv(a[0]).split(needStr(a[1], 'count arg')).length - 1));
  method(S, 'isdigit', (a) => I.newBool(/^\d+$/.test(sv(a[0]))));
  method(S, 'isalpha', (a) => I.newBool(/^\p{L}+$/u.test(sv(a[0]))));
  method(S, 'format', (a, kw) => {
    const s = sv(a[0]);
    let auto = 0;
    const out = s.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rs]))?\}/g, (m, field: string | undefined, conv: string | undefined) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      let h: Handle;
      if (field === undefined || field === '') h = a[1 + auto++];
      else if (/^\d+$/.test(field)) h = a[1 + Number(field)];
      else h = kw?.get(field) ?? -1;
      if (h === undefined || h < 0) throw new PyException(field && !/^\d+$/.test(field) ? 'KeyError' : 'IndexError', field && !/^\d+$/.test(field) ? `'${field}'` : `Replacement index ${field || auto - 1} out of range for positional args tuple`);
      return conv === 'r' ? I.repr(h) : I.str(h);
    });
    return I.newStr(out);
  });
}
