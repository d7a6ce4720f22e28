// Code generation for `def`, `lambda` and `class`: the code object, MAKE_FUNCTION with its
// defaults and closure tuple, decorators, the class body run in its own namespace (with the
// enclosing cells it reads) then the class built from it. Mirrors Python/compile.c
// (compiler_function, compiler_lambda, compiler_class, compiler_make_closure, compiler_decorators).
import type { Expr, Signature, Stmt } from '../parser/ast.js';
import { Flow, type Frame, type FuncData } from '../interp.js';
import type { ScopeNode } from './symtablePass.js';
import type { Handle } from '../mem.js';
import type { Compiler, E, Scope, StmtTable, ExprTable } from './compile.js';
import { K } from '../objects.js';
import { FuncSlot } from '../objects/funcObject.js';
import { functionAnnotations, hasAnnotations, setupAnnotations } from './annotations.js';
import { buildClassMeta, callMeta, prepareNamespace, releaseBuildMeta, type BuildMeta } from '../objects/metaclass.js';

/** The docstring of a body: its first statement when that is a string literal. */
function docstring(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (first && first.t === 'Expr' && first.value.t === 'Const' && first.value.value.k === 'str') return first.value.value.v;
  return null;
}

/** Function and class definitions, merged into Compiler. */
export const defOps = {
  /** compiler_set_qualname: `<locals>` follows a function's name, not a class's or a comprehension's. */
  qualnameIn(this: Compiler, sc: Scope, name: string): string {
    if (sc.kind === 'module') return name;
    if (sc.kind === 'function' && sc.table.kind !== 'comprehension') return `${sc.code.qualname}.<locals>.${name}`;
    return `${sc.code.qualname}.${name}`;
  },

  /** Compiles a def or lambda; returns an expression that builds the function object (MAKE_FUNCTION). */
  functionMaker(this: Compiler, name: string, node: ScopeNode, sig: Signature, body: readonly Stmt[], sc: Scope, isLambda: boolean): E {
    const I = this.I;
    const qual = this.qualnameIn(sc, name);
    const cb = this.newCode(name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle); // co_consts of the parent owns it now
    const inner = this.newScope('function', sc, cb, node, sig, body);
    // co_consts[0] is the docstring, or None when there is none (a lambda's is never a docstring)
    const doc = isLambda ? null : docstring(body);
    const docH = doc !== null ? this.useConst(cb, { k: 'str', v: doc }) : -1;
    if (doc === null) this.useConst(cb, { k: 'none' }, false);
    const rest = doc !== null ? body.slice(1) : body;
    let code;
    if (inner.table.generator) {
      const gen = this.genBody(rest, inner);
      code = this.finishCode(cb, inner, sig, gen, false, docH, { node, gen, nstack: this.stackSlots(inner) });
    } else code = this.finishCode(cb, inner, sig, this.block(rest, inner), false, docH, undefined, node);
    const params = sig.params;
    const defaults = params.filter((p) => p.default && !p.kwOnly).map((p) => this.expr(p.default!, sc));
    const kwdefaults = params.filter((p) => p.default && p.kwOnly).map((p) => [p.name, this.expr(p.default!, sc)] as const);
    const annotations = functionAnnotations(this, node as Stmt, sc);
    // a method using super() or __class__ closes over the class body's __class__ cell like any free name
    const closure = this.closureOf(inner, sc);
    return (f) => {
      const defs = defaults.map((d) => d(f));
      const kwd = new Map<string, Handle>();
      for (const [n, d] of kwdefaults) kwd.set(n, d(f));
      const ann = annotations ? annotations(f) : -1;
      const fn = I.newFunction(code, defs, kwd, f.globals, closure ? closure(f) : -1);
      if (ann >= 0) I.mem.putSlot(fn, FuncSlot.Annotations, ann);
      return fn;
    };
  },

  /** LOAD_CLOSURE + BUILD_TUPLE: the cells of `sc`'s frame that the inner scope's free variables name; null when none. */
  closureOf(this: Compiler, inner: Scope, sc: Scope): ((f: Frame) => Handle) | null {
    const I = this.I;
    const free = inner.table.freevars;
    if (free.length === 0) return null;
    const idx = free.map((n) => {
      const i = sc.cells.get(n);
      if (i === undefined) throw new Error(`free variable '${n}' has no cell in the enclosing scope`);
      return i;
    });
    return (f) => I.newTuple(idx.map((i) => I.incref(f.cells[i])));
  },

  /** Decorators: evaluated top-down before the definition, applied bottom-up to what it made. */
  decorate(this: Compiler, decorators: readonly Expr[], sc: Scope, make: E): E {
    if (decorators.length === 0) return make;
    const I = this.I;
    const decs = decorators.map((d) => this.expr(d, sc));
    return (f) => {
      const fns: Handle[] = [];
      let v: Handle;
      try {
        for (const d of decs) fns.push(d(f));
        v = make(f);
      } catch (e) {
        for (const h of fns) I.decref(h);
        throw e;
      }
      for (let i = fns.length - 1; i >= 0; i--) {
        try {
          v = I.call(fns[i], [v], null);
        } catch (e) {
          for (let j = 0; j < i; j++) I.decref(fns[j]);
          throw e;
        }
      }
      return v;
    };
  },

  classMaker(this: Compiler, s: Extract<Stmt, { t: 'ClassDef' }>, sc: Scope): E {
    const I = this.I;
    const qual = this.qualnameIn(sc, s.name);
    const cb = this.newCode(s.name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const inner = this.newScope('class', sc, cb, s, null, s.body);
    // a class docstring is stored as __doc__ first thing in the namespace
    const doc = docstring(s.body);
    const docStore = doc !== null ? this.storeName('__doc__', inner) : null;
    const docConst = doc !== null ? this.useConst(cb, { k: 'str', v: doc }) : -1;
    const rest = this.block(doc !== null ? s.body.slice(1) : s.body, inner);
    // SETUP_ANNOTATIONS comes before the docstring's store
    const setup = hasAnnotations(s.body) ? setupAnnotations(this) : null;
    const body = docStore || setup
      ? (f: Frame): number => {
          if (setup) setup(f);
          if (docStore) docStore(f, I.incref(docConst));
          return rest(f);
        }
      : rest;
    const code = this.finishCode(cb, inner, null, body, false, -1);
    const closure = this.closureOf(inner, sc);
    const bases = s.bases.map((b) => this.expr(b, sc));
    const keywords = s.keywords.map((k) => [k.name!, this.expr(k.value, sc)] as const);
    const nameConst = this.useConst(sc.code, { k: 'str', v: s.name }, false);
    const qualConst = this.useConst(cb, { k: 'str', v: qual }, false);
    return (f) => {
      // LOAD_BUILD_CLASS; MAKE_FUNCTION (the body function); LOAD_CONST name; bases...; CALL
      const bodyFn = I.newFunction(code, [], new Map(), f.globals, closure ? closure(f) : -1);
      const baseHs = bases.map((b) => b(f));
      let bm: BuildMeta | null = null;
      let bt = -1;
      let ns = -1;
      let classCell = -1;
      let margs = -1;
      try {
        const kw = keywords.length ? new Map(keywords.map(([k, e]) => [k, e(f)])) : null;
        // __build_class__: the bases tuple, the metaclass, __prepare__'s namespace, the body, then meta(name, bases, ns)
        bt = baseHs.length ? I.newTuple(baseHs.map((b) => I.incref(b))) : I.incref(I.emptyTuple);
        bm = buildClassMeta(I, baseHs, kw);
        ns = prepareNamespace(I, bm, nameConst, bt);
        // the class body's first line: __module__ = globals()['__name__']
        const modName = I.dictGetStr(f.globals, '__name__');
        I.dictSetStr(ns, '__module__', modName >= 0 ? modName : I.mainName);
        I.dictSetStr(ns, '__qualname__', qualConst);
        // MAKE_CELL __class__ when a method reads it (symtablePass.ts), then the body's closure
        const fast: Handle[] = new Array(code.nlocals).fill(-1);
        const cells = I.frameCells(code, fast, I.pv[bodyFn] as FuncData);
        classCell = code.cellvars.length ? I.incref(cells[0]) : -1;
        const frame: Frame = { code, fast, cells, globals: f.globals, ns, line: s.line, ret: -1, back: I.frame, locals: -1 };
        try {
          I.runFrame(frame);
        } finally {
          for (const c of cells) I.decref(c);
        }
        let cls: Handle;
        if (bm.meta !== null) cls = callMeta(I, bm, nameConst, bt, ns);
        else {
          // _PyObject_MakeTpCall packs (name, bases, ns)
          margs = I.newTuple([I.incref(nameConst), I.incref(bt), I.incref(ns)]);
          cls = I.makeClass(s.name, qual, bt, ns, bm.kw);
        }
        I.setDescriptorNames(ns, cls);
        // type_new_set_classcell: the cell now refers to the class
        if (classCell >= 0 && I.kind[cls] === K.Type) I.cellSet(classCell, I.incref(cls));
        return cls;
      } finally {
        I.xdecref(margs);
        I.xdecref(ns);
        I.xdecref(classCell);
        I.xdecref(bt);
        if (bm) releaseBuildMeta(I, bm);
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
    const make = c.decorate(s.decorators, sc, c.functionMaker(s.name, s, s, s.body, sc, false));
    const store = c.storeName(s.name, sc);
    return (f) => {
      store(f, make(f));
      return Flow.Normal;
    };
  },
  ClassDef: (c, s, sc) => {
    const make = c.decorate(s.decorators, sc, c.classMaker(s, sc));
    const store = c.storeName(s.name, sc);
    return (f) => {
      store(f, make(f));
      return Flow.Normal;
    };
  },
};

/** Code generation of expressions of this family, by node kind. */
export const defExprs: ExprTable = {
  Lambda: (c, e, sc) => c.functionMaker('<lambda>', e, e, [{ t: 'Return', value: e.body, line: e.line, col: e.col }], sc, true),
};
