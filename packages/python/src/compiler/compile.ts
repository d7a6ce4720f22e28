// From pymem's AST to closures: each expression becomes a function returning a NEW reference
// (what CPython's eval loop would leave on the value stack), each statement a function returning
// a Flow code. Observable compile-time behaviour of CPython 3.11 is reproduced here: constant
// folding (Python/ast_opt.c limits), constant merging per compile unit and co_consts
// references (Python/compile.c merge_consts_recursive), the parser arena's extra reference to
// every literal of `__main__`, compile-time interning of identifier-like strings, and the
// display paths (BUILD_LIST vs LIST_EXTEND of a constant tuple, BUILD_MAP presizing, sets).
// Start with `compileModule`, then `Compiler.expr` and `Compiler.stmt`. The code generation of
// each statement and expression family is a table in its own file (simpleStmt, flowStmt,
// assignStmt, defStmt, opExpr, accessExpr, displayExpr, comprehension, fstring), merged below.
import { BuiltinType } from '@pymem/object-model';
import type { ConstValue, Expr, Module, Signature, Stmt } from '../parser/ast.js';
import { Flow, type Code, type Frame, type Interp, type SourceFile } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, isIdentifierLike } from '../objects.js';
import { PySourceError } from '../parser/sourceError.js';
import { exprPos, notePos } from './positions.js';
import { PyException } from '../errors.js';
import { simpleStmts } from './simpleStmt.js';
import { flowStmts } from './flowStmt.js';
import { tryStmts } from './tryStmt.js';
import { opExprs } from './opExpr.js';
import { constKey, foldOps, type FoldOps } from './astOpt.js';
import { symtableOps, type SymtableOps } from './symtable.js';
import { buildSymtable, type ScopeNode, type SymbolTable } from './symtablePass.js';
import { targetOps, type TargetOps } from './targets.js';
import { assignOps, assignStmts, type AssignOps } from './assignStmt.js';
import { annotationStmts, hasAnnotations, setupAnnotations } from './annotations.js';
import { defOps, defStmts, defExprs, type DefOps } from './defStmt.js';
import { accessOps, accessExprs, type AccessOps } from './accessExpr.js';
import { displayOps, displayExprs, type DisplayOps } from './displayExpr.js';
import { comprehensionOps, comprehensionExprs, type ComprehensionOps } from './comprehension.js';
import { fstringOps, fstringExprs, type FstringOps } from './fstring.js';
import { starOps, type StarOps } from './starExpr.js';
import { genOps, type GenOps } from './genCompile.js';
import { genExprOps, type GenExprOps } from './genExpr.js';
import type { GenBody } from '../objects/genObject.js';
import { stackDepth } from './stackDepth.js';

const CO_OPTIMIZED = 1;
const CO_NEWLOCALS = 2;
const CO_VARARGS = 4;
const CO_VARKEYWORDS = 8;
const CO_NESTED = 16;
const CO_GENERATOR = 32;

/** What finishCode needs of a generator's code. */
export interface GenCodeInfo {
  /** The def, lambda or generator expression (co_stacksize is computed from it). */
  readonly node: ScopeNode;
  readonly gen: GenBody;
  readonly nstack: number;
}

/** A compiled expression: returns a new reference. */
export type E = (f: Frame) => Handle;
/** A compiled statement: returns a Flow code. */
export type S = (f: Frame) => number;

/** Code generators of statements by node kind; one table per family, merged into STMTS. */
export type StmtTable = { [T in Stmt['t']]?: (c: Compiler, s: Extract<Stmt, { t: T }>, sc: Scope) => S };
/** Code generators of expressions by node kind; one table per family, merged into EXPRS. */
export type ExprTable = { [T in Expr['t']]?: (c: Compiler, e: Extract<Expr, { t: T }>, sc: Scope) => E };

/** What compiling a module produced: its code, and the references the compilation holds. */
export interface CompiledModule {
  readonly code: Code;
  /** Objects the parser made (one per literal): the arena, released when the module finishes. */
  readonly arena: Handle[];
}

/** A block's names as the symbol table resolved them. */
export interface Scope {
  readonly kind: 'module' | 'function' | 'class';
  readonly fast: Map<string, number>;
  readonly localNames: string[];
  readonly globalsDecl: Set<string>;
  readonly assigned: Set<string>;
  readonly parent: Scope | null;
  code: CodeBuilder;
  /** The block's symbols (symtablePass.ts). */
  readonly table: SymbolTable;
  /** Frame.cells index of each cell and free variable: cellvars first, then freevars. */
  readonly cells: Map<string, number>;
  /** co_cellvars in frame order (cell parameters first, by position; then the others, sorted). */
  readonly cellvars: readonly string[];
}

