// The iterators builtins make from functions and sequences: map, filter, reversed (and the
// list/dict reverse iterators it hands out), iter(callable, sentinel). Mirrors
// Python/bltinmodule.c (map_new/map_next, filter_new/filter_next), Objects/enumobject.c
// (reversed_new), Objects/listobject.c (listreviter), Objects/dictobject.c (dictreviter) and
// Objects/iterobject.c (calliter).
import { PyException } from '../errors.js';
import { argKit } from '../getargs.js';
import { rangeIterState } from './rangeObject.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type IterData, type ListData, type RangeData } from '../objects.js';
import type { Interp } from '../interp.js';

/** Next item of a map/filter/reversed/callable/reverse-list/reverse-dict iterator, or -1 (undefined: not one of these). */
export function funcIterNext(I: Interp, it: Handle, name: string): Handle | undefined {
  const d = I.pv[it] as IterData;
  switch (name) {
    case 'map': {
      // slot 0 the iterators tuple, slot 1 the function; map never drops them
      const args: Handle[] = [];
      for (const sub of d.its!) {
        const x = I.next(sub);
        if (x < 0) {
          for (const y of args) I.decref(y);
          return -1;
        }
        args.push(x);
      }
      return I.call(I.incref(d.seq), args, null);
    }
    case 'filter': {
      const src = d.its![0]!;
      for (;;) {
        const x = I.next(src);
        if (x < 0) return -1;
        let keep: boolean;
        if (d.seq === I.None || d.seq === I.builtins.get('bool')) keep = I.truthy(x);
        else {
          const r = I.call(I.incref(d.seq), [I.incref(x)], null);
          try {
            keep = I.truthy(r);
          } finally {
            I.decref(r);
          }
        }
        if (keep) return x;
        I.decref(x);
      }
    }
    case 'list_reverseiterator': {
      if (d.seq < 0) return -1;
      const items = (I.pv[d.seq] as ListData).items;
      if (d.i >= 0 && d.i < items.length) return I.incref(items[d.i--]);
      return exhaust(I, it, d);
    }
    case 'iterator':
      // iterobject.c's iter_iternext: seq[i] for i = 0, 1, ... until IndexError or StopIteration
      if (d.seq < 0) return -1;
      return itemOrExhaust(I, it, d, d.i++);
    case 'reversed':
      if (d.seq < 0) return -1;
      if (d.i < 0) return exhaust(I, it, d);
      return itemOrExhaust(I, it, d, d.i--);
    case 'callable_iterator': {
      if (d.seq < 0) return -1;
      const r = I.call(I.incref(d.seq), [], null);
      if (I.eq(r, d.its![0]!)) {
        I.decref(r);
        // calliter drops both the callable and the sentinel at the end
        const sentinel = d.its![0]!;
        d.its = [];
        I.mem.setSlot(it, 1, -1);
        void sentinel;
        return exhaust(I, it, d);
      }
      return r;
    }
    case 'dict_reversekeyiterator':
    case 'dict_reversevalueiterator':
    case 'dict_reverseitemiterator': {
      if (d.seq < 0) return -1;
      const dd = I.pv[d.seq] as DictData;
      if (dd.used !== d.n) {
        exhaust(I, it, d);
        throw new PyException('RuntimeError', 'dictionary changed size during iteration');
      }
      while (d.i >= 0) {
        const j = d.i--;
        if (dd.keys[j] < 0) continue;
        d.left = (d.left ?? 1) - 1;
        if (d.what === 0) return I.incref(dd.keys[j]);
        if (d.what === 1) return I.incref(dd.vals[j]);
        return I.newTuple([I.incref(dd.keys[j]), I.incref(dd.vals[j])]);
      }
      return exhaust(I, it, d);
    }
  }
  return undefined;
}

/** seq[index] for a sequence iterator; IndexError or StopIteration (cleared) exhausts it. */
function itemOrExhaust(I: Interp, it: Handle, d: IterData, index: number): Handle {
  const key = I.newInt(index);
  try {
    return I.getitem(d.seq, key);
  } catch (e) {
    if (I.excMatches(e, 'IndexError') || I.isStopIteration(e)) {
      I.discardException(e);
      return exhaust(I, it, d);
    }
    throw e;
  } finally {
    I.decref(key);
  }
}

function exhaust(I: Interp, it: Handle, d: IterData): Handle {
  d.seq = -1;
  I.mem.setSlot(it, 0, -1);
  return -1;
}

