// Types as data: everything the runtime needs to know about a CPython 3.11 type to allocate,
// track, deallocate and free its instances (tp_basicsize, tp_itemsize, Py_TPFLAGS_HAVE_GC,
// tp_dealloc's release order and trashcan use, tp_clear, tp_weaklistoffset, the free list).
// Mirrors the static PyTypeObject tables of Objects/*.c and `type_new` for heap classes.
// Start with `TypeInfo`, then `createTypeRegistry`.
import { preHeaderSize } from './layout.js';

/** A dense integer naming a type in a {@link TypeRegistry}. Builtins have fixed ids ({@link BuiltinType}). */
export type TypeId = number;

/** A dense integer naming a simulated object (see docs/CONTRACTS.md). */
export type Handle = number;

/** The handle that names no object (a cleared slot, "no callback"). */
export const NULL: Handle = -1;

/**
 * How instances enter the collector's generation lists.
 * - `always`: tracked right after allocation (list, set, instances, functions; tuples too,
 *   which any collection may untrack again).
 * - `lazy`: created untracked and tracked the first time a reference that may be tracked is
 *   stored (dict: MAINTAIN_TRACKING in insertdict).
 * - `never`: not a GC type (int, float, str, bytes, ...).
 */
export type Tracking = 'always' | 'lazy' | 'never';

/** The order a dealloc releases an object's slots: lists and tuples from the end, everything else forward. */
export type ReleaseOrder = 'reverse' | 'forward';

/** The CPython 3.11 free lists that recycle whole objects (section 4 of the notes). */
export type FreeListKind = 'float' | 'tuple' | 'list' | 'dict';

/** Everything the runtime knows about one type. Plain data, JSON-safe. */
export interface TypeInfo {
  readonly id: TypeId;
  /** `type.__name__`. */
  readonly name: string;
  /** `tp_basicsize`: bytes of the object itself, without the pre-header. */
  readonly basicSize: number;
  /** `tp_itemsize`: bytes per item of variable-size objects stored inline (tuple, int, bytes). */
  readonly itemSize: number;
  /** `Py_TPFLAGS_HAVE_GC`: a 16-byte PyGC_Head precedes the object; count0 moves on allocation. */
  readonly gc: boolean;
  readonly tracking: Tracking;
  /** `Py_TPFLAGS_MANAGED_DICT` (3.11 plain classes): 16 more pre-header bytes (values, dict). */
  readonly managedDict: boolean;
  /** Instances can be the target of weak references (`tp_weaklistoffset != 0`). */
  readonly weakrefable: boolean;
  readonly releaseOrder: ReleaseOrder;
  /** tp_dealloc is wrapped in Py_TRASHCAN_BEGIN/END (list, tuple, dict, set, frozenset, instances). */
  readonly trashcan: boolean;
  /** The type has a tp_clear (the collector breaks cycles through it). Tuples have none. */
  readonly hasClear: boolean;
  /** A Python `__del__` (tp_finalize) runs before the object is deallocated. */
  readonly hasFinalizer: boolean;
  /** Free list of exact instances of this type, if any. */
  readonly freeList: FreeListKind | null;
  /** A class created at run time (`class C: ...`). Its instances hold a reference to `typeObject`. */
  readonly heapType: boolean;
  /** The heap object of the class itself (instances keep it alive), or NULL for static types. */
  readonly typeObject: Handle;
  /** `__slots__` member names of a heap class (without `__dict__`/`__weakref__`), or null. */
  readonly slotNames: readonly string[] | null;
}

