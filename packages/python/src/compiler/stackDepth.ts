// co_stacksize: the deepest value stack the 3.11 bytecode of a def, lambda or comprehension
// reaches (a generator's size is 152 + 8 * (nlocalsplus + co_stacksize), so it is observable).
// Walks the AST as compile.c emits it, with stack_effect's numbers, exception handlers entered at
// their SETUP_* depth, and constant branches dropped as the optimizer drops them. Mirrors
// Python/compile.c (compiler_visit_expr1, compiler_call_helper, starunpack_helper, compiler_with,
// compiler_try_except/finally, compiler_unwind_fblock) and ast_opt.c's folding. Start at stackDepth.
// The expressions are in exprDepth.ts, the folding in constFold.ts.
import type { Expr, Stmt } from '../parser/ast.js';
import type { ScopeNode } from './symtablePass.js';
import { asTuple, constTruth, isConst } from './constFold.js';
import { ExprDepth } from './exprDepth.js';

/** A frame block (compile.c's fblocktype) as far as unwinding it for return/break touches the stack. */
type FBlock =
  | { readonly k: 'for' | 'while' | 'tryExcept' | 'handler' | 'finallyEnd' | 'with' | 'popValue' }
  | { readonly k: 'finallyTry'; readonly body: readonly Stmt[] }
  | { readonly k: 'handlerCleanup'; readonly named: boolean };

type DefNode = Extract<Stmt, { t: 'FunctionDef' }>;

/** ExprDepth grown by the statements: the frame blocks a return or break unwinds. */
class Depth extends ExprDepth {
  blocks: FBlock[] = [];

  stmts(body: readonly Stmt[], d: number): boolean {
    for (const s of body) if (!this.st(s, d)) return false;
    return true;
  }

  inBlock<T>(fb: FBlock, run: () => T): T {
    this.blocks.push(fb);
    try {
      return run();
    } finally {
      this.blocks.pop();
    }
  }

