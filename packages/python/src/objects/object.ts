// The generic object protocol's text side: repr and str (with Py_ReprEnter's recursion guard),
// addresses and PyCallable_Check. Mirrors PyObject_Repr and PyObject_Str of Objects/object.c;
// truth, equality, ordering and `in` are in richCompare.ts.
import { complexRepr, type Cx } from './complexObject.js';
import { reprModule } from './typeAttrs.js';
import { formatFloat, reprBytes, reprStr } from '../format.js';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, PyType, type DictData, type ListData } from '../objects.js';
import type { Code, FuncData, Interp } from '../interp.js';
import { excRepr, excStr } from './exceptions.js';
import { frameRepr } from './pyFrameObject.js';
import { slotWrapperRepr } from './slotWrapper.js';
import { rangeRepr } from './rangeObject.js';
import { sliceRepr } from './sliceObject.js';
import { byteArrayRepr } from './bytearrayObject.js';

const LIST_MAX_PRINT_DEPTH = 1000;

/** The kinds whose heap subclasses keep the builtin's value (a user __repr__/__str__ there wins). */
const SUBCLASS_VALUE_KINDS: ReadonlySet<K> = new Set([K.List, K.Dict, K.Tuple, K.Int, K.Float, K.Set, K.FrozenSet]);

/** PyObject_Repr/Str and PyCallable_Check, merged into Interp. */
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
};

/** The methods of `objectOps`, merged into Interp. */
export type ObjectOps = typeof objectOps;
