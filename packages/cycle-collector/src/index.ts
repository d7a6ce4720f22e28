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
