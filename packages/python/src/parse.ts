// From source text to pymem's AST: @lezer/python builds the concrete tree, this file maps it
// to ast.ts and rejects whatever lies outside PYTHON_SUBSET.md with a `PySourceError` naming the
// construct, line and column. Start with `parseModule`, then `Converter.stmt` / `Converter.expr`.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { BinOpName, CmpOpName, Comprehension, ConstValue, Expr, Keyword, Module, Param, Pos, Stmt } from './ast.js';

/**
 * A program pymem cannot run: `SyntaxError` for text that is not Python, `NotImplementedError`
 * for Python outside the subset. `line` is 1-based, `col` 0-based (CPython's offsets).
 */
export class PySourceError extends Error {
  constructor(
    readonly pyType: 'SyntaxError' | 'NotImplementedError',
    readonly detail: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`${pyType}: ${detail} (line ${line}, column ${col + 1})`);
    this.name = 'PySourceError';
  }
}

/**
 * Parses a program of the subset.
 * @throws PySourceError for a syntax error or a construct outside the subset.
 * @example
 * ```ts
 * parseModule('x = [1, 2]\n').body[0]!.t; // 'Assign'
 * ```
 */
export function parseModule(source: string): Module {
  const conv = new Converter(source);
  conv.checkBrackets();
  const tree = parser.parse(source);
  const body = conv.block(tree.topNode);
  return { body, lines: source.split('\n') };
}

const SKIP = new Set(['Comment', ',', '(', ')', '[', ']', '{', '}', ':', ';']);

const UNSUPPORTED_STATEMENTS: Record<string, string> = {
  TryStatement: "'try' statements",
  WithStatement: "'with' statements",
  RaiseStatement: "'raise' statements",
  YieldStatement: "'yield'",
  DecoratedStatement: 'decorators',
  MatchStatement: "'match' statements",
  TypeDefinition: "'type' statements",
  PrintStatement: 'the Python 2 print statement',
};

const UNSUPPORTED_EXPRESSIONS: Record<string, string> = {
  AwaitExpression: "'await'",
  YieldExpression: "'yield'",
  NamedExpression: "assignment expressions (':=')",
  ComprehensionExpression: 'generator expressions',
};

class Converter {
  private readonly lineStarts: number[] = [0];
  private funcDepth = 0;

