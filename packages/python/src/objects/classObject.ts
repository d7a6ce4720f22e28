// Class statements and their instances: type_new with the objects CPython makes for a class (the
// copied type dict, the bases and MRO tuples, member and getset descriptors, the weak reference in
// each base's tp_subclasses, __set_name__ and __init_subclass__), the layout (slot members along
// the bases, the managed dict and weakref slot, shared keys) and object creation with __init__.
// Mirrors Objects/typeobject.c (type_new_impl, type_ready, add_subclass, type_dealloc, object_new).
import { normInt } from '../numbers.js';
import { BuiltinType, createSharedKeys, instanceValuesBytes, sizeofHeapType, typePreHeaderSize, type TypeInfo } from '@pymem/object-model';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, PyType, type DictData, type InstanceData, type WeakrefData } from '../objects.js';
import type { Interp } from '../interp.js';
import { markAttribute } from '../markers.js';
import type { Kw } from '../getargs.js';
import { bestBase, computeMro } from './mro.js';
import { installDescrMethods, newDescriptor } from './descrObject.js';
import { callSuper } from './superObject.js';
import { attrHooksOf, isUserDescriptor } from './typeAttrs.js';
import { classHashKind, installUserHash } from './userHash.js';
import { builtinBaseOf, installBuiltinNews, newFromBase, subclassableBase } from './builtinSubclass.js';
import { builtinExcBase } from './exceptions.js';
import { calculateMetaclass, installTypeMethods } from './metaclass.js';

/** Slots of a heap type object, in type_traverse's order. */
export const enum TypeSlot {
  Dict = 0,
  Mro = 1,
  Bases = 2,
  Base = 3,
}

/** Heap-type state that only the class machinery needs. */
interface HeapTypeExtra {
  /** ht_slots: the sorted `__slots__` names tuple (not traversed), or -1. */
  slotsTuple: Handle;
  /** The int key of this type in its bases' tp_subclasses dicts. */
  key: number;
}
const extra = new WeakMap<PyType, HeapTypeExtra>();

