// Expressions from the lezer tree to ast.ts: each expression node kind has an entry in
// `EXPR_NODES` (names, literals, displays, comprehensions, calls, operators, lambda). Mirrors
// Parser/parser.c's expression rules (precedence is lezer's).
import type { SyntaxNode } from '@lezer/common';
import type { BinOpName, CmpOpName, Comprehension, Expr, Keyword, Pos } from './ast.js';
import type { Converter, ExprNodeConverter } from './parse.js';

/** Helpers of the expression converters, merged into Converter. */
export const exprParseOps = {
  args(this: Converter, n: SyntaxNode): { args: Expr[]; keywords: Keyword[] } {
    const k = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
    const forAt = k.findIndex((c) => c.name === 'for' || c.name === 'async');
    if (forAt >= 0) {
      // `f(x for x in y)`: a generator expression as the one argument needs no parentheses of its own
      if (k.slice(0, forAt).some((c) => c.name === ',') || forAt !== 1) throw this.syntax(k[0]!, 'Generator expression must be parenthesized');
      const q = this.pos(n.from + 1);
      const genexp: Expr = { t: 'GeneratorExp', elt: this.expr(k[0]!), generators: this.comprehension(k.slice(forAt)), ...this.pos(n.from), endLine: q.line, endCol: q.col };
      return { args: [genexp], keywords: [] };
    }
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    for (const g of this.groups(k)) {
      if (g.length === 0) continue;
      if (g[0]!.name === '**') {
        keywords.push({ name: null, value: this.expr(g[1]!) });
      } else if (g.length >= 3 && g[1]!.name === 'AssignOp') {
        const name = this.text(g[0]!);
        if (keywords.some((kw) => kw.name === name)) throw this.syntax(g[0]!, `keyword argument repeated: ${name}`);
        keywords.push({ name, value: this.expr(g[2]!) });
      } else if (g[0]!.name === '*') {
        if (keywords.some((kw) => kw.name === null)) throw this.syntax(g[0]!, 'iterable argument unpacking follows keyword argument unpacking');
        args.push(this.element(g));
      } else {
        if (keywords.some((kw) => kw.name === null)) throw this.syntax(g[0]!, 'positional argument follows keyword argument unpacking');
        if (keywords.length) throw this.syntax(g[0]!, 'positional argument follows keyword argument');
        args.push(this.expr(g[0]!));
      }
    }
    return { args, keywords };
  },

  comprehension(this: Converter, k: SyntaxNode[]): Comprehension[] {
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
  },

  /** `yield`, `yield value`, `yield from value` (a statement's or an expression's node). */
  yieldExpr(this: Converter, n: SyntaxNode, p: Pos): Expr {
    const k: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      // lezer leaves an empty error node after a bare `yield`
      if (c.type.isError) {
        if (c.from === c.to && k.length === 1) continue;
        throw this.syntax(c);
      }
      if (c.name !== 'Comment') k.push(c);
    }
    const end = this.pos(n.to);
    if (k[1]?.name === 'from') {
      if (k.length !== 3) throw this.syntax(k[1]);
      return { t: 'YieldFrom', value: this.expr(k[2]!), ...p, endLine: end.line, endCol: end.col };
    }
    return { t: 'Yield', value: k.length > 1 ? this.exprList(k.slice(1), n) : null, ...p, endLine: end.line, endCol: end.col };
  },

  noStar(this: Converter, nodes: SyntaxNode[]): void {
    const star = nodes.find((c) => c.name === '*' || c.name === '**');
    if (star) throw this.unsupported(star, `'${star.name}' unpacking in displays`);
  },

  /** lezer parses `not a and b` as `not (a and b)`; Python binds `not` tighter than and/or. */
  notOf(this: Converter, operand: SyntaxNode): Expr {
    const p = this.pos(Math.max(0, operand.from - 4));
    if (operand.name === 'BinaryExpression' && this.boolOpOf(operand)) return this.boolExpr(operand, true);
    if (operand.name === 'ConditionalExpression') {
      const k = this.kids(operand);
      return { t: 'IfExp', body: this.notOf(k[0]!), test: this.expr(k[2]!), orelse: this.expr(k[4]!), ...this.pos(operand.from) };
    }
    return { t: 'UnaryOp', op: 'not', operand: this.expr(operand), ...p };
  },

  boolOpOf(this: Converter, n: SyntaxNode): 'and' | 'or' | null {
    const k = this.kids(n);
    if (k.length !== 3) return null;
    const op = this.text(k[1]!);
    return op === 'and' || op === 'or' ? op : null;
  },

  /** A chain of one boolean operator, flattened as CPython's AST does; `notFirst` negates its first operand. */
  boolExpr(this: Converter, n: SyntaxNode, notFirst: boolean): Expr {
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
  },

  binary(this: Converter, n: SyntaxNode, p: Pos): Expr {
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
  },

  subscript(this: Converter, k: SyntaxNode[], at: SyntaxNode): Expr {
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
  },
};

/** The methods of `exprParseOps`, merged into Converter. */
export type ExprParseOps = typeof exprParseOps;

/** A list or set comprehension: the two lezer nodes share this shape. */
const listOrSetComp: ExprNodeConverter = (cv, n, p) => {
  const inner = cv.kids(n).slice(1, -1);
  const forAt = inner.findIndex((c) => c.name === 'for' || c.name === 'async');
  cv.noStar(inner.slice(0, forAt));
  return {
    t: n.name === 'ArrayComprehensionExpression' ? 'ListComp' : 'SetComp',
    elt: cv.expr(inner[0]!),
    generators: cv.comprehension(inner.slice(forAt)),
    ...p,
  };
};

