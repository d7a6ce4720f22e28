// The Python object space on top of the memory runtime: every Python object is a runtime
// handle; its value (int digits, str text, list items mirrored from the heap's slots) lives
// in side tables indexed by handle. Every reference a Python object holds is a heap slot, so the
// collector sees the same graph CPython's tp_traverse would. Constructors return NEW
// references (the caller owns one count), exactly like the C API they mirror
// (PyLong_FromLong, PyList_New, PyDict_SetItem...). Start with `Space`.
import { BuiltinType, sizeofStrValue, createDictTable, createPresizedDictTable, dictKeysSize, type DictTable, type SharedKeys } from '@pymem/object-model';
import { PyException } from './errors.js';
import type { Handle, Mem } from './mem.js';
import { normInt, type PyIntValue } from './numbers.js';
import { hashOps, type HashOps } from './objects/hash.js';

/** What kind of object a handle is; one byte per handle. */
export const enum K {
  None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Func, Builtin, Method, Type,
  Instance, Module, Weakref, Iter, Ellipsis, NotImpl, Object, Code, Slice, DictView, Cell, Descr, MappingProxy, Super, Property, StaticMethod, ClassMethod,
  Exception, Traceback, Frame, ByteArray, Complex,
}

/** Which attribute hooks a class (through its MRO) defines: slot_tp_getattr_hook / slot_tp_setattro. */
export const enum AttrHook {
  GetAttribute = 1,
  GetAttr = 2,
  SetAttr = 4,
  DelAttr = 8,
}

/** A builtin function: receives borrowed arguments, returns a new reference. */
export type BuiltinFn = (args: Handle[], kw: Map<string, Handle> | null) => Handle;