/** Sets I.makeClass, I.typeFreed and the subclass registry of `object`. */
export function installClassMachinery(I: Interp): void {
  const te = (msg: string) => new PyException('TypeError', msg);
  // object's tp_subclasses exists before any program runs
  I.tObject.subclasses = I.newDict();
  installDescrMethods(I);
  I.builtins.set('super', I.tSuper.h);
  I.constructors.set(I.tSuper, (_t, args) => callSuper(I, args));
  installObjectMethods(I);
  installUserHash(I);
  installBuiltinNews(I);
  I.builtins.set('NotImplemented', I.NotImplemented);
  I.builtins.set('Ellipsis', I.Ellipsis);

  installTypeMethods(I);

  I.makeClass = (name, qualname, basesTuple, ns, kw, metaGiven) => {
    const baseHs = I.pv[basesTuple] as Handle[];
    for (const b of baseHs) if (I.kind[b] !== K.Type) throw te('bases must be types');
    // type_new_get_bases: the most derived metaclass of the given one and the bases' types
    const meta = calculateMetaclass(I, metaGiven ?? I.tType, baseHs);
    const given = baseHs.map((b) => I.pv[b] as PyType);
    for (const b of given) {
      if (!b.isHeap && b !== I.tObject && b.kind !== K.Exception && !subclassableBase(I, b)) {
        throw new PyException('NotImplementedError', `pymem does not support subclassing the builtin type '${b.name}'`);
      }
    }
    // type_new_get_bases: no bases means (object,), a fresh tuple
    const bases = given.length ? given : [I.tObject];
    const bt = given.length ? I.incref(basesTuple) : I.newTuple([I.incref(I.tObject.h)]);
    let base: PyType;
    try {
      base = bases.length === 1 ? bases[0]! : bestBase(bases);
    } catch (e) {
      I.decref(bt);
      throw e;
    }
    const nd = I.pv[ns] as DictData;
    const slotsAt = nd.idx.get('s__slots__');
    let slots: string[] | undefined;
    if (slotsAt !== undefined) {
      const sv = nd.vals[slotsAt];
      const items = I.kind[sv] === K.Str ? [sv] : I.collect(sv);
      slots = items.map((x) => I.pv[x] as string);
      if (I.kind[sv] !== K.Str) for (const x of items) I.decref(x);
    }
    const hasDel = nd.idx.has('s__del__') || bases.some((b) => b.isHeap && b.hasDel);
    // a builtin base's layout: a dict pointer always, a weakref pointer only when it has no items
    // an exception subclass keeps BaseException's struct (its own __dict__ pointer, no managed dict)
    const isExc = base.kind === K.Exception;
    const builtinBase = isExc ? null : base.isHeap ? builtinBaseOf(I, base) : base === I.tObject ? null : base;
    const builtinInfo = builtinBase ? I.mem.rt.types.get(builtinBase.typeId) : null;
    // a metaclass: type's layout already has the dict and weakref pointers
    const typeBase = builtinBase === I.tType;
    if (builtinInfo && slots !== undefined && slots.length > 0) {
      I.decref(bt);
      throw new PyException('NotImplementedError', `pymem does not support __slots__ in subclasses of '${builtinBase!.name}'`);
    }
    // the type dict: a copy of the namespace without __qualname__ (type_new_set_module adds __module__)
    const dict = I.newDict();
    for (let i = 0; i < nd.keys.length; i++) {
      const k = nd.keys[i];
      if (k < 0 || (I.kind[k] === K.Str && I.pv[k] === '__qualname__')) continue;
      I.dictSet(dict, k, nd.vals[i]);
    }
    if (I.dictGetStr(dict, '__module__') < 0) I.dictSetStr(dict, '__module__', I.mainName);
    // layout: slot members add up along the best base; __dict__ / __weakref__ come from the
    // first class in the chain without __slots__ (or naming them)
    const baseMembers = base.isHeap ? base.slotNames ?? [] : [];
    const baseDict = typeBase || bases.some((b) => b.isHeap && b.managedDict);
    const baseWeak = typeBase || bases.some((b) => b.isHeap && b.weakrefable) || (builtinInfo !== null && (builtinInfo.weakrefable || builtinInfo.itemSize !== 0));
    const own = slots ?? [];
    const ownMembers = own.filter((x) => x !== '__dict__' && x !== '__weakref__').sort();
    const members = [...baseMembers, ...ownMembers];
    const hasDict = !isExc && !typeBase && (slots === undefined || baseDict || own.includes('__dict__'));
    const hasWeak = slots === undefined || baseWeak || own.includes('__weakref__');
    const addsDict = hasDict && !baseDict;
    const addsWeak = hasWeak && !baseWeak;
    // Py_TPFLAGS_MANAGED_DICT (a dict and a base without items) gets ht_cached_keys, __slots__ or not
    const shared = hasDict && (builtinInfo === null || builtinInfo.itemSize === 0);
    // the class object: a heap type (GC) holding its dict, MRO, bases and base
    const typeH = I.mem.allocate(meta === I.tType ? BuiltinType.type : meta.typeId, { slots: 4, size: sizeofHeapType(hasDict && (builtinInfo === null || builtinInfo.itemSize === 0)) });
    const t = new PyType(name, isExc ? K.Exception : K.Instance, 0, typeH, base, true);
    I.setMeta(typeH, K.Type, meta, t);
    t.qualname = qualname;
    t.bases = bases;
    t.dict = dict;
    I.mem.putSlot(typeH, TypeSlot.Dict, dict);
    I.mem.putSlot(typeH, TypeSlot.Bases, bt);
    I.mem.setSlot(typeH, TypeSlot.Base, base.h);
    t.hasDel = hasDel;
    t.addsMembers = ownMembers.length > 0;
    t.slotNames = slots === undefined && baseMembers.length === 0 ? null : members;
    t.managedDict = hasDict;
    t.weakrefable = hasWeak;
    if (shared) t.shared = createSharedKeys();
    for (const m of members) {
      if (!t.sharedKeys.has(m)) {
        t.sharedKeys.set(m, t.keyNames.length);
        t.keyNames.push(m);
      }
    }
    const ex: HeapTypeExtra = { slotsTuple: -1, key: I.mem.address(typeH) };
    extra.set(t, ex);
    if (slots !== undefined) {
      // type_new_copy_slots: the names go through a list, sorted, then a tuple (ht_slots)
      const l = I.newList(ownMembers.map((m) => I.internStr(m)));
      ex.slotsTuple = I.newTuple((I.pv[l] as { items: Handle[] }).items.map((x) => I.incref(x)));
      I.decref(l);
    }
    try {
      // PyType_Ready: the MRO (a list first when there are several bases), then the descriptors
      if (meta !== I.tType && bases.length === 1) {
        // mro_invoke: a metaclass's type.mro() makes the tuple, then a list of it, then a tuple of that
        const mro = computeMro(t, bases);
        t.mro = mro;
        const first = I.newTuple(mro.map((c) => I.incref(c.h)));
        const l = I.newList((I.pv[first] as Handle[]).map((x) => I.incref(x)));
        I.decref(first);
        I.mem.putSlot(typeH, TypeSlot.Mro, I.newTuple((I.pv[l] as { items: Handle[] }).items.map((x) => I.incref(x))));
        I.decref(l);
      } else if (bases.length > 1) {
        const mro = computeMro(t, bases);
        const l = I.newList(mro.map((c) => I.incref(c.h)));
        t.mro = mro;
        I.mem.putSlot(typeH, TypeSlot.Mro, I.newTuple((I.pv[l] as { items: Handle[] }).items.map((x) => I.incref(x))));
        I.decref(l);
      } else {
        t.mro = computeMro(t, bases);
        I.mem.putSlot(typeH, TypeSlot.Mro, I.newTuple(t.mro.map((c) => I.incref(c.h))));
      }
    } catch (e) {
      I.decref(typeH);
      throw e;
    }
    t.attrHooks = attrHooksOf(I, t);
    if (!I.userDescriptors) {
      const dd = I.pv[dict] as DictData;
      for (let i = 0; i < dd.vals.length; i++) if (dd.keys[i] >= 0 && isUserDescriptor(I, dd.vals[i])) I.userDescriptors = true;
    }
    for (const m of ownMembers) putDescr(I, dict, newDescriptor(I, I.tMember, m, t));
    if (addsDict) putDescr(I, dict, newDescriptor(I, I.tGetset, '__dict__', t));
    if (addsWeak) putDescr(I, dict, newDescriptor(I, I.tGetset, '__weakref__', t));
    if (I.dictGetStr(dict, '__doc__') < 0) I.dictSetStr(dict, '__doc__', I.None);
    if (I.dictGetStr(dict, '__eq__') >= 0 && I.dictGetStr(dict, '__hash__') < 0) I.dictSetStr(dict, '__hash__', I.None);
    t.userHash = classHashKind(I, t) !== 'identity';
    for (const b of bases) addSubclass(I, b, t, ex.key);
    const spec: { name: string; hasFinalizer: boolean; typeObject: Handle; slots?: string[]; base?: TypeInfo; baseBasicSize?: number; baseHasDict?: boolean } = {
      name, hasFinalizer: hasDel, typeObject: typeH,
    };
    if (builtinInfo) spec.base = builtinInfo;
    if (typeBase) spec.baseHasDict = true;
    if (isExc) {
      spec.baseBasicSize = I.mem.rt.types.get(builtinExcBase(base).typeId).basicSize;
      spec.baseHasDict = true;
    }
    if (t.slotNames !== null) spec.slots = [...members, ...(hasDict ? ['__dict__'] : []), ...(hasWeak ? ['__weakref__'] : [])];
    t.typeId = I.mem.registerClass(spec);
    if (hasDict && builtinBase !== null && !typeBase && builtinBase !== I.tInt && builtinBase !== I.tStr) I.mem.shiftItems(t.typeId);
    if (I.markStatements) t.keyNames.forEach((k, i) => markAttribute(I, t, i, k));
    try {
      setNames(I, t);
      initSubclass(I, t, kw);
    } catch (e) {
      I.decref(typeH);
      throw e;
    }
    return typeH;
  };

  /** type_dealloc's part outside the slots: remove_all_subclasses, tp_subclasses, ht_slots. */
  I.typeFreed = (t) => {
    const ex = extra.get(t);
    if (!ex) return;
    extra.delete(t);
    for (const b of t.bases) {
      if (b.subclasses < 0) continue;
      const key = I.newInt(ex.key);
      I.dictDel(b.subclasses, key);
      I.decref(key);
      // remove_subclass deletes an emptied dict (a builtin's always holds the start-up subclasses too)
      if (b.isHeap && (I.pv[b.subclasses] as DictData).used === 0) {
        I.decref(b.subclasses);
        b.subclasses = -1;
      }
    }
    if (t.subclasses >= 0) I.decref(t.subclasses);
    t.subclasses = -1;
    if (ex.slotsTuple >= 0) I.decref(ex.slotsTuple);
  };
}

