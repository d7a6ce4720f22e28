// Argument binding of a call to a Python function: positional arguments, *args packed into a
// tuple, keywords matched by name or collected into the **kwargs dict, defaults and keyword-only
// defaults filled in, and CPython's exact TypeError for every mismatch. Mirrors
// Python/ceval.c (initialize_locals, too_many_positional, missing_arguments,
// positional_only_passed_as_keyword) of 3.11, in its order, which decides what is allocated.
import { PyException } from './errors.js';
import type { Handle } from './mem.js';
import type { Code, FuncData, Interp } from './interp.js';

/** format_missing: 'a' / 'a' and 'b' / 'a', 'b', and 'c'. */
function nameList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function missing(qualname: string, names: readonly string[], kind: 'positional' | 'keyword-only'): PyException {
  const s = names.length === 1 ? '' : 's';
  return new PyException('TypeError', `${qualname}() missing ${names.length} required ${kind} argument${s}: ${nameList(names)}`);
}

function tooManyPositional(code: Code, given: number, ndefaults: number, fast: readonly Handle[], qualname: string): PyException {
  const argc = code.nPositional;
  let kwonlyGiven = 0;
  for (let i = argc; i < argc + code.nKwOnly; i++) if (fast[i]! >= 0) kwonlyGiven++;
  let sig: string;
  let plural: boolean;
  if (ndefaults) {
    sig = `from ${argc - ndefaults} to ${argc}`;
    plural = true;
  } else {
    sig = `${argc}`;
    plural = argc !== 1;
  }
  const kwSig = kwonlyGiven ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  const verb = given === 1 && !kwonlyGiven ? 'was' : 'were';
  return new PyException('TypeError', `${qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwSig} ${verb} given`);
}

/**
 * Binds `args` and `kw` to a new array of fast locals for `fd`'s code; steals every argument
 * (on an error they are all released, with whatever was bound). Returns the fast locals.
 */
export function bindArguments(I: Interp, fd: FuncData, args: Handle[], kw: Map<string, Handle> | null): Handle[] {
  const code = fd.code;
  const fast: Handle[] = new Array(code.nlocals).fill(-1);
  const argc = code.nPositional;
  const total = argc + code.nKwOnly;
  const params = code.params;
  const qualname = fd.qualname;
  let kwdict = -1;
  let i = total;
  if (code.varargs) i++;
  if (code.varkw) {
    kwdict = I.newDict();
    fast[i] = kwdict;
  }
  const n = Math.min(args.length, argc);
  for (let j = 0; j < n; j++) fast[j] = args[j]!;
  if (code.varargs) fast[total] = I.newTuple(args.slice(n));
  // without *args the extra positional arguments have no slot: held here until the error releases them
  const extra = code.varargs ? [] : args.slice(n);
  const fail = (e: PyException): never => {
    for (let j = 0; j < fast.length; j++) if (fast[j]! >= 0) I.decref(fast[j]!);
    for (const x of extra) I.decref(x);
    throw e;
  };
  if (kw) {
    const entries = [...kw];
    for (let e = 0; e < entries.length; e++) {
      const [name, value] = entries[e]!;
      let at = -1;
      for (let j = code.nPosOnly; j < total; j++) {
        if (params[j]!.name === name) {
          at = j;
          break;
        }
      }
      if (at < 0) {
        if (kwdict < 0) {
          for (let r = e; r < entries.length; r++) I.decref(entries[r]![1]);
          const posOnly = entries.map(([k]) => k).filter((k) => params.slice(0, code.nPosOnly).some((p) => p.name === k));
          if (posOnly.length) {
            fail(new PyException('TypeError', `${qualname}() got some positional-only arguments passed as keyword arguments: '${posOnly.join(', ')}'`));
          }
          fail(new PyException('TypeError', `${qualname}() got an unexpected keyword argument '${name}'`));
        }
        const key = I.newStr(name);
        I.dictSet(kwdict, key, value);
        I.decref(key);
        I.decref(value);
        continue;
      }
      if (fast[at]! >= 0) {
        for (let r = e; r < entries.length; r++) I.decref(entries[r]![1]);
        fail(new PyException('TypeError', `${qualname}() got multiple values for argument '${name}'`));
      }
      fast[at] = value;
    }
  }
  if (!code.varargs && args.length > argc) fail(tooManyPositional(code, args.length, fd.defaults.length, fast, qualname));
  const nd = fd.defaults.length;
  if (args.length < argc) {
    const m = argc - nd;
    const lacking: string[] = [];
    for (let j = args.length; j < m; j++) if (fast[j]! < 0) lacking.push(params[j]!.name);
    if (lacking.length) fail(missing(qualname, lacking, 'positional'));
    for (let j = Math.max(m, args.length); j < argc; j++) if (fast[j]! < 0) fast[j] = I.incref(fd.defaults[j - m]!);
  }
  if (code.nKwOnly) {
    const lacking: string[] = [];
    for (let j = argc; j < total; j++) {
      if (fast[j]! >= 0) continue;
      const d = fd.kwdefaults.get(params[j]!.name);
      if (d !== undefined) fast[j] = I.incref(d);
      else lacking.push(params[j]!.name);
    }
    if (lacking.length) fail(missing(qualname, lacking, 'keyword-only'));
  }
  return fast;
}

/** Whether a call can skip binding: exactly the positional parameters, no keywords, no *args/**kwargs. */
export function isSimpleCall(code: Code, nargs: number, kw: Map<string, Handle> | null): boolean {
  return kw === null && nargs === code.nPositional && code.nKwOnly === 0 && !code.varargs && !code.varkw;
}
