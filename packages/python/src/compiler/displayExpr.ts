// Code generation for tuple, list, set and dict displays: BUILD_LIST vs LIST_EXTEND of a
// constant tuple, BUILD_SET, BUILD_MAP with its presizing. Mirrors Python/compile.c
// (starunpack_helper, compiler_dict) and the eval loop's BUILD_* opcodes.
import type { ConstValue, Expr } from '../parser/ast.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';
import { PySourceError } from '../parser/sourceError.js';

/** List, set and dict displays, merged into Compiler. */
export const displayOps = {
  listDisplay(this: Compiler, elts: readonly Expr[], sc: Scope): E {
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
  },

  setDisplay(this: Compiler, elts: readonly Expr[], sc: Scope): E {
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
  },

  dictDisplay(this: Compiler, keys: readonly Expr[], values: readonly Expr[], sc: Scope): E {
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
  },
};

/** The methods of `displayOps`, merged into Compiler. */
export type DisplayOps = typeof displayOps;

/** Code generation of expressions of this family, by node kind. */
export const displayExprs: ExprTable = {
  Tuple: (c, e, sc) => {
    const I = c.I;
    if (e.elts.some((x) => x.t === 'Starred')) return c.starDisplay(e.elts, sc, 'tuple');
    const items = e.elts.map((x) => c.expr(x, sc));
    return (f) => I.newTuple(c.evalAll(items, f));
  },
  List: (c, e, sc) => (e.elts.some((x) => x.t === 'Starred') ? c.starDisplay(e.elts, sc, 'list') : c.listDisplay(e.elts, sc)),
  Set: (c, e, sc) => (e.elts.some((x) => x.t === 'Starred') ? c.starDisplay(e.elts, sc, 'set') : c.setDisplay(e.elts, sc)),
  Dict: (c, e, sc) => (e.keys.some((k) => k === null) ? c.starDict(e.keys, e.values, sc) : c.dictDisplay(e.keys as readonly Expr[], e.values, sc)),
  Starred: (_c, e) => {
    throw new PySourceError('SyntaxError', "can't use starred expression here", e.line, e.col);
  },
};
