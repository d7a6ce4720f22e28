// functools._lru_cache_wrapper: the C object behind lru_cache and cache. Its cache is a real
// dict: key -> result when unbounded (maxsize None), key -> an _lru_list_elem link (holding key
// and result, not GC-tracked) kept in recency order when bounded; maxsize 0 caches nothing.
// Keys are made as lru_cache_make_key does (the lone int/str argument itself, else the call's
// argument tuple, else a new tuple with the kwd_mark and, when typed, the argument types).
// Mirrors Modules/_functoolsmodule.c (lru_cache_new, *_lru_cache_wrapper, lru_cache_make_key).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { modVal } from './import.js';
import { newExtType } from './extType.js';
import { structSeqType } from './structSeq.js';

/** The wrapper's slots, in the order of its tp_traverse (the heap type, its cache, func, kwd_mark, two types, the dict). */
const enum LruSlot {
  Type = 0,
  Cache = 1,
  Func = 2,
  KwdMark = 3,
  LinkType = 4,
  InfoType = 5,
  Dict = 6,
  Count = 7,
}

interface LruData {
  /** null: unbounded; 0: no caching. */
  maxsize: number | null;
  typed: boolean;
  hits: number;
  misses: number;
  /** Bounded caches: the links from least to most recently used (the root's ring). */
  order: Handle[];
}

