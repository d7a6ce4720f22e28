// ast_opt.c's constant folding as far as co_stacksize sees it: which expressions fold into one
// constant (a constant costs one LOAD_CONST, whatever its shape), the truth of a constant test
// (a dropped branch), and fold_iter's list-to-tuple. Mirrors Python/ast_opt.c (fold_binop,
// fold_tuple, fold_subscr, fold_iter, fold_compare); start at isConst.
import type { ConstValue, Expr } from '../parser/ast.js';

/** The type of the constant ast_opt.c folds `e` into, or null when it is left for run time (not constant, or the operation raises). */
function constType(e: Expr): string | null {
  switch (e.t) {
    case 'Const':
      return e.value.k === 'bool' ? 'int' : e.value.k;
    case 'UnaryOp': {
      const t = constType(e.operand);
      if (t === null) return null;
      if (e.op === 'not') return 'int';
      if (e.op === '~') return t === 'int' ? t : null;
      return t === 'int' || t === 'float' || t === 'complex' ? t : null;
    }
    case 'BinOp': {
      const l = constType(e.left);
      const r = constType(e.right);
      if (l === null || r === null || e.op === '@') return null;
      if (l === 'any' || r === 'any') return 'any';
      // an operation that raises (division by zero, str + int) is left for run time
      if ((e.op === '/' || e.op === '//' || e.op === '%') && e.right.t === 'Const' && isZero(e.right.value) && l !== 'str' && l !== 'bytes') return null;
      const num = (t: string): boolean => t === 'int' || t === 'float' || t === 'complex';
      if (num(l) && num(r)) {
        if (['<<', '>>', '&', '|', '^'].includes(e.op)) return l === 'int' && r === 'int' ? 'int' : null;
        if (e.op === '/' && l === 'int' && r === 'int') return 'float';
        return l === 'complex' || r === 'complex' ? 'complex' : l === 'float' || r === 'float' ? 'float' : 'int';
      }
      const seq = (t: string): boolean => t === 'str' || t === 'bytes' || t === 'tuple';
      if (e.op === '+' && seq(l) && l === r) return l;
      if (e.op === '*' && seq(l) && r === 'int') return l;
      if (e.op === '*' && l === 'int' && seq(r)) return r;
      if (e.op === '%' && (l === 'str' || l === 'bytes')) return l;
      return null;
    }
    case 'Tuple':
      return e.elts.every((x) => x.t !== 'Starred' && constType(x) !== null) ? 'tuple' : null;
    case 'Subscript': {
      const v = constType(e.value);
      if (v === null || e.index.t === 'Slice' || constType(e.index) !== 'int') return null;
      if (v !== 'tuple') return v === 'str' ? 'str' : v === 'bytes' ? 'int' : null;
      if (e.value.t === 'Tuple' && e.index.t === 'Const' && e.index.value.k === 'int') {
        const n = e.value.elts.length;
        const i = Number(e.index.value.v);
        const item = e.value.elts[i < 0 ? i + n : i];
        return item ? constType(item) : null;
      }
      return 'any';
    }
    default:
      return null;
  }
}

/** Whether ast_opt.c folds `e` into one constant. */
export function isConst(e: Expr): boolean {
  return constType(e) !== null;
}

function isZero(v: ConstValue): boolean {
  return (v.k === 'int' && (v.v === 0 || v.v === 0n)) || (v.k === 'float' && v.v === 0) || (v.k === 'bool' && !v.v);
}

/** The truth of a constant test, or null when the test is not constant. */
export function constTruth(e: Expr): boolean | null {
  if (e.t === 'UnaryOp' && e.op === 'not') {
    const t = constTruth(e.operand);
    return t === null ? null : !t;
  }
  if (e.t !== 'Const') return null;
  const v = e.value;
  switch (v.k) {
    case 'int':
      return v.v !== 0 && v.v !== 0n;
    case 'float':
      return v.v !== 0;
    case 'complex':
      return v.re !== 0 || v.im !== 0;
    case 'str':
    case 'bytes':
      return v.v.length > 0;
    case 'bool':
      return v.v;
    case 'none':
      return false;
    case 'ellipsis':
      return true;
    case 'tuple':
      return v.v.length > 0;
  }
}

/** fold_iter / fold_compare: a list display iterated or tested with `in` becomes a tuple (constant when its items are). */
export function asTuple(e: Expr): Expr {
  if (e.t === 'List' || (e.t === 'Set' && e.elts.every((x) => x.t !== 'Starred' && isConst(x)))) return { ...e, t: 'Tuple' };
  return e;
}