/** A code object being compiled. */
export interface CodeBuilder {
  readonly name: string;
  readonly qualname: string;
  /** Code object on the heap; constants are its slots (co_consts). */
  readonly handle: Handle;
  readonly consts: Set<Handle>;
}

/**
 * Compiles a parsed module into closures over `interp`.
 * @throws PySourceError for constructs the subset leaves out that only show at compile time (closures).
 * @example
 * ```ts
 * const { code } = compileModule(interp, parseModule('x = 1\n'));
 * ```
 */
export function compileModule(interp: Interp, mod: Module, source?: SourceFile): CompiledModule {
  const c = new Compiler(interp, source);
  const code = c.module(mod);
  // the compiler's constant cache goes away; co_consts and the arena keep their references
  for (const h of c.cache.values()) interp.decref(h);
  return { code, arena: c.arena };
}

/** The method tables of compiler/*.ts, merged into Compiler's prototype at the end of this file. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Compiler extends FoldOps, SymtableOps, TargetOps, AssignOps, DefOps, AccessOps, DisplayOps, ComprehensionOps, FstringOps, StarOps, GenOps, GenExprOps {}

/** Compiles one module: its constants, scopes and the closures of every statement. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Compiler {
  readonly cache = new Map<string, Handle>();
  readonly arena: Handle[] = [];
  readonly names = new Map<string, Handle>();
  /** The symbol table of every scope of the module (set by `module`). */
  tables = new Map<ScopeNode, SymbolTable>();

  constructor(
    readonly I: Interp,
    /** Set when compiling an imported module of the user's (tracebacks name its file). */
    readonly source?: SourceFile,
  ) {}

  err(node: { line: number; col: number }, what: string): PySourceError {
    return new PySourceError('NotImplementedError', `pymem does not support ${what}`, node.line, node.col);
  }

  // ------------------------------------------------------------ constants
  /** The object for one literal occurrence (a new reference). */
  makeObject(cv: ConstValue, inArena: boolean): Handle {
    const I = this.I;
    switch (cv.k) {
      case 'int':
        return I.newInt(cv.v);
      case 'float':
        return I.newFloat(cv.v);
      case 'complex':
        return I.newComplex(cv.re, cv.im);
      case 'str':
        return I.newStr(cv.v);
      case 'bytes':
        return I.newBytes(cv.v);
      case 'bool':
        return I.newBool(cv.v);
      case 'none':
        return I.none();
      case 'ellipsis':
        return I.incref(I.Ellipsis);
      case 'tuple': {
        const items = cv.v.map((x) => I.incref(this.canonical(x, inArena)));
        return I.newTuple(items);
      }
    }
  }

  /** merge_consts_recursive: the one object of the unit equal to `cv` (borrowed). */
  canonical(cv: ConstValue, inArena: boolean): Handle {
    const key = constKey(cv);
    const found = this.cache.get(key);
    if (found !== undefined) {
      if (inArena && cv.k !== 'tuple') this.arena.push(this.makeObject(cv, true));
      return found;
    }
    let h = this.makeObject(cv, inArena);
    if (cv.k === 'str' && isIdentifierLike(cv.v)) {
      // intern_string_constants: identifier-like constants are interned
      const text = cv.v;
      const before = h;
      h = this.I.internStr(text);
      if (inArena) this.arena.push(before);
      else this.I.decref(before);
      this.cache.set(key, h);
      return h;
    }
    if (inArena) {
      this.arena.push(h);
      this.I.incref(h);
    }
    this.cache.set(key, h);
    return h;
  }

  /** A constant used by `code`: canonical object, referenced once from co_consts. */
  useConst(code: CodeBuilder, cv: ConstValue, inArena = true): Handle {
    const h = this.canonical(cv, inArena);
    this.addToConsts(code, h);
    return h;
  }

  addToConsts(code: CodeBuilder, h: Handle): void {
    if (code.consts.has(h)) return;
    code.consts.add(h);
    const rt = this.I.mem.rt;
    const n = rt.heap.slotCount(code.handle);
    rt.resizeSlots(code.handle, n + 1);
    rt.setSlot(code.handle, n, h);
  }

  /** An interned name (co_names), kept for the whole run. */
  name(s: string): Handle {
    let h = this.names.get(s);
    if (h === undefined) {
      h = this.I.internStr(s);
      this.names.set(s, h);
    }
    return h;
  }

  newCode(name: string, qualname: string): CodeBuilder {
    const h = this.I.mem.allocate(BuiltinType.code, {});
    this.I.setMeta(h, K.Code, this.I.tCode, null);
    return { name, qualname, handle: h, consts: new Set() };
  }

  // ------------------------------------------------------------ module, functions, classes
  module(mod: Module): Code {
    this.tables = buildSymtable(mod.body);
    const cb = this.newCode('<module>', '<module>');
    const sc = this.newScope('module', null, cb, mod.body, null, mod.body);
    const block = this.block(mod.body, sc);
    const setup = hasAnnotations(mod.body) ? setupAnnotations(this) : null;
    const body: S = setup
      ? (f) => {
          setup(f);
          return block(f);
        }
      : block;
    return this.finishCode(cb, sc, null, body, true, -1);
  }

  /** The code object's fields (co_varnames, co_cellvars, co_flags...) once its body is compiled. */
  finishCode(cb: CodeBuilder, sc: Scope, sig: Signature | null, body: S | GenBody, isModule: boolean, doc: Handle, gen?: GenCodeInfo, node?: ScopeNode): Code {
    const params = sig ? [...sig.params.filter((p) => !p.kwOnly), ...sig.params.filter((p) => p.kwOnly)] : [];
    const t = sc.table;
    const nPositional = params.filter((p) => !p.kwOnly).length;
    const nKwOnly = params.length - nPositional;
    const varargs = !!sig?.vararg;
    const varkw = !!sig?.kwarg;
    const isFn = sc.kind === 'function';
    const cellvars = sc.cellvars;
    const varnames = isFn ? sc.localNames.filter((n, i) => (i < params.length + +varargs + +varkw || !cellvars.includes(n))) : [];
    let flags = isFn ? CO_OPTIMIZED | CO_NEWLOCALS : 0;
    if (varargs) flags |= CO_VARARGS;
    if (varkw) flags |= CO_VARKEYWORDS;
    if (t.nested) flags |= CO_NESTED;
    if (gen) flags |= CO_GENERATOR;
    const code: Code = {
      name: cb.name,
      qualname: cb.qualname,
      params: params.map((p) => ({ name: p.name, kwOnly: p.kwOnly })),
      nPositional,
      nPosOnly: sig?.nPosOnly ?? 0,
      nKwOnly,
      varargs,
      varkw,
      simple: nKwOnly === 0 && !varargs && !varkw,
      get nlocals() {
        return sc.localNames.length;
      },
      localNames: sc.localNames,
      varnames,
      cellvars,
      freevars: t.freevars,
      cellParams: cellvars.map((n) => (isFn ? (sc.fast.get(n) ?? -1) : -1)),
      flags,
      doc,
      body: gen ? () => {
        throw new Error('a generator body is run by its generator object');
      } : (body as S),
      handle: cb.handle,
      ...(gen ? { gen: gen.gen, nstack: gen.nstack } : {}),
      ...(gen || node ? { stacksize: stackDepth(gen?.node ?? node!, (n) => this.tables.get(n)?.freevars.length ?? 0) } : {}),
      isModule,
      ...(this.source ? { source: this.source } : {}),
    };
    this.I.pv[cb.handle] = code;
    return code;
  }

  // ------------------------------------------------------------ statements
  block(body: readonly Stmt[], sc: Scope): S {
    const stmts = body.map((s) => this.stmt(s, sc));
    const n = stmts.length;
    if (n === 0) return () => Flow.Normal;
    if (n === 1) return stmts[0];
    return (f) => {
      for (let i = 0; i < n; i++) {
        const r = stmts[i](f);
        if (r !== Flow.Normal) return r;
      }
      return Flow.Normal;
    };
  }

  stmt(s: Stmt, sc: Scope): S {
    const inner = this.stmtInner(s, sc);
    const I = this.I;
    const line = s.line;
    if (I.markStatements) {
      // a `statement` marker before each statement runs: the demo's and a trace's source line
      const rt = I.mem.rt;
      return (f) => {
        f.line = line;
        if (++I.steps > I.maxSteps) I.stepLimit();
        // a call's locals as they stand when the statement starts, then the statement
        I.frameMarkers?.locals(f);
        rt.mark('statement', line);
        return inner(f);
      };
    }
    return (f) => {
      f.line = line;
      if (++I.steps > I.maxSteps) I.stepLimit();
      return inner(f);
    };
  }

  stmtInner(s: Stmt, sc: Scope): S {
    const gen = STMTS[s.t] as ((c: Compiler, s: Stmt, sc: Scope) => S) | undefined;
    if (!gen) throw this.err(s, `'${s.t}' statements`);
    return gen(this, s, sc);
  }

  cond(e: Expr, sc: Scope): (f: Frame) => boolean {
    const I = this.I;
    const v = this.expr(e, sc);
    return (f) => {
      const h = v(f);
      const r = h === I.True ? true : h === I.False || h === I.None ? false : I.truthy(h);
      I.decref(h);
      return r;
    };
  }

  // ------------------------------------------------------------ expressions
  expr(e: Expr, sc: Scope): E {
    const I = this.I;
    const folded = e.t === 'Const' || e.t === 'UnaryOp' || e.t === 'BinOp' || e.t === 'Tuple' || e.t === 'Subscript' ? this.fold(e) : null;
    if (folded) {
      const h = this.useConst(sc.code, folded);
      return () => {
        I.incref(h);
        return h;
      };
    }
    if (e.t === 'Yield' || e.t === 'YieldFrom') throw this.err(e, "'yield' in this position");
    const gen = EXPRS[e.t] as ((c: Compiler, e: Expr, sc: Scope) => E) | undefined;
    if (!gen) throw this.err(e, `'${e.t}' expressions`);
    const inner = gen(this, e, sc);
    const pos = RAISING.has(e.t) ? exprPos(e) : null;
    if (pos === null) return inner;
    // the innermost expression an exception leaves in this frame is where its traceback entry points
    // a method call's failed lookup points at `obj.name`, not at the whole call (LOAD_METHOD's span)
    const lookup = e.t === 'Call' && e.func.t === 'Attribute' ? { pos: exprPos(e.func), text: `has no attribute '${e.func.attr}'` } : null;
    return (f) => {
      try {
        return inner(f);
      } catch (err) {
        if (lookup && err instanceof PyException && err.pyType === 'AttributeError' && err.posFrame !== f && err.pyMessage.endsWith(lookup.text)) {
          notePos(err, f, lookup.pos);
        }
        notePos(err, f, pos);
        throw err;
      }
    };
  }

  evalAll(items: E[], f: Frame): Handle[] {
    // the common short argument lists and displays as exact-size literals (an empty array that is
    // pushed to reserves room for 17: the result often lives on as a tuple's or list's items)
    const n = items.length;
    if (n === 0) return [];
    if (n <= 3) {
      const a = items[0](f);
      if (n === 1) return [a];
      let b: Handle;
      try {
        b = items[1](f);
      } catch (err) {
        this.I.decref(a);
        throw err;
      }
      if (n === 2) return [a, b];
      try {
        return [a, b, items[2](f)];
      } catch (err) {
        this.I.decref(a);
        this.I.decref(b);
        throw err;
      }
    }
    const out: Handle[] = [];
    try {
      for (const x of items) out.push(x(f));
    } catch (err) {
      for (const h of out) this.I.decref(h);
      throw err;
    }
    return out;
  }

}


/** Expression kinds that can raise: each records its span on an exception passing out of it. */
const RAISING = new Set<Expr['t']>(['Call', 'BinOp', 'Subscript', 'Attribute', 'Name', 'Compare', 'UnaryOp']);

const STMTS: StmtTable = { ...simpleStmts, ...flowStmts, ...assignStmts, ...defStmts, ...tryStmts, ...annotationStmts };
const EXPRS: ExprTable = {
  GeneratorExp: (c, e, sc) => c.generatorExp(e, sc),
  Pre: (_c, e) => (f) => {
    const st = f.stack!;
    const h = st[e.slot]!;
    st[e.slot] = -1;
    return h;
  },
  ...opExprs, ...accessExprs, ...displayExprs, ...comprehensionExprs, ...defExprs, ...fstringExprs };

Object.assign(Compiler.prototype, foldOps, symtableOps, targetOps, assignOps, defOps, accessOps, displayOps, comprehensionOps, fstringOps, starOps, genOps, genExprOps);
