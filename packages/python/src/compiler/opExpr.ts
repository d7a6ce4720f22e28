// Code generation for operators: binary and unary operators, `and`/`or`, comparison chains,
// conditional expressions, with the fast paths for two exact ints held as JS numbers. Mirrors
// Python/compile.c (compiler_boolop, compiler_compare) and the eval loop's BINARY_OP/COMPARE_OP.
import type { BinOpName } from '../parser/ast.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K } from '../objects.js';
import type { ExprTable } from './compile.js';

/** Int operators with a fast path for two exact ints held as JS numbers (0: none). */
export const enum IntFast {
  None, Add, Sub, Mul, FloorDiv, Mod,
}

export function intFastOp(op: BinOpName): IntFast {
  switch (op) {
    case '+': return IntFast.Add;
    case '-': return IntFast.Sub;
    case '*': return IntFast.Mul;
    case '//': return IntFast.FloorDiv;
    case '%': return IntFast.Mod;
    default: return IntFast.None;
  }
}

/** The value `binop` computes for two number ints (the divisor is non-zero for // and %). */
export function intFast(op: IntFast, x: number, y: number): N.PyIntValue {
  switch (op) {
    case IntFast.Add: return N.intAdd(x, y);
    case IntFast.Sub: return N.intSub(x, y);
    case IntFast.Mul: return N.intMul(x, y);
    case IntFast.FloorDiv: return N.intFloorDiv(x, y);
    default: return N.intMod(x, y);
  }
}

/** Comparison operators with a fast path for two number ints: 1 <, 2 <=, 3 >, 4 >=, 5 ==, 6 != (0: none). */
export function intFastCompare(op: string): number {
  return ['<', '<=', '>', '>=', '==', '!='].indexOf(op) + 1;
}

export function intCompare(op: number, x: number, y: number): boolean {
  switch (op) {
    case 1: return x < y;
    case 2: return x <= y;
    case 3: return x > y;
    case 4: return x >= y;
    case 5: return x === y;
    default: return x !== y;
  }
}

/** Code generation of expressions of this family, by node kind. */
export const opExprs: ExprTable = {
  BinOp: (c, e, sc) => {
    const I = c.I;
    const l = c.expr(e.left, sc);
    const r = c.expr(e.right, sc);
    const op = e.op;
    const fast = intFastOp(op);
    return (f) => {
      const a = l(f);
      let b: Handle;
      try {
        b = r(f);
      } catch (err) {
        I.decref(a);
        throw err;
      }
      // exact ints held as numbers: the int path of binop without its dispatch (same result, same events)
      if (fast !== 0 && I.kind[a] === K.Int && I.kind[b] === K.Int) {
        const x = I.pv[a];
        const y = I.pv[b];
        if (typeof x === 'number' && typeof y === 'number' && (fast < IntFast.FloorDiv || y !== 0)) {
          const h = I.newInt(intFast(fast, x, y));
          I.decref(a);
          I.decref(b);
          return h;
        }
      }
      try {
        return I.binop(op, a, b);
      } finally {
        I.decref(a);
        I.decref(b);
      }
    };
  },
  UnaryOp: (c, e, sc) => {
    const I = c.I;
    const v = c.expr(e.operand, sc);
    const op = e.op;
    return (f) => {
      const a = v(f);
      try {
        return I.unary(op, a);
      } finally {
        I.decref(a);
      }
    };
  },
  BoolOp: (c, e, sc) => {
    const I = c.I;
    const vals = e.values.map((x) => c.expr(x, sc));
    const isAnd = e.op === 'and';
    return (f) => {
      let h = -1;
      for (let i = 0; i < vals.length; i++) {
        h = vals[i](f);
        if (i === vals.length - 1) return h;
        const t = I.truthy(h);
        if (t !== isAnd) return h;
        I.decref(h);
      }
      return h;
    };
  },
  Compare: (c, e, sc) => {
    const I = c.I;
    const left = c.expr(e.left, sc);
    const rights = e.comparators.map((x) => c.expr(x, sc));
    const ops = e.ops;
    if (ops.length === 1) {
      const r0 = rights[0];
      const op = ops[0];
      const fast = intFastCompare(op);
      return (f) => {
        const a = left(f);
        const b = r0(f);
        // exact ints held as numbers: compare's int path without its dispatch
        if (fast !== 0 && I.kind[a] === K.Int && I.kind[b] === K.Int) {
          const x = I.pv[a];
          const y = I.pv[b];
          if (typeof x === 'number' && typeof y === 'number') {
            const h = I.newBool(intCompare(fast, x, y));
            I.decref(a);
            I.decref(b);
            return h;
          }
        }
        try {
          return I.compare(op, a, b);
        } finally {
          I.decref(a);
          I.decref(b);
        }
      };
    }
    return (f) => {
      let a = left(f);
      for (let i = 0; i < ops.length; i++) {
        const b = rights[i](f);
        let r: Handle;
        try {
          r = I.compare(ops[i], a, b);
        } finally {
          I.decref(a);
        }
        if (i === ops.length - 1 || !I.truthy(r)) {
          I.decref(b);
          return r;
        }
        I.decref(r);
        a = b;
      }
      return a;
    };
  },
  IfExp: (c, e, sc) => {
    const test = c.cond(e.test, sc);
    const body = c.expr(e.body, sc);
    const orelse = c.expr(e.orelse, sc);
    return (f) => (test(f) ? body(f) : orelse(f));
  },
};
