// The bytes type: its method table (the shared one of objects/bytesMethods.ts with bytes' result
// rules), the class methods fromhex and maketrans, and the bytes() constructor. Mirrors
// Objects/bytesobject.c (bytes_new_impl, PyBytes_FromObject, bytes_fromhex_impl).
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K } from '../objects.js';
import { bufText, bytesMaketrans, fromHex, installByteMethods } from './bytesMethods.js';
import { encodeStr } from './codecs.js';
import { strKit } from './strArgs.js';

/** The method table of bytes. */
export function installBytesMethods(I: Interp): void {
  const B = I.tBytes;
  installByteMethods(I, {
    t: B,
    make: (s) => I.newBytes(s),
    // PyBytes_FromStringAndSize(NULL, n): only the empty result is the cached one
    fresh: (s) => (s === '' ? I.newBytes('') : I.alloc(B, K.Bytes, s, 0, s.length)),
    unchanged: (h) => (I.ty[h] === B ? I.incref(h) : I.newBytes(I.pv[h] as string)),
  });
  B.methods.set('fromhex', (a) => I.newBytes(fromHex(I, a[a.length - 1]!)));
  B.methods.set('maketrans', (a) => bytesMaketrans(I, a.slice(1)));
  const typeAttr = I.builtinTypeAttr;
  I.builtinTypeAttr = (t, name) => {
    if (t === B && name === 'maketrans') return I.newBuiltin('maketrans', (a) => bytesMaketrans(I, a));
    if (t === B && name === 'fromhex') return I.newBuiltin('fromhex', (a) => I.newBytes(fromHex(I, a[0]!)));
    return typeAttr(t, name);
  };
}

/** bytes(source=b'', encoding, errors): the text of the new bytes, or the argument itself. */
export function bytesNew(I: Interp, args: Handle[], kw: Map<string, Handle> | null): Handle {
  const { te, kwArgs, needStr } = strKit(I, 'bytes');
  const [src, encH, errH] = kwArgs('bytes', [I.None, ...args], kw, ['source', 'encoding', 'errors']);
  if (src === undefined) {
    if (encH !== undefined || errH !== undefined) throw te('encoding or errors without sequence argument');
    return I.newBytes('');
  }
  if (I.kind[src] === K.Str) {
    if (encH === undefined) throw te('string argument without an encoding');
    const enc = needStr(encH, "bytes() argument 'encoding' must be str");
    const err = errH === undefined ? 'strict' : needStr(errH, "bytes() argument 'errors' must be str");
    return I.newBytes(encodeStr(I.pv[src] as string, enc, err));
  }
  if (encH !== undefined) throw te('encoding without a string argument');
  if (errH !== undefined) throw te('errors without a string argument');
  // bytes(b) is b itself; a buffer or a count fills a new object; an iterable of ints is copied
  if (I.ty[src] === I.tBytes) return I.incref(src);
  const text = bytesFromObject(I, src);
  const k = I.kind[src];
  if (text === '' || !(k === K.Bytes || k === K.ByteArray || k === K.Int || k === K.Bool)) return I.newBytes(text);
  return I.alloc(I.tBytes, K.Bytes, text, 0, text.length);
}

/** PyBytes_FromObject and the int / iterable cases of bytes_new. */
export function bytesFromObject(I: Interp, src: Handle): string {
  const k = I.kind[src];
  const text = bufText(I, src);
  if (text !== null) return text;
  if (k === K.Int || k === K.Bool) {
    const n = Number(I.pv[src] as PyIntValue);
    if (n < 0) throw new PyException('ValueError', 'negative count');
    return '\0'.repeat(n);
  }
  if (k === K.Float) throw new PyException('TypeError', `cannot convert '${I.ty[src].name}' object to bytes`);
  const items = I.collect(src);
  try {
    const { indexArg } = strKit(I);
    return items
      .map((x) => {
        const v = indexArg(x);
        if (v < 0 || v > 255) throw new PyException('ValueError', 'bytes must be in range(0, 256)');
        return String.fromCharCode(v);
      })
      .join('');
  } finally {
    for (const x of items) I.decref(x);
  }
}
