// The events that @pymem/refcounter declares: reference counts (ob_refcnt) going up and down,
// and a count reaching zero, which starts a deallocation.
import { defineEventSpecs, type PymemEvent } from '@pymem/events';

type Handle = number;

/** The program took a new reference (Py_INCREF). `refcount` is the count after. */
export interface RefIncrefed extends PymemEvent<'ref.increfed'> {
  readonly handle: Handle;
  readonly refcount: number;
}

/** The program dropped a reference (Py_DECREF). `refcount` is the count after. */
export interface RefDecrefed extends PymemEvent<'ref.decrefed'> {
  readonly handle: Handle;
  readonly refcount: number;
}

/** The count of `handle` reached zero: its deallocation starts (or is deferred by the trashcan). */
export interface RefcountReachedZero extends PymemEvent<'refcount.reachedZero'> {
  readonly handle: Handle;
}

/** Every event the refcounter declares. */
export type RefcounterEvent = RefIncrefed | RefDecrefed | RefcountReachedZero;

/** Kind and one-line summary of each event type this package emits. */
export const refcounterEventSpecs = defineEventSpecs({
  'ref.increfed': { kind: 'mutator', summary: 'the program took a new reference to an object' },
  'ref.decrefed': { kind: 'mutator', summary: 'the program dropped a reference to an object' },
  'refcount.reachedZero': { kind: 'manager', summary: 'an object lost its last reference and will be deallocated' },
});
