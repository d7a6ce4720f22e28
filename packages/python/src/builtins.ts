// The builtins module (print, len, range, type, isinstance, sorted, ...), and the installation
// of the whole library in CPython's order: builtins, type constructors, the builtin types' method
// tables, then the modules. Mirrors Python/bltinmodule.c. Start with `installBuiltins`.
import { genNext, isGen } from './objects/genObject.js';
import { PyException } from './errors.js';
import type { Handle } from './mem.js';
import * as N from './numbers.js';
import { K, PyType, type BuiltinFn, type ByteArrayData } from './objects.js';
import type { Interp } from './interp.js';
import { argKit } from './getargs.js';
import { installTypeCalls } from './objects/typeObject.js';
import { installRange } from './objects/rangeObject.js';
import { installSlice } from './objects/sliceObject.js';
import { installClassMachinery } from './objects/classObject.js';
import { installPropertyTypes } from './objects/propertyObject.js';
import { installListMethods, sortItems } from './objects/listObject.js';
import { installTupleMethods } from './objects/tupleObject.js';
import { installDictMethods } from './objects/dictObject.js';
import { installSetMethods } from './objects/setMethods.js';
import { installSlotWrappers } from './objects/slotWrapper.js';
import { installStrMethods } from './objects/strObject.js';
import { installIntMethods, intPowMod } from './objects/intMethods.js';
import { complexAbs, installComplex } from './objects/complexObject.js';
import { installFloatMethods } from './objects/floatMethods.js';
import { installBytesMethods } from './objects/bytesObject.js';
import { installByteArray } from './objects/bytearrayObject.js';
import { asciiEscape } from './objects/strFormat.js';
import { installFuncIterators } from './objects/funcIterObject.js';
import { roundFloat, scaledRound } from './dtoa.js';
import { installImport } from './modules/import.js';
import { installImportBuiltins } from './modules/importBuiltin.js';
import { installSys } from './modules/sysModule.js';
import { installGc } from './modules/gcModule.js';
import { installWeakref } from './modules/weakrefModule.js';
import { installExceptions } from './objects/exceptions.js';
import { installDir } from './objects/dirBuiltin.js';
import { LAZY_MODULES } from './modules/lazy.js';

/** Where print writes. */
export interface OutputSinks {
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line of standard input (with or without its newline), or null at its end; none: stdin is empty. */
  readonly stdin?: () => string | null;
  /** The program's file name (sys.argv[0]). */
  readonly filename?: string;
}

/**
 * Installs builtins, builtin-type methods, class machinery and the gc/sys/weakref modules.
 * Each part is its own file (objects/*Object.ts for a type's methods, modules/*Module.ts for a
 * module); the order below is the order of their allocations, which counts and addresses show.
 * @example
 * ```ts
 * installBuiltins(interp, { stdout: (t) => out.push(t), stderr: () => {} });
 * ```
 */
export function installBuiltins(I: Interp, io: OutputSinks): { gcCallbacks: Handle; garbage: Handle; atexit: () => void } {
  installBltinFunctions(I, io);
  installFuncIterators(I);
  installTypeCalls(I);
  installRange(I);
  installSlice(I);
  installClassMachinery(I);
  installPropertyTypes(I);
  installListMethods(I);
  installTupleMethods(I);
  installDictMethods(I);
  installSetMethods(I);
  installSlotWrappers(I);
  installStrMethods(I);
  installBytesMethods(I);
  installByteArray(I);
  installIntMethods(I);
  installFloatMethods(I);
  installComplex(I);
  installImport(I, LAZY_MODULES);
  installImportBuiltins(I);
  installSys(I, io, io.filename);
  const { gcCallbacks, garbage } = installGc(I);
  const atexit = installWeakref(I);
  return { gcCallbacks, garbage, atexit };
}

