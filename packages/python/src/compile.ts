// From pymem's AST to closures: each expression becomes a function returning a NEW reference
// (what CPython's eval loop would leave on the value stack), each statement a function returning
// a Flow code. Observable compile-time behaviour of CPython 3.11 is reproduced here: constant
// folding (Python/ast_opt.c limits), constant merging per compile unit and co_consts
// references (Python/compile.c merge_consts_recursive), the parser arena's extra reference to
// every literal of `__main__`, compile-time interning of identifier-like strings, and the
// display paths (BUILD_LIST vs LIST_EXTEND of a constant tuple, BUILD_MAP presizing, sets).
// Start with `compileModule`, then `Compiler.expr` and `Compiler.stmt`.
import { BuiltinType } from '@pymem/object-model';
import type { BinOpName, ConstValue, Expr, Module, Param, Stmt } from './ast.js';
import { PyException } from './errors.js';
import { Flow, type Code, type Frame, type FuncData, type Interp } from './interp.js';
import type { Handle } from './mem.js';
import * as N from './numbers.js';
import { K, PyType, isIdentifierLike, type DictData, type ListData } from './objects.js';
import { PySourceError } from './parse.js';

type E = (f: Frame) => Handle;
type S = (f: Frame) => number;

/** What compiling a module produced: its code, and the references the compilation holds. */
export interface CompiledModule {
  readonly code: Code;
  /** Objects the parser made (one per literal): the arena, released when the module finishes. */
  readonly arena: Handle[];
}

interface Scope {
  readonly kind: 'module' | 'function' | 'class';
  readonly fast: Map<string, number>;
  readonly localNames: string[];
  readonly globalsDecl: Set<string>;
  readonly assigned: Set<string>;
  readonly parent: Scope | null;
  /** Comprehension variables in effect (innermost last), name -> fast slot. */
  readonly comp: Map<string, number>[];
  code: CodeBuilder;
}

interface CodeBuilder {
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
export function compileModule(interp: Interp, mod: Module): CompiledModule {
  const c = new Compiler(interp);
  const code = c.module(mod);
  // the compiler's constant cache goes away; co_consts and the arena keep their references
  for (const h of c.cache.values()) interp.decref(h);
  return { code, arena: c.arena };
}

function constKey(cv: ConstValue): string {
  switch (cv.k) {
    case 'int':
      return `i${cv.v}`;
    case 'float':
      return `f${Object.is(cv.v, -0) ? '-0' : String(cv.v)}`;
    case 'str':
      return `s${cv.v}`;
    case 'bytes':
      return `b${cv.v}`;
    case 'bool':
      return cv.v ? 'T' : 'F';
    case 'none':
      return 'N';
    case 'ellipsis':
      return 'E';
    case 'tuple':
      return `t(${cv.v.map(constKey).join('\u0000')})`;
  }
}

const MAX_INT_BITS = 128;
const MAX_COLLECTION = 256;
const MAX_STR = 4096;

function constLen(cv: ConstValue): number {
  if (cv.k === 'str' || cv.k === 'bytes') return [...cv.v].length;
  if (cv.k === 'tuple') return cv.v.length;
  return -1;
}

function isIntLike(cv: ConstValue): cv is { k: 'int'; v: number | bigint } | { k: 'bool'; v: boolean } {
  return cv.k === 'int' || cv.k === 'bool';
}

function intOf(cv: ConstValue): number | bigint {
  return cv.k === 'bool' ? (cv.v ? 1 : 0) : (cv as { v: number | bigint }).v;
}

function bits(v: number | bigint): number {
  return N.intBitLength(v);
}

/** ast_opt.c fold_binop with its safety limits; null when CPython would not fold. */
function foldBinop(op: BinOpName, a: ConstValue, b: ConstValue): ConstValue | null {
  try {
    if (isIntLike(a) && isIntLike(b)) {
      const x = intOf(a);
      const y = intOf(b);
      const z = (v: number | bigint): ConstValue => ({ k: 'int', v: N.normInt(typeof v === 'bigint' ? v : BigInt(v)) });
      switch (op) {
        case '+': return z(N.intAdd(x, y));
        case '-': return z(N.intSub(x, y));
        case '*':
          if (x !== 0 && y !== 0 && x !== 0n && y !== 0n && bits(x) + bits(y) > MAX_INT_BITS) return null;
          return z(N.intMul(x, y));
        case '//': return z(N.intFloorDiv(x, y));
        case '%': return z(N.intMod(x, y));
        case '/': return { k: 'float', v: N.intTrueDiv(x, y) };
        case '**': {
          if (x !== 0 && x !== 0n && y > 0) {
            const wb = Number(y);
            if (bits(x) > Math.floor(MAX_INT_BITS / wb)) return null;
          }
          const r = N.intPow(x, y);
          return 'int' in r ? z(r.int) : { k: 'float', v: r.float };
        }
        case '<<': {
          if (y < 0) return null;
          if (x !== 0 && x !== 0n && (Number(y) > MAX_INT_BITS || bits(x) > MAX_INT_BITS - Number(y))) return null;
          return z(BigInt(x) << BigInt(y));
        }
        case '>>': if (y < 0) return null; return z(BigInt(x) >> BigInt(y));
        case '&': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) & Number(y)) } : z(BigInt(x) & BigInt(y));
        case '|': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) | Number(y)) } : z(BigInt(x) | BigInt(y));
        case '^': return a.k === 'bool' && b.k === 'bool' ? { k: 'bool', v: !!(Number(x) ^ Number(y)) } : z(BigInt(x) ^ BigInt(y));
      }
      return null;
    }
    const real = (cv: ConstValue): number | null => (cv.k === 'float' ? cv.v : isIntLike(cv) ? N.intToFloat(intOf(cv)) : null);
    const fx = real(a);
    const fy = real(b);
    if (fx !== null && fy !== null && (a.k === 'float' || b.k === 'float')) {
      switch (op) {
        case '+': return { k: 'float', v: fx + fy };
        case '-': return { k: 'float', v: fx - fy };
        case '*': return { k: 'float', v: fx * fy };
        case '/': return { k: 'float', v: N.floatTrueDiv(fx, fy) };
        case '//': return { k: 'float', v: N.floatFloorDiv(fx, fy) };
        case '%': return { k: 'float', v: N.floatMod(fx, fy) };
        case '**': return { k: 'float', v: N.floatPow(fx, fy) };
      }
      return null;
    }
    // sequences
    if (op === '+' && a.k === b.k && (a.k === 'str' || a.k === 'bytes')) {
      return { k: a.k, v: (a as { v: string }).v + (b as { v: string }).v } as ConstValue;
    }
    if (op === '+' && a.k === 'tuple' && b.k === 'tuple') return { k: 'tuple', v: [...a.v, ...b.v] };
    if (op === '*') {
      const [seq, n] = isIntLike(b) ? [a, b] : isIntLike(a) ? [b, a] : [null, null];
      if (!seq || !n) return null;
      const count = Number(intOf(n));
      const len = constLen(seq);
      if (len < 0) return null;
      if (len > 0) {
        if (seq.k === 'tuple') {
          if (count < 0 || count > MAX_COLLECTION / len) return null;
        } else if (count < 0 || count > MAX_STR / len) return null;
      }
      const c = Math.max(0, count);
      if (seq.k === 'str' || seq.k === 'bytes') return { k: seq.k, v: (seq as { v: string }).v.repeat(c) } as ConstValue;
      if (seq.k === 'tuple') {
        const out: ConstValue[] = [];
        for (let i = 0; i < c; i++) out.push(...seq.v);
        return { k: 'tuple', v: out };
      }
    }
  } catch {
    return null; // the error is raised at run time, as CPython leaves the expression unfolded
  }
  return null;
}

