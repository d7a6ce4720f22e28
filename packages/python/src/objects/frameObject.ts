// What a frame shows of itself: locals() in a function is the frame's f_locals dict, made on the
// first call and brought up to date on every call (the fast locals, then the cells' and free
// variables' contents; unbound names are removed); at module level it is the globals and in a
// class body the class namespace. Mirrors Objects/frameobject.c (_PyFrame_FastToLocalsWithError)
// and Python/ceval.c (PyEval_GetLocals).
import type { Handle } from '../mem.js';
import type { Interp } from '../interp.js';

/** Frame introspection, merged into Interp. */
export const frameOps = {
  /** locals() of the running frame (new reference). */
  frameLocals(this: Interp): Handle {
    const f = this.frame!;
    if (f.code.isModule) return this.incref(f.globals);
    if (f.ns >= 0) return this.incref(f.ns);
    if (f.locals < 0) f.locals = this.newDict();
    const d = f.locals;
    const put = (name: string, v: Handle): void => {
      if (v >= 0) this.dictSetStr(d, name, v);
      else if (this.dictGetStr(d, name) >= 0) {
        const key = this.newStr(name);
        this.dictDel(d, key);
        this.decref(key);
      }
    };
    const code = f.code;
    code.localNames.forEach((n, i) => {
      if (!n.includes('#')) put(n, f.fast[i]!);
    });
    const cellNames = [...code.cellvars, ...code.freevars];
    cellNames.forEach((n, i) => put(n, this.pv[f.cells[i]!] as Handle));
    return this.incref(d);
  },
};

/** The methods of `frameOps`, merged into Interp. */
export type FrameOps = typeof frameOps;
