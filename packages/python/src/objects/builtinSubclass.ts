// Instances of classes that extend a builtin type (list, dict, int, str, tuple): the base's
// value with the subclass as type (its layout: the base's plus a dict and weakref pointer), the
// base's __new__/__init__ reached through the MRO, dict.__missing__, and attribute access on
// such instances (class attributes and methods first, then the builtin methods). Mirrors
// Objects/typeobject.c (subtype layout, slot_tp_new) with listobject.c, dictobject.c
// (dict_subscript's __missing__), longobject.c, unicodeobject.c and tupleobject.c's tp_new.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import type { Kw } from '../getargs.js';
import { typeNew } from './metaclass.js';

/** The builtin types a class may extend here (object aside). */
export function subclassableBase(I: Interp, t: PyType): boolean {
  return t === I.tList || t === I.tDict || t === I.tInt || t === I.tStr || t === I.tTuple || t === I.tType;
}

/** The builtin type in a class's MRO whose value its instances carry, or null for plain classes. */
export function builtinBaseOf(I: Interp, t: PyType): PyType | null {
  for (const c of t.mro) if (!c.isHeap) return c === I.tObject ? null : c;
  return null;
}

/** `base.__new__(cls, *args)`: the base's value built from args, as an instance of cls (a subclass). */
export function newFromBase(I: Interp, base: PyType, cls: PyType, args: Handle[], kw: Kw): Handle {
  if (base === I.tList) return I.newList([], 0, cls);
  if (base === I.tDict) return I.newDict(0, true, cls);
  if (base === I.tType) return typeNew(I, cls, args, kw);
  // immutable values come from the base's own constructor, then move into an object of the subclass
  const kwc: Kw = kw ? new Map([...kw].map(([k, v]) => [k, I.incref(v)])) : null;
  const v = I.callType(base, args.map((a) => I.incref(a)), kwc);
  try {
    const rt = I.mem.rt;
    if (base === I.tTuple) {
      const items = (I.pv[v] as Handle[]).slice();
      const h = I.alloc(cls, K.Tuple, items, items.length, items.length);
      items.forEach((x, i) => I.mem.setSlot(h, i, x));
      return h;
    }
    const pre = 16 + (rt.types.get(cls.typeId).managedDict ? 16 : 0);
    if (base === I.tInt) {
      // int.__sizeof__ ignores the dict pointer: the digits, plus the GC head
      const h = I.mem.allocate(cls.typeId, { slots: 1, size: rt.heap.size(v) + pre });
      I.setMeta(h, K.Int, cls, I.pv[v]);
      return h;
    }
    // a str subclass instance is a legacy (not compact) string: 32 more bytes for ASCII, 8 otherwise
    const s = I.pv[v] as string;
    const ascii = !/[^\x00-\x7f]/.test(s);
    const h = I.mem.allocate(cls.typeId, { slots: 1, size: rt.heap.size(v) + (ascii ? 32 : 8) + pre });
    I.setMeta(h, K.Str, cls, s);
    return h;
  } finally {
    I.decref(v);
  }
}

/**
 * The instance dict of a builtin subclass instance, made on first use: slot 0 of an int or str
 * one, the dict slot ahead of the items of a list, dict or tuple one; -1 when the class has none.
 */
export function ownDict(I: Interp, h: Handle, create: boolean): Handle {
  const k = I.kind[h];
  if (k !== K.Int && k !== K.Str) {
    let d = I.mem.itemsDict(h);
    if (d === -2) return -1;
    if (d < 0 && create) {
      d = I.newDict();
      I.mem.putItemsDict(h, d);
    }
    return d;
  }
  let d = I.mem.rt.heap.slot(h, 0);
  if (d < 0 && create) {
    d = I.newDict();
    I.mem.putSlot(h, 0, d);
  }
  return d;
}

/** `obj.name` on an instance of a builtin subclass (new reference). */
export function subclassGetattr(I: Interp, h: Handle, name: string): Handle {
  const t = I.ty[h];
  const d = ownDict(I, h, false);
  if (d >= 0) {
    const v = I.dictGetStr(d, name);
    if (v >= 0) return I.incref(v);
  }
  if (name === '__class__') return I.incref(t.h);
  if (name === '__dict__') {
    const dd = ownDict(I, h, true);
    if (dd >= 0) return I.incref(dd);
  }
  const c = I.lookupClassAttr(t, name);
  if (c >= 0) return I.bindDescriptor(c, h, t);
  const fn = I.findMethod(t, name);
  if (fn) return I.newBuiltin(name, fn, h);
  throw new PyException('AttributeError', `'${t.name}' object has no attribute '${name}'`);
}

/** `obj.name = v` on an instance of a builtin subclass. */
export function subclassSetattr(I: Interp, h: Handle, name: string, v: Handle): void {
  const t = I.ty[h];
  let d = ownDict(I, h, false);
  if (d < 0) {
    d = ownDict(I, h, true);
    if (d < 0) throw new PyException('NotImplementedError', `pymem does not support attributes on instances of ${builtinBaseOf(I, t)!.name} subclasses`);
    // _PyObjectDict_SetItem: the first attribute makes the dict on the class's cached keys
    // (the base's tp_new made no inline values); a dict asked for by __dict__ first is a plain one
    if (t.shared) (I.pv[d] as DictData).split = t;
  }
  I.dictSetStr(d, name, v);
}

/** list/dict/int/str/tuple __new__ and list/dict __init__, reached through a subclass's MRO. */
export function installBuiltinNews(I: Interp): void {
  for (const base of [I.tList, I.tDict, I.tInt, I.tStr, I.tTuple]) {
    base.methods.set('__new__', (a, kw) => {
      if (!a.length || I.kind[a[0]] !== K.Type) throw new PyException('TypeError', `${base.name}.__new__(X): X is not a type object`);
      const cls = I.pv[a[0]] as PyType;
      if (cls === base) return I.callType(base, a.slice(1).map((x) => I.incref(x)), kw ? new Map([...kw].map(([k, v]) => [k, I.incref(v)])) : null);
      if (!cls.isSubtypeOf(base)) throw new PyException('TypeError', `${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
      return newFromBase(I, base, cls, a.slice(1), kw);
    });
  }
  I.tList.methods.set('__init__', (a) => {
    I.decref(I.tList.methods.get('clear')!([a[0]], null));
    if (a.length > 1) I.listExtend(a[0], a[1]);
    return I.none();
  });
  I.tDict.methods.set('__init__', (a, kw) => {
    if (a.length > 1) I.dictUpdate(a[0], a[1]);
    if (kw) for (const [k, v] of kw) I.dictSetStr(a[0], k, v);
    return I.none();
  });
}