/** Int operators with a fast path for two exact ints held as JS numbers (0: none). */
const enum IntFast {
  None, Add, Sub, Mul, FloorDiv, Mod,
}

function intFastOp(op: BinOpName): IntFast {
  switch (op) {
    case '+': return IntFast.Add;
    case '-': return IntFast.Sub;
    case '*': return IntFast.Mul;
    case '//': return IntFast.FloorDiv;
    case '%': return IntFast.Mod;
    default: return IntFast.None;
  }
}

/** The value `binop` computes for two number ints (the divisor is non-zero for // and %). */
function intFast(op: IntFast, x: number, y: number): N.PyIntValue {
  switch (op) {
    case IntFast.Add: return N.intAdd(x, y);
    case IntFast.Sub: return N.intSub(x, y);
    case IntFast.Mul: return N.intMul(x, y);
    case IntFast.FloorDiv: return N.intFloorDiv(x, y);
    default: return N.intMod(x, y);
  }
}

/** Comparison operators with a fast path for two number ints: 1 <, 2 <=, 3 >, 4 >=, 5 ==, 6 != (0: none). */
function intFastCompare(op: string): number {
  return ['<', '<=', '>', '>=', '==', '!='].indexOf(op) + 1;
}

function intCompare(op: number, x: number, y: number): boolean {
  switch (op) {
    case 1: return x < y;
    case 2: return x <= y;
    case 3: return x > y;
    case 4: return x >= y;
    case 5: return x === y;
    default: return x !== y;
  }
}

class Compiler {
  readonly cache = new Map<string, Handle>();
  readonly arena: Handle[] = [];
  private readonly names = new Map<string, Handle>();
  private hidden = 0;

  constructor(private readonly I: Interp) {}

  err(node: { line: number; col: number }, what: string): PySourceError {
    return new PySourceError('NotImplementedError', `pymem does not support ${what}`, node.line, node.col);
  }