/** object's methods that classes reach through their MRO (object.__new__, __init__, __setattr__...). */
function installObjectMethods(I: Interp): void {
  const O = I.tObject.methods;
  const name = (h: Handle): string => {
    if (I.kind[h] !== K.Str) throw new PyException('TypeError', `attribute name must be string, not '${I.ty[h].name}'`);
    return I.pv[h] as string;
  };
  O.set('__new__', (a) => {
    if (!a.length || I.kind[a[0]] !== K.Type) throw new PyException('TypeError', 'object.__new__(X): X is not a type object');
    const t = I.pv[a[0]] as PyType;
    if (!t.isHeap) return I.alloc(I.tObject, K.Object, null);
    return newInstance(I, t);
  });
  O.set('__init__', () => I.none());
  O.set('__hash__', (a) => I.newInt(I.kind[a[0]] === K.Instance ? I.pointerHash(a[0]) : normInt(I.hashExact(a[0]))));
  O.set('__init_subclass__', () => I.none());
  O.set('__getattribute__', (a) => I.genericGetattr(a[0], name(a[1])));
  O.set('__setattr__', (a) => {
    I.genericSetattr(a[0], name(a[1]), a[2]);
    return I.none();
  });
  O.set('__delattr__', (a) => {
    I.genericDelattr(a[0], name(a[1]));
    return I.none();
  });
  // object_repr, object_str (tp_repr: a user __repr__), object_richcompare, object___format__
  O.set('__repr__', (a) => I.newStr(I.objectRepr(a[0])));
  O.set('__str__', (a) => I.newStr(I.repr(a[0])));
  O.set('__eq__', (a) => I.incref(a[0] === a[1] ? I.True : I.NotImplemented));
  O.set('__ne__', (a) => {
    // the inverse of the type's own __eq__, unless that is NotImplemented
    const f = I.kind[a[0]] === K.Instance ? I.lookupClassAttr(I.ty[a[0]], '__eq__') : -1;
    const r = f >= 0 ? I.call(I.incref(f), [I.incref(a[0]), I.incref(a[1])], null) : I.incref(a[0] === a[1] ? I.True : I.NotImplemented);
    if (r === I.NotImplemented) return r;
    const t = I.truthy(r);
    I.decref(r);
    return I.newBool(!t);
  });
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__']) O.set(op, () => I.incref(I.NotImplemented));
  O.set('__format__', (a) => {
    if (a.length !== 2 || I.kind[a[1]] !== K.Str) throw new PyException('TypeError', `__format__() argument must be str, not ${a.length > 1 ? I.ty[a[1]].name : 'nothing'}`);
    if ((I.pv[a[1]] as string) !== '') throw new PyException('TypeError', `unsupported format string passed to ${I.ty[a[0]].name}.__format__`);
    return I.newStr(I.str(a[0]));
  });
  O.set('__sizeof__', (a) => {
    const h = a[0];
    if (I.kind[h] === K.List) return I.newInt(40 + 8 * (I.pv[h] as { alloc: number }).alloc);
    const info = I.mem.rt.heap.typeInfo(h);
    return I.newInt(I.kind[h] === K.Instance ? info.basicSize : I.mem.rt.heap.size(h) - typePreHeaderSize(info));
  });
}

