// Scopes and name resolution in the compiler: the names a block assigns (locals, in first
// assignment order), `global` declarations and their order rule, fast-local slots, the frame's
// cells (cellvars then freevars, from symtablePass.ts) and which opcode family reaches a name. Mirrors Python/compile.c (compiler_enter_scope,
// compiler_nameop's choice of FAST/DEREF/CLASSDEREF/GLOBAL/NAME) and symtable.c's order rule.
import type { Expr, Param, Signature, Stmt } from '../parser/ast.js';
import { PySourceError } from '../parser/sourceError.js';
import type { Compiler, Scope, CodeBuilder } from './compile.js';
import { parameterNames, type ScopeNode } from './symtablePass.js';

/** Where compiled code finds a name: a fast slot, a frame cell (idx into Frame.cells), a dict. */
export type NameRef =
  | { kind: 'fast'; idx: number }
  | { kind: 'deref'; idx: number; free: boolean }
  | { kind: 'classderef'; idx: number }
  | { kind: 'global' }
  | { kind: 'name' };

/** Scopes: which names are local, global or module-level, merged into Compiler. */
export const symtableOps = {
  // ------------------------------------------------------------ scopes
  collectAssigned(this: Compiler, body: readonly Stmt[], out: Set<string>, globals: Set<string>): void {
    const target = (t: Expr): void => {
      if (t.t === 'Name') out.add(t.id);
      else if (t.t === 'Tuple' || t.t === 'List') t.elts.forEach(target);
      else if (t.t === 'Starred') target(t.value);
    };
    for (const s of body) {
      switch (s.t) {
        case 'Assign':
          s.targets.forEach(target);
          break;
        case 'AugAssign':
          target(s.target);
          break;
        case 'AnnAssign':
          if (s.target.t === 'Name' && (s.simple || s.value)) out.add(s.target.id);
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
        case 'Try':
          this.collectAssigned(s.body, out, globals);
          for (const h of s.handlers) {
            if (h.name !== null) out.add(h.name);
            this.collectAssigned(h.body, out, globals);
          }
          this.collectAssigned(s.orelse, out, globals);
          this.collectAssigned(s.finalbody, out, globals);
          break;
        case 'With':
          for (const it of s.items) if (it.target) target(it.target);
          this.collectAssigned(s.body, out, globals);
          break;
      }
    }
  },

  /** symtable.c: a name used or assigned before its `global` statement is a SyntaxError. */
  checkGlobalOrder(this: Compiler, body: readonly Stmt[]): void {
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const x of node) walk(x);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const n = node as { t?: string; id?: string; name?: string; names?: readonly string[]; line?: number; col?: number; endLine?: number; endCol?: number };
      if (n.t === 'Global') {
        for (const name of n.names!) {
          if (seen.has(name)) throw new PySourceError('SyntaxError', `name '${name}' is used prior to global declaration`, n.line!, n.col!, n.endLine === n.line ? n.endCol : undefined);
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
  },

  newScope(this: Compiler, kind: Scope['kind'], parent: Scope | null, code: CodeBuilder, node: ScopeNode, sig: Signature | null, body: readonly Stmt[]): Scope {
    this.checkGlobalOrder(body);
    const table = this.tables.get(node);
    if (!table) throw new Error('no symbol table for a scope');
    const assigned = new Set<string>();
    const globalsDecl = new Set<string>();
    this.collectAssigned(body, assigned, globalsDecl);
    const fast = new Map<string, number>();
    const localNames: string[] = [];
    if (kind === 'function') {
      for (const n of parameterNames(sig!.params, sig!.vararg, sig!.kwarg)) {
        fast.set(n, localNames.length);
        localNames.push(n);
      }
      // a comprehension's locals are its targets (it has no statements to collect them from)
      const order = table.kind === 'comprehension' ? table.names.keys() : assigned;
      for (const n of order) {
        if (fast.has(n) || table.names.get(n) !== 'local') continue;
        fast.set(n, localNames.length);
        localNames.push(n);
      }
    }
    // co_cellvars in localsplus order: cell parameters where they stand, then the others sorted
    const cellvars = [...table.cellvars.filter((n) => fast.has(n)).sort((a, b) => fast.get(a)! - fast.get(b)!), ...table.cellvars.filter((n) => !fast.has(n))];
    const cells = new Map<string, number>();
    for (const n of cellvars) cells.set(n, cells.size);
    for (const n of table.freevars) if (!cells.has(n)) cells.set(n, cells.size);
    return { kind, fast, localNames, globalsDecl, assigned, parent, code, table, cells, cellvars };
  },

  // ------------------------------------------------------------ names
  resolve(this: Compiler, name: string, sc: Scope, at: { line: number; col: number }): NameRef {
    void at;
    const t = sc.table;
    const how = t.names.get(name);
    if (how === 'global') return { kind: 'global' };
    const cell = sc.cells.get(name);
    if (sc.kind === 'function') {
      if (how === 'cell' || how === 'free') return { kind: 'deref', idx: cell!, free: how === 'free' };
      const idx = sc.fast.get(name);
      if (idx !== undefined) return { kind: 'fast', idx };
      // a name only a comprehension uses: free when an enclosing function binds it
      if (cell !== undefined) return { kind: 'deref', idx: cell, free: true };
      return { kind: 'global' };
    }
    if (sc.kind === 'class') {
      if (t.classDeref.has(name)) return { kind: 'classderef', idx: cell! };
      if (how === 'free' && t.nonlocals.has(name)) return { kind: 'deref', idx: cell!, free: true };
      return { kind: 'name' };
    }
    if (sc.globalsDecl.has(name)) return { kind: 'global' };
    return { kind: 'name' };
  },
};

/** The methods of `symtableOps`, merged into Compiler. */
export type SymtableOps = typeof symtableOps;