  // ------------------------------------------------------------ constants
  /** The object for one literal occurrence (a new reference). */
  private makeObject(cv: ConstValue, inArena: boolean): Handle {
    const I = this.I;
    switch (cv.k) {
      case 'int':
        return I.newInt(cv.v);
      case 'float':
        return I.newFloat(cv.v);
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

  // ------------------------------------------------------------ folding
  fold(e: Expr): ConstValue | null {
    switch (e.t) {
      case 'Const':
        return e.value;
      case 'UnaryOp': {
        if (e.op === 'not') return null;
        const v = this.fold(e.operand);
        if (!v) return null;
        if (v.k === 'int' || v.k === 'bool') {
          const x = intOf(v);
          if (e.op === '-') return { k: 'int', v: N.intSub(0, x) };
          if (e.op === '+') return { k: 'int', v: x };
          return { k: 'int', v: N.intSub(N.intSub(0, x), 1) };
        }
        if (v.k === 'float') {
          if (e.op === '-') return { k: 'float', v: -v.v };
          if (e.op === '+') return v;
        }
        return null;
      }
      case 'BinOp': {
        const a = this.fold(e.left);
        if (!a) return null;
        const b = this.fold(e.right);
        if (!b) return null;
        if (e.op === '%' && (a.k === 'str' || a.k === 'bytes')) return null;
        return foldBinop(e.op, a, b);
      }
      case 'Tuple': {
        const items: ConstValue[] = [];
        for (const x of e.elts) {
          const v = this.fold(x);
          if (!v) return null;
          items.push(v);
        }
        return { k: 'tuple', v: items };
      }
      case 'Subscript': {
        const v = this.fold(e.value);
        if (!v || e.index.t === 'Slice') return null;
        const i = this.fold(e.index);
        if (!i || !isIntLike(i)) return null;
        let n = Number(intOf(i));
        if (v.k === 'str' || v.k === 'tuple') {
          const items = v.k === 'str' ? [...v.v] : v.v;
          if (n < 0) n += items.length;
          if (n < 0 || n >= items.length) return null;
          return v.k === 'str' ? { k: 'str', v: items[n] as string } : (items[n] as ConstValue);
        }
        if (v.k === 'bytes') {
          if (n < 0) n += v.v.length;
          if (n < 0 || n >= v.v.length) return null;
          return { k: 'int', v: v.v.charCodeAt(n) };
        }
        return null;
      }
      default:
        return null;
    }
  }

  // ------------------------------------------------------------ scopes
  collectAssigned(body: readonly Stmt[], out: Set<string>, globals: Set<string>): void {
    const target = (t: Expr): void => {
      if (t.t === 'Name') out.add(t.id);
      else if (t.t === 'Tuple' || t.t === 'List') t.elts.forEach(target);
    };
    for (const s of body) {
      switch (s.t) {
        case 'Assign':
          s.targets.forEach(target);
          break;
        case 'AugAssign':
          target(s.target);
          break;
        case 'Delete':
          s.targets.forEach(target);
          break;
        case 'For':
          target(s.target);
          this.collectAssigned(s.body, out, globals);
          this.collectAssigned(s.orelse, out, globals);
          break;
        case 'If':
        case 'While':
          this.collectAssigned(s.body, out, globals);
          this.collectAssigned(s.orelse, out, globals);
          break;
        case 'FunctionDef':
        case 'ClassDef':
          out.add(s.name);
          break;
        case 'Import':
        case 'ImportFrom':
          for (const n of s.names) out.add(n.asname ?? n.name);
          break;
        case 'Global':
          for (const n of s.names) globals.add(n);
          break;
      }
    }
  }

  /** symtable.c: a name used or assigned before its `global` statement is a SyntaxError. */
  checkGlobalOrder(body: readonly Stmt[]): void {
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const x of node) walk(x);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const n = node as { t?: string; id?: string; name?: string; names?: readonly string[]; line?: number; col?: number };
      if (n.t === 'Global') {
        for (const name of n.names!) {
          if (seen.has(name)) throw new PySourceError('SyntaxError', `name '${name}' is used prior to global declaration`, n.line!, n.col!);
        }
        return;
      }
      if (n.t === 'Name') {
        seen.add(n.id!);
        return;
      }
      if (n.t === 'FunctionDef' || n.t === 'ClassDef') {
        const d = node as { params?: readonly Param[]; bases?: readonly Expr[] };
        walk(d.params?.map((p) => p.default));
        walk(d.bases);
        seen.add(n.name!);
        return;
      }
      if (n.t === 'Lambda') return;
      for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v);
    };
    walk(body);
  }

  newScope(kind: Scope['kind'], parent: Scope | null, code: CodeBuilder, params: readonly Param[], body: readonly Stmt[]): Scope {
    this.checkGlobalOrder(body);
    const assigned = new Set<string>();
    const globalsDecl = new Set<string>();
    this.collectAssigned(body, assigned, globalsDecl);
    const fast = new Map<string, number>();
    const localNames: string[] = [];
    if (kind === 'function') {
      for (const p of params) {
        fast.set(p.name, localNames.length);
        localNames.push(p.name);
      }
      for (const n of assigned) {
        if (globalsDecl.has(n) || fast.has(n)) continue;
        fast.set(n, localNames.length);
        localNames.push(n);
      }
    }
    return { kind, fast, localNames, globalsDecl, assigned, parent, comp: [], code };
  }

  hiddenSlot(sc: Scope, name: string): number {
    const i = sc.localNames.length;
    sc.localNames.push(`${name}#${this.hidden++}`);
    return i;
  }

  // ------------------------------------------------------------ module, functions, classes
  module(mod: Module): Code {
    const cb = this.newCode('<module>', '<module>');
    const sc = this.newScope('module', null, cb, [], mod.body);
    const body = this.block(mod.body, sc);
    return this.finishCode(cb, sc, [], body, true);
  }

  finishCode(cb: CodeBuilder, sc: Scope, params: readonly Param[], body: S, isModule: boolean): Code {
    const code: Code = {
      name: cb.name,
      qualname: cb.qualname,
      params: params.map((p) => ({ name: p.name, kwOnly: p.kwOnly })),
      nPositional: params.filter((p) => !p.kwOnly).length,
      get nlocals() {
        return sc.localNames.length;
      },
      localNames: sc.localNames,
      body,
      handle: cb.handle,
      isModule,
    };
    this.I.pv[cb.handle] = code;
    return code;
  }

  /** Compiles a def or lambda; returns an expression that builds the function object. */
  functionMaker(name: string, params: readonly Param[], body: readonly Stmt[], sc: Scope, pos: { line: number; col: number }): E {
    const I = this.I;
    const qual = sc.kind === 'class' ? `${sc.code.qualname === '<module>' ? '' : `${sc.code.qualname}.`}${name}` : sc.kind === 'function' ? `${sc.code.qualname}.<locals>.${name}` : name;
    const cb = this.newCode(name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle); // co_consts of the parent owns it now
    const inner = this.newScope('function', sc, cb, params, body);
    // docstring slot: co_consts[0] is None when there is none
    this.useConst(cb, { k: 'none' }, false);
    const compiled = this.block(body, inner);
    const code = this.finishCode(cb, inner, params, compiled, false);
    const defaults = params.filter((p) => p.default && !p.kwOnly).map((p) => this.expr(p.default!, sc));
    const kwdefaults = params.filter((p) => p.default && p.kwOnly).map((p) => [p.name, this.expr(p.default!, sc)] as const);
    void pos;
    return (f) => {
      const defs = defaults.map((d) => d(f));
      const kwd = new Map<string, Handle>();
      for (const [n, d] of kwdefaults) kwd.set(n, d(f));
      return I.newFunction(code, defs, kwd, f.globals, name);
    };
  }

  classMaker(s: Extract<Stmt, { t: 'ClassDef' }>, sc: Scope): E {
    const I = this.I;
    const qual = sc.kind === 'module' ? s.name : `${sc.code.qualname}.${s.name}`;
    const cb = this.newCode(s.name, qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const inner = this.newScope('class', sc, cb, [], s.body);
    const body = this.block(s.body, inner);
    const code = this.finishCode(cb, inner, [], body, false);
    const bases = s.bases.map((b) => this.expr(b, sc));
    const nameConst = this.useConst(sc.code, { k: 'str', v: s.name }, false);
    return (f) => {
      // LOAD_BUILD_CLASS; MAKE_FUNCTION (the body function); LOAD_CONST name; bases...; CALL
      const bodyFn = I.newFunction(code, [], new Map(), f.globals, s.name);
      const baseHs = bases.map((b) => b(f));
      try {
        const ns = I.newDict();
        I.dictSetStr(ns, '__module__', I.mainName);
        I.dictSetStr(ns, '__qualname__', nameConst);
        const frame: Frame = { code, fast: new Array(code.nlocals).fill(-1), globals: f.globals, ns, line: s.line, ret: -1, back: I.frame };
        I.runFrame(frame);
        const cls = I.makeClass(s.name, baseHs, ns);
        I.decref(ns);
        return cls;
      } finally {
        for (const b of baseHs) I.decref(b);
        I.decref(bodyFn);
      }
    };
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
    const I = this.I;
    switch (s.t) {
      case 'Pass':
        return () => Flow.Normal;
      case 'Break':
        return () => Flow.Break;
      case 'Continue':
        return () => Flow.Continue;
      case 'Expr': {
        const e = this.expr(s.value, sc);
        return (f) => {
          I.decref(e(f));
          return Flow.Normal;
        };
      }
      case 'Assign':
        return this.assign(s, sc);
      case 'AugAssign':
        return this.augAssign(s, sc);
      case 'Delete': {
        const dels = s.targets.map((t) => this.deleter(t, sc));
        return (f) => {
          for (const d of dels) d(f);
          return Flow.Normal;
        };
      }
      case 'If': {
        const test = this.cond(s.test, sc);
        const body = this.block(s.body, sc);
        const orelse = this.block(s.orelse, sc);
        return (f) => (test(f) ? body(f) : orelse(f));
      }
      case 'While': {
        const test = this.cond(s.test, sc);
        const body = this.block(s.body, sc);
        const orelse = this.block(s.orelse, sc);
        return (f) => {
          while (test(f)) {
            const r = body(f);
            if (r === Flow.Break) return Flow.Normal;
            if (r === Flow.Return) return r;
          }
          return orelse(f);
        };
      }
      case 'For': {
        const iterable = this.expr(s.iter, sc);
        const store = this.storer(s.target, sc);
        const body = this.block(s.body, sc);
        const orelse = this.block(s.orelse, sc);
        return (f) => {
          const src = iterable(f);
          let it: Handle;
          try {
            it = I.iter(src);
          } finally {
            I.decref(src);
          }
          for (;;) {
            const x = I.next(it);
            if (x < 0) break;
            store(f, x);
            const r = body(f);
            if (r === Flow.Break) {
              I.decref(it);
              return Flow.Normal;
            }
            if (r === Flow.Return) {
              I.decref(it);
              return r;
            }
          }
          I.decref(it);
          return orelse(f);
        };
      }
      case 'Return': {
        if (sc.kind !== 'function') throw new PySourceError('SyntaxError', "'return' outside function", s.line, s.col);
        const e = s.value ? this.expr(s.value, sc) : null;
        return (f) => {
          f.ret = e ? e(f) : I.none();
          return Flow.Return;
        };
      }
      case 'FunctionDef': {
        const make = this.functionMaker(s.name, s.params, s.body, sc, s);
        const store = this.storeName(s.name, sc);
        return (f) => {
          store(f, make(f));
          return Flow.Normal;
        };
      }
      case 'ClassDef': {
        const make = this.classMaker(s, sc);
        const store = this.storeName(s.name, sc);
        return (f) => {
          store(f, make(f));
          return Flow.Normal;
        };
      }
      case 'Global':
        return () => Flow.Normal;
      case 'Assert': {
        const test = this.cond(s.test, sc);
        const msg = s.msg ? this.expr(s.msg, sc) : null;
        return (f) => {
          if (!test(f)) {
            let text = '';
            if (msg) {
              const m = msg(f);
              text = I.str(m);
              I.decref(m);
            }
            throw new PyException('AssertionError', text);
          }
          return Flow.Normal;
        };
      }
      case 'Import': {
        const ops = s.names.map((n) => ({ mod: n.name, store: this.storeName(n.asname ?? n.name, sc) }));
        return (f) => {
          for (const o of ops) o.store(f, I.importModule(o.mod));
          return Flow.Normal;
        };
      }
      case 'ImportFrom': {
        const ops = s.names.map((n) => ({ name: n.name, store: this.storeName(n.asname ?? n.name, sc) }));
        const modName = s.module;
        return (f) => {
          const m = I.importModule(modName);
          try {
            for (const o of ops) {
              let v: Handle;
              try {
                v = I.getattr(m, o.name);
              } catch (e) {
                if (e instanceof PyException && e.pyType === 'AttributeError') {
                  throw new PyException('ImportError', `cannot import name '${o.name}' from '${modName}' (unknown location)`);
                }
                throw e;
              }
              o.store(f, v);
            }
          } finally {
            I.decref(m);
          }
          return Flow.Normal;
        };
      }
    }
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

  assign(s: Extract<Stmt, { t: 'Assign' }>, sc: Scope): S {
    const I = this.I;
    // a, b = b, a (2 or 3 names, no constant tuple): the tuple is never built (SWAP)
    if (s.targets.length === 1) {
      const t = s.targets[0];
      const v = s.value;
      if ((t.t === 'Tuple' || t.t === 'List') && v.t === 'Tuple' && t.elts.length === v.elts.length && v.elts.length >= 1 && v.elts.length <= 3 && !this.fold(v)) {
        const values = v.elts.map((x) => this.expr(x, sc));
        const stores = t.elts.map((x) => this.storer(x, sc));
        return (f) => {
          const hs = values.map((x) => x(f));
          for (let i = 0; i < stores.length; i++) stores[i](f, hs[i]);
          return Flow.Normal;
        };
      }
      const value = this.expr(v, sc);
      const store = this.storer(t, sc);
      return (f) => {
        store(f, value(f));
        return Flow.Normal;
      };
    }
    const value = this.expr(s.value, sc);
    const stores = s.targets.map((t) => this.storer(t, sc));
    return (f) => {
      const h = value(f);
      for (let i = 0; i < stores.length; i++) {
        if (i < stores.length - 1) I.incref(h);
        stores[i](f, h);
      }
      return Flow.Normal;
    };
  }

  augAssign(s: Extract<Stmt, { t: 'AugAssign' }>, sc: Scope): S {
    const I = this.I;
    const op = s.op;
    const value = this.expr(s.value, sc);
    const t = s.target;
    if (t.t === 'Name') {
      const load = this.loadName(t.id, sc, t);
      const store = this.storeName(t.id, sc);
      const fast = intFastOp(op);
      return (f) => {
        const cur = load(f);
        let r: Handle;
        if (fast !== 0 && I.kind[cur] === K.Int) {
          // exact ints held as numbers: the int path of binop without its dispatch (same result, same events)
          let v: Handle;
          try {
            v = value(f);
          } catch (err) {
            I.decref(cur);
            throw err;
          }
          const x = I.pv[cur];
          const y = I.pv[v];
          if (I.kind[v] === K.Int && typeof x === 'number' && typeof y === 'number' && (fast < IntFast.FloorDiv || y !== 0)) {
            r = I.newInt(intFast(fast, x, y));
            I.decref(v);
            I.decref(cur);
            store(f, r);
            return Flow.Normal;
          }
          try {
            r = I.binop(op, cur, v, true);
          } finally {
            I.decref(v);
            I.decref(cur);
          }
          store(f, r);
          return Flow.Normal;
        }
        try {
          const v = value(f);
          try {
            r = I.binop(op, cur, v, true);
          } finally {
            I.decref(v);
          }
        } finally {
          I.decref(cur);
        }
        store(f, r);
        return Flow.Normal;
      };
    }
    if (t.t === 'Attribute') {
      const obj = this.expr(t.value, sc);
      const attr = t.attr;
      return (f) => {
        const o = obj(f);
        const cur = I.getattr(o, attr);
        const v = value(f);
        const r = I.binop(op, cur, v, true);
        I.decref(cur);
        I.decref(v);
        I.setattr(o, attr, r);
        I.decref(r);
        I.decref(o);
        return Flow.Normal;
      };
    }
    if (t.t === 'Subscript') {
      const obj = this.expr(t.value, sc);
      const key = this.subscriptKey(t.index, sc);
      return (f) => {
        const o = obj(f);
        const k = key(f);
        const cur = I.getitem(o, k);
        const v = value(f);
        const r = I.binop(op, cur, v, true);
        I.decref(cur);
        I.decref(v);
        I.setitem(o, k, r);
        I.decref(r);
        I.decref(o);
        I.decref(k);
        return Flow.Normal;
      };
    }
    throw this.err(t, 'this augmented assignment target');
  }

  /** A store of a value the caller owns (the store steals it). */
  storer(t: Expr, sc: Scope): (f: Frame, v: Handle) => void {
    const I = this.I;
    switch (t.t) {
      case 'Name':
        return this.storeName(t.id, sc);
      case 'Attribute': {
        const obj = this.expr(t.value, sc);
        const attr = t.attr;
        return (f, v) => {
          const o = obj(f);
          try {
            I.setattr(o, attr, v);
          } finally {
            I.decref(v);
            I.decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, sc);
        const key = this.subscriptKey(t.index, sc);
        return (f, v) => {
          const o = obj(f);
          const k = key(f);
          try {
            I.setitem(o, k, v);
          } finally {
            I.decref(v);
            I.decref(o);
            I.decref(k);
          }
        };
      }
      case 'Tuple':
      case 'List': {
        const stores = t.elts.map((x) => this.storer(x, sc));
        const n = stores.length;
        return (f, v) => {
          const items = I.unpack(v, n);
          for (let i = 0; i < n; i++) stores[i](f, items[i]);
        };
      }
      default:
        throw new PySourceError('SyntaxError', 'cannot assign to expression', t.line, t.col);
    }
  }

  deleter(t: Expr, sc: Scope): (f: Frame) => void {
    const I = this.I;
    switch (t.t) {
      case 'Name': {
        const r = this.resolve(t.id, sc, t);
        if (r.kind === 'fast') {
          const i = r.idx;
          const name = t.id;
          return (f) => {
            const old = f.fast[i];
            if (old < 0) throw new PyException('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
            f.fast[i] = -1;
            I.decref(old);
          };
        }
        const key = this.name(t.id);
        const name = t.id;
        const inNs = r.kind === 'name' && sc.kind === 'class';
        return (f) => {
          const d = inNs ? f.ns : f.globals;
          if (!I.dictDel(d, key)) throw new PyException('NameError', `name '${name}' is not defined`);
        };
      }
      case 'Attribute': {
        const obj = this.expr(t.value, sc);
        return (f) => {
          const o = obj(f);
          try {
            I.delattr(o, t.attr);
          } finally {
            I.decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, sc);
        const key = this.subscriptKey(t.index, sc);
        return (f) => {
          const o = obj(f);
          const k = key(f);
          try {
            I.delitem(o, k);
          } finally {
            I.decref(o);
            I.decref(k);
          }
        };
      }
      case 'Tuple':
      case 'List': {
        const dels = t.elts.map((x) => this.deleter(x, sc));
        return (f) => {
          for (const d of dels) d(f);
        };
      }
      default:
        throw new PySourceError('SyntaxError', 'cannot delete expression', t.line, t.col);
    }
  }

  // ------------------------------------------------------------ names
  resolve(name: string, sc: Scope, at: { line: number; col: number }): { kind: 'fast'; idx: number } | { kind: 'global' } | { kind: 'name' } {
    for (let i = sc.comp.length - 1; i >= 0; i--) {
      const idx = sc.comp[i].get(name);
      if (idx !== undefined) return { kind: 'fast', idx };
    }
    if (sc.kind === 'function') {
      if (sc.globalsDecl.has(name)) return { kind: 'global' };
      const idx = sc.fast.get(name);
      if (idx !== undefined) return { kind: 'fast', idx };
      for (let p = sc.parent; p; p = p.parent) {
        if (p.kind === 'function' && (p.fast.has(name) || p.comp.some((m) => m.has(name)))) {
          throw this.err(at, `closures (the inner function reads '${name}' of an enclosing function)`);
        }
      }
      return { kind: 'global' };
    }
    if (sc.globalsDecl.has(name)) return { kind: 'global' };
    if (sc.comp.length > 0 && sc.kind === 'class') return { kind: 'global' };
    return { kind: 'name' };
  }

  loadName(name: string, sc: Scope, at: { line: number; col: number }): E {
    const I = this.I;
    const r = this.resolve(name, sc, at);
    if (r.kind === 'fast') {
      const i = r.idx;
      return (f) => {
        const v = f.fast[i];
        if (v < 0) throw new PyException('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
        I.incref(v);
        return v;
      };
    }
    const key = `s${name}`;
    const builtins = I.builtins;
    const useNs = r.kind === 'name' && sc.kind === 'class';
    return (f) => {
      if (useNs) {
        const nd = I.pv[f.ns] as DictData;
        const j = nd.idx.get(key);
        if (j !== undefined) return I.incref(nd.vals[j]);
      }
      const d = I.pv[f.globals] as DictData;
      const i = d.idx.get(key);
      if (i !== undefined) return I.incref(d.vals[i]);
      const b = builtins.get(name);
      if (b !== undefined) return I.incref(b);
      throw new PyException('NameError', `name '${name}' is not defined`);
    };
  }

  storeName(name: string, sc: Scope): (f: Frame, v: Handle) => void {
    const I = this.I;
    const r = this.resolve(name, sc, { line: 0, col: 0 });
    if (r.kind === 'fast') {
      const i = r.idx;
      return (f, v) => {
        const old = f.fast[i];
        f.fast[i] = v;
        if (old >= 0) I.decref(old);
      };
    }
    const key = this.name(name);
    const hk = I.hashKey(key);
    const useNs = r.kind === 'name' && sc.kind === 'class';
    return (f, v) => {
      I.dictSetHashed(useNs ? f.ns : f.globals, key, hk, v);
      I.decref(v);
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
    switch (e.t) {
      case 'Name':
        return this.loadName(e.id, sc, e);
      case 'BinOp': {
        const l = this.expr(e.left, sc);
        const r = this.expr(e.right, sc);
        const op = e.op;
        const fast = intFastOp(op);
        return (f) => {
          const a = l(f);
          let b: Handle;
          try {
            b = r(f);
          } catch (err) {
            I.decref(a);
            throw err;
          }
          // exact ints held as numbers: the int path of binop without its dispatch (same result, same events)
          if (fast !== 0 && I.kind[a] === K.Int && I.kind[b] === K.Int) {
            const x = I.pv[a];
            const y = I.pv[b];
            if (typeof x === 'number' && typeof y === 'number' && (fast < IntFast.FloorDiv || y !== 0)) {
              const h = I.newInt(intFast(fast, x, y));
              I.decref(a);
              I.decref(b);
              return h;
            }
          }
          try {
            return I.binop(op, a, b);
          } finally {
            I.decref(a);
            I.decref(b);
          }
        };
      }
      case 'UnaryOp': {
        const v = this.expr(e.operand, sc);
        const op = e.op;
        return (f) => {
          const a = v(f);
          try {
            return I.unary(op, a);
          } finally {
            I.decref(a);
          }
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((x) => this.expr(x, sc));
        const isAnd = e.op === 'and';
        return (f) => {
          let h = -1;
          for (let i = 0; i < vals.length; i++) {
            h = vals[i](f);
            if (i === vals.length - 1) return h;
            const t = I.truthy(h);
            if (t !== isAnd) return h;
            I.decref(h);
          }
          return h;
        };
      }
      case 'Compare': {
        const left = this.expr(e.left, sc);
        const rights = e.comparators.map((x) => this.expr(x, sc));
        const ops = e.ops;
        if (ops.length === 1) {
          const r0 = rights[0];
          const op = ops[0];
          const fast = intFastCompare(op);
          return (f) => {
            const a = left(f);
            const b = r0(f);
            // exact ints held as numbers: compare's int path without its dispatch
            if (fast !== 0 && I.kind[a] === K.Int && I.kind[b] === K.Int) {
              const x = I.pv[a];
              const y = I.pv[b];
              if (typeof x === 'number' && typeof y === 'number') {
                const h = I.newBool(intCompare(fast, x, y));
                I.decref(a);
                I.decref(b);
                return h;
              }
            }
            try {
              return I.compare(op, a, b);
            } finally {
              I.decref(a);
              I.decref(b);
            }
          };
        }
        return (f) => {
          let a = left(f);
          for (let i = 0; i < ops.length; i++) {
            const b = rights[i](f);
            let r: Handle;
            try {
              r = I.compare(ops[i], a, b);
            } finally {
              I.decref(a);
            }
            if (i === ops.length - 1 || !I.truthy(r)) {
              I.decref(b);
              return r;
            }
            I.decref(r);
            a = b;
          }
          return a;
        };
      }
      case 'IfExp': {
        const test = this.cond(e.test, sc);
        const body = this.expr(e.body, sc);
        const orelse = this.expr(e.orelse, sc);
        return (f) => (test(f) ? body(f) : orelse(f));
      }
      case 'Call':
        return this.call(e, sc);
      case 'Attribute': {
        const obj = this.expr(e.value, sc);
        const attr = e.attr;
        return (f) => {
          const o = obj(f);
          try {
            return I.getattr(o, attr);
          } finally {
            I.decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(e.value, sc);
        const key = this.subscriptKey(e.index, sc);
        return (f) => {
          const o = obj(f);
          const k = key(f);
          try {
            return I.getitem(o, k);
          } finally {
            I.decref(o);
            I.decref(k);
          }
        };
      }
      case 'Slice':
        throw this.err(e, 'slices outside subscripts');
      case 'Const': {
        const h = this.useConst(sc.code, e.value);
        return () => I.incref(h);
      }
      case 'Tuple': {
        const items = e.elts.map((x) => this.expr(x, sc));
        return (f) => I.newTuple(this.evalAll(items, f));
      }
      case 'List':
        return this.listDisplay(e.elts, sc);
      case 'Set':
        return this.setDisplay(e.elts, sc);
      case 'Dict':
        return this.dictDisplay(e.keys, e.values, sc);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return this.comprehension(e, sc);
      case 'Lambda':
        return this.functionMaker('<lambda>', e.params, [{ t: 'Return', value: e.body, line: e.line, col: e.col }], sc, e);
      case 'FString':
        return this.fstring(e, sc);
    }
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

  subscriptKey(index: Expr, sc: Scope): E {
    const I = this.I;
    if (index.t === 'Slice') {
      const part = (x: Expr | null): E => (x ? this.expr(x, sc) : () => I.none());
      const lo = part(index.lower);
      const hi = part(index.upper);
      const st = part(index.step);
      return (f) => {
        const a = lo(f);
        const b = hi(f);
        const c = st(f);
        return I.newSlice(a, b, c);
      };
    }
    return this.expr(index, sc);
  }

  listDisplay(elts: readonly Expr[], sc: Scope): E {
    const I = this.I;
    const consts = elts.map((x) => this.fold(x));
    if (elts.length >= 3 && consts.every((c) => c !== null)) {
      // BUILD_LIST 0; LOAD_CONST (tuple); LIST_EXTEND 1
      const tuple = this.useConst(sc.code, { k: 'tuple', v: consts as ConstValue[] }, false);
      return () => {
        const h = I.newList([]);
        I.listExtend(h, tuple);
        return h;
      };
    }
    const items = elts.map((x) => this.expr(x, sc));
    // more than 30 items: BUILD_LIST 0 and one LIST_APPEND each (STACK_USE_GUIDELINE)
    if (elts.length > 30) return (f) => I.listByAppends(this.evalAll(items, f));
    return (f) => I.newList(this.evalAll(items, f));
  }

  setDisplay(elts: readonly Expr[], sc: Scope): E {
    const I = this.I;
    const consts = elts.map((x) => this.fold(x));
    if (elts.length >= 3 && consts.every((c) => c !== null)) {
      // BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1: the frozenset is made at compile time
      const items = (consts as ConstValue[]).map((c) => this.canonical(c, true));
      const fs = I.newSet(true);
      for (const x of items) I.setAdd(fs, x);
      this.addToConsts(sc.code, fs);
      I.decref(fs);
      return () => {
        const h = I.newSet();
        I.setUpdate(h, fs);
        return h;
      };
    }
    const items = elts.map((x) => this.expr(x, sc));
    return (f) => {
      const hs = this.evalAll(items, f);
      const h = I.newSet();
      try {
        for (const x of hs) I.setAdd(h, x);
      } finally {
        for (const x of hs) I.decref(x);
      }
      return h;
    };
  }

  dictDisplay(keys: readonly Expr[], values: readonly Expr[], sc: Scope): E {
    const I = this.I;
    const n = keys.length;
    if (n === 0) return () => I.newDict();
    // compiler_dict: chunks of up to 16 pairs; a chunk with more than 15 pairs is BUILD_MAP 0 + MAP_ADD
    const chunks: [number, number][] = [];
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (elements * 2 > 30) {
        chunks.push([i - elements, i + 1]);
        elements = 0;
      } else elements++;
    }
    if (elements) chunks.push([n - elements, n]);
    const parts = chunks.map(([lo, hi]) => {
      const m = hi - lo;
      const big = m * 2 > 30;
      const ks = keys.slice(lo, hi);
      const constKeys = ks.map((k) => this.fold(k));
      const vs = values.slice(lo, hi).map((v) => this.expr(v, sc));
      if (m > 1 && !big && constKeys.every((c) => c !== null)) {
        const keyTuple = this.useConst(sc.code, { k: 'tuple', v: constKeys as ConstValue[] }, false);
        const allStrKeys = (constKeys as ConstValue[]).every((c) => c.k === 'str');
        return (f: Frame): Handle => {
          const vals = this.evalAll(vs, f);
          const d = I.newDict(m, allStrKeys);
          const kt = I.tupleItems(keyTuple);
          try {
            for (let i = 0; i < m; i++) I.dictSet(d, kt[i], vals[i]);
          } finally {
            for (const v of vals) I.decref(v);
          }
          return d;
        };
      }
      const kx = ks.map((k) => this.expr(k, sc));
      if (big) {
        return (f: Frame): Handle => {
          const d = I.newDict();
          for (let i = 0; i < m; i++) {
            const k = kx[i](f);
            const v = vs[i](f);
            try {
              I.dictSet(d, k, v);
            } finally {
              I.decref(k);
              I.decref(v);
            }
          }
          return d;
        };
      }
      const pairs: E[] = [];
      for (let i = 0; i < m; i++) pairs.push(kx[i], vs[i]);
      return (f: Frame): Handle => {
        // BUILD_MAP n: every key and value is on the stack before the presized dict is made
        const hs = this.evalAll(pairs, f);
        let allStr = true;
        for (let i = 0; i < hs.length; i += 2) if (I.kind[hs[i]] !== K.Str) allStr = false;
        const d = I.newDict(m, allStr);
        try {
          for (let i = 0; i < hs.length; i += 2) I.dictSet(d, hs[i], hs[i + 1]);
        } finally {
          for (const h of hs) I.decref(h);
        }
        return d;
      };
    });
    if (parts.length === 1) return parts[0];
    return (f) => {
      const d = parts[0](f);
      for (let i = 1; i < parts.length; i++) {
        const more = parts[i](f);
        I.dictUpdate(d, more);
        I.decref(more);
      }
      return d;
    };
  }

  comprehension(e: Extract<Expr, { t: 'ListComp' | 'SetComp' | 'DictComp' }>, sc: Scope): E {
    const I = this.I;
    // 3.11 runs a comprehension as a nested function: a function object is made and called with
    // the outermost iterator; its variables are the function's locals. Here the variables are
    // hidden fast slots of the enclosing frame, with the same lifetimes.
    const outer = this.expr(e.generators[0].iter, sc);
    const vars = new Map<string, number>();
    const collect = (t: Expr): void => {
      if (t.t === 'Name') {
        if (!vars.has(t.id)) vars.set(t.id, this.hiddenSlot(sc, t.id));
      } else if (t.t === 'Tuple' || t.t === 'List') t.elts.forEach(collect);
    };
    for (const g of e.generators) collect(g.target);
    const iterSlot = this.hiddenSlot(sc, '.0');
    sc.comp.push(vars);
    const gens = e.generators.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, sc),
      store: this.storer(g.target, sc),
      ifs: g.ifs.map((x) => this.cond(x, sc)),
    }));
    const kind = e.t;
    const elt = e.t === 'DictComp' ? null : this.expr(e.elt, sc);
    const key = e.t === 'DictComp' ? this.expr(e.key, sc) : null;
    const val = e.t === 'DictComp' ? this.expr(e.value, sc) : null;
    sc.comp.pop();
    const cb = this.newCode(kind === 'ListComp' ? '<listcomp>' : kind === 'SetComp' ? '<setcomp>' : '<dictcomp>', '');
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const slots = [iterSlot, ...vars.values()];
    return (f) => {
      const fn = I.alloc(I.tFunction, K.Func, null, 0);
      const src = outer(f);
      let it: Handle;
      try {
        it = I.iter(src);
      } finally {
        I.decref(src);
      }
      f.fast[iterSlot] = it;
      const result = kind === 'ListComp' ? I.newList([]) : kind === 'SetComp' ? I.newSet() : I.newDict();
      const add = (): void => {
        if (kind === 'ListComp') {
          const v = elt!(f);
          I.listAppend(result, v);
          I.decref(v);
        } else if (kind === 'SetComp') {
          const v = elt!(f);
          try {
            I.setAdd(result, v);
          } finally {
            I.decref(v);
          }
        } else {
          const k = key!(f);
          const v = val!(f);
          try {
            I.dictSet(result, k, v);
          } finally {
            I.decref(k);
            I.decref(v);
          }
        }
      };
      const loop = (level: number, iterH: Handle): void => {
        const g = gens[level];
        for (;;) {
          if (++I.steps > I.maxSteps) I.stepLimit();
          const x = I.next(iterH);
          if (x < 0) break;
          g.store(f, x);
          if (!g.ifs.every((c) => c(f))) continue;
          if (level === gens.length - 1) add();
          else {
            const src2 = gens[level + 1].iter!(f);
            let it2: Handle;
            try {
              it2 = I.iter(src2);
            } finally {
              I.decref(src2);
            }
            try {
              loop(level + 1, it2);
            } finally {
              I.decref(it2);
            }
          }
        }
      };
      loop(0, it);
      // the comprehension's frame is cleared: .0 first, then its variables
      for (const s of slots) {
        const v = f.fast[s];
        if (v >= 0) {
          f.fast[s] = -1;
          I.decref(v);
        }
      }
      I.decref(fn);
      return result;
    };
  }

  fstring(e: Extract<Expr, { t: 'FString' }>, sc: Scope): E {
    const I = this.I;
    const parts = e.parts.map((p) => {
      if (typeof p === 'string') {
        const h = this.useConst(sc.code, { k: 'str', v: p });
        return (): Handle => I.incref(h);
      }
      const v = this.expr(p.expr, sc);
      const conv = p.conv;
      return (f: Frame): Handle => {
        const h = v(f);
        if (conv === null && I.kind[h] === K.Str) return h;
        try {
          return I.newStr(conv === 'r' ? I.repr(h) : I.str(h));
        } finally {
          I.decref(h);
        }
      };
    });
    if (parts.length === 1) return parts[0];
    if (parts.length === 0) {
      const h = this.useConst(sc.code, { k: 'str', v: '' });
      return () => I.incref(h);
    }
    return (f) => {
      const hs = this.evalAll(parts, f);
      const s = hs.map((h) => I.strOf(h)).join('');
      for (const h of hs) I.decref(h);
      return I.newStr(s);
    };
  }

  call(e: Extract<Expr, { t: 'Call' }>, sc: Scope): E {
    const I = this.I;
    const args = e.args.map((a) => this.expr(a, sc));
    const kwNames = e.keywords.map((k) => k.name);
    const kwVals = e.keywords.map((k) => this.expr(k.value, sc));
    if (kwNames.length) this.useConst(sc.code, { k: 'tuple', v: kwNames.map((n) => ({ k: 'str', v: n })) }, false);
    const evalKw = (f: Frame): Map<string, Handle> | null => {
      if (kwNames.length === 0) return null;
      const m = new Map<string, Handle>();
      for (let i = 0; i < kwNames.length; i++) m.set(kwNames[i], kwVals[i](f));
      return m;
    };
    if (e.func.t === 'Attribute') {
      // LOAD_METHOD: no bound method object for methods found on the type
      const obj = this.expr(e.func.value, sc);
      const name = e.func.attr;
      return (f) => {
        const o = obj(f);
        let a: Handle[];
        let kw: Map<string, Handle> | null;
        try {
          a = this.evalAll(args, f);
          kw = evalKw(f);
        } catch (err) {
          I.decref(o);
          throw err;
        }
        return I.callMethod(o, name, a, kw);
      };
    }
    const fn = this.expr(e.func, sc);
    return (f) => {
      const fh = fn(f);
      let a: Handle[];
      let kw: Map<string, Handle> | null;
      try {
        a = this.evalAll(args, f);
        kw = evalKw(f);
      } catch (err) {
        I.decref(fh);
        throw err;
      }
      return I.call(fh, a, kw);
    };
  }
}

export type { ListData, PyType, FuncData };
