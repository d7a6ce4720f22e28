// The copy module: copy.copy and copy.deepcopy as Lib/copy.py runs them. Atomic objects come back
// as they are; list, dict, set and the collections dict types have copiers; deepcopy keeps its
// memo as CPython does, a real dict from id(original) to the copy, plus the keep-alive list stored
// under id(memo), so a memo passed in (or handed to a __deepcopy__) holds what CPython's would.
// Class instances go the __reduce_ex__(4) way: cls.__new__(cls), then the __dict__ (materialised on
// both sides, as object.__getstate__ and _reconstruct's y.__dict__.update do) and __slots__ state.
// Mirrors Lib/copy.py (copy, deepcopy, _deepcopy_list/_tuple/_dict, _reconstruct, _keep_alive).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type InstanceData, type ListData, type PyType, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { newModule, modFn } from './import.js';
import { newInstance } from '../objects/classObject.js';

/** Kinds copy.py's dispatch tables return unchanged (_copy_immutable / _deepcopy_atomic). */
const ATOMIC = new Set<K>([K.None, K.Bool, K.Int, K.Float, K.Complex, K.Str, K.Bytes, K.Range, K.Func, K.Builtin, K.Type,
  K.Ellipsis, K.NotImpl, K.Code, K.Weakref, K.Property, K.Slice]);

