// The gc module: collect, counts and thresholds, enable/disable, freeze, debug flags,
// is_tracked, get_referents/get_referrers/get_objects, gc.garbage and gc.callbacks. Mirrors
// Modules/gcmodule.c (its Python-visible functions; the collector is the runtime's).
import { NULL } from '@pymem/object-model';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';

/** Creates the gc module; returns its callbacks and garbage lists. */
export function installGc(I: Interp): { gcCallbacks: Handle; garbage: Handle } {
  const { none, argc, intArg, packArgs } = argKit(I);
  const rt = I.mem.rt;
  const gc = newModule(I, 'gc', true);
  const gcCallbacks = I.newList([]);
  const garbage = I.newList([]);
  modVal(I, gc, 'callbacks', I.incref(gcCallbacks));
  modVal(I, gc, 'garbage', I.incref(garbage));
  modVal(I, gc, 'DEBUG_STATS', I.newInt(1));
  modVal(I, gc, 'DEBUG_COLLECTABLE', I.newInt(2));
  modVal(I, gc, 'DEBUG_UNCOLLECTABLE', I.newInt(4));
  modVal(I, gc, 'DEBUG_SAVEALL', I.newInt(32));
  modVal(I, gc, 'DEBUG_LEAK', I.newInt(38));
  let garbageSynced = 0;
  const syncGarbage = (): void => {
    const g = rt.garbage;
    while (garbageSynced < g.length) {
      const h = g[garbageSynced++];
      I.listAppend(garbage, h);
      I.decref(h);
    }
  };
  modFn(I, gc, 'collect', (a, kw) => {
    const g = a.length ? intArg(a[0]) : kw?.get('generation') !== undefined ? intArg(kw.get('generation')!) : 2;
    if (g < 0 || g > 2) throw new PyException('ValueError', 'invalid generation');
    const n = rt.collect(g);
    syncGarbage();
    return I.newInt(n);
  });
  const intTuple = (xs: readonly number[]) => I.newTuple(xs.map((x) => I.newInt(x)));
  modFn(I, gc, 'get_count', () => intTuple(rt.getCount()));
  modFn(I, gc, 'get_threshold', () => intTuple(rt.getThreshold()));
  modFn(I, gc, 'set_threshold', (a) => {
    // METH_VARARGS: the call packs its arguments into a tuple (from the tuple free list, or a
    // fresh GC allocation that counts in gen0) and drops it when the function returns
    const packed = packArgs(a);
    try {
      argc('set_threshold', a, 1, 3);
      rt.setThreshold(...a.map((x) => intArg(x)));
    } finally {
      I.decref(packed);
    }
    return none();
  });
  modFn(I, gc, 'enable', () => (rt.enable(), none()));
  modFn(I, gc, 'disable', () => (rt.disable(), none()));
  modFn(I, gc, 'isenabled', () => I.newBool(rt.isEnabled()));
  modFn(I, gc, 'freeze', () => (rt.freeze(), none()));
  modFn(I, gc, 'unfreeze', () => (rt.unfreeze(), none()));
  modFn(I, gc, 'get_freeze_count', () => I.newInt(rt.getFreezeCount()));
  modFn(I, gc, 'get_debug', () => I.newInt(rt.getDebug()));
  modFn(I, gc, 'set_debug', (a) => (rt.setDebug(intArg(a[0])), none()));
  modFn(I, gc, 'is_tracked', (a) => {
    argc('is_tracked', a, 1, 1);
    return I.newBool(rt.heap.isTracked(a[0]));
  });
  modFn(I, gc, 'get_stats', () => {
    const items = rt.getStats().map((s) => {
      const d = I.newDict();
      for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
        const vh = I.newInt(v);
        I.dictSetStr(d, k, vh);
        I.decref(vh);
      }
      return d;
    });
    return I.newList(items);
  });
  modFn(I, gc, 'get_referents', (a) => {
    const out: Handle[] = [];
    for (const o of a) {
      const k = I.kind[o];
      // not a GC type: no tp_traverse (a range holds its int objects all the same)
      if (k === K.Range) continue;
      const valuesOnly = k === K.Dict && (I.pv[o] as DictData).table.unicode;
      const t = I.ty[o];
      // subtype_traverse on a builtin subclass's instance: the class, then the base's tp_traverse
      if ((t.isHeap || t.ext?.visitsType) && k !== K.Instance) out.push(I.incref(t.h));
      const start = out.length;
      // a dict whose entries are shifted past a head slot (a subclass's __dict__, defaultdict's factory)
      const off = valuesOnly && I.mem.itemsDict(o) !== -2 ? 1 : 0;
      const head = I.ty[o].ext?.headReferents;
      rt.heap.forEachReferent(o, (r, i) => {
        if (head && i === 0) for (const x of head(o)) out.push(I.incref(x));
        else if (r !== NULL && (!valuesOnly || i < off || (i - off) % 2 === 1)) out.push(I.incref(r));
      });
      // list_traverse and tupletraverse visit the items from the last one
      if (k === K.List || k === K.Tuple) reverseFrom(out, start);
      if (t.isHeap && k === K.Instance) out.push(I.incref(t.h));
    }
    return I.newList(out);
  });
  modFn(I, gc, 'get_referrers', (a) => {
    const targets = new Set(a);
    const out: Handle[] = [];
    rt.heap.forEachLive((h) => {
      if (!rt.heap.isTracked(h)) return;
      // subtype_traverse visits the class of a heap type's instance
      let hit = I.ty[h] !== undefined && I.ty[h].isHeap && targets.has(I.ty[h].h);
      rt.heap.forEachReferent(h, (t) => {
        if (targets.has(t)) hit = true;
      });
      if (hit) out.push(h);
    });
    return I.newList(out.map((h) => I.incref(h)));
  });
  modFn(I, gc, 'get_objects', () => {
    const out: Handle[] = [];
    rt.heap.forEachLive((h) => {
      if (rt.heap.isTracked(h)) out.push(I.incref(h));
    });
    return I.newList(out);
  });
  return { gcCallbacks, garbage };
}

/** Reverses `xs[start:]` in place. */
function reverseFrom(xs: Handle[], start: number): void {
  for (let i = start, j = xs.length - 1; i < j; i++, j--) [xs[i], xs[j]] = [xs[j]!, xs[i]!];
}
