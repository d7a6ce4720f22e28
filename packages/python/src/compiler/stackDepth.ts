// co_stacksize: the deepest value stack the 3.11 bytecode of a def, lambda or comprehension
// reaches (a generator's size is 152 + 8 * (nlocalsplus + co_stacksize), so it is observable).
// Walks the AST as compile.c emits it, with stack_effect's numbers, exception handlers entered at
// their SETUP_* depth, and constant branches dropped as the optimizer drops them. Mirrors
// Python/compile.c (compiler_visit_expr1, compiler_call_helper, starunpack_helper, compiler_with,
// compiler_try_except/finally, compiler_unwind_fblock) and ast_opt.c's folding. Start at stackDepth.
import type { Comprehension, ConstValue, Expr, FStringPart, Keyword, Signature, Stmt } from '../parser/ast.js';
import type { ScopeNode } from './symtablePass.js';

/** compile.c's STACK_USE_GUIDELINE: beyond it displays and calls are built piecewise. */
const GUIDE = 30;

/** A frame block (compile.c's fblocktype) as far as unwinding it for return/break touches the stack. */
type FBlock =
  | { readonly k: 'for' | 'while' | 'tryExcept' | 'handler' | 'finallyEnd' | 'with' | 'popValue' }
  | { readonly k: 'finallyTry'; readonly body: readonly Stmt[] }
  | { readonly k: 'handlerCleanup'; readonly named: boolean };

type DefNode = Extract<Stmt, { t: 'FunctionDef' }>;
type CompNode = Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

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
function isConst(e: Expr): boolean {
  return constType(e) !== null;
}

function isZero(v: ConstValue): boolean {
  return (v.k === 'int' && (v.v === 0 || v.v === 0n)) || (v.k === 'float' && v.v === 0) || (v.k === 'bool' && !v.v);
}

