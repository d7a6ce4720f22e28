// dir(): the names of the current scope, of a module, of a class and its bases, or of an instance
// (its __dict__ merged with its class's), sorted. Mirrors Python/bltinmodule.c (builtin_dir),
// Objects/object.c (_dir_locals, _dir_object) and Objects/typeobject.c (object___dir__,
// type___dir__, merge_class_dict), with the temporaries they make: the bound __dir__, the dict
// the names are merged into, each class's mappingproxy, the keys list and its sorted copy.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type ListData, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { proxiedDict } from './descrObject.js';
import { sortItems } from './listObject.js';

/**
 * The names in `object.__dict__` of CPython 3.11 (object_methods, object_getsets and the slot
 * wrappers of PyBaseObject_Type): every class's dir() ends with them.
 */
export const OBJECT_DICT_NAMES: readonly string[] = [
  '__new__', '__repr__', '__hash__', '__str__', '__getattribute__', '__setattr__', '__delattr__', '__lt__', '__le__',
  '__eq__', '__ne__', '__gt__', '__ge__', '__init__', '__reduce_ex__', '__reduce__', '__getstate__', '__subclasshook__',
  '__init_subclass__', '__format__', '__sizeof__', '__dir__', '__class__', '__doc__',
];

/** Installs the `dir` builtin. */
export function installDir(I: Interp): void {
  const { argc, builtin, packArgs } = argKit(I);
  builtin('dir', (args) => {
    argc('dir', args, 0, 1);
    if (args.length === 0) return dirLocals(I);
    // builtin_dir is METH_VARARGS: its argument arrives packed in a tuple
    const packed = packArgs(args);
    try {
      return dirObject(I, args[0]!);
    } finally {
      I.decref(packed);
    }
  });
}

/** _dir_locals: the keys of locals(), sorted in place. */
function dirLocals(I: Interp): Handle {
  const locals = I.frameLocals();
  try {
    return sortedKeys(I, locals);
  } finally {
    I.decref(locals);
  }
}

/** _dir_object: look up and call `__dir__`, then `sorted(list(result))`. */
function dirObject(I: Interp, h: Handle): Handle {
  const t = I.ty[h];
  const user = t.isHeap && I.kind[h] !== K.Type ? I.lookupClassAttr(t, '__dir__') : -1;
  let result: Handle;
  if (user >= 0) {
    const bound = I.descrGet(user, h, t);
    result = I.call(bound >= 0 ? bound : I.incref(user), bound >= 0 ? [] : [I.incref(h)], null);
  } else {
    // the bound method _PyObject_LookupSpecial makes for the C __dir__, alive for the call
    const bound = I.newBuiltin('__dir__', () => I.none(), h);
    try {
      result = builtinDir(I, h);
    } finally {
      I.decref(bound);
    }
  }
  try {
    const items = I.collect(result);
    const sorted = sortItems(I, items, undefined, false);
    return I.newList(sorted);
  } finally {
    I.decref(result);
  }
}

/** module.__dir__, type.__dir__ or object.__dir__ for `h`: an unsorted list of names (new reference). */
function builtinDir(I: Interp, h: Handle): Handle {
  const k = I.kind[h];
  if (k === K.Module) return keysList(I, (I.pv[h] as { dict: Handle }).dict);
  const merged = I.newDict();
  try {
    if (k === K.Type) {
      mergeClassDict(I, merged, I.pv[h] as PyType);
    } else {
      const t = I.ty[h];
      refuseBuiltin(I, t);
      const own = instanceDict(I, h);
      if (own >= 0) {
        I.dictUpdate(merged, own);
        I.decref(own);
      }
      mergeClassDict(I, merged, t);
    }
    return keysList(I, merged);
  } finally {
    I.decref(merged);
  }
}

/** `obj.__dict__` (new reference), or -1 when the instance has none (__slots__ without __dict__). */
function instanceDict(I: Interp, h: Handle): Handle {
  try {
    return I.getattr(h, '__dict__');
  } catch (e) {
    if (e instanceof PyException && e.pyType === 'AttributeError') return -1;
    throw e;
  }
}

/** merge_class_dict: the class's __dict__ into `into`, then each base's, recursively. */
function mergeClassDict(I: Interp, into: Handle, t: PyType): void {
  refuseBuiltin(I, t);
  if (t === I.tObject) {
    for (const name of OBJECT_DICT_NAMES) I.dictSetStr(into, name, I.None);
    return;
  }
  const proxy = I.getattr(t.h, '__dict__');
  try {
    I.dictUpdate(into, proxiedDict(I, proxy));
  } finally {
    I.decref(proxy);
  }
  for (const b of t.bases) mergeClassDict(I, into, b);
}

/** The method tables of builtin types other than object are not complete yet: a dir() of them would be wrong. */
function refuseBuiltin(I: Interp, t: PyType): void {
  for (const c of t.mro) {
    if (!c.isHeap && c !== I.tObject) {
      throw new PyException('NotImplementedError', `pymem does not support dir() of '${t.name}' objects yet (only modules, classes and their instances)`);
    }
  }
}

/** PyDict_Keys: a new list of the dict's keys in insertion order. */
function keysList(I: Interp, d: Handle): Handle {
  const data = I.pv[d] as DictData;
  return I.newList(data.keys.filter((x) => x >= 0).map((x) => I.incref(x)));
}

/** The dict's keys as a list sorted in place (PyMapping_Keys, then PyList_Sort). */
function sortedKeys(I: Interp, d: Handle): Handle {
  const list = keysList(I, d);
  const data = I.pv[list] as ListData;
  data.items = sortItems(I, data.items.slice(), undefined, false);
  I.mem.relayout(list, data.items);
  return list;
}
