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
  return { te, none, argc, intArg, strArg, typeArg, nameArg, packArgs, builtin, method };
}
