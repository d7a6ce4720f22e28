// str's searching, padding, stripping and replacing methods: find/rfind/index/rindex/count,
// startswith/endswith, center/ljust/rjust/zfill, strip/lstrip/rstrip, replace, expandtabs,
// removeprefix/removesuffix, translate and str.maketrans. Mirrors Objects/unicodeobject.c
// (any_find_slice, unicode_count, tailmatch, pad, do_strip, replace, unicode_expandtabs_impl,
// _PyUnicode_TranslateCharmap, unicode_maketrans_impl); which calls hand back the same object is
// unicode_result_unchanged's rule (objects/strArgs.ts).
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import { hasAstral, strKit } from './strArgs.js';
import { codePoints, isSpace } from './unicodeChar.js';

/** Code-point indexing over a JS string (the identity when it has no surrogate pairs). */
export class CpView {
  readonly n: number;
  private readonly offs: number[] | null;
  constructor(readonly s: string) {
    if (!hasAstral(s)) {
      this.n = s.length;
      this.offs = null;
      return;
    }
    this.offs = [];
    for (let j = 0; j < s.length; j++) {
      this.offs.push(j);
      const c = s.charCodeAt(j);
      if (c >= 0xd800 && c < 0xdc00 && j + 1 < s.length && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00) j++;
    }
    this.n = this.offs.length;
    this.offs.push(s.length);
  }
  /** JS offset of code point index i (0..n). */
  js(i: number): number {
    return this.offs ? this.offs[i]! : i;
  }
  /** Code point index of JS offset j. */
  py(j: number): number {
    if (!this.offs) return j;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offs[mid]! < j) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** s[i:j] by code points. */
  slice(i: number, j: number): string {
    return this.s.slice(this.js(i), this.js(j));
  }
}

/** The length of a str value in code points. */
export const cpLen = (s: string): number => new CpView(s).n;

/** Non-overlapping occurrences of sub in s[start:end] (JS offsets), as unicode_count counts them. */
function countIn(s: string, sub: string, start: number, end: number, max = Infinity): number {
  if (sub === '') return Math.min(end - start + 1, max);
  let n = 0;
  for (let j = s.indexOf(sub, start); j >= 0 && j + sub.length <= end && n < max; j = s.indexOf(sub, j + sub.length)) n++;
  return n;
}

