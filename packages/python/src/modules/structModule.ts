// The struct module: _struct.Struct objects (format, size, pack, unpack, unpack_from,
// iter_unpack; __sizeof__ counting their format codes), the module functions going through the
// cache of Struct objects by format (a dict made on first use, cleared at 100 entries), and
// struct.error. Results are new bytes and tuples. Start at installStruct; the formats
// themselves are structFormat.ts. Mirrors Modules/_struct.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ByteArrayData, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { raiseObject } from '../objects/exceptions.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';
import { execModuleSource } from './pySource.js';
import { StructError, StructOverflow, packItem, parseFormat, unpackItem, type Format, type PackValue } from './structFormat.js';

const MAXCACHE = 100;

interface StructData {
  fmt: Format;
  /** The format as bytes, slot 0. */
  format: Handle;
}

/** Creates the struct module. */
export function installStruct(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'struct', true);
  execModuleSource(I, m, '/usr/lib/python3.11/struct.py', "class error(Exception):\n    __module__ = 'struct'\n");
  const errorClass = I.dictGetStr((I.pv[m] as { dict: Handle }).dict, 'error');
  const structError = (msg: string): PyException => raiseObject(I, I.call(I.incref(errorClass), [I.newStr(msg)], null));
  /** Runs `f`, turning structFormat.ts's errors into struct.error / OverflowError. */
  const guard = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof StructError) throw structError(e.message);
      if (e instanceof StructOverflow) throw new PyException('OverflowError', e.message);
      throw e;
    }
  };

  // PyStructObject: 56 bytes plus a 32-byte formatcode per code and the terminating one
  const t: PyType = newExtType(I, '_struct.Struct', K.Object, { basicSize: 56, gc: true, weakrefable: true });
  const data = (h: Handle): StructData => {
    if (I.ty[h] !== t) throw te(`descriptor requires a '_struct.Struct' object but received a '${I.ty[h].name}'`);
    return I.pv[h] as StructData;
  };
  const formatText = (h: Handle): string => {
    if (I.kind[h] === K.Str) return I.pv[h] as string;
    if (I.kind[h] === K.Bytes) return I.pv[h] as string;
    throw te(`Struct() argument 1 must be a str or bytes object, not ${I.ty[h].name}`);
  };
  const newStruct = (format: Handle): Handle => {
    const text = formatText(format);
    const fmt = guard(() => parseFormat(text));
    // s_format is bytes: a str format is encoded (PyUnicode_AsASCIIString), so the Struct does not hold it
    const stored = I.kind[format] === K.Bytes ? I.incref(format) : I.newBytes(text);
    const h = I.alloc(t, K.Object, { fmt, format: stored } satisfies StructData, 1);
    I.mem.putSlot(h, 0, stored);
    return h;
  };
  I.constructors.set(t, (_t, args, kw) => {
    const f = args.length ? args[0] : kw?.get('format');
    if (f === undefined || args.length > 1) throw te(`Struct() takes exactly 1 argument (${args.length} given)`);
    return newStruct(f);
  });

  const bytesOf = (h: Handle, fn: string): Uint8Array => {
    const s = I.kind[h] === K.Bytes ? (I.pv[h] as string) : I.kind[h] === K.ByteArray ? (I.pv[h] as ByteArrayData).s : null;
    if (s === null) throw te(`a bytes-like object is required, not '${I.ty[h].name}'`);
    void fn;
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  };
  /** The Python value of one argument, checked as _struct.c's np_ and lp_ converters do. */
  const toValue = (c: string, v: Handle): PackValue => {
    const k = I.kind[v];
    switch (c) {
      case 's':
      case 'p':
        if (k === K.Bytes) return I.pv[v] as string;
        if (k === K.ByteArray) return (I.pv[v] as ByteArrayData).s;
        throw structError(`argument for '${c}' must be a bytes object`);
      case 'c': {
        const s = k === K.Bytes ? (I.pv[v] as string) : k === K.ByteArray ? (I.pv[v] as ByteArrayData).s : null;
        if (s === null || s.length !== 1) throw structError('char format requires a bytes object of length 1');
        return s;
      }
      case '?':
        return I.truthy(v);
      case 'e':
      case 'f':
      case 'd': {
        if (k === K.Float) return I.pv[v] as number;
        if (k === K.Int || k === K.Bool) {
          const n = Number(I.pv[v]);
          if (!Number.isFinite(n)) throw structError('required argument is not a float');
          return n;
        }
        throw structError('required argument is not a float');
      }
    }
    if (k === K.Int || k === K.Bool) return BigInt(I.pv[v] as number | bigint);
    const idx = k === K.Instance ? I.lookupClassAttr(I.ty[v], '__index__') : -1;
    if (idx < 0) throw structError('required argument is not an integer');
    const r = I.call(I.incref(idx), [I.incref(v)], null);
    try {
      if (I.kind[r] !== K.Int && I.kind[r] !== K.Bool) throw te(`__index__ returned non-int (type ${I.ty[r].name})`);
      return BigInt(I.pv[r] as number | bigint);
    } finally {
      I.decref(r);
    }
  };
  const pack = (s: StructData, args: Handle[]): Handle => {
    const f = s.fmt;
    if (args.length !== f.items) throw structError(`pack expected ${f.items} items for packing (got ${args.length})`);
    const out = new Uint8Array(f.size);
    let ai = 0;
    for (const code of f.codes) {
      for (let r = 0; r < code.n; r++) {
        const v = toValue(code.c, args[ai++]);
        guard(() => packItem(out, code.offset + r * code.size, code, v, f.little, f.native));
      }
    }
    return I.newBytes(String.fromCharCode(...out));
  };
  const unpackAt = (s: StructData, buf: Uint8Array, at: number): Handle => {
    const f = s.fmt;
    const items: Handle[] = [];
    for (const code of f.codes) {
      for (let r = 0; r < code.n; r++) {
        const v = unpackItem(buf, at + code.offset + r * code.size, code, f.little);
        if (typeof v === 'bigint') items.push(I.newInt(v));
        else if (typeof v === 'number') items.push(I.newFloat(v));
        else if (typeof v === 'boolean') items.push(I.newBool(v));
        else items.push(I.newBytes(v));
      }
    }
    return I.newTuple(items);
  };
  const unpack = (s: StructData, b: Handle): Handle => {
    const buf = bytesOf(b, 'unpack');
    if (buf.length !== s.fmt.size) throw structError(`unpack requires a buffer of ${s.fmt.size} bytes`);
    return unpackAt(s, buf, 0);
  };
  const unpackFrom = (s: StructData, b: Handle, offH: Handle | undefined): Handle => {
    const buf = bytesOf(b, 'unpack_from');
    let off = offH === undefined ? 0 : Number(I.pv[offH]);
    const size = s.fmt.size;
    if (off < 0) {
      if (off + buf.length < 0) throw structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
      off += buf.length;
    }
    if (buf.length - off < size) {
      if (off > buf.length) throw structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
      throw structError(`unpack_from requires a buffer of at least ${size + off} bytes for unpacking ${size} bytes at offset ${off} (actual buffer size is ${buf.length})`);
    }
    return unpackAt(s, buf, off);
  };
  const iterUnpack = (s: StructData, b: Handle): Handle => {
    const buf = bytesOf(b, 'iter_unpack');
    const size = s.fmt.size;
    if (size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
    if (buf.length % size) throw structError(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
    const tuples: Handle[] = [];
    for (let at = 0; at < buf.length; at += size) tuples.push(unpackAt(s, buf, at));
    const list = I.newList(tuples);
    try {
      return I.iter(list);
    } finally {
      I.decref(list);
    }
  };

  t.ext = {
    getattr: (self, name) => {
      const s = data(self);
      if (name === 'size') return I.newInt(s.fmt.size);
      if (name === 'format') return I.newStr(I.pv[s.format] as string);
      return -1;
    },
    sizeof: (self) => 56 + 32 * (data(self).fmt.codes.length + 1),
    repr: (self) => `<_struct.Struct object at ${I.addr(self)}>`,
  };
  t.methods.set('pack', (a) => pack(data(a[0]), a.slice(1)));
  t.methods.set('unpack', (a) => unpack(data(a[0]), a[1]));
  t.methods.set('unpack_from', (a, kw) => unpackFrom(data(a[0]), a[1] ?? kw?.get('buffer'), a[2] ?? kw?.get('offset')));
  t.methods.set('iter_unpack', (a) => iterUnpack(data(a[0]), a[1]));

  // cache_struct_converter: the module functions find their Struct by format in a dict made on first use
  let cache = -1;
  const cached = (format: Handle): StructData => {
    if (cache < 0) cache = I.newDict();
    const hit = I.dictGet(cache, format);
    if (hit >= 0) return I.pv[hit] as StructData;
    // PyObject_CallOneArg(Struct, fmt): a heap type without vectorcall gets its argument as a 1-tuple
    const args = I.newTuple([I.incref(format)]);
    let s: Handle;
    try {
      s = newStruct(format);
    } finally {
      I.decref(args);
    }
    if (I.dict(cache).used >= MAXCACHE) I.dictClear(cache);
    I.dictSet(cache, format, s);
    I.decref(s);
    return I.pv[s] as StructData;
  };
  const needFormat = (a: Handle[], fn: string, min: number): void => {
    if (a.length < min) throw te(`${fn}() missing required argument 'format' (pos 1)`);
  };
  modFn(I, m, 'calcsize', (a) => {
    needFormat(a, 'calcsize', 1);
    return I.newInt(cached(a[0]).fmt.size);
  });
  modFn(I, m, 'pack', (a) => {
    needFormat(a, 'pack', 1);
    return pack(cached(a[0]), a.slice(1));
  });
  modFn(I, m, 'unpack', (a) => {
    if (a.length !== 2) throw te(`unpack expected 2 arguments, got ${a.length}`);
    return unpack(cached(a[0]), a[1]);
  });
  modFn(I, m, 'unpack_from', (a, kw) => {
    needFormat(a, 'unpack_from', 1);
    return unpackFrom(cached(a[0]), a[1] ?? kw?.get('buffer'), a[2] ?? kw?.get('offset'));
  });
  modFn(I, m, 'iter_unpack', (a) => {
    if (a.length !== 2) throw te(`iter_unpack expected 2 arguments, got ${a.length}`);
    return iterUnpack(cached(a[0]), a[1]);
  });
  modFn(I, m, '_clearcache', () => {
    if (cache >= 0) I.dictClear(cache);
    return I.none();
  });
  modVal(I, m, 'Struct', I.incref(t.h));
}
