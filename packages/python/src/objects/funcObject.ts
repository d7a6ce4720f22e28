// Function objects and their code objects' attributes: MAKE_FUNCTION's object (code, globals,
// defaults tuple, keyword-only defaults dict, closure tuple of cells, the lazily made __dict__
// and __annotations__), the attributes CPython exposes on both, and the ones a wrapper sets by
// hand (__name__, __qualname__, __doc__, __wrapped__). Mirrors Objects/funcobject.c
// (PyFunction_New, func_getsets, func_memberlist) and Objects/codeobject.c (code_memberlist).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Code, FuncData, Interp } from '../interp.js';

/** The slots of a function object: the references its tp_traverse visits. */
export const enum FuncSlot {
  Code = 0,
  Globals = 1,
  Defaults = 2,
  KwDefaults = 3,
  Closure = 4,
  Dict = 5,
  Annotations = 6,
  Doc = 7,
  Count = 8,
}

function slot(I: Interp, h: Handle, i: FuncSlot): Handle {
  return I.mem.rt.heap.slot(h, i);
}

/** Function and code objects, merged into Interp. */
export const funcOps = {
  /**
   * MAKE_FUNCTION: steals the defaults, the keyword-only defaults and the closure tuple (-1: none).
   * The docstring (`doc`, borrowed, -1: none) is co_consts[0] of the code.
   */
  newFunction(this: Interp, code: Code, defaults: Handle[], kwdefaults: Map<string, Handle>, globals: Handle, closure: Handle): Handle {
    const data: FuncData = { code, defaults: [], kwdefaults: new Map(), globals, name: code.name, qualname: code.qualname, closure: -1, cells: [] };
    const h = this.alloc(this.tFunction, K.Func, data, FuncSlot.Count);
    this.mem.setSlot(h, FuncSlot.Code, code.handle);
    this.mem.setSlot(h, FuncSlot.Globals, globals);
    if (code.doc >= 0) this.mem.setSlot(h, FuncSlot.Doc, code.doc);
    if (defaults.length) {
      const t = this.newTuple(defaults);
      this.mem.putSlot(h, FuncSlot.Defaults, t);
      data.defaults = this.tupleItems(t);
    }
    if (kwdefaults.size) {
      const d = this.newDict();
      for (const [k, v] of kwdefaults) {
        this.dictSetStr(d, k, v);
        this.decref(v);
      }
      this.mem.putSlot(h, FuncSlot.KwDefaults, d);
      for (const k of kwdefaults.keys()) data.kwdefaults.set(k, this.dictGetStr(d, k));
    }
    if (closure >= 0) {
      this.mem.putSlot(h, FuncSlot.Closure, closure);
      data.closure = closure;
      data.cells = this.tupleItems(closure);
    }
    return h;
  },

  /** `module.qualname()` of a callable for call errors (_PyObject_FunctionStr). */
  functionStr(this: Interp, fh: Handle): string {
    const k = this.kind[fh];
    if (k === K.Method) return this.functionStr((this.pv[fh] as { func: Handle }).func);
    if (k === K.Func) {
      const fd = this.pv[fh] as FuncData;
      const m = this.dictGetStr(fd.globals, '__name__');
      const mod = m >= 0 ? (this.pv[m] as string) : '';
      return mod && mod !== 'builtins' ? `${mod}.${fd.qualname}()` : `${fd.qualname}()`;
    }
    if (k === K.Builtin) return `${(this.pv[fh] as { name: string }).name}()`;
    if (k === K.Type) return `${this.ty[fh] === this.tType ? (this.pv[fh] as { name: string }).name : this.ty[fh].name}()`;
    return `${this.ty[fh].name} object`;
  },

  /** The function's __name__ (for messages). */
  funcName(this: Interp, h: Handle): string {
    return (this.pv[h] as FuncData).name;
  },

  /** A function attribute (new reference), or -1 when it has none of that name. */
  funcGetattr(this: Interp, h: Handle, name: string): Handle {
    const fd = this.pv[h] as FuncData;
    const orNone = (v: Handle): Handle => this.incref(v >= 0 ? v : this.None);
    switch (name) {
      case '__name__':
        return this.newStr(fd.name);
      case '__qualname__':
        return this.newStr(fd.qualname);
      case '__doc__':
        return orNone(slot(this, h, FuncSlot.Doc));
      case '__module__':
        return orNone(this.dictGetStr(fd.globals, '__name__'));
      case '__code__':
        return this.incref(fd.code.handle);
      case '__globals__':
        return this.incref(fd.globals);
      case '__defaults__':
        return orNone(slot(this, h, FuncSlot.Defaults));
      case '__kwdefaults__':
        return orNone(slot(this, h, FuncSlot.KwDefaults));
      case '__closure__':
        return orNone(fd.closure);
      case '__dict__':
        return this.incref(this.funcDict(h));
      case '__annotations__': {
        let a = slot(this, h, FuncSlot.Annotations);
        if (a >= 0 && this.kind[a] === K.Tuple) {
          // func_get_annotations: the def's (name, value, ...) tuple becomes the dict, once
          const items = this.pv[a] as Handle[];
          const d = this.newDict();
          for (let i = 0; i + 1 < items.length; i += 2) this.dictSet(d, items[i]!, items[i + 1]!);
          this.mem.setSlot(h, FuncSlot.Annotations, d);
          this.decref(d);
          a = d;
        } else if (a < 0) {
          a = this.newDict();
          this.mem.putSlot(h, FuncSlot.Annotations, a);
        }
        return this.incref(a);
      }
    }
    const d = slot(this, h, FuncSlot.Dict);
    if (d >= 0) {
      const v = this.dictGetStr(d, name);
      if (v >= 0) return this.incref(v);
    }
    return -1;
  },

  /** The function's __dict__, made on first use (borrowed). */
  funcDict(this: Interp, h: Handle): Handle {
    let d = slot(this, h, FuncSlot.Dict);
    if (d < 0) {
      d = this.newDict();
      this.mem.putSlot(h, FuncSlot.Dict, d);
    }
    return d;
  },

  /** `f.name = v` (v borrowed; -1 deletes). */
  funcSetattr(this: Interp, h: Handle, name: string, v: Handle): void {
    const fd = this.pv[h] as FuncData;
    const needStr = (what: string): string => {
      if (v < 0 || this.kind[v] !== K.Str) throw new PyException('TypeError', `${what} must be set to a string object`);
      return this.pv[v] as string;
    };
    switch (name) {
      case '__name__':
        fd.name = needStr('__name__');
        return;
      case '__qualname__':
        fd.qualname = needStr('__qualname__');
        return;
      case '__doc__':
        this.mem.setSlot(h, FuncSlot.Doc, v >= 0 && v !== this.None ? v : -1);
        return;
      case '__defaults__': {
        if (v >= 0 && v !== this.None && this.kind[v] !== K.Tuple) throw new PyException('TypeError', '__defaults__ must be set to a tuple object');
        const t = v >= 0 && v !== this.None ? v : -1;
        this.mem.setSlot(h, FuncSlot.Defaults, t);
        fd.defaults = t >= 0 ? this.tupleItems(t) : [];
        return;
      }
      case '__code__':
      case '__closure__':
      case '__globals__':
        throw new PyException('AttributeError', `pymem does not support setting ${name}`);
    }
    const d = this.funcDict(h);
    if (v >= 0) this.dictSetStr(d, name, v);
    else if (this.dictGetStr(d, name) >= 0) {
      const key = this.newStr(name);
      this.dictDel(d, key);
      this.decref(key);
    } else throw new PyException('AttributeError', `'function' object has no attribute '${name}'`);
  },

  /** A code object attribute (new reference), or -1. */
  codeGetattr(this: Interp, h: Handle, name: string): Handle {
    const code = this.pv[h] as Code;
    const strs = (names: readonly string[]): Handle => (names.length ? this.newTuple(names.map((n) => this.internStr(n))) : this.incref(this.emptyTuple));
    switch (name) {
      case 'co_name':
        return this.newStr(code.name);
      case 'co_qualname':
        return this.newStr(code.qualname);
      case 'co_varnames':
        return strs(code.varnames);
      case 'co_cellvars':
        return strs(code.cellvars);
      case 'co_freevars':
        return strs(code.freevars);
      case 'co_argcount':
        return this.newInt(code.nPositional);
      case 'co_posonlyargcount':
        return this.newInt(code.nPosOnly);
      case 'co_kwonlyargcount':
        return this.newInt(code.nKwOnly);
      case 'co_nlocals':
        return this.newInt(code.varnames.length);
      case 'co_flags':
        return this.newInt(code.flags);
      case 'co_stacksize':
        return this.newInt(code.stacksize ?? 0);
    }
    return -1;
  },
};

/** The methods of `funcOps`, merged into Interp. */
export type FuncOps = typeof funcOps;
