// From source text to pymem's AST: @lezer/python builds the concrete tree, this file maps it
// to ast.ts and rejects whatever lies outside docs/PYTHON.md with a `PySourceError` naming the
// construct, line and column. Start with `parseModule`, then `Converter.stmt` / `Converter.expr`;
// the node kinds are tables in parseStmt.ts and parseExpr.ts (add a statement kind there), literals
// in parseLiteral.ts.
import type { SyntaxNode } from '@lezer/common';
import { PySourceError } from './sourceError.js';
import { scanSource } from './tokenize.js';
import type { Expr, Module, Pos, Stmt } from './ast.js';
import { exprNodes, exprParseOps, type ExprParseOps } from './parseExpr.js';
import { literalParseOps, type LiteralParseOps } from './parseLiteral.js';
import { stmtNodes, stmtParseOps, type StmtParseOps } from './parseStmt.js';
import { SUPPORTED_MODULES } from '../modules/names.js';
import { isMaskName, maskWithTargets, parseWithTarget } from './withTargets.js';

/** Options of {@link parseModule}. */
export interface ParseOptions {
  /** Names the user's own modules (beside the script) that `import` may load besides the builtin ones. */
  readonly isUserModule?: (name: string) => boolean;
}

/**
 * Parses a program of the subset.
 * @throws PySourceError for a syntax error or a construct outside the subset.
 * @example
 * ```ts
 * parseModule('x = [1, 2]\n').body[0]!.t; // 'Assign'
 * ```
 */
