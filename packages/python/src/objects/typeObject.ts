// Calling a type: tp_call's argument packing, the builtin types' constructors (int, float,
// str, bytes, list, tuple, dict, set, range, object, type), and class creation with CPython's
// instance layouts (slots, managed dicts, shared keys) and __init__. Mirrors Objects/typeobject.c
// (type_call, object_new) and each type's tp_new.
import { bytesNew } from './bytesObject.js';
import { strNew } from './strObject.js';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import { K, PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import type { Kw } from '../getargs.js';
import { callHeapType } from './classObject.js';
import { typeNew } from './metaclass.js';
import { constructException } from './exceptions.js';
import { IntParseError, parseIntLiteral } from './intParse.js';
import { floatFromString } from './floatMethods.js';
import { numberIndex } from './rangeObject.js';

/** Sets I.callType: calling a builtin type or a class. */
export function installTypeCalls(I: Interp): void {
  const { te, argc, intArg, packArgs } = argKit(I);
  const parseIntText = (s: string, base: number): N.PyIntValue => {
    try {
      return parseIntLiteral(s, base, I.maxStrDigits);
    } catch (e) {
      if (e instanceof IntParseError) {
        throw new PyException('ValueError', e.limit ?? `invalid literal for int() with base ${base}: ${I.repr(I.newStr(s))}`);
      }
      throw e;
    }
  };

  I.callType = (t, args, kw) => {
    // Types without a vectorcall in 3.11 (int, str, bytes, weakref.ref, classes, the extension types) are called through tp_call:
    // _PyObject_MakeTpCall packs the positional arguments into a tuple (from the tuple free list,
    // or a fresh GC allocation) and keywords into a dict, both dropped after the call. float,
    // bool, range, list, tuple, dict, set, frozenset, type and object have vectorcalls: no packing.
    // type_vectorcall handles type(x) only: type(name, bases, dict) goes through tp_call too
    const tpCall = t.isHeap || t.tpCall || (t === I.tType && args.length !== 1) || t === I.tInt || t === I.tStr || t === I.tBytes || t === I.tByteArray || t === I.tSlice || t === I.tWeakref || t === I.tProperty || t === I.tStaticMethod || t === I.tClassMethod;
    const packed = tpCall && args.length > 0 ? packArgs(args) : -1;
    let kwDict = -1;
    let kwNames = -1;
    if (tpCall && kw && kw.size > 0) {
      kwDict = I.newDict();
      for (const [k, v] of kw) I.dictSetStr(kwDict, k, v);
      // a class's __init__ is then called with vectorcall again: the dict becomes a kwnames tuple
      // (CPython makes it after the instance; here just before)
      if (t.isHeap) kwNames = I.newTuple([...kw.keys()].map((k) => I.internStr(k)));
    }
    try {
      return construct(t, args, kw);
    } finally {
      if (kwNames >= 0) I.decref(kwNames);
      if (kwDict >= 0) I.decref(kwDict);
      if (packed >= 0) I.decref(packed);
      for (const a of args) I.decref(a);
      if (kw) for (const v of kw.values()) I.decref(v);
    }
  };

  const construct = (t: PyType, args: Handle[], kw: Kw): Handle => {
    // a constructor another file registered (weakref.ref), else the builtin ones below
    const own = I.constructors.get(t);
    if (own !== undefined) return own(t, args, kw);
    if (t.kind === K.Exception) return constructException(I, t, args, kw);
    if (t.isHeap) return callHeapType(I, t, args, kw);
    switch (t.kind) {
      case K.Bool:
        argc('bool', args, 0, 1);
        return I.newBool(args.length ? I.truthy(args[0]) : false);
      case K.Int: {
        if (t === I.tBool) {
          argc('bool', args, 0, 1);
          return I.newBool(args.length ? I.truthy(args[0]) : false);
        }
        const baseArg = args[1] ?? kw?.get('base');
        if (args.length === 0 && baseArg === undefined) return I.newInt(0);
        if (args.length === 0) throw te('int() missing string argument');
        const a = args[0];
        const k = I.kind[a];
        if (baseArg !== undefined) {
          const base = intArg(baseArg);
          if (base !== 0 && (base < 2 || base > 36)) throw new PyException('ValueError', 'int() base must be >= 2 and <= 36, or 0');
          if (k !== K.Str && k !== K.Bytes) throw te("int() can't convert non-string with explicit base");
          return I.newInt(parseIntText(I.pv[a] as string, base));
        }
        if (k === K.Bytes) return I.newInt(parseIntText(I.pv[a] as string, 10));
        if (k === K.Int) return I.incref(a);
        if (k === K.Bool) return I.newInt(I.pv[a] as number);
        if (k === K.Float) {
          const f = I.pv[a] as number;
          if (!Number.isFinite(f)) throw new PyException(Number.isNaN(f) ? 'ValueError' : 'OverflowError', Number.isNaN(f) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
          return I.newInt(Number.isSafeInteger(Math.trunc(f)) ? Math.trunc(f) : BigInt(Math.trunc(f)));
        }
        if (k === K.Str) return I.newInt(parseIntText(I.pv[a] as string, 10));
        if (k === K.Instance) {
          // PyNumber_Long: __int__, then __index__, then __trunc__
          for (const name of ['__int__', '__index__', '__trunc__']) {
            const f = I.lookupClassAttr(I.ty[a], name);
            if (f < 0) continue;
            const r = I.call(I.incref(f), [I.incref(a)], null);
            if (I.kind[r] === K.Int && I.ty[r] === I.tInt) return r;
            if (I.kind[r] === K.Int || I.kind[r] === K.Bool) {
              const v = I.pv[r] as N.PyIntValue;
              I.decref(r);
              return I.newInt(v);
            }
            const rt = I.ty[r].name;
            I.decref(r);
            throw te(`${name} returned non-int (type ${rt})`);
          }
        }
        throw te(`int() argument must be a string, a bytes-like object or a real number, not '${I.ty[a].name}'`);
      }
      case K.Float: {
        if (args.length === 0) return I.newFloat(0);
        const a = args[0];
        const k = I.kind[a];
        if (k === K.Float) return I.incref(a);
        if (k === K.Int || k === K.Bool) {
          try {
            return I.newFloat(N.intToFloat(I.pv[a] as N.PyIntValue));
          } catch (e) {
            throw I.arith(e);
          }
        }
        if (k === K.Str || k === K.Bytes) {
          const f = floatFromString(I.pv[a] as string);
          if (f === null) throw new PyException('ValueError', `could not convert string to float: ${I.repr(a)}`);
          return I.newFloat(f);
        }
        if (k === K.Instance) {
          // PyNumber_Float: __float__, then __index__
          const f = I.lookupClassAttr(I.ty[a], '__float__');
          if (f >= 0) {
            const r = I.call(I.incref(f), [I.incref(a)], null);
            if (I.kind[r] === K.Float) return r;
            const rt = I.ty[r].name;
            I.decref(r);
            throw te(`${I.ty[a].name}.__float__ returned non-float (type ${rt})`);
          }
          if (I.lookupClassAttr(I.ty[a], '__index__') >= 0) {
            const r = numberIndex(I, a);
            try {
              return I.newFloat(N.intToFloat(I.pv[r] as N.PyIntValue));
            } catch (e) {
              throw I.arith(e);
            } finally {
              I.decref(r);
            }
          }
        }
        throw te(`float() argument must be a string or a real number, not '${I.ty[a].name}'`);
      }
      case K.Str:
        if (args.length > 1 || kw) return strNew(I, args, kw);
        if (args.length === 0) return I.newStr('');
        return I.strObject(args[0]);
      case K.Bytes:
        return bytesNew(I, args, kw);
      case K.List:
        argc('list', args, 0, 1);
        return args.length ? I.listFrom(args[0]) : I.newList([]);
      case K.Tuple: {
        argc('tuple', args, 0, 1);
        if (!args.length) return I.newTuple([]);
        if (I.ty[args[0]] === I.tTuple) return I.incref(args[0]);
        return I.newTuple(I.collect(args[0]));
      }
      case K.Dict: {
        const d = I.newDict();
        if (args.length) I.dictUpdate(d, args[0]);
        if (kw) for (const [k, v] of kw) I.dictSetStr(d, k, v);
        return d;
      }
      case K.Set:
      case K.FrozenSet: {
        if (t.kind === K.FrozenSet && args.length && I.kind[args[0]] === K.FrozenSet) return I.incref(args[0]);
        const s = I.newSet(t.kind === K.FrozenSet);
        if (args.length) I.setUpdate(s, args[0]);
        return s;
      }
      case K.Object:
        if (t !== I.tObject) {
          // an exception class called: not raisable in the subset, but constructible
          return I.alloc(I.tObject, K.Object, null);
        }
        if (args.length) throw te('object() takes no arguments');
        return I.alloc(I.tObject, K.Object, null);
      case K.Type: {
        if (args.length === 1) return I.incref(I.ty[args[0]].h);
        if (args.length !== 3) throw te('type() takes 1 or 3 arguments');
        return typeNew(I, I.tType, args, kw);
      }
    }
    throw te(`cannot create '${t.name}' instances`);
  };
}