/** The truth of a constant test, or null when the test is not constant. */
function constTruth(e: Expr): boolean | null {
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
function asTuple(e: Expr): Expr {
  if (e.t === 'List' || (e.t === 'Set' && e.elts.every((x) => x.t !== 'Starred' && isConst(x)))) return { ...e, t: 'Tuple' };
  return e;
}

class Depth {
  max = 0;
  blocks: FBlock[] = [];

  constructor(private readonly freeCount: (n: ScopeNode) => number) {}

  at(d: number): void {
    if (d > this.max) this.max = d;
  }

  // ------------------------------------------------------------ expressions (result at d + 1)
  ex(e: Expr, d: number): void {
    if (isConst(e)) return this.at(d + 1);
    switch (e.t) {
      case 'Const':
      case 'Name':
      case 'Pre':
        return this.at(d + 1);
      case 'BinOp':
        this.ex(e.left, d);
        return this.ex(e.right, d + 1);
      case 'UnaryOp':
        return this.ex(e.operand, d);
      case 'BoolOp':
        for (const v of e.values) this.ex(v, d);
        return;
      case 'Compare':
        return this.compare(e, d);
      case 'IfExp': {
        const t = constTruth(e.test);
        if (t === null) this.jumpIf(e.test, d);
        if (t !== false) this.ex(e.body, d);
        if (t !== true) this.ex(e.orelse, d);
        return;
      }
      case 'Call':
        return this.call(e, d);
      case 'Attribute':
        return this.ex(e.value, d);
      case 'Subscript':
        this.ex(e.value, d);
        return this.ex(e.index, d + 1);
      case 'Slice':
        this.exOrNone(e.lower, d);
        this.exOrNone(e.upper, d + 1);
        if (e.step) this.ex(e.step, d + 2);
        return;
      case 'List':
      case 'Set':
        return this.starunpack(e.elts, d, 0, false);
      case 'Tuple':
        return this.starunpack(e.elts, d, 0, true);
      case 'Dict':
        return this.dict(e.keys, e.values, d);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        // MAKE_FUNCTION, then the outermost iterable is evaluated here and passed in
        this.closure(e, d);
        return this.ex(asTuple(e.generators[0].iter), d + 1);
      case 'Lambda':
        return this.closure(e, d + this.defaults(e, d));
      case 'Starred':
        return this.ex(e.value, d);
      case 'FString':
        return this.joined(e.parts, d);
      case 'Yield':
        return this.exOrNone(e.value, d);
      case 'YieldFrom':
        // GET_YIELD_FROM_ITER, LOAD_CONST None, SEND
        this.ex(e.value, d);
        return this.at(d + 2);
    }
  }

  exOrNone(e: Expr | null, d: number): void {
    if (e) this.ex(e, d);
    else this.at(d + 1);
  }

  compare(e: Extract<Expr, { t: 'Compare' }>, d: number): void {
    this.ex(e.left, d);
    const n = e.ops.length;
    const rhs = (i: number): Expr => (e.ops[i] === 'in' || e.ops[i] === 'not in' ? asTuple(e.comparators[i]) : e.comparators[i]);
    for (let i = 0; i < n - 1; i++) {
      // comparator, SWAP 2, COPY 2, COMPARE_OP, JUMP_IF_FALSE_OR_POP
      this.ex(rhs(i), d + 1);
      this.at(d + 3);
    }
    this.ex(rhs(n - 1), d + 1);
  }

  /** compiler_jump_if: tests are split into their parts, the result popped by the jump. */
  jumpIf(e: Expr, d: number): void {
    if (e.t === 'UnaryOp' && e.op === 'not') return this.jumpIf(e.operand, d);
    if (e.t === 'BoolOp') {
      for (const v of e.values) this.jumpIf(v, d);
      return;
    }
    if (e.t === 'IfExp') {
      this.jumpIf(e.test, d);
      this.jumpIf(e.body, d);
      return this.jumpIf(e.orelse, d);
    }
    this.ex(e, d);
  }

  call(e: Extract<Expr, { t: 'Call' }>, d: number): void {
    const { func, args, keywords } = e;
    const plain = !args.some((a) => a.t === 'Starred') && !keywords.some((k) => k.name === null);
    const nk = keywords.length;
    if (func.t === 'Attribute' && plain && args.length + nk + (nk ? 1 : 0) < GUIDE) {
      // maybe_optimize_method_call: LOAD_METHOD pushes the method and self
      this.ex(func.value, d);
      this.at(d + 2);
      args.forEach((a, i) => this.ex(a, d + 2 + i));
      keywords.forEach((k, i) => this.ex(k.value, d + 2 + args.length + i));
      return;
    }
    this.at(d + 1); // PUSH_NULL
    this.ex(func, d + 1);
    this.callArgs(args, keywords, d + 2, 0);
  }

  /** compiler_call_helper with `n` arguments already pushed (the class body and name of a class statement) below `b`. */
  callArgs(args: readonly Expr[], keywords: readonly Keyword[], b: number, n: number): void {
    const simple = args.length + keywords.length * 2 <= GUIDE && !args.some((a) => a.t === 'Starred') && !keywords.some((k) => k.name === null);
    if (simple) {
      args.forEach((a, i) => this.ex(a, b + i));
      keywords.forEach((k, i) => this.ex(k.value, b + args.length + i));
      return;
    }
    // CALL_FUNCTION_EX: one tuple of the positional arguments, one dict of the keywords
    if (n === 0 && args.length === 1 && args[0].t === 'Starred') this.ex(args[0].value, b);
    else this.starunpack(args, b - n, n, true);
    const p = b - n + 1;
    let haveDict = false;
    let seen = 0;
    keywords.forEach((k, i) => {
      if (k.name !== null) {
        seen++;
        return;
      }
      if (seen) {
        this.subkwargs(keywords.slice(i - seen, i), p + (haveDict ? 1 : 0));
        haveDict = true;
        seen = 0;
      }
      if (!haveDict) this.at(p + 1);
      haveDict = true;
      this.ex(k.value, p + 1);
    });
    if (seen) this.subkwargs(keywords.slice(keywords.length - seen), p + (haveDict ? 1 : 0));
  }

  subkwargs(kws: readonly Keyword[], b: number): void {
    const n = kws.length;
    const big = n * 2 > GUIDE;
    if (n > 1 && !big) {
      kws.forEach((k, i) => this.ex(k.value, b + i));
      return this.at(b + n + 1);
    }
    if (big) {
      this.at(b + 1);
      for (const k of kws) this.ex(k.value, b + 2);
    } else {
      this.ex(kws[0].value, b + 1);
    }
  }

  /** starunpack_helper: a list, set or tuple display (or positional call arguments) over `pushed` items at `base`. */
  starunpack(elts: readonly Expr[], base: number, pushed: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x.t !== 'Starred' && isConst(x))) {
      if (tuple && !pushed) return this.at(base + 1);
      this.at(base + 1);
      return this.at(base + 2);
    }
    const big = n + pushed > GUIDE;
    const star = elts.some((x) => x.t === 'Starred');
    if (!star && !big) {
      elts.forEach((x, i) => this.ex(x, base + pushed + i));
      return this.at(base + 1);
    }
    let built = big;
    let cur = big ? base + 1 : base + pushed;
    this.at(cur);
    for (const x of elts) {
      if (x.t === 'Starred') {
        if (!built) cur = base + 1;
        built = true;
        this.ex(x.value, cur);
      } else {
        this.ex(x, cur);
        if (!built) cur++;
      }
    }
  }

  dict(keys: readonly (Expr | null)[], values: readonly Expr[], b: number): void {
    let have = false;
    let elements = 0;
    const n = values.length;
    for (let i = 0; i < n; i++) {
      if (keys[i] === null) {
        if (elements) {
          this.subdict(keys, values, i - elements, i, b + (have ? 1 : 0));
          have = true;
          elements = 0;
        }
        if (!have) this.at(b + 1);
        have = true;
        this.ex(values[i], b + 1);
      } else if (elements * 2 > GUIDE) {
        this.subdict(keys, values, i - elements, i + 1, b + (have ? 1 : 0));
        have = true;
        elements = 0;
      } else elements++;
    }
    if (elements) this.subdict(keys, values, n - elements, n, b + (have ? 1 : 0));
    else if (!have) this.at(b + 1);
  }

  subdict(keys: readonly (Expr | null)[], values: readonly Expr[], lo: number, hi: number, b: number): void {
    const m = hi - lo;
    const big = m * 2 > GUIDE;
    if (m > 1 && !big && keys.slice(lo, hi).every((k) => k !== null && isConst(k))) {
      for (let i = lo; i < hi; i++) this.ex(values[i], b + i - lo);
      return this.at(b + m + 1);
    }
    if (big) this.at(b + 1);
    for (let i = lo; i < hi; i++) {
      const at = big ? b + 1 : b + 2 * (i - lo);
      this.ex(keys[i]!, at);
      this.ex(values[i], at + 1);
    }
  }

  /** compiler_joined_str: the pieces pushed side by side and joined by BUILD_STRING. */
  joined(parts: readonly FStringPart[], b: number): void {
    const vals: FStringPart[] = [];
    for (const p of parts) {
      if (typeof p === 'string') {
        if (p === '') continue;
        if (typeof vals[vals.length - 1] === 'string') vals[vals.length - 1] += p;
        else vals.push(p);
      } else vals.push(p);
    }
    const big = vals.length > GUIDE;
    const at0 = big ? b + 3 : b;
    if (big) this.at(b + 3);
    if (vals.length === 0) this.at(b + 1);
    vals.forEach((p, i) => {
      const d = big ? at0 : at0 + i;
      if (typeof p === 'string') return this.at(d + 1);
      this.ex(p.expr, d);
      if (p.spec) this.joined(p.spec, d + 1);
    });
  }

  /** compiler_default_arguments + annotations: how many items MAKE_FUNCTION takes besides the code. */
  defaults(sig: Signature, d: number): number {
    let k = 0;
    const pos = sig.params.filter((p) => !p.kwOnly && p.default);
    if (pos.length) {
      pos.forEach((p, i) => this.ex(p.default!, d + i));
      k++;
    }
    const kw = sig.params.filter((p) => p.kwOnly && p.default);
    if (kw.length) {
      kw.forEach((p, i) => this.ex(p.default!, d + k + i));
      this.at(d + k + kw.length + 1);
      k++;
    }
    const anns = [...sig.params.map((p) => p.annotation ?? null), sig.varargAnn ?? null, sig.kwargAnn ?? null, sig.returns ?? null].filter((a): a is Expr => a !== null);
    if (anns.length) {
      anns.forEach((a, i) => this.ex(a, d + k + 2 * i + 1));
      k++;
    }
    return k;
  }

  /** compiler_make_closure at depth d: LOAD_CLOSURE per free variable, BUILD_TUPLE, the code, MAKE_FUNCTION. */
  closure(node: ScopeNode, d: number): void {
    const n = this.freeCount(node);
    if (n) {
      this.at(d + n);
      this.at(d + 2);
    } else this.at(d + 1);
  }

  // ------------------------------------------------------------ assignment targets (the value on top, at depth top)
  store(t: Expr, top: number): void {
    switch (t.t) {
      case 'Attribute':
        return this.ex(t.value, top);
      case 'Subscript':
        this.ex(t.value, top);
        return this.ex(t.index, top + 1);
      case 'Tuple':
      case 'List': {
        const n = t.elts.length;
        this.at(top - 1 + n);
        t.elts.forEach((x, i) => this.store(x.t === 'Starred' ? x.value : x, top - 1 + n - i));
        return;
      }
      case 'Starred':
        return this.store(t.value, top);
      default:
        return;
    }
  }

  del(t: Expr, d: number): void {
    if (t.t === 'Attribute') this.ex(t.value, d);
    else if (t.t === 'Subscript') {
      this.ex(t.value, d);
      this.ex(t.index, d + 1);
    } else if (t.t === 'Tuple' || t.t === 'List') for (const x of t.elts) this.del(x, d);
  }

  // ------------------------------------------------------------ statements (return whether control falls through)
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

  /** A comprehension's own code: the result (not for a generator expression), then each `for` level. */
  comprehension(e: CompNode): void {
    const b = e.t === 'GeneratorExp' ? 0 : 1;
    this.at(b);
    this.compFor(e, 0, b);
    this.at(1);
  }

  compFor(e: CompNode, i: number, b: number): void {
    const g: Comprehension = e.generators[i];
    let cur = b;
    if (i === 0) this.at(b + 1); // LOAD_FAST .0
    const one = i > 0 && (g.iter.t === 'List' || g.iter.t === 'Tuple') && g.iter.elts.length === 1 && g.iter.elts[0].t !== 'Starred';
    if (one) {
      // `for y in [f(x)]` binds y without an iterator
      this.ex((g.iter as Extract<Expr, { t: 'List' }>).elts[0], b);
      this.store(g.target, b + 1);
    } else {
      if (i > 0) this.ex(asTuple(g.iter), b);
      this.at(b + 2); // FOR_ITER
      this.store(g.target, b + 2);
      cur = b + 1;
    }
    for (const c of g.ifs) this.jumpIf(c, cur);
    if (i + 1 < e.generators.length) return this.compFor(e, i + 1, cur);
    if (e.t === 'DictComp') {
      this.ex(e.key, cur);
      this.ex(e.value, cur + 1);
    } else this.ex(e.elt, cur);
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
