// The array module: array.array, a tracked 64-byte object (80 with its GC head) whose items are
// raw C values in one buffer of `allocated * itemsize` bytes; it holds no references to Python
// objects. sys.getsizeof is 80 + allocated * itemsize, and `allocated` moves as array_resize
// moves it: kept while the new size fits and the array shrinks by fewer than 16 items, else
// newsize + newsize/16 + (3 if the old size was below 8, else 7). Constructors from a list, a
// tuple or an array of the same typecode, slices, `+` and `*` allocate exactly; other iterables
// grow item by item; a str for 'u' takes exactly its length. Mirrors Modules/arraymodule.c.
// Not modelled: the array type being a heap type (gc.get_referents(a) shows array.array in
// 3.11 and each array holds a reference to it), buffer exports (memoryview), byteswap, pickling.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type ByteArrayData, type ListData, type PyType } from '../objects.js';
import { reprStr } from '../format.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modVal } from './import.js';
import { newExtType } from './extType.js';

type Item = number | bigint;

interface ArrayData {
  readonly code: string;
  items: Item[];
  allocated: number;
}

/** Per typecode: item size, and for integers the bounds and CPython's overflow messages. */
interface Descr {
  readonly size: number;
  readonly kind: 'int' | 'float' | 'unicode';
  readonly min?: bigint;
  readonly max?: bigint;
  readonly low?: string;
  readonly high?: string;
}

