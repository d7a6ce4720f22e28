// The functools module: reduce, partial (its own type: func/args/keywords, merged calls,
// flattening of a partial of a partial), cmp_to_key (KeyWrapper objects), wraps/update_wrapper
// copying the wrapped function's attributes, _lru_cache_wrapper (functoolsLru.ts), then the
// Python half (functoolsSource.ts: total_ordering, lru_cache, cache) run in the module's dict.
// Mirrors Modules/_functoolsmodule.c and Lib/functools.py.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';
import { installLruCache } from './functoolsLru.js';
import { execModuleSource } from './pySource.js';
import { FUNCTOOLS_FILENAME, FUNCTOOLS_PY } from './functoolsSource.js';

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
  const t = newExtType(I, 'functools.partial', K.Object, { basicSize: 64, gc: true, weakrefable: true });
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
  const assigned = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
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
        // a function's __module__ is read from its globals here, so the same module needs no store
        const same = name === '__module__' && I.kind[wrapper] === K.Func && I.eq(I.funcGetattr(wrapper, name), v);
        if (!same) I.setattr(wrapper, name, v);
      } finally {
        I.decref(v);
      }
    }
    // WRAPPER_UPDATES: wrapper.__dict__.update(wrapped.__dict__), when wrapped has one
    let src = -1;
    try {
      src = I.getattr(wrapped, '__dict__');
    } catch (e) {
      if (!(e instanceof PyException && e.pyType === 'AttributeError')) throw e;
    }
    if (src >= 0) {
      const dst = I.getattr(wrapper, '__dict__');
      try {
        if (I.kind[src] === K.Dict && I.kind[dst] === K.Dict) I.dictUpdate(dst, src);
      } finally {
        I.decref(src);
        I.decref(dst);
      }
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

  installCmpToKey(I, m);
  installLruCache(I, m);
  execModuleSource(I, m, FUNCTOOLS_FILENAME, FUNCTOOLS_PY);
}

interface KeyWrapperData {
  cmp: Handle;
  obj: Handle;
}

/** cmp_to_key(mycmp): a KeyWrapper without an object; calling it wraps one, and two wrapped objects compare through mycmp. */
function installCmpToKey(I: Interp, m: Handle): void {
  const { te } = argKit(I);
  // functools.KeyWrapper: PyObject_HEAD, cmp, object (48 bytes with the GC head), unhashable
  const t = newExtType(I, 'functools.KeyWrapper', K.Object, { basicSize: 32, gc: true, weakrefable: false });
  const wrap = (cmp: Handle, obj: Handle): Handle => {
    const h = I.alloc(t, K.Object, { cmp: I.incref(cmp), obj: obj >= 0 ? I.incref(obj) : -1 } satisfies KeyWrapperData, 2);
    I.mem.putSlot(h, 0, cmp);
    if (obj >= 0) I.mem.putSlot(h, 1, obj);
    return h;
  };
  const ops: Readonly<Record<string, (c: number) => boolean>> = { '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0, '==': (c) => c === 0 };
  t.ext = {
    unhashable: true,
    call: (self, args, kw) => {
      if (kw?.size && !(kw.size === 1 && kw.has('obj') && args.length === 0)) throw te('K() got an unexpected keyword argument');
      const obj = args.length ? args[0] : kw?.get('obj');
      if (obj === undefined || args.length > 1) throw te(`K() takes exactly 1 argument (${args.length} given)`);
      return wrap((I.pv[self] as KeyWrapperData).cmp, obj);
    },
    compare: (self, other, op) => {
      if (I.ty[other] !== t) throw te('other argument must be K instance');
      const a = I.pv[self] as KeyWrapperData, b = I.pv[other] as KeyWrapperData;
      if (a.obj < 0 || b.obj < 0) throw new PyException('AttributeError', 'object');
      // keyobject_richcompare: mycmp(x, y), then that result compared with 0
      const r = I.call(I.incref(a.cmp), [I.incref(a.obj), I.incref(b.obj)], null);
      const zero = I.newInt(0);
      try {
        if (I.real(r) !== null && I.kind[r] !== K.Complex) {
          const c = Number(I.real(r));
          return ops[op](c);
        }
        return I.compareBool(op, r, zero);
      } finally {
        I.decref(r);
        I.decref(zero);
      }
    },
    getattr: (self, name) => {
      if (name !== 'obj') return -1;
      const obj = (I.pv[self] as KeyWrapperData).obj;
      if (obj < 0) throw new PyException('AttributeError', 'obj');
      return I.incref(obj);
    },
  };
  modFn(I, m, 'cmp_to_key', (a, kw) => {
    const cmp = a.length ? a[0] : kw?.get('mycmp');
    if (cmp === undefined || a.length + (kw?.size ?? 0) !== 1) throw te(`cmp_to_key() ${cmp === undefined ? "missing required argument 'mycmp' (pos 1)" : `takes at most 1 argument (${a.length + (kw?.size ?? 0)} given)`}`);
    return wrap(cmp, -1);
  });
}