export function parseModule(source: string, options: ParseOptions = {}): Module {
  const tokenError = scanSource(source);
  // nothing but comments and blank lines: an empty module (the grammar wants a statement)
  if (!tokenError && /^[\s\\]*$/.test(source.replace(/#[^\n]*/g, ''))) return { body: [], lines: source.split('\n') };
  const masked = maskWithTargets(source);
  const conv = new Converter(masked.source, options.isUserModule ?? null, source, masked.targets);
  let body: Stmt[];
  try {
    body = conv.block(masked.tree.topNode);
  } catch (e) {
    // the grammar's error wins when it comes before the tokenizer's; pymem's refusals never do
    if (tokenError && !(e instanceof PySourceError && e.pyType === 'SyntaxError' && comesBefore(e, tokenError))) throw tokenError;
    if (conv.deferred && !(e instanceof PySourceError && e.pyType === 'SyntaxError')) throw conv.deferred;
    throw e;
  }
  if (tokenError) throw tokenError;
  if (conv.deferred) throw conv.deferred;
  return { body, lines: source.split('\n') };
}

/**
 * Does the grammar's error come before the tokenizer's? By line; within the line too for a missing
 * ':', which CPython's parser (not its tokenizer) finds.
 */
function comesBefore(e: PySourceError, tokenError: PySourceError): boolean {
  if (e.line !== tokenError.line) return e.line < tokenError.line;
  return tokenError.detail === "expected ':'" && e.col < tokenError.col;
}

const SKIP = new Set(['Comment', ',', '(', ')', '[', ']', '{', '}', ':', ';']);

const UNSUPPORTED_STATEMENTS: Record<string, string> = {
  MatchStatement: "'match' statements",
  TypeDefinition: "'type' statements",
  PrintStatement: 'the Python 2 print statement',
};

const UNSUPPORTED_EXPRESSIONS: Record<string, string> = {
  AwaitExpression: "'await'",
  NamedExpression: "assignment expressions (':=')",
};

/** Converts lezer nodes of one statement kind (children `k`, position `p`). */
export type StmtNodeConverter = (cv: Converter, n: SyntaxNode, k: SyntaxNode[], p: Pos) => Stmt;
/** Converts lezer nodes of one expression kind (position `p`). */
export type ExprNodeConverter = (cv: Converter, n: SyntaxNode, p: Pos) => Expr;

/** The method tables of parseStmt/parseExpr/parseLiteral, merged into Converter's prototype below. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Converter extends StmtParseOps, ExprParseOps, LiteralParseOps {}

/** Walks the lezer tree of one module, producing ast.ts nodes. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Converter {
  readonly lineStarts: number[] = [0];
  funcDepth = 0;
  /** Loops around the statement being converted, within its function or class body. */
  loopDepth = 0;
  /** The first error CPython's compiler (not its parser) reports: thrown once the whole module parsed. */
  deferred: PySourceError | null = null;

  defer(e: PySourceError): void {
    this.deferred ??= e;
  }

  /** A loop's body: 'break' and 'continue' belong to it. */
  loopBody(n: SyntaxNode): Stmt[] {
    this.loopDepth++;
    try {
      return this.block(n);
    } finally {
      this.loopDepth--;
    }
  }

  /** A def's or class's body: loops around the def do not hold its 'break'. */
  scopeBody(n: SyntaxNode): Stmt[] {
    const outer = this.loopDepth;
    this.loopDepth = 0;
    try {
      return this.block(n);
    } finally {
      this.loopDepth = outer;
    }
  }

  constructor(
    readonly src: string,
    readonly isUserModule: ((name: string) => boolean) | null = null,
    /** The source before withTargets.ts masked its `with ... as` targets, and where they were. */
    readonly original: string = src,
    readonly maskedTargets: ReadonlyMap<number, number> = new Map(),
  ) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  pos(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo]! };
  }

  text(n: SyntaxNode): string {
    const t = this.src.slice(n.from, n.to);
    // identifiers are NFKC-normalised (PEP 3131), as the tokenizer's verify_identifier does
    return /[^\x00-\x7f]/.test(t) && /Name$|Definition$/.test(n.name) ? t.normalize('NFKC') : t;
  }

  syntax(n: SyntaxNode | number, detail = 'invalid syntax'): PySourceError {
    const at = typeof n === 'number' ? n : n.from;
    const p = this.pos(at);
    // CPython's plain "invalid syntax" marks the whole token it stopped at
    const end = detail === 'invalid syntax' ? tokenEnd(this.src, at) : at + 1;
    return new PySourceError('SyntaxError', detail, p.line, p.col, end > at + 1 ? p.col + end - at : undefined);
  }

  unsupported(n: SyntaxNode, what: string): PySourceError {
    const p = this.pos(n.from);
    return new PySourceError('NotImplementedError', `pymem does not support ${what}`, p.line, p.col);
  }

  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) throw this.grammarGap(n, c) ?? this.syntax(c);
      if (c.name !== 'Comment') out.push(c);
    }
    return out;
  }

  /**
   * Valid Python that @lezer/python's grammar does not take (it leaves an error node): pymem's
   * refusal naming the construct, or null for a real syntax error.
   */
  grammarGap(parent: SyntaxNode, err: SyntaxNode): PySourceError | null {
    const prev = err.prevSibling;
    // a with target that withTargets.ts could not mask (one spread over lines): lezer takes only a name
    const as = prev?.name === 'as' ? prev : prev?.prevSibling?.name === 'as' ? prev.prevSibling : null;
    if (parent.name === 'WithStatement' && as) return this.unsupported(as, "a 'with ... as' target other than a name spread over several lines");
    // only a dotted name with one call after `@`; PEP 614 (3.9) allows any expression
    if (parent.name === 'Decorator' || (parent.name === 'DecoratedStatement' && prev?.name === 'Decorator')) return this.unsupported(parent.name === 'Decorator' ? parent : prev!, 'decorators other than a dotted name with one call (PEP 614 expressions)');
    // `x[*a]` (3.11): a starred expression in a subscript
    if (parent.name === 'MemberExpression' && this.text(err) === '*') return this.unsupported(err, 'starred expressions in subscripts');
    return null;
  }

  /** A `with ... as` target: the expression `n` stands for when withTargets.ts masked it. */
  withTarget(n: SyntaxNode): Expr {
    const to = this.maskedTargets.get(n.from);
    if (to === undefined || n.name !== 'VariableName' || !isMaskName(this.text(n))) return this.expr(n);
    const parsed = parseWithTarget(this.original, n.from, to);
    if (!parsed) throw this.syntax(n);
    const sub = new Converter(parsed.probe, this.isUserModule);
    sub.funcDepth = this.funcDepth;
    sub.loopDepth = this.loopDepth;
    const e = sub.expr(parsed.node);
    if (sub.deferred) this.defer(sub.deferred);
    return e;
  }

  /** Children that carry meaning (punctuation dropped). */
  parts(n: SyntaxNode): SyntaxNode[] {
    return this.kids(n).filter((c) => !SKIP.has(c.name));
  }

  block(n: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (const c of this.kids(n)) {
      if (c.name === ':' ) continue;
      if (c.name === 'StatementGroup') {
        for (const s of this.kids(c)) if (s.name !== ';') out.push(this.stmt(s));
      } else {
        out.push(this.stmt(c));
      }
    }
    return out;
  }

  /** Splits children on a separator token (`,`), each group one expression. */
  groups(nodes: SyntaxNode[], sep = ','): SyntaxNode[][] {
    const out: SyntaxNode[][] = [[]];
    for (const c of nodes) {
      if (c.name === sep) out.push([]);
      else out[out.length - 1]!.push(c);
    }
    return out;
  }

  /** A comma-separated expression list: one expression, or a tuple when a comma is present. */
  exprList(nodes: SyntaxNode[], at: SyntaxNode): Expr {
    const hasComma = nodes.some((c) => c.name === ',');
    const items = this.groups(nodes).filter((g) => g.length > 0);
    for (const g of items) if (g.length !== (g[0]!.name === '*' ? 2 : 1)) throw this.syntax(g[g[0]!.name === '*' ? 2 : 1] ?? g[0]!);
    if (!hasComma) {
      if (items.length !== 1) throw this.syntax(at);
      if (items[0]![0]!.name === '*') throw this.syntax(items[0]![0]!, "can't use starred expression here");
      return this.expr(items[0]![0]!);
    }
    const first = nodes[0] ?? at;
    return { t: 'Tuple', elts: items.map((g) => this.element(g)), ...this.pos(first.from) };
  }

  /** One item of a display or target list: an expression, or `*expr` as Starred. */
  element(g: SyntaxNode[]): Expr {
    if (g[0]!.name === '*') {
      if (!g[1]) throw this.syntax(g[0]!);
      return { t: 'Starred', value: this.expr(g[1]), ...this.pos(g[0]!.from) };
    }
    return this.expr(g[0]!);
  }

  stmt(n: SyntaxNode): Stmt {
    const p = this.pos(n.from);
    if (n.name === 'YieldStatement' && this.funcDepth === 0) {
      const q = this.pos(n.to);
      this.defer(new PySourceError('SyntaxError', "'yield' outside function", p.line, p.col, q.line === p.line ? q.col : undefined));
    }
    const why = UNSUPPORTED_STATEMENTS[n.name];
    if (why) throw this.unsupported(n, why);
    if (n.name === 'YieldStatement') return { t: 'Expr', value: this.yieldExpr(n, p), ...p };
    const k = this.kids(n);
    const conv = STMT_NODES[n.name];
    if (!conv) throw this.unsupported(n, `this statement (${n.name})`);
    return conv(this, n, k, p);
  }

  checkModule(name: string, at: SyntaxNode): void {
    if (this.isUserModule?.(name)) return;
    if (!SUPPORTED_MODULES.includes(name)) {
      throw this.unsupported(at, `importing module '${name}' (only ${SUPPORTED_MODULES.join(', ')})`);
    }
  }

  expr(n: SyntaxNode): Expr {
    const p = this.pos(n.from);
    const why = UNSUPPORTED_EXPRESSIONS[n.name];
    if (why) throw this.unsupported(n, why);
    if (n.type.isError) throw this.syntax(n);
    const conv = EXPR_NODES[n.name];
    if (!conv) throw this.unsupported(n, `this expression (${n.name})`);
    const e = conv(this, n, p);
    if (e.endLine === undefined) {
      // where the expression ends (a traceback's carets run to there); an inner node keeps its own
      const q = this.pos(n.to);
      const m = e as { endLine?: number; endCol?: number };
      m.endLine = q.line;
      m.endCol = q.col;
    }
    return e;
  }

}

