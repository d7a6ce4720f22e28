// The functools module: reduce, partial (its own type: func/args/keywords, merged calls,
// flattening of a partial of a partial) and wraps/update_wrapper copying the wrapped function's
// attributes. lru_cache, cache, cmp_to_key and total_ordering are not modelled yet.
// Mirrors Modules/_functoolsmodule.c and Lib/functools.py (update_wrapper).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';

interface PartialData {
  fn: Handle;
  args: Handle;
  kw: Handle;
}

/** Creates the functools module. */
export function installFunctools(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'functools', true);
  modFn(I, m, 'reduce', (a) => {
    if (a.length < 2 || a.length > 3) throw te(`reduce expected at ${a.length < 2 ? 'least 2' : 'most 3'} arguments, got ${a.length}`);
    const it = I.iter(a[1]);
    let acc = a.length > 2 ? I.incref(a[2]) : -1;
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        if (acc < 0) acc = x;
        else acc = I.call(I.incref(a[0]), [acc, x], null);
      }
    } catch (e) {
      I.xdecref(acc);
      throw e;
    } finally {
      I.decref(it);
    }
    if (acc < 0) throw te('reduce() of empty iterable with no initial value');
    return acc;
  });

  // partial: 64 bytes, tracked, weakrefable; holds fn, the args tuple and the keywords dict
  const t = newExtType(I, 'partial', K.Object, { basicSize: 64, gc: true, weakrefable: true });
  const data = (h: Handle): PartialData => I.pv[h] as PartialData;
  t.ext = {
    call: (self, args, kw) => {
      const d = data(self);
      const pre = (I.pv[d.args] as Handle[]).map((x) => I.incref(x));
      const dd = I.dict(d.kw);
      let merged: Map<string, Handle> | null = null;
      if (dd.used || (kw && kw.size)) {
        merged = new Map();
        for (let i = 0; i < dd.keys.length; i++) if (dd.keys[i] >= 0) merged.set(I.pv[dd.keys[i]] as string, I.incref(dd.vals[i]));
        if (kw) for (const [k, v] of kw) {
          const old = merged.get(k);
          if (old !== undefined) I.decref(old);
          merged.set(k, I.incref(v));
        }
      }
      return I.call(I.incref(d.fn), [...pre, ...args.map((x) => I.incref(x))], merged);
    },
    repr: (self) => {
      const d = data(self);
      const parts = [I.repr(d.fn), ...(I.pv[d.args] as Handle[]).map((x) => I.repr(x))];
      const dd = I.dict(d.kw);
      for (let i = 0; i < dd.keys.length; i++) if (dd.keys[i] >= 0) parts.push(`${I.pv[dd.keys[i]] as string}=${I.repr(dd.vals[i])}`);
      return `functools.partial(${parts.join(', ')})`;
    },
    getattr: (self, name) => {
      const d = data(self);
      if (name === 'func') return I.incref(d.fn);
      if (name === 'args') return I.incref(d.args);
      if (name === 'keywords') return I.incref(d.kw);
      return -1;
    },
  };
  I.constructors.set(t, (_t, args, kw) => {
    if (args.length < 1) throw te('type \'partial\' takes at least one argument');
    let fn = args[0];
    let pre = args.slice(1);
    const kwPairs: [string, Handle][] = [];
    if (!I.callable(fn)) throw te('the first argument must be callable');
    if (I.ty[fn] === t) {
      // partial_new flattens a partial of an exact partial
      const inner = data(fn);
      pre = [...(I.pv[inner.args] as Handle[]), ...pre];
      const dd = I.dict(inner.kw);
      for (let i = 0; i < dd.keys.length; i++) if (dd.keys[i] >= 0) kwPairs.push([I.pv[dd.keys[i]] as string, dd.vals[i]]);
      fn = inner.fn;
    }
    const argTuple = I.newTuple(pre.map((x) => I.incref(x)));
    const kwDict = I.newDict();
    for (const [k, v] of kwPairs) if (!kw?.has(k)) I.dictSetStr(kwDict, k, v);
    if (kw) for (const [k, v] of kw) I.dictSetStr(kwDict, k, v);
    const h = I.alloc(t, K.Object, { fn: I.incref(fn), args: argTuple, kw: kwDict } satisfies PartialData, 3);
    I.mem.putSlot(h, 0, fn);
    I.mem.putSlot(h, 1, argTuple);
    I.mem.putSlot(h, 2, kwDict);
    return h;
  });
  modVal(I, m, 'partial', I.incref(t.h));

  // update_wrapper(wrapper, wrapped): WRAPPER_ASSIGNMENTS, then __dict__ update, then __wrapped__
  const assigned = ['__module__', '__name__', '__qualname__', '__doc__'];
  const updateWrapper = (wrapper: Handle, wrapped: Handle): Handle => {
    for (const name of assigned) {
      let v: Handle;
      try {
        v = I.getattr(wrapped, name);
      } catch (e) {
        if (e instanceof PyException && e.pyType === 'AttributeError') continue;
        throw e;
      }
      try {
        I.setattr(wrapper, name, v);
      } finally {
        I.decref(v);
      }
    }
    if (I.kind[wrapped] === K.Func && I.kind[wrapper] === K.Func) {
      const src = I.getattr(wrapped, '__dict__');
      const dst = I.getattr(wrapper, '__dict__');
      const sd = I.dict(src);
      for (let i = 0; i < sd.keys.length; i++) if (sd.keys[i] >= 0) I.dictSetStr(dst, I.pv[sd.keys[i]] as string, sd.vals[i]);
      I.decref(src);
      I.decref(dst);
    }
    I.setattr(wrapper, '__wrapped__', wrapped);
    return I.incref(wrapper);
  };
  modFn(I, m, 'update_wrapper', (a) => {
    if (a.length !== 2) throw te(`update_wrapper() takes 2 positional arguments but ${a.length} were given`);
    return updateWrapper(a[0], a[1]);
  });
  modFn(I, m, 'wraps', (a) => {
    if (a.length !== 1) throw te(`wraps() takes 1 positional argument but ${a.length} were given`);
    // a partial(update_wrapper, wrapped=...) in CPython; here a builtin bound to `wrapped`
    return I.newBuiltin('update_wrapper', (b) => {
      if (b.length !== 2) throw te(`update_wrapper() takes 2 positional arguments but ${b.length} were given`);
      return updateWrapper(b[1], b[0]);
    }, a[0]);
  });
}