/** The type slots of an extension module's static type (modules/extType.ts); arguments are borrowed. */
export interface ExtSlots {
  /** tp_call: a new reference. */
  call?(self: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle;
  /** tp_iternext: a new reference, or -1 at the end. */
  next?(self: Handle): Handle;
  /** tp_iter (an iterator type without it returns itself). */
  iter?(self: Handle): Handle;
  /** tp_repr. */
  repr?(self: Handle): string;
  /** sq_length / mp_length. */
  len?(self: Handle): number;
  /** mp_subscript: a new reference. */
  getitem?(self: Handle, key: Handle): Handle;
  /** mp_ass_subscript storing `v` (borrowed). */
  setitem?(self: Handle, key: Handle, v: Handle): void;
  /** mp_ass_subscript deleting. */
  delitem?(self: Handle, key: Handle): void;
  /** Data attributes (members, getsets): a new reference, or -1 when it has none of that name. */
  getattr?(self: Handle, name: string): Handle;
  /** `==` with another instance of the same type. */
  eq?(self: Handle, other: Handle): boolean;
  /** tp_richcompare for `<`, `<=`, `>`, `>=` (and `==` when `eq` is absent): the truth, or undefined for NotImplemented. */
  compare?(self: Handle, other: Handle, op: string): boolean | undefined;
  /** tp_setattro: true when the type stored (or, with v = -1, deleted) the attribute; false to refuse. */
  setattr?(self: Handle, name: string, v: Handle): boolean;
  /** tp_hash is PyObject_HashNotImplemented: hash() and dict/set keys raise TypeError (a string: the type's own message). */
  unhashable?: boolean | string;
  /** tp_descr_get when found on a class for an instance: the bound object (new reference). */
  bind?(self: Handle, obj: Handle): Handle;
  /** `__sizeof__` (sys.getsizeof adds the GC head). */
  sizeof?(self: Handle): number;
  /** `__length_hint__` (an iterator type without it gives PyObject_LengthHint's default). */
  lengthHint?(self: Handle): number;
  /** tp_finalize (the type is registered with hasFinalizer): runs once, from dealloc or the collector. */
  finalize?(self: Handle): void;
  /** A dict subtype's `__missing__` (dict_subscript calls it for an absent key): a new reference. */
  missing?(self: Handle, key: Handle): Handle;
  /** nb_add, nb_or...: `a OP b` where this type is a's or b's; a new reference, or -1 for NotImplemented. */
  binop?(op: string, a: Handle, b: Handle, inplace: boolean): Handle;
  /**
   * A dict subtype's entries changed (OrderedDict's node list follows): `key` (borrowed, still
   * alive) was added or is being removed; key -1 is a clear().
   */
  dictChanged?(self: Handle, key: Handle, added: boolean): void;
  /** What gc.get_referents shows for a dict subtype's head slot (OrderedDict's node keys). */
  headReferents?(self: Handle): readonly Handle[];
  /** The type stands for a Python class (Counter): gc.get_referents shows the type first, as subtype_traverse visits it. */
  visitsType?: boolean;
  /** nb_negative / nb_positive: a new reference, or -1 when the type has none. */
  unary?(op: string, a: Handle): Handle;
}

/** A Python type as the interpreter sees it (builtin or a class statement's). */
export class PyType {
  /** Methods of builtin types, by name. */
  readonly methods = new Map<string, BuiltinFn>();
  /** Heap classes: attribute name -> index into an instance's values (CPython's shared keys). */
  readonly sharedKeys = new Map<string, number>();
  readonly keyNames: string[] = [];
  /** Heap classes: the class namespace dict object; -1 for builtins. */
  dict: Handle = -1;
  slotNames: string[] | null = null;
  hasDel = false;
  /** The class or a base has a property in its dict: attribute stores check it first. */
  hasProperty = false;
  /** Instances carry a managed dict (values array) — plain classes without __slots__. */
  managedDict = false;
  /** Instances can be weakly referenced (no __slots__, or __weakref__ in them). */
  weakrefable = false;
  /** Called through tp_call (no vectorcall in 3.11: extension types): the call packs its positional arguments into a tuple. */
  tpCall = false;
  /** ht_cached_keys of a managed-dict class. */
  shared: SharedKeys | null = null;
  /** tp_mro as types, this type first (a heap class's C3 linearisation). */
  mro: PyType[];
  /** tp_bases as types (a builtin's is its one base). */
  bases: PyType[];
  /** The class's own `__slots__` add members (what makes it a solid base). */
  addsMembers = false;
  /** `__qualname__` (the dotted path for nested classes). */
  qualname: string;
  /** tp_subclasses: a dict of int -> weakref, -1 until the first subclass (heap types only). */
  subclasses: Handle = -1;
  /** AttrHook bits: user __getattribute__/__getattr__/__setattr__/__delattr__ along the MRO. */
  attrHooks = 0;
  /** The class's hash comes from a Python __hash__ (or is None): see objects/userHash.ts. */
  userHash = false;
  /** An extension type's slots, or null. */
  ext: ExtSlots | null = null;
  constructor(
    readonly name: string,
    readonly kind: K,
    public typeId: number,
    public h: Handle,
    /** tp_base: the base whose layout this type extends. */
    readonly base: PyType | null,
    readonly isHeap: boolean,
  ) {
    this.mro = base ? [this, ...base.mro] : [this];
    this.bases = base ? [base] : [];
    this.qualname = name;
  }

