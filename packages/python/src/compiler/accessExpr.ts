// Code generation for names, constants, attributes, subscripts (with slices) and calls
// (LOAD_METHOD/CALL). Mirrors Python/compile.c (compiler_visit_expr1's Attribute, Subscript,
// compiler_call, maybe_optimize_method_call).
import type { Expr } from '../parser/ast.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';

/** Subscript keys and calls, merged into Compiler. */
export const accessOps = {
  subscriptKey(this: Compiler, index: Expr, sc: Scope): E {
    const I = this.I;
    if (index.t === 'Slice') {
      const part = (x: Expr | null): E => (x ? this.expr(x, sc) : () => I.none());
      const lo = part(index.lower);
      const hi = part(index.upper);
      const st = part(index.step);
      return (f) => {
        const a = lo(f);
        const b = hi(f);
        const c = st(f);
        return I.newSlice(a, b, c);
      };
    }
    return this.expr(index, sc);
  },

  call(this: Compiler, e: Extract<Expr, { t: 'Call' }>, sc: Scope): E {
    const I = this.I;
    if (e.args.some((a) => a.t === 'Starred') || e.keywords.some((k) => k.name === null)) return this.starCall(e, sc);
    const args = e.args.map((a) => this.expr(a, sc));
    const kwNames = e.keywords.map((k) => k.name!);
    const kwVals = e.keywords.map((k) => this.expr(k.value, sc));
    if (kwNames.length) this.useConst(sc.code, { k: 'tuple', v: kwNames.map((n) => ({ k: 'str', v: n })) }, false);
    const evalKw = (f: Frame): Map<string, Handle> | null => {
      if (kwNames.length === 0) return null;
      const m = new Map<string, Handle>();
      for (let i = 0; i < kwNames.length; i++) m.set(kwNames[i], kwVals[i](f));
      return m;
    };
    if (e.func.t === 'Attribute') {
      // LOAD_METHOD: no bound method object for methods found on the type
      const obj = this.expr(e.func.value, sc);
      const name = e.func.attr;
      return (f) => {
        const o = obj(f);
        let a: Handle[];
        let kw: Map<string, Handle> | null;
        try {
          a = this.evalAll(args, f);
          kw = evalKw(f);
        } catch (err) {
          I.decref(o);
          throw err;
        }
        return I.callMethod(o, name, a, kw);
      };
    }
    const fn = this.expr(e.func, sc);
    return (f) => {
      const fh = fn(f);
      let a: Handle[];
      let kw: Map<string, Handle> | null;
      try {
        a = this.evalAll(args, f);
        kw = evalKw(f);
      } catch (err) {
        I.decref(fh);
        throw err;
      }
      return I.call(fh, a, kw);
    };
  },
};

/** The methods of `accessOps`, merged into Compiler. */
export type AccessOps = typeof accessOps;

/** Code generation of expressions of this family, by node kind. */
export const accessExprs: ExprTable = {
  Name: (c, e, sc) => c.loadName(e.id, sc, e),
  Call: (c, e, sc) => c.call(e, sc),
  Attribute: (c, e, sc) => {
    const I = c.I;
    const obj = c.expr(e.value, sc);
    const attr = e.attr;
    return (f) => {
      const o = obj(f);
      try {
        return I.getattr(o, attr);
      } finally {
        I.decref(o);
      }
    };
  },
  Subscript: (c, e, sc) => {
    const I = c.I;
    const obj = c.expr(e.value, sc);
    const key = c.subscriptKey(e.index, sc);
    return (f) => {
      const o = obj(f);
      const k = key(f);
      try {
        return I.getitem(o, k);
      } finally {
        I.decref(o);
        I.decref(k);
      }
    };
  },
  Slice: (c, e, _sc) => {
    throw c.err(e, 'slices outside subscripts');
  },
  Const: (c, e, sc) => {
    const I = c.I;
    const h = c.useConst(sc.code, e.value);
    return () => I.incref(h);
  },
};
