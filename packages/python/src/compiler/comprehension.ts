// Code generation for list, set and dict comprehensions: the hidden iteration variables,
// LIST_APPEND/SET_ADD/MAP_ADD on the result. Mirrors Python/compile.c
// (compiler_comprehension, compiler_comprehension_generator).
import type { Expr } from '../parser/ast.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';

/** List, set and dict comprehensions, merged into Compiler. */
export const comprehensionOps = {
  comprehension(this: Compiler, e: Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' }>, sc: Scope): E {
    const I = this.I;
    // 3.11 runs a comprehension as a nested function: a function object is made and called with
    // the outermost iterator; its variables are the function's locals. Here the variables are
    // hidden fast slots of the enclosing frame, with the same lifetimes.
    const outer = this.expr(e.generators[0].iter, sc);
    const vars = new Map<string, number>();
    const collect = (t: Expr): void => {
      if (t.t === 'Name') {
        if (!vars.has(t.id)) vars.set(t.id, this.hiddenSlot(sc, t.id));
      } else if (t.t === 'Tuple' || t.t === 'List') t.elts.forEach(collect);
    };
    for (const g of e.generators) collect(g.target);
    const iterSlot = this.hiddenSlot(sc, '.0');
    sc.comp.push(vars);
    const gens = e.generators.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, sc),
      store: this.storer(g.target, sc),
      ifs: g.ifs.map((x) => this.cond(x, sc)),
    }));
    const kind = e.t;
    const elt = e.t === 'DictComp' ? null : this.expr(e.elt, sc);
    const key = e.t === 'DictComp' ? this.expr(e.key, sc) : null;
    const val = e.t === 'DictComp' ? this.expr(e.value, sc) : null;
    sc.comp.pop();
    const cb = this.newCode(kind === 'ListComp' ? '<listcomp>' : kind === 'SetComp' ? '<setcomp>' : '<dictcomp>', '');
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const slots = [iterSlot, ...vars.values()];
    return (f) => {
      const fn = I.alloc(I.tFunction, K.Func, null, 0);
      const src = outer(f);
      let it: Handle;
      try {
        it = I.iter(src);
      } finally {
        I.decref(src);
      }
      f.fast[iterSlot] = it;
      const result = kind === 'ListComp' ? I.newList([]) : kind === 'SetComp' ? I.newSet() : I.newDict();
      const add = (): void => {
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
          const v = val!(f);
          try {
            I.dictSet(result, k, v);
          } finally {
            I.decref(k);
            I.decref(v);
          }
        }
      };
      const loop = (level: number, iterH: Handle): void => {
        const g = gens[level];
        for (;;) {
          if (++I.steps > I.maxSteps) I.stepLimit();
          const x = I.next(iterH);
          if (x < 0) break;
          g.store(f, x);
          if (!g.ifs.every((c) => c(f))) continue;
          if (level === gens.length - 1) add();
          else {
            const src2 = gens[level + 1].iter!(f);
            let it2: Handle;
            try {
              it2 = I.iter(src2);
            } finally {
              I.decref(src2);
            }
            try {
              loop(level + 1, it2);
            } finally {
              I.decref(it2);
            }
          }
        }
      };
      loop(0, it);
      // the comprehension's frame is cleared: .0 first, then its variables
      for (const s of slots) {
        const v = f.fast[s];
        if (v >= 0) {
          f.fast[s] = -1;
          I.decref(v);
        }
      }
      I.decref(fn);
      return result;
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
