// The weakref module: weakref.ref (constructing weak references, with callbacks) and
// weakref.finalize with its at-exit run. Mirrors Modules/_weakref.c, Objects/weakrefobject.c
// and Lib/weakref.py's finalize.
import { NULL } from '@pymem/object-model';
import type { Handle } from '../mem.js';
import { K, PyType, type WeakrefData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';

/** Creates the weakref module; returns the at-exit hook that runs pending finalizers. */
export function installWeakref(I: Interp): () => void {
  const { te, none, argc } = argKit(I);
  const rt = I.mem.rt;
  const weakref = newModule(I, 'weakref', true);
  const refType = I.tWeakref;
  I.builtins.set('__weakref_ref__', refType.h);
  modVal(I, weakref, 'ref', I.incref(refType.h));
  // weakref.ref's tp_new
  I.constructors.set(refType, (_t: PyType, args: Handle[]): Handle => {
    {
      argc('ref', args, 1, 2);
      const target = args[0];
      if (!rt.heap.typeInfo(target).weakrefable) throw te(`cannot create weak reference to '${I.ty[target].name}' object`);
      const cb = args.length > 1 && args[1] !== I.None ? args[1] : NULL;
      const r = rt.newWeakref(target, cb);
      if (I.kind[r] !== K.Weakref || (I.pv[r] as WeakrefData | undefined)?.target !== target) {
        I.setMeta(r, K.Weakref, refType, { target, callback: cb } satisfies WeakrefData);
      }
      return r;
    }
  });
  // weakref.finalize(obj, func, *args): calls func(*args) once, when obj dies or at exit
  const finalizers: { fin: Handle; fn: Handle; args: Handle[]; ref: Handle; alive: boolean }[] = [];
  const runFinalizer = (entry: (typeof finalizers)[number]): Handle => {
    if (!entry.alive) return none();
    entry.alive = false;
    // finalize.__call__: the registry entry is popped; its weakref dies after the call returns
    try {
      return I.call(I.incref(entry.fn), entry.args.map((x) => I.incref(x)), null);
    } finally {
      I.decref(entry.fn);
      for (const x of entry.args) I.decref(x);
      I.decref(entry.ref);
      I.decref(entry.fin);
    }
  };
  modFn(I, weakref, 'finalize', (a) => {
    if (a.length < 2) throw te('finalize expected at least 2 positional arguments');
    const [target, fn, ...rest] = a;
    if (!rt.heap.typeInfo(target).weakrefable) throw te(`cannot create weak reference to '${I.ty[target].name}' object`);
    const entry = { fin: -1, fn: I.incref(fn), args: rest.map((x) => I.incref(x)), ref: -1, alive: true };
    const fin = I.newBuiltin('finalize', () => runFinalizer(entry));
    entry.fin = fin;
    const cb = I.newBuiltin('_finalize_callback', () => {
      I.decref(runFinalizer(entry));
      return none();
    });
    const ref = rt.newWeakref(target, cb);
    I.setMeta(ref, K.Weakref, refType, { target, callback: cb } satisfies WeakrefData);
    I.decref(cb);
    entry.ref = ref;
    finalizers.push(entry);
    return I.incref(fin);
  });
  const atexit = (): void => {
    for (let i = finalizers.length - 1; i >= 0; i--) {
      const e = finalizers[i];
      if (e.alive) I.decref(runFinalizer(e));
    }
  };
  I.weakrefTarget = (ref) => rt.weakrefGet(ref);
  return atexit;
}