  isSubtypeOf(t: PyType): boolean {
    return t === this || this.mro.includes(t);
  }
}

export interface ListData {
  items: Handle[];
  /** `allocated`: capacity of the item array. */
  alloc: number;
  /** `ob_item != NULL` (a cleared or never-filled list has none). */
  hasItems: boolean;
}
/** A bytearray's value: its bytes as a latin-1 string and its buffer (ob_alloc, ob_start - ob_bytes). */
export interface ByteArrayData {
  s: string;
  alloc: number;
  start: number;
}
export interface DictData {
  idx: Map<unknown, number>;
  /** Entries in insertion order (dk_entries); -1 marks a deleted entry. Slots 2i and 2i+1 mirror them. */
  keys: Handle[];
  vals: Handle[];
  used: number;
  /** The combined table's size state (object-model's model of dictresize). */
  table: DictTable;
  /** An instance `__dict__` still on its class's shared keys (ht_cached_keys of this class): its size comes from them. */
  split?: PyType;
}
export interface SetData {
  /** Hash table: handle, -1 empty, -2 dummy. Mirrors the heap slots one for one. */
  table: Handle[];
  hashes: number[];
  idx: Map<unknown, number>;
  used: number;
  fill: number;
}
/** A range's values (objects/rangeObject.ts); its slots hold them as int objects, and its length. */
export interface RangeData {
  start: PyIntValue;
  stop: PyIntValue;
  step: PyIntValue;
  len: PyIntValue;
}
export interface IterData {
  /** The iterated object (held in slot 0), or -1 when exhausted. */
  seq: Handle;
  i: number;
  /** For enumerate / zip: extra state. */
  n?: number;
  its?: Handle[];
  /** dict iterators: 0 keys, 1 values, 2 items. */
  what?: number;
  /** Reverse dict iterators: the items still to come. */
  left?: number;
  /** The reused result tuple (dict items, enumerate, zip), or undefined. */
  res?: Handle;
}
export interface InstanceData {
  vals: Handle[];
  /** The indices of `vals` holding attributes (not __slots__ members), in insertion order; undefined when none were set. */
  order?: number[];
  /** The materialised `__dict__` (after `obj.__dict__` was touched), else -1. */
  dict: Handle;
}
export interface WeakrefData {
  target: Handle;
  callback: Handle;
}

/** Identifier-like strings are interned at compile time (all chars in [A-Za-z0-9_]). */
export function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** The method tables merged into Space's prototype at the end of this file (objects/hash.ts). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface Space extends HashOps {}

/**
 * The object space of one run.
 * @example
 * ```ts
 * const space = new Space(mem);
 * const h = space.newInt(1000); // a fresh int object, refcount 1
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Space {
  kind = new Uint8Array(1 << 16);
  pv: unknown[] = [];
  ty: PyType[] = [];

  readonly None: Handle;
  readonly True: Handle;
  readonly False: Handle;
  readonly Ellipsis: Handle;
  readonly NotImplemented: Handle;
  readonly emptyStr: Handle;
  readonly emptyTuple: Handle;
  readonly emptyBytes: Handle;
  private readonly smallInts: Handle[] = [];
  private readonly chars: Handle[] = [];
  private readonly byteChars: Handle[] = [];
  readonly types = new Map<string, PyType>();

  // builtin types
  readonly tObject: PyType;
  readonly tType: PyType;
  readonly tNone: PyType;
  readonly tBool: PyType;
  readonly tInt: PyType;
  readonly tFloat: PyType;
  readonly tComplex: PyType;
  readonly tStr: PyType;
  readonly tBytes: PyType;
  readonly tByteArray: PyType;
  readonly tTuple: PyType;
  readonly tList: PyType;
  readonly tDict: PyType;
  readonly tSet: PyType;
  readonly tFrozenSet: PyType;
  readonly tRange: PyType;
  readonly tFunction: PyType;
  readonly tBuiltin: PyType;
  readonly tMethod: PyType;
  readonly tModule: PyType;
  readonly tWeakref: PyType;
  readonly tEllipsis: PyType;
  readonly tNotImpl: PyType;
  readonly tCode: PyType;
  readonly tSlice: PyType;
  readonly tCell: PyType;
  readonly tGetset: PyType;
  readonly tMember: PyType;
  readonly tMappingProxy: PyType;
  readonly tSuper: PyType;
  readonly tProperty: PyType;
  readonly tStaticMethod: PyType;
  readonly tClassMethod: PyType;
  readonly iterTypes: Record<string, PyType> = {};
  readonly viewTypes: Record<string, PyType> = {};

  constructor(readonly mem: Mem) {
    const mk = (name: string, kind: K, typeId: number, base: PyType | null): PyType => {
      const t = new PyType(name, kind, typeId, -1, base, false);
      this.types.set(name, t);
      return t;
    };
    this.tObject = mk('object', K.Object, BuiltinType.object, null);
    const o = this.tObject;
    this.tType = mk('type', K.Type, BuiltinType.type, o);
    this.tNone = mk('NoneType', K.None, BuiltinType.NoneType, o);
    this.tInt = mk('int', K.Int, BuiltinType.int, o);
    this.tBool = mk('bool', K.Bool, BuiltinType.bool, this.tInt);
    this.tFloat = mk('float', K.Float, BuiltinType.float, o);
    this.tComplex = mk('complex', K.Complex, BuiltinType.complex, o);
    this.tStr = mk('str', K.Str, BuiltinType.str, o);
    this.tBytes = mk('bytes', K.Bytes, BuiltinType.bytes, o);
    this.tByteArray = mk('bytearray', K.ByteArray, BuiltinType.bytearray, o);
    this.tTuple = mk('tuple', K.Tuple, BuiltinType.tuple, o);
    this.tList = mk('list', K.List, BuiltinType.list, o);
    this.tDict = mk('dict', K.Dict, BuiltinType.dict, o);
    this.tSet = mk('set', K.Set, BuiltinType.set, o);
    this.tFrozenSet = mk('frozenset', K.FrozenSet, BuiltinType.frozenset, o);
    this.tRange = mk('range', K.Range, BuiltinType.range, o);
    this.tFunction = mk('function', K.Func, BuiltinType.function, o);
    this.tBuiltin = mk('builtin_function_or_method', K.Builtin, BuiltinType.builtin_function_or_method, o);
    this.tMethod = mk('method', K.Method, BuiltinType.method, o);
    this.tModule = mk('module', K.Module, BuiltinType.module, o);
    this.tWeakref = mk('weakref', K.Weakref, BuiltinType.weakref, o);
    this.tEllipsis = mk('ellipsis', K.Ellipsis, BuiltinType.ellipsis, o);
    this.tNotImpl = mk('NotImplementedType', K.NotImpl, BuiltinType.NotImplementedType, o);
    this.tCode = mk('code', K.Code, BuiltinType.code, o);
    this.tSlice = mk('slice', K.Slice, BuiltinType.slice, o);
    this.tCell = mk('cell', K.Cell, BuiltinType.cell, o);
    this.tGetset = mk('getset_descriptor', K.Descr, BuiltinType.getset_descriptor, o);
    this.tMember = mk('member_descriptor', K.Descr, BuiltinType.member_descriptor, o);
    this.tMappingProxy = mk('mappingproxy', K.MappingProxy, BuiltinType.mappingproxy, o);
    this.tSuper = mk('super', K.Super, BuiltinType.super, o);
    this.tProperty = mk('property', K.Property, BuiltinType.property, o);
    this.tStaticMethod = mk('staticmethod', K.StaticMethod, BuiltinType.staticmethod, o);
    this.tClassMethod = mk('classmethod', K.ClassMethod, BuiltinType.classmethod, o);
    for (const n of ['list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'set_iterator', 'dict_keyiterator', 'enumerate', 'zip',
      'map', 'filter', 'reversed', 'list_reverseiterator', 'callable_iterator', 'dict_reversekeyiterator', 'str_iterator']) {
      this.iterTypes[n] = mk(n, K.Iter, BuiltinType[n as keyof typeof BuiltinType], o);
    }
    // bytes and bytearray iterators share striterobject's layout (32 bytes, tracked)
    this.iterTypes['bytes_iterator'] = mk('bytes_iterator', K.Iter, BuiltinType.str_ascii_iterator, o);
    this.iterTypes['bytearray_iterator'] = mk('bytearray_iterator', K.Iter, BuiltinType.str_ascii_iterator, o);
    for (const n of ['dict_keys', 'dict_values', 'dict_items']) {
      this.viewTypes[n] = mk(n, K.DictView, BuiltinType[n as keyof typeof BuiltinType], o);
    }
    this.iterTypes['dict_valueiterator'] = mk('dict_valueiterator', K.Iter, BuiltinType.dict_keyiterator, o);
    this.iterTypes['dict_itemiterator'] = mk('dict_itemiterator', K.Iter, BuiltinType.dict_keyiterator, o);
    this.iterTypes['dict_reversevalueiterator'] = mk('dict_reversevalueiterator', K.Iter, BuiltinType.dict_reversekeyiterator, o);
    this.iterTypes['dict_reverseitemiterator'] = mk('dict_reverseitemiterator', K.Iter, BuiltinType.dict_reversekeyiterator, o);

    const st = (key: string, k: K, t: PyType, v: unknown): Handle => {
      const h = mem.staticObject(key);
      this.setMeta(h, k, t, v);
      return h;
    };
    for (let v = -5; v <= 256; v++) this.smallInts.push(st(`int:${v}`, K.Int, this.tInt, v));
    this.None = st('None', K.None, this.tNone, null);
    this.False = st('False', K.Bool, this.tBool, 0);
    this.True = st('True', K.Bool, this.tBool, 1);
    this.Ellipsis = st('Ellipsis', K.Ellipsis, this.tEllipsis, null);
    this.NotImplemented = st('NotImplemented', K.NotImpl, this.tNotImpl, null);
    this.emptyStr = st('str:', K.Str, this.tStr, '');
    this.emptyBytes = st('bytes:', K.Bytes, this.tBytes, '');
    this.emptyTuple = st('tuple:', K.Tuple, this.tTuple, []);
    for (let c = 0; c < 256; c++) this.chars.push(st(`str:${String.fromCharCode(c)}`, K.Str, this.tStr, String.fromCharCode(c)));
    for (let b = 0; b < 256; b++) this.byteChars.push(st(`bytes:${b}`, K.Bytes, this.tBytes, String.fromCharCode(b)));
    // type objects of the builtin types: static objects of the interpreter
    for (const t of this.types.values()) {
      // builtin type objects live in the interpreter's static data: modelled as small
      // non-GC blocks allocated once, so they never move gc counts
      const h = mem.allocate(BuiltinType.object, {});
      t.h = h;
      this.setMeta(h, K.Type, this.tType, t);
    }
  }

  setMeta(h: Handle, k: K, t: PyType, v: unknown): void {
    if (h >= this.kind.length) {
      let n = this.kind.length * 2;
      while (n <= h) n *= 2;
      const a = new Uint8Array(n);
      a.set(this.kind);
      this.kind = a;
    }
    this.kind[h] = k;
    this.ty[h] = t;
    this.pv[h] = v;
  }

  /** hash() of an instance whose class defines __hash__ (set by the class machinery). */
  userHash: (h: Handle) => number = () => 0;
  /** The dict/set key of such an instance (equal objects share it). */
  userHashKey: (h: Handle) => unknown = (h) => `o${h}`;
  /** A hashed instance died. */
  userHashFreed: (h: Handle) => void = () => {};

