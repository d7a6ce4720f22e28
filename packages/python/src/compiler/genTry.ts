// `try` and `with` statements that contain a yield, in generator mode (compiler/genCompile.ts):
// the same semantics as tryStmt.ts (the exc_info stack, except matching, finally with an
// exception in flight, a pending return value, __exit__ and suppression), with the bodies as JS
// generators. What the statement holds across a yield (a with's __exit__, the value a finally
// delays) sits in the frame's value stack, where a suspended generator shows it to the collector.
import { PyException } from '../errors.js';
import { Flow, type Frame, type Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import type { Stmt } from '../parser/ast.js';
import { exceptionObject } from '../objects/exceptions.js';
import { traceHere } from '../objects/tracebackObject.js';
import type { Compiler, E, Scope } from './compile.js';
import { callEnter, caught, exitOnError, handlerFor, specialMethods, unbinder } from './tryStmt.js';
import type { GS } from './genCompile.js';

type Try = Extract<Stmt, { t: 'Try' }>;
type With = Extract<Stmt, { t: 'With' }>;

interface GHandler {
  readonly type: E | null;
  readonly bind: ((f: Frame, v: Handle) => void) | null;
  readonly unbind: ((f: Frame) => void) | null;
  readonly body: GS;
}

function* runHandler(I: Interp, e: PyException, exc: Handle, h: GHandler, f: Frame): Generator<Handle, number, Handle> {
  e.exc = -1;
  I.excStack.push(exc);
  try {
    if (h.bind) h.bind(f, I.incref(exc));
    return yield* h.body(f);
  } catch (err) {
    if (err instanceof PyException) traceHere(I, err, f);
    throw err;
  } finally {
    try {
      if (h.unbind) h.unbind(f);
    } finally {
      // the handled exception is the top again once the body has resumed (genObject.ts restores it)
      I.excStack.pop();
      I.decref(exc);
    }
  }
}

function tryExcept(c: Compiler, s: Try, sc: Scope): GS {
  const I = c.I;
  const body = c.gblock(s.body, sc);
  if (s.handlers.length === 0) return body;
  const handlers: GHandler[] = s.handlers.map((h) => ({
    type: h.type ? c.expr(h.type, sc) : null,
    bind: h.name !== null ? c.storeName(h.name, sc) : null,
    unbind: h.name !== null ? unbinder(c, h.name, sc, s) : null,
    body: c.gblock(h.body, sc),
  }));
  const orelse = s.orelse.length ? c.gblock(s.orelse, sc) : null;
  return function* (f) {
    let r: number;
    try {
      r = yield* body(f);
    } catch (err) {
      const e = caught(I, err, f);
      if (!e) throw err;
      const exc = exceptionObject(I, e);
      const h = handlerFor(I, exc, handlers, f);
      if (h === null) throw err;
      return yield* runHandler(I, e, exc, h, f);
    }
    return orelse !== null && r === Flow.Normal ? yield* orelse(f) : r;
  };
}

function* finallyWithException(I: Interp, e: PyException, fin: GS, f: Frame): Generator<Handle, number, Handle> {
  const exc = exceptionObject(I, e);
  I.excStack.push(I.incref(exc));
  let fr: number;
  try {
    fr = yield* fin(f);
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
  I.decref(e.exc);
  e.exc = -1;
  return fr;
}

function tryFinally(c: Compiler, s: Try, sc: Scope): GS {
  const I = c.I;
  const inner = tryExcept(c, s, sc);
  if (s.finalbody.length === 0) return inner;
  const fin = c.gblock(s.finalbody, sc);
  const slot = c.stackSlot(sc);
  return function* (f) {
    let r: number;
    try {
      r = yield* inner(f);
    } catch (err) {
      const e = caught(I, err, f);
      if (!e) throw err;
      return yield* finallyWithException(I, e, fin, f);
    }
    if (r !== Flow.Return) {
      const fr = yield* fin(f);
      return fr !== Flow.Normal ? fr : r;
    }
    // the value being returned waits on the stack while finally runs
    const st = f.stack!;
    st[slot] = f.ret;
    f.ret = -1;
    let fr: number;
    try {
      fr = yield* fin(f);
    } catch (err) {
      I.xdecref(st[slot]!);
      st[slot] = -1;
      throw err;
    }
    const saved = st[slot]!;
    st[slot] = -1;
    if (fr === Flow.Normal) {
      f.ret = saved;
      return r;
    }
    I.xdecref(saved);
    return fr;
  };
}

function withItem(c: Compiler, ctx: E, store: ((f: Frame, v: Handle) => void) | null, body: GS, sc: Scope): GS {
  const I = c.I;
  const slot = c.stackSlot(sc);
  return function* (f) {
    const mgr = ctx(f);
    let enter: Handle;
    let exit: Handle;
    try {
      [enter, exit] = specialMethods(I, mgr);
    } finally {
      I.decref(mgr);
    }
    const st = f.stack!;
    st[slot] = exit;
    try {
      const res = callEnter(I, enter);
      let r: number;
      try {
        if (store) store(f, res);
        else I.decref(res);
        r = yield* body(f);
      } catch (err) {
        exitOnError(I, exit, err, f);
        return Flow.Normal;
      }
      I.decref(I.call(I.incref(exit), [I.none(), I.none(), I.none()], null));
      return r;
    } finally {
      st[slot] = -1;
      I.decref(exit);
    }
  };
}

/** Try and with statements in generator mode. */
export const genTryStmts = {
  Try: (c: Compiler, s: Try, sc: Scope, enter: (f: Frame) => void): GS => {
    const t = tryFinally(c, s, sc);
    return function* (f) {
      enter(f);
      return yield* t(f);
    };
  },
  With: (c: Compiler, s: With, sc: Scope, enter: (f: Frame) => void): GS => {
    if (s.items.some((it) => c.hasYieldExpr(it.ctx) || (it.target !== null && c.hasYieldExpr(it.target)))) throw c.err(s, "'yield' in a with statement's items");
    let body = c.gblock(s.body, sc);
    for (let i = s.items.length - 1; i >= 0; i--) {
      const it = s.items[i]!;
      body = withItem(c, c.expr(it.ctx, sc), it.target ? c.storer(it.target, sc) : null, body, sc);
    }
    return function* (f) {
      enter(f);
      return yield* body(f);
    };
  },
};
