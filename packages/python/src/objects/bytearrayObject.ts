// The bytearray type: a mutable byte buffer with CPython 3.11's growth rule, its constructor,
// item and slice access and assignment, concatenation and repetition, and the mutating methods
// (append, extend, insert, pop, remove, reverse, clear, copy). The read-only methods are the
// shared table of objects/bytesMethods.ts. Mirrors Objects/bytearrayobject.c
// (PyByteArray_Resize, bytearray_setslice_linear, bytearray___init___impl). Start with `baResize`.
//
// The buffer's states (ByteArrayData): `alloc` bytes allocated (ob_alloc, 0 when there is no
// buffer), the value `s` starting `start` bytes into it (ob_start - ob_bytes; `del ba[:k]`
// advances it instead of moving the bytes). A resize either only changes the size (the buffer
// still fits and is at least half used), or reallocates it (start back to 0) to exactly size+1
// when shrinking below half or growing past 1.125x, else to size + size/8 + (3 or 6).
// sys.getsizeof is 56 + alloc; bytearray is not a GC type.
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, type ByteArrayData, type PyType } from '../objects.js';
import { argKit, type Kw } from '../getargs.js';
import { bufText, fromHex, installByteMethods } from './bytesMethods.js';
import { bytesFromObject } from './bytesObject.js';
import { encodeStr } from './codecs.js';
import { strKit } from './strArgs.js';

const data = (I: Interp, h: Handle): ByteArrayData => I.pv[h] as ByteArrayData;

function setAlloc(I: Interp, h: Handle, d: ByteArrayData, alloc: number, moved: boolean): void {
  // a buffer read from an offset is copied into a new block (malloc, then free of the old one)
  if (moved && d.alloc > 0) I.mem.resizeBuffer(h, 'bytes', 0);
  d.alloc = alloc;
  d.start = 0;
  I.mem.resizeBuffer(h, 'bytes', alloc);
}

/** PyByteArray_FromStringAndSize: a new bytearray holding `s`, its buffer exactly len+1 (none when empty). */
export function newByteArray(I: Interp, s: string, t: PyType = I.tByteArray): Handle {
  const d: ByteArrayData = { s, alloc: 0, start: 0 };
  const h = I.alloc(t, K.ByteArray, d, 0);
  if (s.length > 0) {
    I.checkAllocation(s.length + 1);
    setAlloc(I, h, d, s.length + 1, false);
  }
  return h;
}

/**
 * PyByteArray_Resize: makes room for `size` bytes (the caller then sets `s` to its new value).
 * Call it while `s` still holds the old value: an unchanged size does nothing.
 */