/** print, len, repr, ... and the builtin type names: the functions of bltinmodule. */
function installBltinFunctions(I: Interp, io: OutputSinks): void {
  const { te, none, argc, intArg, strArg, typeArg, nameArg, packArgs, builtin } = argKit(I);
  // ------------------------------------------------------------ print and friends
  const space = I.newStr(' ');
  const newline = I.newStr('\n');
  // print's argument parser (_PyArg_UnpackKeywordsWithVararg) makes its keyword-name tuple
  // ('sep', 'end', 'file', 'flush') on the first call and keeps it, and packs the positional
  // arguments into a tuple on every call (from the tuple free list, or a fresh GC allocation).
  let printKwtuple: Handle = -1;
  builtin('print', (args, kw) => {
    if (printKwtuple < 0) {
      // the names are static identifiers in CPython (no allocation); the static empty str stands in
      printKwtuple = I.newTuple([0, 1, 2, 3].map(() => I.incref(I.emptyStr)));
    }
    const packed = args.length > 0 ? packArgs(args) : -1;
    try {
      return printImpl(args, kw);
    } finally {
      if (packed >= 0) I.decref(packed);
    }
  });
  const printImpl: BuiltinFn = (args, kw) => {
    let sepArg: Handle = -1;
    let endArg: Handle = -1;
    let fileArg: Handle = -1;
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'sep') sepArg = v === I.None ? -1 : (strArg(v, 'sep'), v);
        else if (k === 'end') endArg = v === I.None ? -1 : (strArg(v, 'end'), v);
        else if (k === 'file') fileArg = v === I.None ? -1 : v;
        else if (k === 'flush') continue;
        else throw te(`'${k}' is an invalid keyword argument for print()`);
      }
    }
    // PyFile_WriteObject for each piece: `file.write` fetched as a bound builtin method (a
    // GC object that lives for this one write), str(x) of a non-str (a temporary), the call
    // sep and end given as None, or not given, are written with PyFile_WriteString of a
    // one-character constant: a cached str, so no temporary (a JS string here)
    let out = '';
    const write = (a: Handle | string): void => {
      const writer = I.newBuiltin('write', printWriter);
      if (typeof a === 'string') out += a;
      else if (I.kind[a] === K.Str) out += I.pv[a] as string;
      else {
        const text = I.str(a);
        const tmp = I.newStr(text);
        out += text;
        I.decref(tmp);
      }
      I.decref(writer);
    };
    for (let i = 0; i < args.length; i++) {
      if (i) write(sepArg >= 0 ? sepArg : ' ');
      write(args[i]);
    }
    write(endArg >= 0 ? endArg : '\n');
    if (fileArg < 0 || fileArg === I.streams.stdout) io.stdout(out);
    else if (fileArg === I.streams.stderr) io.stderr(out);
    else {
      // another file object: its own write method, called with the whole text
      const w = I.getattr(fileArg, 'write');
      I.decref(I.call(w, [I.newStr(out)], null));
    }
    return none();
  };
  // the bound `write` a print fetches is never called from Python
  const printWriter: BuiltinFn = () => none();
  void space;
  void newline;

  builtin('len', (args) => {
    argc('len', args, 1, 1);
    return I.newInt(I.len(args[0]));
  });
  builtin('format', (args) => {
    argc('format', args, 1, 2);
    const spec = args.length > 1 ? args[1]! : -1;
    if (spec >= 0 && I.kind[spec] !== K.Str) throw te(`format() argument 2 must be str, not ${I.ty[spec].name}`);
    return I.format(args[0]!, spec >= 0 ? (I.pv[spec] as string) : '');
  });
  builtin('ascii', (args) => {
    argc('ascii', args, 1, 1);
    return I.newStr(asciiEscape(I.repr(args[0]!)));
  });
  builtin('repr', (args) => {
    argc('repr', args, 1, 1);
    return I.reprObject(args[0]);
  });
  builtin('id', (args) => {
    argc('id', args, 1, 1);
    return I.newInt(I.mem.address(args[0]));
  });
  builtin('hash', (args) => {
    argc('hash', args, 1, 1);
    I.hashKey(args[0]);
    return I.newInt(N.normInt(I.hashExact(args[0])));
  });
  builtin('abs', (args) => {
    argc('abs', args, 1, 1);
    const a = args[0];
    if (I.kind[a] === K.Float) return I.newFloat(Math.abs(I.pv[a] as number));
    if (I.kind[a] === K.Complex) return complexAbs(I, a);
    if (I.kind[a] === K.Int || I.kind[a] === K.Bool) {
      const v = I.pv[a] as N.PyIntValue;
      return v < 0 ? I.newInt(N.intSub(0, v)) : I.kind[a] === K.Bool ? I.newInt(v) : I.incref(a);
    }
    const f = I.kind[a] === K.Instance ? I.lookupClassAttr(I.ty[a], '__abs__') : -1;
    if (f >= 0) return I.call(I.incref(f), [I.incref(a)], null);
    throw te(`bad operand type for abs(): '${I.ty[a].name}'`);
  });
  builtin('isinstance', (args) => {
    argc('isinstance', args, 2, 2);
    return I.newBool(isInstance(args[0], args[1]));
  });
  builtin('issubclass', (args) => {
    argc('issubclass', args, 2, 2);
    const t = typeArg(args[0], 'issubclass() arg 1 must be a class');
    const sub = (c: Handle): boolean =>
      I.kind[c] === K.Tuple ? I.tupleItems(c).some(sub) : t.isSubtypeOf(typeArg(c, 'issubclass() arg 2 must be a class'));
    return I.newBool(sub(args[1]));
  });
  const isInstance = (o: Handle, cls: Handle): boolean => {
    if (I.kind[cls] === K.Tuple) return I.tupleItems(cls).some((c) => isInstance(o, c));
    const t = typeArg(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return I.ty[o].isSubtypeOf(t);
  };
  builtin('hasattr', (args) => {
    argc('hasattr', args, 2, 2);
    return I.newBool(I.hasattr(args[0], nameArg(args[1], 'hasattr')));
  });
  builtin('getattr', (args) => {
    argc('getattr', args, 2, 3);
    const name = nameArg(args[1], 'getattr');
    if (args.length === 3) {
      try {
        return I.getattr(args[0], name);
      } catch (e) {
        if (e instanceof PyException && e.pyType === 'AttributeError') return I.incref(args[2]);
        throw e;
      }
    }
    return I.getattr(args[0], name);
  });
  builtin('setattr', (args) => {
    argc('setattr', args, 3, 3);
    I.setattr(args[0], nameArg(args[1], 'setattr'), args[2]);
    return none();
  });
  builtin('delattr', (args) => {
    argc('delattr', args, 2, 2);
    I.delattr(args[0], nameArg(args[1], 'delattr'));
    return none();
  });
  builtin('callable', (args) => {
    argc('callable', args, 1, 1);
    return I.newBool(I.callable(args[0]));
  });
  builtin('next', (args) => {
    argc('next', args, 1, 2);
    if (I.kind[args[0]] !== K.Iter && I.kind[args[0]] !== K.Instance) throw te(`'${I.ty[args[0]].name}' object is not an iterator`);
    // a generator's StopIteration carries its return value
    if (isGen(I, args[0])) return genNext(I, args[0], args.length === 2 ? args[1] : -1);
    if (args.length === 1 && I.kind[args[0]] === K.Instance) {
      // without a default, a user __next__'s own StopIteration (its value, its traceback) goes on up
      const f = I.lookupClassAttr(I.ty[args[0]], '__next__');
      if (f < 0) throw te(`'${I.ty[args[0]].name}' object is not an iterator`);
      return I.call(I.incref(f), [I.incref(args[0])], null);
    }
    const x = I.next(args[0]);
    if (x >= 0) return x;
    if (args.length === 2) return I.incref(args[1]);
    throw new PyException('StopIteration', '');
  });
  // hex/oct/bin: PyNumber_ToBase of the __index__ value
  const toBase = (name: string, base: 2 | 8 | 16, prefix: string): void =>
    builtin(name, (args) => {
      argc(name, args, 1, 1);
      const h = args[0]!;
      let v: N.PyIntValue;
      if (I.kind[h] === K.Int || I.kind[h] === K.Bool) v = I.pv[h] as N.PyIntValue;
      else {
        const f = I.kind[h] === K.Instance ? I.lookupClassAttr(I.ty[h], '__index__') : -1;
        if (f < 0) throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
        const r = I.call(I.incref(f), [I.incref(h)], null);
        if (I.kind[r] !== K.Int) throw te(`__index__ returned non-int (type ${I.ty[r].name})`);
        v = I.pv[r] as N.PyIntValue;
        I.decref(r);
      }
      const b = BigInt(v);
      return I.newStr(`${b < 0n ? '-' : ''}${prefix}${(b < 0n ? -b : b).toString(base)}`);
    });
  toBase('bin', 2, '0b');
  toBase('oct', 8, '0o');
  toBase('hex', 16, '0x');
  builtin('input', (args) => {
    argc('input', args, 0, 1);
    if (args.length) io.stdout(I.str(args[0]!));
    const line = io.stdin ? io.stdin() : null;
    if (line === null) throw new PyException('EOFError', 'EOF when reading a line');
    return I.newStr(line.replace(/\r?\n$/, ''));
  });
  builtin('chr', (args) => {
    argc('chr', args, 1, 1);
    const v = intArg(args[0]);
    if (v < 0 || v > 0x10ffff) throw new PyException('ValueError', 'chr() arg not in range(0x110000)');
    return I.newStr(String.fromCodePoint(v));
  });
  builtin('ord', (args) => {
    argc('ord', args, 1, 1);
    const a = args[0];
    const k = I.kind[a];
    if (k !== K.Str && k !== K.Bytes && k !== K.ByteArray) throw te(`ord() expected string of length 1, but ${I.ty[a].name} found`);
    const s = [...(k === K.ByteArray ? (I.pv[a] as ByteArrayData).s : (I.pv[a] as string))];
    if (s.length !== 1) throw te(`ord() expected a character, but string of length ${s.length} found`);
    return I.newInt(s[0].codePointAt(0)!);
  });
  builtin('divmod', (args) => {
    argc('divmod', args, 2, 2);
    const ka = I.kind[args[0]];
    const kb = I.kind[args[1]];
    if ((ka === K.Complex || kb === K.Complex) && ka !== K.Instance && kb !== K.Instance) {
      throw te(`unsupported operand type(s) for divmod(): '${I.ty[args[0]].name}' and '${I.ty[args[1]].name}'`);
    }
    if ((ka === K.Float || kb === K.Float) && I.real(args[1]) !== null && Number(I.real(args[1])) === 0 && I.real(args[0]) !== null) {
      throw new PyException('ZeroDivisionError', 'float divmod()');
    }
    const q = I.binop('//', args[0], args[1]);
    const r = I.binop('%', args[0], args[1]);
    return I.newTuple([q, r]);
  });
  builtin('pow', (args) => {
    argc('pow', args, 2, 3);
    if (args.length === 3 && args[2] !== I.None) {
      const isInt = (h: Handle): boolean => I.kind[h] === K.Int || I.kind[h] === K.Bool;
      if (!args.every(isInt)) {
        if (args.some((h) => I.kind[h] === K.Complex)) throw new PyException('ValueError', 'complex modulo');
        throw te('pow() 3rd argument not allowed unless all arguments are integers');
      }
      return I.newInt(intPowMod(I.pv[args[0]] as N.PyIntValue, I.pv[args[1]] as N.PyIntValue, I.pv[args[2]] as N.PyIntValue));
    }
    return I.binop('**', args[0], args[1]);
  });
  builtin('round', (args, kw) => {
    argc('round', args, 1, 2);
    const x = args[0]!;
    const ndH = args.length > 1 ? args[1]! : kw?.get('ndigits') ?? I.None;
    const k = I.kind[x];
    if (k === K.Instance) {
      const f = I.lookupClassAttr(I.ty[x], '__round__');
      if (f >= 0) return I.call(I.incref(f), ndH === I.None ? [I.incref(x)] : [I.incref(x), I.incref(ndH)], null);
    }
    if (k !== K.Float && k !== K.Int && k !== K.Bool) throw te(`type ${I.ty[x].name} doesn't define __round__ method`);
    if (ndH !== I.None && I.kind[ndH] !== K.Int && I.kind[ndH] !== K.Bool) throw te(`'${I.ty[ndH].name}' object cannot be interpreted as an integer`);
    if (k === K.Float) {
      const v = I.pv[x] as number;
      if (ndH === I.None) {
        if (Number.isNaN(v)) throw new PyException('ValueError', 'cannot convert float NaN to integer');
        if (!Number.isFinite(v)) throw new PyException('OverflowError', 'cannot convert float infinity to integer');
        return I.newInt(N.normInt(scaledRound(v, 0) * (v < 0 ? -1n : 1n)));
      }
      return I.newFloat(roundFloat(v, Number(I.pv[ndH] as N.PyIntValue)));
    }
    const v = BigInt(I.pv[x] as N.PyIntValue);
    const nd = ndH === I.None ? 0 : Number(I.pv[ndH] as N.PyIntValue);
    if (nd >= 0) return k === K.Int ? I.incref(x) : I.newInt(Number(v));
    // half to even at 10^-nd (long_round)
    const p = 10n ** BigInt(-nd);
    const mag = v < 0n ? -v : v;
    let q = mag / p;
    const r2 = 2n * (mag % p);
    if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
    return I.newInt(N.normInt((v < 0n ? -q : q) * p));
  });
  // any/all: PyIter_Next one item at a time, stopping at the first that decides (builtin_any_impl)
  const anyAll = (name: string, want: boolean): void =>
    builtin(name, (args) => {
      argc(name, args, 1, 1);
      const it = I.iter(args[0]);
      try {
        for (let x = I.next(it); x >= 0; x = I.next(it)) {
          let t: boolean;
          try {
            t = I.truthy(x);
          } finally {
            I.decref(x);
          }
          if (t === want) return I.newBool(want);
        }
      } finally {
        I.decref(it);
      }
      return I.newBool(!want);
    });
  anyAll('any', true);
  anyAll('all', false);
  builtin('sum', (args, kw) => {
    argc('sum', args, 1, 2);
    let acc = args.length > 1 ? I.incref(args[1]) : kw?.get('start') !== undefined ? I.incref(kw.get('start')!) : I.newInt(0);
    if (I.kind[acc] === K.Str) {
      I.decref(acc);
      throw te("sum() can't sum strings [use ''.join(seq) instead]");
    }
    const it = I.iter(args[0]);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        const r = I.binop('+', acc, x);
        I.decref(acc);
        I.decref(x);
        acc = r;
      }
    } finally {
      I.decref(it);
    }
    return acc;
  });
  const minmax = (name: string, sign: number): BuiltinFn => (args, kw) => {
    if (args.length === 0) throw te(`${name} expected at least 1 argument, got 0`);
    const items = args.length === 1 ? I.collect(args[0]) : args.map((a) => I.incref(a));
    const key = kw?.get('key');
    const dflt = kw?.get('default');
    try {
      if (items.length === 0) {
        if (dflt !== undefined) return I.incref(dflt);
        throw new PyException('ValueError', `${name}() arg is an empty sequence`);
      }
      let best = items[0];
      let bestKey = key !== undefined ? I.call(I.incref(key), [I.incref(best)], null) : I.incref(best);
      for (let i = 1; i < items.length; i++) {
        const k = key !== undefined ? I.call(I.incref(key), [I.incref(items[i])], null) : I.incref(items[i]);
        if (I.cmp(k, bestKey, sign < 0 ? '<' : '>') * sign > 0) {
          I.decref(bestKey);
          bestKey = k;
          best = items[i];
        } else I.decref(k);
      }
      I.decref(bestKey);
      return I.incref(best);
    } finally {
      for (const x of items) I.decref(x);
    }
  };
  builtin('min', minmax('min', -1));
  builtin('max', minmax('max', 1));
  builtin('sorted', (args, kw) => {
    argc('sorted', args, 1, 1);
    const items = I.collect(args[0]);
    let sortedItems: Handle[];
    try {
      sortedItems = sortItems(I, items, kw?.get('key'), kw?.get('reverse') !== undefined && I.truthy(kw.get('reverse')!));
    } catch (e) {
      for (const x of items) I.decref(x);
      throw e;
    }
    return I.newList(sortedItems, sortedItems.length + (sortedItems.length & 1));
  });
  builtin('enumerate', (args, kw) => {
    argc('enumerate', args, 1, 2);
    const start = args.length > 1 ? intArg(args[1]) : kw?.get('start') !== undefined ? intArg(kw.get('start')!) : 0;
    const it = I.iter(args[0]);
    const h = I.newIter('enumerate', it, { n: start });
    I.decref(it);
    I.attachResultTuple(h, 2);
    return h;
  });
  builtin('zip', (args) => {
    // zip has no vectorcall in 3.11: tp_call packs the arguments; zip_new keeps its iterators
    // in a tuple (ittuple) and a result tuple beside them
    const packed = packArgs(args);
    try {
      const its: Handle[] = [];
      try {
        for (const a of args) its.push(I.iter(a));
      } catch (e) {
        for (const x of its) I.decref(x);
        throw e;
      }
      const ittuple = I.newTuple(its);
      const h = I.alloc(I.iterTypes['zip'], K.Iter, { seq: 0, i: 0, its: I.tupleItems(ittuple) }, 1);
      (I.pv[h] as { seq: Handle }).seq = h;
      I.mem.putSlot(h, 0, ittuple);
      I.attachResultTuple(h, its.length, 1);
      return h;
    } finally {
      I.decref(packed);
    }
  });
  builtin('vars', (args) => {
    argc('vars', args, 0, 1);
    if (args.length === 0) return I.frameLocals();
    try {
      return I.getattr(args[0], '__dict__');
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'AttributeError') throw te('vars() argument must have __dict__ attribute');
      throw e;
    }
  });
  installDir(I);
  builtin('globals', (args) => {
    argc('globals', args, 0, 0);
    return I.incref(I.frame!.globals);
  });
  builtin('locals', (args) => {
    argc('locals', args, 0, 0);
    return I.frameLocals();
  });

  // ------------------------------------------------------------ types as callables
  const typeNames: [string, PyType][] = [
    ['int', I.tInt], ['float', I.tFloat], ['str', I.tStr], ['bool', I.tBool], ['list', I.tList], ['tuple', I.tTuple],
    ['dict', I.tDict], ['set', I.tSet], ['frozenset', I.tFrozenSet], ['object', I.tObject], ['range', I.tRange],
    ['type', I.tType], ['bytes', I.tBytes], ['slice', I.tSlice], ['bytearray', I.tByteArray],
  ];
  for (const [n, t] of typeNames) I.builtins.set(n, t.h);
  installExceptions(I);
}
