// collections.OrderedDict as 3.11's C implementation has it: a dict subtype (112 bytes) with a
// linked list of 32-byte nodes, each holding a reference to its key, and od_fast_nodes, an array
// of one pointer per slot of the dict's hash table (sized again whenever an operation finds the
// table changed, freed by clear()). Mirrors Objects/odictobject.c (odict_sizeof, odict_repr,
// odict_richcompare, odictiter_*). Start with installOrderedDict.
//
// The model: the dict's entries are kept in the OrderedDict's order (move_to_end moves the entry
// itself), so everything that walks the dict walks the list; the nodes are a non-GC holder object
// whose slots are the keys in that order (the second reference each key has) and whose buffers are
// the nodes and the fast-nodes array. The dict operations report each new and removed entry
// (ExtSlots.dictChanged) and the holder follows.
import { PyException } from '../../errors.js';
import type { Handle } from '../../mem.js';
import { BuiltinType } from '@pymem/object-model';
import { K, PyType, type DictData, type IterData } from '../../objects.js';
import type { Interp } from '../../interp.js';
import { keyError, keyErrorText } from '../../objects/exceptions.js';
import { newExtType } from '../extType.js';
import { newDictSubtype, withTpCallArgs } from './dictSubtype.js';

/** The node list of one OrderedDict: its keys in order, the fast-nodes size, od_state. */
interface Nodes {
  keys: Handle[];
  fast: number;
  state: number;
}

const NODE_BYTES = 32;

