// Constant folding as CPython 3.11's AST optimizer does it: literals, unary and binary
// operators, tuples and subscripts of constants, within ast_opt.c's size limits (ints of 128
// bits, collections of 256 items, strings of 4096 chars). Mirrors Python/ast_opt.c.
import type { BinOpName, ConstValue, Expr } from '../parser/ast.js';
import * as N from '../numbers.js';
import type { Compiler } from './compile.js';
import { complexBinop, type Cx } from '../objects/complexObject.js';

export function constKey(cv: ConstValue): string {
  switch (cv.k) {
    case 'int':
      return `i${cv.v}`;
    case 'float':
      return `f${Object.is(cv.v, -0) ? '-0' : String(cv.v)}`;
    case 'complex':
      return `c${Object.is(cv.re, -0) ? '-0' : String(cv.re)},${Object.is(cv.im, -0) ? '-0' : String(cv.im)}`;
    case 'str':
      return `s${cv.v}`;
    case 'bytes':
      return `b${cv.v}`;
    case 'bool':
      return cv.v ? 'T' : 'F';
    case 'none':
      return 'N';
    case 'ellipsis':
      return 'E';
    case 'tuple':
      return `t(${cv.v.map(constKey).join('\u0000')})`;
  }
}

const MAX_INT_BITS = 128;
const MAX_COLLECTION = 256;
const MAX_STR = 4096;

function constLen(cv: ConstValue): number {
  if (cv.k === 'str' || cv.k === 'bytes') return [...cv.v].length;
  if (cv.k === 'tuple') return cv.v.length;
  return -1;
}

function isIntLike(cv: ConstValue): cv is { k: 'int'; v: number | bigint } | { k: 'bool'; v: boolean } {
  return cv.k === 'int' || cv.k === 'bool';
}

function intOf(cv: ConstValue): number | bigint {
  return cv.k === 'bool' ? (cv.v ? 1 : 0) : (cv as { v: number | bigint }).v;
}

function bits(v: number | bigint): number {
  return N.intBitLength(v);
}

/** ast_opt.c fold_binop with its safety limits; null when CPython would not fold. */
export function foldBinop(op: BinOpName, a: ConstValue, b: ConstValue): ConstValue | null {
  try {
    if (isIntLike(a) && isIntLike(b)) {
      const x = intOf(a);
      const y = intOf(b);
      const z = (v: number | bigint): ConstValue => ({ k: 'int', v: N.normInt(typeof v === 'bigint' ? v : BigInt(v)) });
      switch (op) {
        case '+': return z(N.intAdd(x, y));
        case '-': return z(N.intSub(x, y));
        case '*':
          if (x !== 0 && y !== 0 && x !== 0n && y !== 0n && bits(x) + bits(y) > MAX_INT_BITS) return null;
          return z(N.intMul(x, y));
        case '//': return z(N.intFloorDiv(x, y));
        case '%': return z(N.intMod(x, y));
        case '/': return { k: 'float', v: N.intTrueDiv(x, y) };
        case '**': {
          if (x !== 0 && x !== 0n && y > 0) {
            const wb = Number(y);
            if (bits(x) > Math.floor(MAX_INT_BITS / wb)) return null;
          }
          const r = N.intPow(x, y);
          return 'int' in r ? z(r.int) : { k: 'float', v: r.float };
        }
        case '<<': {
          if (y < 0) return null;
          if (x !== 0 && x !== 0n && (Number(y) > MAX_INT_BITS || bits(x) > MAX_INT_BITS - Number(y))) return null;
          return z(BigInt(x) << BigInt(y));
        }
        case '>>': if (y < 0) return null; return z(BigInt(x) >> BigInt(y));
        case '&': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) & Number(y)) } : z(BigInt(x) & BigInt(y));
        case '|': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) | Number(y)) } : z(BigInt(x) | BigInt(y));
        case '^': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) ^ Number(y)) } : z(BigInt(x) ^ BigInt(y));
      }
      return null;
    }
    const real = (cv: ConstValue): number | null => (cv.k === 'float' ? cv.v : isIntLike(cv) ? N.intToFloat(intOf(cv)) : null);
    const fx = real(a);
    const fy = real(b);
    if (fx !== null && fy !== null && (a.k === 'float' || b.k === 'float')) {
      switch (op) {
        case '+': return { k: 'float', v: fx + fy };
        case '-': return { k: 'float', v: fx - fy };
        case '*': return { k: 'float', v: fx * fy };
        case '/': return { k: 'float', v: N.floatTrueDiv(fx, fy) };
        case '//': return { k: 'float', v: N.floatFloorDiv(fx, fy) };
        case '%': return { k: 'float', v: N.floatMod(fx, fy) };
        case '**': return { k: 'float', v: N.floatPow(fx, fy) };
      }
      return null;
    }
    if (a.k === 'complex' || b.k === 'complex') {
      const cx = (cv: ConstValue): Cx | null => (cv.k === 'complex' ? cv : (() => { const r = real(cv); return r === null ? null : { re: r, im: 0 }; })());
      const x = cx(a);
      const y = cx(b);
      if (!x || !y) return null;
      const r = complexBinop(op, x, y);
      return r ? { k: 'complex', re: r.re, im: r.im } : null;
    }
    // sequences
    if (op === '+' && a.k === b.k && (a.k === 'str' || a.k === 'bytes')) {
      return { k: a.k, v: (a as { v: string }).v + (b as { v: string }).v } as ConstValue;
    }
    if (op === '+' && a.k === 'tuple' && b.k === 'tuple') return { k: 'tuple', v: [...a.v, ...b.v] };
    if (op === '*') {
      const [seq, n] = isIntLike(b) ? [a, b] : isIntLike(a) ? [b, a] : [null, null];
      if (!seq || !n) return null;
      const count = Number(intOf(n));
      const len = constLen(seq);
      if (len < 0) return null;
      if (len > 0) {
        if (seq.k === 'tuple') {
          if (count < 0 || count > MAX_COLLECTION / len) return null;
        } else if (count < 0 || count > MAX_STR / len) return null;
      }
      const c = Math.max(0, count);
      if (seq.k === 'str' || seq.k === 'bytes') return { k: seq.k, v: (seq as { v: string }).v.repeat(c) } as ConstValue;
      if (seq.k === 'tuple') {
        const out: ConstValue[] = [];
        for (let i = 0; i < c; i++) out.push(...seq.v);
        return { k: 'tuple', v: out };
      }
    }
  } catch {
    return null; // the error is raised at run time, as CPython leaves the expression unfolded
  }
  return null;
}