  constructor(private readonly src: string) {
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

  /** CPython's tokenizer errors for brackets: "'(' was never closed", "unmatched ')'". */
  checkBrackets(): void {
    const src = this.src;
    const stack: number[] = [];
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === '#') {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (c === '"' || c === "'") {
        const triple = src.startsWith(c.repeat(3), i);
        const q = triple ? c.repeat(3) : c;
        i += q.length;
        while (i < src.length && !src.startsWith(q, i)) {
          if (src[i] === '\\') i++;
          else if (!triple && src[i] === '\n') break;
          i++;
        }
        i += q.length - 1;
      } else if (c === '(' || c === '[' || c === '{') {
        stack.push(i);
      } else if (c in pairs) {
        const open = stack.pop();
        if (open === undefined) throw this.syntax(i, `unmatched '${c}'`);
        if (src[open] !== pairs[c]) {
          throw this.syntax(i, `closing parenthesis '${c}' does not match opening parenthesis '${src[open]}'`);
        }
      }
    }
    if (stack.length) {
      const open = stack[stack.length - 1]!;
      throw this.syntax(open, `'${src[open]}' was never closed`);
    }
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  syntax(n: SyntaxNode | number, detail = 'invalid syntax'): PySourceError {
    const p = this.pos(typeof n === 'number' ? n : n.from);
    return new PySourceError('SyntaxError', detail, p.line, p.col);
  }

  unsupported(n: SyntaxNode, what: string): PySourceError {
    const p = this.pos(n.from);
    return new PySourceError('NotImplementedError', `pymem does not support ${what}`, p.line, p.col);
  }

  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) throw this.syntax(c);
      if (c.name !== 'Comment') out.push(c);
    }
    return out;
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
    for (const g of items) {
      if (g[0]!.name === '*') throw this.unsupported(g[0]!, 'starred assignment targets and starred expressions');
      if (g.length !== 1) throw this.syntax(g[1]!);
    }
    if (!hasComma) {
      if (items.length !== 1) throw this.syntax(at);
      return this.expr(items[0]![0]!);
    }
    const first = nodes[0] ?? at;
    return { t: 'Tuple', elts: items.map((g) => this.expr(g[0]!)), ...this.pos(first.from) };
  }

  stmt(n: SyntaxNode): Stmt {
    const p = this.pos(n.from);
    const why = UNSUPPORTED_STATEMENTS[n.name];
    if (why) throw this.unsupported(n, why);
    const k = this.kids(n);
    switch (n.name) {
      case 'ExpressionStatement':
        return { t: 'Expr', value: this.exprList(k, n), ...p };
      case 'AssignStatement': {
        const td = k.find((c) => c.name === 'TypeDef');
        if (td) throw this.unsupported(td, 'annotated assignments');
        const sides = this.groups(k, 'AssignOp');
        const exprs = sides.map((g) => this.exprList(g, n));
        const value = exprs.pop()!;
        for (const t of exprs) this.checkTarget(t);
        return { t: 'Assign', targets: exprs, value, ...p };
      }
      case 'UpdateStatement': {
        const opNode = k.find((c) => c.name === 'UpdateOp')!;
        const i = k.indexOf(opNode);
        const target = this.exprList(k.slice(0, i), n);
        if (target.t !== 'Name' && target.t !== 'Attribute' && target.t !== 'Subscript') {
          throw this.syntax(n, "'tuple' is an illegal expression for augmented assignment");
        }
        const op = this.text(opNode).slice(0, -1) as BinOpName;
        if (op === '@') throw this.unsupported(opNode, "the '@' operator");
        return { t: 'AugAssign', target, op, value: this.exprList(k.slice(i + 1), n), ...p };
      }
      case 'DeleteStatement': {
        const targets = this.groups(k.slice(1)).filter((g) => g.length).map((g) => this.expr(g[0]!));
        for (const t of targets) this.checkTarget(t, 'delete');
        return { t: 'Delete', targets, ...p };
      }
      case 'PassStatement':
        return { t: 'Pass', ...p };
      case 'BreakStatement':
        return { t: 'Break', ...p };
      case 'ContinueStatement':
        return { t: 'Continue', ...p };
      case 'ReturnStatement':
        return { t: 'Return', value: k.length > 1 ? this.exprList(k.slice(1), n) : null, ...p };
      case 'IfStatement':
        return this.ifChain(k, 0);
      case 'WhileStatement': {
        const bodies = k.filter((c) => c.name === 'Body');
        return {
          t: 'While',
          test: this.expr(k[1]!),
          body: this.block(bodies[0]!),
          orelse: bodies[1] ? this.block(bodies[1]) : [],
          ...p,
        };
      }
      case 'ForStatement': {
        if (k[0]!.name === 'async') throw this.unsupported(n, "'async for'");
        const inAt = k.findIndex((c) => c.name === 'in');
        const bodyAt = k.findIndex((c) => c.name === 'Body');
        const target = this.exprList(k.slice(1, inAt), n);
        this.checkTarget(target);
        const bodies = k.filter((c) => c.name === 'Body');
        return {
          t: 'For',
          target,
          iter: this.exprList(k.slice(inAt + 1, bodyAt), n),
          body: this.block(bodies[0]!),
          orelse: bodies[1] ? this.block(bodies[1]) : [],
          ...p,
        };
      }
      case 'FunctionDefinition': {
        if (k[0]!.name === 'async') throw this.unsupported(n, "'async def'");
        const td = k.find((c) => c.name === 'TypeDef');
        if (td) throw this.unsupported(td, 'return annotations');
        const tp = k.find((c) => c.name === 'TypeParamList');
        if (tp) throw this.unsupported(tp, 'type parameters');
        const name = this.text(k.find((c) => c.name === 'VariableName')!);
        const params = this.params(k.find((c) => c.name === 'ParamList')!);
        this.funcDepth++;
        try {
          return { t: 'FunctionDef', name, params, body: this.block(k.find((c) => c.name === 'Body')!), ...p };
        } finally {
          this.funcDepth--;
        }
      }
      case 'ClassDefinition': {
        const name = this.text(k.find((c) => c.name === 'VariableName')!);
        const argList = k.find((c) => c.name === 'ArgList');
        const bases: Expr[] = [];
        if (argList) {
          const call = this.args(argList);
          if (call.keywords.length) throw this.unsupported(argList, 'class keywords (metaclass=...)');
          bases.push(...call.args);
        }
        if (bases.length > 1) throw this.unsupported(argList!, 'multiple inheritance');
        return { t: 'ClassDef', name, bases, body: this.block(k.find((c) => c.name === 'Body')!), ...p };
      }
      case 'ScopeStatement':
        if (k[0]!.name === 'nonlocal') {
          if (this.funcDepth === 0) throw this.syntax(n, 'nonlocal declaration not allowed at module level');
          throw this.unsupported(n, "'nonlocal'");
        }
        return { t: 'Global', names: k.filter((c) => c.name === 'VariableName').map((c) => this.text(c)), ...p };
      case 'AssertStatement': {
        const g = this.groups(k.slice(1));
        return { t: 'Assert', test: this.expr(g[0]![0]!), msg: g[1] ? this.expr(g[1][0]!) : null, ...p };
      }
      case 'ImportStatement':
        return this.importStmt(n, k, p);
      default:
        throw this.unsupported(n, `this statement (${n.name})`);
    }
  }

  ifChain(k: SyntaxNode[], i: number): Stmt {
    // k[i] is 'if' or 'elif', k[i+1] the test, k[i+2] the Body
    const p = this.pos(k[i]!.from);
    const test = this.expr(k[i + 1]!);
    const body = this.block(k[i + 2]!);
    const next = k[i + 3];
    let orelse: Stmt[] = [];
    if (next?.name === 'elif') orelse = [this.ifChain(k, i + 3)];
    else if (next?.name === 'else') orelse = this.block(k[i + 4]!);
    return { t: 'If', test, body, orelse, ...p };
  }

  importStmt(n: SyntaxNode, k: SyntaxNode[], p: Pos): Stmt {
    const names: { name: string; asname: string | null }[] = [];
    const collect = (nodes: SyntaxNode[]) => {
      for (const g of this.groups(nodes)) {
        if (g.length === 0) continue;
        if (g.some((c) => c.name === '*')) throw this.unsupported(n, "'import *'");
        if (g.some((c) => c.name === '.')) throw this.unsupported(n, 'dotted module names');
        const asAt = g.findIndex((c) => c.name === 'as');
        names.push({ name: this.text(g[0]!), asname: asAt >= 0 ? this.text(g[asAt + 1]!) : null });
      }
    };
    if (k[0]!.name === 'from') {
      const importAt = k.findIndex((c) => c.name === 'import');
      const mod = k.slice(1, importAt);
      if (mod.length !== 1 || mod[0]!.name !== 'VariableName') throw this.unsupported(n, 'relative or dotted imports');
      const module = this.text(mod[0]!);
      this.checkModule(module, mod[0]!);
      collect(k.slice(importAt + 1));
      return { t: 'ImportFrom', module, names, ...p };
    }
    collect(k.slice(1));
    for (const nm of names) this.checkModule(nm.name, n);
    return { t: 'Import', names, ...p };
  }

  checkModule(name: string, at: SyntaxNode): void {
    if (name !== 'gc' && name !== 'sys' && name !== 'weakref') {
      throw this.unsupported(at, `importing module '${name}' (only gc, sys and weakref)`);
    }
  }

  checkTarget(t: Expr, what = 'assign to'): void {
    if (t.t === 'Name' || t.t === 'Attribute' || t.t === 'Subscript') return;
    if ((t.t === 'Tuple' || t.t === 'List') && what === 'assign to') {
      for (const e of t.elts) this.checkTarget(e, what);
      return;
    }
    if ((t.t === 'Tuple' || t.t === 'List') && what === 'delete') {
      for (const e of t.elts) this.checkTarget(e, what);
      return;
    }
    const names: Partial<Record<Expr['t'], string>> = {
      Call: 'function call', Const: 'literal', BinOp: 'expression', Compare: 'comparison',
      Lambda: 'lambda', BoolOp: 'expression', UnaryOp: 'expression',
    };
    throw new PySourceError('SyntaxError', `cannot ${what} ${names[t.t] ?? 'expression'}`, t.line, t.col);
  }

  params(n: SyntaxNode): Param[] {
    const out: Param[] = [];
    let kwOnly = false;
    const k = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
    for (const g of this.groups(k)) {
      if (g.length === 0) continue;
      if (g[0]!.name === '*' && g.length === 1) {
        kwOnly = true;
        continue;
      }
      if (g[0]!.name === '*' || g[0]!.name === '**') throw this.unsupported(g[0]!, `'${g[0]!.name}' parameters`);
      if (g[0]!.name === '/' || this.text(g[0]!) === '/') throw this.unsupported(g[0]!, 'positional-only parameters');
      if (g.some((c) => c.name === 'TypeDef')) throw this.unsupported(g[0]!, 'parameter annotations');
      if (g[0]!.name !== 'VariableName') throw this.syntax(g[0]!);
      const name = this.text(g[0]!);
      if (out.some((q) => q.name === name)) {
        throw this.syntax(g[0]!, `duplicate argument '${name}' in function definition`);
      }
      const def = g.length >= 3 ? this.expr(g[2]!) : null;
      if (!def && !kwOnly && out.some((q) => q.default && !q.kwOnly)) {
        throw this.syntax(g[0]!, 'non-default argument follows default argument');
      }
      out.push({ name, default: def, kwOnly });
    }
    return out;
  }

  args(n: SyntaxNode): { args: Expr[]; keywords: Keyword[] } {
    const k = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
    if (k.some((c) => c.name === 'for')) throw this.unsupported(n, 'generator expressions');
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    for (const g of this.groups(k)) {
      if (g.length === 0) continue;
      if (g[0]!.name === '*' || g[0]!.name === '**') throw this.unsupported(g[0]!, `'${g[0]!.name}' argument unpacking`);
      if (g.length >= 3 && g[1]!.name === 'AssignOp') {
        const name = this.text(g[0]!);
        if (keywords.some((kw) => kw.name === name)) throw this.syntax(g[0]!, `keyword argument repeated: ${name}`);
        keywords.push({ name, value: this.expr(g[2]!) });
      } else {
        if (keywords.length) throw this.syntax(g[0]!, 'positional argument follows keyword argument');
        args.push(this.expr(g[0]!));
      }
    }
    return { args, keywords };
  }

  comprehension(k: SyntaxNode[]): Comprehension[] {
    const out: { target: Expr; iter: Expr; ifs: Expr[] }[] = [];
    let i = 0;
    while (i < k.length) {
      const c = k[i]!;
      if (c.name === 'for') {
        const inAt = k.findIndex((x, j) => j > i && x.name === 'in');
        const target = this.exprList(k.slice(i + 1, inAt), c);
        this.checkTarget(target);
        let j = inAt + 1;
        while (j < k.length && k[j]!.name !== 'for' && k[j]!.name !== 'if') j++;
        out.push({ target, iter: this.exprList(k.slice(inAt + 1, j), c), ifs: [] });
        i = j;
      } else if (c.name === 'if') {
        out[out.length - 1]!.ifs.push(this.expr(k[i + 1]!));
        i += 2;
      } else if (c.name === 'async') {
        throw this.unsupported(c, 'async comprehensions');
      } else {
        throw this.syntax(c);
      }
    }
    return out;
  }

  expr(n: SyntaxNode): Expr {
    const p = this.pos(n.from);
    const why = UNSUPPORTED_EXPRESSIONS[n.name];
    if (why) throw this.unsupported(n, why);
    if (n.type.isError) throw this.syntax(n);
    switch (n.name) {
      case 'VariableName':
        return { t: 'Name', id: this.text(n), ...p };
      case 'Number':
        return { t: 'Const', value: this.number(n), ...p };
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.strings(n.name === 'ContinuedString' ? this.kids(n) : [n], p);
      case 'Boolean':
        return { t: 'Const', value: { k: 'bool', v: this.text(n) === 'True' }, ...p };
      case 'None':
        return { t: 'Const', value: { k: 'none' }, ...p };
      case 'Ellipsis':
        return { t: 'Const', value: { k: 'ellipsis' }, ...p };
      case 'ParenthesizedExpression': {
        const inner = this.parts(n);
        if (inner.length !== 1) throw this.syntax(n);
        return this.expr(inner[0]!);
      }
      case 'TupleExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        this.noStar(inner);
        return { t: 'Tuple', elts: this.groups(inner).filter((g) => g.length).map((g) => this.expr(g[0]!)), ...p };
      }
      case 'ArrayExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '[' && c.name !== ']');
        this.noStar(inner);
        return { t: 'List', elts: this.groups(inner).filter((g) => g.length).map((g) => this.expr(g[0]!)), ...p };
      }
      case 'SetExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '{' && c.name !== '}');
        this.noStar(inner);
        return { t: 'Set', elts: this.groups(inner).filter((g) => g.length).map((g) => this.expr(g[0]!)), ...p };
      }
      case 'DictionaryExpression': {
        const inner = this.kids(n).filter((c) => c.name !== '{' && c.name !== '}');
        this.noStar(inner);
        const keys: Expr[] = [];
        const values: Expr[] = [];
        for (const g of this.groups(inner)) {
          if (g.length === 0) continue;
          if (g.length !== 3 || g[1]!.name !== ':') throw this.syntax(g[0]!);
          keys.push(this.expr(g[0]!));
          values.push(this.expr(g[2]!));
        }
        return { t: 'Dict', keys, values, ...p };
      }
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression': {
        const inner = this.kids(n).slice(1, -1);
        const forAt = inner.findIndex((c) => c.name === 'for');
        this.noStar(inner.slice(0, forAt));
        return {
          t: n.name === 'ArrayComprehensionExpression' ? 'ListComp' : 'SetComp',
          elt: this.expr(inner[0]!),
          generators: this.comprehension(inner.slice(forAt)),
          ...p,
        };
      }
      case 'DictionaryComprehensionExpression': {
        const inner = this.kids(n).slice(1, -1);
        const forAt = inner.findIndex((c) => c.name === 'for');
        if (forAt !== 3) throw this.unsupported(n, "'**' in dict comprehensions");
        return { t: 'DictComp', key: this.expr(inner[0]!), value: this.expr(inner[2]!), generators: this.comprehension(inner.slice(forAt)), ...p };
      }
      case 'CallExpression': {
        const k = this.kids(n);
        const { args, keywords } = this.args(k[1]!);
        return { t: 'Call', func: this.expr(k[0]!), args, keywords, ...p };
      }
      case 'MemberExpression': {
        const k = this.kids(n);
        if (k[1]!.name === '.') return { t: 'Attribute', value: this.expr(k[0]!), attr: this.text(k[2]!), ...p };
        return { t: 'Subscript', value: this.expr(k[0]!), index: this.subscript(k.slice(2, -1), k[1]!), ...p };
      }
      case 'UnaryExpression': {
        const k = this.kids(n);
        const op = this.text(k[0]!);
        if (op === 'not') return this.notOf(k[1]!);
        return { t: 'UnaryOp', op: op as '-' | '+' | '~', operand: this.expr(k[1]!), ...p };
      }
      case 'BinaryExpression':
        return this.binary(n, p);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        return { t: 'IfExp', body: this.expr(k[0]!), test: this.expr(k[2]!), orelse: this.expr(k[4]!), ...p };
      }
      case 'LambdaExpression': {
        const k = this.kids(n);
        const pl = k.find((c) => c.name === 'ParamList');
        return { t: 'Lambda', params: pl ? this.params(pl) : [], body: this.expr(k[k.length - 1]!), ...p };
      }
      default:
        throw this.unsupported(n, `this expression (${n.name})`);
    }
  }

  noStar(nodes: SyntaxNode[]): void {
    const star = nodes.find((c) => c.name === '*' || c.name === '**');
    if (star) throw this.unsupported(star, `'${star.name}' unpacking in displays`);
  }

  /** lezer parses `not a and b` as `not (a and b)`; Python binds `not` tighter than and/or. */
  notOf(operand: SyntaxNode): Expr {
    const p = this.pos(Math.max(0, operand.from - 4));
    if (operand.name === 'BinaryExpression' && this.boolOpOf(operand)) return this.boolExpr(operand, true);
    if (operand.name === 'ConditionalExpression') {
      const k = this.kids(operand);
      return { t: 'IfExp', body: this.notOf(k[0]!), test: this.expr(k[2]!), orelse: this.expr(k[4]!), ...this.pos(operand.from) };
    }
    return { t: 'UnaryOp', op: 'not', operand: this.expr(operand), ...p };
  }

  boolOpOf(n: SyntaxNode): 'and' | 'or' | null {
    const k = this.kids(n);
    if (k.length !== 3) return null;
    const op = this.text(k[1]!);
    return op === 'and' || op === 'or' ? op : null;
  }

  /** A chain of one boolean operator, flattened as CPython's AST does; `notFirst` negates its first operand. */
  boolExpr(n: SyntaxNode, notFirst: boolean): Expr {
    const op = this.boolOpOf(n)!;
    const values: Expr[] = [];
    let first = notFirst;
    const add = (c: SyntaxNode) => {
      if (c.name === 'BinaryExpression' && this.boolOpOf(c) === op) {
        const ck = this.kids(c);
        add(ck[0]!);
        add(ck[2]!);
        return;
      }
      if (first) {
        first = false;
        values.push(c.name === 'BinaryExpression' && this.boolOpOf(c) ? this.boolExpr(c, true) : this.notOf(c));
      } else {
        values.push(this.expr(c));
      }
    };
    const k = this.kids(n);
    add(k[0]!);
    add(k[2]!);
    return { t: 'BoolOp', op, values, ...this.pos(n.from) };
  }

  binary(n: SyntaxNode, p: Pos): Expr {
    const k = this.kids(n);
    const opNodes = k.slice(1, -1);
    const opText = opNodes.map((c) => this.text(c)).join(' ');
    const left = k[0]!;
    const right = k[k.length - 1]!;
    if (opText === 'and' || opText === 'or') return this.boolExpr(n, false);
    const cmp: Record<string, CmpOpName> = {
      '==': '==', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=', is: 'is', 'is not': 'is not',
      in: 'in', 'not in': 'not in',
    };
    if (opText in cmp) {
      if (opText === '<>') throw this.syntax(opNodes[0]!);
      const ops: CmpOpName[] = [cmp[opText]!];
      const comparators = [this.expr(right)];
      let l = left;
      // a < b < c arrives left-nested: ((a < b) < c)
      while (l.name === 'BinaryExpression') {
        const lk = this.kids(l);
        const lop = lk.slice(1, -1).map((c) => this.text(c)).join(' ');
        if (!(lop in cmp)) break;
        ops.unshift(cmp[lop]!);
        comparators.unshift(this.expr(lk[lk.length - 1]!));
        l = lk[0]!;
      }
      return { t: 'Compare', left: this.expr(l), ops, comparators, ...p };
    }
    const ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
    if (!ops.includes(opText)) throw this.syntax(opNodes[0] ?? n);
    if (opText === '@') throw this.unsupported(opNodes[0]!, "the '@' operator");
    return { t: 'BinOp', op: opText as BinOpName, left: this.expr(left), right: this.expr(right), ...p };
  }

  subscript(k: SyntaxNode[], at: SyntaxNode): Expr {
    const dims = this.groups(k);
    if (dims.length > 1) {
      if (dims.some((g) => g.some((c) => c.name === ':'))) throw this.unsupported(at, 'multi-dimensional slices');
      return { t: 'Tuple', elts: dims.filter((g) => g.length).map((g) => this.expr(g[0]!)), ...this.pos(at.from + 1) };
    }
    const g = dims[0]!;
    if (!g.some((c) => c.name === ':')) {
      if (g.length !== 1) throw this.syntax(at);
      return this.expr(g[0]!);
    }
    const pieces: (Expr | null)[] = [null];
    for (const c of g) {
      if (c.name === ':') pieces.push(null);
      else pieces[pieces.length - 1] = this.expr(c);
    }
    if (pieces.length > 3) throw this.syntax(at);
    return { t: 'Slice', lower: pieces[0] ?? null, upper: pieces[1] ?? null, step: pieces[2] ?? null, ...this.pos(at.from + 1) };
  }

  number(n: SyntaxNode): ConstValue {
    const raw = this.text(n).replace(/_/g, '');
    if (/[jJ]$/.test(raw)) throw this.unsupported(n, 'complex numbers');
    if (/^0[xX]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^0[oO]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^0[bB]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^[0-9]+$/.test(raw)) {
      if (/^0+[1-9]/.test(raw)) {
        throw this.syntax(n, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      }
      return { k: 'int', v: normalize(BigInt(raw)) };
    }
    const f = Number(raw);
    if (Number.isNaN(f)) throw this.syntax(n, 'invalid decimal literal');
    return { k: 'float', v: f };
  }

  strings(nodes: SyntaxNode[], p: Pos): Expr {
    // implicit concatenation: adjacent literals form one constant, or one f-string
    const parts: (string | { expr: Expr; conv: 's' | 'r' | null })[] = [];
    let bytes: boolean | null = null;
    let isF = false;
    for (const n of nodes) {
      const raw = this.text(n);
      const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(raw);
      if (!m) throw this.syntax(n);
      const prefix = m[1]!.toLowerCase();
      const q = m[2]!;
      const isBytes = prefix.includes('b');
      const isRaw = prefix.includes('r');
      if (bytes !== null && bytes !== isBytes) throw this.syntax(n, 'cannot mix bytes and nonbytes literals');
      bytes = isBytes;
      const bodyStart = n.from + m[0].length;
      const bodyEnd = n.to - q.length;
      if (prefix.includes('f')) {
        isF = true;
        let at = bodyStart;
        for (const c of this.kids(n)) {
          if (c.name !== 'FormatReplacement') continue;
          parts.push(this.decode(this.src.slice(at, c.from), isRaw, false, n, true));
          const ck = this.kids(c).filter((x) => x.name !== '{' && x.name !== '}');
          const extra = ck.find((x) => x.name === 'FormatSpec' || x.name === 'FormatSelfDoc');
          if (extra) throw this.unsupported(extra, extra.name === 'FormatSpec' ? 'format specs in f-strings' : "'=' in f-strings");
          const conv = ck.find((x) => x.name === 'FormatConversion');
          const convText = conv ? this.text(conv).slice(1) : null;
          if (convText !== null && convText !== 's' && convText !== 'r') throw this.unsupported(conv!, `the !${convText} conversion`);
          const exprs = ck.filter((x) => x !== conv);
          parts.push({ expr: this.exprList(exprs, c), conv: convText as 's' | 'r' | null });
          at = c.to;
        }
        parts.push(this.decode(this.src.slice(at, bodyEnd), isRaw, false, n, true));
      } else {
        parts.push(this.decode(this.src.slice(bodyStart, bodyEnd), isRaw, isBytes, n, false));
      }
    }
    const merged: (string | { expr: Expr; conv: 's' | 'r' | null })[] = [];
    for (const part of parts) {
      const last = merged[merged.length - 1];
      if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
      else if (part !== '') merged.push(part);
    }
    if (!isF) {
      const s = (merged[0] as string | undefined) ?? '';
      return { t: 'Const', value: bytes ? { k: 'bytes', v: s } : { k: 'str', v: s }, ...p };
    }
    return { t: 'FString', parts: merged, ...p };
  }

  decode(body: string, isRaw: boolean, isBytes: boolean, at: SyntaxNode, fstring: boolean): string {
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (fstring && (ch === '{' || ch === '}')) {
        if (body[i + 1] === ch) {
          out += ch;
          i++;
          continue;
        }
        throw this.syntax(at, "f-string: single '}' is not allowed");
      }
      if (ch !== '\\' || isRaw) {
        if (isBytes && ch.charCodeAt(0) > 127) throw this.syntax(at, 'bytes can only contain ASCII literal characters');
        out += ch;
        continue;
      }
      const e = body[++i];
      switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case "'": out += "'"; break;
        case '"': out += '"'; break;
        case 'a': out += '\x07'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x': {
          const h = body.slice(i + 1, i + 3);
          if (!/^[0-9a-fA-F]{2}$/.test(h)) throw this.syntax(at, `(unicode error) truncated \\xXX escape`);
          out += String.fromCharCode(parseInt(h, 16));
          i += 2;
          break;
        }
        case 'u':
        case 'U': {
          if (isBytes) {
            out += `\\${e}`;
            break;
          }
          const len = e === 'u' ? 4 : 8;
          const h = body.slice(i + 1, i + 1 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) throw this.syntax(at, `(unicode error) truncated \\${e} escape`);
          out += String.fromCodePoint(parseInt(h, 16));
          i += len;
          break;
        }
        case 'N':
          if (isBytes) {
            out += '\\N';
            break;
          }
          throw this.unsupported(at, '\\N{...} escapes');
        default:
          if (e !== undefined && /[0-7]/.test(e)) {
            let j = i;
            while (j < i + 3 && /[0-7]/.test(body[j] ?? '')) j++;
            out += String.fromCharCode(parseInt(body.slice(i, j), 8));
            i = j - 1;
          } else {
            out += `\\${e ?? ''}`;
          }
      }
    }
    return out;
  }
}

function normalize(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
