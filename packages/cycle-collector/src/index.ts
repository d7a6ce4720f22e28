// Public API of @pymem/cycle-collector. CPython 3.11's generational cycle collector, one implementation of the open Collector interface.
export type {
  CollectionReason, GcCollectionStarted, GcCollectionFinished, GcPhaseName, GcPhase, GcConfigured, GcFrozen, GcUnfrozen,
  CycleCollectorEvent, CycleCollectorEventInput,
} from './events.js';
export { cycleCollectorEventSpecs } from './events.js';
export type {
  CollectorHeapView, GcCallbackInfo, CollectorHost, GenerationStats, Collector, CollectorFactory,
} from './collector.js';
export { ObjectFlag, DebugFlag } from './collector.js';
export type { CPython311Settings, CPython311Collector } from './cpython311/cpython311Collector.js';
export { createCPython311Collector, cpython311Defaults } from './cpython311/cpython311Collector.js';
export type { DisposeResult, Disposer } from './machinery.js';
export {
  mayBeTracked, canUntrack, clearWeakrefsOf, callWeakrefCallbackAndRelease, finalizeOnce, deleteOne, externalRoots,
  createDisposer,
} from './machinery.js';
export type { TestObjectKind, TestScript, TestAllocOptions, TestHost } from './testing/testHost.js';
export { createTestHost } from './testing/testHost.js';
export type { CollectorContext, CollectOutcome, BaseSettings, CollectorSpec } from './defineCollector.js';
export { defineCollector } from './defineCollector.js';
export { CollectorSwitches } from './collectorSwitches.js';
export type { NoopSettings } from './collectors/noop/noopCollector.js';
export { createNoopCollector } from './collectors/noop/noopCollector.js';
export type { MarkSweepSettings } from './collectors/markSweep/markSweepCollector.js';
export { createMarkSweepCollector } from './collectors/markSweep/markSweepCollector.js';
export type { TrialDeletionSettings } from './collectors/trialDeletion/trialDeletionCollector.js';
export { createTrialDeletionCollector } from './collectors/trialDeletion/trialDeletionCollector.js';
export type { CollectorEntry, CollectorRegistry } from './registry.js';
export { createCollectorRegistry, collectors } from './registry.js';
export type { CollectorCallStats, CollectorWithStats } from './withStats.js';
export { withStats } from './withStats.js';
export type { ConformanceOptions, ConformanceCase, TestFunctions } from './testing/conformance.js';
export { conformanceCases, describeCollector, randomGraph, seededRandom } from './testing/conformance.js';
export type { ScenarioContext, Scenario } from './cpython311/scenarios.js';
export { scenarios as cpython311Scenarios, runScenarioTs, PY_PRELUDE, PY_EPILOGUE } from './cpython311/scenarios.js';
