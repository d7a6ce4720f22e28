// The generic object protocol: repr and str (with Py_ReprEnter's recursion guard), truth,
// equality, ordering and `in`. Mirrors Objects/object.c (PyObject_Repr, PyObject_Str,
// PyObject_IsTrue, PyObject_RichCompare) and PySequence_Contains of Objects/abstract.c.
import { asComplex, complexRepr, type Cx } from './complexObject.js';
import { reprModule } from './typeAttrs.js';
import { formatFloat, reprBytes, reprStr } from '../format.js';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, PyType, type ByteArrayData, type DictData, type ListData, type RangeData, type SetData } from '../objects.js';
import type { Code, FuncData, Interp } from '../interp.js';
import { excRepr, excStr } from './exceptions.js';
import { frameRepr } from './pyFrameObject.js';
import { slotWrapperRepr } from './slotWrapper.js';
import { rangeContains, rangeEq, rangeRepr } from './rangeObject.js';
import { sliceRepr } from './sliceObject.js';
import { byteArrayRepr } from './bytearrayObject.js';
import { bufText } from './bytesMethods.js';

const LIST_MAX_PRINT_DEPTH = 1000;

/** PyObject_Repr/Str/IsTrue and rich comparison, merged into Interp. */
/** The kinds whose heap subclasses keep the builtin's value (a user __repr__/__str__ there wins). */
const SUBCLASS_VALUE_KINDS: ReadonlySet<K> = new Set([K.List, K.Dict, K.Tuple, K.Int, K.Float, K.Set, K.FrozenSet]);

