// The itertools module's simple iterators: count (fast mode on a machine int with step 1, else
// the held long_cnt), cycle (its saved list), repeat, accumulate, chain (+from_iterable),
// compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap and zip_longest (its
// reused result tuple). Each holds what its C struct holds, in slots, and lets go of an
// exhausted source where the C code does a Py_CLEAR. Mirrors Modules/itertoolsmodule.c; groupby
// and tee are in itertoolsGroupTee.ts, the combinatoric iterators in itertoolsCombinatorics.ts.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ListData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modVal } from './import.js';
import { itKit, type ItState } from './itertoolsKit.js';
import { installGroupTee } from './itertoolsGroupTee.js';
import { installCombinatorics } from './itertoolsCombinatorics.js';

const SSIZE_MAX = 2 ** 63 - 1;

interface CountState extends ItState {
  /** The machine counter in fast mode; SSIZE_MAX in slow mode (slot 0 holds long_cnt then). */
  cnt: number;
}
interface FlagState extends ItState {
  flag: boolean;
}
interface IsliceState extends ItState {
  next: number;
  stop: number;
  step: number;
  cnt: number;
}

/** Creates the itertools module. */
export function installItertools(I: Interp): void {
  const { te } = argKit(I);
  const k = itKit(I);
  const { type, make, st, put, take, clear } = k;
  const m = newModule(I, 'itertools', true);
  const noKw = (name: string, kw: Map<string, Handle> | null): void => {
    if (kw && kw.size) throw te(`${name}() takes no keyword arguments`);
  };
  const nargs = (name: string, a: Handle[], min: number, max: number): void => {
    if (a.length < min || a.length > max) {
      if (min === max) throw te(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
      throw te(`${name} expected at ${a.length < min ? 'least' : 'most'} ${a.length < min ? min : max} argument${(a.length < min ? min : max) === 1 ? '' : 's'}, got ${a.length}`);
    }
  };
  const isInt = (h: Handle): boolean => I.kind[h] === K.Int || I.kind[h] === K.Bool;
  const next = (h: Handle, slot: number): Handle => {
    const it = st(h).r[slot];
    return it < 0 ? -1 : I.next(it);
  };

  // ------------------------------------------------------------------ count(start=0, step=1)
  const tCount = type('count', 40);
  I.constructors.set(tCount, (_t, a, kw) => {
    nargs('count', a, 0, 2);
    const start = a[0] ?? kw?.get('start');
    const step = a[1] ?? kw?.get('step');
    for (const x of [start, step]) {
      if (x !== undefined && I.real(x) === null) throw te('a number is required');
    }
    let slow = false;
    let cnt = 0;
    if (start !== undefined) {
      if (isInt(start) && Math.abs(Number(I.pv[start])) <= SSIZE_MAX) cnt = Number(I.pv[start]);
      else slow = true;
    }
    const stepH = step === undefined ? I.newInt(1) : I.incref(step);
    if (!isInt(stepH) || Number(I.pv[stepH]) !== 1) slow = true;
    const cntH = start === undefined ? I.newInt(0) : I.incref(start);
    const h = make<Omit<CountState, 'r'>>(tCount, { cnt: slow ? SSIZE_MAX : cnt }, [slow ? cntH : -1, stepH]);
    I.decref(cntH);
    I.decref(stepH);
    return h;
  });
  tCount.ext = {
    next: (h) => {
      const s = st<CountState>(h);
      if (s.cnt !== SSIZE_MAX) return I.newInt(s.cnt++);
      const cur = I.incref(s.r[0]);
      take(h, 0, I.binop('+', cur, s.r[1]));
      return cur;
    },
    repr: (h) => {
      const s = st<CountState>(h);
      if (s.cnt !== SSIZE_MAX) return `count(${s.cnt})`;
      const step = s.r[1];
      if (isInt(step) && Number(I.pv[step]) === 1) return `count(${I.repr(s.r[0])})`;
      return `count(${I.repr(s.r[0])}, ${I.repr(step)})`;
    },
  };

  // ------------------------------------------------------------------ cycle(iterable)
  const tCycle = type('cycle', 48);
  I.constructors.set(tCycle, (_t, a, kw) => {
    noKw('cycle', kw);
    nargs('cycle', a, 1, 1);
    const it = I.iter(a[0]);
    const saved = I.newList([]);
    const h = make(tCycle, { index: 0 }, [it, saved]);
    I.decref(it);
    I.decref(saved);
    return h;
  });
  tCycle.ext = {
    next: (h) => {
      const s = st<ItState & { index: number }>(h);
      if (s.r[0] >= 0) {
        const x = I.next(s.r[0]);
        if (x >= 0) {
          I.listAppend(s.r[1], x);
          return x;
        }
        clear(h, 0);
      }
      const saved = (I.pv[s.r[1]] as ListData).items;
      if (saved.length === 0) return -1;
      const x = saved[s.index++];
      if (s.index >= saved.length) s.index = 0;
      return I.incref(x);
    },
  };

  // ------------------------------------------------------------------ repeat(object[, times])
  const tRepeat = type('repeat', 32);
  I.constructors.set(tRepeat, (_t, a, kw) => {
    nargs('repeat', a, 1, 2);
    const obj = a[0] ?? kw?.get('object');
    if (obj === undefined) throw te("repeat() missing required argument 'object' (pos 1)");
    const times = a[1] ?? kw?.get('times');
    let cnt = -1;
    if (times !== undefined) {
      if (!isInt(times)) throw te(`'${I.ty[times].name}' object cannot be interpreted as an integer`);
      cnt = Math.max(0, Number(I.pv[times]));
    }
    return make(tRepeat, { cnt }, [obj]);
  });
  tRepeat.ext = {
    next: (h) => {
      const s = st<ItState & { cnt: number }>(h);
      if (s.cnt === 0) return -1;
      if (s.cnt > 0) s.cnt--;
      return I.incref(s.r[0]);
    },
    repr: (h) => {
      const s = st<ItState & { cnt: number }>(h);
      return s.cnt < 0 ? `repeat(${I.repr(s.r[0])})` : `repeat(${I.repr(s.r[0])}, ${s.cnt})`;
    },
    lengthHint: (h) => {
      const s = st<ItState & { cnt: number }>(h);
      if (s.cnt < 0) throw te('len() of unsized object');
      return s.cnt;
    },
  };

  // ------------------------------------------------------------------ accumulate(iterable, func=None, *, initial=None)
  const tAccumulate = type('accumulate', 48);
  I.constructors.set(tAccumulate, (_t, a, kw) => {
    nargs('accumulate', a, 1, 2);
    const func = a[1] ?? kw?.get('func');
    const initial = kw?.get('initial');
    const it = I.iter(a[0]);
    // slots: it, binop, total, initial
    const h = make(tAccumulate, {}, [it, func === undefined || func === I.None ? -1 : func, -1, initial ?? I.None]);
    I.decref(it);
    return h;
  });
  tAccumulate.ext = {
    next: (h) => {
      const s = st(h);
      if (s.r[3] !== I.None) {
        put(h, 2, s.r[3]);
        put(h, 3, I.None);
        return I.incref(s.r[2]);
      }
      const val = I.next(s.r[0]);
      if (val < 0) return -1;
      if (s.r[2] < 0) {
        put(h, 2, val);
        return val;
      }
      let total: Handle;
      try {
        total = s.r[1] < 0 ? I.binop('+', s.r[2], val) : I.call(I.incref(s.r[1]), [I.incref(s.r[2]), I.incref(val)], null);
      } finally {
        I.decref(val);
      }
      put(h, 2, total);
      return total;
    },
  };

  // ------------------------------------------------------------------ chain(*iterables), chain.from_iterable
  const tChain = type('chain', 32);
  // chain_new iterates its argument tuple: the constructor below makes that tuple itself
  tChain.tpCall = false;
  const newChain = (source: Handle): Handle => {
    const h = make(tChain, {}, [source, -1]);
    I.decref(source);
    return h;
  };
  I.constructors.set(tChain, (_t, a, kw) => {
    noKw('chain', kw);
    const args = k.tupleOf(a);
    const src = I.iter(args);
    I.decref(args);
    return newChain(src);
  });
  tChain.methods.set('from_iterable', (a) => {
    if (a.length !== 1) throw te(`chain.from_iterable() takes exactly one argument (${a.length} given)`);
    return newChain(I.iter(a[0]));
  });
  tChain.ext = {
    next: (h) => {
      const s = st(h);
      while (s.r[0] >= 0) {
        if (s.r[1] < 0) {
          const iterable = I.next(s.r[0]);
          if (iterable < 0) {
            clear(h, 0);
            return -1;
          }
          let active: Handle;
          try {
            active = I.iter(iterable);
          } catch (e) {
            clear(h, 0);
            throw e;
          } finally {
            I.decref(iterable);
          }
          take(h, 1, active);
        }
        const x = I.next(s.r[1]);
        if (x >= 0) return x;
        clear(h, 1);
      }
      return -1;
    },
  };

  // ------------------------------------------------------------------ compress(data, selectors)
  const tCompress = type('compress', 32);
  I.constructors.set(tCompress, (_t, a, kw) => {
    const data = a[0] ?? kw?.get('data');
    const sel = a[1] ?? kw?.get('selectors');
    if (data === undefined || sel === undefined) throw te(`compress() missing required argument '${data === undefined ? 'data' : 'selectors'}' (pos ${data === undefined ? 1 : 2})`);
    const d = I.iter(data);
    const s = I.iter(sel);
    const h = make(tCompress, {}, [d, s]);
    I.decref(d);
    I.decref(s);
    return h;
  });
  tCompress.ext = {
    next: (h) => {
      for (;;) {
        const datum = next(h, 0);
        if (datum < 0) return -1;
        const selector = next(h, 1);
        if (selector < 0) {
          I.decref(datum);
          return -1;
        }
        const ok = I.truthy(selector);
        I.decref(selector);
        if (ok) return datum;
        I.decref(datum);
      }
    },
  };

  // ------------------------------------------------------------------ dropwhile / takewhile / filterfalse
  const predicated = (name: string, size: number, step: (h: Handle, s: FlagState) => Handle): void => {
    const t = type(name, size);
    I.constructors.set(t, (_t, a, kw) => {
      noKw(name, kw);
      nargs(name, a, 2, 2);
      const it = I.iter(a[1]);
      const h = make(t, { flag: false }, [a[0], it]);
      I.decref(it);
      return h;
    });
    t.ext = { next: (h) => step(h, st<FlagState>(h)) };
    modVal(I, m, name, I.incref(t.h));
  };
  const test = (s: ItState, item: Handle): boolean => {
    const f = s.r[0];
    if (f === I.None || f === I.tBool.h) return I.truthy(item);
    const good = I.call(I.incref(f), [I.incref(item)], null);
    try {
      return I.truthy(good);
    } finally {
      I.decref(good);
    }
  };
  const guarded = (item: Handle, s: ItState): boolean => {
    try {
      return test(s, item);
    } catch (e) {
      I.decref(item);
      throw e;
    }
  };
  predicated('dropwhile', 40, (h, s) => {
    for (;;) {
      const item = next(h, 1);
      if (item < 0) return -1;
      if (s.flag) return item;
      if (!guarded(item, s)) {
        s.flag = true;
        return item;
      }
      I.decref(item);
    }
  });
  predicated('takewhile', 40, (h, s) => {
    if (s.flag) return -1;
    const item = next(h, 1);
    if (item < 0) return -1;
    if (guarded(item, s)) return item;
    I.decref(item);
    s.flag = true;
    return -1;
  });
  predicated('filterfalse', 32, (h, s) => {
    for (;;) {
      const item = next(h, 1);
      if (item < 0) return -1;
      if (!guarded(item, s)) return item;
      I.decref(item);
    }
  });

  // ------------------------------------------------------------------ islice(iterable, [start,] stop[, step])
  const tIslice = type('islice', 56);
  const index = (h: Handle, msg: string, allowNone = true): number => {
    if (allowNone && h === I.None) return -1;
    if (!isInt(h)) throw new PyException('ValueError', msg);
    const v = Number(I.pv[h]);
    if (v < 0) throw new PyException('ValueError', msg);
    return v;
  };
  I.constructors.set(tIslice, (_t, a, kw) => {
    noKw('islice', kw);
    nargs('islice', a, 2, 4);
    const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    let start = 0;
    let stop: number;
    let step = 1;
    if (a.length === 2) stop = index(a[1], stopMsg);
    else {
      start = Math.max(0, index(a[1], idxMsg));
      stop = index(a[2], stopMsg);
      if (a.length === 4 && a[3] !== I.None) {
        if (!isInt(a[3]) || Number(I.pv[a[3]]) <= 0) throw new PyException('ValueError', 'Step for islice() must be a positive integer or None.');
        step = Number(I.pv[a[3]]);
      }
    }
    const it = I.iter(a[0]);
    const h = make<Omit<IsliceState, 'r'>>(tIslice, { next: start, stop, step, cnt: 0 }, [it]);
    I.decref(it);
    return h;
  });
  tIslice.ext = {
    next: (h) => {
      const s = st<IsliceState>(h);
      if (s.r[0] < 0) return -1;
      while (s.cnt < s.next) {
        const x = I.next(s.r[0]);
        if (x < 0) return clear(h, 0), -1;
        I.decref(x);
        s.cnt++;
      }
      if (s.stop !== -1 && s.cnt >= s.stop) return clear(h, 0), -1;
      const x = I.next(s.r[0]);
      if (x < 0) return clear(h, 0), -1;
      s.cnt++;
      s.next += s.step;
      if (s.stop !== -1 && s.next > s.stop) s.next = s.stop;
      return x;
    },
  };

  // ------------------------------------------------------------------ pairwise(iterable)
  const tPairwise = type('pairwise', 32);
  I.constructors.set(tPairwise, (_t, a, kw) => {
    noKw('pairwise', kw);
    nargs('pairwise', a, 1, 1);
    const it = I.iter(a[0]);
    const h = make(tPairwise, {}, [it, -1]);
    I.decref(it);
    return h;
  });
  tPairwise.ext = {
    next: (h) => {
      const s = st(h);
      if (s.r[0] < 0) return -1;
      if (s.r[1] < 0) {
        const old = I.next(s.r[0]);
        if (old < 0) return clear(h, 0), -1;
        take(h, 1, old);
      }
      const nw = I.next(s.r[0]);
      if (nw < 0) {
        clear(h, 0);
        clear(h, 1);
        return -1;
      }
      const res = k.tupleOf([s.r[1], nw]);
      take(h, 1, nw);
      return res;
    },
  };

  // ------------------------------------------------------------------ starmap(function, iterable)
  const tStarmap = type('starmap', 32);
  I.constructors.set(tStarmap, (_t, a, kw) => {
    noKw('starmap', kw);
    nargs('starmap', a, 2, 2);
    const it = I.iter(a[1]);
    const h = make(tStarmap, {}, [a[0], it]);
    I.decref(it);
    return h;
  });
  tStarmap.ext = {
    next: (h) => {
      const s = st(h);
      const args0 = I.next(s.r[1]);
      if (args0 < 0) return -1;
      let args = args0;
      if (I.ty[args0] !== I.tTuple) {
        try {
          args = k.asTuple(args0);
        } finally {
          I.decref(args0);
        }
      }
      try {
        return I.call(I.incref(s.r[0]), (I.pv[args] as Handle[]).map((x) => I.incref(x)), null);
      } finally {
        I.decref(args);
      }
    },
  };

  // ------------------------------------------------------------------ zip_longest(*iterables, fillvalue=None)
  const tZipLongest = type('zip_longest', 56);
  I.constructors.set(tZipLongest, (_t, a, kw) => {
    let fill = I.None;
    if (kw) for (const [name, v] of kw) {
      if (name !== 'fillvalue') throw te('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
    const its: Handle[] = [];
    try {
      for (const x of a) its.push(I.iter(x));
    } catch (e) {
      for (const x of its) I.decref(x);
      throw e;
    }
    const ittuple = I.newTuple(its);
    const result = I.newTuple(a.map(() => I.none()));
    const h = make(tZipLongest, { active: a.length }, [ittuple, result, fill]);
    I.decref(ittuple);
    I.decref(result);
    return h;
  });
  tZipLongest.ext = {
    next: (h) => {
      const s = st<ItState & { active: number }>(h);
      const its = I.pv[s.r[0]] as Handle[];
      if (its.length === 0 || s.active === 0) return -1;
      const reuse = I.mem.refcount(s.r[1]) === 1;
      const items: Handle[] = [];
      for (let i = 0; i < its.length; i++) {
        let item: Handle;
        if (its[i] < 0) item = I.incref(s.r[2]);
        else {
          item = I.next(its[i]);
          if (item < 0) {
            s.active--;
            if (s.active === 0) {
              for (const x of items) I.decref(x);
              return -1;
            }
            item = I.incref(s.r[2]);
            const it = its[i];
            its[i] = -1;
            I.mem.setSlot(s.r[0], i, -1);
            void it;
          }
        }
        items.push(item);
      }
      if (!reuse) return I.newTuple(items);
      const res = I.incref(s.r[1]);
      for (let i = 0; i < items.length; i++) {
        k.setItem(res, i, items[i]);
        I.decref(items[i]);
      }
      if (!I.mem.isTracked(res)) I.mem.track(res);
      return res;
    },
  };

  for (const [name, t] of [['count', tCount], ['cycle', tCycle], ['repeat', tRepeat], ['accumulate', tAccumulate], ['chain', tChain], ['compress', tCompress], ['islice', tIslice], ['pairwise', tPairwise], ['starmap', tStarmap], ['zip_longest', tZipLongest]] as const) {
    modVal(I, m, name, I.incref(t.h));
  }
  installGroupTee(I, m, k);
  installCombinatorics(I, m, k);
}
