// The bisect module: bisect_left/bisect_right (bisect) and insort_left/insort_right (insort) with
// lo/hi/key, each probe a `<` between an item (through key) and x, the insertion a list insert
// (or the sequence's own insert method). Mirrors Modules/_bisectmodule.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn } from './import.js';

/** Creates the bisect module. */
export function installBisect(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'bisect', true);
  const lt = (a: Handle, b: Handle): boolean => I.compareBool('<', a, b);
  const intOf = (h: Handle): number => {
    if (I.kind[h] !== K.Int && I.kind[h] !== K.Bool) throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
    return Number(I.pv[h]);
  };
  interface Args { a: Handle; x: Handle; lo: number; hi: number; key: Handle }
  const parse = (name: string, a: Handle[], kw: Map<string, Handle> | null): Args => {
    const names = ['a', 'x', 'lo', 'hi'];
    const got: (Handle | undefined)[] = a.slice(0, 4);
    if (a.length > 4) throw te(`${name}() takes at most 4 arguments (${a.length} given)`);
    let key = I.None;
    if (kw) for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (k === 'key') key = v;
      else if (i < 0) throw te(`'${k}' is an invalid keyword argument for ${name}()`);
      else if (got[i] !== undefined) throw te(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      else got[i] = v;
    }
    for (let i = 0; i < 2; i++) if (got[i] === undefined) throw te(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    const lo = got[2] === undefined ? 0 : intOf(got[2]);
    if (lo < 0) throw new PyException('ValueError', 'lo must be non-negative');
    const hi = got[3] === undefined || got[3] === I.None ? I.len(got[0]!) : intOf(got[3]);
    return { a: got[0]!, x: got[1]!, lo, hi, key };
  };
  /** The insertion point; `right`: after any equal items. `x` is compared as given (already keyed). */
  const search = (s: Args, x: Handle, right: boolean): number => {
    let { lo, hi } = s;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const idx = I.newInt(mid);
      let item: Handle;
      try {
        item = I.getitem(s.a, idx);
      } finally {
        I.decref(idx);
      }
      if (s.key !== I.None) item = I.call(I.incref(s.key), [item], null);
      let c: boolean;
      try {
        c = right ? lt(x, item) : lt(item, x);
      } finally {
        I.decref(item);
      }
      if (right) {
        if (c) hi = mid;
        else lo = mid + 1;
      } else if (c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const right of [false, true]) {
    const suffix = right ? 'right' : 'left';
    const bisect = (a: Handle[], kw: Map<string, Handle> | null): Handle => {
      const s = parse(`bisect_${suffix}`, a, kw);
      return I.newInt(search(s, s.x, right));
    };
    const insort = (a: Handle[], kw: Map<string, Handle> | null): Handle => {
      const s = parse(`insort_${suffix}`, a, kw);
      let i: number;
      if (s.key === I.None) i = search(s, s.x, right);
      else {
        const kx = I.call(I.incref(s.key), [I.incref(s.x)], null);
        try {
          i = search(s, kx, right);
        } finally {
          I.decref(kx);
        }
      }
      const idx = I.newInt(i);
      try {
        if (I.ty[s.a] === I.tList) I.tList.methods.get('insert')!([s.a, idx, s.x], null);
        else {
          const r = I.callMethod(I.incref(s.a), 'insert', [I.incref(idx), I.incref(s.x)], null);
          I.decref(r);
        }
      } finally {
        I.decref(idx);
      }
      return I.none();
    };
    modFn(I, m, `bisect_${suffix}`, bisect);
    modFn(I, m, `insort_${suffix}`, insort);
    if (right) {
      // bisect = bisect_right, insort = insort_right: the same function objects
      const d = (I.pv[m] as { dict: Handle }).dict;
      I.dictSetStr(d, 'bisect', I.dictGetStr(d, 'bisect_right'));
      I.dictSetStr(d, 'insort', I.dictGetStr(d, 'insort_right'));
    }
  }
}