/** Creates the copy module. */
export function installCopy(I: Interp): void {
  const m = newModule(I, 'copy', true);
  const te = (msg: string) => new PyException('TypeError', msg);
  const exact = (h: Handle, t: PyType): boolean => I.ty[h] === t;
  /** A user class's own hook (a Python method along its MRO), borrowed, or -1. */
  const hook = (h: Handle, name: string): Handle => (I.ty[h].isHeap ? I.lookupClassAttr(I.ty[h], name) : -1);
  const callHook = (f: Handle, self: Handle, args: Handle[]): Handle => I.call(I.incref(f), [I.incref(self), ...args.map((a) => I.incref(a))], null);
  const cannot = (h: Handle): PyException => te(`cannot pickle '${I.ty[h].name}' object`);

  // ------------------------------------------------------------ memo
  const idKey = (h: Handle): Handle => I.newInt(I.mem.address(h));
  const memoGet = (memo: Handle, x: Handle): Handle => {
    const k = idKey(x);
    const v = I.dictGet(memo, k);
    I.decref(k);
    return v;
  };
  const memoSet = (memo: Handle, x: Handle, y: Handle): void => {
    const k = idKey(x);
    I.dictSet(memo, k, y);
    I.decref(k);
  };
  /** _keep_alive: memo[id(memo)] is a list of the originals, so their ids stay unique while memo lives. */
  const keepAlive = (memo: Handle, x: Handle): void => {
    const k = idKey(memo);
    let l = I.dictGet(memo, k);
    if (l < 0) {
      l = I.newList([I.incref(x)]);
      I.dictSet(memo, k, l);
      I.decref(l);
    } else if (I.kind[l] === K.List) I.listAppend(l, x);
    I.decref(k);
  };

  // ------------------------------------------------------------ instances (the __reduce_ex__ path)
  /** object.__getstate__: the __dict__ (None when empty), with the set __slots__ as a second dict. */
  const getState = (x: Handle): Handle => {
    const own = hook(x, '__getstate__');
    if (own >= 0) return callHook(own, x, []);
    const t = I.ty[x];
    const data = I.pv[x] as InstanceData;
    const hasAttrs = data.dict >= 0 ? (I.pv[data.dict] as DictData).used > 0 : (data.order?.length ?? 0) > 0;
    const state = hasAttrs ? I.getattr(x, '__dict__') : I.none();
    const slots = t.slotNames ?? [];
    const slotState = I.newDict();
    for (const name of slots) {
      const i = t.sharedKeys.get(name) ?? -1;
      const v = i >= 0 && i < data.vals.length ? data.vals[i] : -1;
      if (v >= 0) I.dictSetStr(slotState, name, v);
    }
    if ((I.pv[slotState] as DictData).used === 0) {
      I.decref(slotState);
      return state;
    }
    return I.newTuple([state, slotState]);
  };
  /** _reconstruct's state step: __setstate__, else the dict into y.__dict__ and the slot values by setattr. */
  const setState = (y: Handle, state: Handle): void => {
    const own = hook(y, '__setstate__');
    if (own >= 0) {
      I.decref(callHook(own, y, [state]));
      return;
    }
    let dictState = state;
    let slotState = -1;
    if (I.kind[state] === K.Tuple && (I.pv[state] as Handle[]).length === 2) [dictState, slotState] = I.pv[state] as Handle[];
    if (dictState !== I.None && I.truthy(dictState)) {
      const d = I.getattr(y, '__dict__');
      try {
        I.dictUpdate(d, dictState);
      } finally {
        I.decref(d);
      }
    }
    if (slotState >= 0 && slotState !== I.None && I.kind[slotState] === K.Dict) {
      const sd = I.pv[slotState] as DictData;
      for (let i = 0; i < sd.keys.length; i++) if (sd.keys[i] >= 0) I.setattr(y, I.pv[sd.keys[i]] as string, sd.vals[i]);
    }
  };
  /** copyreg.__newobj__(cls): cls.__new__(cls) without __init__. */
  const newObj = (t: PyType): Handle => {
    const nw = I.lookupClassAttr(t, '__new__');
    if (nw < 0) return newInstance(I, t);
    const f = I.getattr(t.h, '__new__');
    return I.call(f, [I.incref(t.h)], null);
  };
  const copyInstance = (x: Handle, memo: Handle): Handle => {
    const t = I.ty[x];
    const y = newObj(t);
    if (memo >= 0) memoSet(memo, x, y);
    try {
      let state = getState(x);
      try {
        if (state !== I.None && I.truthy(state)) {
          if (memo >= 0) {
            const deep = deepcopy(state, memo);
            I.decref(state);
            state = deep;
          }
          setState(y, state);
        }
      } finally {
        I.decref(state);
      }
    } catch (e) {
      I.decref(y);
      throw e;
    }
    return y;
  };

  // ------------------------------------------------------------ copy.copy
  const copy = (x: Handle): Handle => {
    const k = I.kind[x];
    if (ATOMIC.has(k) || (k === K.Tuple && exact(x, I.tTuple)) || (k === K.FrozenSet && exact(x, I.tFrozenSet))) return I.incref(x);
    const own = hook(x, '__copy__');
    if (own >= 0) return callHook(own, x, []);
    if (k === K.List && exact(x, I.tList)) return I.newList((I.pv[x] as ListData).items.map((v) => I.incref(v)));
    if (k === K.Dict && exact(x, I.tDict)) return I.dictCopy(x);
    if (k === K.Set && exact(x, I.tSet)) return I.call(I.getattr(x, 'copy'), [], null);
    if (k === K.ByteArray) return I.call(I.getattr(x, 'copy'), [], null);
    // the collections types: defaultdict's __copy__, OrderedDict's and Counter's reduce
    if (k === K.Dict && !I.ty[x].isHeap && I.ty[x].methods.has('copy')) return I.call(I.getattr(x, 'copy'), [], null);
    if (k === K.Object && I.ty[x].methods.has('__copy__')) return I.call(I.getattr(x, '__copy__'), [], null);
    if (k === K.Instance) return copyInstance(x, -1);
    throw cannot(x);
  };

  // ------------------------------------------------------------ copy.deepcopy
  // _deepcopy_dict: y[deepcopy(key)] = deepcopy(value) for each item of x, the items held while copied
  const deepcopyItems = (x: Handle, y: Handle, memo: Handle): void => {
    const d = I.pv[x] as DictData;
    const pairs: [Handle, Handle][] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0) pairs.push([I.incref(d.keys[i]), I.incref(d.vals[i])]);
    try {
      for (const [kk, vv] of pairs) {
        const ck = deepcopy(kk, memo);
        const cv = deepcopy(vv, memo);
        I.dictSet(y, ck, cv);
        I.decref(ck);
        I.decref(cv);
      }
    } finally {
      for (const [kk, vv] of pairs) {
        I.decref(kk);
        I.decref(vv);
      }
    }
  };
  const deepcopy = (x: Handle, memo: Handle): Handle => {
    const found = memoGet(memo, x);
    if (found >= 0) return I.incref(found);
    const k = I.kind[x];
    if (ATOMIC.has(k)) return I.incref(x);
    let y: Handle;
    if (k === K.List && exact(x, I.tList)) {
      // _deepcopy_list: the new list is in the memo before its items are copied
      y = I.newList([]);
      memoSet(memo, x, y);
      for (const v of (I.pv[x] as ListData).items.slice()) {
        const c = deepcopy(v, memo);
        I.listAppend(y, c);
        I.decref(c);
      }
    } else if (k === K.Tuple && exact(x, I.tTuple)) {
      // _deepcopy_tuple: the items first; a tuple whose items all came back as themselves is itself
      const items = I.pv[x] as Handle[];
      const copies = items.map((v) => deepcopy(v, memo));
      const again = memoGet(memo, x);
      if (again >= 0) {
        for (const c of copies) I.decref(c);
        return I.incref(again);
      }
      if (copies.every((c, i) => c === items[i])) {
        for (const c of copies) I.decref(c);
        return I.incref(x);
      }
      y = I.newTuple(copies);
    } else if (k === K.Dict && exact(x, I.tDict)) {
      y = I.newDict();
      memoSet(memo, x, y);
      deepcopyItems(x, y, memo);
    } else {
      const own = I.ty[x].isHeap ? hook(x, '__deepcopy__') : -1;
      if (own >= 0) y = callHook(own, x, [memo]);
      else if (k === K.Set || k === K.FrozenSet) {
        // set.__reduce__: (type, (list(self),)): the list is deep-copied, then the type called with it
        const items = (I.pv[x] as SetData).table.filter((v) => v >= 0);
        const l = I.newList(items.map((v) => I.incref(v)));
        let cl: Handle;
        try {
          cl = deepcopy(l, memo);
        } finally {
          I.decref(l);
        }
        y = I.callType(I.ty[x], [cl], null);
      } else if (k === K.Dict && !I.ty[x].isHeap && I.ty[x].methods.has('copy')) {
        // defaultdict / OrderedDict / Counter: an empty copy in the memo, then deep copies of the items
        y = I.call(I.getattr(x, 'copy'), [], null);
        I.dictClear(y);
        memoSet(memo, x, y);
        deepcopyItems(x, y, memo);
      } else if (k === K.Instance) y = copyInstance(x, memo);
      else throw cannot(x);
    }
    if (y !== x) {
      memoSet(memo, x, y);
      keepAlive(memo, x);
    }
    return y;
  };

  modFn(I, m, 'copy', (a) => {
    if (a.length !== 1) throw te(`copy() takes 1 positional argument but ${a.length} were given`);
    return copy(a[0]);
  });
  modFn(I, m, 'deepcopy', (a, kw) => {
    if (a.length < 1 || a.length > 2) throw te(`deepcopy() takes from 1 to 2 positional arguments but ${a.length} were given`);
    const given = a[1] ?? kw?.get('memo');
    const memo = given === undefined || given === I.None ? I.newDict() : I.incref(given);
    if (I.kind[memo] !== K.Dict) {
      I.decref(memo);
      throw new PyException('AttributeError', `'${I.ty[memo].name}' object has no attribute 'get'`);
    }
    try {
      return deepcopy(a[0], memo);
    } finally {
      I.decref(memo);
    }
  });
}