/** Adds _lru_cache_wrapper and _CacheInfo to the functools module `m`. */
export function installLruCache(I: Interp, m: Handle): void {
  const { te } = argKit(I);
  const t: PyType = newExtType(I, 'functools._lru_cache_wrapper', K.Object, { basicSize: 152, gc: true, weakrefable: true });
  // _lru_list_elem: PyObject_HEAD, prev, next, hash, key, result (no GC)
  const tLink: PyType = newExtType(I, 'functools._lru_list_elem', K.Object, { basicSize: 56, gc: false, weakrefable: false });
  const cacheInfo = structSeqType(I, 'CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], 'always');
  const kwdMark = I.alloc(I.tObject, K.Object, {}, 0);
  const slot = (h: Handle, i: LruSlot): Handle => I.mem.rt.heap.slot(h, i);
  const data = (h: Handle): LruData => {
    if (I.ty[h] !== t) throw te(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${I.ty[h].name}'`);
    return I.pv[h] as LruData;
  };

  I.constructors.set(t, (_t, args, kw) => {
    if (kw?.size) throw te('_lru_cache_wrapper() takes no keyword arguments');
    if (args.length !== 4) throw te(`_lru_cache_wrapper expected 4 arguments, got ${args.length}`);
    const [fn, maxsizeH, typedH] = args;
    if (!I.callable(fn)) throw te('the first argument must be callable');
    let maxsize: number | null;
    if (maxsizeH === I.None) maxsize = null;
    else if (I.kind[maxsizeH] === K.Int || I.kind[maxsizeH] === K.Bool) maxsize = Math.max(0, Number(I.pv[maxsizeH]));
    else throw te('maxsize should be integer or None');
    const d: LruData = { maxsize, typed: I.truthy(typedH), hits: 0, misses: 0, order: [] };
    const h = I.alloc(t, K.Object, d, LruSlot.Count);
    I.mem.setSlot(h, LruSlot.Func, fn);
    I.mem.putSlot(h, LruSlot.Cache, I.newDict());
    I.mem.setSlot(h, LruSlot.KwdMark, kwdMark);
    I.mem.setSlot(h, LruSlot.Type, t.h);
    I.mem.setSlot(h, LruSlot.LinkType, tLink.h);
    I.mem.setSlot(h, LruSlot.InfoType, cacheInfo.type.h);
    return h;
  });

  /** The instance dict (update_wrapper's attributes), made on first use; borrowed. */
  const ownDict = (h: Handle): Handle => {
    let dict = slot(h, LruSlot.Dict);
    if (dict < 0) {
      dict = I.newDict();
      I.mem.putSlot(h, LruSlot.Dict, dict);
    }
    return dict;
  };

  /** lru_cache_make_key: a new reference to the key of a call with the argument tuple `args`. */
  const makeKey = (d: LruData, args: Handle, kw: Map<string, Handle> | null): Handle => {
    const items = I.pv[args] as Handle[];
    if (!d.typed && !kw?.size) {
      if (items.length === 1) {
        const only = items[0];
        if ((I.kind[only] === K.Int && I.ty[only] === I.tInt) || (I.kind[only] === K.Str && I.ty[only] === I.tStr)) return I.incref(only);
      }
      return I.incref(args);
    }
    const key: Handle[] = items.map((x) => I.incref(x));
    if (kw?.size) {
      key.push(I.incref(kwdMark));
      for (const [k, v] of kw) key.push(I.newStr(k), I.incref(v));
    }
    if (d.typed) {
      for (const x of items) key.push(I.incref(I.ty[x].h));
      if (kw) for (const v of kw.values()) key.push(I.incref(I.ty[v].h));
    }
    return I.newTuple(key);
  };

  const callFunc = (self: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle =>
    I.call(I.incref(slot(self, LruSlot.Func)), args.map((x) => I.incref(x)), kw && new Map([...kw].map(([k, v]) => [k, I.incref(v)])));

  t.ext = {
    call: (self, args, kw) => {
      const d = I.pv[self] as LruData;
      // tp_call: CALL packs the arguments into a tuple (and a dict for keywords)
      const packed = I.newTuple(args.map((x) => I.incref(x)));
      const kwDict = kw?.size ? I.newDict() : -1;
      if (kwDict >= 0) for (const [k, v] of kw!) I.dictSetStr(kwDict, k, v);
      try {
        if (d.maxsize === 0) {
          d.misses++;
          return callFunc(self, args, kw);
        }
        const cache = slot(self, LruSlot.Cache);
        const key = makeKey(d, packed, kw);
        try {
          const found = I.dictGet(cache, key);
          if (found >= 0) {
            d.hits++;
            if (d.maxsize === null) return I.incref(found);
            // move the link to the most recent end
            d.order.splice(d.order.indexOf(found), 1);
            d.order.push(found);
            return I.incref(I.mem.rt.heap.slot(found, 1));
          }
          d.misses++;
          const result = callFunc(self, args, kw);
          if (d.maxsize === null) {
            I.dictSet(cache, key, result);
            return result;
          }
          // the call may have cached this key itself (a recursive call): keep that entry
          if (I.dictGet(cache, key) >= 0) return result;
          if (I.dict(cache).used < d.maxsize || d.order.length === 0) {
            const link = I.alloc(tLink, K.Object, {}, 2);
            I.mem.setSlot(link, 0, key);
            I.mem.setSlot(link, 1, result);
            I.dictSet(cache, key, link);
            I.decref(link);
            d.order.push(link);
            return result;
          }
          // full: the oldest link leaves the cache and is reused for this call's key and result
          const link = d.order.shift()!;
          const oldKey = I.incref(I.mem.rt.heap.slot(link, 0));
          const popped = I.dictPop(cache, oldKey);
          I.mem.setSlot(link, 0, key);
          I.mem.setSlot(link, 1, result);
          d.order.push(link);
          I.dictSet(cache, key, link);
          I.decref(popped);
          I.decref(oldKey);
          return result;
        } finally {
          I.decref(key);
        }
      } finally {
        I.decref(packed);
        if (kwDict >= 0) I.decref(kwDict);
      }
    },
    getattr: (self, name) => {
      const dict = slot(self, LruSlot.Dict);
      if (name === '__dict__') return I.incref(ownDict(self));
      if (dict >= 0) {
        const v = I.dictGetStr(dict, name);
        if (v >= 0) return I.incref(v);
      }
      return -1;
    },
    setattr: (self, name, v) => {
      if (name === '__dict__') throw te('__dict__ must be set to a dictionary');
      const dict = ownDict(self);
      if (v >= 0) {
        I.dictSetStr(dict, name, v);
        return true;
      }
      const key = I.newStr(name);
      const ok = I.dictDel(dict, key);
      I.decref(key);
      if (!ok) throw new PyException('AttributeError', `'functools._lru_cache_wrapper' object has no attribute '${name}'`);
      return true;
    },
    bind: (self, obj) => I.newMethod(self, obj),
    repr: (self) => `<functools._lru_cache_wrapper object at ${I.addr(self)}>`,
  };
  t.methods.set('cache_info', (a) => {
    const d = data(a[0]);
    const cache = slot(a[0], LruSlot.Cache);
    return cacheInfo.make([I.newInt(d.hits), I.newInt(d.misses), d.maxsize === null ? I.none() : I.newInt(d.maxsize), I.newInt(I.dict(cache).used)]);
  });
  t.methods.set('cache_clear', (a) => {
    const d = data(a[0]);
    d.hits = d.misses = 0;
    // lru_cache_cache_clear: the ring is emptied, then the dict (which owns the links) is cleared
    d.order = [];
    I.dictClear(slot(a[0], LruSlot.Cache));
    return I.none();
  });
  modVal(I, m, '_lru_cache_wrapper', I.incref(t.h));
  modVal(I, m, '_CacheInfo', I.incref(cacheInfo.type.h));
  // kwdMark stays alive for the run, as the module state's kwd_mark does
}
