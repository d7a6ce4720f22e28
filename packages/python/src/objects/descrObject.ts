// Descriptors a class's dict holds for its layout (getset_descriptor for __dict__/__weakref__,
// member_descriptor for each __slots__ member; each holds its class) and mappingproxy, the
// read-only view `K.__dict__` returns. Mirrors Objects/descrobject.c (PyDescr_NewGetSet,
// PyDescr_NewMember, descr_traverse, mappingproxy_*).
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';

/** A descriptor's value: its attribute name and the class it belongs to (d_name, d_type). */
export interface DescrData {
  readonly name: string;
  readonly owner: PyType;
}

/**
 * A new getset or member descriptor of class `owner` (it holds a reference to the class).
 * @example
 * ```ts
 * const d = newDescriptor(I, I.tGetset, '__dict__', t); // type(d).__name__ == 'getset_descriptor'
 * ```
 */
export function newDescriptor(I: Interp, type: PyType, name: string, owner: PyType): Handle {
  const h = I.alloc(type, K.Descr, { name, owner } satisfies DescrData, 1);
  I.mem.setSlot(h, 0, owner.h);
  return h;
}

/** `K.__dict__`: a fresh mappingproxy over the type's dict (mappingproxy_new holds the mapping). */
export function newMappingProxy(I: Interp, dict: Handle): Handle {
  const h = I.alloc(I.tMappingProxy, K.MappingProxy, { dict }, 1);
  I.mem.setSlot(h, 0, dict);
  return h;
}

/** The mapping under a mappingproxy (borrowed). */
export function proxiedDict(I: Interp, h: Handle): Handle {
  return (I.pv[h] as { dict: Handle }).dict;
}

/** Attributes of descriptor objects (`__name__`, `__objclass__`); -1 when there is none. */
export function descrAttr(I: Interp, h: Handle, name: string): Handle {
  const d = I.pv[h] as DescrData;
  if (name === '__name__') return I.newStr(d.name);
  if (name === '__objclass__') return I.incref(d.owner.h);
  return -1;
}

/** The methods of getset/member descriptors and of mappingproxy. */
export function installDescrMethods(I: Interp): void {
  const { method, argc } = argKit(I);
  for (const t of [I.tGetset, I.tMember]) {
    method(t, '__get__', (a) => {
      argc('__get__', a, 2, 3);
      if (a[1] === I.None) return I.incref(a[0]);
      return I.getattr(a[1], (I.pv[a[0]] as DescrData).name);
    });
  }
  // mappingproxy's methods forward to the mapping's (mappingproxy_get, _keys, _values, _items, _copy)
  for (const name of ['get', 'keys', 'values', 'items', 'copy']) {
    method(I.tMappingProxy, name, (a, kw) => {
      const fn = I.tDict.methods.get(name)!;
      return fn([proxiedDict(I, a[0]), ...a.slice(1)], kw);
    });
  }
}
