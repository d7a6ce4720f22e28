// `yield`, `yield from` and generator expressions. A yield hands its value (a new reference) to
// the generator's driver (objects/genObject.ts `resume`) through a JS yield and gets the sent
// value back. `yield from` runs the subiterator until it finishes (its return value is the
// expression's value), handing send/throw/close down to it as Python/ceval.c's SEND and
// Objects/genobject.c's _gen_throw do; the subiterator is gi_yieldfrom meanwhile. A generator
// expression is a `<genexpr>` function like a comprehension's (compiler/comprehension.ts), whose
// call makes a generator over its frame with the outermost iterator as `.0`.
import { PyException } from '../errors.js';
import { Flow, type Frame, type FuncData } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Expr, Signature } from '../parser/ast.js';
import { ExcSlot, exceptionObject } from '../objects/exceptions.js';
import { genClose, isGen, resume, takeReturn, type GenBody } from '../objects/genObject.js';
import { getIter } from './flowStmt.js';
import type { Compiler, Scope } from './compile.js';
import type { GE } from './genCompile.js';
import type { Interp } from '../interp.js';

const GENEXP_SIG: Signature = { params: [{ name: '.0', default: null, kwOnly: false }], nPosOnly: 0, vararg: null, kwarg: null };

/** Whether a JS error is a Python exception of class `name` or a subclass. */
/** A StopIteration's value (new reference); the exception is released. */
function stopValue(I: Interp, e: PyException): Handle {
  const exc = exceptionObject(I, e);
  const v = I.mem.rt.heap.slot(exc, ExcSlot.Extra);
  const r = I.incref(v >= 0 ? v : I.None);
  I.decref(exc);
  e.exc = -1;
  return r;
}

/** One step of the subiterator: the value it yields (new reference), or -1 with its return value in `out.v`. */
function subSend(I: Interp, it: Handle, v: Handle, out: { v: Handle }): Handle {
  if (isGen(I, it)) {
    const r = resume(I, it, v, null);
    if (r < 0) out.v = takeReturn(I, it);
    return r;
  }
  try {
    if (v === I.None) {
      const r = I.next(it);
      if (r < 0) out.v = I.none();
      return r;
    }
    return I.callMethod(I.incref(it), 'send', [I.incref(v)], null);
  } catch (err) {
    if (!I.excMatches(err, 'StopIteration')) throw err;
    out.v = stopValue(I, err as PyException);
    return -1;
  }
}

/** An exception thrown into a `yield from`: handed to the subiterator (its next value, or -1 when it finished). */
function subThrow(I: Interp, it: Handle, err: PyException, out: { v: Handle }): Handle {
  if (I.excMatches(err as unknown, 'GeneratorExit')) {
    // gen_close_iter: the subiterator is closed, then GeneratorExit goes on in this frame
    if (isGen(I, it)) genClose(I, it);
    else if (I.kind[it] === K.Instance && I.lookupClassAttr(I.ty[it], 'close') >= 0) I.decref(I.callMethod(I.incref(it), 'close', [], null));
    throw err;
  }
  if (isGen(I, it)) {
    const r = resume(I, it, -1, err);
    if (r < 0) out.v = takeReturn(I, it);
    return r;
  }
  if (I.kind[it] !== K.Instance || I.lookupClassAttr(I.ty[it], 'throw') < 0) throw err;
  const exc = exceptionObject(I, err);
  I.incref(exc);
  I.decref(err.exc);
  err.exc = -1;
  try {
    return I.callMethod(I.incref(it), 'throw', [exc], null);
  } catch (e2) {
    if (!I.excMatches(e2, 'StopIteration')) throw e2;
    out.v = stopValue(I, e2 as PyException);
    return -1;
  }
}

