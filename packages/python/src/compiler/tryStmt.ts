// Code generation for `try` (except clauses with `as`, tuples and bare except, `else`, `finally`
// with return/break/continue through it), `raise` (bare, with a class or instance, `from`) and
// `with` (several items, __enter__/__exit__ and suppression by a true return). The exceptions being
// handled live on I.excStack, the thread state's exc_info stack. Mirrors Python/compile.c
// (compiler_try_except, compiler_try_finally, compiler_with) and ceval.c (do_raise,
// PUSH_EXC_INFO/POP_EXCEPT, BEFORE_WITH, WITH_EXCEPT_START).
import { PyException } from '../errors.js';
import { Flow, type Frame, type Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Expr, Stmt } from '../parser/ast.js';
import { ExcSlot, type ExcData, chainContext, excGet, exceptionObject, raiseObject } from '../objects/exceptions.js';
import { traceHere } from '../objects/tracebackObject.js';
import type { Compiler, E, S, Scope, StmtTable } from './compile.js';

/** The PyException an except/finally/with catches in frame `f` (its traceback entry added), or null for pymem's own errors. */
export function caught(I: Interp, err: unknown, f: Frame): PyException | null {
  if (!(err instanceof PyException)) return null;
  traceHere(I, err, f);
  return err;
}

