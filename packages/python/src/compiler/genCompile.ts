// Code generation for generator bodies. Design: a generator's body is compiled in a second mode
// where every statement or expression that CONTAINS a yield becomes a JS generator function
// (function*: GS for statements, GE for expressions), and everything else reuses the ordinary
// closures of compile.ts, so code between yields runs at the normal speed. A GS/GE yields the
// value the Python generator yields (a new reference) and receives the sent value (a new
// reference) as the result of its `yield`; exceptions thrown in (gen.throw, close's
// GeneratorExit) arrive at that JS yield, so Python try/except/finally around a yield are JS
// try/catch/finally around it. An expression with a yield inside an operand is evaluated as
// CPython does, left to right: the operands up to the last one holding a yield are computed first
// (by their GE, or their ordinary closure) into the frame's value stack (Frame.stack, which the
// generator object shows the collector while it is suspended), then the ordinary closure of the
// same node runs with those operands replaced by `Pre` nodes that take the computed values.
// Loops, try, with and yield from keep what they hold across a yield (iterators, __exit__, the
// subiterator) in Frame.stack too. Yield and yield from themselves are in genExpr.ts.
import { Flow, type Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Expr, Stmt } from '../parser/ast.js';
import type { GenBody } from '../objects/genObject.js';
import type { CodeBuilder, Compiler, E, S, Scope } from './compile.js';
import { genTryStmts } from './genTry.js';

/** A statement with a yield in it, in generator mode. */
export type GS = (f: Frame) => Generator<Handle, number, Handle>;
/** An expression with a yield in it, in generator mode: returns a new reference. */
export type GE = (f: Frame) => Generator<Handle, Handle, Handle>;

const YIELDS = new WeakMap<object, boolean>();

/** Whether a statement or expression yields in this scope (nested defs, lambdas and comprehensions apart from their outer parts). */
export function hasYield(n: Stmt | Expr | null | undefined): boolean {
  if (!n) return false;
  const known = YIELDS.get(n);
  if (known !== undefined) return known;
  let r = false;
  switch (n.t) {
    case 'Yield':
    case 'YieldFrom':
      r = true;
      break;
    case 'FunctionDef':
      r = n.decorators.some(hasYield) || n.params.some((p) => hasYield(p.default));
      break;
    case 'Lambda':
      r = n.params.some((p) => hasYield(p.default));
      break;
    case 'ClassDef':
      r = n.decorators.some(hasYield) || n.bases.some(hasYield) || n.keywords.some((k) => hasYield(k.value));
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      r = hasYield(n.generators[0].iter);
      break;
    default:
      r = anyChild(n);
  }
  YIELDS.set(n, r);
  return r;
}

function anyChild(n: object): boolean {
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && childYields(x as object)) return true;
    } else if (v && typeof v === 'object' && childYields(v as object)) return true;
  }
  return false;
}

function childYields(x: object): boolean {
  if ('t' in x && 'line' in x) return hasYield(x as Expr);
  if ('expr' in x) return hasYield((x as { expr: Expr }).expr);
  // keywords, with items, except handlers, comprehension clauses
  return anyChild(x);
}

const SLOTS = new WeakMap<CodeBuilder, number>();

/** The operands of an expression in evaluation order, and how to rebuild it from replacements. */
function split(e: Expr): [Expr[], (k: Expr[]) => Expr] | null {
  // a starred operand is evaluated (its iterable) before it is unpacked: the iterable is the operand
  const un = (x: Expr): Expr => (x.t === 'Starred' ? x.value : x);
  const re = (x: Expr, k: Expr): Expr => (x.t === 'Starred' ? { ...x, value: k } : k);
  switch (e.t) {
    case 'BinOp':
      return [[e.left, e.right], ([l, r]) => ({ ...e, left: l!, right: r! })];
    case 'UnaryOp':
      return [[e.operand], ([o]) => ({ ...e, operand: o! })];
    case 'Compare':
      if (e.ops.length !== 1) return null;
      return [[e.left, e.comparators[0]!], ([l, r]) => ({ ...e, left: l!, comparators: [r!] })];
    case 'Call': {
      const n = e.args.length;
      return [
        [e.func, ...e.args.map(un), ...e.keywords.map((k) => k.value)],
        (k) => ({ ...e, func: k[0]!, args: e.args.map((a, i) => re(a, k[1 + i]!)), keywords: e.keywords.map((kw, i) => ({ ...kw, value: k[1 + n + i]! })) }),
      ];
    }
    case 'Attribute':
      return [[e.value], ([v]) => ({ ...e, value: v! })];
    case 'Subscript':
      return [[e.value, e.index], ([v, i]) => ({ ...e, value: v!, index: i! })];
    case 'List':
    case 'Tuple':
    case 'Set':
      return [e.elts.map(un), (k) => ({ ...e, elts: e.elts.map((x, i) => re(x, k[i]!)) })];
    case 'Dict': {
      const kids: Expr[] = [];
      e.keys.forEach((key, i) => {
        if (key) kids.push(key);
        kids.push(e.values[i]!);
      });
      return [
        kids,
        (k) => {
          // the same interleaving: a `**` entry has no key
          let j = 0;
          const keys2: (Expr | null)[] = [];
          const values: Expr[] = [];
          e.keys.forEach((key) => {
            keys2.push(key ? k[j++]! : null);
            values.push(k[j++]!);
          });
          return { ...e, keys: keys2, values };
        },
      ];
    }
    case 'Slice': {
      const parts = [e.lower, e.upper, e.step];
      return [
        parts.filter((x): x is Expr => x !== null),
        (k) => {
          let j = 0;
          const [lower, upper, step] = parts.map((x) => (x ? k[j++]! : null));
          return { ...e, lower: lower!, upper: upper!, step: step! };
        },
      ];
    }
    default:
      return null;
  }
}

