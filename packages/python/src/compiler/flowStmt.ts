// Code generation for control flow: `if`, `while` and `for` (with `else`, break and
// continue as Flow codes), `return`. Mirrors Python/compile.c (compiler_if, compiler_while,
// compiler_for, compiler_return) and the eval loop's GET_ITER/FOR_ITER.
import { Flow, type Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { PySourceError } from '../parser/sourceError.js';
import type { StmtTable } from './compile.js';

/** Code generation of statements of this family, by node kind. */
export const flowStmts: StmtTable = {
  If: (c, s, sc) => {
    const test = c.cond(s.test, sc);
    const body = c.block(s.body, sc);
    const orelse = c.block(s.orelse, sc);
    return (f) => (test(f) ? body(f) : orelse(f));
  },
  While: (c, s, sc) => {
    const test = c.cond(s.test, sc);
    const body = c.block(s.body, sc);
    const orelse = c.block(s.orelse, sc);
    return (f) => {
      while (test(f)) {
        const r = body(f);
        if (r === Flow.Break) return Flow.Normal;
        if (r === Flow.Return) return r;
      }
      return orelse(f);
    };
  },
  For: (c, s, sc) => {
    const I = c.I;
    const iterable = c.expr(s.iter, sc);
    const store = c.storer(s.target, sc);
    const body = c.block(s.body, sc);
    const orelse = c.block(s.orelse, sc);
    return (f) => {
      const it = getIter(I, iterable(f));
      for (;;) {
        const x = I.next(it);
        if (x < 0) break;
        store(f, x);
        const r = body(f);
        if (r === Flow.Break) {
          I.decref(it);
          return Flow.Normal;
        }
        if (r === Flow.Return) {
          I.decref(it);
          return r;
        }
      }
      I.decref(it);
      return orelse(f);
    };
  },
  Return: (c, s, sc) => {
    const I = c.I;
    if (sc.kind !== 'function') throw new PySourceError('SyntaxError', "'return' outside function", s.line, s.col, s.value?.endLine === s.line ? s.value.endCol : s.col + 6);
    const e = s.value ? c.expr(s.value, sc) : null;
    return (f) => {
      f.ret = e ? e(f) : I.none();
      return Flow.Return;
    };
  },
};

/** GET_ITER: the iterator of `src`, whose reference it consumes (also when iter() raises). */
export function getIter(I: Interp, src: Handle): Handle {
  try {
    return I.iter(src);
  } finally {
    I.decref(src);
  }
}
