// Public API of @pymem/pool-allocator: pymalloc modelled exactly (arenas, pools, size
// classes), its `_debugmallocstats` report, and allocator traces recorded from real CPython.
export type { PoolClaimedEvent, PoolEmptiedEvent, ArenaAllocatedEvent, ArenaReleasedEvent, PoolAllocatorEvent } from './events.js';
export { poolAllocatorEventSpecs } from './events.js';
export type { PoolParams, PoolGeometry } from './params.js';
export { cpython311PoolParams, resolvePoolParams } from './params.js';
export type { SystemMemory, SimulatedSystemOptions } from './systemMemory.js';
export { createSimulatedSystem } from './systemMemory.js';
export type { Allocator, PoolAllocator, PoolAllocatorOptions, ArenaInfo, ArenaCounters, PoolVisitor } from './poolAllocator.js';
export { createPoolAllocator, InvalidAddressError } from './poolAllocator.js';
export type { MallocStats, SizeClassStats } from './mallocStats.js';
export { mallocStats, formatMallocStats, parseMallocStats, MallocStatsParseError } from './mallocStats.js';
export type {
  AllocatorTraceHeader,
  AllocatorTraceFooter,
  AllocatorTraceBatch,
  AllocatorTraceCall,
  TraceByteSource,
  ReadAllocatorTraceOptions,
} from './allocatorTrace.js';
export {
  ALLOCATOR_TRACE_MAGIC,
  ALLOCATOR_TRACE_VERSION,
  TraceOp,
  DOMAIN_OBJ,
  AllocatorTraceError,
  isAllocatorTrace,
  readAllocatorTrace,
  encodeAllocatorTrace,
} from './allocatorTrace.js';
export type { ReplayAllocatorTraceOptions, AllocatorReplay } from './replayAllocatorTrace.js';
export { replayAllocatorTrace } from './replayAllocatorTrace.js';
export type { TraceRecordConsumer } from './allocatorTrace.js';
export { walkAllocatorTrace, checkCallRecord } from './allocatorTrace.js';
export type { ResimulateAllocatorTraceOptions } from './resimulateAllocatorTrace.js';
export { resimulateAllocatorTrace } from './resimulateAllocatorTrace.js';
export type { TraceLocation as AllocationSite, TraceCollection, TraceGcStats, TraceResources, GcGenerationStats, TraceAnnotationHandlers } from './traceAnnotations.js';
export { TraceExtendedKind } from './traceAnnotations.js';
export type { WalkAllocatorTraceOptions } from './allocatorTrace.js';
export type { ReplayObserver } from './replayAllocatorTrace.js';
export type { RecordedRun, RunSample, RunSnapshot, BytesPeakSnapshot, ArenaSnapshot, SiteShare, AnalyzeRecordedRunOptions } from './recordedRun.js';
export { analyzeRecordedRun, SIZE_BANDS } from './recordedRun.js';
export type { RecordedRunReport, RecordedRunReportOptions, GcPause, GenerationPauses, SiteRow, ArenaRow, AllocatorCounts } from './recordedRunReport.js';
export { buildRecordedRunReport, formatBytes, shortPath } from './recordedRunReport.js';
export { formatRecordedRunReport } from './recordedRunText.js';
export type { RecordedRunPerfettoOptions } from './recordedRunPerfetto.js';
export { exportRecordedRunPerfetto } from './recordedRunPerfetto.js';
export type { RunFigures, RunSummary, SiteFigures, SiteComparison, RunComparison } from './recordedRunCompare.js';
export { summarizeRecordedRun, compareRecordedRuns, relativeChange } from './recordedRunCompare.js';
export { formatRunComparison } from './recordedRunCompareText.js';
export type { SyntheticAllocatorStep } from './syntheticTrace.js';
export { synthesizeAllocatorTrace, SYNTHETIC_FREE_LISTS } from './syntheticTrace.js';
