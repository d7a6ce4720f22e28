// The SyntaxErrors of a bad assignment, deletion or `for`/`with` target, as CPython 3.11's parser
// words them: _PyPegen_get_expr_name and _PyPegen_get_invalid_target (Parser/pegen.c), the
// invalid_assignment and invalid_named_expression rules (Grammar/python.gram). Start with
// `targetError`; `assignmentHint` is the "Maybe you meant '=='" of a first target.
import type { SyntaxNode } from '@lezer/common';
import type { Expr } from './ast.js';
import { PySourceError } from './sourceError.js';

/** What CPython calls an expression in these messages (_PyPegen_get_expr_name). */
export function exprName(e: Expr): string {
  switch (e.t) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'FString': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'Const':
      if (e.value.k === 'none') return 'None';
      if (e.value.k === 'bool') return e.value.v ? 'True' : 'False';
      if (e.value.k === 'ellipsis') return 'ellipsis';
      return 'literal';
    default: return 'expression';
  }
}

/** The part of a target that cannot be assigned to (or deleted), or null (_PyPegen_get_invalid_target). */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.t) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** A SyntaxError whose carets run over `e` (to the end of its first line when it spans lines). */
export function errorAt(detail: string, e: Expr, lineText?: string, endOf: Expr = e): PySourceError {
  const endCol = endOf.endLine === e.line ? endOf.endCol : lineText !== undefined ? lineText.length : undefined;
  return new PySourceError('SyntaxError', detail, e.line, e.col, endCol);
}

/** "cannot assign to X" / "cannot delete X" for a target, or null when it is a valid one. */
export function targetError(t: Expr, del: boolean, lineText?: (line: number) => string): PySourceError | null {
  const bad = invalidTarget(t, del);
  if (!bad) return null;
  return errorAt(`cannot ${del ? 'delete' : 'assign to'} ${exprName(bad)}`, bad, lineText?.(bad.line));
}

/** Lezer node kinds that the rule's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead rejects. */
const EXCLUDED_START = new Set(['ArrayExpression', 'TupleExpression', 'ComprehensionExpression', 'Boolean', 'None']);
/** Lezer nodes whose first child is where their text starts (an operand, an object, a callee). */
const LEFT_OPEN = new Set(['BinaryExpression', 'MemberExpression', 'CallExpression']);

/** Can `e` (parsed from `n`) be a bitwise_or, the operand level of the grammar? */
function isBitwiseOr(e: Expr, n: SyntaxNode): boolean {
  switch (e.t) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'Starred':
      return false;
    case 'UnaryOp':
      return e.op !== 'not' || n.name === 'ParenthesizedExpression';
    case 'Yield': case 'YieldFrom': case 'Tuple':
      return n.name === 'ParenthesizedExpression' || n.name === 'TupleExpression';
    default:
      return true;
  }
}

/** The bitwise_or that `e` starts with when one can start it, and whether it is all of `e`. */
function leadingBitwiseOr(e: Expr, n: SyntaxNode | null): Expr | null {
  const paren = n !== null && (n.name === 'ParenthesizedExpression' || n.name === 'TupleExpression');
  if (paren) return e;
  switch (e.t) {
    case 'Tuple': return e.elts[0] ? leadingBitwiseOr(e.elts[0], null) : null;
    case 'Compare': return leadingBitwiseOr(e.left, null);
    case 'BoolOp': return leadingBitwiseOr(e.values[0]!, null);
    case 'IfExp': return leadingBitwiseOr(e.body, null);
    case 'UnaryOp': return e.op === 'not' ? null : e;
    case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom': return null;
    default: return e;
  }
}

/**
 * The error of invalid_named_expression for an assignment `sides[0] = sides[1] ...` whose targets are
 * not all valid: `a = b` where `a` is the last item of the first target and `b` the bitwise_or that
 * the next side starts with, not itself followed by '='. Null when the rule does not match.
 */
export function assignmentHint(sides: readonly SyntaxNode[][], exprs: readonly Expr[], lineText: (line: number) => string): PySourceError | null {
  const first = sides[0]!;
  if (first.length === 0 || first[first.length - 1]!.name === ',') return null;
  const lastNode = first[first.length - 1]!;
  if (first.length > 1 && first[first.length - 2]!.name === '*') return null;
  const head = exprs[0]!;
  const a = first.some((c) => c.name === ',') && head.t === 'Tuple' ? head.elts[head.elts.length - 1]! : head;
  if (!isBitwiseOr(a, lastNode)) return null;
  let start = lastNode;
  while (LEFT_OPEN.has(start.name) && start.firstChild) start = start.firstChild;
  if (EXCLUDED_START.has(start.name)) return null;
  const next = exprs[1]!;
  const nextNodes = sides[1]!;
  const whole = nextNodes.length === 1 ? nextNodes[0]! : null;
  const b = leadingBitwiseOr(next, whole);
  // `b` followed by '=' (the next side is itself a target, all of it a bitwise_or): no match
  if (!b || (b === next && sides.length > 2)) return null;
  if (a.t === 'Name' && lastNode.name === 'VariableName') {
    return errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, lineText(a.line), b);
  }
  return errorAt(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a, lineText(a.line));
}