/** Yield expressions and generator expressions, merged into Compiler. */
export const genExprOps = {
  yieldExpr(this: Compiler, e: Extract<Expr, { t: 'Yield' }>, sc: Scope): GE {
    const I = this.I;
    if (e.value === null) {
      return function* () {
        return yield I.none();
      };
    }
    const v = this.anyExpr(e.value, sc);
    return function* (f) {
      return yield yield* v(f);
    };
  },

  yieldFromExpr(this: Compiler, e: Extract<Expr, { t: 'YieldFrom' }>, sc: Scope): GE {
    const I = this.I;
    const v = this.anyExpr(e.value, sc);
    const slot = this.stackSlot(sc);
    return function* (f) {
      const src = yield* v(f);
      const st = f.stack!;
      // GET_YIELD_FROM_ITER: a generator is used as it is
      try {
        st[slot] = isGen(I, src) ? I.incref(src) : I.iter(src);
      } finally {
        I.decref(src);
      }
      const out = { v: -1 };
      try {
        const it = st[slot]!;
        let r = subSend(I, it, I.None, out);
        while (r >= 0) {
          f.yf = it;
          let sent: Handle;
          try {
            sent = yield r;
          } catch (err) {
            if (!(err instanceof PyException)) throw err;
            r = subThrow(I, it, err, out);
            continue;
          } finally {
            f.yf = -1;
          }
          try {
            r = subSend(I, it, sent, out);
          } finally {
            I.decref(sent);
          }
        }
        return out.v;
      } finally {
        const it = st[slot]!;
        st[slot] = -1;
        if (it >= 0) I.decref(it);
      }
    };
  },

  /** `(elt for x in it ...)`: MAKE_FUNCTION of a `<genexpr>`, called with iter(it) as `.0`. */
  generatorExp(this: Compiler, e: Extract<Expr, { t: 'GeneratorExp' }>, sc: Scope) {
    const I = this.I;
    const outer = this.expr(e.generators[0]!.iter, sc);
    const qual = this.qualnameIn(sc, '<genexpr>');
    const cb = this.newCode('<genexpr>', qual);
    this.addToConsts(sc.code, cb.handle);
    I.decref(cb.handle);
    const inner = this.newScope('function', sc, cb, e, GENEXP_SIG, []);
    const gens = e.generators.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, inner),
      store: this.storer(g.target, inner),
      ifs: g.ifs.map((x) => this.cond(x, inner)),
      slot: i === 0 ? -1 : this.stackSlot(inner),
    }));
    const elt = this.expr(e.elt, inner);
    function* loop(f: Frame, level: number, iterH: Handle): Generator<Handle, void, Handle> {
      const g = gens[level]!;
      for (;;) {
        if (++I.steps > I.maxSteps) I.stepLimit();
        const x = I.next(iterH);
        if (x < 0) return;
        g.store(f, x);
        if (!g.ifs.every((c) => c(f))) continue;
        if (level === gens.length - 1) {
          I.decref(yield elt(f));
          continue;
        }
        const next = gens[level + 1]!;
        const src = next.iter!(f);
        const st = f.stack!;
        try {
          st[next.slot] = I.iter(src);
        } finally {
          I.decref(src);
        }
        try {
          yield* loop(f, level + 1, st[next.slot]!);
        } finally {
          const it = st[next.slot]!;
          st[next.slot] = -1;
          if (it >= 0) I.decref(it);
        }
      }
    }
    const body: GenBody = function* (f) {
      yield* loop(f, 0, f.fast[0]!);
      return Flow.Return;
    };
    const code = this.finishCode(cb, inner, GENEXP_SIG, body, false, -1, { node: e, gen: body, nstack: this.stackSlots(inner) });
    const closure = this.closureOf(inner, sc);
    return (f: Frame): Handle => {
      const fn = I.newFunction(code, [], new Map(), f.globals, closure ? closure(f) : -1);
      try {
        const it = getIter(I, outer(f));
        return I.generatorCall(fn, I.pv[fn] as FuncData, [it], null);
      } finally {
        I.decref(fn);
      }
    };
  },
};

/** The methods of `genExprOps`, merged into Compiler. */
export type GenExprOps = typeof genExprOps;
