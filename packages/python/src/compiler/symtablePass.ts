// The symbol-table pass: for every scope (module, function, lambda, comprehension, class) which
// names are local, global, free (read from an enclosing function through a cell) or cells (locals
// that an inner scope reads), and the class bodies that read enclosing cells. Mirrors
// Python/symtable.c (symtable_visit_*, analyze_block, analyze_name, analyze_cells).
import type { Comprehension, Expr, Param, Stmt } from '../parser/ast.js';
import { PySourceError } from '../parser/sourceError.js';

/** What kind of block a scope is (symtable.c's _Py_block_ty, comprehensions apart). */
export type BlockKind = 'module' | 'function' | 'class' | 'comprehension';

/** A node that opens a scope: the module body, a def, a lambda, a class or a comprehension. */
export type ScopeNode = readonly Stmt[] | Stmt | Expr;

/** How a name is reached from one scope (symtable.c's LOCAL, GLOBAL_*, FREE, CELL). */
export type NameScope = 'local' | 'cell' | 'free' | 'global' | 'name';

/** The analysed symbols of one scope. */
export interface SymbolTable {
  readonly kind: BlockKind;
  /** Where each name used or bound in the block is found. */
  readonly names: Map<string, NameScope>;
  /** co_cellvars: locals read by an inner scope, sorted as compile.c's dictbytype sorts them. */
  readonly cellvars: readonly string[];
  /** co_freevars: names taken from enclosing functions (own reads and those passed through), sorted. */
  readonly freevars: readonly string[];
  /** Class bodies: names both read from an enclosing function and not bound here (LOAD_CLASSDEREF). */
  readonly classDeref: ReadonlySet<string>;
  /** Names declared `global` / `nonlocal` in the block. */
  readonly globals: ReadonlySet<string>;
  readonly nonlocals: ReadonlySet<string>;
  /** A function inside a function (co_flags CO_NESTED). */
  readonly nested: boolean;
  /** A function whose body yields, or a generator expression (co_flags CO_GENERATOR). */
  readonly generator: boolean;
}

interface Block {
  readonly kind: BlockKind;
  readonly node: ScopeNode;
  readonly bound: Set<string>;
  readonly used: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  /** Where each name was declared nonlocal (for symtable.c's errors). */
  readonly nonlocalAt: Map<string, { line: number; col: number }>;
  readonly children: Block[];
  readonly nested: boolean;
  generator: boolean;
  /** A function's parameter names. */
  params?: ReadonlySet<string>;
}

/** symtable_visit_stmt's Global/Nonlocal check: the name must not be a parameter, used or bound earlier in the block. */
function declOrder(b: Block, n: string, what: 'global' | 'nonlocal', at: { line: number; col: number; endLine?: number; endCol?: number }): void {
  if (b.params?.has(n)) throw err(`name '${n}' is parameter and ${what}`, at);
  if (b.used.has(n)) throw err(`name '${n}' is used prior to ${what} declaration`, at);
  if (b.bound.has(n)) throw err(`name '${n}' is assigned to before ${what} declaration`, at);
}

type Def = Extract<Stmt, { t: 'FunctionDef' }>;
type Lam = Extract<Expr, { t: 'Lambda' }>;
type Comp = Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