/** Ids of the builtin types; the same in every registry. */
export const BuiltinType = {
  object: 0, NoneType: 1, ellipsis: 2, NotImplementedType: 3, int: 4, bool: 5, float: 6,
  complex: 7, str: 8, bytes: 9, bytearray: 10, tuple: 11, list: 12, dict: 13, set: 14,
  frozenset: 15, range: 16, slice: 17, function: 18, method: 19, builtin_function_or_method: 20,
  type: 21, module: 22, cell: 23, weakref: 24, code: 25, list_iterator: 26, tuple_iterator: 27,
  range_iterator: 28, str_ascii_iterator: 29, set_iterator: 30, dict_keyiterator: 31,
  dict_keys: 32, dict_values: 33, dict_items: 34, enumerate: 35, zip: 36, generator: 37,
  property: 38, staticmethod: 39, classmethod: 40, getset_descriptor: 41, member_descriptor: 42,
  mappingproxy: 43, super: 44, map: 45, filter: 46, reversed: 47, list_reverseiterator: 48,
  callable_iterator: 49, dict_reversekeyiterator: 50, str_iterator: 51,
  BaseException: 52, AttributeError: 53, OSError: 54, ImportError: 55, SyntaxError: 56, NameError: 57,
  StopIteration: 58, SystemExit: 59, traceback: 60, frame: 61,
} as const;

/** Name of a builtin type in {@link BuiltinType}. */
export type BuiltinTypeName = keyof typeof BuiltinType;

// name, basicSize, itemSize, gc, weakrefable; probed from python3 (`__basicsize__`,
// `__itemsize__`, `__flags__ & Py_TPFLAGS_HAVE_GC`, `__weakrefoffset__`); types.test.ts re-asks.
const BUILTIN_ROWS: readonly (readonly [BuiltinTypeName, number, number, boolean, boolean])[] = [
  ['object', 16, 0, false, false], ['NoneType', 16, 0, false, false], ['ellipsis', 16, 0, false, false],
  ['NotImplementedType', 16, 0, false, false], ['int', 24, 4, false, false], ['bool', 32, 4, false, false],
  ['float', 24, 0, false, false], ['complex', 32, 0, false, false], ['str', 80, 0, false, false],
  ['bytes', 33, 1, false, false], ['bytearray', 56, 0, false, false], ['tuple', 24, 8, true, false],
  ['list', 40, 0, true, false], ['dict', 48, 0, true, false], ['set', 200, 0, true, true],
  ['frozenset', 200, 0, true, true], ['range', 48, 0, false, false], ['slice', 40, 0, true, false],
  ['function', 136, 0, true, true], ['method', 48, 0, true, true],
  ['builtin_function_or_method', 56, 0, true, true], ['type', 904, 40, true, true],
  ['module', 56, 0, true, true], ['cell', 24, 0, true, false], ['weakref', 64, 0, true, false],
  ['code', 184, 2, false, true], ['list_iterator', 32, 0, true, false], ['tuple_iterator', 32, 0, true, false],
  ['range_iterator', 48, 0, false, false], ['str_ascii_iterator', 32, 0, true, false],
  ['set_iterator', 48, 0, true, false], ['dict_keyiterator', 56, 0, true, false],
  ['dict_keys', 24, 0, true, false], ['dict_values', 24, 0, true, false], ['dict_items', 24, 0, true, false],
  ['enumerate', 56, 0, true, false], ['zip', 48, 0, true, false], ['generator', 152, 8, true, true],
  ['property', 64, 0, true, false], ['staticmethod', 32, 0, true, false], ['classmethod', 32, 0, true, false],
  ['getset_descriptor', 48, 0, true, false], ['member_descriptor', 48, 0, true, false],
  ['mappingproxy', 24, 0, true, false], ['super', 40, 0, true, false],
  ['map', 32, 0, true, false], ['filter', 32, 0, true, false], ['reversed', 32, 0, true, false],
  ['list_reverseiterator', 32, 0, true, false], ['callable_iterator', 32, 0, true, false],
  ['dict_reversekeyiterator', 56, 0, true, false], ['str_iterator', 32, 0, true, false],
  // the exception layouts of Objects/exceptions.c (every other builtin exception shares BaseException's)
  ['BaseException', 72, 0, true, false], ['AttributeError', 88, 0, true, false], ['OSError', 112, 0, true, false],
  ['ImportError', 96, 0, true, false], ['SyntaxError', 136, 0, true, false], ['NameError', 80, 0, true, false],
  ['StopIteration', 80, 0, true, false], ['SystemExit', 80, 0, true, false],
  ['traceback', 40, 0, true, false], ['frame', 120, 8, true, false],
];