  /** Some class attribute is a user descriptor (an instance whose class has __get__): attribute lookups check for them. */
  userDescriptors = false;

  /** A heap type died: its registry entries go (set by the class machinery). */
  typeFreed(t: PyType): void {
    void t;
  }

  /** Called by the runtime when an object is freed: forget its value. */
  forget(h: Handle): void {
    if (this.kind[h] === K.Type) this.typeFreed(this.pv[h] as PyType);
    else if (this.kind[h] === K.Instance && this.ty[h].userHash) this.userHashFreed(h);
    this.pv[h] = undefined;
  }

  // ---------------------------------------------------------------- references
  incref(h: Handle): Handle {
    this.mem.incref(h);
    return h;
  }
  decref(h: Handle): void {
    this.mem.decref(h);
  }
  xdecref(h: Handle): void {
    if (h >= 0) this.mem.decref(h);
  }

  alloc(t: PyType, k: K, v: unknown, slots = 0, items?: number): Handle {
    // one object shape for every allocation here (the runtime reads these fields on each one)
    const h = this.mem.allocate(t.typeId, { slots, items, size: undefined });
    this.setMeta(h, k, t, v);
    return h;
  }

  // ---------------------------------------------------------------- constructors (new references)
  newBool(b: boolean): Handle {
    return this.incref(b ? this.True : this.False);
  }
  none(): Handle {
    return this.incref(this.None);
  }

