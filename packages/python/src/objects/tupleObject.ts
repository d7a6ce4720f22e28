// The tuple type's method table (index, count). Tuples' storage, free lists and hashing are the
// object space's (objects.ts: newTuple, the runtime's tuple free lists). Mirrors
// Objects/tupleobject.c (tuple_methods).
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';

/** The method table of tuple (index, count). */
export function installTupleMethods(I: Interp): void {
  const { method } = argKit(I);
  method(I.tTuple, 'index', (a) => {
    const i = I.tupleItems(a[0]).findIndex((x) => x === a[1] || I.eq(x, a[1]));
    if (i < 0) throw new PyException('ValueError', 'tuple.index(x): x not in tuple');
    return I.newInt(i);
  });
  method(I.tTuple, 'count', (a) => I.newInt(I.tupleItems(a[0]).filter((x) => x === a[1] || I.eq(x, a[1])).length));
}
