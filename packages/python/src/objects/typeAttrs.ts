// Attributes of type objects: type's own getsets (__name__, __qualname__, __module__, __mro__,
// __bases__, __base__, __dict__ as a mappingproxy, __doc__, __basicsize__...), type.mro() and
// __subclasses__(), then the class dict along the MRO; and what a changed class attribute
// means for the attribute hooks. Mirrors Objects/typeobject.c (type_getattro, type_getsets,
// type_mro_impl, type___subclasses___impl, update_slot).
import { HEAP_TYPE_BASIC_SIZE } from '@pymem/object-model';
import type { Handle } from '../mem.js';
import { AttrHook, K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { TypeSlot, subclassesOf } from './classObject.js';
import { newMappingProxy } from './descrObject.js';
import { metaAttr } from './metaclass.js';

const HOOKS: readonly [string, AttrHook][] = [
  ['__getattribute__', AttrHook.GetAttribute], ['__getattr__', AttrHook.GetAttr], ['__setattr__', AttrHook.SetAttr], ['__delattr__', AttrHook.DelAttr],
];

/** The AttrHook bits of a class: which of the hooks a heap class in its MRO defines. */
export function attrHooksOf(I: Interp, t: PyType): number {
  let bits = 0;
  for (const [name, bit] of HOOKS) if (I.lookupClassAttr(t, name) >= 0) bits |= bit;
  return bits;
}

/** Is `v` an instance of a class with __get__ (a user descriptor)? */
export function isUserDescriptor(I: Interp, v: Handle): boolean {
  return I.kind[v] === K.Instance && I.lookupClassAttr(I.ty[v], '__get__') >= 0;
}

/** update_slot: a class attribute was set (v) or deleted (-1); hooks of the class and its subclasses follow. */
export function classAttrChanged(I: Interp, t: PyType, name: string, v: Handle): void {
  if (v >= 0 && isUserDescriptor(I, v)) I.userDescriptors = true;
  if (name === '__hash__') t.userHash = I.lookupClassAttr(t, '__hash__') >= 0;
  if (!HOOKS.some(([n]) => n === name)) return;
  const update = (c: PyType): void => {
    c.attrHooks = attrHooksOf(I, c);
    for (const s of subclassesOf(I, c)) update(I.pv[s] as PyType);
  };
  update(t);
}

/** A tuple of type objects for a builtin type's __mro__/__bases__, made once. */
const builtinTuples = new WeakMap<PyType, { mro?: Handle; bases?: Handle }>();
function builtinTuple(I: Interp, t: PyType, which: 'mro' | 'bases'): Handle {
  let e = builtinTuples.get(t);
  if (!e) builtinTuples.set(t, (e = {}));
  e[which] ??= I.newTuple((which === 'mro' ? t.mro : t.bases).map((c) => I.incref(c.h)));
  return I.incref(e[which]);
}

/** type_module as type_repr and object_repr use it: a heap type's `__module__` when it is a str other than 'builtins'; null otherwise. */
export function reprModule(I: Interp, t: PyType): string | null {
  if (!t.isHeap) return null;
  const m = I.dictGetStr(t.dict, '__module__');
  if (m < 0 || I.kind[m] !== K.Str) return null;
  const s = I.pv[m] as string;
  return s === 'builtins' ? null : s;
}

/** `T.name` for a type object (new reference), or -1 when it has no such attribute. */
export function typeAttr(I: Interp, t: PyType, name: string): Handle {
  const slot = (i: number): Handle => I.incref(I.mem.rt.heap.slot(t.h, i));
  switch (name) {
    case '__name__':
      // a static type's tp_name may carry its module ('functools.partial'): __name__ is what follows the dot
      return I.newStr(t.isHeap ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1));
    case '__qualname__':
      return I.newStr(t.qualname);
    case '__mro__':
      return t.isHeap ? slot(TypeSlot.Mro) : builtinTuple(I, t, 'mro');
    case '__bases__':
      return t.isHeap ? slot(TypeSlot.Bases) : builtinTuple(I, t, 'bases');
    case '__base__':
      return I.incref(t.base ? t.base.h : I.None);
    case '__class__':
      return I.incref(I.ty[t.h].h);
    case '__dict__':
      if (t.isHeap) return newMappingProxy(I, t.dict);
      break;
    case '__annotations__': {
      // type_get_annotations: the class's own entry only, else a new dict stored there
      if (!t.isHeap) break;
      const own = I.dictGetStr(t.dict, '__annotations__');
      if (own >= 0) return I.incref(own);
      const d = I.newDict();
      I.dictSetStr(t.dict, '__annotations__', d);
      return d;
    }
    case '__module__':
      if (!t.isHeap) return I.newStr(t.name.includes('.') ? t.name.slice(0, t.name.lastIndexOf('.')) : 'builtins');
      break;
    case '__basicsize__':
    case '__itemsize__':
      if (t === I.tType) return I.newInt(name === '__basicsize__' ? HEAP_TYPE_BASIC_SIZE : 40);
      return I.newInt(name === '__basicsize__' ? I.mem.rt.types.get(t.typeId).basicSize : I.mem.rt.types.get(t.typeId).itemSize);
    case 'mro':
      return I.newBuiltin('mro', () => I.newList(t.mro.map((c) => I.incref(c.h))), t.h);
    case '__subclasses__':
      return I.newBuiltin('__subclasses__', () => I.newList(subclassesOf(I, t).map((c) => I.incref(c))), t.h);
  }
  // type_getattro: a data descriptor of the metaclass first, then the class's MRO, then the metaclass
  const md = metaAttr(I, t, name, true);
  if (md >= 0) return md;
  if (t.isHeap) {
    const c = I.lookupClassAttr(t, name);
    if (c >= 0) {
      if (isUserDescriptor(I, c)) {
        const get = I.lookupClassAttr(I.ty[c], '__get__');
        return I.call(I.incref(get), [I.incref(c), I.incref(I.None), I.incref(t.h)], null);
      }
      // staticmethod and classmethod bind on the class too (functions and properties come back as they are)
      const r = I.kind[c] === K.StaticMethod || I.kind[c] === K.ClassMethod ? I.descrGet(c, -1, t) : -1;
      return r >= 0 ? r : I.incref(c);
    }
  }
  const ma = metaAttr(I, t, name, false);
  if (ma >= 0) return ma;
  const m = I.builtinTypeAttr(t, name);
  if (m >= 0) return m;
  for (const c of t.mro) {
    const f = c.methods.get(name);
    if (f) return I.newBuiltin(name, f);
  }
  return -1;
}