/** Constant folding of expressions, merged into Compiler. */
export const foldOps = {
  // ------------------------------------------------------------ folding
  fold(this: Compiler, e: Expr): ConstValue | null {
    switch (e.t) {
      case 'Const':
        return e.value;
      case 'UnaryOp': {
        if (e.op === 'not') return null;
        const v = this.fold(e.operand);
        if (!v) return null;
        if (v.k === 'int' || v.k === 'bool') {
          const x = intOf(v);
          if (e.op === '-') return { k: 'int', v: N.intSub(0, x) };
          if (e.op === '+') return { k: 'int', v: x };
          return { k: 'int', v: N.intSub(N.intSub(0, x), 1) };
        }
        if (v.k === 'float') {
          if (e.op === '-') return { k: 'float', v: -v.v };
          if (e.op === '+') return v;
        }
        if (v.k === 'complex') {
          if (e.op === '-') return { k: 'complex', re: -v.re, im: -v.im };
          if (e.op === '+') return v;
        }
        return null;
      }
      case 'BinOp': {
        const a = this.fold(e.left);
        if (!a) return null;
        const b = this.fold(e.right);
        if (!b) return null;
        if (e.op === '%' && (a.k === 'str' || a.k === 'bytes')) return null;
        return foldBinop(e.op, a, b);
      }
      case 'Tuple': {
        const items: ConstValue[] = [];
        for (const x of e.elts) {
          const v = this.fold(x);
          if (!v) return null;
          items.push(v);
        }
        return { k: 'tuple', v: items };
      }
      case 'Subscript': {
        const v = this.fold(e.value);
        if (!v || e.index.t === 'Slice') return null;
        const i = this.fold(e.index);
        if (!i || !isIntLike(i)) return null;
        let n = Number(intOf(i));
        if (v.k === 'str' || v.k === 'tuple') {
          const items = v.k === 'str' ? [...v.v] : v.v;
          if (n < 0) n += items.length;
          if (n < 0 || n >= items.length) return null;
          return v.k === 'str' ? { k: 'str', v: items[n] as string } : (items[n] as ConstValue);
        }
        if (v.k === 'bytes') {
          if (n < 0) n += v.v.length;
          if (n < 0 || n >= v.v.length) return null;
          return { k: 'int', v: v.v.charCodeAt(n) };
        }
        return null;
      }
      default:
        return null;
    }
  },
};

/** The methods of `foldOps`, merged into Compiler. */
export type FoldOps = typeof foldOps;
