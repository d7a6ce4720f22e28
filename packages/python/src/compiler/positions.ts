// Source positions for tracebacks: the span of the expression (or assignment target) an exception
// came out of in a frame, and the anchors 3.11 marks inside it. Mirrors the locations
// Python/compile.c gives each instruction (co_positions) as far as tracebacks read them.
import { PyException, type ExprPos } from '../errors.js';
import type { Frame } from '../interp.js';
import type { Expr } from '../parser/ast.js';

/** The span (and the 3.11 anchors) of an expression, or null when the parser gave no end. */
export function exprPos(e: Expr): ExprPos | null {
  if (e.endLine === undefined || e.endCol === undefined) return null;
  let anchor: ExprPos['anchor'] = null;
  if (e.t === 'BinOp' && e.left.endCol !== undefined && e.left.endLine === e.line && e.right.line === e.line) {
    anchor = { kind: 'BinOp', a: e.left.endCol, b: e.right.col };
  } else if (e.t === 'Subscript' && e.value.endCol !== undefined && e.index.endCol !== undefined && e.index.endLine === e.line) {
    anchor = { kind: 'Subscript', a: e.value.endCol, b: e.index.endCol + 1 };
  }
  return { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol, anchor };
}

/** Records `pos` as where `err` left frame `f`, unless a more inner expression of the frame did already. */
export function notePos(err: unknown, f: Frame, pos: ExprPos | null): void {
  if (pos !== null && err instanceof PyException && err.posFrame !== f) {
    err.posFrame = f;
    err.pos = pos;
  }
}
