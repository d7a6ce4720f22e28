// Public API of @pymem/runtime: composes the component packages into a CPython 3.11 profile
// with one mutator API (createRuntime), the projection that replays its log, and the vocabulary.
export { runtimeEventSpecs, eventSpecParts } from './eventSpecs.js';
export type { RuntimeEvent, RuntimeHooks, RuntimeOptions, AllocInit, Runtime } from './api.js';
export { createRuntime, digestComponents, TRASHCAN_UNWIND_LEVEL, freeListLimits } from './runtime.js';
export type { Allocator } from './allocator.js';
export { createSimpleAllocator } from './allocator.js';
export type { Projection, ProjectionOptions } from './projection.js';
export { createProjection } from './projection.js';
export { createCollectorHeapView } from './collectorView.js';
export type { StaticSpec } from './statics.js';
export { staticSpecs, STATIC_BASE } from './statics.js';