export function installStrMethods2(I: Interp): void {
  const { te, sv, sig, kwArgs, indexArg, sliceIndex, adjust, unchanged, fresh, needStr } = strKit(I);
  const S = I.tStr;
  const m = (name: string, fn: (a: Handle[], kw: Map<string, Handle> | null) => Handle): void => {
    S.methods.set(name, fn);
  };

  // find/rfind/index/rindex/count: the sub, start, end of stringlib_parse_args_finds
  const finds = (name: string, a: Handle[], kw: Map<string, Handle> | null) => {
    sig(name, a, kw, 1, 3, 'tuple');
    const v = new CpView(sv(a[0]!));
    const sub = needStr(a[1]!);
    const [start, end] = adjust(sliceIndex(a[2], 0), sliceIndex(a[3], v.n), v.n);
    return { v, sub, start, end, subLen: cpLen(sub) };
  };
  const find = (name: string, a: Handle[], kw: Map<string, Handle> | null, reverse: boolean): number => {
    const { v, sub, start, end, subLen } = finds(name, a, kw);
    if (end - start < subLen) return -1;
    const hay = v.s.slice(0, v.js(end));
    const j = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub, v.js(start));
    return j < 0 || j < v.js(start) ? -1 : v.py(j);
  };
  m('find', (a, kw) => I.newInt(find('find', a, kw, false)));
  m('rfind', (a, kw) => I.newInt(find('rfind', a, kw, true)));
  for (const [name, rev] of [['index', false], ['rindex', true]] as const) {
    m(name, (a, kw) => {
      const r = find(name, a, kw, rev);
      if (r < 0) throw new PyException('ValueError', 'substring not found');
      return I.newInt(r);
    });
  }
  m('count', (a, kw) => {
    const { v, sub, start, end, subLen } = finds('count', a, kw);
    if (end - start < subLen) return I.newInt(0);
    return I.newInt(sub === '' ? end - start + 1 : countIn(v.s, sub, v.js(start), v.js(end)));
  });

  // startswith/endswith: a str or a tuple of str, tried in turn (tailmatch)
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    m(name, (a, kw) => {
      sig(name, a, kw, 1, 3, 'tuple');
      const v = new CpView(sv(a[0]!));
      const [start, end] = adjust(sliceIndex(a[2], 0), sliceIndex(a[3], v.n), v.n);
      const tail = (p: string): boolean => {
        const pl = cpLen(p);
        if (end - pl < start) return false;
        if (pl === 0) return true;
        return atEnd ? v.slice(end - pl, end) === p : v.slice(start, start + pl) === p;
      };
      const arg = a[1]!;
      if (I.kind[arg] === K.Tuple) {
        for (const x of I.tupleItems(arg)) {
          if (I.kind[x] !== K.Str) throw te(`tuple for ${name} must only contain str, not ${I.ty[x].name}`);
          if (tail(sv(x))) return I.newBool(true);
        }
        return I.newBool(false);
      }
      if (I.kind[arg] !== K.Str) throw te(`${name} first arg must be str or a tuple of str, not ${I.ty[arg].name}`);
      return I.newBool(tail(sv(arg)));
    });
  }

  // center/ljust/rjust(width, fillchar=' ', /) and zfill(width): pad()
  const fillArg = (h: Handle | undefined): string => {
    if (h === undefined) return ' ';
    if (I.kind[h] !== K.Str) throw te(`The fill character must be a unicode character, not ${I.ty[h].name}`);
    if (cpLen(sv(h)) !== 1) throw te('The fill character must be exactly one character long');
    return sv(h);
  };
  const pad = (h: Handle, left: number, right: number, fill: string): Handle =>
    left <= 0 && right <= 0 ? unchanged(h) : fresh(fill.repeat(Math.max(left, 0)) + sv(h) + fill.repeat(Math.max(right, 0)));
  for (const name of ['center', 'ljust', 'rjust'] as const) {
    m(name, (a, kw) => {
      sig(name, a, kw, 1, 2, 'clinic');
      const width = indexArg(a[1]!);
      const fill = fillArg(a[2]);
      const len = cpLen(sv(a[0]!));
      if (len >= width) return unchanged(a[0]!);
      const marg = width - len;
      if (name === 'ljust') return pad(a[0]!, 0, marg, fill);
      if (name === 'rjust') return pad(a[0]!, marg, 0, fill);
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return pad(a[0]!, left, marg - left, fill);
    });
  }
  m('zfill', (a, kw) => {
    sig('zfill', a, kw, 1, 1, 'o');
    const width = indexArg(a[1]!);
    const s = sv(a[0]!);
    const fill = width - cpLen(s);
    if (fill <= 0) return unchanged(a[0]!);
    let out = '0'.repeat(fill) + s;
    if (s[0] === '+' || s[0] === '-') out = s[0] + '0'.repeat(fill) + s.slice(1);
    return fresh(out);
  });

  // strip/lstrip/rstrip(chars=None, /): do_strip / do_argstrip
  for (const [name, side] of [['strip', 0], ['lstrip', 1], ['rstrip', 2]] as const) {
    m(name, (a, kw) => {
      sig(name, a, kw, 0, 1, 'clinic');
      const h = a[1];
      let test: (c: number) => boolean = isSpace;
      if (h !== undefined && h !== I.None) {
        if (I.kind[h] !== K.Str) throw te(`${name} arg must be None or str`);
        const set = new Set(codePoints(sv(h)));
        test = (c) => set.has(c);
      }
      const cps = codePoints(sv(a[0]!));
      let i = 0;
      let j = cps.length;
      if (side !== 2) while (i < j && test(cps[i]!)) i++;
      if (side !== 1) while (j > i && test(cps[j - 1]!)) j--;
      if (i === 0 && j === cps.length) return unchanged(a[0]!);
      return I.newStr(String.fromCodePoint(...cps.slice(i, j)));
    });
  }

  m('replace', (a, kw) => {
    sig('replace', a, kw, 2, 3, 'clinic');
    const old = needStr(a[1]!, 'replace() argument 1 must be str');
    const neu = needStr(a[2]!, 'replace() argument 2 must be str');
    let count = a[3] !== undefined ? indexArg(a[3]) : -1;
    if (count < 0) count = Infinity;
    const s = sv(a[0]!);
    if (count === 0 || a[1] === a[2]) return unchanged(a[0]!);
    let out: string;
    let n = 0;
    if (old === '') {
      const cps = [...s];
      out = '';
      for (let i = 0; i <= cps.length; i++) {
        if (n < count) {
          out += neu;
          n++;
        }
        if (i < cps.length) out += cps[i];
      }
    } else {
      out = '';
      let i = 0;
      for (let j = s.indexOf(old); j >= 0 && n < count; j = s.indexOf(old, i)) {
        out += s.slice(i, j) + neu;
        i = j + old.length;
        n++;
      }
      out += s.slice(i);
    }
    return n === 0 ? unchanged(a[0]!) : fresh(out);
  });

  m('expandtabs', (a, kw) => {
    const [tabH] = kwArgs('expandtabs', a, kw, ['tabsize']);
    const tab = tabH === undefined ? 8 : indexArg(tabH);
    const s = sv(a[0]!);
    if (!s.includes('\t')) return unchanged(a[0]!);
    let out = '';
    let col = 0;
    for (const c of s) {
      if (c === '\t') {
        if (tab > 0) {
          const incr = tab - (col % tab);
          col += incr;
          out += ' '.repeat(incr);
        }
      } else {
        col++;
        out += c;
        if (c === '\n' || c === '\r') col = 0;
      }
    }
    return fresh(out);
  });

  for (const [name, atEnd] of [['removeprefix', false], ['removesuffix', true]] as const) {
    m(name, (a, kw) => {
      sig(name, a, kw, 1, 1, 'clinic');
      const s = sv(a[0]!);
      const p = needStr(a[1]!, `${name}() argument must be str`);
      if (p === '' || !(atEnd ? s.endsWith(p) : s.startsWith(p))) return unchanged(a[0]!);
      return I.newStr(atEnd ? s.slice(0, s.length - p.length) : s.slice(p.length));
    });
  }

  m('translate', (a, kw) => {
    sig('translate', a, kw, 1, 1, 'o');
    const table = a[1]!;
    let out = '';
    for (const c of sv(a[0]!)) {
      const key = I.newInt(c.codePointAt(0)!);
      let r: Handle;
      try {
        r = I.getitem(table, key);
      } catch (e) {
        if (e instanceof PyException && (e.pyType === 'LookupError' || e.pyType === 'KeyError' || e.pyType === 'IndexError')) {
          out += c;
          continue;
        }
        throw e;
      } finally {
        I.decref(key);
      }
      try {
        const k = I.kind[r];
        if (r === I.None) continue;
        if (k === K.Int || k === K.Bool) {
          const v = Number(I.pv[r] as PyIntValue);
          if (v < 0 || v > 0x10ffff) throw new PyException('ValueError', 'character mapping must be in range(0x110000)');
          out += String.fromCodePoint(v);
        } else if (k === K.Str) out += sv(r);
        else throw te('character mapping must return integer, None or str');
      } finally {
        I.decref(r);
      }
    }
    return I.newStr(out);
  });
}

