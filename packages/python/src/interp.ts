// The operations of the Python subset over the object space: repr/str, comparisons,
// arithmetic, attributes, subscripts, calls, iteration and the container mutations with
// CPython's growth rules (list_resize, dictresize, set_table_resize). Mirrors the C functions
// the 3.11 eval loop calls (PyObject_Repr, PyNumber_Add, PyObject_GetAttr, list_append, ...).
// Reference rule: arguments are BORROWED unless a name says "steal"; results are NEW references.
import { PyException, StepLimitExceeded } from './errors.js';
import { formatFloat, reprBytes, reprStr } from './format.js';
import type { Handle, Mem } from './mem.js';
import { dictKeysSize, splitDictToCombined, listAfterSliceDelete, listCapacityAfterAppends, listCapacityAfterExtend, listResize as listResizeRule } from '@pymem/object-model';
import * as N from './numbers.js';
import {
  K, PyType, Space,
  type DictData, type InstanceData, type IterData, type ListData, type RangeData, type SetData
} from './objects.js';

/** A compiled code unit (module, function, lambda or class body). */
export interface Code {
  readonly name: string;
  readonly qualname: string;
  readonly params: readonly { name: string; kwOnly: boolean }[];
  readonly nPositional: number;
  readonly nlocals: number;
  readonly localNames: readonly string[];
  readonly body: (f: Frame) => number;
  /** Code object on the heap (a constant of its parent). */
  handle: Handle;
  readonly isModule: boolean;
}

/** One activation: fast locals, the globals dict, the class namespace (class bodies). */
export interface Frame {
  readonly code: Code;
  readonly fast: Handle[];
  readonly globals: Handle;
  readonly ns: Handle;
  line: number;
  ret: Handle;
  readonly back: Frame | null;
}

export interface FuncData {
  code: Code;
  defaults: Handle[];
  kwdefaults: Map<string, Handle>;
  globals: Handle;
  name: string;
}

