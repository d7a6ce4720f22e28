// The events that @pymem/cycle-collector declares: CPython 3.11's generational cycle collector, one implementation of the open Collector interface.
import { defineEventSpecs } from '@pymem/events';

/** Kind and one-line summary of each event type this package emits. */
export const cycleCollectorEventSpecs = defineEventSpecs({
  'gc.collectionStarted': { kind: 'manager', summary: 'a collection of a generation began' },
  'gc.collectionFinished': { kind: 'manager', summary: 'a collection ended, with collected and uncollectable counts' },
});