const TRASHCAN_TYPES = new Set<string>(['list', 'tuple', 'dict', 'set', 'frozenset']);
const NO_CLEAR_TYPES = new Set<string>(['tuple']);
const FREE_LISTS: Partial<Record<BuiltinTypeName, FreeListKind>> = { float: 'float', tuple: 'tuple', list: 'list', dict: 'dict' };

function builtinInfo(id: TypeId, row: (typeof BUILTIN_ROWS)[number]): TypeInfo {
  const [name, basicSize, itemSize, gc, weakrefable] = row;
  return {
    id, name, basicSize, itemSize, gc,
    tracking: !gc ? 'never' : name === 'dict' ? 'lazy' : 'always',
    managedDict: false,
    weakrefable,
    releaseOrder: name === 'list' || name === 'tuple' ? 'reverse' : 'forward',
    trashcan: TRASHCAN_TYPES.has(name),
    hasClear: gc && !NO_CLEAR_TYPES.has(name),
    hasFinalizer: false,
    freeList: FREE_LISTS[name] ?? null,
    heapType: false,
    typeObject: NULL,
    slotNames: null,
  };
}

/** What the front end says about a class it creates (`class C: ...`). */
export interface HeapClassSpec {
  readonly name: string;
  /** `__slots__` as written (may contain `__dict__` and `__weakref__`); absent = no `__slots__`. */
  readonly slots?: readonly string[];
  /** The class defines `__del__`. */
  readonly hasFinalizer?: boolean;
  /** The class object on the heap; its instances hold a reference to it. */
  readonly typeObject?: Handle;
  /** The builtin type whose layout the class extends (list, dict, int, str, tuple); absent = object. */
  readonly base?: TypeInfo;
  /** `tp_basicsize` of the builtin base (16 for `object`; 72 for `Exception`). */
  readonly baseBasicSize?: number;
  /** The builtin base has its own `__dict__` pointer (`tp_dictoffset`, as BaseException): no managed dict. */
  readonly baseHasDict?: boolean;
}

/**
 * The TypeInfo of a heap class whose base is `object` (3.11 `type_new`): the object holds
 * one pointer per `__slots__` member plus a weakref pointer unless `__slots__` leaves out
 * `__weakref__`; without `__slots__` (or with `__dict__` in them) the dict is managed, in the
 * pre-header.
 *
 * @example
 * ```ts
 * const t = heapClassInfo(41, { name: 'Plain' });
 * t.basicSize + preHeaderSize(t); // 56 = sys.getsizeof(Plain())
 * ```
 */
export function heapClassInfo(id: TypeId, spec: HeapClassSpec): TypeInfo {
  if (spec.base && spec.base.id !== BuiltinType.object) return builtinSubclassInfo(id, spec, spec.base);
  const slots = spec.slots;
  const members = slots ? slots.filter((s) => s !== '__dict__' && s !== '__weakref__') : [];
  const managedDict = !spec.baseHasDict && (slots === undefined || slots.includes('__dict__'));
  const weakrefable = slots === undefined || slots.includes('__weakref__');
  return {
    id,
    name: spec.name,
    basicSize: (spec.baseBasicSize ?? 16) + 8 * members.length + (weakrefable ? 8 : 0),
    itemSize: 0,
    gc: true,
    tracking: 'always',
    managedDict,
    weakrefable,
    releaseOrder: 'forward',
    trashcan: true,
    hasClear: true,
    hasFinalizer: spec.hasFinalizer ?? false,
    freeList: null,
    heapType: true,
    typeObject: spec.typeObject ?? NULL,
    slotNames: slots ? members : null,
  };
}

/**
 * A class extending a builtin type without `__slots__` (type_new_descriptors): a base without items
 * gets a managed dict and a weakref pointer; a variable-size base (int, tuple) gets a dict pointer
 * and no weakref. The layout otherwise is the base's (release order, trashcan, tp_clear).
 */