/** Builds the OrderedDict type (returned for the module table). */
export function installOrderedDict(I: Interp): PyType {
  const t = newDictSubtype(I, 'OrderedDict', { basicSize: 112, weakrefable: true, headSlot: true });
  const tNodes = newExtType(I, 'odict_nodes', K.Object, { basicSize: 16, gc: false, weakrefable: false });
  const tIter = newExtType(I, 'odict_iterator', K.Iter, { basicSize: 64, gc: true, weakrefable: false });
  const te = (msg: string) => new PyException('TypeError', msg);
  const views: PyType[] = ['keys', 'values', 'items'].map((w, i) => {
    const base = I.viewTypes[`dict_${w}`];
    const v = new PyType(`odict_${w}`, K.DictView, BuiltinType[`dict_${w}` as 'dict_keys'], I.mem.allocate(0, {}), base, false);
    I.setMeta(v.h, K.Type, I.tType, v);
    v.ext = { iter: (h) => newIter((I.pv[h] as { dict: Handle }).dict, i, false) };
    return v;
  });

  const isOD = (h: Handle): boolean => I.kind[h] === K.Dict && I.ty[h].isSubtypeOf(t);
  const check = (h: Handle, what: string): void => {
    if (!isOD(h)) throw te(`descriptor '${what}' for 'collections.OrderedDict' objects doesn't apply to a '${I.ty[h].name}' object`);
  };
  /** The holder in the head slot (made with the OrderedDict). */
  const holder = (h: Handle): Handle => I.mem.itemsDict(h);
  const nodes = (h: Handle): Nodes => I.pv[holder(h)] as Nodes;
  const tableSize = (h: Handle): number => {
    const log2 = (I.pv[h] as DictData).table.log2Size;
    return log2 ? 1 << log2 : 0;
  };
  const syncBuffers = (h: Handle, n: Nodes): void => {
    const hd = holder(h);
    I.mem.resizeBuffer(hd, 'fast_nodes', 8 * n.fast);
    I.mem.resizeBuffer(hd, 'nodes', NODE_BYTES * n.keys.length);
  };
  /** The holder's slots are exactly `keys` again (a node added, removed or moved). */
  const relink = (h: Handle, n: Nodes, keys: Handle[]): void => {
    n.keys = keys;
    n.state++;
    I.mem.relayout(holder(h), keys);
  };

  const newOD = (type: PyType = t): Handle => {
    const h = I.newDict(0, true, type);
    const n: Nodes = { keys: [], fast: 0, state: 0 };
    I.mem.putItemsDict(h, I.alloc(tNodes, K.Object, n, 0));
    return h;
  };
  /** PyODict_SetItem for each pair of `src` (mutablemapping_update: a mapping's keys, else pairs). */
  const update = (h: Handle, src: Handle): void => {
    if (I.kind[src] === K.Dict) {
      const d = I.pv[src] as DictData;
      const pairs: [Handle, Handle][] = [];
      for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0) pairs.push([I.incref(d.keys[i]), I.incref(d.vals[i])]);
      try {
        for (const [k, v] of pairs) I.dictSet(h, k, v);
      } finally {
        for (const [k, v] of pairs) {
          I.decref(k);
          I.decref(v);
        }
      }
      return;
    }
    I.dictUpdate(h, src);
  };
  const construct = (type: PyType, args: Handle[], kw: Map<string, Handle> | null): Handle => {
    if (args.length > 1) throw te(`expected at most 1 arguments, got ${args.length}`);
    const h = newOD(type);
    try {
      if (args.length) update(h, args[0]);
      if (kw) for (const [k, v] of kw) I.dictSetStr(h, k, v);
    } catch (e) {
      I.decref(h);
      throw e;
    }
    return h;
  };
  I.constructors.set(t, (type, args, kw) => withTpCallArgs(I, args, kw, () => construct(type, args, kw)));

  /** An odict_iterator over keys (0), values (1) or items (2), from either end. */
  const newIter = (od: Handle, what: number, reversed: boolean): Handle => {
    const n = nodes(od);
    const data: IterData & { state: number; rev: boolean } = { seq: od, i: 0, n: n.keys.length, what, state: n.state, rev: reversed };
    const it = I.alloc(tIter, K.Iter, data, 2);
    I.mem.setSlot(it, 0, od);
    // di_current: a reference to the key of the next node
    if (n.keys.length) I.mem.setSlot(it, 1, n.keys[reversed ? n.keys.length - 1 : 0]);
    if (what === 2) I.attachResultTuple(it, 2, 2);
    return it;
  };
  tIter.ext = {
    next: (it) => {
      const s = I.pv[it] as IterData & { state: number; rev: boolean };
      if (s.seq < 0) return -1;
      const n = nodes(s.seq);
      const done = (): Handle => {
        s.seq = -1;
        I.mem.setSlot(it, 0, -1);
        I.mem.setSlot(it, 1, -1);
        return -1;
      };
      if (s.i >= s.n!) return done();
      if (n.state !== s.state) {
        done();
        throw new PyException('RuntimeError', 'OrderedDict mutated during iteration');
      }
      if (n.keys.length !== s.n) {
        done();
        throw new PyException('RuntimeError', 'OrderedDict changed size during iteration');
      }
      const j = s.rev ? n.keys.length - 1 - s.i : s.i;
      s.i++;
      const key = n.keys[j];
      const nextKey = s.i < n.keys.length ? n.keys[s.rev ? n.keys.length - 1 - s.i : s.i] : -1;
      I.incref(key);
      I.mem.setSlot(it, 1, nextKey);
      if (s.what === 0) return key;
      const v = I.dictGet(s.seq, key);
      if (s.what === 1) {
        I.decref(key);
        return I.incref(v);
      }
      return I.resultTuple(it, [key, I.incref(v)]);
    },
  };

  t.ext = {
    dictChanged: (h, key, added) => {
      const hd = holder(h);
      if (hd < 0) return;
      const n = I.pv[hd] as Nodes;
      if (key < 0) {
        // odict_clear: the nodes and od_fast_nodes are freed
        relink(h, n, []);
        n.fast = 0;
      } else if (added) {
        I.mem.resizeSlots(hd, n.keys.length + 1);
        I.mem.setSlot(hd, n.keys.length, key);
        n.keys.push(key);
        n.state++;
        n.fast = tableSize(h);
      } else {
        const i = n.keys.indexOf(key);
        if (i >= 0) relink(h, n, [...n.keys.slice(0, i), ...n.keys.slice(i + 1)]);
        n.fast = tableSize(h);
      }
      syncBuffers(h, n);
    },
    headReferents: (h) => nodes(h).keys,
    sizeof: (h) => {
      const n = nodes(h);
      return (I.pv[h] as DictData).table.sizeof() - 16 + (112 - 48) + 8 * n.fast + NODE_BYTES * n.keys.length;
    },
    repr: (h) => {
      const name = I.ty[h].name;
      const n = nodes(h);
      if (!n.keys.length) return `${name}()`;
      return I.reprGuard(h, '...', () => {
        // odict_repr: a list of (key, value) tuples, and its repr
        const pairs = n.keys.map((k) => I.newTuple([I.incref(k), I.incref(I.dictGet(h, k))]));
        const l = I.newList(pairs);
        try {
          return `${name}(${I.reprNested(l)})`;
        } finally {
          I.decref(l);
        }
      });
    },
    eq: (a, b) => {
      // odict_richcompare: dict equality, then the keys in the same order
      if (!I.dictEq(a, b)) return false;
      const x = nodes(a).keys;
      const y = nodes(b).keys;
      return x.length === y.length && x.every((k, i) => k === y[i] || I.eq(k, y[i]));
    },
    iter: (h) => newIter(h, 0, false),
  };

  /** Moves entry `key` of the dict to one end, keeping the entries' table positions' count (no new entry). */
  const moveEntry = (h: Handle, key: Handle, last: boolean): void => {
    const d = I.pv[h] as DictData;
    const hk = I.hashKey(key);
    const at = d.idx.get(hk);
    if (at === undefined) throw keyError(I, key);
    const order: number[] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0 && i !== at) order.push(i);
    if (last) order.push(at);
    else order.unshift(at);
    const keys = order.map((i) => d.keys[i]);
    const vals = order.map((i) => d.vals[i]);
    // the holes stay at the end of the entries array, so the table's entry count is unchanged
    while (keys.length < d.keys.length) {
      keys.push(-1);
      vals.push(-1);
    }
    const flat: Handle[] = [];
    for (let i = 0; i < keys.length; i++) flat.push(keys[i], vals[i]);
    I.mem.relayout(h, flat);
    d.keys = keys;
    d.vals = vals;
    d.idx.clear();
    for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) d.idx.set(I.hashKey(keys[i]), i);
    const n = nodes(h);
    const moved = keys[last ? order.length - 1 : 0];
    const nk = n.keys.filter((k) => k !== moved);
    relink(h, n, last ? [...nk, moved] : [moved, ...nk]);
    n.fast = tableSize(h);
    syncBuffers(h, n);
  };
  const lastArg = (a: Handle[], kw: Map<string, Handle> | null, pos: number): boolean => {
    const v = a[pos] ?? kw?.get('last');
    return v === undefined ? true : I.truthy(v);
  };
  t.methods.set('move_to_end', (a, kw) => {
    check(a[0], 'move_to_end');
    if (a.length < 2) throw te("move_to_end() missing required argument 'key' (pos 1)");
    moveEntry(a[0], a[1], lastArg(a, kw, 2));
    return I.none();
  });
  t.methods.set('popitem', (a, kw) => {
    check(a[0], 'popitem');
    const n = nodes(a[0]);
    if (!n.keys.length) throw keyErrorText(I, 'dictionary is empty');
    const key = I.incref(n.keys[lastArg(a, kw, 1) ? n.keys.length - 1 : 0]);
    const v = I.dictPop(a[0], key);
    return I.newTuple([key, v]);
  });
  for (const [i, w] of ['keys', 'values', 'items'].entries()) {
    t.methods.set(w, (a) => {
      check(a[0], w);
      const v = I.alloc(views[i], K.DictView, { dict: a[0], what: i }, 1);
      I.mem.setSlot(v, 0, a[0]);
      return v;
    });
  }
  t.methods.set('__reversed__', (a) => (check(a[0], '__reversed__'), newIter(a[0], 0, true)));
  t.methods.set('update', (a, kw) => {
    check(a[0], 'update');
    if (a.length > 2) throw te(`update expected at most 1 argument, got ${a.length - 1}`);
    if (a.length > 1) update(a[0], a[1]);
    if (kw) for (const [k, v] of kw) I.dictSetStr(a[0], k, v);
    return I.none();
  });
  t.methods.set('copy', (a) => {
    check(a[0], 'copy');
    // odict_copy: type(od)() filled with PyODict_SetItem in order
    const r = newOD(I.ty[a[0]]);
    for (const k of nodes(a[0]).keys) I.dictSet(r, k, I.dictGet(a[0], k));
    return r;
  });
  // fromkeys as the class attribute (called on the class: the arguments are the iterable and value)
  t.methods.set('fromkeys', (a) => {
    if (a.length < 1 || a.length > 2) throw te(`fromkeys expected at least 1 argument, got ${a.length}`);
    const h = newOD();
    const keys = I.collect(a[0]);
    try {
      for (const k of keys) I.dictSet(h, k, a[1] ?? I.None);
    } finally {
      for (const k of keys) I.decref(k);
    }
    return h;
  });
  t.methods.set('__sizeof__', (a) => I.newInt(t.ext!.sizeof!(a[0])));
  t.methods.set('setdefault', (a, kw) => {
    check(a[0], 'setdefault');
    const key = a[1] ?? kw?.get('key');
    if (key === undefined) throw te("setdefault() missing required argument 'key' (pos 1)");
    const v = I.dictGet(a[0], key);
    if (v >= 0) return I.incref(v);
    const dv = a[2] ?? kw?.get('default') ?? I.None;
    I.dictSet(a[0], key, dv);
    return I.incref(dv);
  });
  t.methods.set('pop', (a, kw) => {
    check(a[0], 'pop');
    const v = I.dictPop(a[0], a[1]);
    if (v >= 0) return v;
    const dflt = a[2] ?? kw?.get('default');
    if (dflt !== undefined) return I.incref(dflt);
    throw keyError(I, a[1]);
  });
  return t;
}

