// Public API of @pymem/tracing. pymem trace files: write, read, replay, seek, diff, stats and export.
export { tracingEventSpecs } from './events.js';
