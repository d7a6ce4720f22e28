// The tuple type's method table (index, count). Tuples' storage, free lists and hashing are the
// object space's (objects.ts: newTuple, the runtime's tuple free lists). Mirrors
// Objects/tupleobject.c (tuple_methods).
import { PyException } from '../errors.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';

/** The method table of tuple (index, count). */
export function installTupleMethods(I: Interp): void {
  const { method, argc, indexRange } = argKit(I);
  method(I.tTuple, 'index', (a) => {
    const items = I.tupleItems(a[0]);
    const [start, stop] = indexRange(a, items.length);
    for (let i = start; i < stop && i < items.length; i++) {
      if (items[i] === a[1] || I.eq(items[i], a[1])) return I.newInt(i);
    }
    throw new PyException('ValueError', 'tuple.index(x): x not in tuple');
  });
  method(I.tTuple, 'count', (a) => {
    argc('tuple.count', a.slice(1), 1, 1);
    const items = I.tupleItems(a[0]);
    let n = 0;
    for (let i = 0; i < items.length; i++) if (items[i] === a[1] || I.eq(items[i], a[1])) n++;
    return I.newInt(n);
  });
}