/** str.maketrans(x, y=None, z=None, /): a static method, so it takes no self. */
export function strMaketrans(I: Interp, a: Handle[]): Handle {
  const { te, sv, sig } = strKit(I);
  sig('maketrans', [I.None, ...a], null, 1, 3, 'clinic');
  const d = I.newDict();
  try {
    const put = (k: number, v: Handle): void => {
      const kh = I.newInt(k);
      I.dictSet(d, kh, v);
      I.decref(kh);
      I.decref(v);
    };
    if (a.length === 1) {
      const x = a[0]!;
      if (I.kind[x] !== K.Dict) throw te('if you give only one argument to maketrans it must be a dict');
      const dd = I.dict(x);
      for (let i = 0; i < dd.keys.length; i++) {
        const k = dd.keys[i]!;
        const v = dd.vals[i]!;
        if (k < 0) continue;
        if (I.kind[k] === K.Str) {
          if (cpLen(sv(k)) !== 1) throw new PyException('ValueError', 'string keys in translate table must be of length 1');
          put(sv(k).codePointAt(0)!, I.incref(v));
        } else if (I.kind[k] === K.Int || I.kind[k] === K.Bool) {
          I.dictSet(d, k, v);
        } else throw te('keys in translate table must be strings or integers');
      }
      return d;
    }
    if (I.kind[a[0]!] !== K.Str) throw te('first maketrans argument must be a string if there is a second argument');
    if (I.kind[a[1]!] !== K.Str) throw te(`maketrans() argument 2 must be str, not ${I.ty[a[1]!].name}`);
    if (a.length > 2 && I.kind[a[2]!] !== K.Str) throw te(`maketrans() argument 3 must be str, not ${I.ty[a[2]!].name}`);
    const x = codePoints(sv(a[0]!));
    const y = codePoints(sv(a[1]!));
    if (x.length !== y.length) throw new PyException('ValueError', 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < x.length; i++) put(x[i]!, I.newInt(y[i]!));
    if (a.length > 2) for (const c of codePoints(sv(a[2]!))) put(c, I.incref(I.None));
    return d;
  } catch (e) {
    I.decref(d);
    throw e;
  }
}
