// Code generation for list, set and dict comprehensions as 3.11 runs them: a nested function
// (its own code object, frame, locals and cells) made by MAKE_FUNCTION, with a closure tuple when
// it reads enclosing cells, and called with the outermost iterator as its one argument `.0`.
// Mirrors Python/compile.c (compiler_comprehension, compiler_comprehension_generator).
import type { Expr, Signature } from '../parser/ast.js';
import type { Handle } from '../mem.js';
import { Flow, type Frame, type FuncData } from '../interp.js';
import { getIter } from './flowStmt.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';

type Comp = Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' }>;

/** The implicit signature of a comprehension's function: one positional parameter, `.0`. */
const COMP_SIG: Signature = { params: [{ name: '.0', default: null, kwOnly: false }], nPosOnly: 0, vararg: null, kwarg: null };

const NAMES = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>' } as const;

/** List, set and dict comprehensions, merged into Compiler. */
export const comprehensionOps = {
  comprehension(this: Compiler, e: Comp, sc: Scope): E {
    const I = this.I;
    // the outermost iterable is evaluated in the enclosing scope, everything else in the function
    const outer = this.expr(e.generators[0].iter, sc);
    const name = NAMES[e.t];
    const qual = this.qualnameIn(sc, name);
    const cb = this.newCode(name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle); // co_consts of the parent owns it
    const inner = this.newScope('function', sc, cb, e, COMP_SIG, []);
    const gens = e.generators.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, inner),
      store: this.storer(g.target, inner),
      ifs: g.ifs.map((x) => this.cond(x, inner)),
    }));
    const kind = e.t;
    const elt = e.t === 'DictComp' ? null : this.expr(e.elt, inner);
    const key = e.t === 'DictComp' ? this.expr(e.key, inner) : null;
    const val = e.t === 'DictComp' ? this.expr(e.value, inner) : null;
    const add = (f: Frame, result: Handle): void => {
      if (kind === 'ListComp') {
        const v = elt!(f);
        I.listAppend(result, v);
        I.decref(v);
      } else if (kind === 'SetComp') {
        const v = elt!(f);
        try {
          I.setAdd(result, v);
        } finally {
          I.decref(v);
        }
      } else {
        const k = key!(f);
        let v: Handle;
        try {
          v = val!(f);
        } catch (err) {
          I.decref(k);
          throw err;
        }
        try {
          I.dictSet(result, k, v);
        } finally {
          I.decref(k);
          I.decref(v);
        }
      }
    };
    const loop = (f: Frame, level: number, iterH: Handle, result: Handle): void => {
      const g = gens[level];
      for (;;) {
        if (++I.steps > I.maxSteps) I.stepLimit();
        const x = I.next(iterH);
        if (x < 0) break;
        g.store(f, x);
        if (!g.ifs.every((c) => c(f))) continue;
        if (level === gens.length - 1) {
          add(f, result);
          continue;
        }
        const it = getIter(I, gens[level + 1].iter!(f));
        try {
          loop(f, level + 1, it, result);
        } finally {
          I.decref(it);
        }
      }
    };
    const body = (f: Frame): number => {
      // BUILD_LIST / BUILD_SET / BUILD_MAP, then the loops over `.0` (fast slot 0)
      const result = kind === 'ListComp' ? I.newList([]) : kind === 'SetComp' ? I.newSet() : I.newDict();
      try {
        loop(f, 0, f.fast[0], result);
      } catch (err) {
        I.decref(result);
        throw err;
      }
      f.ret = result;
      return Flow.Return;
    };
    const code = this.finishCode(cb, inner, COMP_SIG, body, false, -1, undefined, e);
    // LOAD_CLOSURE... BUILD_TUPLE before MAKE_FUNCTION, when the comprehension reads enclosing cells
    const closure = this.closureOf(inner, sc);
    return (f) => {
      const fn = I.newFunction(code, [], new Map(), f.globals, closure ? closure(f) : -1);
      try {
        const it = getIter(I, outer(f));
        // CALL 0 with the iterator: the frame takes it over as `.0`
        const fast: Handle[] = new Array(code.nlocals).fill(-1);
        fast[0] = it;
        return I.runFunction(I.pv[fn] as FuncData, fast);
      } finally {
        I.decref(fn);
      }
    };
  },
};

/** The methods of `comprehensionOps`, merged into Compiler. */
export type ComprehensionOps = typeof comprehensionOps;

/** Code generation of expressions of this family, by node kind. */
export const comprehensionExprs: ExprTable = {
  ListComp: (c, e, sc) => c.comprehension(e, sc),
  SetComp: (c, e, sc) => c.comprehension(e, sc),
  DictComp: (c, e, sc) => c.comprehension(e, sc),
};
