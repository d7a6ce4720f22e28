// The events that @pymem/pool-allocator declares: pymalloc modelled exactly: arenas, pools, size classes and the _debugmallocstats report.
import { defineEventSpecs } from '@pymem/events';

/** Kind and one-line summary of each event type this package emits. */
export const poolAllocatorEventSpecs = defineEventSpecs({
  'pool.claimed': { kind: 'manager', summary: 'a pool was taken from an arena for a size class' },
  'arena.allocated': { kind: 'manager', summary: 'a new 1 MiB arena was mapped' },
  'arena.released': { kind: 'manager', summary: 'a wholly free arena was returned to the system' },
});