  newInt(v: PyIntValue): Handle {
    if (typeof v === 'number') {
      if (v >= -5 && v <= 256) return this.incref(this.smallInts[v + 5]);
    } else {
      v = normInt(v);
      if (typeof v === 'number') return this.newInt(v);
    }
    return this.alloc(this.tInt, K.Int, v, 0, intDigits(v));
  }

  newFloat(v: number): Handle {
    return this.alloc(this.tFloat, K.Float, v);
  }

  /** A complex object (32 bytes, not gc tracked): its value is { re, im }. */
  newComplex(re: number, im: number): Handle {
    return this.alloc(this.tComplex, K.Complex, { re, im });
  }

  newStr(s: string): Handle {
    if (s.length <= 1) {
      if (s.length === 0) return this.incref(this.emptyStr);
      const c = s.charCodeAt(0);
      if (c < 256) return this.incref(this.chars[c]);
    }
    return this.newStrObject(s);
  }

  /** A fresh str object, never a cached one (str.upper and friends build their result anew). */
  newStrObject(s: string): Handle {
    const h = this.mem.allocate(BuiltinType.str, { slots: 0, items: undefined, size: sizeofStrValue(s) });
    this.setMeta(h, K.Str, this.tStr, s);
    return h;
  }

  /** A str that is interned (compile-time identifiers, sys.intern). */
  internStr(s: string): Handle {
    const found = this.mem.rt.internTable.lookup(s);
    if (found >= 0) return this.incref(found);
    const h = this.newStr(s);
    if (s.length > 1 || (s.length === 1 && s.charCodeAt(0) >= 256)) {
      const r = this.mem.intern(h, s);
      this.decref(h);
      return r;
    }
    return h;
  }

