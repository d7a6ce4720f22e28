// Statements from the lezer tree to ast.ts: each statement node kind has an entry in `STMT_NODES`
// (assignments, control flow, def/class, global, assert, import), with the checks CPython's
// parser makes (assignment targets, parameters). Mirrors Parser/parser.c's statement rules and
// Python/ast.c's validation.
import type { SyntaxNode } from '@lezer/common';
import type { BinOpName, ExceptHandler, Expr, Keyword, Param, Pos, Signature, Stmt } from './ast.js';
import type { Converter, StmtNodeConverter } from './parse.js';
import { PySourceError } from './sourceError.js';
import { assignmentHint, errorAt, exprName, invalidTarget, targetError } from './targetErrors.js';

/** Helpers of the statement converters, merged into Converter. */
export const stmtParseOps = {
  ifChain(this: Converter, k: SyntaxNode[], i: number): Stmt {
    // k[i] is 'if' or 'elif', k[i+1] the test, k[i+2] the Body
    const p = this.pos(k[i]!.from);
    const test = this.expr(k[i + 1]!);
    const body = this.block(k[i + 2]!);
    const next = k[i + 3];
    let orelse: Stmt[] = [];
    if (next?.name === 'elif') orelse = [this.ifChain(k, i + 3)];
    else if (next?.name === 'else') orelse = this.block(k[i + 4]!);
    return { t: 'If', test, body, orelse, ...p };
  },

  importStmt(this: Converter, n: SyntaxNode, k: SyntaxNode[], p: Pos): Stmt {
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
  },

  /** `target: annotation [= value]`: one target (a name, attribute or subscript), at most one `=`. */
  annAssign(this: Converter, n: SyntaxNode, k: SyntaxNode[], td: SyntaxNode, p: Pos): Stmt {
    const at = k.indexOf(td);
    const targetNodes = k.slice(0, at);
    const rest = k.slice(at + 1);
    if (rest.filter((c) => c.name === 'AssignOp').length > 1) throw this.syntax(rest[1] ?? n);
    if (targetNodes.length !== 1) throw this.syntax(targetNodes[1] ?? n, 'only single target (not tuple) can be annotated');
    const tn = targetNodes[0]!;
    const target = this.expr(tn);
    if (target.t === 'Tuple') throw new PySourceError('SyntaxError', 'only single target (not tuple) can be annotated', target.line, target.col);
    if (target.t === 'List') throw new PySourceError('SyntaxError', 'only single target (not list) can be annotated', target.line, target.col);
    if (target.t !== 'Name' && target.t !== 'Attribute' && target.t !== 'Subscript') throw new PySourceError('SyntaxError', 'illegal target for annotation', target.line, target.col);
    const value = rest.length > 1 ? this.exprList(rest.slice(1), n) : null;
    return { t: 'AnnAssign', target, annotation: this.typeDefExpr(td), value, simple: target.t === 'Name' && tn.name === 'VariableName', ...p };
  },

  checkTarget(this: Converter, t: Expr, what = 'assign to'): void {
    if ((t.t === 'Tuple' || t.t === 'List') && what === 'assign to' && t.elts.filter((e) => e.t === 'Starred').length > 1) {
      throw new PySourceError('SyntaxError', 'multiple starred expressions in assignment', t.line, t.col);
    }
    const e = targetError(t, what === 'delete', (line) => this.lineText(line));
    if (e) throw e;
  },

  /** The text of a 1-based source line. */
  lineText(this: Converter, line: number): string {
    const from = this.lineStarts[line - 1] ?? this.src.length;
    const end = this.src.indexOf('\n', from);
    return this.src.slice(from, end < 0 ? this.src.length : end);
  },

  /** A ParamList: named parameters, `/` (an unnamed token: seen as text between two commas), `*`, `*args`, `**kwargs`. */
  params(this: Converter, n: SyntaxNode | undefined): Signature {
    const params: Param[] = [];
    let kwOnly = false;
    let nPosOnly = 0;
    let vararg: string | null = null;
    let kwarg: string | null = null;
    let varargAnn: Expr | null = null;
    let kwargAnn: Expr | null = null;
    if (!n) return { params, nPosOnly, vararg, kwarg };
    // lezer leaves a lambda's '/' as an error node and drops a def's: both are read from the text
    const k: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.type.isError && this.text(c).trim() !== '/') throw this.syntax(c);
      if (c.name !== 'Comment' && c.name !== '(' && c.name !== ')') k.push(c);
    }
    const names = (): string[] => [...params.map((q) => q.name), ...(vararg ? [vararg] : []), ...(kwarg ? [kwarg] : [])];
    let from = n.name === 'ParamList' ? n.from + 1 : n.from;
    const groups = this.groups(k);
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      if (g.length === 1 && g[0]!.type.isError) g.pop();
      if (g.length === 0) {
        // the text of an empty group: '/' marks the positional-only parameters before it
        const comma = k.filter((c) => c.name === ',')[gi];
        const to = comma ? comma.from : n.name === 'ParamList' ? n.to - 1 : n.to;
        const between = this.src.slice(from, to).replace(/#.*$/gm, '').trim();
        if (comma) from = comma.to;
        if (between === '/') {
          if (kwOnly || nPosOnly || params.length === 0) throw this.syntax(comma ?? n, params.length === 0 ? 'at least one argument must precede /' : '/ must be ahead of *');
          nPosOnly = params.length;
        }
        continue;
      }
      const comma = k.filter((c) => c.name === ',')[gi];
      if (comma) from = comma.to;
      if (kwarg) throw this.syntax(g[0]!, 'arguments cannot follow var-keyword argument');
      // `name: annotation` (the annotation node sits between the name and `= default`)
      const tdAt = g.findIndex((c) => c.name === 'TypeDef');
      const ann = tdAt >= 0 ? this.typeDefExpr(g[tdAt]!) : null;
      if (tdAt >= 0) g.splice(tdAt, 1);
      if (g[0]!.name === '*' && g.length === 1) {
        if (kwOnly) throw this.syntax(g[0]!, '* argument may appear only once');
        kwOnly = true;
        continue;
      }
      const star = g[0]!.name === '*' || g[0]!.name === '**' ? g[0]!.name : null;
      const nameNode = star ? g[1] : g[0];
      if (!nameNode || nameNode.name !== 'VariableName') throw this.syntax(g[0]!);
      const name = this.text(nameNode);
      if (names().includes(name)) throw this.syntax(nameNode, `duplicate argument '${name}' in function definition`);
      if (star === '*') {
        if (kwOnly) throw this.syntax(g[0]!, '* argument may appear only once');
        if (g.length > 2) throw this.syntax(g[2]!, 'var-positional argument cannot have default value');
        kwOnly = true;
        vararg = name;
        varargAnn = ann;
        continue;
      }
      if (star === '**') {
        if (g.length > 2) throw this.syntax(g[2]!, 'var-keyword argument cannot have default value');
        kwarg = name;
        kwargAnn = ann;
        continue;
      }
      const def = g.length >= 3 ? this.expr(g[2]!) : null;
      if (!def && !kwOnly && params.some((q) => q.default && !q.kwOnly)) {
        throw this.syntax(g[0]!, 'non-default argument follows default argument');
      }
      params.push({ name, default: def, kwOnly, annotation: ann });
    }
    if (kwOnly && !vararg && !params.some((q) => q.kwOnly)) throw this.syntax(n, 'named arguments must follow bare *');
    return { params, nPosOnly, vararg, kwarg, varargAnn, kwargAnn };
  },

  /** The expression of a TypeDef node (`: expr` of a parameter or an assignment, `-> expr` of a def). */
  typeDefExpr(this: Converter, n: SyntaxNode): Expr {
    const k = this.kids(n).filter((c) => c.name !== ':' && c.name !== '->' && c.name !== 'Comment');
    if (k.length === 0) throw this.syntax(n);
    return this.exprList(k, n);
  },

  /** `@expr` lines: lezer gives a dotted name and an optional argument list. */
  decorator(this: Converter, n: SyntaxNode): Expr {
    const k = this.kids(n).filter((c) => c.name !== 'At');
    let e: Expr | null = null;
    for (const c of k) {
      const p = this.pos(c.from);
      if (c.name === 'VariableName' && !e) e = { t: 'Name', id: this.text(c), ...p };
      else if ((c.name === 'PropertyName' || c.name === 'VariableName') && e) e = { t: 'Attribute', value: e, attr: this.text(c), ...this.pos(n.from + 1) };
      else if (c.name === '.') continue;
      else if (c.name === 'ArgList' && e) {
        const { args, keywords } = this.args(c);
        e = { t: 'Call', func: e, args, keywords, ...this.pos(n.from + 1) };
      } else if (!e) e = this.expr(c);
      else throw this.unsupported(c, 'this decorator expression');
    }
    if (!e) throw this.syntax(n);
    return e;
  },
};

