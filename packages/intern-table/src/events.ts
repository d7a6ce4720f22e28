// The events that @pymem/intern-table declares: Interned strings, the small-int cache, singletons and free lists of CPython 3.11.
import { defineEventSpecs } from '@pymem/events';

/** Kind and one-line summary of each event type this package emits. */
export const internTableEventSpecs = defineEventSpecs({
  'intern.added': { kind: 'manager', summary: 'a string entered the interned-string table' },
});
