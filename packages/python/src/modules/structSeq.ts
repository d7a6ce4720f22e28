// Struct sequences (sys.version_info, sys.flags, sys.hash_info): a static tuple subtype whose
// items are also named fields, with the `module.name(field=value, ...)` repr. Its instances are
// tuples in layout (24-byte head, 8 per item, the GC head) and, like the ones CPython makes at
// startup, untracked. Mirrors Objects/structseq.c (PyStructSequence_NewType, structseq_repr).
import { NULL } from '@pymem/object-model';
import type { Handle } from '../mem.js';
import { K, PyType } from '../objects.js';
import type { Interp } from '../interp.js';

/**
 * A new struct-sequence object of a fresh type `qualified` (e.g. 'sys.version_info') with
 * `fields` in order; `values` are stolen.
 */
export function newStructSeq(I: Interp, qualified: string, fields: readonly string[], values: Handle[]): Handle {
  return structSeqType(I, qualified, fields, 'never').make(values);
}

/**
 * A struct-sequence type `qualified` with `fields`, made once, and the function that makes its
 * instances (stealing the values). `tracking` 'always' for the ones made at run time, which are
 * tracked as any new tuple is.
 */
export function structSeqType(I: Interp, qualified: string, fields: readonly string[], tracking: 'never' | 'always' = 'never'): { type: PyType; make: (values: Handle[]) => Handle } {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const typeId = I.mem.rt.registerType({
    name, basicSize: 24, itemSize: 8, gc: true, tracking, managedDict: false, weakrefable: false,
    releaseOrder: 'forward', trashcan: false, hasClear: false, hasFinalizer: false, freeList: null, heapType: false,
    typeObject: NULL, slotNames: null,
  });
  // tp_name is the dotted name (messages say 'sys.version_info'); __name__/__qualname__ the last part
  const t = new PyType(qualified, K.Tuple, typeId, I.mem.allocate(0, {}), I.tTuple, false);
  t.qualname = name;
  I.setMeta(t.h, K.Type, I.tType, t);
  t.ext = {
    repr: (h) => `${qualified}(${fields.map((f, i) => `${f}=${I.repr((I.pv[h] as Handle[])[i])}`).join(', ')})`,
    getattr: (h, attr) => {
      const i = fields.indexOf(attr);
      if (i >= 0) return I.incref((I.pv[h] as Handle[])[i]);
      if (attr === 'n_fields' || attr === 'n_sequence_fields') return I.newInt(fields.length);
      if (attr === 'n_unnamed_fields') return I.newInt(0);
      return -1;
    },
  };
  const make = (values: Handle[]): Handle => {
    const h = I.alloc(t, K.Tuple, values, values.length, values.length);
    for (let i = 0; i < values.length; i++) I.mem.putSlot(h, i, values[i]);
    return h;
  };
  return { type: t, make };
}
