// The abstract object layer: binary, in-place and unary operators (with user dunders and
// reflected operands), len() and subscripts. Mirrors Objects/abstract.c (PyNumber_Add,
// binary_op1, PyObject_Size, PyObject_GetItem, PyObject_SetItem, PyObject_DelItem).
import { rangeSubscript } from './rangeObject.js';
import { byteArrayBinop, byteArrayGetitem, byteArraySetitem } from './bytearrayObject.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, PyType, type ByteArrayData, type DictData, type ListData, type RangeData, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { keyError } from './exceptions.js';
import { complexOp, type Cx } from './complexObject.js';

const BINOP_NAMES: Readonly<Record<string, string>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor', '@': 'matmul',
};

/** PyNumber_*, PyObject_Size, PyObject_GetItem/SetItem/DelItem, merged into Interp. */
export const abstractOps = {
  // ================================================================ arithmetic
  /** `a OP b` (new reference). */
  binop(this: Interp, op: string, a: Handle, b: Handle, inplace = false): Handle {
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
    if (ka === K.Complex || kb === K.Complex) {
      const r = complexOp(this, op, a, b);
      if (r >= 0) return r;
    }
    if (ka === K.ByteArray || kb === K.ByteArray) {
      const r = byteArrayBinop(this, op, a, b, inplace);
      if (r >= 0) return r;
    }
    if (inplace && ka === K.List && op === '+') {
      this.listExtend(a, b);
      return this.incref(a);
    }
    if (inplace && ka === K.Set && (kb === K.Set || kb === K.FrozenSet) && (op === '|' || op === '&' || op === '-' || op === '^')) {
      return this.setOp(op, a, b, true);
    }
    switch (op) {
      case '+':
        if (ka === kb) {
          if (ka === K.Str || ka === K.Bytes) return this.concatText(a, b);
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
          // the result's size before anything is built: PyMem_Malloc fails past the limit
          const len = ks === K.List ? (this.pv[seq] as ListData).items.length : ks === K.Tuple ? (this.pv[seq] as Handle[]).length : (this.pv[seq] as string).length;
          if (len > 0 && count > 1) this.checkAllocation(len * count * (ks === K.List || ks === K.Tuple ? 8 : 1));
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
        if (ka === K.Bytes) return this.newBytes(this.percentFormat(this.pv[a] as string, b, true));
        break;
      case '|':
      case '&':
      case '-':
      case '^': {
        if ((ka === K.Set || ka === K.FrozenSet) && (kb === K.Set || kb === K.FrozenSet)) {
          const r = this.setOp(op, a, b);
          if (r >= 0) return r;
        }
        if (op === '|' && ka === K.Dict && kb === K.Dict && !this.ty[a].ext?.binop && !this.ty[b].ext?.binop) {
          const r = this.dictCopy(a);
          this.dictUpdate(r, b);
          return r;
        }
        break;
      }
    }
    const user = this.userBinop(op, a, b, inplace);
    if (user >= 0) return user;
    // sequence concatenation names the sequence type (str, list and tuple's sq_concat)
    const seq = this.ty[a].name;
    if (op === '+' && (ka === K.Str || ka === K.List || ka === K.Tuple)) {
      throw this.typeError(`can only concatenate ${seq} (not "${this.ty[b].name}") to ${seq}`);
    }
    throw this.typeError(
      `unsupported operand type(s) for ${op}${inplace ? '=' : ''}: '${this.ty[a].name}' and '${this.ty[b].name}'`,
    );
  },

  /**
   * binary_op1 with user dunders: `__iop__` first for an in-place operator, then `__op__` of the
   * left operand and `__rop__` of the right one (the right one first when its class is a proper
   * subclass overriding it; never for operands of the same class). NotImplemented moves on.
   */
  userBinop(this: Interp, op: string, a: Handle, b: Handle, inplace = false): Handle {
    const n = BINOP_NAMES[op];
    if (!n) return -1;
    const ta = this.ty[a];
    const tb = this.ty[b];
    // an extension type's number slots (collections.Counter's +, defaultdict's |)
    for (const t of ta === tb ? [ta] : [ta, tb]) {
      const r = t.ext?.binop?.(op, a, b, inplace) ?? -1;
      if (r >= 0) return r;
    }
    const tryCall = (x: Handle, y: Handle, name: string): Handle => {
      if (this.kind[x] !== K.Instance) return -1;
      const f = this.lookupClassAttr(this.ty[x], name);
      if (f < 0) return -1;
      const r = this.call(this.incref(f), [this.incref(x), this.incref(y)], null);
      if (r === this.NotImplemented) {
        this.decref(r);
        return -1;
      }
      return r;
    };
    if (inplace) {
      const r = tryCall(a, b, `__i${n}__`);
      if (r >= 0) return r;
    }
    const reflected = `__r${n}__`;
    const rightFirst = ta !== tb && tb.isSubtypeOf(ta) && this.kind[b] === K.Instance && this.lookupClassAttr(tb, reflected) !== this.lookupClassAttr(ta, reflected);
    if (rightFirst) {
      const r = tryCall(b, a, reflected);
      if (r >= 0) return r;
    }
    const r = tryCall(a, b, `__${n}__`);
    if (r >= 0) return r;
    if (ta !== tb && !rightFirst) return tryCall(b, a, reflected);
    return -1;
  },

  arith(this: Interp, e: unknown): unknown {
    if (e instanceof N.PyArithmeticError) return this.err(e.pyType, e.message);
    return e;
  },

  unary(this: Interp, op: string, a: Handle): Handle {
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
    if (k === K.Complex) {
      const c = this.pv[a] as Cx;
      if (op === '-') return this.newComplex(-c.re, -c.im);
      if (op === '+') return this.ty[a] === this.tComplex ? this.incref(a) : this.newComplex(c.re, c.im);
    }
    const extUnary = this.ty[a].ext?.unary;
    if (extUnary) {
      const r = extUnary(op, a);
      if (r >= 0) return r;
    }
    if (k === K.Instance) {
      const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
      const f = this.lookupClassAttr(this.ty[a], name);
      if (f >= 0) return this.call(this.incref(f), [this.incref(a)], null);
    }
    throw this.typeError(`bad operand type for unary ${op}: '${this.ty[a].name}'`);
  },

  len(this: Interp, h: Handle): number {
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
      case K.ByteArray:
        return (this.pv[h] as ByteArrayData).s.length;
      case K.DictView:
      case K.MappingProxy:
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
    const ext = this.ty[h].ext;
    if (ext?.len) return ext.len(h);
    throw this.typeError(`object of type '${this.ty[h].name}' has no len()`);
  },

  /** `obj[key]` (new reference). */
  getitem(this: Interp, h: Handle, key: Handle): Handle {
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
          if ((k === K.Str || this.ty[h] === this.tBytes) && part.length === s.length && idx[0] === 0) return this.incref(h);
          return k === K.Str ? this.newStr(part) : this.newBytes(part);
        }
        const i = this.index(key, n, k === K.Str ? 'string' : 'byte');
        if (i < 0 || i >= n) throw this.err('IndexError', `${k === K.Str ? 'string' : 'index'} index out of range`);
        return k === K.Str ? this.newStr(chars ? chars[i] : s[i]) : this.newInt(s.charCodeAt(i));
      }
      case K.Dict: {
        const v = this.dictGet(h, key);
        if (v >= 0) return this.incref(v);
        // dict_subscript: a subclass's __missing__ answers for absent keys
        const m = this.ty[h].isHeap ? this.lookupClassAttr(this.ty[h], '__missing__') : -1;
        if (m >= 0) return this.call(this.incref(m), [this.incref(h), this.incref(key)], null);
        const missing = this.ty[h].ext?.missing;
        if (missing) return missing(h, key);
        throw keyError(this, key);
      }
      case K.MappingProxy:
        return this.getitem((this.pv[h] as { dict: Handle }).dict, key);
      case K.Range:
        return rangeSubscript(this, h, key);
      case K.ByteArray:
        return byteArrayGetitem(this, h, key);
      case K.Instance: {
        const f = this.lookupClassAttr(this.ty[h], '__getitem__');
        if (f >= 0) return this.call(this.incref(f), [this.incref(h), this.incref(key)], null);
        break;
      }
      case K.Type: {
        const t = this.pv[h] as PyType;
        if (!t.isHeap) return this.incref(h); // list[int] style generics: not modelled further
        break;
      }
      case K.Object: {
        const ext = this.ty[h].ext;
        if (ext?.getitem) return ext.getitem(h, key);
      }
    }
    throw this.typeError(`'${this.ty[h].name}' object is not subscriptable`);
  },

  /** `obj[key] = v` (borrows). */
  setitem(this: Interp, h: Handle, key: Handle, v: Handle): void {
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
    if (k === K.ByteArray) return byteArraySetitem(this, h, key, v);
    if (k === K.Instance) {
      const f = this.lookupClassAttr(this.ty[h], '__setitem__');
      if (f >= 0) {
        const r = this.call(this.incref(f), [this.incref(h), this.incref(key), this.incref(v)], null);
        this.decref(r);
        return;
      }
    }
    const ext = k === K.Object ? this.ty[h].ext : null;
    if (ext?.setitem) return ext.setitem(h, key, v);
    throw this.typeError(`'${this.ty[h].name}' object does not support item assignment`);
  },

  delitem(this: Interp, h: Handle, key: Handle): void {
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
      if (!this.dictDel(h, key)) throw keyError(this, key);
      return;
    }
    if (k === K.ByteArray) return byteArraySetitem(this, h, key, -1);
    if (k === K.Instance) {
      const f = this.lookupClassAttr(this.ty[h], '__delitem__');
      if (f >= 0) {
        this.decref(this.call(this.incref(f), [this.incref(h), this.incref(key)], null));
        return;
      }
    }
    const ext = k === K.Object ? this.ty[h].ext : null;
    if (ext?.delitem) return ext.delitem(h, key);
    throw this.typeError(`'${this.ty[h].name}' object does not support item deletion`);
  },
};

/** The methods of `abstractOps`, merged into Interp. */
export type AbstractOps = typeof abstractOps;
