// Code generation for assignment statements: `=` with chained and unpacking targets, augmented
// assignment (in-place operators, the int fast path), `del`. Mirrors Python/compile.c
// (compiler_visit_stmt's Assign/AugAssign/Delete).
import type { BinOpName, Expr, Stmt } from '../parser/ast.js';
import { Flow, type Frame } from '../interp.js';
import type { ExprPos } from '../errors.js';
import { exprPos, notePos } from './positions.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Compiler, E, S, Scope, StmtTable } from './compile.js';
import { IntFast, intFast, intFastOp } from './opExpr.js';

/** Assignment statements, merged into Compiler. */
export const assignOps = {
  assign(this: Compiler, s: Extract<Stmt, { t: 'Assign' }>, sc: Scope): S {
    const I = this.I;
    // a, b = b, a (2 or 3 names, no constant tuple): the tuple is never built (SWAP)
    if (s.targets.length === 1) {
      const t = s.targets[0];
      const v = s.value;
      if ((t.t === 'Tuple' || t.t === 'List') && v.t === 'Tuple' && t.elts.length === v.elts.length && v.elts.length >= 1 && v.elts.length <= 3 && !this.fold(v)) {
        const values = v.elts.map((x) => this.expr(x, sc));
        const stores = t.elts.map((x) => this.storer(x, sc));
        return (f) => {
          const hs = values.map((x) => x(f));
          for (let i = 0; i < stores.length; i++) stores[i](f, hs[i]);
          return Flow.Normal;
        };
      }
      const value = this.expr(v, sc);
      const store = this.storer(t, sc);
      return (f) => {
        store(f, value(f));
        return Flow.Normal;
      };
    }
    const value = this.expr(s.value, sc);
    const stores = s.targets.map((t) => this.storer(t, sc));
    return (f) => {
      const h = value(f);
      for (let i = 0; i < stores.length; i++) {
        if (i < stores.length - 1) I.incref(h);
        stores[i](f, h);
      }
      return Flow.Normal;
    };
  },

  augAssign(this: Compiler, s: Extract<Stmt, { t: 'AugAssign' }>, sc: Scope): S {
    const I = this.I;
    const op = s.op;
    const value = this.expr(s.value, sc);
    const t = s.target;
    // a failed load or store points at the target, a failed operation at the whole statement
    const tpos = exprPos(t);
    const spos = stmtPos(t, s.value);
    if (t.t === 'Name') {
      const load = this.loadName(t.id, sc, t);
      const store = this.storeName(t.id, sc);
      const fast = intFastOp(op);
      return (f) => {
        let cur: Handle;
        try {
          cur = load(f);
        } catch (err) {
          notePos(err, f, tpos);
          throw err;
        }
        let r: Handle;
        if (fast !== 0 && I.kind[cur] === K.Int) {
          // exact ints held as numbers: the int path of binop without its dispatch (same result, same events)
          let v: Handle;
          try {
            v = value(f);
          } catch (err) {
            I.decref(cur);
            throw err;
          }
          const x = I.pv[cur];
          const y = I.pv[v];
          if (I.kind[v] === K.Int && typeof x === 'number' && typeof y === 'number' && (fast < IntFast.FloorDiv || y !== 0)) {
            r = I.newInt(intFast(fast, x, y));
            I.decref(v);
            I.decref(cur);
            store(f, r);
            return Flow.Normal;
          }
          try {
            r = I.binop(op, cur, v, true);
          } catch (err) {
            notePos(err, f, spos);
            throw err;
          } finally {
            I.decref(v);
            I.decref(cur);
          }
          store(f, r);
          return Flow.Normal;
        }
        try {
          const v = value(f);
          try {
            r = I.binop(op, cur, v, true);
          } catch (err) {
            notePos(err, f, spos);
            throw err;
          } finally {
            I.decref(v);
          }
        } finally {
          I.decref(cur);
        }
        store(f, r);
        return Flow.Normal;
      };
    }
    if (t.t === 'Attribute') {
      const obj = this.expr(t.value, sc);
      const attr = t.attr;
      return (f) => {
        const o = obj(f);
        let cur: Handle;
        try {
          cur = I.getattr(o, attr);
        } catch (err) {
          I.decref(o);
          notePos(err, f, tpos);
          throw err;
        }
        const r = this.augOp(f, op, cur, value, spos, o);
        try {
          I.setattr(o, attr, r);
        } catch (err) {
          notePos(err, f, tpos);
          throw err;
        } finally {
          I.decref(r);
          I.decref(o);
        }
        return Flow.Normal;
      };
    }
    if (t.t === 'Subscript') {
      const obj = this.expr(t.value, sc);
      const key = this.subscriptKey(t.index, sc);
      return (f) => {
        const o = obj(f);
        let k: Handle;
        try {
          k = key(f);
        } catch (err) {
          I.decref(o);
          throw err;
        }
        let cur: Handle;
        try {
          cur = I.getitem(o, k);
        } catch (err) {
          I.decref(o);
          I.decref(k);
          notePos(err, f, tpos);
          throw err;
        }
        const r = this.augOp(f, op, cur, value, spos, o, k);
        try {
          I.setitem(o, k, r);
        } catch (err) {
          notePos(err, f, tpos);
          throw err;
        } finally {
          I.decref(r);
          I.decref(o);
          I.decref(k);
        }
        return Flow.Normal;
      };
    }
    throw this.err(t, 'this augmented assignment target');
  },

  /** `cur op= value()` for an attribute or item target: consumes cur; on an error also drops `held`. */
  augOp(this: Compiler, f: Frame, op: BinOpName, cur: Handle, value: E, spos: ExprPos | null, ...held: Handle[]): Handle {
    const I = this.I;
    try {
      const v = value(f);
      try {
        return I.binop(op, cur, v, true);
      } catch (err) {
        notePos(err, f, spos);
        throw err;
      } finally {
        I.decref(v);
      }
    } catch (err) {
      for (const h of held) I.decref(h);
      throw err;
    } finally {
      I.decref(cur);
    }
  },
};

/** The span of an augmented assignment: from its target to the end of its value. */
function stmtPos(t: Expr, v: Expr): ExprPos | null {
  if (v.endLine === undefined || v.endCol === undefined) return null;
  return { line: t.line, col: t.col, endLine: v.endLine, endCol: v.endCol, anchor: null };
}

/** The methods of `assignOps`, merged into Compiler. */
export type AssignOps = typeof assignOps;

/** Code generation of statements of this family, by node kind. */
export const assignStmts: StmtTable = {
  Assign: (c, s, sc) => c.assign(s, sc),
  AugAssign: (c, s, sc) => c.augAssign(s, sc),
  Delete: (c, s, sc) => {
    const dels = s.targets.map((t) => c.deleter(t, sc));
    return (f) => {
      for (const d of dels) d(f);
      return Flow.Normal;
    };
  },
};
