// co_stacksize's expression half: the stack an expression's 3.11 bytecode reaches, with
// stack_effect's numbers (calls, starunpack/dict/f-string builders and their >30-item paths,
// defaults and closures, store targets, comprehension bodies). Mirrors compiler_visit_expr1,
// compiler_call_helper and starunpack_helper of Python/compile.c; the statements are in
// stackDepth.ts, which extends ExprDepth. Start at ExprDepth.ex.
import type { Comprehension, Expr, FStringPart, Keyword, Signature } from '../parser/ast.js';
import type { ScopeNode } from './symtablePass.js';
import { asTuple, constTruth, isConst } from './constFold.js';

/** compile.c's STACK_USE_GUIDELINE: beyond it displays and calls are built piecewise. */
const GUIDE = 30;

export type CompNode = Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

/** The deepest stack seen so far (max) and how expressions push onto it. */
export class ExprDepth {
  max = 0;

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
