// The builtins of the subset (print, len, range, type, isinstance, ...), the methods of the
// builtin types (list.append, dict.get, str.join, ...), construction of instances and classes,
// and the modules sys, gc and weakref. Mirrors Python/bltinmodule.c, Objects/*object.c method
// tables, Python/sysmodule.c and Modules/gcmodule.c as far as the subset reaches.
// Start with `installBuiltins`.
import { BuiltinType, NULL, createSharedKeys, instanceValuesBytes, sizeofHeapType } from '@pymem/object-model';
import { PyException } from './errors.js';
import { formatFloat } from './format.js';
import type { FuncData, Interp } from './interp.js';
import { formatMallocStats, mallocStats, type PoolAllocator } from '@pymem/pool-allocator';
import type { Handle } from './mem.js';
import * as N from './numbers.js';
import { K, PyType, type BuiltinFn, type DictData, type InstanceData, type ListData, type SetData, type WeakrefData } from './objects.js';

type Kw = Map<string, Handle> | null;

/** Where print writes. */
export interface OutputSinks {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Installs builtins, builtin-type methods, class machinery and the gc/sys/weakref modules.
 * @example
 * ```ts
 * installBuiltins(interp, { stdout: (t) => out.push(t), stderr: () => {} });
 * ```
 */
export function installBuiltins(I: Interp, io: OutputSinks): { gcCallbacks: Handle; garbage: Handle; atexit: () => void } {
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

  // ------------------------------------------------------------ print and friends
  const space = I.newStr(' ');
  const newline = I.newStr('\n');
  /** The argument tuple a call packs (METH_VARARGS, *args, tp_call): new references to each argument. */
  const packArgs = (args: readonly Handle[]): Handle => I.newTuple(args.map((a) => I.incref(a)));
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
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'sep') sepArg = v === I.None ? -1 : (strArg(v, 'sep'), v);
        else if (k === 'end') endArg = v === I.None ? -1 : (strArg(v, 'end'), v);
        else if (k === 'file' || k === 'flush') continue;
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
    io.stdout(out);
    return none();
  };
  // the bound `write` a print fetches is never called from Python
  const printWriter: BuiltinFn = () => none();
  void space;
  void newline;
  const strArg = (v: Handle, what: string): string => {
    if (I.kind[v] !== K.Str) throw te(`${what} must be None or a string, not ${I.ty[v].name}`);
    return I.pv[v] as string;
  };

  builtin('len', (args) => {
    argc('len', args, 1, 1);
    return I.newInt(I.len(args[0]));
  });
  builtin('repr', (args) => {
    argc('repr', args, 1, 1);
    return I.newStr(I.repr(args[0]));
  });
  builtin('id', (args) => {
    argc('id', args, 1, 1);
    return I.newInt(I.mem.address(args[0]));
  });
  builtin('hash', (args) => {
    argc('hash', args, 1, 1);
    I.hashKey(args[0]);
    return I.newInt(I.pyHash(args[0]));
  });
  builtin('abs', (args) => {
    argc('abs', args, 1, 1);
    const a = args[0];
    if (I.kind[a] === K.Float) return I.newFloat(Math.abs(I.pv[a] as number));
    if (I.kind[a] === K.Int || I.kind[a] === K.Bool) {
      const v = I.pv[a] as N.PyIntValue;
      return v < 0 ? I.newInt(N.intSub(0, v)) : I.kind[a] === K.Bool ? I.newInt(v) : I.incref(a);
    }
    throw te(`bad operand type for abs(): '${I.ty[a].name}'`);
  });
  builtin('isinstance', (args) => {
    argc('isinstance', args, 2, 2);
    return I.newBool(isInstance(args[0], args[1]));
  });
  builtin('issubclass', (args) => {
    argc('issubclass', args, 2, 2);
    const t = typeArg(args[0], 'issubclass() arg 1 must be a class');
    const classes = I.kind[args[1]] === K.Tuple ? I.tupleItems(args[1]) : [args[1]];
    return I.newBool(classes.some((c) => t.isSubtypeOf(typeArg(c, 'issubclass() arg 2 must be a class'))));
  });
  const typeArg = (h: Handle, msg: string): PyType => {
    if (I.kind[h] !== K.Type) throw te(msg);
    return I.pv[h] as PyType;
  };
  const isInstance = (o: Handle, cls: Handle): boolean => {
    if (I.kind[cls] === K.Tuple) return I.tupleItems(cls).some((c) => isInstance(o, c));
    const t = typeArg(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return I.ty[o].isSubtypeOf(t);
  };
  builtin('hasattr', (args) => {
    argc('hasattr', args, 2, 2);
    return I.newBool(I.hasattr(args[0], nameArg(args[1], 'hasattr')));
  });
  const nameArg = (h: Handle, fn: string): string => {
    if (I.kind[h] !== K.Str) throw te(`${fn}(): attribute name must be string`);
    return I.pv[h] as string;
  };
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
    const k = I.kind[args[0]];
    return I.newBool(k === K.Func || k === K.Builtin || k === K.Method || k === K.Type || k === K.Weakref || (k === K.Instance && I.lookupClassAttr(I.ty[args[0]], '__call__') >= 0));
  });
  builtin('iter', (args) => {
    argc('iter', args, 1, 1);
    return I.iter(args[0]);
  });
  builtin('next', (args) => {
    argc('next', args, 1, 2);
    if (I.kind[args[0]] !== K.Iter && I.kind[args[0]] !== K.Instance) throw te(`'${I.ty[args[0]].name}' object is not an iterator`);
    const x = I.next(args[0]);
    if (x >= 0) return x;
    if (args.length === 2) return I.incref(args[1]);
    throw new PyException('StopIteration', '');
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
    if (I.kind[a] !== K.Str && I.kind[a] !== K.Bytes) throw te(`ord() expected string of length 1, but ${I.ty[a].name} found`);
    const s = [...(I.pv[a] as string)];
    if (s.length !== 1) throw te(`ord() expected a character, but string of length ${s.length} found`);
    return I.newInt(s[0].codePointAt(0)!);
  });
  builtin('divmod', (args) => {
    argc('divmod', args, 2, 2);
    const q = I.binop('//', args[0], args[1]);
    const r = I.binop('%', args[0], args[1]);
    return I.newTuple([q, r]);
  });
  builtin('pow', (args) => {
    argc('pow', args, 2, 3);
    if (args.length === 3) {
      const m = BigInt(I.pv[args[2]] as number);
      let b = BigInt(I.pv[args[0]] as number) % m;
      let e = BigInt(I.pv[args[1]] as number);
      let r = 1n;
      while (e > 0n) {
        if (e & 1n) r = (r * b) % m;
        b = (b * b) % m;
        e >>= 1n;
      }
      return I.newInt(N.intMod(N.normInt(r), N.normInt(m)));
    }
    return I.binop('**', args[0], args[1]);
  });
  builtin('round', (args) => {
    argc('round', args, 1, 2);
    const v = I.real(args[0]);
    if (v === null) throw te(`type ${I.ty[args[0]].name} doesn't define __round__ method`);
    if (args.length === 1 || args[1] === I.None) {
      if (I.kind[args[0]] !== K.Float) return I.newInt(v);
      const x = v as number;
      let r = Math.round(x);
      if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
      return I.newInt(r);
    }
    const nd = intArg(args[1]);
    if (I.kind[args[0]] !== K.Float) return I.incref(args[0]);
    return I.newFloat(Number((v as number).toFixed(Math.max(0, nd))));
  });
  builtin('any', (args) => {
    argc('any', args, 1, 1);
    const items = I.collect(args[0]);
    const r = items.some((x) => I.truthy(x));
    for (const x of items) I.decref(x);
    return I.newBool(r);
  });
  builtin('all', (args) => {
    argc('all', args, 1, 1);
    const items = I.collect(args[0]);
    const r = items.every((x) => I.truthy(x));
    for (const x of items) I.decref(x);
    return I.newBool(r);
  });
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
  const sortItems = (items: Handle[], key: Handle | undefined, reverse: boolean): Handle[] => {
    const keys = key !== undefined ? items.map((x) => I.call(I.incref(key), [I.incref(x)], null)) : items;
    // list.sort: reverse=True reverses, sorts stably, and reverses back (equal items keep their order)
    const idx = items.map((_, i) => i);
    if (reverse) idx.reverse();
    idx.sort((a, b) => (I.cmp(keys[a], keys[b], '<') < 0 ? -1 : I.cmp(keys[b], keys[a], '<') < 0 ? 1 : 0));
    if (reverse) idx.reverse();
    const out = idx.map((i) => items[i]);
    if (key !== undefined) for (const k of keys) I.decref(k);
    return out;
  };
  builtin('sorted', (args, kw) => {
    argc('sorted', args, 1, 1);
    const items = I.collect(args[0]);
    let sortedItems: Handle[];
    try {
      sortedItems = sortItems(items, kw?.get('key'), kw?.get('reverse') !== undefined && I.truthy(kw.get('reverse')!));
    } catch (e) {
      for (const x of items) I.decref(x);
      throw e;
    }
    return I.newList(sortedItems, sortedItems.length + (sortedItems.length & 1));
  });
  builtin('reversed', (args) => {
    argc('reversed', args, 1, 1);
    const items = I.collect(args[0]).reverse();
    const l = I.newList(items);
    const it = I.iter(l);
    I.decref(l);
    return it;
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
    const its = args.map((a) => I.iter(a));
    const h = I.alloc(I.iterTypes['zip'], K.Iter, { seq: 0, i: 0, its }, its.length);
    (I.pv[h] as { seq: Handle }).seq = h;
    its.forEach((x, i) => I.mem.putSlot(h, i, x));
    I.attachResultTuple(h, its.length, its.length);
    return h;
  });
  builtin('vars', (args) => {
    argc('vars', args, 1, 1);
    return I.getattr(args[0], '__dict__');
  });

  // ------------------------------------------------------------ types as callables
  const typeNames: [string, PyType][] = [
    ['int', I.tInt], ['float', I.tFloat], ['str', I.tStr], ['bool', I.tBool], ['list', I.tList], ['tuple', I.tTuple],
    ['dict', I.tDict], ['set', I.tSet], ['frozenset', I.tFrozenSet], ['object', I.tObject], ['range', I.tRange],
    ['type', I.tType], ['bytes', I.tBytes],
  ];
  for (const [n, t] of typeNames) I.builtins.set(n, t.h);
  for (const ex of ['Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'AttributeError', 'NameError', 'ZeroDivisionError', 'RuntimeError', 'StopIteration', 'AssertionError']) {
    const t = new PyType(ex, K.Object, BuiltinType.object, I.mem.allocate(BuiltinType.object, {}), I.tObject, false);
    I.setMeta(t.h, K.Type, I.tType, t);
    I.builtins.set(ex, t.h);
  }

  const parseIntText = (s: string, base: number): N.PyIntValue => {
    const t = s.trim().replace(/_/g, '');
    const re = base === 10 ? /^[+-]?\d+$/ : base === 16 ? /^[+-]?(0[xX])?[0-9a-fA-F]+$/ : base === 8 ? /^[+-]?(0[oO])?[0-7]+$/ : base === 2 ? /^[+-]?(0[bB])?[01]+$/ : null;
    if (!re || !re.test(t)) throw new PyException('ValueError', `invalid literal for int() with base ${base}: ${I.repr(I.newStr(s))}`);
    const neg = t.startsWith('-');
    const body = t.replace(/^[+-]/, '').replace(/^0[xXoObB]/, '');
    let v = 0n;
    for (const ch of body) v = v * BigInt(base) + BigInt(parseInt(ch, base));
    return N.normInt(neg ? -v : v);
  };

  // the weakref module below wraps it to construct weak references
  let constructType = (t: PyType, args: Handle[], kw: Kw): Handle => construct(t, args, kw);
  I.callType = (t, args, kw) => {
    // Types without a vectorcall in 3.11 (int, str, bytes, weakref.ref, classes) are called through tp_call:
    // _PyObject_MakeTpCall packs the positional arguments into a tuple (from the tuple free list,
    // or a fresh GC allocation) and keywords into a dict, both dropped after the call. float,
    // bool, range, list, tuple, dict, set, frozenset, type and object have vectorcalls: no packing.
    const tpCall = t.isHeap || t === I.tInt || t === I.tStr || t === I.tBytes || t === I.tWeakref;
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
      return constructType(t, args, kw);
    } finally {
      if (kwNames >= 0) I.decref(kwNames);
      if (kwDict >= 0) I.decref(kwDict);
      if (packed >= 0) I.decref(packed);
      for (const a of args) I.decref(a);
      if (kw) for (const v of kw.values()) I.decref(v);
    }
  };

  const construct = (t: PyType, args: Handle[], kw: Kw): Handle => {
    if (t.isHeap) return newInstance(t, args, kw);
    switch (t.kind) {
      case K.Bool:
        argc('bool', args, 0, 1);
        return I.newBool(args.length ? I.truthy(args[0]) : false);
      case K.Int: {
        if (t === I.tBool) {
          argc('bool', args, 0, 1);
          return I.newBool(args.length ? I.truthy(args[0]) : false);
        }
        if (args.length === 0) return I.newInt(0);
        const a = args[0];
        const k = I.kind[a];
        if (args.length > 1) return I.newInt(parseIntText(I.pv[a] as string, intArg(args[1])));
        if (k === K.Int) return I.incref(a);
        if (k === K.Bool) return I.newInt(I.pv[a] as number);
        if (k === K.Float) {
          const f = I.pv[a] as number;
          if (!Number.isFinite(f)) throw new PyException(Number.isNaN(f) ? 'ValueError' : 'OverflowError', Number.isNaN(f) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
          return I.newInt(Number.isSafeInteger(Math.trunc(f)) ? Math.trunc(f) : BigInt(Math.trunc(f)));
        }
        if (k === K.Str) return I.newInt(parseIntText(I.pv[a] as string, 10));
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
        if (k === K.Str) {
          const s = (I.pv[a] as string).trim().toLowerCase().replace(/_/g, '');
          const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
          if (m) return I.newFloat(m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity);
          if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return I.newFloat(Number(s));
          throw new PyException('ValueError', `could not convert string to float: ${I.repr(a)}`);
        }
        throw te(`float() argument must be a string or a real number, not '${I.ty[a].name}'`);
      }
      case K.Str:
        if (args.length === 0) return I.newStr('');
        if (I.kind[args[0]] === K.Str) return I.incref(args[0]);
        return I.newStr(I.str(args[0]));
      case K.Bytes: {
        if (args.length === 0) return I.newBytes('');
        const a = args[0];
        if (I.kind[a] === K.Int) return I.newBytes('\0'.repeat(intArg(a)));
        if (I.kind[a] === K.Str) return I.newBytes(I.pv[a] as string);
        const items = I.collect(a);
        const s = items.map((x) => String.fromCharCode(intArg(x))).join('');
        for (const x of items) I.decref(x);
        return I.newBytes(s);
      }
      case K.List:
        argc('list', args, 0, 1);
        return args.length ? I.listFrom(args[0]) : I.newList([]);
      case K.Tuple: {
        argc('tuple', args, 0, 1);
        if (!args.length) return I.newTuple([]);
        if (I.kind[args[0]] === K.Tuple) return I.incref(args[0]);
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
      case K.Range: {
        argc('range', args, 1, 3, true);
        const v = args.map((a) => intArg(a));
        const [start, stop, step] = v.length === 1 ? [0, v[0], 1] : [v[0], v[1], v[2] ?? 1];
        if (step === 0) throw new PyException('ValueError', 'range() arg 3 must not be zero');
        return I.newRange(start, stop, step);
      }
      case K.Type: {
        if (args.length === 1) return I.incref(I.ty[args[0]].h);
        throw te('type() takes 1 or 3 arguments');
      }
    }
    throw te(`cannot create '${t.name}' instances`);
  };

  // ------------------------------------------------------------ classes and instances
  I.makeClass = (name, bases, ns) => {
    let base: PyType = I.tObject;
    if (bases.length) {
      if (I.kind[bases[0]] !== K.Type) throw te('bases must be types');
      base = I.pv[bases[0]] as PyType;
      if (!base.isHeap && base !== I.tObject) {
        throw new PyException('NotImplementedError', `pymem does not support subclassing the builtin type '${base.name}'`);
      }
    }
    const nd = I.pv[ns] as DictData;
    const slotsAt = nd.idx.get('s__slots__');
    let slots: string[] | undefined;
    if (slotsAt !== undefined) {
      const sv = nd.vals[slotsAt];
      const items = I.kind[sv] === K.Str ? [sv] : I.collect(sv);
      slots = items.map((x) => I.pv[x] as string);
      if (I.kind[sv] !== K.Str) for (const x of items) I.decref(x);
    }
    const hasDel = nd.idx.has('s__del__') || (base.isHeap && base.hasDel);
    // the class object: a heap type (GC) holding its namespace dict and its base
    const typeH = I.mem.allocate(BuiltinType.type, { slots: 2, size: 1688 });
    const t = new PyType(name, K.Instance, 0, typeH, base, true);
    I.setMeta(typeH, K.Type, I.tType, t);
    I.mem.setSlot(typeH, 0, ns);
    I.mem.setSlot(typeH, 1, base.h);
    t.dict = ns;
    t.hasDel = hasDel;
    // type_new's layout: slot members add up along the bases; __dict__ / __weakref__ come
    // from the first class in the chain without __slots__ (or naming them)
    const baseMembers = base.isHeap ? base.slotNames ?? [] : [];
    const baseDict = base.isHeap && base.managedDict;
    const baseWeak = base.isHeap && base.weakrefable;
    const own = slots ?? [];
    const members = [...baseMembers, ...own.filter((x) => x !== '__dict__' && x !== '__weakref__')];
    const hasDict = slots === undefined || baseDict || own.includes('__dict__');
    const hasWeak = slots === undefined || baseWeak || own.includes('__weakref__');
    t.slotNames = slots === undefined && baseMembers.length === 0 ? null : members;
    t.managedDict = hasDict;
    t.weakrefable = hasWeak;
    if (hasDict && t.slotNames === null) t.shared = createSharedKeys();
    if (base.isHeap) for (const k of base.keyNames) {
      t.sharedKeys.set(k, t.keyNames.length);
      t.keyNames.push(k);
    }
    for (const m of members) {
      if (!t.sharedKeys.has(m)) {
        t.sharedKeys.set(m, t.keyNames.length);
        t.keyNames.push(m);
      }
    }
    const spec: { name: string; hasFinalizer: boolean; typeObject: Handle; slots?: string[] } = { name, hasFinalizer: hasDel, typeObject: typeH };
    if (t.slotNames !== null) spec.slots = [...members, ...(hasDict ? ['__dict__'] : []), ...(hasWeak ? ['__weakref__'] : [])];
    t.typeId = I.mem.registerClass(spec);
    return typeH;
  };

  const newInstance = (t: PyType, args: Handle[], kw: Kw): Handle => {
    const nslots = t.slotNames && !t.managedDict ? t.slotNames.length : 0;
    const h = I.mem.allocate(t.typeId, { slots: nslots });
    const data: InstanceData = { vals: new Array(nslots).fill(-1), dict: -1 };
    I.setMeta(h, K.Instance, t, data);
    // init_inline_values: the values array, sized from the class's shared keys
    if (t.shared) I.mem.resizeBuffer(h, 'values', instanceValuesBytes(t.shared.newInstance()));
    const init = I.lookupClassAttr(t, '__init__');
    if (init >= 0) {
      const callArgs = [I.incref(h), ...args.map((a) => I.incref(a))];
      let kwc: Kw = null;
      if (kw) {
        kwc = new Map();
        for (const [k, v] of kw) kwc.set(k, I.incref(v));
      }
      let r: Handle;
      try {
        r = I.call(I.incref(init), callArgs, kwc);
      } catch (e) {
        I.decref(h);
        throw e;
      }
      if (r !== I.None) {
        I.decref(r);
        I.decref(h);
        throw te(`__init__() should return None, not '${I.ty[r].name}'`);
      }
      I.decref(r);
    } else if (args.length || (kw && kw.size)) {
      I.decref(h);
      throw te(`${t.name}() takes no arguments`);
    }
    return h;
  };

  // ------------------------------------------------------------ list methods
  const L = I.tList;
  const listOf = (h: Handle) => I.pv[h] as ListData;
  method(L, 'append', (a) => {
    argc('list.append', a, 2, 2);
    I.listAppend(a[0], a[1]);
    return none();
  });
  method(L, 'extend', (a) => {
    argc('list.extend', a, 2, 2);
    I.listExtend(a[0], a[1]);
    return none();
  });
  method(L, 'insert', (a) => {
    if (a.length !== 3) throw te(`insert expected 2 arguments, got ${a.length - 1}`);
    I.listInsert(a[0], intArg(a[1]), a[2]);
    return none();
  });
  method(L, 'pop', (a) => {
    const d = listOf(a[0]);
    if (d.items.length === 0) throw new PyException('IndexError', 'pop from empty list');
    let i = a.length > 1 ? intArg(a[1]) : d.items.length - 1;
    if (i < 0) i += d.items.length;
    if (i < 0 || i >= d.items.length) throw new PyException('IndexError', 'pop index out of range');
    return I.listPop(a[0], i);
  });
  method(L, 'remove', (a) => {
    const d = listOf(a[0]);
    const i = d.items.findIndex((x) => x === a[1] || I.eq(x, a[1]));
    if (i < 0) throw new PyException('ValueError', 'list.remove(x): x not in list');
    I.listDelSlice(a[0], i, i + 1);
    return none();
  });
  method(L, 'clear', (a) => {
    const d = listOf(a[0]);
    const old = d.items;
    d.items = [];
    for (const x of old) I.incref(x);
    I.mem.resizeSlots(a[0], 0);
    d.alloc = 0;
    d.hasItems = false;
    I.mem.resizeBuffer(a[0], 'items', 0);
    for (let i = old.length - 1; i >= 0; i--) I.decref(old[i]);
    return none();
  });
  method(L, 'index', (a) => {
    const d = listOf(a[0]);
    const i = d.items.findIndex((x) => x === a[1] || I.eq(x, a[1]));
    if (i < 0) throw new PyException('ValueError', `${I.repr(a[1])} is not in list`);
    return I.newInt(i);
  });
  method(L, 'count', (a) => I.newInt(listOf(a[0]).items.filter((x) => x === a[1] || I.eq(x, a[1])).length));
  method(L, 'copy', (a) => {
    const items = listOf(a[0]).items.map((x) => I.incref(x));
    return I.newList(items);
  });
  method(L, 'reverse', (a) => {
    const d = listOf(a[0]);
    const items = [...d.items].reverse();
    d.items = items;
    I.mem.relayout(a[0], items);
    return none();
  });
  method(L, 'sort', (a, kw) => {
    const d = listOf(a[0]);
    const items = [...d.items];
    for (const x of items) I.incref(x);
    const sorted = sortItems(items, kw?.get('key'), kw?.get('reverse') !== undefined && I.truthy(kw.get('reverse')!));
    d.items = sorted;
    I.mem.relayout(a[0], sorted);
    for (const x of sorted) I.decref(x);
    return none();
  });

  // ------------------------------------------------------------ tuple methods
  method(I.tTuple, 'index', (a) => {
    const i = I.tupleItems(a[0]).findIndex((x) => x === a[1] || I.eq(x, a[1]));
    if (i < 0) throw new PyException('ValueError', 'tuple.index(x): x not in tuple');
    return I.newInt(i);
  });
  method(I.tTuple, 'count', (a) => I.newInt(I.tupleItems(a[0]).filter((x) => x === a[1] || I.eq(x, a[1])).length));

  // ------------------------------------------------------------ dict methods
  const D = I.tDict;
  method(D, 'get', (a) => {
    argc('get', a.slice(1), 1, 2);
    const v = I.dictGet(a[0], a[1]);
    if (v >= 0) return I.incref(v);
    return a.length > 2 ? I.incref(a[2]) : none();
  });
  method(D, 'setdefault', (a) => {
    const v = I.dictGet(a[0], a[1]);
    if (v >= 0) return I.incref(v);
    const dv = a.length > 2 ? a[2] : I.None;
    I.dictSet(a[0], a[1], dv);
    return I.incref(dv);
  });
  method(D, 'pop', (a) => {
    const v = I.dictPop(a[0], a[1]);
    if (v >= 0) return v;
    if (a.length > 2) return I.incref(a[2]);
    throw new PyException('KeyError', I.repr(a[1]));
  });
  method(D, 'popitem', (a) => {
    const d = I.pv[a[0]] as DictData;
    for (let i = d.keys.length - 1; i >= 0; i--) {
      if (d.keys[i] < 0) continue;
      const k = I.incref(d.keys[i]);
      const v = I.dictPop(a[0], k);
      return I.newTuple([k, v]);
    }
    throw new PyException('KeyError', "'popitem(): dictionary is empty'");
  });
  const view = (name: string, what: number): BuiltinFn => (a) => {
    const h = I.alloc(I.viewTypes[name], K.DictView, { dict: a[0], what }, 1);
    I.mem.setSlot(h, 0, a[0]);
    return h;
  };
  method(D, 'keys', view('dict_keys', 0));
  method(D, 'values', view('dict_values', 1));
  method(D, 'items', view('dict_items', 2));
  method(D, 'clear', (a) => {
    I.dictClear(a[0]);
    return none();
  });
  method(D, 'update', (a, kw) => {
    if (a.length > 1) I.dictUpdate(a[0], a[1]);
    if (kw) for (const [k, v] of kw) I.dictSetStr(a[0], k, v);
    return none();
  });
  method(D, 'copy', (a) => I.dictCopy(a[0]));
  I.builtinTypeAttr = (t, name) => {
    if (t === D && name === 'fromkeys') {
      return I.newBuiltin('fromkeys', (a) => {
        const d = I.newDict();
        const keys = I.collect(a[0]);
        const v = a.length > 1 ? a[1] : I.None;
        for (const k of keys) {
          I.dictSet(d, k, v);
          I.decref(k);
        }
        return d;
      });
    }
    const m = t.methods.get(name);
    if (m) return I.newBuiltin(name, m);
    return -1;
  };

  // ------------------------------------------------------------ set methods
  const St = I.tSet;
  method(St, 'add', (a) => {
    I.setAdd(a[0], a[1]);
    return none();
  });
  method(St, 'discard', (a) => {
    I.setDiscard(a[0], a[1]);
    return none();
  });
  method(St, 'remove', (a) => {
    if (!I.setDiscard(a[0], a[1])) throw new PyException('KeyError', I.repr(a[1]));
    return none();
  });
  method(St, 'clear', (a) => {
    I.setClear(a[0]);
    return none();
  });
  method(St, 'pop', (a) => {
    const d = I.pv[a[0]] as SetData;
    // set_pop: scans from a finger that starts at 0
    const finger = (d as SetData & { finger?: number }).finger ?? 0;
    for (let j = 0; j < d.table.length; j++) {
      const i = (finger + j) % d.table.length;
      const x = d.table[i];
      if (x >= 0) {
        I.incref(x);
        I.setDiscard(a[0], x);
        (d as SetData & { finger?: number }).finger = (i + 1) % d.table.length;
        return x;
      }
    }
    throw new PyException('KeyError', "'pop from an empty set'");
  });
  method(St, 'update', (a) => {
    for (const x of a.slice(1)) I.setUpdate(a[0], x);
    return none();
  });
  method(St, 'copy', (a) => {
    const s = I.newSet();
    I.setUpdate(s, a[0]);
    return s;
  });
  for (const [n, op] of [['union', '|'], ['intersection', '&'], ['difference', '-'], ['symmetric_difference', '^']] as const) {
    const fn: BuiltinFn = (a) => {
      const other = I.kind[a[1]] === K.Set || I.kind[a[1]] === K.FrozenSet ? I.incref(a[1]) : (() => {
        const s = I.newSet();
        I.setUpdate(s, a[1]);
        return s;
      })();
      try {
        return I.binop(op, a[0], other);
      } finally {
        I.decref(other);
      }
    };
    method(St, n, fn);
    method(I.tFrozenSet, n, fn);
  }
  method(St, 'issubset', (a) => I.newBool(I.setItems(a[0]).every((x) => I.contains(a[1], x))));
  method(St, 'issuperset', (a) => I.newBool(I.setItems(a[1]).every((x) => I.contains(a[0], x))));

  // ------------------------------------------------------------ str methods
  const S = I.tStr;
  const sv = (h: Handle): string => I.pv[h] as string;
  const needStr = (h: Handle, what: string): string => {
    if (I.kind[h] !== K.Str) throw te(`${what} must be str, not ${I.ty[h].name}`);
    return sv(h);
  };
  method(S, 'join', (a) => {
    const items = I.collect(a[1]);
    try {
      const parts = items.map((x, i) => {
        if (I.kind[x] !== K.Str) throw te(`sequence item ${i}: expected str instance, ${I.ty[x].name} found`);
        return sv(x);
      });
      if (items.length === 1) return I.incref(items[0]);
      return I.newStr(parts.join(sv(a[0])));
    } finally {
      for (const x of items) I.decref(x);
    }
  });
  method(S, 'split', (a, kw) => {
    const s = sv(a[0]);
    const sepH = a.length > 1 ? a[1] : kw?.get('sep');
    const maxsplit = a.length > 2 ? intArg(a[2]) : kw?.get('maxsplit') !== undefined ? intArg(kw.get('maxsplit')!) : -1;
    let parts: string[];
    if (sepH === undefined || sepH === I.None) {
      parts = [];
      let rest = s.replace(/^\s+/, '');
      while (rest.length) {
        if (maxsplit >= 0 && parts.length === maxsplit) {
          parts.push(rest);
          break;
        }
        const m = /\s+/.exec(rest);
        if (!m) {
          parts.push(rest);
          break;
        }
        parts.push(rest.slice(0, m.index));
        rest = rest.slice(m.index + m[0].length);
      }
    } else {
      const sep = needStr(sepH, 'sep');
      if (sep === '') throw new PyException('ValueError', 'empty separator');
      parts = s.split(sep);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) parts = [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
    }
    const items = parts.map((p) => I.newStr(p));
    return I.newList(items);
  });
  const strFn = (name: string, f: (s: string, a: Handle[]) => string): void =>
    method(S, name, (a) => {
      const r = f(sv(a[0]), a);
      if (name === 'upper' || name === 'lower') return r === '' ? I.newStr('') : I.newStrObject(r);
      return r === sv(a[0]) ? I.incref(a[0]) : I.newStr(r);
    });
  strFn('upper', (s) => s.toUpperCase());
  strFn('lower', (s) => s.toLowerCase());
  strFn('replace', (s, a) => {
    const count = a.length > 3 ? intArg(a[3]) : -1;
    const old = needStr(a[1], 'replace() argument 1');
    const neu = needStr(a[2], 'replace() argument 2');
    if (count < 0) return s.split(old).join(neu);
    let out = s;
    let n = 0;
    let idx = 0;
    while (n < count) {
      const j = out.indexOf(old, idx);
      if (j < 0) break;
      out = out.slice(0, j) + neu + out.slice(j + old.length);
      idx = j + neu.length + (old === '' ? 1 : 0);
      n++;
    }
    return out;
  });
  const stripChars = (a: Handle[]): string | null => (a.length > 1 && a[1] !== I.None ? sv(a[1]) : null);
  const stripRe = (chars: string | null, side: 'both' | 'l' | 'r') => (s: string) => {
    const isStrip = (c: string) => (chars === null ? /\s/.test(c) : chars.includes(c));
    let i = 0;
    let j = s.length;
    if (side !== 'r') while (i < j && isStrip(s[i])) i++;
    if (side !== 'l') while (j > i && isStrip(s[j - 1])) j--;
    return s.slice(i, j);
  };
  strFn('strip', (s, a) => stripRe(stripChars(a), 'both')(s));
  strFn('lstrip', (s, a) => stripRe(stripChars(a), 'l')(s));
  strFn('rstrip', (s, a) => stripRe(stripChars(a), 'r')(s));
  const prefixTest = (name: string, test: (s: string, p: string) => boolean): void =>
    method(S, name, (a) => {
      const s = sv(a[0]);
      const ps = I.kind[a[1]] === K.Tuple ? I.tupleItems(a[1]).map((x) => sv(x)) : [needStr(a[1], `${name} first arg`)];
      return I.newBool(ps.some((p) => test(s, p)));
    });
  prefixTest('startswith', (s, p) => s.startsWith(p));
  prefixTest('endswith', (s, p) => s.endsWith(p));
  method(S, 'find', (a) => I.newInt(sv(a[0]).indexOf(needStr(a[1], 'find arg'))));
  method(S, 'count', (a) => I.newInt(sv(a[0]).split(needStr(a[1], 'count arg')).length - 1));
  method(S, 'isdigit', (a) => I.newBool(/^\d+$/.test(sv(a[0]))));
  method(S, 'isalpha', (a) => I.newBool(/^\p{L}+$/u.test(sv(a[0]))));
  method(S, 'format', (a, kw) => {
    const s = sv(a[0]);
    let auto = 0;
    const out = s.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rs]))?\}/g, (m, field: string | undefined, conv: string | undefined) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      let h: Handle;
      if (field === undefined || field === '') h = a[1 + auto++];
      else if (/^\d+$/.test(field)) h = a[1 + Number(field)];
      else h = kw?.get(field) ?? -1;
      if (h === undefined || h < 0) throw new PyException(field && !/^\d+$/.test(field) ? 'KeyError' : 'IndexError', field && !/^\d+$/.test(field) ? `'${field}'` : `Replacement index ${field || auto - 1} out of range for positional args tuple`);
      return conv === 'r' ? I.repr(h) : I.str(h);
    });
    return I.newStr(out);
  });

  // ------------------------------------------------------------ modules
  const modules = new Map<string, Handle>();
  const newModule = (name: string): Handle => {
    const d = I.newDict();
    const m = I.alloc(I.tModule, K.Module, { name, dict: d }, 1);
    I.mem.putSlot(m, 0, d);
    modules.set(name, m);
    return m;
  };
  const modFn = (m: Handle, name: string, fn: BuiltinFn): void => {
    const d = (I.pv[m] as { dict: Handle }).dict;
    const b = I.newBuiltin(name, fn, m);
    I.dictSetStr(d, name, b);
    I.decref(b);
  };
  const modVal = (m: Handle, name: string, v: Handle): void => {
    const d = (I.pv[m] as { dict: Handle }).dict;
    I.dictSetStr(d, name, v);
    I.decref(v);
  };
  I.importModule = (name) => {
    const m = modules.get(name);
    if (m === undefined) throw new PyException('ModuleNotFoundError', `No module named '${name}'`);
    return I.incref(m);
  };

  const rt = I.mem.rt;
  // sys
  const sys = newModule('sys');
  modFn(sys, 'getrefcount', (a) => {
    argc('getrefcount', a, 1, 1);
    return I.newInt(rt.refcounts.refcount(a[0]));
  });
  modFn(sys, 'getsizeof', (a) => {
    argc('getsizeof', a, 1, 2);
    return I.newInt(getsizeof(a[0]));
  });
  modFn(sys, 'intern', (a) => {
    argc('intern', a, 1, 1);
    if (I.kind[a[0]] !== K.Str) throw te(`intern() argument must be str, not ${I.ty[a[0]].name}`);
    const s = sv(a[0]);
    const found = rt.internTable.lookup(s);
    if (found >= 0) return I.incref(found);
    return I.mem.intern(a[0], s);
  });
  modFn(sys, '_debugmallocstats', () => {
    // _PyObject_DebugMallocStats, then the type free lists (_PyObject_DebugTypeStats)
    const line = (name: string, n: number, size: number): string => {
      const label = `${`${n} ${name}s * ${size} bytes each`.padStart(48)} `;
      const total = (n * size).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${label.padEnd(35)}=${total.padStart(21)}`;
    };
    const fl = rt.internTable;
    const extra = [line('free PyDictObject', fl.freeListCount('dict'), 48), line('free PyFloatObject', fl.freeListCount('float'), 24), line('free PyListObject', fl.freeListCount('list'), 40)];
    for (let i = 1; i <= 20; i++) extra.push(line(`free ${i}-sized PyTupleObject`, fl.freeListCount('tuple', i), 24 + 8 * i));
    io.stderr(formatMallocStats(mallocStats(rt.allocator as PoolAllocator), extra));
    return none();
  });
  modVal(sys, 'maxsize', I.newInt(2n ** 63n - 1n));

  const getsizeof = (h: Handle): number => {
    switch (I.kind[h]) {
      case K.List:
        return 56 + 8 * (I.pv[h] as ListData).alloc;
      case K.Dict: {
        const d = I.pv[h] as DictData;
        return d.split ? d.split.sizeofSplitDict() : d.table.sizeof();
      }
      case K.Set:
      case K.FrozenSet: {
        const n = (I.pv[h] as SetData).table.length;
        return 216 + (n > 8 ? 16 * n : 0);
      }
      case K.Type: {
        const t = I.pv[h] as PyType;
        return t.isHeap ? sizeofHeapType(t.managedDict) : 416;
      }
      default:
        return rt.heap.size(h);
    }
  };

  // gc
  const gc = newModule('gc');
  const gcCallbacks = I.newList([]);
  const garbage = I.newList([]);
  modVal(gc, 'callbacks', I.incref(gcCallbacks));
  modVal(gc, 'garbage', I.incref(garbage));
  modVal(gc, 'DEBUG_STATS', I.newInt(1));
  modVal(gc, 'DEBUG_COLLECTABLE', I.newInt(2));
  modVal(gc, 'DEBUG_UNCOLLECTABLE', I.newInt(4));
  modVal(gc, 'DEBUG_SAVEALL', I.newInt(32));
  modVal(gc, 'DEBUG_LEAK', I.newInt(38));
  let garbageSynced = 0;
  const syncGarbage = (): void => {
    const g = rt.garbage;
    while (garbageSynced < g.length) {
      const h = g[garbageSynced++];
      I.listAppend(garbage, h);
      I.decref(h);
    }
  };
  modFn(gc, 'collect', (a, kw) => {
    const g = a.length ? intArg(a[0]) : kw?.get('generation') !== undefined ? intArg(kw.get('generation')!) : 2;
    if (g < 0 || g > 2) throw new PyException('ValueError', 'invalid generation');
    const n = rt.collect(g);
    syncGarbage();
    return I.newInt(n);
  });
  const intTuple = (xs: readonly number[]) => I.newTuple(xs.map((x) => I.newInt(x)));
  modFn(gc, 'get_count', () => intTuple(rt.getCount()));
  modFn(gc, 'get_threshold', () => intTuple(rt.getThreshold()));
  modFn(gc, 'set_threshold', (a) => {
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
  modFn(gc, 'enable', () => (rt.enable(), none()));
  modFn(gc, 'disable', () => (rt.disable(), none()));
  modFn(gc, 'isenabled', () => I.newBool(rt.isEnabled()));
  modFn(gc, 'freeze', () => (rt.freeze(), none()));
  modFn(gc, 'unfreeze', () => (rt.unfreeze(), none()));
  modFn(gc, 'get_freeze_count', () => I.newInt(rt.getFreezeCount()));
  modFn(gc, 'get_debug', () => I.newInt(rt.getDebug()));
  modFn(gc, 'set_debug', (a) => (rt.setDebug(intArg(a[0])), none()));
  modFn(gc, 'is_tracked', (a) => {
    argc('is_tracked', a, 1, 1);
    return I.newBool(rt.heap.isTracked(a[0]));
  });
  modFn(gc, 'get_stats', () => {
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
  modFn(gc, 'get_referents', (a) => {
    const out: Handle[] = [];
    for (const o of a) {
      const valuesOnly = I.kind[o] === K.Dict && (I.pv[o] as DictData).table.unicode;
      rt.heap.forEachReferent(o, (t, i) => {
        if (t !== NULL && (!valuesOnly || i % 2 === 1)) out.push(I.incref(t));
      });
      const t = I.ty[o];
      if (t.isHeap && I.kind[o] === K.Instance) out.push(I.incref(t.h));
    }
    return I.newList(out);
  });
  modFn(gc, 'get_referrers', (a) => {
    const targets = new Set(a);
    const out: Handle[] = [];
    rt.heap.forEachLive((h) => {
      if (!rt.heap.isTracked(h)) return;
      let hit = false;
      rt.heap.forEachReferent(h, (t) => {
        if (targets.has(t)) hit = true;
      });
      if (hit) out.push(h);
    });
    return I.newList(out.map((h) => I.incref(h)));
  });
  modFn(gc, 'get_objects', () => {
    const out: Handle[] = [];
    rt.heap.forEachLive((h) => {
      if (rt.heap.isTracked(h)) out.push(I.incref(h));
    });
    return I.newList(out);
  });

  // weakref
  const weakref = newModule('weakref');
  const refType = I.tWeakref;
  I.builtins.set('__weakref_ref__', refType.h);
  modVal(weakref, 'ref', I.incref(refType.h));
  const origConstruct = construct;
  const weakConstruct = (t: PyType, args: Handle[], kw: Kw): Handle => {
    if (t === refType) {
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
    return origConstruct(t, args, kw);
  };
  constructType = weakConstruct;
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
  modFn(weakref, 'finalize', (a) => {
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
  void formatFloat;
  void ({} as FuncData);
  return { gcCallbacks, garbage, atexit };
}
