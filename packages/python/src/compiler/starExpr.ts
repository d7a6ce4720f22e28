// Code generation for `*` and `**` unpacking: starred items in list/tuple/set displays
// (BUILD_LIST + LIST_EXTEND/LIST_APPEND, LIST_TO_TUPLE, SET_UPDATE), `**` in dict displays
// (BUILD_MAP + DICT_UPDATE), calls with `*args`/`**kwargs` (CALL_FUNCTION_EX after the
// argument list and the keyword dict are built, DICT_MERGE's errors) and starred assignment
// targets (UNPACK_EX). Mirrors Python/compile.c (starunpack_helper, compiler_dict,
// compiler_call_helper's ex_call, assignment_helper) and ceval.c (UNPACK_EX, DICT_MERGE).
import type { Expr, Keyword } from '../parser/ast.js';
import { PyException } from '../errors.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type ListData } from '../objects.js';
import type { Compiler, E, Scope } from './compile.js';

type Seq = 'list' | 'tuple' | 'set';

/** Starred unpacking, merged into Compiler. */
export const starOps = {
  /** starunpack_helper for a display with at least one starred item. */
  starDisplay(this: Compiler, elts: readonly Expr[], sc: Scope, kind: Seq, onBadStar?: (v: Handle) => PyException): E {
    const I = this.I;
    const first = elts.findIndex((e) => e.t === 'Starred');
    const head = elts.slice(0, first).map((e) => this.expr(e, sc));
    const rest = elts.slice(first).map((e) => ({ star: e.t === 'Starred', value: this.expr(e.t === 'Starred' ? e.value : e, sc) }));
    const bad = onBadStar ?? ((v: Handle) => new PyException('TypeError', `Value after * must be an iterable, not ${I.ty[v].name}`));
    return (f) => {
      const items = this.evalAll(head, f);
      const acc = kind === 'set' ? I.newSet() : I.newList(items);
      try {
        if (kind === 'set') for (const x of items) I.setAdd(acc, x);
        for (const r of rest) {
          const v = r.value(f);
          try {
            if (!r.star) {
              if (kind === 'set') I.setAdd(acc, v);
              else I.listAppend(acc, v);
            } else {
              if (!isIterable(I, v)) throw bad(v);
              if (kind === 'set') I.setUpdate(acc, v);
              else I.listExtend(acc, v);
            }
          } finally {
            I.decref(v);
          }
        }
      } catch (e) {
        I.decref(acc);
        throw e;
      } finally {
        if (kind === 'set') for (const x of items) I.decref(x);
      }
      if (kind !== 'tuple') return acc;
      // LIST_TO_TUPLE
      const t = I.newTuple((I.pv[acc] as ListData).items.map((x) => I.incref(x)));
      I.decref(acc);
      return t;
    };
  },

  /** compiler_dict with `**` items: runs of pairs become dicts merged in by DICT_UPDATE. */
  starDict(this: Compiler, keys: readonly (Expr | null)[], values: readonly Expr[], sc: Scope): E {
    const I = this.I;
    const parts: { pairs: E | null; mapping: E | null }[] = [];
    let run: number[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const ks = run.map((i) => keys[i]!);
      const vs = run.map((i) => values[i]!);
      parts.push({ pairs: this.dictDisplay(ks, vs, sc), mapping: null });
      run = [];
    };
    keys.forEach((k, i) => {
      if (k !== null) run.push(i);
      else {
        flush();
        parts.push({ pairs: null, mapping: this.expr(values[i]!, sc) });
      }
    });
    flush();
    return (f) => {
      let d = -1;
      try {
        for (const p of parts) {
          if (p.pairs) {
            const sub = p.pairs(f);
            if (d < 0) d = sub;
            else {
              I.dictUpdate(d, sub);
              I.decref(sub);
            }
            continue;
          }
          if (d < 0) d = I.newDict();
          const m = p.mapping!(f);
          try {
            if (I.kind[m] !== K.Dict) throw new PyException('TypeError', `'${I.ty[m].name}' object is not a mapping`);
            I.dictUpdate(d, m);
          } finally {
            I.decref(m);
          }
        }
      } catch (e) {
        if (d >= 0) I.decref(d);
        throw e;
      }
      return d;
    };
  },

  /** A call with `*` or `**` arguments: the argument tuple and keyword dict, then CALL_FUNCTION_EX. */
  starCall(this: Compiler, e: Extract<Expr, { t: 'Call' }>, sc: Scope): E {
    const I = this.I;
    const fn = this.expr(e.func, sc);
    const fnStr = (fh: Handle): string => I.functionStr(fh);
    const onlyStar = e.args.length === 1 && e.args[0]!.t === 'Starred';
    let posArgs: ((f: Frame, fh: Handle) => Handle) | null = null;
    if (onlyStar) {
      const v = this.expr((e.args[0] as Extract<Expr, { t: 'Starred' }>).value, sc);
      posArgs = (f) => v(f);
    } else if (e.args.some((a) => a.t === 'Starred')) {
      let failFor = -1;
      const list = this.starDisplay(e.args, sc, 'tuple', (v) => new PyException('TypeError', `${fnStr(failFor)} argument after * must be an iterable, not ${I.ty[v].name}`));
      posArgs = (f, fh) => {
        failFor = fh;
        return list(f);
      };
    } else if (e.args.length) {
      const items = e.args.map((a) => this.expr(a, sc));
      posArgs = (f) => I.newTuple(this.evalAll(items, f));
    }
    const kwParts = this.kwargsDict(e.keywords, sc);
    return (f) => {
      const fh = fn(f);
      let callargs = -1;
      let kwargs = -1;
      try {
        callargs = posArgs ? posArgs(f, fh) : I.incref(I.emptyTuple);
        if (I.kind[callargs] !== K.Tuple) {
          // CALL_FUNCTION_EX: PySequence_Tuple of anything else
          if (!isIterable(I, callargs)) throw new PyException('TypeError', `${fnStr(fh)} argument after * must be an iterable, not ${I.ty[callargs].name}`);
          const items = I.collect(callargs);
          I.decref(callargs);
          callargs = I.newTuple(items);
        }
        if (kwParts) kwargs = kwParts(f, fh);
      } catch (err) {
        I.decref(fh);
        if (callargs >= 0) I.decref(callargs);
        throw err;
      }
      const args = I.tupleItems(callargs).map((x) => I.incref(x));
      let kw: Map<string, Handle> | null = null;
      if (kwargs >= 0) {
        const d = I.pv[kwargs] as DictData;
        kw = new Map();
        for (let i = 0; i < d.keys.length; i++) {
          const k = d.keys[i]!;
          if (k < 0) continue;
          if (I.kind[k] !== K.Str) {
            for (const v of kw.values()) I.decref(v);
            for (const a of args) I.decref(a);
            I.decref(fh);
            I.decref(callargs);
            I.decref(kwargs);
            throw new PyException('TypeError', 'keywords must be strings');
          }
          kw.set(I.pv[k] as string, I.incref(d.vals[i]!));
        }
        if (kw.size === 0) kw = null;
      }
      try {
        return I.call(fh, args, kw);
      } finally {
        I.decref(callargs);
        if (kwargs >= 0) I.decref(kwargs);
      }
    };
  },

  /** The keyword dict of CALL_FUNCTION_EX (null when the call has no keywords). */
  kwargsDict(this: Compiler, keywords: readonly Keyword[], sc: Scope): ((f: Frame, fh: Handle) => Handle) | null {
    if (keywords.length === 0) return null;
    const I = this.I;
    let run: { names: string[]; values: E[] } | null = null;
    const steps: ({ names: string[]; values: E[] } | { mapping: E })[] = [];
    for (const k of keywords) {
      if (k.name === null) {
        run = null;
        steps.push({ mapping: this.expr(k.value, sc) });
      } else {
        if (!run) {
          run = { names: [], values: [] };
          steps.push(run);
        }
        run.names.push(k.name);
        run.values.push(this.expr(k.value, sc));
      }
    }
    // BUILD_CONST_KEY_MAP's key tuple is a constant of the code
    for (const st of steps) if ('names' in st && st.names.length > 1) this.useConst(sc.code, { k: 'tuple', v: st.names.map((n) => ({ k: 'str', v: n })) }, false);
    return (f, fh) => {
      let d = -1;
      try {
        for (const s of steps) {
          if ('names' in s) {
            // compiler_subkwargs: BUILD_MAP / BUILD_CONST_KEY_MAP of the plain keywords
            const vals = this.evalAll(s.values, f);
            const sub = I.newDict(s.names.length, true);
            s.names.forEach((n, i) => {
              I.dictSetStr(sub, n, vals[i]!);
              I.decref(vals[i]!);
            });
            if (d < 0) d = sub;
            else {
              this.dictMerge(d, sub, fh);
              I.decref(sub);
            }
            continue;
          }
          if (d < 0) d = I.newDict();
          const m = s.mapping(f);
          try {
            this.dictMerge(d, m, fh);
          } finally {
            I.decref(m);
          }
        }
      } catch (e) {
        if (d >= 0) I.decref(d);
        throw e;
      }
      return d;
    };
  },

  /** DICT_MERGE: like dict.update, but a repeated key or a non-mapping is the call's TypeError. */
  dictMerge(this: Compiler, d: Handle, m: Handle, fh: Handle): void {
    const I = this.I;
    if (I.kind[m] !== K.Dict) throw new PyException('TypeError', `${I.functionStr(fh)} argument after ** must be a mapping, not ${I.ty[m].name}`);
    const src = I.pv[m] as DictData;
    for (let i = 0; i < src.keys.length; i++) {
      const k = src.keys[i]!;
      if (k < 0) continue;
      if (I.dictGet(d, k) >= 0) {
        const shown = I.kind[k] === K.Str ? (I.pv[k] as string) : I.repr(k);
        throw new PyException('TypeError', `${I.functionStr(fh)} got multiple values for keyword argument '${shown}'`);
      }
      I.dictSet(d, k, src.vals[i]!);
    }
  },

  /** UNPACK_EX: `a, *b, c = v` (steals v): the starred name gets a new list of the middle items. */
  unpackStarred(this: Compiler, v: Handle, before: number, after: number): Handle[] {
    const I = this.I;
    let it: Handle;
    try {
      it = I.iterToUnpack(v);
    } finally {
      I.decref(v);
    }
    const out: Handle[] = [];
    const fail = (got: number): never => {
      for (const x of out) I.decref(x);
      throw new PyException('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${got})`);
    };
    try {
      for (let i = 0; i < before; i++) {
        const x = I.next(it);
        if (x < 0) fail(i);
        out.push(x);
      }
      const rest = I.listFrom(it);
      const d = I.pv[rest] as ListData;
      const n = d.items.length;
      if (n < after) {
        I.decref(rest);
        fail(before + n);
      }
      // the last `after` items leave the list without a resize (Py_SET_SIZE)
      const tail = d.items.slice(n - after).map((x) => I.incref(x));
      d.items.length = n - after;
      I.mem.resizeSlots(rest, n - after);
      out.push(rest, ...tail);
    } finally {
      I.decref(it);
    }
    return out;
  },
};

/** The methods of `starOps`, merged into Compiler. */
export type StarOps = typeof starOps;

/** Whether `v` can be iterated (tp_iter or the sequence protocol), without making an iterator. */
function isIterable(I: Compiler['I'], v: Handle): boolean {
  switch (I.kind[v]) {
    case K.Str: case K.Bytes: case K.Tuple: case K.List: case K.Dict: case K.Set: case K.FrozenSet:
    case K.Range: case K.Iter: case K.DictView:
      return true;
    case K.Instance:
      return I.lookupClassAttr(I.ty[v], '__iter__') >= 0 || I.lookupClassAttr(I.ty[v], '__getitem__') >= 0;
    default:
      return false;
  }
}
