// Class statements and their instances: type_new's layout (slot members along the bases, the
// managed dict and weakref slot, the class's shared keys) and object creation with __init__.
// Mirrors Objects/typeobject.c (type_new, type_new_descriptors, object_new, type_call's init).
import { BuiltinType, createSharedKeys, instanceValuesBytes } from '@pymem/object-model';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, PyType, type DictData, type InstanceData } from '../objects.js';
import type { Interp } from '../interp.js';
import { markAttribute } from '../markers.js';
import { argKit } from '../getargs.js';
import type { Kw } from '../getargs.js';

/** Sets I.makeClass and the instance constructor classes use. */
export function installClassMachinery(I: Interp): void {
  const { te } = argKit(I);
  I.makeClass = (name, bases, ns) => {
    let base: PyType = I.tObject;
    if (bases.length) {
      if (I.kind[bases[0]] !== K.Type) throw te('bases must be types');
      base = I.pv[bases[0]] as PyType;
      if (!base.isHeap && base !== I.tObject) {
        throw new PyException('NotImplementedError', `pymem does not support subclassing the builtin type '${base.name}'`);
      }
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
    const hasDel = nd.idx.has('s__del__') || (base.isHeap && base.hasDel);
    // the class object: a heap type (GC) holding its namespace dict and its base
    const typeH = I.mem.allocate(BuiltinType.type, { slots: 2, size: 1688 });
    const t = new PyType(name, K.Instance, 0, typeH, base, true);
    I.setMeta(typeH, K.Type, I.tType, t);
    I.mem.setSlot(typeH, 0, ns);
    I.mem.setSlot(typeH, 1, base.h);
    t.dict = ns;
    t.hasDel = hasDel;
    // type_new's layout: slot members add up along the bases; __dict__ / __weakref__ come
    // from the first class in the chain without __slots__ (or naming them)
    const baseMembers = base.isHeap ? base.slotNames ?? [] : [];
    const baseDict = base.isHeap && base.managedDict;
    const baseWeak = base.isHeap && base.weakrefable;
    const own = slots ?? [];
    const members = [...baseMembers, ...own.filter((x) => x !== '__dict__' && x !== '__weakref__')];
    const hasDict = slots === undefined || baseDict || own.includes('__dict__');
    const hasWeak = slots === undefined || baseWeak || own.includes('__weakref__');
    t.slotNames = slots === undefined && baseMembers.length === 0 ? null : members;
    t.managedDict = hasDict;
    t.weakrefable = hasWeak;
    if (hasDict && t.slotNames === null) t.shared = createSharedKeys();
    if (base.isHeap) for (const k of base.keyNames) {
      t.sharedKeys.set(k, t.keyNames.length);
      t.keyNames.push(k);
    }
    for (const m of members) {
      if (!t.sharedKeys.has(m)) {
        t.sharedKeys.set(m, t.keyNames.length);
        t.keyNames.push(m);
      }
    }
    const spec: { name: string; hasFinalizer: boolean; typeObject: Handle; slots?: string[] } = { name, hasFinalizer: hasDel, typeObject: typeH };
    if (t.slotNames !== null) spec.slots = [...members, ...(hasDict ? ['__dict__'] : []), ...(hasWeak ? ['__weakref__'] : [])];
    t.typeId = I.mem.registerClass(spec);
    if (I.markStatements) t.keyNames.forEach((k, i) => markAttribute(I, t, i, k));
    return typeH;
  };
}

/** Creates an instance of class `t` and runs its __init__ (object_new, then type_call's init). */
export function newInstance(I: Interp, t: PyType, args: Handle[], kw: Kw): Handle {
  const nslots = t.slotNames && !t.managedDict ? t.slotNames.length : 0;
  const h = I.mem.allocate(t.typeId, { slots: nslots });
  const data: InstanceData = { vals: new Array(nslots).fill(-1), dict: -1 };
  I.setMeta(h, K.Instance, t, data);
  // init_inline_values: the values array, sized from the class's shared keys
  if (t.shared) I.mem.resizeBuffer(h, 'values', instanceValuesBytes(t.shared.newInstance()));
  const init = I.lookupClassAttr(t, '__init__');
  if (init >= 0) {
    const callArgs = [I.incref(h), ...args.map((a) => I.incref(a))];
    let kwc: Kw = null;
    if (kw) {
      kwc = new Map();
      for (const [k, v] of kw) kwc.set(k, I.incref(v));
    }
    let r: Handle;
    try {
      r = I.call(I.incref(init), callArgs, kwc);
    } catch (e) {
      I.decref(h);
      throw e;
    }
    if (r !== I.None) {
      I.decref(r);
      I.decref(h);
      throw new PyException('TypeError', `__init__() should return None, not '${I.ty[r].name}'`);
    }
    I.decref(r);
  } else if (args.length || (kw && kw.size)) {
    I.decref(h);
    throw new PyException('TypeError', `${t.name}() takes no arguments`);
  }
  return h;
}
