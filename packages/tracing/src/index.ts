// Public API of @pymem/tracing: trace files (JSON Lines and binary .pmt), streaming readers,
// the log's own projection and checker, time travel, stats, diff and export.
export { tracingEventSpecs } from './events.js';
export type { TraceEvent, TraceHeader, TraceFormat, TraceLocation } from './traceEvent.js';
export {
  TRACE_FORMAT_VERSION,
  TRACE_FORMAT_NAME,
  TraceError,
  createTraceHeader,
  validateHeader,
  validateEventShape,
} from './traceEvent.js';
export type { EventLogFormat, TraceEncoder, TraceEncoderOptions } from './traceEncoder.js';
export { createTraceEncoder, encodeTrace, concatBytes } from './traceEncoder.js';
export type { TraceWriter, TraceWriterOptions } from './traceWriter.js';
export { createTraceWriter, createAtomicFile, formatForPath, writeFileAtomic } from './traceWriter.js';
export type {
  TraceInput,
  TracePosition,
  TraceChunk,
  OpenTraceOptions,
  TraceReader,
  TraceFormatPlugin,
} from './traceReader.js';
export { openTrace, readTrace, registerTraceFormat } from './traceReader.js';
export type { TraceState, TraceStateOptions, TraceStateSnapshot, TraceCounters } from './traceState.js';
export { createTraceState } from './traceState.js';
export type { SyntheticOptions } from './synthetic.js';
export { synthesizeEvents } from './synthetic.js';
export { contractEventKinds, eventKinds } from './vocabulary.js';
export type { EventValidatorOptions } from './eventSchema.js';
export { createEventValidator, schemaEventTypes, BUILTIN_TYPE_IDS } from './eventSchema.js';
export type { ReplayProjection, TimeTravel, TimeTravelOptions } from './timeTravel.js';
export { openTimeTravel } from './timeTravel.js';
export type { TraceStats, ObjectTypeStats } from './traceStats.js';
export { createStatsCollector } from './traceStats.js';
export type { TraceDiff, FirstDifference, FieldDifference } from './traceDiff.js';
export { diffTraces, compareFields } from './traceDiff.js';
export type { PerfettoOptions } from './perfettoExport.js';
export { createPerfettoExporter } from './perfettoExport.js';
export type { RuntimeTraceOptions } from './runtimeTrace.js';
export { createRuntimeTraceWriter } from './runtimeTrace.js';