/** The methods of `stmtParseOps`, merged into Converter. */
export type StmtParseOps = typeof stmtParseOps;

/** Converters by lezer node name. */
export const stmtNodes: Record<string, StmtNodeConverter> = {
  ExpressionStatement: (cv, n, k, p) => ({ t: 'Expr', value: cv.exprList(k, n), ...p }),
  AssignStatement: (cv, n, k, p) => {
    const td = k.find((c) => c.name === 'TypeDef');
    if (td) return cv.annAssign(n, k, td, p);
    const sides = cv.groups(k, 'AssignOp');
    const exprs = sides.map((g) => cv.exprList(g, n));
    const value = exprs[exprs.length - 1]!;
    const targets = exprs.slice(0, -1);
    const hint = targets.some((t) => invalidTarget(t, false)) ? assignmentHint(sides, exprs, (line) => cv.lineText(line)) : null;
    if (hint) throw hint;
    for (const t of targets) cv.checkTarget(t);
    return { t: 'Assign', targets, value, ...p };
  },
  UpdateStatement: (cv, n, k, p) => {
    const opNode = k.find((c) => c.name === 'UpdateOp')!;
    const i = k.indexOf(opNode);
    const target = cv.exprList(k.slice(0, i), n);
    if (target.t !== 'Name' && target.t !== 'Attribute' && target.t !== 'Subscript') {
      throw errorAt(`'${exprName(target)}' is an illegal expression for augmented assignment`, target, cv.lineText(target.line));
    }
    const op = cv.text(opNode).slice(0, -1) as BinOpName;
    if (op === '@') throw cv.unsupported(opNode, "the '@' operator");
    return { t: 'AugAssign', target, op, value: cv.exprList(k.slice(i + 1), n), ...p };
  },
  DeleteStatement: (cv, _n, k, p) => {
    const targets = cv.groups(k.slice(1)).filter((g) => g.length).map((g) => cv.expr(g[0]!));
    for (const t of targets) cv.checkTarget(t, 'delete');
    return { t: 'Delete', targets, ...p };
  },
  PassStatement: (_cv, _n, _k, p) => ({ t: 'Pass', ...p }),
  BreakStatement: (cv, _n, _k, p) => {
    if (cv.loopDepth === 0) cv.defer(new PySourceError('SyntaxError', "'break' outside loop", p.line, p.col, p.col + 5));
    return { t: 'Break', ...p };
  },
  ContinueStatement: (cv, _n, _k, p) => {
    if (cv.loopDepth === 0) cv.defer(new PySourceError('SyntaxError', "'continue' not properly in loop", p.line, p.col, p.col + 8));
    return { t: 'Continue', ...p };
  },
  ReturnStatement: (cv, n, k, p) => ({ t: 'Return', value: k.length > 1 ? cv.exprList(k.slice(1), n) : null, ...p }),
  IfStatement: (cv, _n, k, _p) => cv.ifChain(k, 0),
  WhileStatement: (cv, _n, k, p) => {
    const bodies = k.filter((c) => c.name === 'Body');
    return {
      t: 'While',
      test: cv.expr(k[1]!),
      body: cv.loopBody(bodies[0]!),
      orelse: bodies[1] ? cv.block(bodies[1]) : [],
      ...p,
    };
  },
  ForStatement: (cv, n, k, p) => {
    if (k[0]!.name === 'async') throw cv.unsupported(n, "'async for'");
    const inAt = k.findIndex((c) => c.name === 'in');
    const bodyAt = k.findIndex((c) => c.name === 'Body');
    const target = cv.exprList(k.slice(1, inAt), n);
    cv.checkTarget(target);
    const bodies = k.filter((c) => c.name === 'Body');
    return {
      t: 'For',
      target,
      iter: cv.exprList(k.slice(inAt + 1, bodyAt), n),
      body: cv.loopBody(bodies[0]!),
      orelse: bodies[1] ? cv.block(bodies[1]) : [],
      ...p,
    };
  },
  FunctionDefinition: (cv, n, k, p) => {
    if (k[0]!.name === 'async') throw cv.unsupported(n, "'async def'");
    const td = k.find((c) => c.name === 'TypeDef');
    const returns = td ? cv.typeDefExpr(td) : null;
    const tp = k.find((c) => c.name === 'TypeParamList');
    if (tp) throw cv.unsupported(tp, 'type parameters');
    const name = cv.text(k.find((c) => c.name === 'VariableName')!);
    const sig = cv.params(k.find((c) => c.name === 'ParamList')!);
    cv.funcDepth++;
    try {
      return { t: 'FunctionDef', name, ...sig, returns, body: cv.scopeBody(k.find((c) => c.name === 'Body')!), decorators: [], ...p };
    } finally {
      cv.funcDepth--;
    }
  },
  ClassDefinition: (cv, _n, k, p) => {
    const name = cv.text(k.find((c) => c.name === 'VariableName')!);
    const argList = k.find((c) => c.name === 'ArgList');
    const bases: Expr[] = [];
    const keywords: Keyword[] = [];
    if (argList) {
      const call = cv.args(argList);
      if (call.keywords.some((kw) => kw.name === null) || call.args.some((a) => a.t === 'Starred')) throw cv.unsupported(argList, "'*' and '**' in class bases");
      bases.push(...call.args);
      keywords.push(...call.keywords);
    }
    return { t: 'ClassDef', name, bases, keywords, body: cv.scopeBody(k.find((c) => c.name === 'Body')!), decorators: [], ...p };
  },
  DecoratedStatement: (cv, _n, k) => {
    const decorators = k.filter((c) => c.name === 'Decorator').map((d) => cv.decorator(d));
    const def = k.find((c) => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition')!;
    const s = cv.stmt(def);
    // the statement's line is the def's; decorators run first, each at its own line
    return { ...(s as Extract<Stmt, { t: 'FunctionDef' | 'ClassDef' }>), decorators };
  },
  ScopeStatement: (cv, n, k, p0) => {
    // the symtable's errors put carets under the whole statement
    const end = cv.pos(n.to);
    const p = { ...p0, endLine: end.line, endCol: end.col };
    if (k[0]!.name === 'nonlocal') {
      // at module level the symtable refuses it (after its own order checks)
      return { t: 'Nonlocal', names: k.filter((c) => c.name === 'VariableName').map((c) => cv.text(c)), ...p };
    }
    return { t: 'Global', names: k.filter((c) => c.name === 'VariableName').map((c) => cv.text(c)), ...p };
  },
  AssertStatement: (cv, _n, k, p) => {
    const g = cv.groups(k.slice(1));
    return { t: 'Assert', test: cv.expr(g[0]![0]!), msg: g[1] ? cv.expr(g[1][0]!) : null, ...p };
  },
  ImportStatement: (cv, n, k, p) => cv.importStmt(n, k, p),
  TryStatement: (cv, _n, k, p) => {
    // try Body (except [type [as name]] Body)* [else Body] [finally Body]
    const body = cv.block(k[1]!);
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (let i = 2; i < k.length; i++) {
      const c = k[i]!;
      if (c.name === 'except') {
        const at = cv.pos(c.from);
        let j = i + 1;
        if (k[j]?.name === '*') throw cv.unsupported(c, "'except*' (exception groups)");
        let type: Expr | null = null;
        let name: string | null = null;
        if (k[j]?.name !== 'Body') type = cv.expr(k[j++]!);
        if (k[j]?.name === 'as') {
          name = cv.text(k[j + 1]!);
          j += 2;
        }
        handlers.push({ type, name, body: cv.block(k[j]!), ...at });
        i = j;
      } else if (c.name === 'else') {
        orelse = cv.block(k[++i]!);
      } else if (c.name === 'finally') {
        finalbody = cv.block(k[++i]!);
      }
    }
    const bare = handlers.findIndex((h) => h.type === null);
    if (bare >= 0 && bare < handlers.length - 1) throw new PySourceError('SyntaxError', "default 'except:' must be last", handlers[bare]!.line, handlers[bare]!.col);
    return { t: 'Try', body, handlers, orelse, finalbody, ...p };
  },
  RaiseStatement: (cv, _n, k, p) => {
    const fromAt = k.findIndex((c) => c.name === 'from');
    const exc = k.length > 1 ? cv.expr(k[1]!) : null;
    return { t: 'Raise', exc, cause: fromAt > 0 ? cv.expr(k[fromAt + 1]!) : null, ...p };
  },
  WithStatement: (cv, n, k, p) => {
    if (k[0]!.name === 'async') throw cv.unsupported(n, "'async with'");
    const bodyAt = k.findIndex((c) => c.name === 'Body');
    const items: { ctx: Expr; target: Expr | null }[] = [];
    for (const g of cv.groups(k.slice(1, bodyAt))) {
      if (g.length === 0) continue;
      if (g.some((c) => c.name === '⚠')) throw cv.unsupported(g[0]!, 'parenthesized with items');
      const asAt = g.findIndex((c) => c.name === 'as');
      const ctx = cv.expr(g[0]!);
      let target: Expr | null = null;
      if (asAt >= 0) {
        const rest = g.slice(asAt + 1);
        target = rest.length === 1 ? cv.withTarget(rest[0]!) : cv.exprList(rest, n);
        cv.checkTarget(target);
      }
      items.push({ ctx, target });
    }
    return { t: 'With', items, body: cv.block(k[bodyAt]!), ...p };
  },
};
