// Public API of @pymem/object-model: types as data, layouts and sizes, the simulated heap.
export type { PreHeaderFlags } from './layout.js';
export { GC_HEAD_SIZE, MANAGED_DICT_PREHEADER_SIZE, preHeaderSize } from './layout.js';
export type {
  TypeId, Handle, Tracking, ReleaseOrder, FreeListKind, TypeInfo, BuiltinTypeName, HeapClassSpec, TypeView, TypeRegistry,
} from './types.js';
export { NULL, BuiltinType, heapClassInfo, typePreHeaderSize, createTypeRegistry } from './types.js';
export type {
  ObjectAllocated, ObjectTracked, ObjectUntracked, BufferResized, ObjectResized, SlotStored, SlotsResized, ObjectFinalized,
  ObjectFreed, WeakrefCreated, WeakrefCleared, TypeRegistered, ObjectModelEvent,
} from './events.js';
export { objectModelEventSpecs } from './events.js';
export type { ObjectStateValue, BufferInfo, HeapTotals, HeapView, Heap, HeapOptions } from './heap.js';
export { ObjectState, createHeap } from './heap.js';
export type { InvariantKind } from './invariant.js';
export { InvariantViolation } from './invariant.js';
export type { Hasher } from './digest.js';
export { createHasher } from './digest.js';
export type { PayloadTable } from './payloads.js';
export { createPayloadTable } from './payloads.js';