function putDescr(I: Interp, dict: Handle, d: Handle): void {
  I.dictSetStr(dict, (I.pv[d] as { name: string }).name, d);
  I.decref(d);
}

/** add_subclass: base.tp_subclasses[id(type)] = weakref(type); the dict is made on first use. */
function addSubclass(I: Interp, base: PyType, t: PyType, key: number): void {
  if (base.subclasses < 0) base.subclasses = I.newDict();
  const k = I.newInt(key);
  const ref = I.mem.rt.newWeakref(t.h);
  I.setMeta(ref, K.Weakref, I.tWeakref, { target: t.h, callback: -1 } satisfies WeakrefData);
  I.dictSet(base.subclasses, k, ref);
  I.decref(k);
  I.decref(ref);
}

/** The live direct subclasses of `t`, in registration order (type.__subclasses__). */
export function subclassesOf(I: Interp, t: PyType): Handle[] {
  if (t.subclasses < 0) return [];
  const d = I.pv[t.subclasses] as DictData;
  const out: Handle[] = [];
  for (let i = 0; i < d.vals.length; i++) {
    if (d.keys[i] < 0) continue;
    const target = I.weakrefTarget(d.vals[i]);
    if (target >= 0) out.push(target);
  }
  return out;
}

/** type_new_set_names: a copy of the dict, then value.__set_name__(type, key) for each value that has one. */
function setNames(I: Interp, t: PyType): void {
  const copy = I.newDict();
  const d = I.pv[t.dict] as DictData;
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0) I.dictSet(copy, d.keys[i], d.vals[i]);
  try {
    const cd = I.pv[copy] as DictData;
    for (let i = 0; i < cd.keys.length; i++) {
      const v = cd.vals[i];
      if (cd.keys[i] < 0 || I.kind[v] !== K.Instance) continue;
      const f = I.lookupClassAttr(I.ty[v], '__set_name__');
      if (f < 0) continue;
      I.decref(I.call(I.incref(f), [I.incref(v), I.incref(t.h), I.incref(cd.keys[i])], null));
    }
  } finally {
    I.decref(copy);
  }
}