const COMP_WORDS = { ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression' } as const;

function newBlock(kind: BlockKind, node: ScopeNode, parent: Block | null): Block {
  // symtable_enter_block: nested when the parent is a function or is itself nested
  const nested = parent !== null && (parent.nested || parent.kind === 'function' || parent.kind === 'comprehension');
  return { kind, node, bound: new Set(), used: new Set(), globals: new Set(), nonlocals: new Set(), nonlocalAt: new Map(), children: [], nested, generator: false };
}

/** The parameter names of a def or lambda in frame order: positional, keyword-only, *args, **kwargs. */
export function parameterNames(params: readonly Param[], vararg: string | null | undefined, kwarg: string | null | undefined): string[] {
  const out = params.filter((p) => !p.kwOnly).map((p) => p.name);
  out.push(...params.filter((p) => p.kwOnly).map((p) => p.name));
  if (vararg) out.push(vararg);
  if (kwarg) out.push(kwarg);
  return out;
}

class Builder {
  readonly all = new Map<ScopeNode, Block>();

  open(kind: BlockKind, node: ScopeNode, parent: Block | null): Block {
    const b = newBlock(kind, node, parent);
    this.all.set(node, b);
    parent?.children.push(b);
    return b;
  }

  stmts(body: readonly Stmt[], b: Block): void {
    for (const s of body) this.stmt(s, b);
  }

  target(t: Expr, b: Block): void {
    if (t.t === 'Name') b.bound.add(t.id);
    else if (t.t === 'Tuple' || t.t === 'List') for (const e of t.elts) this.target(e, b);
    else if (t.t === 'Starred') this.target(t.value, b);
    else this.expr(t, b);
  }

  stmt(s: Stmt, b: Block): void {
    switch (s.t) {
      case 'Expr':
        return this.expr(s.value, b);
      case 'Assign':
        this.expr(s.value, b);
        for (const t of s.targets) this.target(t, b);
        return;
      case 'AnnAssign':
        // a simple name is a local of the scope even without a value; the annotation is visited everywhere
        if (s.target.t === 'Name' && (s.simple || s.value)) b.bound.add(s.target.id);
        else if (s.target.t !== 'Name') this.expr(s.target, b);
        this.expr(s.annotation, b);
        if (s.value) this.expr(s.value, b);
        return;
      case 'AugAssign':
        this.expr(s.value, b);
        if (s.target.t === 'Name') b.used.add(s.target.id);
        return this.target(s.target, b);
      case 'Delete':
        for (const t of s.targets) this.target(t, b);
        return;
      case 'If':
      case 'While':
        this.expr(s.test, b);
        this.stmts(s.body, b);
        return this.stmts(s.orelse, b);
      case 'For':
        this.expr(s.iter, b);
        this.target(s.target, b);
        this.stmts(s.body, b);
        return this.stmts(s.orelse, b);
      case 'Return':
        if (s.value) this.expr(s.value, b);
        return;
      case 'FunctionDef':
        for (const d of s.decorators ?? []) this.expr(d, b);
        // the annotations run in the enclosing scope, when the def does
        for (const a of annotationExprs(s)) this.expr(a, b);
        this.function(s, s.params, s.vararg, s.kwarg, b);
        b.bound.add(s.name);
        return;
      case 'ClassDef': {
        for (const d of s.decorators ?? []) this.expr(d, b);
        for (const e of s.bases) this.expr(e, b);
        for (const k of s.keywords) this.expr(k.value, b);
        const c = this.open('class', s, b);
        this.stmts(s.body, c);
        b.bound.add(s.name);
        return;
      }
      case 'Global':
        for (const n of s.names) {
          declOrder(b, n, 'global', s);
          b.globals.add(n);
        }
        return;
      case 'Nonlocal':
        for (const n of s.names) {
          declOrder(b, n, 'nonlocal', s);
          b.nonlocals.add(n);
          b.nonlocalAt.set(n, s);
        }
        return;
      case 'Assert':
        this.expr(s.test, b);
        if (s.msg) this.expr(s.msg, b);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const n of s.names) b.bound.add(n.asname ?? n.name.split('.')[0]!);
        return;
      case 'Try':
        this.stmts(s.body, b);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, b);
          if (h.name !== null) b.bound.add(h.name);
          this.stmts(h.body, b);
        }
        this.stmts(s.orelse, b);
        return this.stmts(s.finalbody, b);
      case 'Raise':
        if (s.exc) this.expr(s.exc, b);
        if (s.cause) this.expr(s.cause, b);
        return;
      case 'With':
        for (const it of s.items) {
          this.expr(it.ctx, b);
          if (it.target) this.target(it.target, b);
        }
        return this.stmts(s.body, b);
      default:
        return;
    }
  }

  function(node: Def | Lam, params: readonly Param[], vararg: string | null | undefined, kwarg: string | null | undefined, b: Block): void {
    for (const p of params) if (p.default) this.expr(p.default, b);
    const f = this.open('function', node, b);
    f.params = new Set(parameterNames(params, vararg, kwarg));
    for (const n of f.params) f.bound.add(n);
    if (node.t === 'Lambda') this.expr(node.body, f);
    else this.stmts(node.body, f);
  }

  comprehension(e: Comp, b: Block): void {
    const gens: readonly Comprehension[] = e.generators;
    this.expr(gens[0]!.iter, b); // the outermost iterable is evaluated in the enclosing scope
    const c = this.open('comprehension', e, b);
    if (e.t === 'GeneratorExp') c.generator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, c);
      this.target(g.target, c);
      for (const x of g.ifs) this.expr(x, c);
    });
    if (e.t === 'DictComp') {
      this.expr(e.key, c);
      this.expr(e.value, c);
    } else this.expr(e.elt, c);
  }

  expr(e: Expr, b: Block): void {
    switch (e.t) {
      case 'Name':
        b.used.add(e.id);
        // symtable_visit_expr: `super` in a function also uses the implicit __class__ cell
        if (e.id === 'super' && (b.kind === 'function' || b.kind === 'comprehension')) b.used.add('__class__');
        return;
      case 'Lambda':
        return this.function(e, e.params, e.vararg, e.kwarg, b);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e, b);
      case 'Yield':
      case 'YieldFrom': {
        // symtable_raise_if_comprehension_block, then the function becomes a generator
        if (b.kind === 'comprehension') throw err(`'yield' inside ${COMP_WORDS[(b.node as Comp).t]}`, e);
        if (b.kind !== 'function') throw err("'yield' outside function", e);
        b.generator = true;
        if (e.value) this.expr(e.value, b);
        return;
      }
      default:
        for (const v of Object.values(e)) {
          if (Array.isArray(v)) {
            for (const x of v) if (x && typeof x === 'object') this.child(x, b);
          } else if (v && typeof v === 'object') this.child(v, b);
        }
    }
  }

  /** A sub-node of an expression: an expression, a keyword, an f-string part. */
  child(x: object, b: Block): void {
    if ('t' in x && 'line' in x) this.expr(x as Expr, b);
    else if ('value' in x && typeof (x as { value: unknown }).value === 'object') this.expr((x as { value: Expr }).value, b);
    else if ('expr' in x) this.expr((x as { expr: Expr }).expr, b);
  }
}