/** `__length_hint__` of these iterators (map, filter and callable_iterator have none: undefined). */
export function funcIterLengthHint(I: Interp, it: Handle, name: string): number | undefined {
  const d = I.pv[it] as IterData;
  if (name === 'list_reverseiterator' || name === 'reversed') {
    if (d.seq < 0) return 0;
    if (name === 'list_reverseiterator' && d.i >= (I.pv[d.seq] as ListData).items.length) return 0;
    return d.i + 1;
  }
  if (name.startsWith('dict_reverse')) return d.seq < 0 ? 0 : (d.left ?? 0);
  return undefined;
}

/** map, filter, reversed and the two-argument iter as builtins. */
export function installFuncIterators(I: Interp): void {
  const { argc, te, builtin } = argKit(I);
  builtin('map', (args, kw) => {
    if (kw && kw.size) throw te('map() takes no keyword arguments');
    if (args.length < 2) throw te('map() must have at least two arguments.');
    const its: Handle[] = [];
    try {
      for (const a of args.slice(1)) its.push(I.iter(a));
    } catch (e) {
      for (const x of its) I.decref(x);
      throw e;
    }
    // map_vectorcall keeps the iterators in a tuple: the map's referents are (iters, func)
    const iters = I.newTuple(its);
    const h = I.alloc(I.iterTypes['map'], K.Iter, { seq: args[0]!, i: 0, its: I.tupleItems(iters) }, 2);
    I.mem.putSlot(h, 0, iters);
    I.mem.setSlot(h, 1, args[0]!);
    return h;
  });
  builtin('filter', (args, kw) => {
    if (kw && kw.size) throw te('filter() takes no keyword arguments');
    argc('filter', args, 2, 2, true);
    const src = I.iter(args[1]!);
    const h = I.alloc(I.iterTypes['filter'], K.Iter, { seq: args[0]!, i: 0, its: [src] }, 2);
    I.mem.setSlot(h, 0, args[0]!);
    I.mem.putSlot(h, 1, src);
    return h;
  });
  builtin('reversed', (args, kw) => {
    if (kw && kw.size) throw te('reversed() takes no keyword arguments');
    argc('reversed', args, 1, 1, true);
    const seq = args[0]!;
    const k = I.kind[seq];
    if (k === K.List) return I.newIter('list_reverseiterator', seq, { i: (I.pv[seq] as ListData).items.length - 1 });
    if (k === K.Range) {
      return I.alloc(I.iterTypes['range_iterator'], K.Iter, { seq: -1, i: 0, ...rangeIterState(I.pv[seq] as RangeData, true) } as IterData, 0);
    }
    // a dict subtype's own __reversed__ (OrderedDict's)
    const ownRev = k === K.Dict && I.ty[seq] !== I.tDict && !I.ty[seq].isHeap ? I.ty[seq].methods.get('__reversed__') : undefined;
    if (ownRev) return ownRev([seq], null);
    if (k === K.Dict || k === K.DictView) {
      const dict = k === K.Dict ? seq : (I.pv[seq] as { dict: Handle }).dict;
      const what = k === K.Dict ? 0 : (I.pv[seq] as { what: number }).what;
      const dd = I.pv[dict] as DictData;
      const names = ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'];
      return I.newIter(names[what]!, dict, { what, n: dd.used, i: dd.keys.length - 1, left: dd.used });
    }
    if (k === K.Instance) {
      const f = I.lookupClassAttr(I.ty[seq], '__reversed__');
      if (f >= 0) return I.call(I.incref(f), [I.incref(seq)], null);
    }
    const hasItems = k === K.Tuple || k === K.Str || k === K.Bytes || (k === K.Instance && I.lookupClassAttr(I.ty[seq], '__getitem__') >= 0);
    if (!hasItems) throw te(`'${I.ty[seq].name}' object is not reversible`);
    return I.newIter('reversed', seq, { i: I.len(seq) - 1 });
  });
  // the iterators whose types define __length_hint__ (enumerate, zip, map and filter do not)
  for (const name of ['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'str_iterator',
    'set_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator',
    'dict_reverseitemiterator', 'reversed', 'bytes_iterator', 'bytearray_iterator']) {
    I.iterTypes[name]!.methods.set('__length_hint__', (a) => {
      argc('__length_hint__', a.slice(1), 0, 0);
      return I.newInt(I.lengthHint(a[0]!));
    });
  }
  builtin('iter', (args) => {
    argc('iter', args, 1, 2);
    if (args.length === 1) return I.iter(args[0]!);
    if (!I.callable(args[0]!)) throw te('iter(v, w): v must be callable');
    const h = I.alloc(I.iterTypes['callable_iterator'], K.Iter, { seq: args[0]!, i: 0, its: [args[1]!] }, 2);
    I.mem.setSlot(h, 0, args[0]!);
    I.mem.setSlot(h, 1, args[1]!);
    return h;
  });
}
