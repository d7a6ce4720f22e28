// Code generation for annotations: `target: annotation [= value]` (the value stored first, then,
// in a module or class body, the evaluated annotation stored in `__annotations__` under a simple
// name), SETUP_ANNOTATIONS at the start of a body that has any, and a def's annotations, built at
// def time as the flat (name, value, ...) tuple MAKE_FUNCTION keeps (the dict is made from it on
// first access of __annotations__). Inside a function nothing is evaluated or stored.
// Mirrors Python/compile.c (compiler_annassign, check_ann_expr, find_ann, compiler_visit_annotations).
import type { Stmt } from '../parser/ast.js';
import { Flow, type Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Compiler, E, S, Scope, StmtTable } from './compile.js';
import { annotationPairs } from './symtablePass.js';

/** find_ann: does this body (not counting nested defs and classes) hold an annotated assignment? */
export function hasAnnotations(body: readonly Stmt[]): boolean {
  for (const s of body) {
    switch (s.t) {
      case 'AnnAssign':
        return true;
      case 'If':
      case 'While':
      case 'For':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(s.body)) return true;
        break;
      case 'Try':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody) || s.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
    }
  }
  return false;
}

/** SETUP_ANNOTATIONS: `__annotations__ = {}` in the namespace unless it is there already. */
export function setupAnnotations(c: Compiler): (f: Frame) => void {
  const I = c.I;
  return (f) => {
    const ns = f.ns >= 0 ? f.ns : f.globals;
    if (I.dictGetStr(ns, '__annotations__') >= 0) return;
    const d = I.newDict();
    I.dictSetStr(ns, '__annotations__', d);
    I.decref(d);
  };
}

/**
 * MAKE_FUNCTION's annotations: an expression making the (name, value, ...) tuple, evaluated in
 * the defining scope after the defaults; null when the def has none.
 */
export function functionAnnotations(c: Compiler, s: Stmt, sc: Scope): E | null {
  if (s.t !== 'FunctionDef') return null;
  const pairs = annotationPairs(s);
  if (pairs.length === 0) return null;
  const I = c.I;
  const names = pairs.map(([n]) => c.useConst(sc.code, { k: 'str', v: n }, false));
  const values = pairs.map(([, e]) => c.expr(e, sc));
  return (f) => {
    const items: Handle[] = [];
    try {
      for (let i = 0; i < values.length; i++) {
        items.push(I.incref(names[i]!));
        items.push(values[i]!(f));
      }
    } catch (e) {
      for (const h of items) I.decref(h);
      throw e;
    }
    return I.newTuple(items);
  };
}

function annAssign(c: Compiler, s: Extract<Stmt, { t: 'AnnAssign' }>, sc: Scope): S {
  const I = c.I;
  const value = s.value ? c.expr(s.value, sc) : null;
  const store = s.value ? c.storer(s.target, sc) : null;
  const evaluated = sc.kind !== 'function';
  const t = s.target;
  // a simple name in a module or class: __annotations__[name] = annotation
  if (evaluated && t.t === 'Name' && s.simple) {
    const ann = c.expr(s.annotation, sc);
    const loadAnns = c.loadName('__annotations__', sc, s);
    const key = c.useConst(sc.code, { k: 'str', v: t.id }, false);
    return (f) => {
      if (value) store!(f, value(f));
      const a = ann(f);
      let d: Handle;
      try {
        d = loadAnns(f);
      } catch (e) {
        I.decref(a);
        throw e;
      }
      try {
        I.setitem(d, key, a);
      } finally {
        I.decref(d);
        I.decref(a);
      }
      return Flow.Normal;
    };
  }
  // check_ann_expr: without a value, an attribute's or subscript's object (and index) is evaluated
  const checks: E[] = [];
  if (!s.value && t.t === 'Attribute') checks.push(c.expr(t.value, sc));
  if (!s.value && t.t === 'Subscript') checks.push(c.expr(t.value, sc), c.expr(t.index, sc));
  if (evaluated && !s.simple) checks.push(c.expr(s.annotation, sc));
  return (f) => {
    if (value) store!(f, value(f));
    for (const e of checks) I.decref(e(f));
    return Flow.Normal;
  };
}

/** Code generation of statements of this family, by node kind. */
export const annotationStmts: StmtTable = {
  AnnAssign: annAssign,
};