/** Where the token at `at` ends (a name, number, string, operator, or a comment up to the newline). */
function tokenEnd(src: string, at: number): number {
  const rest = src.slice(at, src.indexOf('\n', at) < 0 ? src.length : src.indexOf('\n', at));
  if (rest.startsWith('#')) return at + rest.length;
  const str = /^[rRbBuUfF]{0,2}('''|"""|'|")/.exec(rest);
  if (str) {
    const q = str[1]!;
    for (let i = str[0].length; i < rest.length; i++) {
      if (rest[i] === '\\') i++;
      else if (rest.startsWith(q, i)) return at + i + q.length;
    }
    return at + 1;
  }
  const m = /^(?:[\p{XID_Continue}]+(?:\.\d*(?:[eE][-+]?\d+)?)?|\*\*=?|\/\/=?|<<=?|>>=?|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|\S)/u.exec(rest);
  return at + (m ? m[0].length : 1);
}

/** Statement node kinds the subset converts; one table per family file. */
const STMT_NODES: Record<string, StmtNodeConverter | undefined> = { ...stmtNodes };
/** Expression node kinds the subset converts. */
const EXPR_NODES: Record<string, ExprNodeConverter | undefined> = { ...exprNodes };

Object.assign(Converter.prototype, stmtParseOps, exprParseOps, literalParseOps);
