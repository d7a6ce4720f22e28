// itertools.groupby with its _grouper objects (the parent keeps a borrowed pointer to the live
// grouper, so an older grouper stops at once), and tee: _tee objects sharing a chain of
// _tee_dataobject links of 57 cached values each (LINKCELLS), copied through __copy__.
// Mirrors Modules/itertoolsmodule.c (groupby_next, _grouper_next, tee, teedataobject_getitem).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { modVal } from './import.js';
import type { ItKit, ItState } from './itertoolsKit.js';

const LINKCELLS = 57;

interface GroupbyState extends ItState {
  /** gbo->currgrouper: a borrowed pointer, never a reference. */
  grouper: Handle;
}
interface TeeDataState extends ItState {
  numread: number;
  running: boolean;
}

/** Adds groupby, _grouper, tee, _tee and _tee_dataobject to the itertools module `m`. */
export function installGroupTee(I: Interp, m: Handle, k: ItKit): void {
  const { te } = argKit(I);
  const { type, make, st, put, take, clear, same } = k;

  // ------------------------------------------------------------------ groupby(iterable, key=None)
  // groupby slots: it, keyfunc, tgtkey, currkey, currvalue; _grouper slots: parent, tgtkey
  const tGroupby = type('groupby', 64);
  const tGrouper = type('_grouper', 32);
  const IT = 0, KEYFUNC = 1, TGT = 2, CURRKEY = 3, CURRVAL = 4;
  I.constructors.set(tGroupby, (_t, a, kw) => {
    if (a.length > 2) throw te(`groupby() takes at most 2 arguments (${a.length} given)`);
    const iterable = a[0] ?? kw?.get('iterable');
    if (iterable === undefined) throw te("groupby() missing required argument 'iterable' (pos 1)");
    const key = a[1] ?? kw?.get('key') ?? I.None;
    const it = I.iter(iterable);
    const h = make(tGroupby, { grouper: -1 }, [it, key, -1, -1, -1]);
    I.decref(it);
    return h;
  });
  /** groupby_step: the next value and its key become currvalue/currkey; false at the end. */
  const step = (g: Handle): boolean => {
    const s = st<GroupbyState>(g);
    const value = I.next(s.r[IT]);
    if (value < 0) return false;
    let key: Handle;
    if (s.r[KEYFUNC] === I.None) key = I.incref(value);
    else {
      try {
        key = I.call(I.incref(s.r[KEYFUNC]), [I.incref(value)], null);
      } catch (e) {
        I.decref(value);
        throw e;
      }
    }
    take(g, CURRVAL, value);
    take(g, CURRKEY, key);
    return true;
  };
  tGroupby.ext = {
    next: (g) => {
      const s = st<GroupbyState>(g);
      s.grouper = -1;
      for (;;) {
        if (s.r[CURRKEY] >= 0) {
          if (s.r[TGT] < 0) break;
          if (!same(s.r[TGT], s.r[CURRKEY])) break;
        }
        if (!step(g)) return -1;
      }
      put(g, TGT, s.r[CURRKEY]);
      const grouper = make(tGrouper, {}, [g, s.r[TGT]]);
      s.grouper = grouper;
      const r = k.tupleOf([s.r[CURRKEY], grouper]);
      I.decref(grouper);
      return r;
    },
  };
  tGrouper.ext = {
    next: (h) => {
      const g = st(h).r[0];
      const s = st<GroupbyState>(g);
      if (s.grouper !== h) return -1;
      if (s.r[CURRVAL] < 0 && !step(g)) return -1;
      if (!same(st(h).r[1], s.r[CURRKEY])) return -1;
      const r = I.incref(s.r[CURRVAL]);
      clear(g, CURRVAL);
      clear(g, CURRKEY);
      return r;
    },
  };

  // ------------------------------------------------------------------ tee(iterable, n=2)
  // _tee_dataobject slots: it, nextlink, values[0..56]; _tee slots: dataobj
  const tTeeData = type('_tee_dataobject', 496);
  const tTee = type('_tee', 40, true);
  const newData = (it: Handle): Handle => make<Omit<TeeDataState, 'r'>>(tTeeData, { numread: 0, running: false }, [it, -1, ...new Array<Handle>(LINKCELLS).fill(-1)]);
  const newTee = (data: Handle, index: number): Handle => make(tTee, { index }, [data]);
  const teeCopy = (h: Handle): Handle => newTee(st(h).r[0], st<ItState & { index: number }>(h).index);
  const getItem = (d: Handle, i: number): Handle => {
    const s = st<TeeDataState>(d);
    if (i < s.numread) return I.incref(s.r[2 + i]);
    if (s.running) throw new PyException('RuntimeError', 'cannot re-enter the tee iterator');
    s.running = true;
    let v: Handle;
    try {
      v = I.next(s.r[0]);
    } finally {
      s.running = false;
    }
    if (v < 0) return -1;
    s.numread++;
    take(d, 2 + i, v);
    return I.incref(v);
  };
  tTee.ext = {
    next: (h) => {
      const s = st<ItState & { index: number }>(h);
      if (s.index >= LINKCELLS) {
        const d = st<TeeDataState>(s.r[0]);
        if (d.r[1] < 0) take(s.r[0], 1, newData(d.r[0]));
        put(h, 0, d.r[1]);
        s.index = 0;
      }
      const v = getItem(s.r[0], s.index);
      if (v >= 0) s.index++;
      return v;
    },
  };
  tTee.methods.set('__copy__', (a) => teeCopy(a[0]));
  const fromIterable = (iterable: Handle): Handle => {
    const it = I.iter(iterable);
    try {
      if (I.ty[it] === tTee) return teeCopy(it);
      const d = newData(it);
      const h = newTee(d, 0);
      I.decref(d);
      return h;
    } finally {
      I.decref(it);
    }
  };
  I.constructors.set(tTee, (_t, a) => {
    if (a.length !== 1) throw te(`_tee expected 1 argument, got ${a.length}`);
    return fromIterable(a[0]);
  });
  const tee = I.newBuiltin('tee', (a) => {
    if (a.length < 1 || a.length > 2) throw te(`tee expected at ${a.length < 1 ? 'least 1' : 'most 2'} argument${a.length < 1 ? '' : 's'}, got ${a.length}`);
    let n = 2;
    if (a.length > 1) {
      if (!Number.isFinite(Number(I.pv[a[1]])) || typeof I.pv[a[1]] === 'object') throw te(`'${I.ty[a[1]].name}' object cannot be interpreted as an integer`);
      n = Number(I.pv[a[1]]);
    }
    if (n < 0) throw new PyException('ValueError', 'n must be >= 0');
    if (n === 0) return I.newTuple([]);
    // the iterator itself when it can be copied (a _tee), else a _tee over it
    const it = I.iter(a[0]);
    let first = it;
    if (I.ty[it] !== tTee) {
      const d = newData(it);
      I.decref(it);
      first = newTee(d, 0);
      I.decref(d);
    }
    const items = [first];
    for (let i = 1; i < n; i++) items.push(teeCopy(first));
    return I.newTuple(items);
  }, m);
  modVal(I, m, 'tee', tee);
  for (const [name, t] of [['groupby', tGroupby], ['_grouper', tGrouper], ['_tee', tTee], ['_tee_dataobject', tTeeData]] as const) {
    modVal(I, m, name, I.incref(t.h));
  }
}