/** type_new_init_subclass: super(type, type).__init_subclass__(**kw), found after the type in its MRO. */
function initSubclass(I: Interp, t: PyType, kw: Kw): void {
  for (let i = 1; i < t.mro.length; i++) {
    const c = t.mro[i]!;
    if (!c.isHeap) continue;
    const f = I.dictGetStr(c.dict, '__init_subclass__');
    if (f < 0) continue;
    // implicitly a classmethod: bound to the new class
    const bound = I.kind[f] === K.Func ? I.newMethod(f, t.h) : I.getattr(t.h, '__init_subclass__');
    const kwc: Kw = kw ? new Map([...kw].map(([k, v]) => [k, I.incref(v)])) : null;
    I.decref(I.call(bound, [], kwc));
    return;
  }
  if (kw && kw.size) throw new PyException('TypeError', `${t.name}.__init_subclass__() takes no keyword arguments`);
}

/** type_call for a class: `__new__` (a user one, or object_new), then `__init__` when the result is an instance of it. */
export function callHeapType(I: Interp, t: PyType, args: Handle[], kw: Kw): Handle {
  const nf = I.lookupClassAttr(t, '__new__');
  let h: Handle;
  if (nf >= 0) {
    // __new__ is a static method: the class is passed explicitly
    const kwc: Kw = kw ? new Map([...kw].map(([k, v]) => [k, I.incref(v)])) : null;
    h = I.call(I.incref(nf), [I.incref(t.h), ...args.map((a) => I.incref(a))], kwc);
  } else {
    const b = builtinBaseOf(I, t);
    h = b ? newFromBase(I, b, t, args, kw) : newInstance(I, t);
  }
  if (!I.ty[h].isSubtypeOf(t)) return h;
  try {
    initInstance(I, I.ty[h], h, args, kw);
  } catch (e) {
    I.decref(h);
    throw e;
  }
  return h;
}

/** object_new: a fresh instance of class `t` (its values array sized from the shared keys). */
export function newInstance(I: Interp, t: PyType): Handle {
  // __slots__ members get their slots up front (with a __dict__ too: after a base's shared names)
  const nslots = t.slotNames ? (t.managedDict ? Math.max(0, ...t.slotNames.map((n) => t.sharedKeys.get(n)! + 1)) : t.slotNames.length) : 0;
  const h = I.mem.allocate(t.typeId, { slots: nslots });
  const data: InstanceData = { vals: new Array(nslots).fill(-1), dict: -1 };
  I.setMeta(h, K.Instance, t, data);
  // init_inline_values: the values array, sized from the class's shared keys
  if (t.shared) I.mem.resizeBuffer(h, 'values', instanceValuesBytes(t.shared.newInstance()));
  return h;
}

/** type_call's second half: runs `__init__` on a new instance (steals nothing; h stays owned by the caller). */
export function initInstance(I: Interp, t: PyType, h: Handle, args: Handle[], kw: Kw): void {
  const init = I.lookupClassAttr(t, '__init__');
  if (init >= 0) {
    const callArgs = [I.incref(h), ...args.map((a) => I.incref(a))];
    let kwc: Kw = null;
    if (kw) {
      kwc = new Map();
      for (const [k, v] of kw) kwc.set(k, I.incref(v));
    }
    const r = I.call(I.incref(init), callArgs, kwc);
    if (r !== I.None) {
      I.decref(r);
      throw new PyException('TypeError', `__init__() should return None, not '${I.ty[r].name}'`);
    }
    I.decref(r);
  } else if (I.kind[h] === K.List || I.kind[h] === K.Dict) {
    // list.__init__ / dict.__init__ fill the new container
    const kwc: Kw = kw ? new Map(kw) : null;
    I.decref(I.findMethod(t, '__init__')!([h, ...args], kwc));
  } else if (I.kind[h] !== K.Instance) {
    // int, str, tuple: __new__ took the arguments
  } else if (I.lookupClassAttr(t, '__new__') < 0 && (args.length || (kw && kw.size))) {
    throw new PyException('TypeError', `${t.name}() takes no arguments`);
  }
}
