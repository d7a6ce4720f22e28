// itertools' combinatoric iterators: product (a pools tuple of tuples, repeat= sharing them),
// permutations, combinations and combinations_with_replacement (a pool tuple). Each keeps one
// result tuple and rewrites it in place while nobody else holds it (refcount 1), else copies it
// first; the indices (and permutations' cycles) are a C array counted by __sizeof__.
// Mirrors Modules/itertoolsmodule.c (product_next, permutations_next, combinations_next, cwr_next).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { modVal } from './import.js';
import type { ItKit, ItState } from './itertoolsKit.js';

interface CombState extends ItState {
  /** slot 0: the pool (product: the pools tuple); slot 1: the result tuple or NULL. */
  indices: number[];
  cycles: number[];
  len: number;
  stopped: boolean;
}

/** Adds product, permutations, combinations and combinations_with_replacement to itertools `m`. */
export function installCombinatorics(I: Interp, m: Handle, k: ItKit): void {
  const { te } = argKit(I);
  const { type, make, st, take, setItem, ownResult } = k;
  const POOL = 0, RESULT = 1;
  const items = (h: Handle): Handle[] => I.pv[h] as Handle[];
  const rArg = (h: Handle | undefined, dflt: number): number => {
    if (h === undefined || h === I.None) {
      if (dflt < 0) throw te("combinations() missing required argument 'r' (pos 2)");
      return dflt;
    }
    if (I.kind[h] !== K.Int && I.kind[h] !== K.Bool) throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
    const r = Number(I.pv[h]);
    if (r < 0) throw new PyException('ValueError', 'r must be non-negative');
    return r;
  };
  const newComb = (t: ReturnType<typeof type>, pool: Handle, st0: Omit<CombState, 'r'>): Handle => {
    const h = make(t, st0, [pool, -1]);
    I.decref(pool);
    return h;
  };
  /** The first result: the pool items at `idx` (a new tuple the iterator keeps). */
  const firstResult = (h: Handle, pick: Handle[]): Handle => {
    const res = k.tupleOf(pick);
    take(h, RESULT, res);
    return I.incref(res);
  };
  /** The result tuple ready to rewrite (copied when shared; bpo-42536: tracked again if the GC untracked it). */
  const reuse = (h: Handle): Handle => {
    const res = ownResult(h, RESULT);
    if (!I.mem.isTracked(res)) I.mem.track(res);
    return res;
  };
  const sizeof = (basic: number, n: (s: CombState) => number) => (h: Handle) => basic + 8 * n(st<CombState>(h));

  // ------------------------------------------------------------------ product(*iterables, repeat=1)
  const tProduct = type('product', 48);
  I.constructors.set(tProduct, (_t, a, kw) => {
    let repeat = 1;
    if (kw) for (const [name, v] of kw) {
      if (name !== 'repeat') throw te(`'${name}' is an invalid keyword argument for product()`);
      if (I.kind[v] !== K.Int && I.kind[v] !== K.Bool) throw te(`'${I.ty[v].name}' object cannot be interpreted as an integer`);
      repeat = Number(I.pv[v]);
      if (repeat < 0) throw new PyException('ValueError', 'repeat argument cannot be negative');
    }
    const nargs = repeat === 0 ? 0 : a.length;
    const pools: Handle[] = [];
    try {
      for (let i = 0; i < nargs; i++) pools.push(k.asTuple(a[i]));
    } catch (e) {
      for (const p of pools) I.decref(p);
      throw e;
    }
    for (let i = nargs; i < nargs * repeat; i++) pools.push(I.incref(pools[i - nargs]));
    const n = pools.length;
    return newComb(tProduct, I.newTuple(pools), { indices: new Array<number>(n).fill(0), cycles: [], len: n, stopped: false });
  });
  tProduct.ext = {
    next: (h) => {
      const s = st<CombState>(h);
      if (s.stopped) return -1;
      const pools = items(s.r[POOL]);
      if (s.r[RESULT] < 0) {
        const res = I.newTuple(pools.map(() => -1));
        take(h, RESULT, res);
        for (let i = 0; i < pools.length; i++) {
          const pool = items(pools[i]);
          if (pool.length === 0) return (s.stopped = true), -1;
          setItem(res, i, pool[0]);
        }
        return I.incref(res);
      }
      const res = reuse(h);
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        const pool = items(pools[i]);
        s.indices[i]++;
        if (s.indices[i] === pool.length) {
          s.indices[i] = 0;
          setItem(res, i, pool[0]);
        } else {
          setItem(res, i, pool[s.indices[i]]);
          break;
        }
      }
      if (i < 0) return (s.stopped = true), -1;
      return I.incref(res);
    },
    sizeof: sizeof(48, (s) => s.len),
  };

  // ------------------------------------------------------------------ permutations(iterable, r=None)
  const tPerm = type('permutations', 64);
  I.constructors.set(tPerm, (_t, a, kw) => {
    if (a.length > 2) throw te(`permutations() takes at most 2 arguments (${a.length} given)`);
    const iterable = a[0] ?? kw?.get('iterable');
    if (iterable === undefined) throw te("permutations() missing required argument 'iterable' (pos 1)");
    const pool = k.asTuple(iterable);
    const n = items(pool).length;
    let r: number;
    try {
      r = rArg(a[1] ?? kw?.get('r'), n);
    } catch (e) {
      I.decref(pool);
      throw e;
    }
    return newComb(tPerm, pool, { indices: [...Array(n).keys()], cycles: [...Array(r).keys()].map((i) => n - i), len: r, stopped: r > n });
  });
  tPerm.ext = {
    next: (h) => {
      const s = st<CombState>(h);
      if (s.stopped) return -1;
      const pool = items(s.r[POOL]);
      const n = pool.length, r = s.len, ix = s.indices, cy = s.cycles;
      if (s.r[RESULT] < 0) return firstResult(h, ix.slice(0, r).map((i) => pool[i]));
      if (n === 0) return (s.stopped = true), -1;
      const res = reuse(h);
      let i = r - 1;
      for (; i >= 0; i--) {
        cy[i]--;
        if (cy[i] === 0) {
          const first = ix[i];
          for (let j = i; j < n - 1; j++) ix[j] = ix[j + 1];
          ix[n - 1] = first;
          cy[i] = n - i;
        } else {
          const j = cy[i];
          [ix[i], ix[n - j]] = [ix[n - j], ix[i]];
          for (let q = i; q < r; q++) setItem(res, q, pool[ix[q]]);
          break;
        }
      }
      if (i < 0) return (s.stopped = true), -1;
      return I.incref(res);
    },
    sizeof: sizeof(64, (s) => s.indices.length + s.cycles.length),
  };

  // ------------------------------------------------------------------ combinations / combinations_with_replacement
  const combType = (name: string, repl: boolean): void => {
    const t = type(name, 56);
    I.constructors.set(t, (_t, a, kw) => {
      if (a.length > 2) throw te(`${name}() takes at most 2 arguments (${a.length} given)`);
      const iterable = a[0] ?? kw?.get('iterable');
      if (iterable === undefined) throw te(`${name}() missing required argument 'iterable' (pos 1)`);
      const rh = a[1] ?? kw?.get('r');
      if (rh === undefined) throw te(`${name}() missing required argument 'r' (pos 2)`);
      const pool = k.asTuple(iterable);
      const n = items(pool).length;
      let r: number;
      try {
        r = rArg(rh, -1);
      } catch (e) {
        I.decref(pool);
        throw e;
      }
      const indices = repl ? new Array<number>(r).fill(0) : [...Array(r).keys()];
      return newComb(t, pool, { indices, cycles: [], len: r, stopped: repl ? n === 0 && r > 0 : r > n });
    });
    t.ext = {
      next: (h) => {
        const s = st<CombState>(h);
        if (s.stopped) return -1;
        const pool = items(s.r[POOL]);
        const n = pool.length, r = s.len, ix = s.indices;
        if (s.r[RESULT] < 0) return firstResult(h, ix.map((i) => pool[i]));
        const res = reuse(h);
        let i = r - 1;
        if (repl) {
          while (i >= 0 && ix[i] === n - 1) i--;
          if (i < 0) return (s.stopped = true), -1;
          const index = ix[i] + 1;
          for (; i < r; i++) {
            ix[i] = index;
            setItem(res, i, pool[index]);
          }
        } else {
          while (i >= 0 && ix[i] === i + n - r) i--;
          if (i < 0) return (s.stopped = true), -1;
          ix[i]++;
          for (let j = i + 1; j < r; j++) ix[j] = ix[j - 1] + 1;
          for (; i < r; i++) setItem(res, i, pool[ix[i]]);
        }
        return I.incref(res);
      },
      sizeof: sizeof(56, (s) => s.len),
    };
    modVal(I, m, name, I.incref(t.h));
  };
  combType('combinations', false);
  combType('combinations_with_replacement', true);
  modVal(I, m, 'product', I.incref(tProduct.h));
  modVal(I, m, 'permutations', I.incref(tPerm.h));
}