/** Converters by lezer node name. */
export const exprNodes: Record<string, ExprNodeConverter> = {
  VariableName: (cv, n, p) => ({ t: 'Name', id: cv.text(n), ...p }),
  Number: (cv, n, p) => ({ t: 'Const', value: cv.number(n), ...p }),
  String: (cv, n, p) => cv.strings(n.name === 'ContinuedString' ? cv.kids(n) : [n], p),
  FormatString: (cv, n, p) => cv.strings(n.name === 'ContinuedString' ? cv.kids(n) : [n], p),
  ContinuedString: (cv, n, p) => cv.strings(n.name === 'ContinuedString' ? cv.kids(n) : [n], p),
  Boolean: (cv, n, p) => ({ t: 'Const', value: { k: 'bool', v: cv.text(n) === 'True' }, ...p }),
  None: (_cv, _n, p) => ({ t: 'Const', value: { k: 'none' }, ...p }),
  Ellipsis: (_cv, _n, p) => ({ t: 'Const', value: { k: 'ellipsis' }, ...p }),
  ParenthesizedExpression: (cv, n, _p) => {
    const inner = cv.parts(n);
    if (inner.length !== 1) throw cv.syntax(n);
    return cv.expr(inner[0]!);
  },
  TupleExpression: (cv, n, p) => {
    const inner = cv.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
    return { t: 'Tuple', elts: cv.groups(inner).filter((g) => g.length).map((g) => cv.element(g)), ...p };
  },
  ArrayExpression: (cv, n, p) => {
    const inner = cv.kids(n).filter((c) => c.name !== '[' && c.name !== ']');
    return { t: 'List', elts: cv.groups(inner).filter((g) => g.length).map((g) => cv.element(g)), ...p };
  },
  SetExpression: (cv, n, p) => {
    const inner = cv.kids(n).filter((c) => c.name !== '{' && c.name !== '}');
    return { t: 'Set', elts: cv.groups(inner).filter((g) => g.length).map((g) => cv.element(g)), ...p };
  },
  DictionaryExpression: (cv, n, p) => {
    const inner = cv.kids(n).filter((c) => c.name !== '{' && c.name !== '}');
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (const g of cv.groups(inner)) {
      if (g.length === 0) continue;
      if (g[0]!.name === '**' && g.length === 2) {
        keys.push(null);
        values.push(cv.expr(g[1]!));
        continue;
      }
      if (g.length !== 3 || g[1]!.name !== ':') throw cv.syntax(g[0]!);
      keys.push(cv.expr(g[0]!));
      values.push(cv.expr(g[2]!));
    }
    return { t: 'Dict', keys, values, ...p };
  },
  // list and set comprehensions differ only in the node kind they become
  ArrayComprehensionExpression: listOrSetComp,
  ComprehensionExpression: (cv, n, p) => {
    const inner = cv.kids(n).slice(1, -1);
    const forAt = inner.findIndex((c) => c.name === 'for' || c.name === 'async');
    cv.noStar(inner.slice(0, forAt));
    return { t: 'GeneratorExp', elt: cv.expr(inner[0]!), generators: cv.comprehension(inner.slice(forAt)), ...p };
  },
  YieldExpression: (cv, n, p) => cv.yieldExpr(n, p),
  SetComprehensionExpression: listOrSetComp,
  DictionaryComprehensionExpression: (cv, n, p) => {
    const inner = cv.kids(n).slice(1, -1);
    const forAt = inner.findIndex((c) => c.name === 'for' || c.name === 'async');
    if (forAt !== 3) throw cv.unsupported(n, "'**' in dict comprehensions");
    return { t: 'DictComp', key: cv.expr(inner[0]!), value: cv.expr(inner[2]!), generators: cv.comprehension(inner.slice(forAt)), ...p };
  },
  CallExpression: (cv, n, p) => {
    const k = cv.kids(n);
    const { args, keywords } = cv.args(k[1]!);
    return { t: 'Call', func: cv.expr(k[0]!), args, keywords, ...p };
  },
  MemberExpression: (cv, n, p) => {
    const k = cv.kids(n);
    if (k[1]!.name === '.') return { t: 'Attribute', value: cv.expr(k[0]!), attr: cv.text(k[2]!), ...p };
    return { t: 'Subscript', value: cv.expr(k[0]!), index: cv.subscript(k.slice(2, -1), k[1]!), ...p };
  },
  UnaryExpression: (cv, n, p) => {
    const k = cv.kids(n);
    const op = cv.text(k[0]!);
    if (op === 'not') return cv.notOf(k[1]!);
    return { t: 'UnaryOp', op: op as '-' | '+' | '~', operand: cv.expr(k[1]!), ...p };
  },
  BinaryExpression: (cv, n, p) => cv.binary(n, p),
  ConditionalExpression: (cv, n, p) => {
    const k = cv.kids(n);
    return { t: 'IfExp', body: cv.expr(k[0]!), test: cv.expr(k[2]!), orelse: cv.expr(k[4]!), ...p };
  },
  LambdaExpression: (cv, n, p) => {
    const k = cv.kids(n);
    const pl = k.find((c) => c.name === 'ParamList');
    cv.funcDepth++;
    try {
      return { t: 'Lambda', ...cv.params(pl), body: cv.expr(k[k.length - 1]!), ...p };
    } finally {
      cv.funcDepth--;
    }
  },
};