/** Generator-mode code generation, merged into Compiler. */
export const genOps = {
  /** A new slot of the generator frame's value stack. */
  stackSlot(this: Compiler, sc: Scope): number {
    const n = SLOTS.get(sc.code) ?? 0;
    SLOTS.set(sc.code, n + 1);
    return n;
  },

  hasYieldExpr(this: Compiler, e: Expr): boolean {
    return hasYield(e);
  },

  /** How many stack slots the code's body uses. */
  stackSlots(this: Compiler, sc: Scope): number {
    return SLOTS.get(sc.code) ?? 0;
  },

  /** The body of a generator function. */
  genBody(this: Compiler, body: readonly Stmt[], sc: Scope): GenBody {
    return this.gblock(body, sc);
  },

  /** A statement list in generator mode: runs of statements without a yield run as one ordinary block. */
  gblock(this: Compiler, body: readonly Stmt[], sc: Scope): GS {
    const parts: { s: S | null; g: GS | null }[] = [];
    let run: Stmt[] = [];
    const flush = (): void => {
      if (run.length) parts.push({ s: this.block(run, sc), g: null });
      run = [];
    };
    for (const s of body) {
      if (!hasYield(s)) {
        run.push(s);
        continue;
      }
      flush();
      parts.push({ s: null, g: this.gstmt(s, sc) });
    }
    flush();
    const n = parts.length;
    return function* (f) {
      for (let i = 0; i < n; i++) {
        const p = parts[i]!;
        const r = p.s !== null ? p.s(f) : yield* p.g!(f);
        if (r !== Flow.Normal) return r;
      }
      return Flow.Normal;
    };
  },

  /** A Pre node taking stack slot `slot`, at `at`'s position. */
  preNode(this: Compiler, slot: number, at: Expr): Expr {
    return { t: 'Pre', slot, line: at.line, col: at.col, ...(at.endLine !== undefined ? { endLine: at.endLine, endCol: at.endCol } : {}) };
  },

  /** Either kind of expression as a GE. */
  anyExpr(this: Compiler, e: Expr, sc: Scope): GE {
    if (hasYield(e)) return this.gexpr(e, sc);
    const v = this.expr(e, sc);
    return function* (f) {
      return v(f);
    };
  },

  /** An expression that contains a yield. */
  gexpr(this: Compiler, e: Expr, sc: Scope): GE {
    const I = this.I;
    switch (e.t) {
      case 'Yield':
        return this.yieldExpr(e, sc);
      case 'YieldFrom':
        return this.yieldFromExpr(e, sc);
      case 'BoolOp': {
        const vals = e.values.map((v) => this.anyExpr(v, sc));
        const isAnd = e.op === 'and';
        return function* (f) {
          for (let i = 0; ; i++) {
            const x = yield* vals[i]!(f);
            if (i === vals.length - 1) return x;
            let t: boolean;
            try {
              t = I.truthy(x);
            } catch (err) {
              I.decref(x);
              throw err;
            }
            if (isAnd ? !t : t) return x;
            I.decref(x);
          }
        };
      }
      case 'IfExp': {
        const test = this.anyExpr(e.test, sc);
        const body = this.anyExpr(e.body, sc);
        const orelse = this.anyExpr(e.orelse, sc);
        return function* (f) {
          const t = yield* test(f);
          let ok: boolean;
          try {
            ok = I.truthy(t);
          } finally {
            I.decref(t);
          }
          return ok ? yield* body(f) : yield* orelse(f);
        };
      }
    }
    const parts = split(e);
    if (parts === null) throw this.err(e, `'yield' inside '${e.t}' expressions`);
    const [kids, rebuild] = parts;
    let last = -1;
    kids.forEach((k, i) => {
      if (hasYield(k)) last = i;
    });
    const pre = kids.slice(0, last + 1).map((k) => (k.t === 'Const' ? null : { slot: this.stackSlot(sc), g: this.anyExpr(k, sc) }));
    const run = this.expr(rebuild(kids.map((k, i) => (i <= last && pre[i] ? this.preNode(pre[i]!.slot, k) : k))), sc);
    const release = (f: Frame): void => {
      const st = f.stack!;
      for (const p of pre) {
        if (p && st[p.slot] >= 0) {
          I.decref(st[p.slot]);
          st[p.slot] = -1;
        }
      }
    };
    return function* (f) {
      const st = f.stack!;
      try {
        for (const p of pre) if (p) st[p.slot] = yield* p.g(f);
        return run(f);
      } finally {
        release(f);
      }
    };
  },

  /** A statement that contains a yield. */
  gstmt(this: Compiler, s: Stmt, sc: Scope): GS {
    const I = this.I;
    const line = s.line;
    const enter = (f: Frame): void => {
      f.line = line;
      if (++I.steps > I.maxSteps) I.stepLimit();
    };
    const special = GEN_STMTS[s.t] as ((c: Compiler, s: Stmt, sc: Scope, enter: (f: Frame) => void) => GS) | undefined;
    if (special) return special(this, s, sc, enter);
    // a simple statement: its one expression with a yield is computed first, then the statement runs on it
    const field = s.t === 'Expr' || s.t === 'Return' || s.t === 'Assign' || s.t === 'AugAssign' ? 'value' : null;
    const value = field ? (s as { value: Expr | null }).value : null;
    if (!value || !hasYield(value) || (s.t === 'Assign' && s.targets.some(hasYield)) || (s.t === 'AugAssign' && hasYield(s.target))) {
      throw this.err(s, `'yield' inside '${s.t}' statements in this position`);
    }
    const g = this.gexpr(value, sc);
    if (s.t === 'Expr') {
      return function* (f) {
        enter(f);
        I.decref(yield* g(f));
        return Flow.Normal;
      };
    }
    const slot = this.stackSlot(sc);
    const rest = this.stmtInner({ ...s, value: this.preNode(slot, value) } as Stmt, sc);
    return function* (f) {
      enter(f);
      f.stack![slot] = yield* g(f);
      return rest(f);
    };
  },

  /** A condition in generator mode. */
  gcond(this: Compiler, e: Expr, sc: Scope): (f: Frame) => Generator<Handle, boolean, Handle> {
    const I = this.I;
    if (!hasYield(e)) {
      const c = this.cond(e, sc);
      return function* (f) {
        return c(f);
      };
    }
    const g = this.gexpr(e, sc);
    return function* (f) {
      const h = yield* g(f);
      try {
        return I.truthy(h);
      } finally {
        I.decref(h);
      }
    };
  },
};

