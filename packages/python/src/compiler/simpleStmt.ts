// Code generation for the simple statements: expression statements, pass/break/continue,
// `global`, `assert`, `import` and `from ... import`. Mirrors Python/compile.c
// (compiler_visit_stmt, compiler_assert, compiler_import, compiler_from_import).
import { PyException } from '../errors.js';
import { Flow } from '../interp.js';
import type { Handle } from '../mem.js';
import type { StmtTable } from './compile.js';
import { exprPos, notePos } from './positions.js';

/** Code generation of statements of this family, by node kind. */
export const simpleStmts: StmtTable = {
  Pass: (_c, _s, _sc) => () => Flow.Normal,
  Break: (_c, _s, _sc) => () => Flow.Break,
  Continue: (_c, _s, _sc) => () => Flow.Continue,
  Expr: (c, s, sc) => {
    const I = c.I;
    const e = c.expr(s.value, sc);
    return (f) => {
      I.decref(e(f));
      return Flow.Normal;
    };
  },
  Global: (_c, _s, _sc) => () => Flow.Normal,
  Nonlocal: (_c, _s, _sc) => () => Flow.Normal,
  Assert: (c, s, sc) => {
    const I = c.I;
    const test = c.cond(s.test, sc);
    const msg = s.msg ? c.expr(s.msg, sc) : null;
    const testPos = exprPos(s.test);
    return (f) => {
      if (!test(f)) {
        // AssertionError(msg): the message object itself is the argument; the traceback points at the test
        const m = msg ? msg(f) : -1;
        const e = new PyException('AssertionError', m >= 0 ? I.str(m) : '');
        e.arg = m;
        notePos(e, f, testPos);
        throw e;
      }
      return Flow.Normal;
    };
  },
  Import: (c, s, sc) => {
    const I = c.I;
    const ops = s.names.map((n) => ({ mod: n.name, store: c.storeName(n.asname ?? n.name, sc) }));
    return (f) => {
      for (const o of ops) o.store(f, I.importModule(o.mod));
      return Flow.Normal;
    };
  },
  ImportFrom: (c, s, sc) => {
    const I = c.I;
    const ops = s.names.map((n) => ({ name: n.name, store: c.storeName(n.asname ?? n.name, sc) }));
    const modName = s.module;
    return (f) => {
      const m = I.importModule(modName);
      try {
        for (const o of ops) {
          let v: Handle;
          try {
            v = I.getattr(m, o.name);
          } catch (e) {
            if (e instanceof PyException && e.pyType === 'AttributeError') {
              throw new PyException('ImportError', `cannot import name '${o.name}' from '${modName}' (unknown location)`);
            }
            throw e;
          }
          o.store(f, v);
        }
      } finally {
        I.decref(m);
      }
      return Flow.Normal;
    };
  },
};