function builtinSubclassInfo(id: TypeId, spec: HeapClassSpec, base: TypeInfo): TypeInfo {
  // a base with its own dict pointer (type: tp_dictoffset) adds neither a dict nor a weakref slot;
  // `__slots__ = ()` (namedtuple's classes) adds neither a dict nor a weakref pointer
  const noSlots = spec.slots === undefined;
  const wantsDict = !spec.baseHasDict && (noSlots || spec.slots!.includes('__dict__'));
  const managedDict = wantsDict && base.itemSize === 0;
  const weakrefable = base.weakrefable || (base.itemSize === 0 && (noSlots || spec.slots!.includes('__weakref__')));
  const extra = (wantsDict && !managedDict ? 8 : 0) + (weakrefable && !base.weakrefable ? 8 : 0);
  return {
    ...base,
    id,
    name: spec.name,
    basicSize: base.basicSize + extra,
    gc: true,
    tracking: 'always',
    managedDict,
    weakrefable,
    hasClear: true,
    hasFinalizer: spec.hasFinalizer ?? false,
    freeList: null,
    heapType: true,
    typeObject: spec.typeObject ?? NULL,
    slotNames: null,
  };
}

/**
 * Bytes in front of an object of this type (PyGC_Head, managed dict pointers).
 *
 * @example
 * ```ts
 * typePreHeaderSize(registry.get(BuiltinType.list)); // 16
 * ```
 */
export function typePreHeaderSize(t: TypeInfo): number {
  return preHeaderSize({ gc: t.gc, managedDict: t.managedDict });
}

/** Read-only access to the types of one runtime. */
export interface TypeView {
  get(id: TypeId): TypeInfo;
  /** The builtin or registered type of that name (the last registered if several share it). */
  byName(name: string): TypeInfo | undefined;
  readonly size: number;
}

/**
 * The types of one runtime: the builtins (fixed ids) plus heap classes registered at run time
 * through `type.registered` events, which `apply` records.
 *
 * @example
 * ```ts
 * const types = createTypeRegistry();
 * types.get(BuiltinType.list).releaseOrder; // 'reverse'
 * ```
 */
export interface TypeRegistry extends TypeView {
  /** The id the next registered class will get (a decision the runtime publishes). */
  readonly nextId: TypeId;
  apply(event: { readonly type: string; readonly info?: TypeInfo }): void;
  all(): readonly TypeInfo[];
  /** An immutable copy of the registered types, for {@link TypeRegistry.restore}. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

class Registry implements TypeRegistry {
  private readonly types: TypeInfo[] = BUILTIN_ROWS.map((row, i) => builtinInfo(i, row));
  private readonly names = new Map<string, TypeInfo>(this.types.map((t) => [t.name, t]));

  get size(): number {
    return this.types.length;
  }
  get nextId(): TypeId {
    return this.types.length;
  }
  get(id: TypeId): TypeInfo {
    const t = this.types[id];
    if (t === undefined) throw new RangeError(`unknown type id ${id}`);
    return t;
  }
  byName(name: string): TypeInfo | undefined {
    return this.names.get(name);
  }
  all(): readonly TypeInfo[] {
    return this.types;
  }
  snapshot(): unknown {
    return Object.freeze(this.types.slice());
  }
  restore(snapshot: unknown): void {
    const types = snapshot as readonly TypeInfo[];
    this.types.length = 0;
    this.types.push(...types);
    this.names.clear();
    for (const t of this.types) this.names.set(t.name, t);
  }
  apply(event: { readonly type: string; readonly info?: TypeInfo }): void {
    if (event.type !== 'type.registered' || event.info === undefined) return;
    if (event.info.id !== this.types.length) {
      throw new Error(`type.registered: id ${event.info.id} but the next id is ${this.types.length}`);
    }
    this.types.push(event.info);
    this.names.set(event.info.name, event.info);
  }
}

/** A fresh registry holding the builtin types of CPython 3.11. */
export function createTypeRegistry(): TypeRegistry {
  return new Registry();
}