function err(msg: string, at: { line: number; col: number; endLine?: number; endCol?: number }): PySourceError {
  return new PySourceError('SyntaxError', msg, at.line, at.col, at.endLine === at.line ? at.endCol : undefined);
}

function posOf(node: ScopeNode): { line: number; col: number } {
  return Array.isArray(node) ? { line: 1, col: 0 } : (node as Stmt);
}

/**
 * analyze_block: resolves every name of `b` given the names bound in enclosing functions, then
 * its children; returns the names `b` needs from outside (its free variables).
 */
function analyze(b: Block, enclosing: ReadonlySet<string>, out: Map<ScopeNode, SymbolTable>): Set<string> {
  const names = new Map<string, NameScope>();
  const free = new Set<string>();
  for (const n of b.nonlocals) {
    const at = b.nonlocalAt.get(n) ?? posOf(b.node);
    if (b.globals.has(n)) throw err(`name '${n}' is nonlocal and global`, at);
    if (b.kind === 'module') throw err('nonlocal declaration not allowed at module level', at);
    if (!enclosing.has(n)) throw err(`no binding for nonlocal '${n}' found`, at);
  }
  for (const n of new Set([...b.bound, ...b.used, ...b.globals, ...b.nonlocals])) {
    let scope: NameScope;
    if (b.globals.has(n)) scope = 'global';
    else if (b.nonlocals.has(n)) scope = 'free';
    else if (b.kind === 'module') scope = 'name';
    else if (b.bound.has(n)) scope = b.kind === 'class' ? 'name' : 'local';
    else if (enclosing.has(n)) scope = 'free';
    else scope = b.kind === 'class' ? 'name' : 'global';
    names.set(n, scope);
    if (scope === 'free') free.add(n);
  }
  // what the children may take from here
  let inner: Set<string>;
  // a class body offers its methods an implicit __class__ (analyze_block's newbound)
  if (b.kind === 'class') inner = new Set([...enclosing, '__class__']);
  else if (b.kind === 'module') inner = new Set();
  else {
    inner = new Set([...enclosing].filter((n) => !b.globals.has(n)));
    for (const [n, s] of names) if (s === 'local' || s === 'free') inner.add(n);
  }
  const classDeref = new Set<string>();
  if (b.kind === 'class') for (const n of free) if (!b.nonlocals.has(n)) classDeref.add(n);
  const cells = new Set<string>();
  const passFree = new Set<string>();
  for (const c of b.children) {
    for (const n of analyze(c, inner, out)) {
      const s = names.get(n);
      if (b.kind !== 'class' && s === 'local') cells.add(n);
      else if (b.kind !== 'class' && s === 'free') continue;
      else passFree.add(n); // a class never satisfies its methods' free names: they pass through
    }
  }
  // drop_class_free: methods reading __class__ make it a cell of the class body, not a free name
  if (b.kind === 'class' && passFree.delete('__class__')) cells.add('__class__');
  for (const n of cells) if (!(b.kind === 'class' && n === '__class__')) names.set(n, 'cell');
  for (const n of passFree) {
    free.add(n);
    if (!names.has(n)) names.set(n, 'free');
  }
  out.set(b.node, {
    kind: b.kind,
    names,
    cellvars: [...cells].sort(),
    freevars: [...free].sort(),
    classDeref,
    globals: b.globals,
    nonlocals: b.nonlocals,
    nested: b.nested,
    generator: b.generator,
  });
  return free;
}

