// Code generation for `def`, `lambda` and `class`: the code object, MAKE_FUNCTION with its
// defaults, the class body run in its own namespace then the class built from it. Mirrors
// Python/compile.c (compiler_function, compiler_lambda, compiler_class).
import type { Param, Stmt } from '../parser/ast.js';
import { Flow, type Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Compiler, E, Scope, StmtTable, ExprTable } from './compile.js';

/** Function and class definitions, merged into Compiler. */
export const defOps = {
  /** Compiles a def or lambda; returns an expression that builds the function object. */
  functionMaker(this: Compiler, name: string, params: readonly Param[], body: readonly Stmt[], sc: Scope, pos: { line: number; col: number }): E {
    const I = this.I;
    const qual = sc.kind === 'class' ? `${sc.code.qualname === '<module>' ? '' : `${sc.code.qualname}.`}${name}` : sc.kind === 'function' ? `${sc.code.qualname}.<locals>.${name}` : name;
    const cb = this.newCode(name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle); // co_consts of the parent owns it now
    const inner = this.newScope('function', sc, cb, params, body);
    // docstring slot: co_consts[0] is None when there is none
    this.useConst(cb, { k: 'none' }, false);
    const compiled = this.block(body, inner);
    const code = this.finishCode(cb, inner, params, compiled, false);
    const defaults = params.filter((p) => p.default && !p.kwOnly).map((p) => this.expr(p.default!, sc));
    const kwdefaults = params.filter((p) => p.default && p.kwOnly).map((p) => [p.name, this.expr(p.default!, sc)] as const);
    void pos;
    return (f) => {
      const defs = defaults.map((d) => d(f));
      const kwd = new Map<string, Handle>();
      for (const [n, d] of kwdefaults) kwd.set(n, d(f));
      return I.newFunction(code, defs, kwd, f.globals, name);
    };
  },

  classMaker(this: Compiler, s: Extract<Stmt, { t: 'ClassDef' }>, sc: Scope): E {
    const I = this.I;
    const qual = sc.kind === 'module' ? s.name : `${sc.code.qualname}.${s.name}`;
    const cb = this.newCode(s.name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const inner = this.newScope('class', sc, cb, [], s.body);
    const body = this.block(s.body, inner);
    const code = this.finishCode(cb, inner, [], body, false);
    const bases = s.bases.map((b) => this.expr(b, sc));
    const nameConst = this.useConst(sc.code, { k: 'str', v: s.name }, false);
    return (f) => {
      // LOAD_BUILD_CLASS; MAKE_FUNCTION (the body function); LOAD_CONST name; bases...; CALL
      const bodyFn = I.newFunction(code, [], new Map(), f.globals, s.name);
      const baseHs = bases.map((b) => b(f));
      try {
        const ns = I.newDict();
        I.dictSetStr(ns, '__module__', I.mainName);
        I.dictSetStr(ns, '__qualname__', nameConst);
        const frame: Frame = { code, fast: new Array(code.nlocals).fill(-1), globals: f.globals, ns, line: s.line, ret: -1, back: I.frame };
        I.runFrame(frame);
        const cls = I.makeClass(s.name, baseHs, ns);
        I.decref(ns);
        return cls;
      } finally {
        for (const b of baseHs) I.decref(b);
        I.decref(bodyFn);
      }
    };
  },
};

/** The methods of `defOps`, merged into Compiler. */
export type DefOps = typeof defOps;

/** Code generation of statements of this family, by node kind. */
export const defStmts: StmtTable = {
  FunctionDef: (c, s, sc) => {
    const make = c.functionMaker(s.name, s.params, s.body, sc, s);
    const store = c.storeName(s.name, sc);
    return (f) => {
      store(f, make(f));
      return Flow.Normal;
    };
  },
  ClassDef: (c, s, sc) => {
    const make = c.classMaker(s, sc);
    const store = c.storeName(s.name, sc);
    return (f) => {
      store(f, make(f));
      return Flow.Normal;
    };
  },
};

/** Code generation of expressions of this family, by node kind. */
export const defExprs: ExprTable = {
  Lambda: (c, e, sc) => c.functionMaker('<lambda>', e.params, [{ t: 'Return', value: e.body, line: e.line, col: e.col }], sc, e),
};
