// Static types of the extension modules (collections.deque, itertools.count, functools.partial,
// _random.Random...): a PyType whose instances allocate with a layout probed from python3
// (`__basicsize__`, Py_TPFLAGS_HAVE_GC, `__weakrefoffset__`), registered with the runtime on the
// module's first import. Mirrors a PyTypeObject defined in a C module (Modules/_collectionsmodule.c...).
import { NULL } from '@pymem/object-model';
import { K, PyType } from '../objects.js';
import type { Interp } from '../interp.js';

/** The layout facts of one extension type. */
export interface ExtLayout {
  readonly basicSize: number;
  readonly gc: boolean;
  readonly weakrefable: boolean;
  /** Instances carry the managed-dict pre-header (a Python class over a C base: ctypes.c_long). */
  readonly managedDict?: boolean;
}

/**
 * A new static type `name` (its tp_name, 'functools.partial' for a module's type) of kind `kind` (K.Object for plain objects, K.Iter for iterators),
 * whose base is `base` (object unless given), with the runtime type id of `layout`.
 */
export function newExtType(I: Interp, name: string, kind: K, layout: ExtLayout, base: PyType = I.tObject): PyType {
  const typeId = I.mem.rt.registerType({
    name, basicSize: layout.basicSize, itemSize: 0, gc: layout.gc, tracking: layout.gc ? 'always' : 'never',
    managedDict: layout.managedDict ?? false, weakrefable: layout.weakrefable, releaseOrder: 'forward', trashcan: false,
    hasClear: layout.gc, hasFinalizer: false, freeList: null, heapType: false, typeObject: NULL, slotNames: null,
  });
  const t = new PyType(name, kind, typeId, I.mem.allocate(0, {}), base, false);
  // tp_name 'module.Name': __qualname__ and __name__ are the part after the dot
  t.qualname = name.slice(name.lastIndexOf('.') + 1);
  I.setMeta(t.h, K.Type, I.tType, t);
  t.weakrefable = layout.weakrefable;
  // no extension type of the subset has a vectorcall in 3.11: calling one packs an argument
  // tuple (probed: collections.deque(L), itertools.count(5), array.array('i') each count one
  // GC allocation more in gc.get_count() than the object itself, the fresh 1-tuple)
  t.tpCall = true;
  return t;
}
