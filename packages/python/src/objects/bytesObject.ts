// The bytes type's own methods (decode, ...); the methods bytes shares with bytearray are in
// objects/bytesMethods.ts. Mirrors Objects/bytesobject.c.
import type { Interp } from '../interp.js';
import { decodeBytes } from './codecs.js';
import { strKit } from './strArgs.js';

/** The method table of bytes. */
export function installBytesMethods(I: Interp): void {
  const { sv, kwArgs, needStr } = strKit(I, 'bytes');
  I.tBytes.methods.set('decode', (a, kw) => {
    const [encH, errH] = kwArgs('decode', a, kw, ['encoding', 'errors']);
    const enc = encH === undefined ? 'utf-8' : needStr(encH, "decode() argument 'encoding' must be str");
    const err = errH === undefined ? 'strict' : needStr(errH, "decode() argument 'errors' must be str");
    return I.newStr(decodeBytes(sv(a[0]!), enc, err));
  });
}
