// The events that @pymem/refcounter declares: Reference counts (ob_refcnt) of simulated objects and deallocation when a count reaches zero.
import { defineEventSpecs } from '@pymem/events';

/** Kind and one-line summary of each event type this package emits. */
export const refcounterEventSpecs = defineEventSpecs({
  'ref.increfed': { kind: 'mutator', summary: 'the program took a new reference to an object' },
  'ref.decrefed': { kind: 'mutator', summary: 'the program dropped a reference to an object' },
  'refcount.reachedZero': { kind: 'manager', summary: 'an object lost its last reference and will be deallocated' },
});
