// Code generation for `def`, `lambda` and `class`: the code object, MAKE_FUNCTION with its
// defaults, the class body run in its own namespace then the class built from it. Mirrors
// Python/compile.c (compiler_function, compiler_lambda, compiler_class).
import type { Param, Stmt } from '../parser/ast.js';
import { Flow, type Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Compiler, E, Scope, StmtTable, ExprTable } from './compile.js';
import { attachClassCell, classBodyNeedsCell, fillClassCell, newClassCell, usesClassCell } from '../objects/classCell.js';

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
    // a method using super() or __class__ closes over the class body's __class__ cell
    const takesCell = sc.kind === 'class' && usesClassCell(body);
    return (f) => {
      const defs = defaults.map((d) => d(f));
      const kwd = new Map<string, Handle>();
      for (const [n, d] of kwdefaults) kwd.set(n, d(f));
      const h = I.newFunction(code, defs, kwd, f.globals, name);
      if (takesCell && f.classCell !== undefined && f.classCell >= 0) attachClassCell(I, h, f.classCell);
      return h;
    };
  },

  classMaker(this: Compiler, s: Extract<Stmt, { t: 'ClassDef' }>, sc: Scope): E {
    const I = this.I;
    const qual = sc.kind === 'module' ? s.name : sc.kind === 'function' ? `${sc.code.qualname}.<locals>.${s.name}` : `${sc.code.qualname}.${s.name}`;
    const cb = this.newCode(s.name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const inner = this.newScope('class', sc, cb, [], s.body);
    const body = this.block(s.body, inner);
    const code = this.finishCode(cb, inner, [], body, false);
    const bases = s.bases.map((b) => this.expr(b, sc));
    const keywords = s.keywords.map((k) => [k.name, this.expr(k.value, sc)] as const);
    const nameConst = this.useConst(sc.code, { k: 'str', v: s.name }, false);
    const qualConst = this.useConst(cb, { k: 'str', v: qual }, false);
    const needsCell = classBodyNeedsCell(s.body);
    return (f) => {
      // LOAD_BUILD_CLASS; MAKE_FUNCTION (the body function); LOAD_CONST name; bases...; CALL
      const bodyFn = I.newFunction(code, [], new Map(), f.globals, s.name);
      const baseHs = bases.map((b) => b(f));
      const kw = keywords.length ? new Map(keywords.map(([k, e]) => [k, e(f)])) : null;
      let bt = -1;
      let ns = -1;
      let cell = -1;
      let margs = -1;
      try {
        // __build_class__: the bases tuple, __prepare__'s namespace, the body, then type(name, bases, ns)
        bt = baseHs.length ? I.newTuple(baseHs.map((b) => I.incref(b))) : I.incref(I.emptyTuple);
        ns = I.newDict();
        I.dictSetStr(ns, '__module__', I.mainName);
        I.dictSetStr(ns, '__qualname__', qualConst);
        if (needsCell) cell = newClassCell(I);
        const frame: Frame = { code, fast: new Array(code.nlocals).fill(-1), globals: f.globals, ns, line: s.line, ret: -1, back: I.frame, classCell: cell };
        I.runFrame(frame);
        // _PyObject_MakeTpCall packs (name, bases, ns)
        margs = I.newTuple([I.incref(nameConst), I.incref(bt), I.incref(ns)]);
        const cls = I.makeClass(s.name, qual, bt, ns, kw);
        if (cell >= 0) fillClassCell(I, cell, cls);
        return cls;
      } finally {
        I.xdecref(margs);
        I.xdecref(ns);
        I.xdecref(cell);
        I.xdecref(bt);
        if (kw) for (const v of kw.values()) I.decref(v);
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
