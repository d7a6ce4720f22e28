// The events that @pymem/tracing declares: pymem trace files: write, read, replay, seek, diff, stats and export.
import { defineEventSpecs } from '@pymem/events';

/** Kind and one-line summary of each event type this package emits. */
export const tracingEventSpecs = defineEventSpecs({
  'trace.opened': { kind: 'mutator', summary: 'a trace file began: format version, profile and configuration' },
});
