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
