// The C dict subtypes of the collections module (defaultdict, OrderedDict) and Counter's stand-in:
// a static type whose base is dict, so its instances are dicts (K.Dict, every dict method and
// operation) with the subtype's own layout: tp_basicsize past dict's 48 bytes, always tracked
// (dict_new untracks only exact dicts; gc's untrack_dicts skips subtypes). Mirrors the type
// objects of Modules/_collectionsmodule.c (defdict_type) and Objects/odictobject.c.
import { NULL } from '@pymem/object-model';
import type { Handle } from '../../mem.js';
import { K, PyType } from '../../objects.js';
import type { Interp } from '../../interp.js';

/** The layout facts of a dict subtype, probed from python3 (`__basicsize__`, `__weakrefoffset__`). */
export interface DictSubtypeLayout {
  readonly basicSize: number;
  readonly weakrefable: boolean;
  /** Instances carry a managed `__dict__` in the pre-header (a Python class's dict subclass). */
  readonly managedDict?: boolean;
  /** One reference slot ahead of the dict's entries (defaultdict's default_factory). */
  readonly headSlot?: boolean;
}

/** A new static dict subtype `name` (the module sets its methods and ext slots). */
export function newDictSubtype(I: Interp, name: string, layout: DictSubtypeLayout, base: PyType = I.tDict): PyType {
  const typeId = I.mem.rt.registerType({
    name, basicSize: layout.basicSize, itemSize: 0, gc: true, tracking: 'always',
    managedDict: layout.managedDict ?? false, weakrefable: layout.weakrefable, releaseOrder: 'forward', trashcan: true,
    hasClear: true, hasFinalizer: false, freeList: null, heapType: false, typeObject: NULL, slotNames: null,
  });
  const t = new PyType(name, K.Dict, typeId, I.mem.allocate(0, {}), base, false);
  I.setMeta(t.h, K.Type, I.tType, t);
  t.weakrefable = layout.weakrefable;
  // the extra reference lives in the slot the dict's entries are shifted past (Mem.shiftItems)
  if (layout.headSlot) I.mem.shiftItems(typeId);
  return t;
}

/**
 * Runs a constructor as type_call reaches it for a type without a vectorcall: _PyObject_MakeTpCall
 * packs the positional arguments into a tuple and the keywords into a dict, both dropped after.
 */
export function withTpCallArgs(I: Interp, args: readonly Handle[], kw: Map<string, Handle> | null, fn: () => Handle): Handle {
  const packed = args.length ? I.newTuple(args.map((x) => I.incref(x))) : -1;
  let kwDict = -1;
  if (kw && kw.size) {
    kwDict = I.newDict();
    for (const [k, v] of kw) I.dictSetStr(kwDict, k, v);
  }
  try {
    return fn();
  } finally {
    I.xdecref(kwDict);
    I.xdecref(packed);
  }
}
