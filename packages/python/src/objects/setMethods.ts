// The set algebra of set and frozenset, each operation as setobject.c builds its result (which
// set is copied, which one is iterated, when the table is presized or resized afterwards, what
// an in-place update swaps in), so result sizes and item order match; and the two method tables.
// Mirrors Objects/setobject.c (set_copy, set_union, set_intersection(_multi/_update),
// set_difference(_update_internal), set_symmetric_difference(_update), set_issubset,
// set_issuperset, set_isdisjoint, set_swap_bodies, set_methods, frozenset_methods).
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import { K, type BuiltinFn, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { keyError, keyErrorText } from './exceptions.js';

const isAnySet = (I: Interp, h: Handle): boolean => I.kind[h] === K.Set || I.kind[h] === K.FrozenSet;
const sd = (I: Interp, h: Handle): SetData => I.pv[h] as SetData;
const has = (I: Interp, s: Handle, x: Handle): boolean => sd(I, s).idx.has(I.hashKey(x));

/** make_new_set_basetype(type(so), NULL): an empty set, or frozenset for a frozenset. */
function newLike(I: Interp, so: Handle): Handle {
  return I.newSet(I.kind[so] === K.FrozenSet);
}

/** set_copy: a new set (or frozenset) of so's base type, merged from so. */
export function setCopy(I: Interp, so: Handle): Handle {
  const r = newLike(I, so);
  I.setUpdate(r, so);
  return r;
}

/** set_table_resize when more than a quarter of the table is dummies (after removals). */
function shrinkDummies(I: Interp, so: Handle): void {
  const d = sd(I, so);
  const mask = d.table.length - 1;
  if (d.fill - d.used <= Math.floor(mask / 4)) return;
  I.setResize(so, d.used > 50000 ? d.used * 2 : d.used * 4);
}

/** set_swap_bodies: so takes tmp's table (and size); tmp gets so's old one. */
function swapBodies(I: Interp, so: Handle, tmp: Handle): void {
  const a = sd(I, so);
  const b = sd(I, tmp);
  const keep = I.setItems(so);
  for (const x of keep) I.incref(x);
  I.pv[so] = b;
  I.pv[tmp] = a;
  I.mem.relayout(so, b.table.map((x) => (x >= 0 ? x : -1)));
  I.mem.resizeBuffer(so, 'table', b.table.length > 8 ? b.table.length * 16 : 0);
  I.mem.relayout(tmp, a.table.map((x) => (x >= 0 ? x : -1)));
  I.mem.resizeBuffer(tmp, 'table', a.table.length > 8 ? a.table.length * 16 : 0);
  for (const x of keep) I.decref(x);
}

/** Runs `fn` over the items of any iterable (new references released after each). */
function eachItem(I: Interp, src: Handle, fn: (x: Handle) => boolean | void): void {
  const it = I.iter(src);
  try {
    for (let x = I.next(it); x >= 0; x = I.next(it)) {
      let stop: boolean | void;
      try {
        stop = fn(x);
      } finally {
        I.decref(x);
      }
      if (stop) return;
    }
  } finally {
    I.decref(it);
  }
}

/** set_intersection(so, other): the smaller of two sets is iterated; other iterables are walked. */
export function setIntersection(I: Interp, so: Handle, other: Handle): Handle {
  if (so === other) return setCopy(I, so);
  const r = newLike(I, so);
  try {
    if (isAnySet(I, other)) {
      let [big, small] = [so, other];
      if (sd(I, other).used > sd(I, so).used) [big, small] = [other, so];
      for (const x of I.setItems(small)) if (has(I, big, x)) I.setAdd(r, x);
    } else {
      eachItem(I, other, (x) => {
        if (has(I, so, x)) I.setAdd(r, x);
      });
    }
  } catch (e) {
    I.decref(r);
    throw e;
  }
  return r;
}

/** set_difference_update_internal: discards other's items from so, then resizes away dummies. */
export function setDifferenceUpdate(I: Interp, so: Handle, other: Handle): void {
  if (so === other) {
    I.setClear(so);
    return;
  }
  if (isAnySet(I, other)) for (const x of I.setItems(other)) I.setDiscard(so, x);
  else eachItem(I, other, (x) => void I.setDiscard(so, x));
  shrinkDummies(I, so);
}

/** set_difference(so, other): iterates so checking other, or copies so when other is small or not a set/dict. */
export function setDifference(I: Interp, so: Handle, other: Handle): Handle {
  const k = I.kind[other];
  const otherSize = isAnySet(I, other) ? sd(I, other).used : k === K.Dict ? I.len(other) : -1;
  if (otherSize < 0 || sd(I, so).used >> 2 > otherSize) {
    const r = setCopy(I, so);
    try {
      setDifferenceUpdate(I, r, other);
    } catch (e) {
      I.decref(r);
      throw e;
    }
    return r;
  }
  const r = newLike(I, so);
  for (const x of I.setItems(so)) if (!I.contains(other, x)) I.setAdd(r, x);
  return r;
}

/** set_symmetric_difference_update: items of other (as a set) toggled in so. */
export function setSymmetricDifferenceUpdate(I: Interp, so: Handle, other: Handle): void {
  if (so === other) {
    I.setClear(so);
    return;
  }
  let otherset = other;
  if (isAnySet(I, other)) I.incref(other);
  else {
    otherset = newLike(I, so);
    try {
      I.setUpdate(otherset, other);
    } catch (e) {
      I.decref(otherset);
      throw e;
    }
  }
  try {
    for (const x of I.setItems(otherset)) if (!I.setDiscard(so, x)) I.setAdd(so, x);
  } finally {
    I.decref(otherset);
  }
}

/** set_symmetric_difference: a set made from other, updated by so. */
export function setSymmetricDifference(I: Interp, so: Handle, other: Handle): Handle {
  const r = newLike(I, so);
  try {
    I.setUpdate(r, other);
    setSymmetricDifferenceUpdate(I, r, so);
  } catch (e) {
    I.decref(r);
    throw e;
  }
  return r;
}

/** set_intersection_update: so takes the body of the intersection. */
export function setIntersectionUpdate(I: Interp, so: Handle, others: Handle[]): void {
  let r = I.incref(so);
  if (others.length === 0) {
    I.decref(r);
    r = setCopy(I, so);
  }
  for (const o of others) {
    const next = setIntersection(I, r, o);
    I.decref(r);
    r = next;
  }
  swapBodies(I, so, r);
  I.decref(r);
}

/** set_issubset: a non-set other is made into a set first. */
export function setIsSubset(I: Interp, so: Handle, other: Handle): boolean {
  if (!isAnySet(I, other)) {
    const tmp = I.newSet();
    try {
      I.setUpdate(tmp, other);
      return setIsSubset(I, so, tmp);
    } finally {
      I.decref(tmp);
    }
  }
  if (sd(I, so).used > sd(I, other).used) return false;
  return I.setItems(so).every((x) => has(I, other, x));
}

/** The binary set operators (set_or, set_and, set_sub, set_xor) on two sets; in place for |= &= -= ^=. */
export function setBinop(I: Interp, op: string, a: Handle, b: Handle, inplace: boolean): Handle {
  if (inplace && I.kind[a] === K.Set) {
    if (op === '|') I.setUpdate(a, b);
    else if (op === '&') setIntersectionUpdate(I, a, [b]);
    else if (op === '-') setDifferenceUpdate(I, a, b);
    else setSymmetricDifferenceUpdate(I, a, b);
    return I.incref(a);
  }
  if (op === '|') {
    const r = setCopy(I, a);
    if (a !== b) I.setUpdate(r, b);
    return r;
  }
  if (op === '&') return setIntersection(I, a, b);
  if (op === '-') return setDifference(I, a, b);
  return setSymmetricDifference(I, a, b);
}

/** The method tables of set and frozenset. */
export function installSetMethods(I: Interp): void {
  const { none, method, argc, varargs } = argKit(I);
  const St = I.tSet;
  const Fs = I.tFrozenSet;
  const one = (name: string, a: Handle[]): void => argc(name, a.slice(1), 1, 1);
  method(St, 'add', (a) => {
    one('set.add', a);
    I.setAdd(a[0], a[1]);
    return none();
  });
  method(St, 'discard', (a) => {
    one('set.discard', a);
    I.setDiscard(a[0], a[1]);
    return none();
  });
  method(St, 'remove', (a) => {
    one('set.remove', a);
    if (!I.setDiscard(a[0], a[1])) throw keyError(I, a[1]);
    return none();
  });
  method(St, 'clear', (a) => {
    I.setClear(a[0]);
    return none();
  });
  method(St, 'pop', (a) => {
    const d = sd(I, a[0]);
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
    throw keyErrorText(I, 'pop from an empty set');
  });
  method(St, 'update', varargs((a) => {
    for (const x of a.slice(1)) I.setUpdate(a[0], x);
    return none();
  }));
  method(St, 'copy', (a) => setCopy(I, a[0]));
  // frozenset_copy: an exact frozenset is immutable, so its copy is itself
  method(Fs, 'copy', (a) => (I.ty[a[0]] === Fs ? I.incref(a[0]) : setCopy(I, a[0])));
  const both = (name: string, fn: BuiltinFn): void => {
    method(St, name, fn);
    method(Fs, name, fn);
  };
  both('union', varargs((a) => {
    const r = setCopy(I, a[0]);
    try {
      for (const o of a.slice(1)) if (o !== a[0]) I.setUpdate(r, o);
    } catch (e) {
      I.decref(r);
      throw e;
    }
    return r;
  }));
  both('intersection', varargs((a) => {
    if (a.length === 1) return setCopy(I, a[0]);
    let r = I.incref(a[0]);
    for (const o of a.slice(1)) {
      try {
        const next = setIntersection(I, r, o);
        I.decref(r);
        r = next;
      } catch (e) {
        I.decref(r);
        throw e;
      }
    }
    return r;
  }));
  both('difference', varargs((a) => {
    if (a.length === 1) return setCopy(I, a[0]);
    const r = setDifference(I, a[0], a[1]);
    try {
      for (const o of a.slice(2)) setDifferenceUpdate(I, r, o);
    } catch (e) {
      I.decref(r);
      throw e;
    }
    return r;
  }));
  both('symmetric_difference', (a) => {
    one('symmetric_difference', a);
    return setSymmetricDifference(I, a[0], a[1]);
  });
  both('issubset', (a) => {
    one('issubset', a);
    return I.newBool(setIsSubset(I, a[0], a[1]));
  });
  both('issuperset', (a) => {
    one('issuperset', a);
    if (isAnySet(I, a[1])) return I.newBool(setIsSubset(I, a[1], a[0]));
    let ok = true;
    eachItem(I, a[1], (x) => {
      if (!has(I, a[0], x)) ok = false;
      return !ok;
    });
    return I.newBool(ok);
  });
  both('isdisjoint', (a) => {
    one('isdisjoint', a);
    const [so, other] = [a[0], a[1]];
    if (so === other) return I.newBool(sd(I, so).used === 0);
    if (isAnySet(I, other)) {
      let [big, small] = [so, other];
      if (sd(I, other).used > sd(I, so).used) [big, small] = [other, so];
      return I.newBool(!I.setItems(small).some((x) => has(I, big, x)));
    }
    let disjoint = true;
    eachItem(I, other, (x) => {
      if (has(I, so, x)) disjoint = false;
      return !disjoint;
    });
    return I.newBool(disjoint);
  });
  method(St, 'intersection_update', varargs((a) => {
    setIntersectionUpdate(I, a[0], a.slice(1));
    return none();
  }));
  method(St, 'difference_update', varargs((a) => {
    for (const o of a.slice(1)) setDifferenceUpdate(I, a[0], o);
    return none();
  }));
  method(St, 'symmetric_difference_update', (a) => {
    one('symmetric_difference_update', a);
    setSymmetricDifferenceUpdate(I, a[0], a[1]);
    return none();
  });
}
