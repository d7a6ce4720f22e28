// super objects: super(type, obj) and the zero-argument form (the __class__ cell and the first
// argument of the running method), and attribute lookup that starts after `type` in the MRO of
// obj's class, binding functions to obj. Mirrors Objects/typeobject.c (super_init,
// super_init_without_args, super_getattro, supercheck, super_traverse).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';

/** What a super object holds: the starting class, the object and the object's class. */
export interface SuperData {
  readonly type: PyType;
  readonly obj: Handle;
  readonly objType: PyType;
}

/** supercheck: the class whose MRO the lookup walks (obj itself when obj is a subclass of type). */
function superCheck(I: Interp, type: PyType, obj: Handle): PyType {
  if (I.kind[obj] === K.Type && (I.pv[obj] as PyType).isSubtypeOf(type)) return I.pv[obj] as PyType;
  if (I.ty[obj].isSubtypeOf(type)) return I.ty[obj];
  throw new PyException('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/**
 * A new super object (super_traverse visits obj, type and obj_type: they are its slots).
 * @example
 * ```ts
 * const s = newSuper(I, C, c); // super(C, c)
 * ```
 */
export function newSuper(I: Interp, type: PyType, obj: Handle): Handle {
  const objType = superCheck(I, type, obj);
  const h = I.alloc(I.tSuper, K.Super, { type, obj, objType } satisfies SuperData, 3);
  I.mem.setSlot(h, 0, obj);
  I.mem.setSlot(h, 1, type.h);
  I.mem.setSlot(h, 2, objType.h);
  return h;
}

/** `super(...)` called with 0 or 2 arguments (borrowed). */
export function callSuper(I: Interp, args: Handle[]): Handle {
  if (args.length === 2) {
    if (I.kind[args[0]] !== K.Type) throw new PyException('TypeError', `super() argument 1 must be a type, not ${I.ty[args[0]].name}`);
    return newSuper(I, I.pv[args[0]] as PyType, args[1]);
  }
  if (args.length === 1) {
    if (I.kind[args[0]] !== K.Type) throw new PyException('TypeError', `super() argument 1 must be a type, not ${I.ty[args[0]].name}`);
    throw new PyException('NotImplementedError', 'pymem does not support unbound super objects (super(type))');
  }
  if (args.length > 2) throw new PyException('TypeError', `super() takes at most 2 arguments (${args.length} given)`);
  // super_init_without_args: the running frame's first argument and its __class__ cell
  const f = I.frame;
  if (!f || f.code.isModule || f.code.params.length === 0) throw new PyException('RuntimeError', 'super(): no arguments');
  // the first argument, or its cell when an inner scope captured it (MAKE_CELL moved it there)
  const c0 = f.code.cellParams.indexOf(0);
  const first = c0 >= 0 ? I.cellGet(f.cells[c0]) : f.fast[0];
  if (first === undefined || first < 0) throw new PyException('RuntimeError', 'super(): arg[0] deleted');
  const at = f.code.freevars.indexOf('__class__');
  if (at < 0) throw new PyException('RuntimeError', 'super(): __class__ cell not found');
  const cls = I.cellGet(f.cells[f.code.cellvars.length + at]);
  if (cls < 0) throw new PyException('RuntimeError', 'super(): empty __class__ cell');
  if (I.kind[cls] !== K.Type) throw new PyException('RuntimeError', `super(): __class__ is not a type (${I.ty[cls].name})`);
  return newSuper(I, I.pv[cls] as PyType, first);
}

/** super_getattro: look `name` up after `type` in obj_type's MRO, binding what is found (new reference); -1 if absent. */
export function superAttr(I: Interp, h: Handle, name: string): Handle {
  const s = I.pv[h] as SuperData;
  if (name === '__class__') return I.incref(I.tSuper.h);
  const mro = s.objType.mro;
  const start = mro.indexOf(s.type) + 1;
  // functions bind to obj; with obj a class (classmethod style) they stay plain functions
  const bindTo = s.obj === s.objType.h ? -1 : s.obj;
  for (let i = start; i < mro.length; i++) {
    const c = mro[i]!;
    if (c.isHeap) {
      const v = I.dictGetStr(c.dict, name);
      if (v < 0) continue;
      if (I.kind[v] === K.Func) {
        if (name === '__init_subclass__') return I.newMethod(v, s.objType.h);
        if (name === '__new__' || bindTo < 0) return I.incref(v);
        return I.newMethod(v, bindTo);
      }
      return I.bindDescriptor(v, s.obj, s.objType);
    }
    const m = c.methods.get(name);
    if (m === undefined) continue;
    // builtin methods: __new__ is static, __init_subclass__ binds the class, the others obj
    if (name === '__new__') return I.newBuiltin(name, m);
    if (name === '__init_subclass__') return I.newBuiltin(name, m, s.objType.h);
    return I.newBuiltin(name, m, s.obj);
  }
  return -1;
}