/** The exception class `v` names, checked as an except clause checks it. */
function excClass(I: Interp, v: Handle): PyType {
  if (I.kind[v] === K.Type && (I.pv[v] as PyType).kind === K.Exception) return I.pv[v] as PyType;
  throw new PyException('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

/** Whether exception `exc` matches an except clause's value (a class or a tuple of classes). */
export function matches(I: Interp, exc: Handle, v: Handle): boolean {
  const classes = I.kind[v] === K.Tuple ? I.tupleItems(v).map((x) => excClass(I, x)) : [excClass(I, v)];
  return classes.some((t) => I.ty[exc].isSubtypeOf(t));
}

/** do_raise's instantiation: a class is called with no arguments, an instance is used as it is (new reference). */
function instantiate(I: Interp, v: Handle, what: string): Handle {
  if (I.kind[v] === K.Exception) return I.incref(v);
  if (I.kind[v] === K.Type && (I.pv[v] as PyType).kind === K.Exception) {
    const h = I.call(I.incref(v), [], null);
    if (I.kind[h] !== K.Exception) {
      I.decref(h);
      throw new PyException('TypeError', `calling ${I.repr(v)} should have returned an instance of BaseException, not ${I.ty[h].name}`);
    }
    return h;
  }
  throw new PyException('TypeError', what);
}

interface Handler {
  readonly type: E | null;
  readonly bind: ((f: Frame, v: Handle) => void) | null;
  readonly unbind: ((f: Frame) => void) | null;
  readonly body: S;
}

/** `name = None; del name`: what the compiler emits at the end of `except ... as name`. */
export function unbinder(c: Compiler, name: string, sc: Scope, at: Stmt | Expr): (f: Frame) => void {
  const store = c.storeName(name, sc);
  const del = c.deleter({ t: 'Name', id: name, line: at.line, col: at.col }, sc);
  const I = c.I;
  return (f) => {
    store(f, I.none());
    del(f);
  };
}

/** Runs an except clause with `exc` as the exception being handled; `e` gives its reference up to the exc_info stack. */
function runHandler(I: Interp, e: PyException, exc: Handle, h: Handler, f: Frame): number {
  e.exc = -1;
  I.excStack.push(exc);
  try {
    if (h.bind) h.bind(f, I.incref(exc));
    return h.body(f);
  } catch (err) {
    if (err instanceof PyException) traceHere(I, err, f);
    throw err;
  } finally {
    try {
      if (h.unbind) h.unbind(f);
    } finally {
      I.excStack.pop();
      I.decref(exc);
    }
  }
}

function tryExcept(c: Compiler, s: Extract<Stmt, { t: 'Try' }>, sc: Scope): S {
  const I = c.I;
  const body = c.block(s.body, sc);
  if (s.handlers.length === 0) return body;
  const handlers: Handler[] = s.handlers.map((h) => ({
    type: h.type ? c.expr(h.type, sc) : null,
    bind: h.name !== null ? c.storeName(h.name, sc) : null,
    unbind: h.name !== null ? unbinder(c, h.name, sc, s) : null,
    body: c.block(h.body, sc),
  }));
  const orelse = s.orelse.length ? c.block(s.orelse, sc) : null;
  return (f) => {
    let r: number;
    try {
      r = body(f);
    } catch (err) {
      const e = caught(I, err, f);
      if (!e) throw err;
      const exc = exceptionObject(I, e);
      const h = handlerFor(I, exc, handlers, f);
      if (h === null) throw err;
      return runHandler(I, e, exc, h, f);
    }
    return orelse !== null && r === Flow.Normal ? orelse(f) : r;
  };
}

/** Runs a finally block for an exception in flight: it is the one being handled meanwhile. */
function finallyWithException(I: Interp, e: PyException, fin: S, f: Frame): number {
  const exc = exceptionObject(I, e);
  I.excStack.push(I.incref(exc));
  let fr: number;
  try {
    fr = fin(f);
  } catch (err) {
    if (err instanceof PyException) traceHere(I, err, f);
    I.decref(e.exc);
    e.exc = -1;
    throw err;
  } finally {
    I.excStack.pop();
    I.decref(exc);
  }
  if (fr === Flow.Normal) throw e;
  // return, break or continue in finally discards the exception
  I.decref(e.exc);
  e.exc = -1;
  return fr;
}

function tryFinally(c: Compiler, s: Extract<Stmt, { t: 'Try' }>, sc: Scope): S {
  const I = c.I;
  const inner = tryExcept(c, s, sc);
  if (s.finalbody.length === 0) return inner;
  const fin = c.block(s.finalbody, sc);
  return (f) => {
    let r: number;
    try {
      r = inner(f);
    } catch (err) {
      const e = caught(I, err, f);
      if (!e) throw err;
      return finallyWithException(I, e, fin, f);
    }
    if (r !== Flow.Return) {
      const fr = fin(f);
      return fr !== Flow.Normal ? fr : r;
    }
    // the value being returned waits while finally runs; a return there replaces it
    const saved = f.ret;
    f.ret = -1;
    let fr: number;
    try {
      fr = fin(f);
    } catch (err) {
      I.xdecref(saved);
      throw err;
    }
    if (fr === Flow.Normal) {
      f.ret = saved;
      return r;
    }
    I.xdecref(saved);
    return fr;
  };
}

/** The bound `__enter__`/`__exit__` of a context manager (new references), as BEFORE_WITH looks them up. */
export function specialMethods(I: Interp, mgr: Handle): [Handle, Handle] {
  const t = I.ty[mgr];
  const enter = t.isHeap ? I.lookupClassAttr(t, '__enter__') : -1;
  const exit = t.isHeap ? I.lookupClassAttr(t, '__exit__') : -1;
  if (enter < 0) throw new PyException('TypeError', `'${t.name}' object does not support the context manager protocol`);
  if (exit < 0) throw new PyException('TypeError', `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const bind = (fn: Handle): Handle => (I.kind[fn] === K.Func ? I.newMethod(fn, mgr) : I.incref(fn));
  return [bind(enter), bind(exit)];
}

function withItem(c: Compiler, ctx: E, store: ((f: Frame, v: Handle) => void) | null, body: S): S {
  const I = c.I;
  return (f) => {
    const mgr = ctx(f);
    let enter: Handle;
    let exit: Handle;
    try {
      [enter, exit] = specialMethods(I, mgr);
    } finally {
      I.decref(mgr);
    }
    try {
      return withBody(I, enter, exit, store, body, f);
    } finally {
      I.decref(exit);
    }
  };
}

/** The first except clause whose type matches `exc` (a bare `except:` matches all), or null. */
export function handlerFor<H extends { type: E | null }>(I: Interp, exc: Handle, handlers: H[], f: Frame): H | null {
  for (const h of handlers) {
    if (h.type) {
      const v = h.type(f);
      let ok: boolean;
      try {
        ok = matches(I, exc, v);
      } finally {
        I.decref(v);
      }
      if (!ok) continue;
    }
    return h;
  }
  return null;
}

/** __enter__ runs before the block is set up: if it raises, this manager's __exit__ does not run. */
export function callEnter(I: Interp, enter: Handle): Handle {
  try {
    return I.call(I.incref(enter), [], null);
  } finally {
    I.decref(enter);
  }
}

/**
 * WITH_EXCEPT_START: the block raised `err`; `__exit__(type, value, traceback)` runs with the
 * exception being handled. Returns when `__exit__` suppressed it (its result is true), else
 * rethrows it; an error inside `__exit__` replaces it, with this line in its traceback.
 */
export function exitOnError(I: Interp, exit: Handle, err: unknown, f: Frame): void {
  const e = caught(I, err, f);
  if (!e) throw err;
  const exc = exceptionObject(I, e);
  I.excStack.push(I.incref(exc));
  let suppress: boolean;
  try {
    const tb = excGet(I, exc, ExcSlot.Traceback);
    const res = I.call(I.incref(exit), [I.incref(I.ty[exc].h), I.incref(exc), I.incref(tb >= 0 ? tb : I.None)], null);
    try {
      suppress = I.truthy(res);
    } finally {
      I.decref(res);
    }
  } catch (err2) {
    if (err2 instanceof PyException) traceHere(I, err2, f);
    I.decref(e.exc);
    e.exc = -1;
    throw err2;
  } finally {
    I.excStack.pop();
    I.decref(exc);
  }
  if (!suppress) throw e;
  I.decref(e.exc);
  e.exc = -1;
}

/** The part of a with statement after BEFORE_WITH; the bound methods stay alive while they run, as on CPython's stack. */
function withBody(I: Interp, enter: Handle, exit: Handle, store: ((f: Frame, v: Handle) => void) | null, body: S, f: Frame): number {
  let r: number;
  const res = callEnter(I, enter);
  try {
    if (store) store(f, res);
    else I.decref(res);
    r = body(f);
  } catch (err) {
    exitOnError(I, exit, err, f);
    return Flow.Normal;
  }
  I.decref(I.call(I.incref(exit), [I.none(), I.none(), I.none()], null));
  return r;
}

/** Code generation of `try`, `raise` and `with`, by node kind. */
export const tryStmts: StmtTable = {
  Try: (c, s, sc) => tryFinally(c, s, sc),
  Raise: (c, s, sc) => {
    const I = c.I;
    const value = s.exc ? c.expr(s.exc, sc) : null;
    const cause = s.cause ? c.expr(s.cause, sc) : null;
    return (f) => {
      if (value === null) {
        const top = I.excStack[I.excStack.length - 1];
        if (top === undefined) throw new PyException('RuntimeError', 'No active exception to reraise');
        // RERAISE: the traceback is kept as it is; this frame adds no entry
        const e = raiseObject(I, I.incref(top));
        e.lastFrame = f;
        throw e;
      }
      const v = value(f);
      let exc: Handle;
      try {
        exc = instantiate(I, v, 'exceptions must derive from BaseException');
      } finally {
        I.decref(v);
      }
      if (cause) {
        let cv: Handle;
        try {
          cv = cause(f);
        } catch (err) {
          I.decref(exc);
          throw err;
        }
        try {
          const ch = cv === I.None ? -1 : instantiate(I, cv, 'exception causes must derive from BaseException');
          I.mem.setSlot(exc, ExcSlot.Cause, ch);
          if (ch >= 0) I.decref(ch);
          (I.pv[exc] as ExcData).suppressContext = true;
        } catch (err) {
          I.decref(exc);
          throw err;
        } finally {
          I.decref(cv);
        }
      }
      chainContext(I, exc);
      throw raiseObject(I, exc);
    };
  },
  With: (c, s, sc) => {
    let body = c.block(s.body, sc);
    for (let i = s.items.length - 1; i >= 0; i--) {
      const it = s.items[i]!;
      body = withItem(c, c.expr(it.ctx, sc), it.target ? c.storer(it.target, sc) : null, body);
    }
    return body;
  },
};
