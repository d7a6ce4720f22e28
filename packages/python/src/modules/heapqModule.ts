// The heapq module: heappush/heappop/heapify/heapreplace/heappushpop as _heapq computes them
// (siftdown/siftup swapping list items in place, every comparison a `<`, the size check after
// each one), nsmallest/nlargest with heapq.py's results (n == 1, the sorted slice when n >= len,
// ties in input order) and merge as a lazy k-way merge of the iterables' heads.
// Mirrors Modules/_heapqmodule.c and Lib/heapq.py (nsmallest, nlargest, merge).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ListData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';

/** Creates the heapq module. */
export function installHeapq(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'heapq', true);
  const lt = (a: Handle, b: Handle): boolean => I.compareBool('<', a, b);
  const items = (h: Handle): Handle[] => (I.pv[h] as ListData).items;
  const heapArg = (h: Handle, name: string, single = false): Handle[] => {
    if (I.ty[h] !== I.tList && !I.ty[h].isSubtypeOf(I.tList)) throw te(`${name}() argument${single ? '' : ' 1'} must be list, not ${I.ty[h].name}`);
    return items(h);
  };
  const swap = (h: Handle, i: number, j: number): void => {
    const arr = items(h);
    const x = arr[i], y = arr[j];
    I.incref(x);
    I.incref(y);
    arr[i] = y;
    arr[j] = x;
    const k = I.mem.itemsDict(h) === -2 ? 0 : 1; // a list subclass instance keeps its dict in slot 0
    I.mem.rt.setSlot(h, i + k, y, true);
    I.mem.rt.setSlot(h, j + k, x, true);
  };
  const checkSize = (h: Handle, n: number): void => {
    if (items(h).length !== n) throw new PyException('RuntimeError', 'list changed size during iteration');
  };
  /** Follow the path to the root, moving parents down until newitem fits. */
  const siftdown = (h: Handle, start: number, pos: number): void => {
    const n = items(h).length;
    while (pos > start) {
      const parentpos = (pos - 1) >> 1;
      const arr = items(h);
      const newitem = I.incref(arr[pos]), parent = I.incref(arr[parentpos]);
      let c: boolean;
      try {
        c = lt(newitem, parent);
      } finally {
        I.decref(newitem);
        I.decref(parent);
      }
      checkSize(h, n);
      if (!c) break;
      swap(h, parentpos, pos);
      pos = parentpos;
    }
  };
  /** Bubble the smaller child up until hitting a leaf, then siftdown the item there. */
  const siftup = (h: Handle, pos: number): void => {
    const end = items(h).length;
    const start = pos;
    const limit = end >> 1;
    while (pos < limit) {
      let child = 2 * pos + 1;
      if (child + 1 < end) {
        const arr = items(h);
        const a = I.incref(arr[child]), b = I.incref(arr[child + 1]);
        let c: boolean;
        try {
          c = lt(a, b);
        } finally {
          I.decref(a);
          I.decref(b);
        }
        if (!c) child++;
        checkSize(h, end);
      }
      swap(h, child, pos);
      pos = child;
    }
    siftdown(h, start, pos);
  };
  const pop = (h: Handle): Handle => I.tList.methods.get('pop')!([h], null);
  const setItem0 = (h: Handle, v: Handle): void => {
    items(h)[0] = v;
    I.mem.setSlot(h, 0, v);
  };
  const two = (name: string, a: Handle[]): void => {
    if (a.length !== 2) throw te(`${name} expected 2 arguments, got ${a.length}`);
  };
  modFn(I, m, 'heappush', (a) => {
    two('heappush', a);
    heapArg(a[0], 'heappush');
    I.listAppend(a[0], a[1]);
    siftdown(a[0], 0, items(a[0]).length - 1);
    return I.none();
  });
  modFn(I, m, 'heappop', (a) => {
    if (a.length !== 1) throw te(`heappop() takes exactly one argument (${a.length} given)`);
    if (heapArg(a[0], 'heappop', true).length === 0) throw new PyException('IndexError', 'index out of range');
    const last = pop(a[0]);
    if (items(a[0]).length === 0) return last;
    const ret = I.incref(items(a[0])[0]);
    setItem0(a[0], last);
    I.decref(last);
    siftup(a[0], 0);
    return ret;
  });
  modFn(I, m, 'heapreplace', (a) => {
    two('heapreplace', a);
    if (heapArg(a[0], 'heapreplace').length === 0) throw new PyException('IndexError', 'index out of range');
    const ret = I.incref(items(a[0])[0]);
    setItem0(a[0], a[1]);
    siftup(a[0], 0);
    return ret;
  });
  modFn(I, m, 'heappushpop', (a) => {
    two('heappushpop', a);
    const arr = heapArg(a[0], 'heappushpop');
    if (arr.length === 0 || !lt(arr[0], a[1])) return I.incref(a[1]);
    if (items(a[0]).length === 0) throw new PyException('IndexError', 'index out of range');
    const ret = I.incref(items(a[0])[0]);
    setItem0(a[0], a[1]);
    siftup(a[0], 0);
    return ret;
  });
  modFn(I, m, 'heapify', (a) => {
    if (a.length !== 1) throw te(`heapify() takes exactly one argument (${a.length} given)`);
    const n = heapArg(a[0], 'heapify', true).length;
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(a[0], i);
    return I.none();
  });

  // nsmallest / nlargest: heapq.py's answers (the n best, ties in the order they came)
  const best = (largest: boolean) => (a: Handle[], kw: Map<string, Handle> | null): Handle => {
    const name = largest ? 'nlargest' : 'nsmallest';
    if (a.length < 2 || a.length > 3) throw te(`${name}() takes 2 positional arguments but ${a.length} were given`);
    const key = a[2] ?? kw?.get('key') ?? I.None;
    if (I.kind[a[0]] !== K.Int && I.kind[a[0]] !== K.Bool) throw te(`'${I.ty[a[0]].name}' object cannot be interpreted as an integer`);
    const n = Number(I.pv[a[0]]);
    const vals: Handle[] = [];
    const keys: Handle[] = [];
    const it = I.iter(a[1]);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        vals.push(x);
        keys.push(key === I.None ? I.incref(x) : I.call(I.incref(key), [I.incref(x)], null));
      }
      const order = vals.map((_, i) => i);
      // insertion sort keeps it stable with Python comparisons (`<` only)
      for (let i = 1; i < order.length; i++) {
        const cur = order[i];
        let j = i - 1;
        while (j >= 0 && (largest ? lt(keys[order[j]], keys[cur]) : lt(keys[cur], keys[order[j]]))) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = cur;
      }
      const picked = order.slice(0, Math.max(0, n)).map((i) => I.incref(vals[i]));
      // n >= len: a slice of sorted() (exact size); else a list comprehension (grown by appends)
      if (n >= vals.length || n === 1) return I.newList(picked);
      const out = I.newList([]);
      for (const x of picked) {
        I.listAppend(out, x);
        I.decref(x);
      }
      return out;
    } finally {
      I.decref(it);
      for (const x of vals) I.decref(x);
      for (const x of keys) I.decref(x);
    }
  };
  modFn(I, m, 'nsmallest', best(false));
  modFn(I, m, 'nlargest', best(true));

  // merge(*iterables, key=None, reverse=False): the smallest head next, ties to the earlier iterable
  const tMerge = newExtType(I, 'generator', K.Iter, { basicSize: 88, gc: true, weakrefable: true });
  interface MergeState { its: Handle[]; heads: Handle[]; keys: Handle[]; key: Handle; reverse: boolean; started: boolean }
  const mergeState = (h: Handle): MergeState => I.pv[h] as MergeState;
  const sync = (h: Handle): void => {
    const s = mergeState(h);
    I.mem.relayout(h, [...s.its, ...s.heads, ...s.keys, s.key]);
  };
  const advance = (s: MergeState, i: number): void => {
    const x = s.its[i] >= 0 ? I.next(s.its[i]) : -1;
    s.heads[i] = x;
    s.keys[i] = x < 0 ? -1 : s.key === I.None ? I.incref(x) : I.call(I.incref(s.key), [I.incref(x)], null);
  };
  tMerge.ext = {
    next: (h) => {
      const s = mergeState(h);
      if (!s.started) {
        s.started = true;
        for (let i = 0; i < s.its.length; i++) advance(s, i);
        sync(h);
        for (const x of [...s.heads, ...s.keys]) I.xdecref(x);
      }
      let b = -1;
      for (let i = 0; i < s.heads.length; i++) {
        if (s.heads[i] < 0) continue;
        if (b < 0 || (s.reverse ? lt(s.keys[b], s.keys[i]) : lt(s.keys[i], s.keys[b]))) b = i;
      }
      if (b < 0) return -1;
      const out = I.incref(s.heads[b]);
      const oldKey = I.incref(s.keys[b]);
      advance(s, b);
      sync(h);
      I.xdecref(s.heads[b]);
      I.xdecref(s.keys[b]);
      I.decref(oldKey);
      return out;
    },
  };
  modFn(I, m, 'merge', (a, kw) => {
    const its = a.map((x) => I.iter(x));
    const key = kw?.get('key') ?? I.None;
    const reverse = kw?.get('reverse');
    const st: MergeState = { its, heads: its.map(() => -1), keys: its.map(() => -1), key, reverse: reverse !== undefined && I.truthy(reverse), started: false };
    const h = I.alloc(tMerge, K.Iter, st, 0);
    sync(h);
    for (const x of its) I.decref(x);
    return h;
  });
  modVal(I, m, '__all__', I.newList(['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop'].map((s) => I.newStr(s))));
}
