// collections.defaultdict: a dict subtype (56 bytes: dict's 48 plus the default_factory pointer)
// whose __missing__ calls default_factory() and stores the result under the missing key. The
// factory is a reference the collector sees (defdict_traverse visits it before the entries; here
// it is the slot ahead of them). Mirrors Modules/_collectionsmodule.c (defdict_missing,
// defdict_repr, defdict_copy, defdict_init, defdict_or). Start with installDefaultdict.
import { PyException } from '../../errors.js';
import type { Handle } from '../../mem.js';
import { K, type PyType } from '../../objects.js';
import type { Interp } from '../../interp.js';
import type { Kw } from '../../getargs.js';
import { keyError } from '../../objects/exceptions.js';
import { newDictSubtype, withTpCallArgs } from './dictSubtype.js';

/** Builds the defaultdict type (returned for the module table). */
export function installDefaultdict(I: Interp): PyType {
  const t = newDictSubtype(I, 'defaultdict', { basicSize: 56, weakrefable: false, headSlot: true });
  const te = (msg: string) => new PyException('TypeError', msg);
  /** The factory (borrowed), or None. */
  const factory = (h: Handle): Handle => {
    const f = I.mem.itemsDict(h);
    return f >= 0 ? f : I.None;
  };
  const check = (h: Handle, what: string): void => {
    if (I.kind[h] !== K.Dict || !I.ty[h].isSubtypeOf(t)) throw te(`descriptor '${what}' requires a 'collections.defaultdict' object but received a '${I.ty[h].name}'`);
  };
  /**
   * `defaultdict(factory, src, **kw)` as type_call runs it: _PyObject_MakeTpCall packs the arguments
   * into a tuple (and keywords into a dict), defdict_init slices off the factory (a second tuple when
   * more arguments follow) and dict_init merges the rest.
   */
  const make = (args: Handle[], kw: Kw): Handle => withTpCallArgs(I, args, kw, () => {
    let h = -1;
    let rest = -1;
    try {
      const f = args[0] ?? I.None;
      h = I.newDict(0, true, t);
      if (f !== I.None && !I.callable(f)) throw te('first argument must be callable or None');
      if (f !== I.None) I.mem.putItemsDict(h, I.incref(f));
      if (args.length > 2) throw te(`dict expected at most 1 argument, got ${args.length - 1}`);
      if (args.length > 1) {
        rest = I.newTuple([I.incref(args[1])]);
        I.dictUpdate(h, args[1]);
      }
      if (kw) for (const [k, v] of kw) I.dictSetStr(h, k, v);
      return h;
    } catch (e) {
      I.xdecref(h);
      throw e;
    } finally {
      I.xdecref(rest);
    }
  });
  I.constructors.set(t, (_t, args, kw) => make(args, kw));
  const missing = (h: Handle, key: Handle): Handle => {
    const f = factory(h);
    if (f === I.None) throw keyError(I, key);
    const v = I.call(I.incref(f), [], null);
    try {
      I.dictSet(h, key, v);
    } catch (e) {
      I.decref(v);
      throw e;
    }
    return v;
  };
  t.ext = {
    missing,
    repr: (h) => {
      const f = factory(h);
      // defdict_repr: Py_ReprEnter around the factory's repr (a factory that shows the dict says '...')
      const fr = f === I.None ? 'None' : I.reprGuard(h, '...', () => I.reprNested(f));
      return `${I.ty[h].name}(${fr}, ${I.dictRepr(h)})`;
    },
    getattr: (h, name) => (name === 'default_factory' ? I.incref(factory(h)) : -1),
    binop: (op, a, b, inplace) => {
      // defdict_or: dd | mapping and mapping | dd make a new defaultdict with the left one's factory
      if (op !== '|' || I.kind[a] !== K.Dict || I.kind[b] !== K.Dict || inplace) return -1;
      const left = I.ty[a].isSubtypeOf(t) ? a : b;
      const r = make([factory(left), a], null);
      I.dictUpdate(r, b);
      return r;
    },
  };
  t.methods.set('__missing__', (a) => {
    check(a[0], '__missing__');
    if (a.length !== 2) throw te(`defaultdict.__missing__() takes exactly one argument (${a.length - 1} given)`);
    return missing(a[0], a[1]);
  });
  const copy = (a: Handle[]): Handle => {
    check(a[0], 'copy');
    return make([factory(a[0]), a[0]], null);
  };
  t.methods.set('copy', copy);
  t.methods.set('__copy__', copy);
  return t;
}
