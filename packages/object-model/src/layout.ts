// Object layout facts of CPython 3.11 (64-bit) that sizes depend on: the GC header and the
// pre-header of managed-dict classes. Mirrors `_PyType_PreHeaderSize` in Include/internal/pycore_object.h.

/** Bytes of `PyGC_Head` placed before every GC-capable object. */
export const GC_HEAD_SIZE = 16;

/** Bytes of the managed-dict pre-header (values pointer + dict pointer) of 3.11 plain classes. */
export const MANAGED_DICT_PREHEADER_SIZE = 16;

/** The parts of a type that decide its pre-header. */
export interface PreHeaderFlags {
  /** Instances carry a GC header (`Py_TPFLAGS_HAVE_GC`). */
  readonly gc: boolean;
  /** Instances keep their `__dict__` in the pre-header (`Py_TPFLAGS_MANAGED_DICT`). */
  readonly managedDict: boolean;
}

/**
 * Bytes in front of the object that `sys.getsizeof` adds to `__sizeof__`.
 *
 * @example
 * ```ts
 * preHeaderSize({ gc: true, managedDict: true }); // 32, as for `class Plain: pass`
 * ```
 */
export function preHeaderSize(flags: PreHeaderFlags): number {
  return (flags.gc ? GC_HEAD_SIZE : 0) + (flags.managedDict ? MANAGED_DICT_PREHEADER_SIZE : 0);
}
