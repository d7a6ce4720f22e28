// The str type's method table (join, split, replace, strip, startswith, find, format, ...).
// Mirrors Objects/unicodeobject.c (unicode_methods); `%` is objects/percentFormat.ts.
import { PyException } from '../errors.js';
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

/** The method table of str (join, split, replace, strip, format, ...). */
export function installStrMethods(I: Interp): void {
  const { te, argc, intArg, method } = argKit(I);
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