/**
 * Builds the symbol tables of a module: one per scope node (the module's body array, each
 * FunctionDef, Lambda, ClassDef and comprehension).
 * @throws PySourceError for the SyntaxErrors symtable.c reports (nonlocal without a binding, ...).
 * @example
 * ```ts
 * const tables = buildSymtable(parseModule('def f():\n  x = 1\n  return lambda: x\n').body);
 * ```
 */
export function buildSymtable(body: readonly Stmt[]): Map<ScopeNode, SymbolTable> {
  const bld = new Builder();
  const mod = bld.open('module', body, null);
  bld.stmts(body, mod);
  const out = new Map<ScopeNode, SymbolTable>();
  analyze(mod, new Set(), out);
  return out;
}

/** The annotation expressions of a def, in the order compiler_visit_annotations evaluates them. */
export function annotationExprs(s: Extract<Stmt, { t: 'FunctionDef' }>): Expr[] {
  return annotationPairs(s).map(([, e]) => e);
}

/**
 * (name, annotation) of a def in CPython's order: the positional-or-keyword parameters, then the
 * positional-only ones, *args, the keyword-only ones, **kwargs, and 'return'.
 */
export function annotationPairs(s: Extract<Stmt, { t: 'FunctionDef' }>): [string, Expr][] {
  const out: [string, Expr][] = [];
  const ps = s.params;
  const add = (name: string, e: Expr | null | undefined): void => {
    if (e) out.push([name, e]);
  };
  for (let i = s.nPosOnly; i < ps.length; i++) if (!ps[i]!.kwOnly) add(ps[i]!.name, ps[i]!.annotation);
  for (let i = 0; i < s.nPosOnly; i++) add(ps[i]!.name, ps[i]!.annotation);
  if (s.vararg) add(s.vararg, s.varargAnn);
  for (const p of ps) if (p.kwOnly) add(p.name, p.annotation);
  if (s.kwarg) add(s.kwarg, s.kwargAnn);
  add('return', s.returns);
  return out;
}
