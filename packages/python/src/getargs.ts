// Argument checking and registration helpers shared by the builtins, the builtin types' method
// tables and the modules: CPython's argument-count messages, index conversion, the argument
// tuple METH_VARARGS packs. Mirrors Python/getargs.c, Python/modsupport.c and Objects/abstract.c.
import { PyException } from './errors.js';
import type { Handle } from './mem.js';
import * as N from './numbers.js';
import { K, PyType, type BuiltinFn } from './objects.js';
import type { Interp } from './interp.js';

/** Keyword arguments as builtins receive them (borrowed), or null. */
export type Kw = Map<string, Handle> | null;

/**
 * The helpers bound to one interpreter.
 * @example
 * ```ts
 * const { argc, intArg, method } = argKit(I);
 * ```
 */
export function argKit(I: Interp) {
  const te = (msg: string) => new PyException('TypeError', msg);
  const none = () => I.none();
  const argc = (name: string, args: Handle[], min: number, max: number, exact = false): void => {
    if (args.length < min || args.length > max) {
      if (min === max) {
        throw te(`${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${args.length} given)`);
      }
      if (args.length < min) throw te(`${name} expected ${exact ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
      throw te(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
    }
  };
  const intArg = (h: Handle, what = 'integer'): number => {
    const k = I.kind[h];
    if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[h].name}' object cannot be interpreted as an ${what}`);
    return Number(I.pv[h] as N.PyIntValue);
  };

  const builtin = (name: string, fn: BuiltinFn): void => {
    const h = I.newBuiltin(name, fn);
    I.builtins.set(name, h);
  };
  const method = (t: PyType, name: string, fn: BuiltinFn): void => {
    t.methods.set(name, fn);
  };
  /** The argument tuple a call packs (METH_VARARGS, *args, tp_call): new references to each argument. */
  const packArgs = (args: readonly Handle[]): Handle => I.newTuple(args.map((a) => I.incref(a)));
  /** A METH_VARARGS method: the call packs its arguments (after self) into a tuple that lives for the call. */
  const varargs = (fn: BuiltinFn): BuiltinFn => (a, kw) => {
    const packed = packArgs(a.slice(1));
    try {
      return fn(a, kw);
    } finally {
      I.decref(packed);
    }
  };
  const strArg = (v: Handle, what: string): string => {
    if (I.kind[v] !== K.Str) throw te(`${what} must be None or a string, not ${I.ty[v].name}`);
    return I.pv[v] as string;
  };
  const typeArg = (h: Handle, msg: string): PyType => {
    if (I.kind[h] !== K.Type) throw te(msg);
    return I.pv[h] as PyType;
  };
  const nameArg = (h: Handle, fn: string): string => {
    if (I.kind[h] !== K.Str) throw te(`${fn}(): attribute name must be string`);
    return I.pv[h] as string;
  };
  /** _PyEval_SliceIndexNotNone: an int or an __index__ object, clamped to the Py_ssize_t range. */
  const sliceIndexArg = (h: Handle): number => {
    let v: N.PyIntValue;
    const k = I.kind[h];
    if (k === K.Int || k === K.Bool) v = I.pv[h] as N.PyIntValue;
    else {
      const f = k === K.Instance ? I.lookupClassAttr(I.ty[h], '__index__') : -1;
      if (f < 0) throw te('slice indices must be integers or have an __index__ method');
      const r = I.call(I.incref(f), [I.incref(h)], null);
      if (I.kind[r] !== K.Int && I.kind[r] !== K.Bool) {
        I.decref(r);
        throw te(`__index__ returned non-int (type ${I.ty[r].name})`);
      }
      v = I.pv[r] as N.PyIntValue;
      I.decref(r);
    }
    const n = Number(v);
    return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : n < -Number.MAX_SAFE_INTEGER ? -Number.MAX_SAFE_INTEGER : n;
  };
  /** The [start, stop) range list.index/tuple.index search (start and stop adjusted like a slice's, then clamped). */
  const indexRange = (a: Handle[], n: number): [number, number] => {
    if (a.length < 2) throw te(`index expected at least 1 argument, got 0`);
    if (a.length > 4) throw te(`index expected at most 3 arguments, got ${a.length - 1}`);
    let start = a.length > 2 ? sliceIndexArg(a[2]) : 0;
    let stop = a.length > 3 ? sliceIndexArg(a[3]) : n;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop = Math.max(0, stop + n);
    return [start, Math.min(stop, n)];
  };
  return { te, none, argc, intArg, strArg, typeArg, nameArg, packArgs, varargs, builtin, method, sliceIndexArg, indexRange };
}
