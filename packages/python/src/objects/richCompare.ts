// The generic object protocol's comparisons: truth, equality, ordering and `in`. Mirrors
// PyObject_IsTrue and PyObject_RichCompare of Objects/object.c and PySequence_Contains of
// Objects/abstract.c; start at eq (==), cmp (the orderings) and contains.
import { asComplex, type Cx } from './complexObject.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, type ByteArrayData, type DictData, type ListData, type RangeData, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { rangeContains, rangeEq } from './rangeObject.js';
import { bufText } from './bytesMethods.js';

/** PyObject_IsTrue, rich comparison and containment, merged into Interp. */
export const compareOps = {
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

  /** PyObject_RichCompareBool without its identity shortcut: the truth of `a op b`, the result released. */
  compareBool(this: Interp, op: string, a: Handle, b: Handle): boolean {
    const r = this.compare(op, a, b);
    try {
      return this.truthy(r);
    } finally {
      this.decref(r);
    }
  },

  /** `a OP b` for a comparison operator; returns a new reference. */
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

/** The methods of `compareOps`, merged into Interp. */
export type CompareOps = typeof compareOps;