export function baResize(I: Interp, h: Handle, size: number): void {
  const d = data(I, h);
  if (size === d.s.length) return;
  let alloc = d.alloc;
  if (size + d.start + 1 <= alloc) {
    // big enough: a minor downsize keeps the buffer, a major one goes to the exact size
    if (size >= Math.floor(alloc / 2)) return;
    alloc = size + 1;
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  I.checkAllocation(alloc);
  setAlloc(I, h, d, alloc, d.start > 0);
}

/** bytearray_setslice_linear: s[lo:hi] = bytes, advancing the start when the front shrinks. */
function setSliceLinear(I: Interp, h: Handle, lo: number, hi: number, bytes: string): void {
  const d = data(I, h);
  const growth = bytes.length - (hi - lo);
  const next = d.s.slice(0, lo) + bytes + d.s.slice(hi);
  if (growth < 0 && lo === 0) d.start -= growth;
  if (growth !== 0) baResize(I, h, d.s.length + growth);
  d.s = next;
}

/** The byte an int-like argument stands for (_getbytevalue). */
function byteValue(I: Interp, h: Handle): number {
  const { indexArg } = strKit(I);
  const k = I.kind[h];
  if (k !== K.Int && k !== K.Bool && !(k === K.Instance && I.lookupClassAttr(I.ty[h], '__index__') >= 0)) {
    throw new PyException('TypeError', `'${I.ty[h].name}' object cannot be interpreted as an integer`);
  }
  const v = indexArg(h);
  if (v < 0 || v > 255) throw new PyException('ValueError', 'byte must be in range(0, 256)');
  return v;
}

/** An index into a bytearray of n bytes (negative from the end), IndexError outside. */
function byteIndex(I: Interp, key: Handle, n: number): number {
  const k = I.kind[key];
  if (k !== K.Int && k !== K.Bool && !(k === K.Instance && I.lookupClassAttr(I.ty[key], '__index__') >= 0)) {
    throw new PyException('TypeError', `bytearray indices must be integers or slices, not ${I.ty[key].name}`);
  }
  let i = strKit(I).indexArg(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new PyException('IndexError', 'bytearray index out of range');
  return i;
}

/** ba[key] (bytearray_subscript). */
export function byteArrayGetitem(I: Interp, h: Handle, key: Handle): Handle {
  const s = data(I, h).s;
  if (I.kind[key] === K.Slice) return newByteArray(I, I.sliceIndices(key, s.length).map((i) => s[i]).join(''));
  return I.newInt(s.charCodeAt(byteIndex(I, key, s.length)));
}

/** ba[key] = v, or `del ba[key]` when v is -1 (bytearray_ass_subscript). */
export function byteArraySetitem(I: Interp, h: Handle, key: Handle, v: Handle): void {
  const d = data(I, h);
  const n = d.s.length;
  if (I.kind[key] !== K.Slice) {
    const i = byteIndex(I, key, n);
    if (v < 0) setSliceLinear(I, h, i, i + 1, '');
    else d.s = d.s.slice(0, i) + String.fromCharCode(byteValue(I, v)) + d.s.slice(i + 1);
    return;
  }
  let bytes = '';
  if (v >= 0) {
    const k = I.kind[v];
    if (k === K.Int || k === K.Bool || k === K.Float || k === K.Complex || k === K.Str) {
      throw new PyException('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    bytes = bytesFromObject(I, v);
  }
  const [start, stop, step] = I.sliceBounds(key, n);
  if (step === 1) {
    setSliceLinear(I, h, start, Math.max(start, stop), bytes);
    return;
  }
  const idx = I.sliceIndices(key, n);
  if (v < 0) {
    if (idx.length === 0) return;
    const drop = new Set(idx);
    let next = '';
    for (let i = 0; i < n; i++) if (!drop.has(i)) next += d.s[i];
    baResize(I, h, next.length);
    d.s = next;
    return;
  }
  if (bytes.length !== idx.length) {
    throw new PyException('ValueError', `attempt to assign bytes of size ${bytes.length} to extended slice of size ${idx.length}`);
  }
  const chars = [...d.s];
  idx.forEach((i, j) => (chars[i] = bytes[j]!));
  d.s = chars.join('');
}

/** `a OP b` with a bytearray operand: + (also bytes + bytearray, a bytes), *, and their in-place forms; -1 if not one. */
export function byteArrayBinop(I: Interp, op: string, a: Handle, b: Handle, inplace: boolean): Handle {
  const ka = I.kind[a];
  if (op === '+') {
    const x = bufText(I, a);
    const y = bufText(I, b);
    if (x === null) return -1;
    if (y === null) {
      if (ka !== K.ByteArray) return -1;
      throw new PyException('TypeError', `can't concat ${I.ty[b].name} to ${I.ty[a].name}`);
    }
    if (ka === K.Bytes) return I.newBytes(x + y);
    if (inplace) {
      baResize(I, a, x.length + y.length);
      data(I, a).s = x + y;
      return I.incref(a);
    }
    return newByteArray(I, x + y);
  }
  if (op === '*') {
    const [seq, n] = ka === K.ByteArray ? [a, b] : [b, a];
    if (I.kind[n] !== K.Int && I.kind[n] !== K.Bool) return -1;
    const count = Math.max(0, Number(I.pv[n]));
    const s = data(I, seq).s;
    if (s.length > 0 && count > 1) I.checkAllocation(s.length * count);
    if (inplace && seq === a) {
      baResize(I, a, s.length * count);
      data(I, a).s = s.repeat(count);
      return I.incref(a);
    }
    return newByteArray(I, s.repeat(count));
  }
  if (op === '%' && ka === K.ByteArray) return newByteArray(I, I.percentFormat(data(I, a).s, b, true));
  return -1;
}

/** repr(ba): `bytearray(b'...')`, named after the object's type; bytearray_repr escapes ' even inside double quotes. */
export function byteArrayRepr(I: Interp, h: Handle): string {
  const s = data(I, h).s;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 92) out += `\\${s[i]}`;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += s[i];
  }
  return `${I.ty[h].name}(b${quote}${out}${quote})`;
}

/** The bytearray type: constructor, methods and size. */
export function installByteArray(I: Interp): void {
  const { te, argc, method } = argKit(I);
  const T = I.tByteArray;
  const text = (h: Handle): string => data(I, h).s;
  installByteMethods(I, {
    t: T,
    make: (s) => newByteArray(I, s),
    fresh: (s) => newByteArray(I, s),
    unchanged: (h) => newByteArray(I, text(h)),
  });
  T.ext = { ...T.ext, sizeof: (h) => 56 + data(I, h).alloc };

  /** The bytes of an exact list or tuple of ints. */
  const seqBytes = (src: Handle): string => {
    const items = I.kind[src] === K.List ? (I.pv[src] as { items: Handle[] }).items : (I.pv[src] as Handle[]);
    return items.map((x) => String.fromCharCode(byteValue(I, x))).join('');
  };

  // bytearray(): tp_new makes an empty one, then bytearray___init__ fills it
  I.constructors.set(T, (t: PyType, args: Handle[], kw: Kw) => {
    const { kwArgs, needStr } = strKit(I, 'bytearray');
    const [src, encH, errH] = kwArgs('bytearray', [I.None, ...args], kw, ['source', 'encoding', 'errors']);
    const h = newByteArray(I, '', t);
    try {
      if (src === undefined) {
        if (encH !== undefined || errH !== undefined) throw te('encoding or errors without sequence argument');
        return h;
      }
      const k = I.kind[src];
      if (k === K.Str) {
        if (encH === undefined) throw te('string argument without an encoding');
        const enc = needStr(encH, "bytearray() argument 'encoding' must be str");
        const err = errH === undefined ? 'strict' : needStr(errH, "bytearray() argument 'errors' must be str");
        const s = encodeStr(I.pv[src] as string, enc, err);
        baResize(I, h, s.length);
        data(I, h).s = s;
        return h;
      }
      if (encH !== undefined) throw te('encoding without a string argument');
      if (errH !== undefined) throw te('errors without a string argument');
      const buf = bufText(I, src);
      const indexLike = k === K.Int || k === K.Bool || (k === K.Instance && I.lookupClassAttr(I.ty[src], '__index__') >= 0);
      if (buf !== null || indexLike || k === K.List || k === K.Tuple) {
        // a count, a buffer, or an exact list/tuple: one resize to the final size
        const s = buf ?? (indexLike ? bytesFromObject(I, src) : seqBytes(src));
        baResize(I, h, s.length);
        data(I, h).s = s;
        return h;
      }
      if (k === K.Float) throw te(`cannot convert '${I.ty[src].name}' object to bytearray`);
      // any other iterable: byte by byte, resizing when the buffer is full
      const it = I.iter(src);
      try {
        for (let x = I.next(it); x >= 0; x = I.next(it)) {
          let v: number;
          try {
            v = byteValue(I, x);
          } finally {
            I.decref(x);
          }
          const d = data(I, h);
          if (d.s.length + 1 >= d.alloc) baResize(I, h, d.s.length + 1);
          d.s += String.fromCharCode(v);
        }
      } finally {
        I.decref(it);
      }
      return h;
    } catch (e) {
      I.decref(h);
      throw e;
    }
  });

  const self = (a: Handle[]): ByteArrayData => data(I, a[0]!);
  const one = (name: string, a: Handle[]): Handle => {
    if (a.length !== 2) throw te(`bytearray.${name}() takes exactly one argument (${a.length - 1} given)`);
    return a[1]!;
  };
  method(T, 'append', (a) => {
    const v = byteValue(I, one('append', a));
    const d = self(a);
    baResize(I, a[0]!, d.s.length + 1);
    d.s += String.fromCharCode(v);
    return I.none();
  });
  method(T, 'extend', (a) => {
    const src = one('extend', a);
    const d = self(a);
    if (I.kind[src] === K.Str) throw te('expected iterable of integers; got: \'str\'');
    const add = bytesFromObject(I, src);
    setSliceLinear(I, a[0]!, d.s.length, d.s.length, add);
    return I.none();
  });
  method(T, 'insert', (a) => {
    argc('insert', a.slice(1), 2, 2, true);
    const d = self(a);
    const n = d.s.length;
    let i = strKit(I).indexArg(a[1]!);
    const v = byteValue(I, a[2]!);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    baResize(I, a[0]!, n + 1);
    d.s = d.s.slice(0, i) + String.fromCharCode(v) + d.s.slice(i);
    return I.none();
  });
  method(T, 'pop', (a) => {
    argc('pop', a.slice(1), 0, 1);
    const d = self(a);
    const n = d.s.length;
    if (n === 0) throw new PyException('IndexError', 'pop from empty bytearray');
    let i = a.length > 1 ? strKit(I).indexArg(a[1]!) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new PyException('IndexError', 'pop index out of range');
    const c = d.s.charCodeAt(i);
    baResize(I, a[0]!, n - 1);
    d.s = d.s.slice(0, i) + d.s.slice(i + 1);
    return I.newInt(c);
  });
  method(T, 'remove', (a) => {
    const v = byteValue(I, one('remove', a));
    const d = self(a);
    const i = d.s.indexOf(String.fromCharCode(v));
    if (i < 0) throw new PyException('ValueError', 'value not found in bytearray');
    baResize(I, a[0]!, d.s.length - 1);
    d.s = d.s.slice(0, i) + d.s.slice(i + 1);
    return I.none();
  });
  method(T, 'reverse', (a) => {
    argc('reverse', a.slice(1), 0, 0);
    const d = self(a);
    d.s = [...d.s].reverse().join('');
    return I.none();
  });
  method(T, 'clear', (a) => {
    argc('clear', a.slice(1), 0, 0);
    baResize(I, a[0]!, 0);
    self(a).s = '';
    return I.none();
  });
  method(T, 'copy', (a) => {
    argc('copy', a.slice(1), 0, 0);
    return newByteArray(I, self(a).s);
  });
  method(T, '__alloc__', (a) => I.newInt(self(a).alloc));
  method(T, 'fromhex', (a) => newByteArray(I, fromHex(I, a[a.length - 1]!)));
  const typeAttr = I.builtinTypeAttr;
  I.builtinTypeAttr = (t, name) => {
    if (t === T && name === 'fromhex') return I.newBuiltin('fromhex', (a) => newByteArray(I, fromHex(I, a[0]!)));
    return typeAttr(t, name);
  };
}