/** The methods of `genOps`, merged into Compiler. */
export type GenOps = typeof genOps;

type GenStmtTable = { [T in Stmt['t']]?: (c: Compiler, s: Extract<Stmt, { t: T }>, sc: Scope, enter: (f: Frame) => void) => GS };

/** Compound statements in generator mode. */
const GEN_STMTS: GenStmtTable = {
  If: (c, s, sc, enter) => {
    const test = c.gcond(s.test, sc);
    const body = c.gblock(s.body, sc);
    const orelse = c.gblock(s.orelse, sc);
    return function* (f) {
      enter(f);
      return (yield* test(f)) ? yield* body(f) : yield* orelse(f);
    };
  },
  While: (c, s, sc, enter) => {
    const test = c.gcond(s.test, sc);
    const body = c.gblock(s.body, sc);
    const orelse = c.gblock(s.orelse, sc);
    return function* (f) {
      enter(f);
      while (yield* test(f)) {
        const r = yield* body(f);
        if (r === Flow.Break) return Flow.Normal;
        if (r === Flow.Return) return r;
      }
      return yield* orelse(f);
    };
  },
  For: (c, s, sc, enter) => {
    const I = c.I;
    if (hasYield(s.target)) throw c.err(s, "'yield' in a for loop's target");
    const iterable = c.anyExpr(s.iter, sc);
    const store = c.storer(s.target, sc);
    const body = c.gblock(s.body, sc);
    const orelse = c.gblock(s.orelse, sc);
    const slot = c.stackSlot(sc);
    return function* (f) {
      enter(f);
      const src = yield* iterable(f);
      const st = f.stack!;
      try {
        st[slot] = I.iter(src);
      } finally {
        I.decref(src);
      }
      try {
        for (;;) {
          if (++I.steps > I.maxSteps) I.stepLimit();
          const x = I.next(st[slot]!);
          if (x < 0) break;
          store(f, x);
          const r = yield* body(f);
          if (r === Flow.Break) return Flow.Normal;
          if (r === Flow.Return) return r;
        }
      } finally {
        const it = st[slot]!;
        st[slot] = -1;
        if (it >= 0) I.decref(it);
      }
      return yield* orelse(f);
    };
  },
  ...genTryStmts,
};

export type { E };