export const objectOps = {
  // ================================================================ repr / str
  repr(this: Interp, h: Handle): string {
    // an instance of a subclass of a builtin container or number with its own __repr__ (slot_tp_repr)
    if (this.ty[h].isHeap && SUBCLASS_VALUE_KINDS.has(this.kind[h])) {
      const r = this.callSpecial(h, '__repr__');
      if (r !== null) return r;
    }
    switch (this.kind[h]) {
      case K.None:
        return 'None';
      case K.Bool:
        return this.pv[h] ? 'True' : 'False';
      case K.Int:
        return this.intText(this.pv[h] as N.PyIntValue);
      case K.Float:
        return formatFloat(this.pv[h] as number);
      case K.Complex:
        return complexRepr(this.pv[h] as Cx);
      case K.Str:
        return reprStr(this.pv[h] as string);
      case K.Bytes:
        return reprBytes(this.pv[h] as string);
      case K.Ellipsis:
        return 'Ellipsis';
      case K.NotImpl:
        return 'NotImplemented';
      case K.Tuple: {
        const ext = this.ty[h].ext;
        if (ext?.repr) return ext.repr(h);
        const items = this.pv[h] as Handle[];
        if (items.length === 0) return '()';
        return this.reprGuard(h, '(...)', () =>
          items.length === 1 ? `(${this.reprNested(items[0])},)` : `(${items.map((x) => this.reprNested(x)).join(', ')})`);
      }
      case K.List:
        if ((this.pv[h] as ListData).items.length === 0) return '[]';
        return this.reprGuard(h, '[...]', () => `[${(this.pv[h] as ListData).items.map((x) => this.reprNested(x)).join(', ')}]`);
      case K.Dict: {
        const ext = this.ty[h].ext;
        return ext?.repr ? ext.repr(h) : this.dictRepr(h);
      }
      case K.Set:
      case K.FrozenSet: {
        const name = this.ty[h].name;
        // set_repr: Py_ReprEnter, the empty check, then the repr of list(set) with its brackets cut off
        return this.reprGuard(h, `${name}(...)`, () => {
          if (this.len(h) === 0) return `${name}()`;
          const keys = this.listFrom(h);
          try {
            const listRepr = this.repr(keys);
            const body = `{${listRepr.slice(1, -1)}}`;
            return this.kind[h] === K.Set && this.ty[h] === this.tSet ? body : `${name}(${body})`;
          } finally {
            this.decref(keys);
          }
        });
      }
      case K.Range:
        return rangeRepr(this, h);
      case K.Slice:
        return sliceRepr(this, h);
      case K.ByteArray:
        return byteArrayRepr(this, h);
      case K.Func:
        return `<function ${(this.pv[h] as FuncData).code.qualname} at ${this.addr(h)}>`;
      case K.Builtin: {
        const sw = slotWrapperRepr(this, h);
        if (sw !== null) return sw;
        const b = this.pv[h] as { name: string; self: Handle };
        if (b.self >= 0 && this.kind[b.self] !== K.Module) {
          return `<built-in method ${b.name} of ${this.ty[b.self].name} object at ${this.addr(b.self)}>`;
        }
        return `<built-in function ${b.name}>`;
      }
      case K.Method: {
        const m = this.pv[h] as { func: Handle; self: Handle };
        const fn = this.pv[m.func] as FuncData;
        return `<bound method ${fn.code.qualname} of ${this.repr(m.self)}>`;
      }
      case K.Type: {
        const t = this.pv[h] as PyType;
        // a metaclass __repr__
        const r = this.ty[h].isHeap ? this.callSpecial(h, '__repr__') : null;
        if (r !== null) return r;
        const mod = reprModule(this, t);
        // type_repr: module.qualname, or tp_name alone when there is no str module
        return `<class '${mod !== null ? `${mod}.${t.qualname}` : t.isHeap || t.name.includes('.') ? t.name : t.qualname}'>`;
      }
      case K.MappingProxy:
        return `mappingproxy(${this.repr((this.pv[h] as { dict: Handle }).dict)})`;
      case K.Descr: {
        const d = this.pv[h] as { name: string; owner: PyType };
        return `<${this.ty[h] === this.tMember ? 'member' : 'attribute'} '${d.name}' of '${d.owner.name}' objects>`;
      }
      case K.Module: {
        // importlib's _module_repr: a module loaded from a file names it
        const m = this.pv[h] as { name: string; dict: Handle };
        const file = this.dictGetStr(m.dict, '__file__');
        if (file >= 0 && this.kind[file] === K.Str) return `<module '${m.name}' from '${this.pv[file] as string}'>`;
        return `<module '${m.name}' (built-in)>`;
      }
      case K.Weakref: {
        const target = this.weakrefTarget(h);
        if (target < 0) return `<weakref at ${this.addr(h)}; dead>`;
        const t = this.ty[target];
        const extra = t.kind === K.Type ? ` (${(this.pv[target] as PyType).name})` : '';
        return `<weakref at ${this.addr(h)}; to '${t.name}' at ${this.addr(target)}${extra}>`;
      }
      case K.DictView: {
        const v = this.pv[h] as { dict: Handle; what: number };
        const d = this.pv[v.dict] as DictData;
        const parts: string[] = [];
        for (let i = 0; i < d.keys.length; i++) {
          if (d.keys[i] < 0) continue;
          if (v.what === 0) parts.push(this.reprNested(d.keys[i]));
          else if (v.what === 1) parts.push(this.reprNested(d.vals[i]));
          else parts.push(`(${this.reprNested(d.keys[i])}, ${this.reprNested(d.vals[i])})`);
        }
        return `${this.ty[h].name}([${parts.join(', ')}])`;
      }
      case K.Instance: {
        const r = this.callSpecial(h, '__repr__');
        if (r !== null) return r;
        return this.objectRepr(h);
      }
      case K.Exception:
        return this.callSpecial(h, '__repr__') ?? excRepr(this, h);
      case K.Frame:
        return frameRepr(this, h, this.filename);
      case K.Iter:
      case K.Object: {
        const ext = this.ty[h].ext;
        if (ext?.repr) return ext.repr(h);
        return this.ty[h] === this.tObject ? `<object object at ${this.addr(h)}>` : `<${this.ty[h].name} object at ${this.addr(h)}>`;
      }
      case K.Cell:
        return this.cellRepr(h);
      case K.StaticMethod:
      case K.ClassMethod:
        return `<${this.ty[h].name}(${this.repr(this.pv[h] as Handle)})>`;
      case K.Code:
        return `<code object ${(this.pv[h] as Code).name} at ${this.addr(h)}, file "<stdin>", line 1>`;
      default:
        return `<${this.ty[h].name} object at ${this.addr(h)}>`;
    }
  },

  /** dict_repr (also what a dict subtype's repr wraps). */
  dictRepr(this: Interp, h: Handle): string {
    // dict_repr enters Py_ReprEnter before its empty check; list and tuple after theirs
    return this.reprGuard(h, '{...}', () => {
      const d = this.pv[h] as DictData;
      const parts: string[] = [];
      for (let i = 0; i < d.keys.length; i++) {
        if (d.keys[i] < 0) continue;
        parts.push(`${this.reprNested(d.keys[i])}: ${this.reprNested(d.vals[i])}`);
      }
      return `{${parts.join(', ')}}`;
    });
  },

  reprNested(this: Interp, h: Handle): string {
    if (++this.reprDepth > LIST_MAX_PRINT_DEPTH) {
      this.reprDepth = 0;
      throw this.err('RecursionError', 'maximum recursion depth exceeded while getting the repr of an object');
    }
    try {
      return this.repr(h);
    } finally {
      this.reprDepth--;
    }
  },

  /**
   * Py_ReprEnter / Py_ReprLeave around a container's repr: CPython keeps the containers being
   * repr'd in a list stored in the thread state's dict, both made on first use and kept for
   * good (two GC allocations, from the free lists when they hold one), and appends and removes
   * each container, so the list's item array grows and shrinks like any list's.
   */
  reprGuard(this: Interp, h: Handle, recursive: string, fn: () => string): string {
    const list = this.reprList();
    const items = (this.pv[list] as ListData).items;
    // Py_ReprEnter finds a container already being repr'd by scanning the list, as here
    if (items.includes(h)) return recursive;
    this.listAppend(list, h);
    try {
      return fn();
    } finally {
      const i = items.lastIndexOf(h);
      if (i >= 0) this.listDelSlice(list, i, i + 1);
    }
  },

  /** The thread state dict's "Py_Repr" list (PyThreadState_GetDict, then PyList_New(0)), made once. */
  reprList(this: Interp): Handle {
    if (this.reprListHandle >= 0) return this.reprListHandle;
    const tstateDict = this.newDict();
    const list = this.newList([]);
    // the key is a static identifier in CPython (no allocation); the static empty str stands in for it
    this.dictSet(tstateDict, this.emptyStr, list);
    this.decref(list);
    this.reprListHandle = list;
    return list;
  },

  addr(this: Interp, h: Handle): string {
    return `0x${this.mem.address(h).toString(16).padStart(12, '0')}`;
  },

  /** object_repr: `<module.Qualname object at 0x...>` (without the module for builtins). */
  objectRepr(this: Interp, h: Handle): string {
    const t = this.ty[h];
    const mod = reprModule(this, t);
    return `<${mod !== null ? `${mod}.${t.qualname}` : t.isHeap || t.name.includes('.') ? t.name : t.qualname} object at ${this.addr(h)}>`;
  },

  str(this: Interp, h: Handle): string {
    const k = this.kind[h];
    if (k === K.Str) return this.pv[h] as string;
    if (k === K.Instance) {
      const r = this.callSpecial(h, '__str__');
      if (r !== null) return r;
    }
    if (k === K.Exception) return this.callSpecial(h, '__str__') ?? excStr(this, h);
    if (this.ty[h].isHeap && SUBCLASS_VALUE_KINDS.has(k)) {
      const r = this.callSpecial(h, '__str__');
      if (r !== null) return r;
    }
    return this.repr(h);
  },

  /** Calls a user-defined `__str__`/`__repr__` if the class has one; returns its text. */
  callSpecial(this: Interp, h: Handle, name: string): string | null {
    const r = this.callSpecialObject(h, name);
    if (r < 0) return null;
    const s = this.pv[r] as string;
    this.decref(r);
    return s;
  },

  /** Calls a user-defined `__str__`/`__repr__`: the str object it returned (new reference), or -1 when the class has none. */
  callSpecialObject(this: Interp, h: Handle, name: string): Handle {
    const f = this.lookupClassAttr(this.ty[h], name);
    if (f < 0) return -1;
    const r = this.call(this.incref(f), [this.incref(h)], null);
    if (this.kind[r] !== K.Str) {
      this.decref(r);
      throw this.typeError(`${name} returned non-string (type ${this.ty[r].name})`);
    }
    return r;
  },

  /**
   * PyObject_Repr as an object (new reference): what a user __repr__ returned, itself; an int's
   * digits always in a new string (long_to_decimal_string never hands out the cached 1-character ones).
   */
  reprObject(this: Interp, h: Handle): Handle {
    const k = this.kind[h];
    if (k === K.Instance || (k === K.Type && this.ty[h].isHeap)) {
      const r = this.callSpecialObject(h, '__repr__');
      if (r >= 0) return r;
    }
    if (k === K.Int && this.ty[h] === this.tInt) return this.newStrObject(this.repr(h));
    // bool_repr: the interpreter's own 'True'/'False' strings
    if (k === K.Bool) return this.internStr(this.pv[h] ? 'True' : 'False');
    return this.newStr(this.repr(h));
  },

  /** PyObject_Str as an object (new reference): a str itself, what a user __str__ (or __repr__) returned, ints as reprObject. */
  strObject(this: Interp, h: Handle): Handle {
    const k = this.kind[h];
    if (k === K.Str && this.ty[h] === this.tStr) return this.incref(h);
    if (k === K.Instance) {
      const r = this.callSpecialObject(h, '__str__');
      if (r >= 0) return r;
      return this.reprObject(h);
    }
    if ((k === K.Int && this.ty[h] === this.tInt) || k === K.Bool) return this.reprObject(h);
    return this.newStr(this.str(h));
  },

  /** str(i) with 3.11's digit limit (sys.set_int_max_str_digits): ValueError past it. */
  intText(this: Interp, v: N.PyIntValue): string {
    const text = N.intToString(v);
    const limit = this.maxStrDigits;
    if (limit > 0 && typeof v === 'bigint' && text.length - (v < 0n ? 1 : 0) > limit) {
      throw new PyException('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
    return text;
  },

  /** PyCallable_Check. */
  callable(this: Interp, h: Handle): boolean {
    const k = this.kind[h];
    return k === K.Func || k === K.Builtin || k === K.Method || k === K.Type || k === K.Weakref || this.ty[h].ext?.call !== undefined || (k === K.Instance && this.lookupClassAttr(this.ty[h], '__call__') >= 0);
  },

  // ================================================================ truth, equality, ordering
  truthy(this: Interp, h: Handle): boolean {
    switch (this.kind[h]) {
      case K.None:
        return false;
      case K.Bool:
        return this.pv[h] === 1;
      case K.Int: {
        const v = this.pv[h] as N.PyIntValue;
        return v !== 0;
      }
      case K.Float:
        return this.pv[h] !== 0;
      case K.Complex:
        return (this.pv[h] as Cx).re !== 0 || (this.pv[h] as Cx).im !== 0;
      case K.Str:
      case K.Bytes:
        return (this.pv[h] as string).length > 0;
      case K.Tuple:
        return (this.pv[h] as Handle[]).length > 0;
      case K.List:
        return (this.pv[h] as ListData).items.length > 0;
      case K.Dict:
        return (this.pv[h] as DictData).used > 0;
      case K.Set:
      case K.FrozenSet:
        return (this.pv[h] as SetData).used > 0;
      case K.Range:
        return (this.pv[h] as RangeData).len !== 0;
      case K.ByteArray:
        return (this.pv[h] as ByteArrayData).s.length > 0;
      case K.Instance: {
        const b = this.lookupClassAttr(this.ty[h], '__bool__');
        if (b >= 0) {
          const r = this.call(this.incref(b), [this.incref(h)], null);
          const v = r === this.True;
          const rtype = this.kind[r] === K.Bool ? null : this.ty[r].name;
          this.decref(r);
          // slot_nb_bool: only a bool will do
          if (rtype !== null) throw this.typeError(`__bool__ should return bool, returned ${rtype}`);
          return v;
        }
        const l = this.lookupClassAttr(this.ty[h], '__len__');
        if (l >= 0) {
          const r = this.call(this.incref(l), [this.incref(h)], null);
          const v = this.truthy(r);
          this.decref(r);
          return v;
        }
        return true;
      }
      case K.Object: {
        const ext = this.ty[h].ext;
        return ext?.len ? ext.len(h) > 0 : true;
      }
      default:
        return true;
    }
  },

  /** A real number's value (int as number/bigint, bool as 0/1, float), or null. */
  real(this: Interp, h: Handle): number | bigint | null {
    const k = this.kind[h];
    if (k === K.Int || k === K.Bool || k === K.Float) return this.pv[h] as number | bigint;
    return null;
  },

  eq(this: Interp, a: Handle, b: Handle): boolean {
    if (a === b) {
      return !(this.kind[a] === K.Float && Number.isNaN(this.pv[a] as number));
    }
    const ka = this.kind[a];
    const kb = this.kind[b];
    if (ka === K.Complex || kb === K.Complex) {
      const x = asComplex(this, a);
      const y = asComplex(this, b);
      if (x && y) {
        // complex_richcompare: an int is compared exactly with the real part
        if (x.im !== y.im) return false;
        const rx = ka === K.Complex ? x.re : (this.pv[a] as number | bigint);
        const ry = kb === K.Complex ? y.re : (this.pv[b] as number | bigint);
        return N.compareReal(rx, ry) === 0;
      }
      if (ka === K.Instance || kb === K.Instance) return this.instanceEq(a, b);
      return false;
    }
    const ra = this.real(a);
    if (ra !== null) {
      const rb = this.real(b);
      if (rb === null) return this.instanceEq(a, b);
      return N.compareReal(ra, rb) === 0;
    }
    if (ka === K.ByteArray || kb === K.ByteArray) {
      // bytearray_richcompare: against any buffer (bytes or bytearray), by value
      const x = bufText(this, a);
      const y = bufText(this, b);
      if (x !== null && y !== null) return x === y;
    }
    if (ka !== kb) {
      if ((ka === K.Set || ka === K.FrozenSet) && (kb === K.Set || kb === K.FrozenSet)) return this.setEq(a, b);
      if (ka === K.Instance || kb === K.Instance) return this.instanceEq(a, b);
      return false;
    }
    switch (ka) {
      case K.Str:
      case K.Bytes:
        return this.pv[a] === this.pv[b];
      case K.Tuple:
        return this.seqEq(this.pv[a] as Handle[], this.pv[b] as Handle[]);
      case K.List:
        return this.seqEq((this.pv[a] as ListData).items, (this.pv[b] as ListData).items);
      case K.Dict: {
        // a dict subtype's own comparison between two of its instances (OrderedDict's order, Counter's zeros)
        const ext = this.ty[a].ext;
        if (ext?.eq && this.ty[b] === this.ty[a]) return ext.eq(a, b);
        return this.dictEq(a, b);
      }
      case K.Set:
      case K.FrozenSet:
        return this.setEq(a, b);
      case K.Range:
        return rangeEq(this.pv[a] as RangeData, this.pv[b] as RangeData);
      case K.Slice:
        // slice_richcompare compares (start, stop, step) as tuples
        return this.seqEq(this.pv[a] as Handle[], this.pv[b] as Handle[]);
      case K.Object: {
        const ext = this.ty[a].ext;
        if (ext?.eq === undefined && ext?.compare !== undefined) return ext.compare(a, b, '==') ?? false;
        return ext?.eq !== undefined && this.ty[b] === this.ty[a] && ext.eq(a, b);
      }
      case K.Instance:
        return this.instanceEq(a, b);
      case K.Method: {
        const x = this.pv[a] as { func: Handle; self: Handle };
        const y = this.pv[b] as { func: Handle; self: Handle };
        return x.func === y.func && x.self === y.self;
      }
      default:
        return false;
    }
  },

  /** dict_equal: the same keys with equal values, in any order. */
  dictEq(this: Interp, a: Handle, b: Handle): boolean {
    const da = this.pv[a] as DictData;
    const db = this.pv[b] as DictData;
    if (da.used !== db.used) return false;
    for (let i = 0; i < da.keys.length; i++) {
      if (da.keys[i] < 0) continue;
      const j = db.idx.get(this.hashKey(da.keys[i]));
      if (j === undefined || !this.eq(da.vals[i], db.vals[j])) return false;
    }
    return true;
  },

  instanceEq(this: Interp, a: Handle, b: Handle): boolean {
    return this.instanceCompare(a, b, '__eq__', '__eq__') ?? a === b;
  },

  /**
   * A rich comparison answered by the instances' own methods: `a.fwd(b)`, then the reflected
   * `b.rev(a)`, skipping non-instances, missing methods and NotImplemented; undefined when
   * neither answers.
   */
  instanceCompare(this: Interp, a: Handle, b: Handle, fwd: string, rev: string): boolean | undefined {
    for (const [x, y, name] of [[a, b, fwd], [b, a, rev]] as const) {
      if (this.kind[x] !== K.Instance) continue;
      const f = this.lookupClassAttr(this.ty[x], name);
      if (f < 0) continue;
      const r = this.call(this.incref(f), [this.incref(x), this.incref(y)], null);
      if (r === this.NotImplemented) {
        this.decref(r);
        continue;
      }
      const v = this.truthy(r);
      this.decref(r);
      return v;
    }
    return undefined;
  },

  seqEq(this: Interp, x: Handle[], y: Handle[]): boolean {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!this.eq(x[i], y[i])) return false;
    return true;
  },

  setEq(this: Interp, a: Handle, b: Handle): boolean {
    const x = this.pv[a] as SetData;
    const y = this.pv[b] as SetData;
    if (x.used !== y.used) return false;
    for (const k of x.idx.keys()) if (!y.idx.has(k)) return false;
    return true;
  },

  /** Ordering comparison: negative, zero or positive; throws TypeError for unorderable pairs. */
  cmp(this: Interp, a: Handle, b: Handle, op: string): number {
    const ra = this.real(a);
    const rb = this.real(b);
    if (ra !== null && rb !== null) return N.compareReal(ra, rb);
    const ka = this.kind[a];
    if (ka === K.ByteArray || this.kind[b] === K.ByteArray) {
      const x = bufText(this, a);
      const y = bufText(this, b);
      if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
    }
    if (ka === this.kind[b]) {
      if (ka === K.Str || ka === K.Bytes) {
        const x = this.pv[a] as string;
        const y = this.pv[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      if (ka === K.Tuple || ka === K.List || ka === K.Slice) {
        // slices order as their (start, stop, step) tuples
        const x = ka === K.List ? (this.pv[a] as ListData).items : (this.pv[a] as Handle[]);
        const y = ka === K.List ? (this.pv[b] as ListData).items : (this.pv[b] as Handle[]);
        const n = Math.min(x.length, y.length);
        for (let i = 0; i < n; i++) {
          if (!this.eq(x[i], y[i])) return this.cmp(x[i], y[i], op);
        }
        return x.length - y.length;
      }
      if (ka === K.Set || ka === K.FrozenSet) {
        const x = this.pv[a] as SetData;
        const y = this.pv[b] as SetData;
        const sub = [...x.idx.keys()].every((k) => y.idx.has(k));
        const sup = [...y.idx.keys()].every((k) => x.idx.has(k));
        if (sub && sup) return 0;
        if (sub) return -1;
        if (sup) return 1;
        return NaN;
      }
    }
    const extCompare = ka === K.Object ? this.ty[a].ext?.compare : undefined;
    const extTruth = extCompare?.(a, b, op);
    if (extTruth !== undefined) return op === '<' ? (extTruth ? -1 : 0) : op === '<=' ? (extTruth ? 0 : 1) : op === '>' ? (extTruth ? 1 : 0) : extTruth ? 0 : -1;
    if (ka === K.Instance || this.kind[b] === K.Instance) {
      const names: Record<string, [string, string]> = { '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__'] };
      const [fwd, rev] = names[op];
      const truth = this.instanceCompare(a, b, fwd, rev);
      if (truth !== undefined) {
        // encode the boolean answer as an ordering for `op`
        if (op === '<') return truth ? -1 : 0;
        if (op === '<=') return truth ? 0 : 1;
        if (op === '>') return truth ? 1 : 0;
        return truth ? 0 : -1;
      }
    }
    throw this.typeError(`'${op}' not supported between instances of '${this.ty[a].name}' and '${this.ty[b].name}'`);
  },

  /** `a OP b` for a comparison operator; returns a new reference. */
  /** PyObject_RichCompareBool without its identity shortcut: the truth of `a op b`, the result released. */
  compareBool(this: Interp, op: string, a: Handle, b: Handle): boolean {
    const r = this.compare(op, a, b);
    try {
      return this.truthy(r);
    } finally {
      this.decref(r);
    }
  },

  compare(this: Interp, op: string, a: Handle, b: Handle): Handle {
    switch (op) {
      case '==':
        return this.newBool(this.eq(a, b));
      case '!=':
        return this.newBool(!this.eq(a, b));
      case 'is':
        return this.newBool(a === b);
      case 'is not':
        return this.newBool(a !== b);
      case 'in':
        return this.newBool(this.contains(b, a));
      case 'not in':
        return this.newBool(!this.contains(b, a));
    }
    const c = this.cmp(a, b, op);
    switch (op) {
      case '<':
        return this.newBool(c < 0);
      case '<=':
        return this.newBool(c <= 0);
      case '>':
        return this.newBool(c > 0);
      default:
        return this.newBool(c >= 0);
    }
  },

  contains(this: Interp, container: Handle, item: Handle): boolean {
    if (this.kind[container] === K.Instance) {
      const f = this.lookupClassAttr(this.ty[container], '__contains__');
      if (f >= 0) {
        const r = this.call(this.incref(f), [this.incref(container), this.incref(item)], null);
        try {
          return this.truthy(r);
        } finally {
          this.decref(r);
        }
      }
    }
    switch (this.kind[container]) {
      case K.List:
        return (this.pv[container] as ListData).items.some((x) => x === item || this.eq(x, item));
      case K.Tuple:
        return (this.pv[container] as Handle[]).some((x) => x === item || this.eq(x, item));
      case K.Dict:
        return (this.pv[container] as DictData).idx.has(this.hashKey(item));
      case K.MappingProxy:
        return this.contains((this.pv[container] as { dict: Handle }).dict, item);
      case K.Set:
      case K.FrozenSet:
        return (this.pv[container] as SetData).idx.has(this.hashKey(item));
      case K.Str:
        if (this.kind[item] !== K.Str) {
          throw this.typeError(`'in <string>' requires string as left operand, not ${this.ty[item].name}`);
        }
        return (this.pv[container] as string).includes(this.pv[item] as string);
      case K.Bytes:
      case K.ByteArray: {
        const ki = this.kind[item];
        const text = bufText(this, container)!;
        if (ki === K.Int || ki === K.Bool) {
          const v = Number(this.pv[item]);
          if (v < 0 || v > 255) throw this.err('ValueError', 'byte must be in range(0, 256)');
          return text.includes(String.fromCharCode(v));
        }
        const sub = bufText(this, item);
        if (sub === null) throw this.typeError(`a bytes-like object is required, not '${this.ty[item].name}'`);
        return text.includes(sub);
      }
      case K.Range:
        return rangeContains(this, container, item);
      case K.DictView: {
        const v = this.pv[container] as { dict: Handle; what: number };
        if (v.what === 0) return this.contains(v.dict, item);
        const d = this.pv[v.dict] as DictData;
        for (let i = 0; i < d.keys.length; i++) {
          if (d.keys[i] < 0) continue;
          if (v.what === 1 && this.eq(d.vals[i], item)) return true;
        }
        return false;
      }
      default: {
        const it = this.iter(container);
        try {
          for (let x = this.next(it); x >= 0; x = this.next(it)) {
            const found = x === item || this.eq(x, item);
            this.decref(x);
            if (found) return true;
          }
          return false;
        } finally {
          this.decref(it);
        }
      }
    }
  },
};

/** The methods of `objectOps`, merged into Interp. */
export type ObjectOps = typeof objectOps;