/** Statement outcome codes of compiled statements. */
export const enum Flow {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

const LIST_MAX_PRINT_DEPTH = 1000;

/** Interpreter state + object operations. */
export class Interp extends Space {
  out: (text: string) => void = () => {};
  frame: Frame | null = null;
  depth = 0;
  steps = 0;
  maxSteps = Infinity;
  /** Py_ReprEnter's list, once the first container repr made it (its dict is never released). */
  private reprListHandle: Handle = -1;
  /** Compile statements so that each publishes a `statement` marker (line) before it runs. */
  markStatements = false;
  readonly builtins = new Map<string, Handle>();
  readonly modules = new Map<string, Handle>();
  /** How a new frame's body is run (set by the compiler module). */
  private reprDepth = 0;

  constructor(mem: Mem) {
    super(mem);
    this.callFunction = (f, a, kw) => this.callFunctionImpl(f, a, kw);
  }

  err(type: string, msg: string): PyException {
    return new PyException(type, msg);
  }

  // ================================================================ repr / str
  repr(h: Handle): string {
    switch (this.kind[h]) {
      case K.None:
        return 'None';
      case K.Bool:
        return this.pv[h] ? 'True' : 'False';
      case K.Int:
        return N.intToString(this.pv[h] as N.PyIntValue);
      case K.Float:
        return formatFloat(this.pv[h] as number);
      case K.Str:
        return reprStr(this.pv[h] as string);
      case K.Bytes:
        return reprBytes(this.pv[h] as string);
      case K.Ellipsis:
        return 'Ellipsis';
      case K.NotImpl:
        return 'NotImplemented';
      case K.Tuple: {
        const items = this.pv[h] as Handle[];
        if (items.length === 0) return '()';
        return this.reprGuard(h, '(...)', () =>
          items.length === 1 ? `(${this.reprNested(items[0])},)` : `(${items.map((x) => this.reprNested(x)).join(', ')})`);
      }
      case K.List:
        if ((this.pv[h] as ListData).items.length === 0) return '[]';
        return this.reprGuard(h, '[...]', () => `[${(this.pv[h] as ListData).items.map((x) => this.reprNested(x)).join(', ')}]`);
      case K.Dict:
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
      case K.Range: {
        const r = this.pv[h] as RangeData;
        return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
      }
      case K.Func:
        return `<function ${(this.pv[h] as FuncData).code.qualname} at ${this.addr(h)}>`;
      case K.Builtin: {
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
        return `<class '${t.isHeap ? '__main__.' : ''}${t.name}'>`;
      }
      case K.Module:
        return `<module '${(this.pv[h] as { name: string }).name}' (built-in)>`;
      case K.Weakref: {
        const target = this.weakrefTarget(h);
        if (target < 0) return `<weakref at ${this.addr(h)}; dead>`;
        const t = this.ty[target];
        const extra = t.kind === K.Type ? ` (${(this.pv[target] as PyType).name})` : '';
        return `<weakref at ${this.addr(h)}; to '${t.isHeap ? '__main__.' : ''}${t.name}' at ${this.addr(target)}${extra}>`;
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
        return `<__main__.${this.ty[h].name} object at ${this.addr(h)}>`;
      }
      case K.Object:
        return `<object object at ${this.addr(h)}>`;
      case K.Code:
        return `<code object ${(this.pv[h] as Code).name} at ${this.addr(h)}, file "<stdin>", line 1>`;
      default:
        return `<${this.ty[h].name} object at ${this.addr(h)}>`;
    }
  }

  private reprNested(h: Handle): string {
    if (++this.reprDepth > LIST_MAX_PRINT_DEPTH) {
      this.reprDepth = 0;
      throw this.err('RecursionError', 'maximum recursion depth exceeded while getting the repr of an object');
    }
    try {
      return this.repr(h);
    } finally {
      this.reprDepth--;
    }
  }

  /**
   * Py_ReprEnter / Py_ReprLeave around a container's repr: CPython keeps the containers being
   * repr'd in a list stored in the thread state's dict, both made on first use and kept for
   * good (two GC allocations, from the free lists when they hold one), and appends and removes
   * each container, so the list's item array grows and shrinks like any list's.
   */
  private reprGuard(h: Handle, recursive: string, fn: () => string): string {
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
  }

  /** The thread state dict's "Py_Repr" list (PyThreadState_GetDict, then PyList_New(0)), made once. */
  private reprList(): Handle {
    if (this.reprListHandle >= 0) return this.reprListHandle;
    const tstateDict = this.newDict();
    const list = this.newList([]);
    // the key is a static identifier in CPython (no allocation); the static empty str stands in for it
    this.dictSet(tstateDict, this.emptyStr, list);
    this.decref(list);
    this.reprListHandle = list;
    return list;
  }

  addr(h: Handle): string {
    return `0x${this.mem.address(h).toString(16).padStart(12, '0')}`;
  }

  str(h: Handle): string {
    const k = this.kind[h];
    if (k === K.Str) return this.pv[h] as string;
    if (k === K.Instance) {
      const r = this.callSpecial(h, '__str__');
      if (r !== null) return r;
    }
    return this.repr(h);
  }

  /** Calls a user-defined `__str__`/`__repr__` if the class has one; returns its text. */
  private callSpecial(h: Handle, name: string): string | null {
    const f = this.lookupClassAttr(this.ty[h], name);
    if (f < 0) return null;
    const r = this.call(this.incref(f), [this.incref(h)], null);
    if (this.kind[r] !== K.Str) {
      this.decref(r);
      throw this.typeError(`${name} returned non-string (type ${this.ty[r].name})`);
    }
    const s = this.pv[r] as string;
    this.decref(r);
    return s;
  }

  // ================================================================ truth, equality, ordering
  truthy(h: Handle): boolean {
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
        return this.rangeLen(this.pv[h] as RangeData) > 0;
      case K.Instance: {
        const b = this.lookupClassAttr(this.ty[h], '__bool__');
        if (b >= 0) {
          const r = this.call(this.incref(b), [this.incref(h)], null);
          const v = r === this.True;
          this.decref(r);
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
      default:
        return true;
    }
  }

  /** A real number's value (int as number/bigint, bool as 0/1, float), or null. */
  real(h: Handle): number | bigint | null {
    const k = this.kind[h];
    if (k === K.Int || k === K.Bool || k === K.Float) return this.pv[h] as number | bigint;
    return null;
  }

  eq(a: Handle, b: Handle): boolean {
    if (a === b) {
      return !(this.kind[a] === K.Float && Number.isNaN(this.pv[a] as number));
    }
    const ka = this.kind[a];
    const kb = this.kind[b];
    const ra = this.real(a);
    if (ra !== null) {
      const rb = this.real(b);
      if (rb === null) return this.instanceEq(a, b);
      return N.compareReal(ra, rb) === 0;
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
        const da = this.pv[a] as DictData;
        const db = this.pv[b] as DictData;
        if (da.used !== db.used) return false;
        for (let i = 0; i < da.keys.length; i++) {
          if (da.keys[i] < 0) continue;
          const j = db.idx.get(this.hashKey(da.keys[i]));
          if (j === undefined || !this.eq(da.vals[i], db.vals[j])) return false;
        }
        return true;
      }
      case K.Set:
      case K.FrozenSet:
        return this.setEq(a, b);
      case K.Range: {
        const x = this.pv[a] as RangeData;
        const y = this.pv[b] as RangeData;
        const lx = this.rangeLen(x);
        const ly = this.rangeLen(y);
        if (lx !== ly) return false;
        if (lx === 0) return true;
        if (x.start !== y.start) return false;
        return lx === 1 || x.step === y.step;
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
  }

  private instanceEq(a: Handle, b: Handle): boolean {
    return this.instanceCompare(a, b, '__eq__', '__eq__') ?? a === b;
  }

  /**
   * A rich comparison answered by the instances' own methods: `a.fwd(b)`, then the reflected
   * `b.rev(a)`, skipping non-instances, missing methods and NotImplemented; undefined when
   * neither answers.
   */
  private instanceCompare(a: Handle, b: Handle, fwd: string, rev: string): boolean | undefined {
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
  }

  private seqEq(x: Handle[], y: Handle[]): boolean {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!this.eq(x[i], y[i])) return false;
    return true;
  }

  private setEq(a: Handle, b: Handle): boolean {
    const x = this.pv[a] as SetData;
    const y = this.pv[b] as SetData;
    if (x.used !== y.used) return false;
    for (const k of x.idx.keys()) if (!y.idx.has(k)) return false;
    return true;
  }

  /** Ordering comparison: negative, zero or positive; throws TypeError for unorderable pairs. */
  cmp(a: Handle, b: Handle, op: string): number {
    const ra = this.real(a);
    const rb = this.real(b);
    if (ra !== null && rb !== null) return N.compareReal(ra, rb);
    const ka = this.kind[a];
    if (ka === this.kind[b]) {
      if (ka === K.Str || ka === K.Bytes) {
        const x = this.pv[a] as string;
        const y = this.pv[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      if (ka === K.Tuple || ka === K.List) {
        const x = ka === K.Tuple ? (this.pv[a] as Handle[]) : (this.pv[a] as ListData).items;
        const y = ka === K.Tuple ? (this.pv[b] as Handle[]) : (this.pv[b] as ListData).items;
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
  }

  /** `a OP b` for a comparison operator; returns a new reference. */
  compare(op: string, a: Handle, b: Handle): Handle {
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
  }

  contains(container: Handle, item: Handle): boolean {
    switch (this.kind[container]) {
      case K.List:
        return (this.pv[container] as ListData).items.some((x) => x === item || this.eq(x, item));
      case K.Tuple:
        return (this.pv[container] as Handle[]).some((x) => x === item || this.eq(x, item));
      case K.Dict:
        return (this.pv[container] as DictData).idx.has(this.hashKey(item));
      case K.Set:
      case K.FrozenSet:
        return (this.pv[container] as SetData).idx.has(this.hashKey(item));
      case K.Str:
        if (this.kind[item] !== K.Str) {
          throw this.typeError(`'in <string>' requires string as left operand, not ${this.ty[item].name}`);
        }
        return (this.pv[container] as string).includes(this.pv[item] as string);
      case K.Bytes:
        return (this.pv[container] as string).includes(this.pv[item] as string);
      case K.Range: {
        const r = this.pv[container] as RangeData;
        const v = this.real(item);
        if (v === null || (typeof v === 'number' && !Number.isInteger(v))) return false;
        const x = Number(v);
        if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
        return (x - r.start) % r.step === 0;
      }
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
  }

  // ================================================================ arithmetic
  /** `a OP b` (new reference). */
  binop(op: string, a: Handle, b: Handle, inplace = false): Handle {
    const ka = this.kind[a];
    const kb = this.kind[b];
    if ((ka === K.Int || ka === K.Bool) && (kb === K.Int || kb === K.Bool)) {
      return this.intOp(op, this.pv[a] as N.PyIntValue, this.pv[b] as N.PyIntValue, ka === K.Bool && kb === K.Bool);
    }
    const ra = this.real(a);
    const rb = this.real(b);
    if (ra !== null && rb !== null) {
      try {
        const x = ka === K.Float ? (ra as number) : N.intToFloat(ra);
        const y = kb === K.Float ? (rb as number) : N.intToFloat(rb);
        return this.floatOp(op, x, y);
      } catch (e) {
        throw this.arith(e);
      }
    }
    if (inplace && ka === K.List && op === '+') {
      this.listExtend(a, b);
      return this.incref(a);
    }
    if (inplace && (ka === K.Set) && (op === '|' || op === '&' || op === '-' || op === '^')) {
      const r = this.setOp(op, a, b);
      if (r >= 0) {
        // in place: replace contents
        this.setClearTo(a, r);
        this.decref(r);
        return this.incref(a);
      }
    }
    switch (op) {
      case '+':
        if (ka === kb) {
          if (ka === K.Str) return this.newStr((this.pv[a] as string) + (this.pv[b] as string));
          if (ka === K.Bytes) return this.newBytes((this.pv[a] as string) + (this.pv[b] as string));
          if (ka === K.List) {
            const items = [...(this.pv[a] as ListData).items, ...(this.pv[b] as ListData).items];
            for (const x of items) this.incref(x);
            return this.newList(items);
          }
          if (ka === K.Tuple) {
            const items = [...(this.pv[a] as Handle[]), ...(this.pv[b] as Handle[])];
            if (items.length === (this.pv[a] as Handle[]).length) return this.incref(a);
            if (items.length === (this.pv[b] as Handle[]).length) return this.incref(b);
            for (const x of items) this.incref(x);
            return this.newTuple(items);
          }
        }
        break;
      case '*': {
        const seq = ka === K.Int || ka === K.Bool ? b : a;
        const n = seq === a ? b : a;
        const kn = this.kind[n];
        const ks = this.kind[seq];
        if ((kn === K.Int || kn === K.Bool) && (ks === K.Str || ks === K.Bytes || ks === K.List || ks === K.Tuple)) {
          const count = Math.max(0, Number(this.pv[n] as N.PyIntValue));
          if ((ks === K.Str || ks === K.Bytes) && count === 1) return this.incref(seq);
          if (ks === K.Str) return this.newStr((this.pv[seq] as string).repeat(count));
          if (ks === K.Bytes) {
            // bytes_repeat always allocates, even an empty result
            const text = (this.pv[seq] as string).repeat(count);
            return this.alloc(this.tBytes, K.Bytes, text, 0, text.length);
          }
          const src = ks === K.List ? (this.pv[seq] as ListData).items : (this.pv[seq] as Handle[]);
          if (ks === K.Tuple && count === 1) return this.incref(seq);
          if (inplace && ks === K.List && seq === a) {
            this.listRepeatInPlace(a, count);
            return this.incref(a);
          }
          const items: Handle[] = [];
          for (let i = 0; i < count; i++) for (const x of src) items.push(this.incref(x));
          return ks === K.List ? this.newList(items) : this.newTuple(items);
        }
        break;
      }
      case '%':
        if (ka === K.Str) return this.newStr(this.percentFormat(this.pv[a] as string, b));
        break;
      case '|':
      case '&':
      case '-':
      case '^': {
        if ((ka === K.Set || ka === K.FrozenSet) && (kb === K.Set || kb === K.FrozenSet)) {
          const r = this.setOp(op, a, b);
          if (r >= 0) return r;
        }
        if (op === '|' && ka === K.Dict && kb === K.Dict) {
          const r = this.dictCopy(a);
          this.dictUpdate(r, b);
          return r;
        }
        break;
      }
    }
    const user = this.userBinop(op, a, b);
    if (user >= 0) return user;
    throw this.typeError(
      `unsupported operand type(s) for ${op}${inplace ? '=' : ''}: '${this.ty[a].name}' and '${this.ty[b].name}'`,
    );
  }

  private userBinop(op: string, a: Handle, b: Handle): Handle {
    const names: Record<string, string> = {
      '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
      '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor',
    };
    const n = names[op];
    if (!n) return -1;
    for (const [x, y, name] of [[a, b, `__${n}__`], [b, a, `__r${n}__`]] as const) {
      if (this.kind[x] !== K.Instance) continue;
      const f = this.lookupClassAttr(this.ty[x], name);
      if (f < 0) continue;
      const r = this.call(this.incref(f), [this.incref(x), this.incref(y)], null);
      if (r === this.NotImplemented) {
        this.decref(r);
        continue;
      }
      return r;
    }
    return -1;
  }

  arith(e: unknown): unknown {
    if (e instanceof N.PyArithmeticError) return this.err(e.pyType, e.message);
    return e;
  }

  private intOp(op: string, x: N.PyIntValue, y: N.PyIntValue, bothBool: boolean): Handle {
    try {
      switch (op) {
        case '+':
          return this.newInt(N.intAdd(x, y));
        case '-':
          return this.newInt(N.intSub(x, y));
        case '*':
          return this.newInt(N.intMul(x, y));
        case '//':
          return this.newInt(N.intFloorDiv(x, y));
        case '%':
          return this.newInt(N.intMod(x, y));
        case '/':
          return this.newFloat(N.intTrueDiv(x, y));
        case '**': {
          const r = N.intPow(x, y);
          return 'int' in r ? this.newInt(r.int) : this.newFloat(r.float);
        }
        case '<<': {
          if (y < 0) throw this.err('ValueError', 'negative shift count');
          return this.newInt(N.normInt(BigInt(x) << BigInt(y)));
        }
        case '>>': {
          if (y < 0) throw this.err('ValueError', 'negative shift count');
          return this.newInt(N.normInt(BigInt(x) >> BigInt(y)));
        }
        case '&':
          return bothBool ? this.newBool(!!(Number(x) & Number(y))) : this.newInt(N.normInt(BigInt(x) & BigInt(y)));
        case '|':
          return bothBool ? this.newBool(!!(Number(x) | Number(y))) : this.newInt(N.normInt(BigInt(x) | BigInt(y)));
        case '^':
          return bothBool ? this.newBool(!!(Number(x) ^ Number(y))) : this.newInt(N.normInt(BigInt(x) ^ BigInt(y)));
      }
    } catch (e) {
      throw this.arith(e);
    }
    throw this.typeError(`unsupported operand type(s) for ${op}: 'int' and 'int'`);
  }

  private floatOp(op: string, x: number, y: number): Handle {
    switch (op) {
      case '+':
        return this.newFloat(x + y);
      case '-':
        return this.newFloat(x - y);
      case '*':
        return this.newFloat(x * y);
      case '/':
        return this.newFloat(N.floatTrueDiv(x, y));
      case '//':
        return this.newFloat(N.floatFloorDiv(x, y));
      case '%':
        return this.newFloat(N.floatMod(x, y));
      case '**':
        return this.newFloat(N.floatPow(x, y));
    }
    throw this.typeError(`unsupported operand type(s) for ${op}: 'float' and 'float'`);
  }

  unary(op: string, a: Handle): Handle {
    const k = this.kind[a];
    if (op === 'not') return this.newBool(!this.truthy(a));
    if (k === K.Int || k === K.Bool) {
      const v = this.pv[a] as N.PyIntValue;
      if (op === '-') return this.newInt(N.intSub(0, v));
      if (op === '+') return k === K.Bool ? this.newInt(v) : this.incref(a);
      if (op === '~') return this.newInt(N.intSub(N.intSub(0, v), 1));
    }
    if (k === K.Float) {
      if (op === '-') return this.newFloat(-(this.pv[a] as number));
      if (op === '+') return this.incref(a);
    }
    if (k === K.Instance) {
      const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
      const f = this.lookupClassAttr(this.ty[a], name);
      if (f >= 0) return this.call(this.incref(f), [this.incref(a)], null);
    }
    throw this.typeError(`bad operand type for unary ${op}: '${this.ty[a].name}'`);
  }

  private percentFormat(fmt: string, arg: Handle): string {
    const args = this.kind[arg] === K.Tuple ? (this.pv[arg] as Handle[]) : [arg];
    let i = 0;
    const out = fmt.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdrfixX%])/g, (_m, flags: string, width: string, prec: string, conv: string) => {
      if (conv === '%') return '%';
      if (i >= args.length) throw this.typeError('not enough arguments for format string');
      const h = args[i++];
      let s: string;
      if (conv === 's') s = this.str(h);
      else if (conv === 'r') s = this.repr(h);
      else if (conv === 'd' || conv === 'i') s = N.intToString(typeof this.real(h) === 'number' ? Math.trunc(this.real(h) as number) : (this.real(h) as bigint));
      else if (conv === 'f') s = Number(this.real(h)).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x') s = BigInt(this.real(h) as number).toString(16);
      else s = BigInt(this.real(h) as number).toString(16).toUpperCase();
      const w = Number(width || 0);
      if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') ? '0' : ' ');
      return s;
    });
    if (i < args.length && this.kind[arg] === K.Tuple) throw this.typeError('not all arguments converted during string formatting');
    return out;
  }

  // ================================================================ lists
  /** Sets the capacity of a list's item array (the allocator sees one realloc). */
  private listSetCapacity(h: Handle, cap: number, hasItems = true): void {
    const d = this.pv[h] as ListData;
    d.hasItems = hasItems;
    if (cap === d.alloc) return;
    d.alloc = cap;
    this.mem.resizeBuffer(h, 'items', cap * 8);
  }

  /** list_resize for `newsize` items (the current size is the old one). */
  listResize(h: Handle, newsize: number): void {
    const d = this.pv[h] as ListData;
    this.listSetCapacity(h, listResizeRule(d.alloc, d.items.length, newsize), d.hasItems || newsize > 0);
  }

  /** `list.append(item)`: borrows item. */
  listAppend(h: Handle, item: Handle): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (d.alloc <= n) this.listResize(h, n + 1);
    d.items.push(item);
    this.mem.incref(item);
    this.mem.resizeSlots(h, n + 1);
    this.mem.putSlot(h, n, item);
  }

  /** `__length_hint__` of an iterable (PyObject_LengthHint with default 8). */
  lengthHint(h: Handle): number {
    switch (this.kind[h]) {
      case K.Str: case K.Bytes: case K.Range: case K.Dict: case K.Set: case K.FrozenSet: case K.DictView: case K.Tuple: case K.List:
        return this.len(h);
      case K.Iter: {
        const d = this.pv[h] as IterData;
        const name = this.ty[h].name;
        if (name === 'range_iterator') return Math.max(0, d.n! - d.i);
        if (d.seq < 0) return 0;
        if (name === 'list_iterator') return Math.max(0, (this.pv[d.seq] as ListData).items.length - d.i);
        if (name === 'tuple_iterator') return Math.max(0, (this.pv[d.seq] as Handle[]).length - d.i);
        if (name === 'str_ascii_iterator') return Math.max(0, (this.pv[d.seq] as string).length - d.i);
        if (name.startsWith('dict_') || name === 'set_iterator') return Math.max(0, d.n! - d.i);
        return 8;
      }
      default:
        return 8;
    }
  }

  /** `list.extend(iterable)` / `+=` (list_extend: exact for lists and tuples, else the length hint). */
  listExtend(h: Handle, src: Handle): void {
    const k = this.kind[src];
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    let items: Handle[];
    let cap: number;
    if (k === K.List || k === K.Tuple) {
      items = k === K.List ? [...(this.pv[src] as ListData).items] : (this.pv[src] as Handle[]);
      if (items.length === 0) return;
      for (const x of items) this.incref(x);
      cap = listCapacityAfterExtend(d.alloc, n, d.hasItems, { kind: 'sequence', length: items.length });
    } else {
      const hint = this.lengthHint(src);
      items = this.collect(src);
      cap = listCapacityAfterExtend(d.alloc, n, d.hasItems, { kind: 'iterable', lengthHint: hint, count: items.length });
      if (!d.hasItems && hint === 0 && items.length === 0) return;
    }
    this.listSetCapacity(h, cap, d.hasItems || cap > 0 || items.length > 0);
    this.mem.resizeSlots(h, n + items.length);
    for (let i = 0; i < items.length; i++) {
      d.items.push(items[i]);
      this.mem.putSlot(h, n + i, items[i]);
    }
  }

  private listRepeatInPlace(h: Handle, count: number): void {
    const d = this.pv[h] as ListData;
    if (count <= 0 || d.items.length === 0) {
      const old = d.items;
      d.items = [];
      for (const x of old) this.incref(x);
      this.mem.resizeSlots(h, 0);
      this.listSetCapacity(h, 0, false);
      for (let i = old.length - 1; i >= 0; i--) this.decref(old[i]);
      return;
    }
    const src = [...d.items];
    const total = src.length * count;
    this.listResize(h, total);
    this.mem.resizeSlots(h, total);
    for (let c = 1; c < count; c++) {
      for (const x of src) {
        this.incref(x);
        this.mem.putSlot(h, d.items.length, x);
        d.items.push(x);
      }
    }
  }

  /** Replaces all items of a list with `items` (stolen), releasing the old ones from the end. */
  listSetItems(h: Handle, items: Handle[]): void {
    const d = this.pv[h] as ListData;
    d.items = items;
    this.mem.relayout(h, items);
    for (let i = 0; i < items.length; i++) this.decref(items[i]);
  }

  listInsert(h: Handle, where: number, item: Handle): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (where < 0) where = Math.max(0, where + n);
    if (where > n) where = n;
    this.listResize(h, n + 1);
    d.items.splice(where, 0, item);
    this.mem.relayout(h, d.items);
  }

  /** Removes and returns (as a new reference, stolen from the list) item i. */
  listPop(h: Handle, i: number): Handle {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    const item = d.items[i];
    this.incref(item);
    d.items.splice(i, 1);
    if (i === n - 1) {
      this.mem.resizeSlots(h, n - 1);
      this.listSetCapacity(h, listResizeRule(d.alloc, n, n - 1));
    } else {
      this.mem.relayout(h, d.items);
      const after = listAfterSliceDelete(d.alloc, n, 1);
      this.listSetCapacity(h, after.allocated, after.hasItemArray);
    }
    return item;
  }

  listSetItem(h: Handle, i: number, v: Handle): void {
    const d = this.pv[h] as ListData;
    d.items[i] = v;
    this.mem.setSlot(h, i, v);
  }

  /** Deletes items [lo, hi) (list_ass_slice): the removed items are released after the move. */
  listDelSlice(h: Handle, lo: number, hi: number): void {
    const d = this.pv[h] as ListData;
    const n = d.items.length;
    if (hi <= lo) return;
    const removed = d.items.splice(lo, hi - lo);
    // list_ass_slice: the items move down, the array shrinks, then the removed ones are released
    for (const x of removed) this.incref(x);
    this.mem.relayout(h, d.items);
    const after = listAfterSliceDelete(d.alloc, n, removed.length);
    this.listSetCapacity(h, after.allocated, after.hasItemArray);
    for (let j = removed.length - 1; j >= 0; j--) this.decref(removed[j]);
  }

  /** All items of an iterable as new references. */
  collect(src: Handle): Handle[] {
    const k = this.kind[src];
    if (k === K.List || k === K.Tuple) {
      const items = k === K.List ? [...(this.pv[src] as ListData).items] : [...(this.pv[src] as Handle[])];
      for (const x of items) this.incref(x);
      return items;
    }
    const out: Handle[] = [];
    const it = this.iter(src);
    try {
      for (let x = this.next(it); x >= 0; x = this.next(it)) out.push(x);
    } catch (e) {
      for (const x of out) this.decref(x);
      throw e;
    } finally {
      this.decref(it);
    }
    return out;
  }

  /** `list(iterable)`: a new empty list extended by the iterable (list___init__). */
  listFrom(src: Handle): Handle {
    const h = this.newList([]);
    try {
      this.listExtend(h, src);
    } catch (e) {
      this.decref(h);
      throw e;
    }
    return h;
  }

  /** A list built by appending `items` (stolen) one by one, as a comprehension does. */
  listByAppends(items: Handle[]): Handle {
    return this.newList(items, listCapacityAfterAppends(0, 0, items.length));
  }

  // ================================================================ dicts
  /** Borrowed value for key, or -1. */
  dictGet(h: Handle, key: Handle): Handle {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(this.hashKey(key));
    return i === undefined ? -1 : d.vals[i];
  }

  dictGetStr(h: Handle, key: string): Handle {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(`s${key}`);
    return i === undefined ? -1 : d.vals[i];
  }

  /** Follows a table change: a new keys block, and entries compacted when the table was rebuilt. */
  private dictAfterTableChange(h: Handle, log2: number, unicode: boolean, expectedEntries: number): void {
    const d = this.pv[h] as DictData;
    const t = d.table;
    if (t.nentries !== expectedEntries && d.keys.length !== d.used) {
      const keys: Handle[] = [];
      const vals: Handle[] = [];
      for (let i = 0; i < d.keys.length; i++) {
        if (d.keys[i] < 0) continue;
        keys.push(d.keys[i]);
        vals.push(d.vals[i]);
      }
      const flat: Handle[] = [];
      for (let i = 0; i < keys.length; i++) flat.push(keys[i], vals[i]);
      this.mem.relayout(h, flat);
      d.keys = keys;
      d.vals = vals;
      d.idx.clear();
      for (let i = 0; i < keys.length; i++) d.idx.set(this.hashKey(keys[i]), i);
    }
    if (t.log2Size !== log2 || t.unicode !== unicode) {
      this.mem.resizeBuffer(h, 'keys', t.log2Size ? dictKeysSize(t.log2Size, t.unicode) : 0);
    }
  }

  /** Appends an entry (borrowed key and value) without consulting the table model. */
  private dictAppendEntry(h: Handle, hk: unknown, key: Handle, value: Handle): void {
    const d = this.pv[h] as DictData;
    const n = d.keys.length;
    this.incref(key);
    this.incref(value);
    d.keys.push(key);
    d.vals.push(value);
    d.idx.set(hk, n);
    d.used++;
    this.mem.resizeSlots(h, 2 * n + 2);
    this.mem.putSlot(h, 2 * n, key);
    this.mem.putSlot(h, 2 * n + 1, value);
  }

  /** `d[key] = value` (PyDict_SetItem): borrows both. */
  dictSet(h: Handle, key: Handle, value: Handle): void {
    this.dictSetHashed(h, key, this.hashKey(key), value);
  }

  /** {@link Interp.dictSet} with the key's `hashKey` already known (a compiled name store). */
  dictSetHashed(h: Handle, key: Handle, hk: unknown, value: Handle): void {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(hk);
    if (i !== undefined) {
      d.vals[i] = value;
      this.mem.setSlot(h, 2 * i + 1, value);
      return;
    }
    const t = d.table;
    const log2 = t.log2Size;
    const unicode = t.unicode;
    const before = t.nentries;
    t.insert(this.kind[key] === K.Str);
    this.dictAfterTableChange(h, log2, unicode, before + 1);
    this.dictAppendEntry(h, hk, key, value);
  }

  dictSetStr(h: Handle, key: string, value: Handle): void {
    const k = this.internStr(key);
    this.dictSet(h, k, value);
    this.decref(k);
  }

  private dictForget(h: Handle, hk: unknown, i: number): void {
    const d = this.pv[h] as DictData;
    d.idx.delete(hk);
    d.keys[i] = -1;
    d.vals[i] = -1;
    d.used--;
    d.table.remove();
  }

  /** `del d[key]`; returns false when absent. The key then the value are released. */
  dictDel(h: Handle, key: Handle): boolean {
    const d = this.pv[h] as DictData;
    const hk = this.hashKey(key);
    const i = d.idx.get(hk);
    if (i === undefined) return false;
    this.dictForget(h, hk, i);
    this.mem.setSlot(h, 2 * i, -1);
    this.mem.setSlot(h, 2 * i + 1, -1);
    return true;
  }

  /** Removes key and returns its value as a new reference, or -1. */
  dictPop(h: Handle, key: Handle): Handle {
    const d = this.pv[h] as DictData;
    const hk = this.hashKey(key);
    const i = d.idx.get(hk);
    if (i === undefined) return -1;
    const v = this.incref(d.vals[i]);
    this.dictForget(h, hk, i);
    this.mem.setSlot(h, 2 * i, -1);
    this.mem.setSlot(h, 2 * i + 1, -1);
    return v;
  }

  dictClear(h: Handle): void {
    const d = this.pv[h] as DictData;
    const n = d.keys.length;
    d.keys = [];
    d.vals = [];
    d.idx = new Map();
    d.used = 0;
    d.table.clear();
    for (let i = 0; i < n; i++) {
      this.mem.setSlot(h, 2 * i, -1);
      this.mem.setSlot(h, 2 * i + 1, -1);
    }
    this.mem.resizeSlots(h, 0);
    this.mem.resizeBuffer(h, 'keys', 0);
  }

  /** `d.copy()` / `dict(d)` of a plain dict (PyDict_Copy). */
  dictCopy(src: Handle): Handle {
    const s = this.pv[src] as DictData;
    const h = this.newDict();
    const d = this.pv[h] as DictData;
    d.table = s.table.copy();
    if (d.table.log2Size) this.mem.resizeBuffer(h, 'keys', dictKeysSize(d.table.log2Size, d.table.unicode));
    for (let i = 0; i < s.keys.length; i++) if (s.keys[i] >= 0) this.dictAppendEntry(h, this.hashKey(s.keys[i]), s.keys[i], s.vals[i]);
    return h;
  }

  /** `d.update(other)` (dict_merge for a dict, else pairs one by one). */
  dictUpdate(h: Handle, src: Handle): void {
    if (this.kind[src] === K.Dict) {
      const s = this.pv[src] as DictData;
      const d = this.pv[h] as DictData;
      const entries: [unknown, Handle, Handle][] = [];
      const newKeys: { isNew: boolean; isStr: boolean }[] = [];
      for (let i = 0; i < s.keys.length; i++) {
        if (s.keys[i] < 0) continue;
        const hk = this.hashKey(s.keys[i]);
        entries.push([hk, s.keys[i], s.vals[i]]);
        newKeys.push({ isNew: !d.idx.has(hk), isStr: this.kind[s.keys[i]] === K.Str });
      }
      const log2 = d.table.log2Size;
      const unicode = d.table.unicode;
      const added = newKeys.filter((k) => k.isNew).length;
      const before = d.table.nentries;
      d.table.merge(s.table.state(), newKeys);
      this.dictAfterTableChange(h, log2, unicode, before + added);
      for (const [hk, k, v] of entries) {
        const i = d.idx.get(hk);
        if (i !== undefined) {
          d.vals[i] = v;
          this.mem.setSlot(h, 2 * i + 1, v);
        } else this.dictAppendEntry(h, hk, k, v);
      }
      return;
    }
    const items = this.collect(src);
    try {
      for (const it of items) {
        const pair = this.collect(it);
        if (pair.length !== 2) {
          for (const x of pair) this.decref(x);
          throw this.err('ValueError', `dictionary update sequence element #0 has length ${pair.length}; 2 is required`);
        }
        this.dictSet(h, pair[0], pair[1]);
        this.decref(pair[0]);
        this.decref(pair[1]);
      }
    } finally {
      for (const x of items) this.decref(x);
    }
  }

  // ================================================================ sets
  setItems(h: Handle): Handle[] {
    return (this.pv[h] as SetData).table.filter((x) => x >= 0);
  }

  /** `s.add(item)` (set_add_entry with CPython's probing, so iteration order matches). Borrows. */
  setAdd(h: Handle, item: Handle): void {
    const d = this.pv[h] as SetData;
    const hk = this.hashKey(item);
    if (d.idx.has(hk)) return;
    const hash = this.pyHash(item);
    const pos = this.setProbe(d, hash, true);
    this.incref(item);
    const reuse = d.table[pos] === -2;
    d.table[pos] = item;
    d.hashes[pos] = hash;
    d.idx.set(hk, pos);
    d.used++;
    this.mem.putSlot(h, pos, item);
    if (reuse) return;
    d.fill++;
    const mask = d.table.length - 1;
    if (d.fill * 5 < mask * 3) return;
    this.setResize(h, d.used > 50000 ? d.used * 2 : d.used * 4);
  }

  private setProbe(d: SetData, hash: number, allowDummy: boolean): number {
    const mask = d.table.length - 1;
    let i = Number(BigInt.asUintN(32, BigInt(Math.trunc(hash) % 2 ** 32 | 0))) & mask;
    let perturb = BigInt.asUintN(64, BigInt(Math.trunc(hash)));
    let freeslot = -1;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      for (let j = 0; j <= probes; j++) {
        const e = d.table[i + j];
        if (e === -1) return freeslot >= 0 ? freeslot : i + j;
        if (e === -2 && allowDummy && freeslot < 0) freeslot = i + j;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  private setResize(h: Handle, minused: number): void {
    const d = this.pv[h] as SetData;
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = d.table;
    const oldHashes = d.hashes;
    d.table = new Array(size).fill(-1);
    d.hashes = new Array(size).fill(0);
    d.idx.clear();
    d.fill = d.used;
    const moved: [Handle, number][] = [];
    for (let i = 0; i < old.length; i++) if (old[i] >= 0) moved.push([old[i], oldHashes[i]]);
    for (const [item, hash] of moved) {
      const pos = this.setProbe(d, hash, false);
      d.table[pos] = item;
      d.hashes[pos] = hash;
      d.idx.set(this.hashKey(item), pos);
    }
    this.mem.relayout(h, d.table.map((x) => (x >= 0 ? x : -1)));
    this.mem.resizeBuffer(h, 'table', size > 8 ? size * 16 : 0);
  }

  /** Removes item; returns whether it was present. */
  setDiscard(h: Handle, item: Handle): boolean {
    const d = this.pv[h] as SetData;
    const hk = this.hashKey(item);
    const pos = d.idx.get(hk);
    if (pos === undefined) return false;
    d.table[pos] = -2;
    d.idx.delete(hk);
    d.used--;
    this.mem.setSlot(h, pos, -1);
    return true;
  }

  setClear(h: Handle): void {
    const d = this.pv[h] as SetData;
    const old = d.table;
    d.table = new Array(8).fill(-1);
    d.hashes = new Array(8).fill(0);
    d.idx = new Map();
    d.used = 0;
    d.fill = 0;
    for (let i = 0; i < old.length; i++) if (old[i] >= 0) this.mem.setSlot(h, i, -1);
    this.mem.resizeSlots(h, 8);
    this.mem.resizeBuffer(h, 'table', 0);
  }

  private setClearTo(h: Handle, src: Handle): void {
    const keep = this.setItems(src);
    for (const x of keep) this.incref(x);
    this.setClear(h);
    for (const x of keep) {
      this.setAdd(h, x);
      this.decref(x);
    }
  }

  /** set_update_internal from any iterable (a set or dict source presizes, as set_merge does). */
  setUpdate(h: Handle, src: Handle): void {
    const k = this.kind[src];
    if (k === K.Set || k === K.FrozenSet) {
      const d = this.pv[h] as SetData;
      const s = this.pv[src] as SetData;
      // set_merge: resize when (fill + other.used)*5 >= mask*3
      if ((d.fill + s.used) * 5 >= (d.table.length - 1) * 3) this.setResize(h, (d.used + s.used) * 2);
      for (const x of s.table) if (x >= 0) this.setAdd(h, x);
      return;
    }
    const items = this.collect(src);
    for (const x of items) {
      try {
        this.setAdd(h, x);
      } finally {
        this.decref(x);
      }
    }
  }

  private setOp(op: string, a: Handle, b: Handle): Handle {
    const frozen = this.kind[a] === K.FrozenSet;
    const r = this.newSet(frozen);
    const ia = this.setItems(a);
    const db = this.pv[b] as SetData;
    const da = this.pv[a] as SetData;
    if (op === '|') {
      this.setUpdate(r, a);
      this.setUpdate(r, b);
    } else if (op === '&') {
      for (const x of ia) if (db.idx.has(this.hashKey(x))) this.setAdd(r, x);
    } else if (op === '-') {
      for (const x of ia) if (!db.idx.has(this.hashKey(x))) this.setAdd(r, x);
    } else {
      for (const x of ia) if (!db.idx.has(this.hashKey(x))) this.setAdd(r, x);
      for (const x of this.setItems(b)) if (!da.idx.has(this.hashKey(x))) this.setAdd(r, x);
    }
    return r;
  }

  // ================================================================ ranges, lengths
  rangeLen(r: RangeData): number {
    if (r.step > 0) return r.start < r.stop ? Math.floor((r.stop - r.start - 1) / r.step) + 1 : 0;
    return r.start > r.stop ? Math.floor((r.start - r.stop - 1) / -r.step) + 1 : 0;
  }

  len(h: Handle): number {
    switch (this.kind[h]) {
      case K.Str:
      case K.Bytes:
        return [...(this.pv[h] as string)].length;
      case K.Tuple:
        return (this.pv[h] as Handle[]).length;
      case K.List:
        return (this.pv[h] as ListData).items.length;
      case K.Dict:
        return (this.pv[h] as DictData).used;
      case K.Set:
      case K.FrozenSet:
        return (this.pv[h] as SetData).used;
      case K.Range:
        return this.rangeLen(this.pv[h] as RangeData);
      case K.DictView:
        return (this.pv[(this.pv[h] as { dict: Handle }).dict] as DictData).used;
      case K.Instance: {
        const f = this.lookupClassAttr(this.ty[h], '__len__');
        if (f >= 0) {
          const r = this.call(this.incref(f), [this.incref(h)], null);
          const v = Number(this.pv[r]);
          this.decref(r);
          return v;
        }
      }
    }
    throw this.typeError(`object of type '${this.ty[h].name}' has no len()`);
  }

  // ================================================================ iteration
  /** `iter(x)`: a new iterator object. */
  iter(h: Handle): Handle {
    switch (this.kind[h]) {
      case K.List:
        return this.newIter('list_iterator', h);
      case K.Tuple:
        return this.newIter('tuple_iterator', h);
      case K.Str:
        return this.newIter('str_ascii_iterator', h);
      case K.Range: {
        const r = this.pv[h] as RangeData;
        const it = this.alloc(this.iterTypes['range_iterator'], K.Iter, { seq: -1, i: 0, n: this.rangeLen(r), its: [r.start, r.step] }, 0);
        return it;
      }
      case K.Dict:
        return this.newIter('dict_keyiterator', h, { what: 0, n: (this.pv[h] as DictData).used });
      case K.DictView: {
        const v = this.pv[h] as { dict: Handle; what: number };
        const names = ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'];
        const it = this.newIter(names[v.what], v.dict, { what: v.what, n: (this.pv[v.dict] as DictData).used });
        if (v.what === 2) this.attachResultTuple(it, 2);
        return it;
      }
      case K.Set:
      case K.FrozenSet:
        return this.newIter('set_iterator', h, { n: (this.pv[h] as SetData).used });
      case K.Bytes:
        return this.newIter('str_ascii_iterator', h, { what: 9 });
      case K.Iter:
        return this.incref(h);
      case K.Instance: {
        const f = this.lookupClassAttr(this.ty[h], '__iter__');
        if (f >= 0) return this.call(this.incref(f), [this.incref(h)], null);
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object is not iterable`);
  }

  /** dictiter/enumerate/zip keep a result tuple they reuse while nobody else holds it. */
  attachResultTuple(it: Handle, n: number, slot = 1): void {
    const items: Handle[] = [];
    for (let i = 0; i < n; i++) items.push(this.none());
    const t = this.newTuple(items);
    const rt = this.mem.rt;
    if (rt.heap.slotCount(it) <= slot) this.mem.resizeSlots(it, slot + 1);
    this.mem.putSlot(it, slot, t);
    (this.pv[it] as IterData).res = t;
  }

  /** A result tuple for `items` (stolen): the iterator's own when it can be reused. */
  private resultTuple(it: Handle, items: Handle[]): Handle {
    const d = this.pv[it] as IterData;
    const res = d.res ?? -1;
    if (res >= 0 && this.mem.refcount(res) === 1) {
      this.incref(res);
      const cur = this.pv[res] as Handle[];
      for (let i = 0; i < items.length; i++) {
        const old = cur[i];
        cur[i] = items[i];
        this.mem.rt.setSlot(res, i, items[i], true);
        void old;
      }
      if (!this.mem.isTracked(res)) this.mem.track(res);
      return res;
    }
    return this.newTuple(items);
  }

  /** Next item as a new reference, or -1 when exhausted. */
  next(it: Handle): Handle {
    if (this.kind[it] === K.Instance) {
      const f = this.lookupClassAttr(this.ty[it], '__next__');
      if (f < 0) throw this.typeError(`'${this.ty[it].name}' object is not an iterator`);
      return this.call(this.incref(f), [this.incref(it)], null);
    }
    const d = this.pv[it] as IterData;
    const name = this.ty[it].name;
    if (name === 'range_iterator') {
      if (d.i >= d.n!) return -1;
      const [start, step] = d.its as unknown as [number, number];
      return this.newInt(start + step * d.i++);
    }
    const seq = d.seq;
    if (seq < 0) return -1;
    switch (name) {
      case 'list_iterator': {
        const items = (this.pv[seq] as ListData).items;
        if (d.i < items.length) return this.incref(items[d.i++]);
        break;
      }
      case 'tuple_iterator': {
        const items = this.pv[seq] as Handle[];
        if (d.i < items.length) return this.incref(items[d.i++]);
        break;
      }
      case 'str_ascii_iterator': {
        const s = this.pv[seq] as string;
        if (d.i < s.length) {
          if (d.what === 9) return this.newInt(s.charCodeAt(d.i++));
          const cp = s.codePointAt(d.i)!;
          const ch = String.fromCodePoint(cp);
          d.i += ch.length;
          return this.newStr(ch);
        }
        break;
      }
      case 'set_iterator': {
        const sd = this.pv[seq] as SetData;
        if (sd.used !== d.n) {
          d.seq = -1;
          this.mem.setSlot(it, 0, -1);
          throw this.err('RuntimeError', 'Set changed size during iteration');
        }
        while (d.i < sd.table.length) {
          const x = sd.table[d.i++];
          if (x >= 0) return this.incref(x);
        }
        break;
      }
      case 'dict_keyiterator':
      case 'dict_valueiterator':
      case 'dict_itemiterator': {
        const dd = this.pv[seq] as DictData;
        if (dd.used !== d.n) {
          d.seq = -1;
          this.mem.setSlot(it, 0, -1);
          throw this.err('RuntimeError', 'dictionary changed size during iteration');
        }
        while (d.i < dd.keys.length) {
          const j = d.i++;
          if (dd.keys[j] < 0) continue;
          if (d.what === 0) return this.incref(dd.keys[j]);
          if (d.what === 1) return this.incref(dd.vals[j]);
          return this.resultTuple(it, [this.incref(dd.keys[j]), this.incref(dd.vals[j])]);
        }
        break;
      }
      case 'enumerate': {
        const x = this.next(seq);
        if (x < 0) return -1;
        return this.resultTuple(it, [this.newInt(d.n! + d.i++), x]);
      }
      case 'zip': {
        const items: Handle[] = [];
        for (const sub of d.its!) {
          const x = this.next(sub);
          if (x < 0) {
            for (const y of items) this.decref(y);
            return -1;
          }
          items.push(x);
        }
        return this.resultTuple(it, items);
      }
    }
    // exhausted: the iterator drops its sequence
    d.seq = -1;
    this.mem.setSlot(it, 0, -1);
    return -1;
  }

  // ================================================================ attributes
  /** Looks a name up along a class's bases; borrowed result or -1. */
  lookupClassAttr(t: PyType, name: string): Handle {
    for (let c: PyType | null = t; c; c = c.base) {
      if (c.dict >= 0) {
        const v = this.dictGetStr(c.dict, name);
        if (v >= 0) return v;
      }
    }
    return -1;
  }

  instanceAttr(h: Handle, name: string): Handle {
    const t = this.ty[h];
    const dh = (this.pv[h] as InstanceData).dict;
    if (dh >= 0) return this.dictGetStr(dh, name);
    const i = t.sharedKeys.get(name);
    if (i === undefined) return -1;
    const vals = (this.pv[h] as InstanceData).vals;
    return i < vals.length ? vals[i] : -1;
  }

  /** `obj.name` (new reference). */
  getattr(h: Handle, name: string): Handle {
    const k = this.kind[h];
    if (k === K.Instance) {
      const v = this.instanceAttr(h, name);
      if (v >= 0) return this.incref(v);
      if (name === '__class__') return this.incref(this.ty[h].h);
      if (name === '__dict__') return this.instanceDict(h);
      const c = this.lookupClassAttr(this.ty[h], name);
      if (c >= 0) {
        if (this.kind[c] === K.Func) return this.newMethod(c, h);
        return this.incref(c);
      }
      throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
    }
    if (k === K.Type) {
      const t = this.pv[h] as PyType;
      if (name === '__name__' || name === '__qualname__') return this.newStr(t.name);
      if (t.isHeap) {
        const c = this.lookupClassAttr(t, name);
        if (c >= 0) return this.incref(c);
        if (name === '__dict__') return this.incref(t.dict);
      } else {
        const m = this.builtinTypeAttr(t, name);
        if (m >= 0) return m;
      }
      throw this.err('AttributeError', `type object '${t.name}' has no attribute '${name}'`);
    }
    if (k === K.Module) {
      const v = this.dictGetStr((this.pv[h] as { dict: Handle }).dict, name);
      if (v >= 0) return this.incref(v);
      throw this.err('AttributeError', `module '${(this.pv[h] as { name: string }).name}' has no attribute '${name}'`);
    }
    if (k === K.Func && (name === '__name__' || name === '__qualname__')) {
      const f = this.pv[h] as FuncData;
      return this.newStr(name === '__name__' ? f.name : f.code.qualname);
    }
    if (k === K.Builtin && name === '__name__') return this.newStr((this.pv[h] as { name: string }).name);
    if (name === '__class__') return this.incref(this.ty[h].h);
    const fn = this.findMethod(this.ty[h], name);
    if (fn) return this.newBuiltin(name, fn, h);
    if (k === K.Weakref && name === '__callback__') {
      const cb = this.mem.rt.heap.slot(h, 0);
      return this.incref(cb >= 0 ? cb : this.None);
    }
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  }

  /** The referent of a weak reference, or -1 when it died (set up by the builtins). */
  weakrefTarget: (ref: Handle) => Handle = () => -1;

  /** Static attributes of builtin type objects (`dict.fromkeys`, `int.__name__`). */
  builtinTypeAttr: (t: PyType, name: string) => Handle = () => -1;

  findMethod(t: PyType, name: string): ((args: Handle[], kw: Map<string, Handle> | null) => Handle) | undefined {
    for (let c: PyType | null = t; c; c = c.base) {
      const m = c.methods.get(name);
      if (m) return m;
    }
    return undefined;
  }

  hasattr(h: Handle, name: string): boolean {
    try {
      const v = this.getattr(h, name);
      this.decref(v);
      return true;
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'AttributeError') return false;
      throw e;
    }
  }

  /** `obj.__dict__`: materialises the instance dict, which takes the values over (3.11 make_dict_from_instance_attributes). */
  private instanceDict(h: Handle): Handle {
    const t = this.ty[h];
    const data = this.pv[h] as InstanceData;
    if (data.dict >= 0) return this.incref(data.dict);
    if (!t.managedDict) throw this.err('AttributeError', `'${t.name}' object has no attribute '__dict__'`);
    const d = this.newDict();
    const vals = data.vals;
    for (let i = 0; i < vals.length; i++) if (vals[i] >= 0) this.dictSetStr(d, t.keyNames[i], vals[i]);
    if (t.shared) (this.pv[d] as DictData).split = t.shared;
    data.vals = [];
    data.dict = d;
    this.mem.relayout(h, [d]);
    this.decref(d);
    return this.incref(d);
  }

  /**
   * The index of attribute `name` in the class's shared keys, adding it when they have room
   * (insert_into_dictkeys); undefined when they are full, so the name stays unshared.
   */
  private shareName(t: PyType, name: string): number | undefined {
    const known = t.sharedKeys.get(name);
    if (known !== undefined) return known;
    if (t.shared && !t.shared.addName()) return undefined;
    const i = t.keyNames.length;
    t.sharedKeys.set(name, i);
    t.keyNames.push(name);
    return i;
  }

  /** A split instance dict about to take a key its shared keys cannot: insertion_resize makes it combined. */
  private toCombinedTable(dh: Handle): void {
    const d = this.pv[dh] as DictData;
    if (!d.split) return;
    d.split = undefined;
    const before = d.table;
    d.table = splitDictToCombined(d.used);
    if (before.log2Size !== d.table.log2Size || before.unicode !== d.table.unicode) {
      this.mem.resizeBuffer(dh, 'keys', dictKeysSize(d.table.log2Size, d.table.unicode));
    }
  }

  /** `obj.name = v` (borrows v). */
  setattr(h: Handle, name: string, v: Handle): void {
    const k = this.kind[h];
    if (k === K.Instance) {
      const t = this.ty[h];
      const dh = (this.pv[h] as InstanceData).dict;
      if (dh >= 0) {
        if (this.shareName(t, name) === undefined) this.toCombinedTable(dh);
        this.dictSetStr(dh, name, v);
        return;
      }
      if (t.slotNames && !t.managedDict && !t.sharedKeys.has(name)) {
        throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
      }
      const i = this.shareName(t, name);
      if (i === undefined) {
        // the shared keys are full: the instance gets its own dict (make_dict_from_instance_attributes),
        // and the new key turns it into a combined table
        const d = this.instanceDict(h);
        this.toCombinedTable(d);
        this.dictSetStr(d, name, v);
        this.decref(d);
        return;
      }
      const data = this.pv[h] as InstanceData;
      if (i >= data.vals.length) {
        const n = data.vals.length;
        for (let j = n; j <= i; j++) data.vals.push(-1);
        this.mem.resizeSlots(h, i + 1);
      }
      data.vals[i] = v;
      this.mem.setSlot(h, i, v);
      return;
    }
    if (k === K.Type) {
      const t = this.pv[h] as PyType;
      if (t.isHeap) {
        this.dictSetStr(t.dict, name, v);
        return;
      }
      throw this.typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    }
    if (k === K.Module) {
      this.dictSetStr((this.pv[h] as { dict: Handle }).dict, name, v);
      return;
    }
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  }

  delattr(h: Handle, name: string): void {
    if (this.kind[h] === K.Instance) {
      const t = this.ty[h];
      const i = t.sharedKeys.get(name);
      const data = this.pv[h] as InstanceData;
      if (data.dict >= 0) {
        const key = this.newStr(name);
        const ok = this.dictDel(data.dict, key);
        this.decref(key);
        if (ok) return;
        throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
      }
      if (i !== undefined && i < data.vals.length && data.vals[i] >= 0) {
        data.vals[i] = -1;
        this.mem.setSlot(h, i, -1);
        return;
      }
      throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
    }
    if (this.kind[h] === K.Type && (this.pv[h] as PyType).isHeap) {
      const t = this.pv[h] as PyType;
      const key = this.newStr(name);
      const ok = this.dictDel(t.dict, key);
      this.decref(key);
      if (ok) return;
      throw this.err('AttributeError', `type object '${t.name}' has no attribute '${name}'`);
    }
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  }

  // ================================================================ subscripts
  index(i: Handle, n: number, what: string): number {
    const k = this.kind[i];
    if (k !== K.Int && k !== K.Bool) {
      throw this.typeError(`${what} indices must be integers or slices, not ${this.ty[i].name}`);
    }
    let v = Number(this.pv[i]);
    if (v < 0) v += n;
    return v;
  }

  sliceBounds(sl: Handle, n: number): [number, number, number] {
    const [lo, hi, st] = this.pv[sl] as Handle[];
    const num = (h: Handle): number | null => (h === this.None ? null : Number(this.pv[h]));
    const step = num(st) ?? 1;
    if (step === 0) throw this.err('ValueError', 'slice step cannot be zero');
    let start = num(lo);
    let stop = num(hi);
    if (step > 0) {
      start = start === null ? 0 : start < 0 ? Math.max(0, start + n) : Math.min(start, n);
      stop = stop === null ? n : stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
    } else {
      start = start === null ? n - 1 : start < 0 ? Math.max(-1, start + n) : Math.min(start, n - 1);
      stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + n) : Math.min(stop, n - 1);
    }
    return [start, stop, step];
  }

  sliceIndices(sl: Handle, n: number): number[] {
    const [start, stop, step] = this.sliceBounds(sl, n);
    const out: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
    else for (let i = start; i > stop; i += step) out.push(i);
    return out;
  }

  newSlice(lo: Handle, hi: Handle, step: Handle): Handle {
    const h = this.alloc(this.tSlice, K.Slice, [lo, hi, step], 3);
    this.mem.putSlot(h, 0, lo);
    this.mem.putSlot(h, 1, hi);
    this.mem.putSlot(h, 2, step);
    return h;
  }

  /** `obj[key]` (new reference). */
  getitem(h: Handle, key: Handle): Handle {
    const k = this.kind[h];
    const isSlice = this.kind[key] === K.Slice;
    switch (k) {
      case K.List:
      case K.Tuple: {
        const items = k === K.List ? (this.pv[h] as ListData).items : (this.pv[h] as Handle[]);
        const name = k === K.List ? 'list' : 'tuple';
        if (isSlice) {
          const idx = this.sliceIndices(key, items.length);
          const out = idx.map((i) => this.incref(items[i]));
          if (k === K.Tuple && out.length === items.length && out.length > 0 && idx[0] === 0 && idx.every((v, j) => v === j)) {
            for (const x of out) this.decref(x);
            return this.incref(h);
          }
          return k === K.List ? this.newList(out) : this.newTuple(out);
        }
        const i = this.index(key, items.length, name);
        if (i < 0 || i >= items.length) throw this.err('IndexError', `${name} index out of range`);
        return this.incref(items[i]);
      }
      case K.Str:
      case K.Bytes: {
        const s = this.pv[h] as string;
        const chars = k === K.Str && /[\ud800-\udfff]/.test(s) ? [...s] : null;
        const n = chars ? chars.length : s.length;
        if (isSlice) {
          const idx = this.sliceIndices(key, n);
          const part = idx.map((i) => (chars ? chars[i] : s[i])).join('');
          if (k === K.Str && part.length === s.length && idx[0] === 0) return this.incref(h);
          return k === K.Str ? this.newStr(part) : this.newBytes(part);
        }
        const i = this.index(key, n, k === K.Str ? 'string' : 'byte');
        if (i < 0 || i >= n) throw this.err('IndexError', `${k === K.Str ? 'string' : 'index'} index out of range`);
        return k === K.Str ? this.newStr(chars ? chars[i] : s[i]) : this.newInt(s.charCodeAt(i));
      }
      case K.Dict: {
        const v = this.dictGet(h, key);
        if (v < 0) throw this.err('KeyError', this.repr(key));
        return this.incref(v);
      }
      case K.Range: {
        const r = this.pv[h] as RangeData;
        const n = this.rangeLen(r);
        if (isSlice) {
          const [start, stop, step] = this.sliceBounds(key, n);
          return this.newRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
        }
        const i = this.index(key, n, 'range');
        if (i < 0 || i >= n) throw this.err('IndexError', 'range object index out of range');
        return this.newInt(r.start + i * r.step);
      }
      case K.Instance: {
        const f = this.lookupClassAttr(this.ty[h], '__getitem__');
        if (f >= 0) return this.call(this.incref(f), [this.incref(h), this.incref(key)], null);
        break;
      }
      case K.Type: {
        const t = this.pv[h] as PyType;
        if (!t.isHeap) return this.incref(h); // list[int] style generics: not modelled further
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object is not subscriptable`);
  }

  /** `obj[key] = v` (borrows). */
  setitem(h: Handle, key: Handle, v: Handle): void {
    const k = this.kind[h];
    if (k === K.List) {
      const d = this.pv[h] as ListData;
      if (this.kind[key] === K.Slice) {
        const [start, stop, step] = this.sliceBounds(key, d.items.length);
        const items = this.collect(v);
        if (step !== 1) {
          const idx = this.sliceIndices(key, d.items.length);
          if (idx.length !== items.length) {
            for (const x of items) this.decref(x);
            throw this.err('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
          }
          idx.forEach((i, j) => {
            this.listSetItem(h, i, items[j]);
            this.decref(items[j]);
          });
          return;
        }
        const hi = Math.max(start, stop);
        const next = [...d.items.slice(0, start), ...items, ...d.items.slice(hi)];
        this.listResize(h, next.length);
        d.items = next;
        this.mem.relayout(h, next);
        for (const x of items) this.decref(x);
        return;
      }
      const i = this.index(key, d.items.length, 'list');
      if (i < 0 || i >= d.items.length) throw this.err('IndexError', 'list assignment index out of range');
      this.listSetItem(h, i, v);
      return;
    }
    if (k === K.Dict) {
      this.dictSet(h, key, v);
      return;
    }
    if (k === K.Instance) {
      const f = this.lookupClassAttr(this.ty[h], '__setitem__');
      if (f >= 0) {
        const r = this.call(this.incref(f), [this.incref(h), this.incref(key), this.incref(v)], null);
        this.decref(r);
        return;
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object does not support item assignment`);
  }

  delitem(h: Handle, key: Handle): void {
    const k = this.kind[h];
    if (k === K.List) {
      const d = this.pv[h] as ListData;
      if (this.kind[key] === K.Slice) {
        const [start, stop, step] = this.sliceBounds(key, d.items.length);
        if (step === 1) {
          this.listDelSlice(h, start, Math.max(start, stop));
          return;
        }
        const idx = this.sliceIndices(key, d.items.length).sort((a, b) => b - a);
        for (const i of idx) this.decref(this.listPop(h, i));
        return;
      }
      const i = this.index(key, d.items.length, 'list');
      if (i < 0 || i >= d.items.length) throw this.err('IndexError', 'list assignment index out of range');
      this.listDelSlice(h, i, i + 1);
      return;
    }
    if (k === K.Dict) {
      if (!this.dictDel(h, key)) throw this.err('KeyError', this.repr(key));
      return;
    }
    if (k === K.Instance) {
      const f = this.lookupClassAttr(this.ty[h], '__delitem__');
      if (f >= 0) {
        this.decref(this.call(this.incref(f), [this.incref(h), this.incref(key)], null));
        return;
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object does not support item deletion`);
  }

  // ================================================================ calls
  /**
   * Calls `f` with `args` and `kw`. Steals `f`, every arg and every kw value (3.11's CALL: a
   * Python function's frame takes the arguments over; a builtin borrows them and they are
   * released after it returns, first to last). Returns a new reference.
   */
  call(f: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const k = this.kind[f];
    if (k === K.Func) {
      try {
        return this.callFunction(f, args, kw);
      } finally {
        this.decref(f);
      }
    }
    if (k === K.Method) {
      const m = this.pv[f] as { func: Handle; self: Handle };
      args.unshift(this.incref(m.self));
      const fn = this.incref(m.func);
      this.decref(f);
      return this.call(fn, args, kw);
    }
    if (k === K.Builtin) {
      const b = this.pv[f] as { fn: (a: Handle[], kw: Map<string, Handle> | null) => Handle; self: Handle };
      try {
        if (b.self >= 0 && this.kind[b.self] !== K.Module) return b.fn([b.self, ...args], kw);
        return b.fn(args, kw);
      } finally {
        for (const a of args) this.decref(a);
        if (kw) for (const v of kw.values()) this.decref(v);
        this.decref(f);
      }
    }
    if (k === K.Type) {
      try {
        return this.callType(this.pv[f] as PyType, args, kw);
      } finally {
        this.decref(f);
      }
    }
    if (k === K.Weakref) {
      const t = this.weakrefTarget(f);
      for (const a of args) this.decref(a);
      this.decref(f);
      return this.incref(t >= 0 ? t : this.None);
    }
    if (k === K.Instance) {
      const c = this.lookupClassAttr(this.ty[f], '__call__');
      if (c >= 0) {
        args.unshift(f);
        return this.call(this.incref(c), args, kw);
      }
    }
    const name = this.ty[f].name;
    for (const a of args) this.decref(a);
    if (kw) for (const v of kw.values()) this.decref(v);
    this.decref(f);
    throw this.typeError(`'${name}' object is not callable`);
  }

  /** Set by the compiler: runs a Python function (steals args). */
  callFunction!: (f: Handle, args: Handle[], kw: Map<string, Handle> | null) => Handle;
  /** Set by the builtins: constructs instances of builtin types and classes. */
  callType!: (t: PyType, args: Handle[], kw: Map<string, Handle> | null) => Handle;

  /** The str `'__main__'` (module name), set up by the builtins. */
  mainName: Handle = -1;
  /** `import gc` etc.: a new reference to the module object. */
  importModule!: (name: string) => Handle;
  /** Creates a class object (set up by the builtins). */
  makeClass!: (name: string, bases: Handle[], ns: Handle) => Handle;

  stepLimit(): never {
    throw new StepLimitExceeded(this.maxSteps);
  }

  /** MAKE_FUNCTION: steals the defaults. */
  newFunction(code: Code, defaults: Handle[], kwdefaults: Map<string, Handle>, globals: Handle, name: string): Handle {
    const data: FuncData = { code, defaults, kwdefaults, globals, name };
    const extra = (defaults.length ? 1 : 0) + (kwdefaults.size ? 1 : 0);
    const h = this.alloc(this.tFunction, K.Func, data, 2 + extra);
    this.mem.setSlot(h, 0, code.handle);
    this.mem.setSlot(h, 1, globals);
    let i = 2;
    if (defaults.length) {
      const t = this.newTuple(defaults);
      this.mem.putSlot(h, i++, t);
      data.defaults = this.tupleItems(t);
    }
    if (kwdefaults.size) {
      const d = this.newDict();
      for (const [k, v] of kwdefaults) {
        this.dictSetStr(d, k, v);
        this.decref(v);
      }
      this.mem.putSlot(h, i++, d);
      const m = new Map<string, Handle>();
      for (const k of kwdefaults.keys()) m.set(k, this.dictGetStr(d, k));
      data.kwdefaults = m;
    }
    return h;
  }

  /** Runs a frame's code; adds the frame to the traceback of an escaping exception. */
  runFrame(frame: Frame): number {
    if (++this.depth > 1000) {
      this.depth--;
      throw this.err('RecursionError', 'maximum recursion depth exceeded');
    }
    const back = this.frame;
    this.frame = frame;
    try {
      return frame.code.body(frame);
    } catch (e) {
      if (e instanceof PyException) e.trace.unshift({ name: frame.code.name, line: frame.line });
      else if (e instanceof RangeError && /call stack/.test(e.message)) {
        const pe = this.err('RecursionError', 'maximum recursion depth exceeded');
        pe.trace.unshift({ name: frame.code.name, line: frame.line });
        throw pe;
      }
      throw e;
    } finally {
      this.frame = back;
      this.depth--;
    }
  }

  /** Clears a finished frame: locals are released first to last (_PyFrame_Clear). */
  clearFrame(frame: Frame): void {
    const fast = frame.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (v >= 0) {
        fast[i] = -1;
        this.decref(v);
      }
    }
  }

  private callFunctionImpl(fh: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const fd = this.pv[fh] as FuncData;
    const code = fd.code;
    const np = code.nPositional;
    if (kw === null && args.length === np && np === code.params.length) {
      // every parameter given positionally: no defaults, no errors to report (the common call)
      const fast: Handle[] = new Array(code.nlocals).fill(-1);
      for (let i = 0; i < np; i++) fast[i] = args[i];
      const frame: Frame = { code, fast, globals: fd.globals, ns: -1, line: 0, ret: -1, back: this.frame };
      this.runFrame(frame);
      const r = frame.ret >= 0 ? frame.ret : this.none();
      this.clearFrame(frame);
      return r;
    }
    return this.callFunctionBind(fd, args, kw);
  }

  /** callFunctionImpl with keywords, defaults or a wrong argument count. */
  private callFunctionBind(fd: FuncData, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const code = fd.code;
    const fast: Handle[] = new Array(code.nlocals).fill(-1);
    const params = code.params;
    const np = code.nPositional;
    const fname = code.name;
    const fail = (msg: string): never => {
      for (const v of fast) if (v >= 0) this.decref(v);
      throw this.typeError(msg);
    };
    if (args.length > np) {
      for (const a of args) this.decref(a);
      if (kw) for (const v of kw.values()) this.decref(v);
      const nd = fd.defaults.length;
      const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
      throw this.typeError(`${fname}() takes ${takes} positional argument${np === 1 && !nd ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
    }
    for (let i = 0; i < args.length; i++) fast[i] = args[i];
    if (kw) {
      for (const [k, v] of kw) {
        const idx = params.findIndex((p) => p.name === k);
        if (idx < 0) {
          this.decref(v);
          for (const [k2, v2] of kw) if (k2 !== k && params.findIndex((p) => p.name === k2) < 0) void v2;
          fail(`${fname}() got an unexpected keyword argument '${k}'`);
        }
        if (fast[idx] >= 0) {
          this.decref(v);
          fail(`${fname}() got multiple values for argument '${k}'`);
        }
        fast[idx] = v;
      }
    }
    const nd = fd.defaults.length;
    const missing: string[] = [];
    const missingKw: string[] = [];
    for (let i = 0; i < params.length; i++) {
      if (fast[i] >= 0) continue;
      const p = params[i];
      if (!p.kwOnly) {
        const di = i - (np - nd);
        if (di >= 0) fast[i] = this.incref(fd.defaults[di]);
        else missing.push(p.name);
      } else {
        const d = fd.kwdefaults.get(p.name);
        if (d !== undefined) fast[i] = this.incref(d);
        else missingKw.push(p.name);
      }
    }
    if (missing.length || missingKw.length) {
      const list = missing.length ? missing : missingKw;
      const names = list.map((n) => `'${n}'`);
      const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} and ${names[names.length - 1]}`;
      fail(`${fname}() missing ${list.length} required ${missing.length ? 'positional' : 'keyword-only'} argument${list.length === 1 ? '' : 's'}: ${joined}`);
    }
    const frame: Frame = { code, fast, globals: fd.globals, ns: -1, line: 0, ret: -1, back: this.frame };
    this.runFrame(frame);
    const r = frame.ret >= 0 ? frame.ret : this.none();
    this.clearFrame(frame);
    return r;
  }

  /** `obj.name(*args, **kw)` with LOAD_METHOD semantics; steals obj, args and kw values. */
  callMethod(obj: Handle, name: string, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const k = this.kind[obj];
    if (k === K.Instance) {
      if (this.instanceAttr(obj, name) < 0) {
        const c = this.lookupClassAttr(this.ty[obj], name);
        if (c >= 0 && this.kind[c] === K.Func) {
          args.unshift(obj);
          return this.call(this.incref(c), args, kw);
        }
      }
    } else if (k !== K.Module && k !== K.Type) {
      const m = this.findMethod(this.ty[obj], name);
      if (m) {
        try {
          // exact-size argument arrays for the common short calls (a spread reserves more)
          const n = args.length;
          return m(n === 0 ? [obj] : n === 1 ? [obj, args[0]] : n === 2 ? [obj, args[0], args[1]] : [obj, ...args], kw);
        } finally {
          this.decref(obj);
          for (const a of args) this.decref(a);
          if (kw) for (const v of kw.values()) this.decref(v);
        }
      }
    }
    let f: Handle;
    try {
      f = this.getattr(obj, name);
    } catch (e) {
      this.decref(obj);
      for (const a of args) this.decref(a);
      if (kw) for (const v of kw.values()) this.decref(v);
      throw e;
    }
    this.decref(obj);
    return this.call(f, args, kw);
  }

  /** UNPACK_SEQUENCE: steals `v`, returns `n` new references. */
  unpack(v: Handle, n: number): Handle[] {
    const k = this.kind[v];
    let items: Handle[];
    if (k === K.Tuple || k === K.List) {
      const src = k === K.Tuple ? (this.pv[v] as Handle[]) : (this.pv[v] as ListData).items;
      if (src.length !== n) {
        this.decref(v);
        if (src.length > n) throw this.err('ValueError', `too many values to unpack (expected ${n})`);
        throw this.err('ValueError', `not enough values to unpack (expected ${n}, got ${src.length})`);
      }
      items = src.map((x) => this.incref(x));
      this.decref(v);
      return items;
    }
    let it: Handle;
    try {
      it = this.iter(v);
    } finally {
      this.decref(v);
    }
    items = [];
    try {
      for (;;) {
        const x = this.next(it);
        if (x < 0) break;
        items.push(x);
        if (items.length > n) {
          for (const y of items) this.decref(y);
          throw this.err('ValueError', `too many values to unpack (expected ${n})`);
        }
      }
    } finally {
      this.decref(it);
    }
    if (items.length < n) {
      for (const y of items) this.decref(y);
      throw this.err('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items;
  }

  /** Counts one step of `--max-steps`. */
  step(): void {
    if (++this.steps > this.maxSteps) throw new StepLimitExceeded(this.maxSteps);
  }
}

export { K, PyType };
