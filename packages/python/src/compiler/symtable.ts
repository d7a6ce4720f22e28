// Scopes and name resolution: the names a block assigns (locals), `global` declarations and
// their order rule, fast-local slots, hidden slots for comprehension variables. Mirrors
// Python/symtable.c (symtable_visit_stmt, analyze_name) as far as the subset reaches.
import type { Expr, Param, Stmt } from '../parser/ast.js';
import { PySourceError } from '../parser/sourceError.js';
import type { Compiler, Scope, CodeBuilder } from './compile.js';

/** Scopes: which names are local, global or module-level, merged into Compiler. */
export const symtableOps = {
  // ------------------------------------------------------------ scopes
  collectAssigned(this: Compiler, body: readonly Stmt[], out: Set<string>, globals: Set<string>): void {
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
  },

  newScope(this: Compiler, kind: Scope['kind'], parent: Scope | null, code: CodeBuilder, params: readonly Param[], body: readonly Stmt[]): Scope {
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
  },

  hiddenSlot(this: Compiler, sc: Scope, name: string): number {
    const i = sc.localNames.length;
    sc.localNames.push(`${name}#${this.hidden++}`);
    return i;
  },

  // ------------------------------------------------------------ names
  resolve(this: Compiler, name: string, sc: Scope, at: { line: number; col: number }): { kind: 'fast'; idx: number } | { kind: 'global' } | { kind: 'name' } {
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
  },
};

/** The methods of `symtableOps`, merged into Compiler. */
export type SymtableOps = typeof symtableOps;