  newBytes(s: string): Handle {
    if (s.length === 0) return this.incref(this.emptyBytes);
    if (s.length === 1) return this.incref(this.byteChars[s.charCodeAt(0)]);
    return this.alloc(this.tBytes, K.Bytes, s, 0, s.length);
  }

  /** A tuple that takes ownership of `items` (steals them, as PyTuple_SET_ITEM). */
  newTuple(items: Handle[]): Handle {
    if (items.length === 0) return this.incref(this.emptyTuple);
    const h = this.alloc(this.tTuple, K.Tuple, items, items.length, items.length);
    for (let i = 0; i < items.length; i++) this.mem.putSlot(h, i, items[i]);
    return h;
  }

  /** A list that takes ownership of `items`, with capacity `alloc` (>= items.length). */
  newList(items: Handle[], alloc = items.length, type: PyType = this.tList): Handle {
    const data: ListData = { items, alloc, hasItems: alloc > 0 || items.length > 0 };
    const h = this.alloc(type, K.List, data, items.length);
    if (alloc > 0) this.mem.resizeBuffer(h, 'items', alloc * 8);
    for (let i = 0; i < items.length; i++) this.mem.putSlot(h, i, items[i]);
    return h;
  }

  /** A new dict; `presize` > 0 is `_PyDict_NewPresized` (BUILD_MAP n) for keys that are all str or not. */
  newDict(presize = 0, allStr = true, type: PyType = this.tDict): Handle {
    const table = presize > 0 ? createPresizedDictTable(presize, allStr) : createDictTable();
    const data: DictData = { idx: new Map(), keys: [], vals: [], used: 0, table };
    const h = this.alloc(type, K.Dict, data, 0);
    if (table.log2Size) this.mem.resizeBuffer(h, 'keys', dictKeysSize(table.log2Size, table.unicode));
    return h;
  }

  newSet(frozen = false): Handle {
    const data: SetData = { table: new Array(8).fill(-1), hashes: new Array(8).fill(0), idx: new Map(), used: 0, fill: 0 };
    return this.alloc(frozen ? this.tFrozenSet : this.tSet, frozen ? K.FrozenSet : K.Set, data, 8);
  }

  newBuiltin(name: string, fn: BuiltinFn, self: Handle = -1): Handle {
    const h = this.alloc(this.tBuiltin, K.Builtin, { name, fn, self }, self >= 0 ? 1 : 0);
    if (self >= 0) this.mem.setSlot(h, 0, self);
    return h;
  }

  newMethod(func: Handle, self: Handle): Handle {
    const h = this.alloc(this.tMethod, K.Method, { func, self }, 2);
    this.mem.setSlot(h, 0, func);
    this.mem.setSlot(h, 1, self);
    return h;
  }

  /** An iterator holding a reference to `seq` in slot 0. */
  newIter(typeName: string, seq: Handle, extra: Partial<IterData> = {}): Handle {
    const data: IterData = { seq, i: 0, ...extra };
    const h = this.alloc(this.iterTypes[typeName], K.Iter, data, 1);
    this.mem.setSlot(h, 0, seq);
    return h;
  }

  // ---------------------------------------------------------------- accessors
  typeOf(h: Handle): PyType {
    return this.ty[h];
  }
  intOf(h: Handle): PyIntValue {
    return this.pv[h] as PyIntValue;
  }
  strOf(h: Handle): string {
    return this.pv[h] as string;
  }
  tupleItems(h: Handle): Handle[] {
    return this.pv[h] as Handle[];
  }
  list(h: Handle): ListData {
    return this.pv[h] as ListData;
  }
  dict(h: Handle): DictData {
    return this.pv[h] as DictData;
  }
  set(h: Handle): SetData {
    return this.pv[h] as SetData;
  }
  isStrKind(h: Handle): boolean {
    return this.kind[h] === K.Str;
  }

  typeError(msg: string): PyException {
    return new PyException('TypeError', msg);
  }

}

/** Number of 30-bit digits CPython stores for an int (at least one, also for 0). */
export function intDigits(v: PyIntValue): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 2 ** 30) return 1;
    if (a < 2 ** 60) return 2;
    return Math.ceil(Math.log2(a + 1) / 30);
  }
  const a = v < 0n ? -v : v;
  return Math.max(1, Math.ceil(a.toString(2).length / 30));
}

Object.assign(Space.prototype, hashOps);
