// Metaclasses: the metaclass a class statement or type(name, bases, dict) uses (the most derived
// of the given one and its bases' types), type's own __new__/__init__/__call__/__prepare__ as a
// metaclass reaches them through super(), and attribute lookup on a class that falls back to its
// metaclass. Mirrors Objects/typeobject.c (_PyType_CalculateMetaclass, type_new, type_init,
// type_call, type_getattro) and Python/bltinmodule.c (builtin___build_class__).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import type { Kw } from '../getargs.js';
import { callHeapType } from './classObject.js';

/**
 * _PyType_CalculateMetaclass: the most derived of `meta` and the types of `bases`; a TypeError
 * when neither of two candidates derives from the other.
 *
 * @example
 * ```ts
 * calculateMetaclass(I, I.tType, [B]); // M when type(B) is M
 * ```
 */
export function calculateMetaclass(I: Interp, meta: PyType, bases: readonly Handle[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = I.ty[b];
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    throw new PyException('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** Is `t` a metaclass other than type itself (a class deriving from type)? */
export function isCustomMeta(I: Interp, t: PyType): boolean {
  return t !== I.tType && t.isSubtypeOf(I.tType);
}

/** The user `__call__` of a class's metaclass (borrowed), or -1: a metaclass __call__ makes the instances. */
export function metaCall(I: Interp, cls: Handle): Handle {
  const mt = I.ty[cls];
  return mt.isHeap ? I.lookupClassAttr(mt, '__call__') : -1;
}

/**
 * `C.name` looked up in C's metaclass (type_getattro's meta_attribute): a data descriptor there
 * wins over C's own attributes (`first`), anything else comes after them. New reference or -1.
 */
export function metaAttr(I: Interp, t: PyType, name: string, first: boolean): Handle {
  const mt = I.ty[t.h];
  if (!mt.isHeap) return -1;
  const v = I.lookupClassAttr(mt, name);
  if (v < 0 || (first && !I.isDataDescriptor(v))) return -1;
  return I.bindDescriptor(v, t.h, mt);
}

/** type.__new__, type.__init__, type.__call__ and type.__prepare__, as methods of type a metaclass inherits. */
export function installTypeMethods(I: Interp): void {
  const M = I.tType.methods;
  const te = (msg: string) => new PyException('TypeError', msg);
  const typeOf = (h: Handle | undefined, what: string): PyType => {
    if (h === undefined || I.kind[h] !== K.Type) throw te(`${what}: X is not a type object (${h === undefined ? 'nothing' : I.ty[h].name})`);
    return I.pv[h] as PyType;
  };
  // type.__new__(mcls, name, bases, dict, **kw): borrowed arguments
  M.set('__new__', (a, kw) => {
    const mcls = typeOf(a[0], 'type.__new__(X)');
    if (!mcls.isSubtypeOf(I.tType)) throw te(`type.__new__(${mcls.name}): ${mcls.name} is not a subtype of type`);
    // tp_new_wrapper is METH_VARARGS: the arguments come packed, and it slices the class off them
    const packed = I.newTuple(a.map((x) => I.incref(x)));
    const sliced = I.newTuple(a.slice(1).map((x) => I.incref(x)));
    try {
      return typeNew(I, mcls, a.slice(1), kw);
    } finally {
      I.decref(sliced);
      I.decref(packed);
    }
  });
  // type_init: only checks the argument count
  M.set('__init__', (a, kw) => {
    const n = a.length - 1;
    if (kw && kw.size && n === 1) throw te('type.__init__() takes no keyword arguments');
    if (n !== 1 && n !== 3) throw te('type.__init__() takes 1 or 3 arguments');
    // wrapper_call: a slot wrapper gets its arguments as a tuple
    I.decref(I.newTuple(a.slice(1).map((x) => I.incref(x))));
    return I.none();
  });
  // type_call on a class: its __new__ then __init__ (a metaclass __call__ reaches it through super())
  M.set('__call__', (a, kw) => {
    const cls = typeOf(a[0], "descriptor '__call__' of 'type' object needs an argument");
    const args = a.slice(1).map((x) => I.incref(x));
    const kwc: Kw = kw ? new Map([...kw].map(([k, v]) => [k, I.incref(v)])) : null;
    if (cls.isHeap) {
      try {
        return callHeapType(I, cls, args, kwc);
      } finally {
        for (const x of args) I.decref(x);
        if (kwc) for (const v of kwc.values()) I.decref(v);
      }
    }
    return I.callType(cls, args, kwc);
  });
  M.set('__prepare__', () => I.newDict());
}

/** type_new with a metaclass: (name, bases, dict) checked as type.__new__ checks them (borrowed). */
export function typeNew(I: Interp, mcls: PyType, args: Handle[], kw: Kw): Handle {
  const te = (msg: string) => new PyException('TypeError', msg);
  if (args.length !== 3) throw te(`type.__new__() takes exactly 3 arguments (${args.length} given)`);
  if (I.kind[args[0]] !== K.Str) throw te(`type.__new__() argument 1 must be str, not ${I.ty[args[0]].name}`);
  if (I.kind[args[1]] !== K.Tuple) throw te(`type.__new__() argument 2 must be tuple, not ${I.ty[args[1]].name}`);
  if (I.kind[args[2]] !== K.Dict) throw te(`type.__new__() argument 3 must be dict, not ${I.ty[args[2]].name}`);
  const name = I.pv[args[0]] as string;
  const qualH = I.dictGetStr(args[2], '__qualname__');
  const qual = qualH >= 0 && I.kind[qualH] === K.Str ? (I.pv[qualH] as string) : name;
  return I.makeClass(name, qual, args[1], args[2], kw, mcls);
}

/** What __build_class__ decided about a class statement's metaclass. */
export interface BuildMeta {
  /** The metaclass to call; null for type itself (the class is made by makeClass directly). */
  readonly meta: Handle | null;
  /** The class keywords without `metaclass` (owned), or null. */
  readonly kw: Kw;
  /** mkw: the keywords as the dict CPython builds for them (owned), or -1 when there were none. */
  readonly mkw: Handle;
}

/**
 * builtin___build_class__'s first half: the keywords as a dict (mkw), `metaclass` taken out of
 * it, the metaclass from it or from the first base, then the most derived one (borrowed bases;
 * `kw` is consumed).
 */
export function buildClassMeta(I: Interp, bases: readonly Handle[], kw: Kw): BuildMeta {
  let mkw = -1;
  let given = -1;
  if (kw && kw.size) {
    mkw = I.newDict();
    for (const [k, v] of kw) I.dictSetStr(mkw, k, v);
    given = kw.get('metaclass') ?? -1;
    if (given >= 0) {
      const key = I.newStr('metaclass');
      I.dictDel(mkw, key);
      I.decref(key);
      kw.delete('metaclass');
    }
  }
  const rest: Kw = kw && kw.size ? kw : null;
  let meta: PyType | null;
  try {
    if (given >= 0 && I.kind[given] !== K.Type) meta = null; // a callable, used as it is
    else meta = calculateMetaclass(I, given >= 0 ? (I.pv[given] as PyType) : bases.length ? I.ty[bases[0]] : I.tType, bases);
  } catch (e) {
    I.xdecref(given);
    if (rest) for (const v of rest.values()) I.decref(v);
    I.xdecref(mkw);
    throw e;
  }
  const h = meta === null ? given : meta === I.tType ? -1 : I.incref(meta.h);
  if (meta !== null) I.xdecref(given);
  return { meta: h >= 0 ? h : null, kw: rest, mkw };
}

/** `meta.__prepare__(name, bases, **kw)` when the metaclass defines one (else a new dict); the namespace must be a dict here. */
export function prepareNamespace(I: Interp, b: BuildMeta, name: Handle, bases: Handle): Handle {
  if (b.meta === null || I.kind[b.meta] !== K.Type || !(I.pv[b.meta] as PyType).isHeap || I.lookupClassAttr(I.pv[b.meta] as PyType, '__prepare__') < 0) return I.newDict();
  const prep = I.getattr(b.meta, '__prepare__');
  const kwc: Kw = b.kw ? new Map([...b.kw].map(([k, v]) => [k, I.incref(v)])) : null;
  const ns = I.call(prep, [I.incref(name), I.incref(bases)], kwc);
  if (I.kind[ns] !== K.Dict) {
    const tn = I.ty[ns].name;
    I.decref(ns);
    throw new PyException('NotImplementedError', `pymem does not support a __prepare__ that returns a '${tn}' (only dict namespaces)`);
  }
  return ns;
}

/** __build_class__'s last step with a metaclass: `meta(name, bases, ns, **kw)` (borrowed arguments; new reference). */
export function callMeta(I: Interp, b: BuildMeta, name: Handle, bases: Handle, ns: Handle): Handle {
  const kwc: Kw = b.kw ? new Map([...b.kw].map(([k, v]) => [k, I.incref(v)])) : null;
  return I.call(I.incref(b.meta!), [I.incref(name), I.incref(bases), I.incref(ns)], kwc);
}

/** Drops what buildClassMeta owns. */
export function releaseBuildMeta(I: Interp, b: BuildMeta): void {
  if (b.meta !== null) I.decref(b.meta);
  if (b.kw) for (const v of b.kw.values()) I.decref(v);
  I.xdecref(b.mkw);
}