  st(s: Stmt, d: number): boolean {
    switch (s.t) {
      case 'Expr':
        if (!isConst(s.value)) this.ex(s.value, d);
        return true;
      case 'Assign':
        this.ex(s.value, d);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.at(d + 2);
          this.store(t, d + 1);
        });
        return true;
      case 'AugAssign':
        return this.augassign(s, d);
      case 'AnnAssign':
        if (s.value) {
          this.ex(s.value, d);
          this.store(s.target, d + 1);
        } else if (s.target.t === 'Attribute') this.ex(s.target.value, d);
        else if (s.target.t === 'Subscript') {
          this.ex(s.target.value, d);
          this.ex(s.target.index, d);
        }
        return true;
      case 'Delete':
        for (const t of s.targets) this.del(t, d);
        return true;
      case 'If': {
        const t = constTruth(s.test);
        if (t === true) return this.stmts(s.body, d);
        if (t === false) return this.stmts(s.orelse, d);
        this.jumpIf(s.test, d);
        const a = this.stmts(s.body, d);
        const b = this.stmts(s.orelse, d);
        return a || b;
      }
      case 'While': {
        const t = constTruth(s.test);
        if (t === false) return this.stmts(s.orelse, d);
        if (t === null) this.jumpIf(s.test, d);
        this.inBlock({ k: 'while' }, () => this.stmts(s.body, d));
        if (t === true) return hasBreak(s.body);
        this.stmts(s.orelse, d);
        return true;
      }
      case 'For':
        this.ex(asTuple(s.iter), d);
        this.at(d + 2);
        this.store(s.target, d + 2);
        this.inBlock({ k: 'for' }, () => this.stmts(s.body, d + 1));
        this.stmts(s.orelse, d);
        return true;
      case 'Break':
      case 'Continue':
        this.unwind(d, false, true);
        return false;
      case 'Return': {
        const preserve = s.value !== null && !isConst(s.value);
        if (preserve) this.ex(s.value!, d);
        const t = this.unwind(preserve ? d + 1 : d, preserve, false);
        if (!preserve) this.at(t + 1);
        return false;
      }
      case 'Raise':
        if (s.exc) {
          this.ex(s.exc, d);
          if (s.cause) this.ex(s.cause, d + 1);
        }
        return false;
      case 'Try':
        return s.finalbody.length ? this.tryFinally(s, d) : this.tryExcept(s, d);
      case 'With':
        this.withItem(s, 0, d);
        return true;
      case 'FunctionDef':
        return this.def(s, d);
      case 'ClassDef': {
        s.decorators.forEach((x, i) => this.ex(x, d + i));
        const b = d + s.decorators.length;
        this.at(b + 2); // PUSH_NULL, LOAD_BUILD_CLASS
        this.closure(s, b + 2);
        this.at(b + 4); // the name
        this.callArgs(s.bases, s.keywords, b + 4, 2);
        return true;
      }
      case 'Assert':
        if (constTruth(s.test) === true) return true;
        this.jumpIf(s.test, d);
        this.at(d + 1); // LOAD_ASSERTION_ERROR
        if (s.msg) this.ex(s.msg, d + 1);
        return true;
      case 'Import':
      case 'ImportFrom':
        // LOAD_CONST level, LOAD_CONST fromlist, IMPORT_NAME, then IMPORT_FROM over the module
        this.at(d + 2);
        return true;
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return true;
    }
  }

  augassign(s: Extract<Stmt, { t: 'AugAssign' }>, d: number): boolean {
    const t = s.target;
    if (t.t === 'Attribute') {
      this.ex(t.value, d);
      this.at(d + 2); // COPY 1, LOAD_ATTR
      this.ex(s.value, d + 2);
    } else if (t.t === 'Subscript') {
      this.ex(t.value, d);
      this.ex(t.index, d + 1);
      this.at(d + 4); // COPY 2, COPY 2, BINARY_SUBSCR
      this.ex(s.value, d + 3);
    } else {
      this.at(d + 1);
      this.ex(s.value, d + 1);
    }
    return true;
  }

  def(s: DefNode, d: number): boolean {
    s.decorators.forEach((x, i) => this.ex(x, d + i));
    const b = d + s.decorators.length;
    this.closure(s, b + this.defaults(s, b));
    return true;
  }

  /** compiler_with for item `i`: __exit__ stays below the body; the handler reaches d + 6 (COPY 3 in its cleanup). */
  withItem(s: Extract<Stmt, { t: 'With' }>, i: number, d: number): void {
    const item = s.items[i];
    this.ex(item.ctx, d);
    this.at(d + 6);
    if (item.target) this.store(item.target, d + 2);
    this.inBlock({ k: 'with' }, () => {
      if (i + 1 < s.items.length) this.withItem(s, i + 1, d + 1);
      else this.stmts(s.body, d + 1);
    });
    this.at(d + 4); // __exit__(None, None, None)
  }

  tryExcept(s: Extract<Stmt, { t: 'Try' }>, d: number): boolean {
    const body = this.inBlock({ k: 'tryExcept' }, () => this.stmts(s.body, d));
    const orelse = body && this.stmts(s.orelse, d);
    // the handler: [exc] at d + 1; SETUP_CLEANUP's target d + 3, whose COPY 3 reaches d + 4; PUSH_EXC_INFO
    this.at(d + 4);
    let handled = false;
    this.inBlock({ k: 'handler' }, () => {
      for (const h of s.handlers) {
        if (h.type) this.ex(h.type, d + 2);
        if (this.inBlock({ k: 'handlerCleanup', named: h.name !== null }, () => this.stmts(h.body, d + 1))) handled = true;
      }
    });
    return orelse || handled;
  }

  tryFinally(s: Extract<Stmt, { t: 'Try' }>, d: number): boolean {
    const fb: FBlock = { k: 'finallyTry', body: s.finalbody };
    const body = this.inBlock(fb, () => (s.handlers.length ? this.tryExcept(s, d) : this.stmts(s.body, d)));
    if (body) this.stmts(s.finalbody, d);
    // the exceptional copy of the finally body runs over [prev_exc, exc]
    this.at(d + 4);
    const fin = this.inBlock({ k: 'finallyEnd' }, () => this.stmts(s.finalbody, d + 2));
    return body && fin;
  }

  /** compiler_unwind_fblock_stack: what return/break/continue emit on their way out, from top depth t. */
  unwind(t: number, preserve: boolean, toLoop: boolean): number {
    const saved = this.blocks;
    try {
      for (let i = saved.length - 1; i >= 0; i--) {
        const fb = saved[i];
        if (toLoop && (fb.k === 'for' || fb.k === 'while')) return t;
        switch (fb.k) {
          case 'for':
          case 'popValue':
            t--;
            break;
          case 'with':
            this.at(t + 3);
            t--;
            break;
          case 'handlerCleanup':
            t--;
            if (fb.named) this.at(t + 1);
            break;
          case 'finallyEnd':
            t -= 2;
            break;
          case 'finallyTry':
            this.blocks = preserve ? [...saved.slice(0, i), { k: 'popValue' }] : saved.slice(0, i);
            this.stmts(fb.body, t);
            this.blocks = saved;
            break;
          default:
            break;
        }
      }
      return t;
    } finally {
      this.blocks = saved;
    }
  }
}

/** Whether a `while True` body breaks out of this loop (not out of a nested one). */
function hasBreak(body: readonly Stmt[]): boolean {
  return body.some((s) => {
    switch (s.t) {
      case 'Break':
        return true;
      case 'If':
        return hasBreak(s.body) || hasBreak(s.orelse);
      case 'Try':
        return hasBreak(s.body) || hasBreak(s.orelse) || hasBreak(s.finalbody) || s.handlers.some((h) => hasBreak(h.body));
      case 'With':
        return hasBreak(s.body);
      default:
        return false;
    }
  });
}

/**
 * co_stacksize of a def's, lambda's or comprehension's code, as CPython 3.11 computes it.
 * `freeCount` gives the number of free variables of a nested scope (its closure tuple's length).
 *
 * @example
 * ```ts
 * stackDepth(genexpNode, () => 0); // (x*x for x in range(10)) -> 3
 * ```
 */
export function stackDepth(node: ScopeNode, freeCount: (n: ScopeNode) => number = () => 0): number {
  const d = new Depth(freeCount);
  if (Array.isArray(node)) {
    d.stmts(node as readonly Stmt[], 0);
    return d.max;
  }
  const n = node as Stmt | Expr;
  if (n.t === 'FunctionDef') {
    if (d.stmts(n.body, 0)) d.at(1);
  } else if (n.t === 'Lambda') {
    d.ex(n.body, 0);
  } else if (n.t === 'ListComp' || n.t === 'SetComp' || n.t === 'DictComp' || n.t === 'GeneratorExp') {
    d.comprehension(n);
  }
  return d.max;
}