const intDescr = (size: number, min: bigint, max: bigint, low: string, high: string): Descr => ({ size, kind: 'int', min, max, low, high });
const U32 = 2n ** 32n - 1n;
const I64 = 2n ** 63n;
const DESCRS: Readonly<Record<string, Descr>> = {
  b: intDescr(1, -128n, 127n, 'signed char is less than minimum', 'signed char is greater than maximum'),
  B: intDescr(1, 0n, 255n, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
  u: { size: 4, kind: 'unicode' },
  h: intDescr(2, -32768n, 32767n, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
  H: intDescr(2, 0n, 65535n, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
  i: intDescr(4, -(2n ** 31n), 2n ** 31n - 1n, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
  I: intDescr(4, 0n, U32, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
  l: intDescr(8, -I64, I64 - 1n, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
  L: intDescr(8, 0n, 2n ** 64n - 1n, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
  q: intDescr(8, -I64, I64 - 1n, 'int too big to convert', 'int too big to convert'),
  Q: intDescr(8, 0n, 2n ** 64n - 1n, "can't convert negative int to unsigned", 'int too big to convert'),
  f: { size: 4, kind: 'float' },
  d: { size: 8, kind: 'float' },
};
const TYPECODES = 'bBuhHiIlLqQfd';
/** Sizes past a C long are checked against it first (b, B, h, H, i and I go through PyLong_AsLong). */
const LONG_CHECKED = 'bBhHi';

/** array_resize: the new `allocated` for `newsize` items, or the same when the buffer is kept. */
export function arrayAllocated(allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && size < newsize + 16 && allocated > 0) return allocated;
  if (newsize === 0) return 0;
  return (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
}

/** Creates the array module. */
export function installArray(I: Interp): void {
  const { te, argc } = argKit(I);
  const m = newModule(I, 'array', true);
  const t: PyType = newExtType(I, 'array.array', K.Object, { basicSize: 64, gc: true, weakrefable: true });
  const tIter: PyType = newExtType(I, 'array.arrayiterator', K.Iter, { basicSize: 32, gc: true, weakrefable: false });
  const ad = (h: Handle): ArrayData => {
    const d = I.pv[h] as ArrayData | undefined;
    if (!d || I.ty[h] !== t) throw te(`descriptor requires a 'array.array' object but received a '${I.ty[h].name}'`);
    return d;
  };
  const isArray = (h: Handle): boolean => I.ty[h] === t;
  const setAllocated = (h: Handle, d: ArrayData, n: number): void => {
    d.allocated = n;
    I.mem.resizeBuffer(h, 'items', n * DESCRS[d.code]!.size);
  };
  /** array_resize to `newsize` items (the items themselves are the caller's to change). */
  const resize = (h: Handle, d: ArrayData, newsize: number): void => {
    const next = arrayAllocated(d.allocated, d.items.length, newsize);
    if (next !== d.allocated) setAllocated(h, d, next);
  };
  /** newarrayobject: an array of exactly `items.length` items. */
  const newArray = (code: string, items: Item[]): Handle => {
    const d: ArrayData = { code, items, allocated: 0 };
    const h = I.alloc(t, K.Object, d, 0);
    if (items.length > 0) setAllocated(h, d, items.length);
    return h;
  };

  /** The C value an item becomes (the setitem functions b_setitem ... d_setitem). */
  const convert = (code: string, v: Handle): Item => {
    const de = DESCRS[code]!;
    const k = I.kind[v];
    if (de.kind === 'unicode') {
      if (k !== K.Str || [...(I.pv[v] as string)].length !== 1) throw te('array item must be unicode character');
      return (I.pv[v] as string).codePointAt(0)!;
    }
    if (de.kind === 'float') {
      const x = I.real(v);
      if (x === null) throw te(`must be real number, not ${I.ty[v].name}`);
      return code === 'f' ? Math.fround(Number(x)) : Number(x);
    }
    if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[v].name}' object cannot be interpreted as an integer`);
    const x = BigInt(I.pv[v] as Item);
    if (LONG_CHECKED.includes(code) && (x < -I64 || x >= I64)) throw new PyException('OverflowError', 'Python int too large to convert to C long');
    if (code === 'I' && x > 2n ** 64n - 1n) throw new PyException('OverflowError', 'Python int too large to convert to C unsigned long');
    if (x < de.min!) throw new PyException('OverflowError', de.low!);
    if (x > de.max!) throw new PyException('OverflowError', de.high!);
    return de.size === 8 ? x : Number(x);
  };
  const toPython = (code: string, x: Item): Handle => {
    if (code === 'u') return I.newStr(String.fromCodePoint(Number(x)));
    if (code === 'f' || code === 'd') return I.newFloat(x as number);
    return I.newInt(typeof x === 'bigint' && x >= -(2n ** 53n) && x <= 2n ** 53n ? Number(x) : x);
  };
  /** The raw bytes of the items (little-endian, as tobytes gives on this machine). */
  const toBytes = (d: ArrayData): string => {
    const size = DESCRS[d.code]!.size;
    const buf = new DataView(new ArrayBuffer(d.items.length * size));
    d.items.forEach((x, i) => {
      const at = i * size;
      if (d.code === 'f') buf.setFloat32(at, x as number, true);
      else if (d.code === 'd') buf.setFloat64(at, x as number, true);
      else if (size === 8) buf.setBigUint64(at, BigInt.asUintN(64, x as bigint), true);
      else if (size === 4) buf.setUint32(at, Number(x) >>> 0, true);
      else if (size === 2) buf.setUint16(at, Number(x) & 0xffff, true);
      else buf.setUint8(at, Number(x) & 0xff);
    });
    let s = '';
    for (let i = 0; i < buf.byteLength; i++) s += String.fromCharCode(buf.getUint8(i));
    return s;
  };
  const fromBytes = (code: string, s: string): Item[] => {
    const size = DESCRS[code]!.size;
    if (s.length % size !== 0) throw new PyException('ValueError', 'bytes length not a multiple of item size');
    const buf = new DataView(new ArrayBuffer(s.length));
    for (let i = 0; i < s.length; i++) buf.setUint8(i, s.charCodeAt(i));
    const signed = code === code.toLowerCase() && code !== 'u';
    const out: Item[] = [];
    for (let at = 0; at < s.length; at += size) {
      if (code === 'f') out.push(buf.getFloat32(at, true));
      else if (code === 'd') out.push(buf.getFloat64(at, true));
      else if (size === 8) out.push(signed ? buf.getBigInt64(at, true) : buf.getBigUint64(at, true));
      else if (size === 4) out.push(signed ? buf.getInt32(at, true) : buf.getUint32(at, true));
      else if (size === 2) out.push(signed ? buf.getInt16(at, true) : buf.getUint16(at, true));
      else out.push(signed ? buf.getInt8(at) : buf.getUint8(at));
    }
    return out;
  };
  const bytesOf = (h: Handle): string | undefined => (I.kind[h] === K.Bytes || I.kind[h] === K.ByteArray ? bytesText(I, h) : undefined);
  /** array_iter_extend: one item at a time, each append a resize. */
  const extendIter = (h: Handle, d: ArrayData, src: Handle): void => {
    const it = I.iter(src);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        try {
          const v = convert(d.code, x);
          resize(h, d, d.items.length + 1);
          d.items.push(v);
        } finally {
          I.decref(x);
        }
      }
    } finally {
      I.decref(it);
    }
  };
  /** Appends already converted items with one resize (frombytes, fromlist, extend with an array). */
  const extendAll = (h: Handle, d: ArrayData, items: Item[]): void => {
    if (items.length === 0) return;
    resize(h, d, d.items.length + items.length);
    d.items.push(...items);
  };

  I.constructors.set(t, (_t, args, kw) => {
    if (kw !== null && kw.size > 0) throw te('array.array() takes no keyword arguments');
    if (args.length < 1) throw te(`array() takes at least 1 argument (0 given)`);
    if (args.length > 2) throw te(`array() takes at most 2 arguments (${args.length} given)`);
    const c = args[0];
    if (I.kind[c] !== K.Str) throw te(`array() argument 1 must be a unicode character, not ${I.ty[c].name}`);
    const code = I.pv[c] as string;
    if ([...code].length !== 1) throw te('array() argument 1 must be a unicode character, not str');
    if (!TYPECODES.includes(code)) throw new PyException('ValueError', 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
    const init = args[1];
    if (init === undefined) return newArray(code, []);
    const k = I.kind[init];
    if (k === K.Str && code !== 'u') throw te(`cannot use a str to initialize an array with typecode '${code}'`);
    if (k === K.List || k === K.Tuple) {
      const src = k === K.List ? (I.pv[init] as ListData).items : (I.pv[init] as Handle[]);
      // new_array of the length, then setitem one by one (an error frees the array)
      const h = newArray(code, []);
      const d = ad(h);
      if (src.length > 0) setAllocated(h, d, src.length);
      try {
        for (const x of src) d.items.push(convert(code, x));
      } catch (e) {
        I.decref(h);
        throw e;
      }
      return h;
    }
    if (k === K.Str) return newArray(code, [...(I.pv[init] as string)].map((ch) => ch.codePointAt(0)!));
    if (isArray(init) && ad(init).code === code) return newArray(code, ad(init).items.slice());
    const raw = bytesOf(init);
    const h = newArray(code, []);
    try {
      if (raw !== undefined) extendAll(h, ad(h), fromBytes(code, raw));
      else extendIter(h, ad(h), init);
    } catch (e) {
      I.decref(h);
      throw e;
    }
    return h;
  });

  const reprOf = (d: ArrayData): string => {
    if (d.items.length === 0) return `array('${d.code}')`;
    if (d.code === 'u') return `array('u', ${reprStr(d.items.map((x) => String.fromCodePoint(Number(x))).join(''))})`;
    const parts = d.items.map((x) => {
      const v = toPython(d.code, x);
      try {
        return I.repr(v);
      } finally {
        I.decref(v);
      }
    });
    return `array('${d.code}', [${parts.join(', ')}])`;
  };
  const compareItems = (a: ArrayData, b: ArrayData): number => {
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) if (a.items[i] !== b.items[i]) return a.items[i]! < b.items[i]! ? -1 : 1;
    return a.items.length - b.items.length;
  };
  const sameKind = (a: Handle, b: Handle): [ArrayData, ArrayData] => {
    const x = ad(a);
    if (!isArray(b)) throw te(`can only append array (not "${I.ty[b].name}") to array`);
    const y = ad(b);
    if (x.code !== y.code) throw te('bad argument type for built-in operation');
    return [x, y];
  };
  const intIndex = (d: ArrayData, key: Handle, what: string): number => {
    const i = I.index(key, d.items.length, 'array');
    if (i < 0 || i >= d.items.length) throw new PyException('IndexError', what);
    return i;
  };

  t.ext = {
    len: (h) => ad(h).items.length,
    repr: (h) => reprOf(ad(h)),
    unhashable: true,
    sizeof: (h) => 64 + ad(h).allocated * DESCRS[ad(h).code]!.size,
    getitem: (h, key) => {
      const d = ad(h);
      if (I.kind[key] === K.Slice) return newArray(d.code, I.sliceIndices(key, d.items.length).map((i) => d.items[i]!));
      return toPython(d.code, d.items[intIndex(d, key, 'array index out of range')]!);
    },
    setitem: (h, key, v) => {
      const d = ad(h);
      if (I.kind[key] !== K.Slice) {
        d.items[intIndex(d, key, 'array assignment index out of range')] = convert(d.code, v);
        return;
      }
      if (!isArray(v)) throw te(`can only assign array (not "${I.ty[v].name}") to array slice`);
      const [, src] = sameKind(h, v);
      const [start, stop, step] = I.sliceBounds(key, d.items.length);
      const values = src.items.slice();
      if (step !== 1) {
        const idx = I.sliceIndices(key, d.items.length);
        if (idx.length !== values.length) {
          throw new PyException('ValueError', `attempt to assign array of size ${values.length} to extended slice of size ${idx.length}`);
        }
        idx.forEach((i, j) => (d.items[i] = values[j]!));
        return;
      }
      const hi = Math.max(start, stop);
      const next = [...d.items.slice(0, start), ...values, ...d.items.slice(hi)];
      resize(h, d, next.length);
      d.items = next;
    },
    delitem: (h, key) => {
      const d = ad(h);
      if (I.kind[key] !== K.Slice) {
        const i = intIndex(d, key, 'array assignment index out of range');
        const next = d.items.slice();
        next.splice(i, 1);
        resize(h, d, next.length);
        d.items = next;
        return;
      }
      const drop = new Set(I.sliceIndices(key, d.items.length));
      if (drop.size === 0) return;
      const next = d.items.filter((_, i) => !drop.has(i));
      resize(h, d, next.length);
      d.items = next;
    },
    iter: (h) => {
      const it = I.alloc(tIter, K.Iter, { seq: h, i: 0 }, 1);
      I.mem.setSlot(it, 0, h);
      return it;
    },
    getattr: (h, name) => {
      const d = ad(h);
      if (name === 'typecode') return I.newStr(d.code);
      if (name === 'itemsize') return I.newInt(DESCRS[d.code]!.size);
      return -1;
    },
    eq: (a, b) => ad(a).code === ad(b).code ? compareItems(ad(a), ad(b)) === 0 : ad(a).items.length === ad(b).items.length && ad(a).items.every((x, i) => Number(x) === Number(ad(b).items[i])),
    compare: (a, b, op) => {
      if (!isArray(b)) return undefined;
      const c = compareItems(ad(a), ad(b));
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '==' ? c === 0 : c !== 0;
    },
    // sq_concat and sq_repeat (array on either side of `*`)
    binop: (op, a, b, inplace) => {
      if (op === '+' && isArray(a)) {
        const [x, y] = sameKind(a, b);
        if (!inplace) return newArray(x.code, [...x.items, ...y.items]);
        extendAll(a, x, y.items.slice());
        return I.incref(a);
      }
      if (op === '*') {
        const [arr, n] = isArray(a) ? [a, b] : [b, a];
        if (!isArray(arr) || (I.kind[n] !== K.Int && I.kind[n] !== K.Bool)) return -1;
        const d = ad(arr);
        const times = Math.max(0, Number(I.pv[n]));
        const items: Item[] = [];
        for (let i = 0; i < times; i++) items.push(...d.items);
        if (!inplace || arr !== a) return newArray(d.code, items);
        // array_inplace_repeat: one resize to the whole
        resize(a, d, items.length);
        d.items = items;
        return I.incref(a);
      }
      return -1;
    },
  };
  tIter.ext = {
    next: (it) => {
      const s = I.pv[it] as { seq: Handle; i: number };
      if (s.seq < 0) return -1;
      const d = ad(s.seq);
      if (s.i < d.items.length) return toPython(d.code, d.items[s.i++]!);
      s.seq = -1;
      I.mem.setSlot(it, 0, -1);
      return -1;
    },
  };

  const meth = (name: string, min: number, max: number, fn: (h: Handle, d: ArrayData, a: Handle[]) => Handle): void => {
    t.methods.set(name, (a) => {
      const d = ad(a[0]);
      argc(name, a.slice(1), min, max);
      return fn(a[0], d, a.slice(1));
    });
  };
  /** array_richcompare's item test: the item as a Python object, compared with `x`. */
  const itemEquals = (d: ArrayData, y: Item, x: Handle): boolean => {
    const v = toPython(d.code, y);
    try {
      return I.eq(v, x);
    } finally {
      I.decref(v);
    }
  };
  const find = (d: ArrayData, x: Handle): number => d.items.findIndex((y) => itemEquals(d, y, x));
  meth('append', 1, 1, (h, d, a) => {
    const v = convert(d.code, a[0]);
    resize(h, d, d.items.length + 1);
    d.items.push(v);
    return I.none();
  });
  meth('insert', 2, 2, (h, d, a) => {
    let i = Number(I.pv[a[0]]);
    const v = convert(d.code, a[1]);
    const n = d.items.length;
    if (i < 0) i = Math.max(0, i + n);
    resize(h, d, n + 1);
    d.items.splice(Math.min(i, n), 0, v);
    return I.none();
  });
  meth('extend', 1, 1, (h, d, a) => {
    if (isArray(a[0])) {
      if (ad(a[0]).code !== d.code) throw te('can only extend with array of same kind');
      extendAll(h, d, ad(a[0]).items.slice());
    } else extendIter(h, d, a[0]);
    return I.none();
  });
  meth('fromlist', 1, 1, (h, d, a) => {
    if (I.kind[a[0]] !== K.List) throw te('arg must be list');
    const items = (I.pv[a[0]] as ListData).items.map((x) => convert(d.code, x));
    extendAll(h, d, items);
    return I.none();
  });
  meth('frombytes', 1, 1, (h, d, a) => {
    const raw = bytesOf(a[0]);
    if (raw === undefined) throw te(`a bytes-like object is required, not '${I.ty[a[0]].name}'`);
    extendAll(h, d, fromBytes(d.code, raw));
    return I.none();
  });
  meth('pop', 0, 1, (h, d, a) => {
    const n = d.items.length;
    if (n === 0) throw new PyException('IndexError', 'pop from empty array');
    let i = a.length ? Number(I.pv[a[0]]) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new PyException('IndexError', 'pop index out of range');
    const r = toPython(d.code, d.items[i]!);
    const next = d.items.slice();
    next.splice(i, 1);
    resize(h, d, next.length);
    d.items = next;
    return r;
  });
  meth('remove', 1, 1, (h, d, a) => {
    const i = find(d, a[0]);
    if (i < 0) throw new PyException('ValueError', 'array.remove(x): x not in array');
    const next = d.items.slice();
    next.splice(i, 1);
    resize(h, d, next.length);
    d.items = next;
    return I.none();
  });
  meth('index', 1, 1, (_h, d, a) => {
    const i = find(d, a[0]);
    if (i < 0) throw new PyException('ValueError', 'array.index(x): x not in array');
    return I.newInt(i);
  });
  meth('count', 1, 1, (_h, d, a) => {
    return I.newInt(d.items.filter((y) => itemEquals(d, y, a[0])).length);
  });
  meth('reverse', 0, 0, (_h, d) => (d.items.reverse(), I.none()));
  meth('tolist', 0, 0, (_h, d) => I.newList(d.items.map((x) => toPython(d.code, x))));
  meth('tobytes', 0, 0, (_h, d) => I.newBytes(toBytes(d)));
  meth('tounicode', 0, 0, (_h, d) => {
    if (d.code !== 'u') throw new PyException('ValueError', "tounicode() may only be called on unicode type arrays");
    return I.newStr(d.items.map((x) => String.fromCodePoint(Number(x))).join(''));
  });
  meth('buffer_info', 0, 0, (h, d) => I.newTuple([I.newInt(I.mem.rt.heap.bufferAddress(h, 'items')), I.newInt(d.items.length)]));
  meth('__copy__', 0, 0, (_h, d) => newArray(d.code, d.items.slice()));
  meth('__sizeof__', 0, 0, (_h, d) => I.newInt(64 + d.allocated * DESCRS[d.code]!.size));

  modVal(I, m, 'array', I.incref(t.h));
  modVal(I, m, 'ArrayType', I.incref(t.h));
  modVal(I, m, 'typecodes', I.newStr(TYPECODES));
}

/** The text of a bytes or bytearray object (one char per byte). */
function bytesText(I: Interp, h: Handle): string {
  return I.kind[h] === K.ByteArray ? (I.pv[h] as ByteArrayData).s : (I.pv[h] as string);
}
