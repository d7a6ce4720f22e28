// Public API of @pymem/object-model: types as data, layouts and sizes, the simulated heap.
export type { PreHeaderFlags } from './layout.js';
export { GC_HEAD_SIZE, MANAGED_DICT_PREHEADER_SIZE, preHeaderSize } from './layout.js';
export type {
  TypeId, Handle, Tracking, ReleaseOrder, FreeListKind, TypeInfo, BuiltinTypeName, HeapClassSpec, TypeView, TypeRegistry,
} from './types.js';
export { NULL, BuiltinType, heapClassInfo, typePreHeaderSize, createTypeRegistry } from './types.js';
export type {
  ObjectAllocated, ObjectTracked, ObjectUntracked, BufferResized, ObjectResized, SlotStored, SlotsResized, SlotsReplaced, ObjectDeallocDeferred, ObjectFinalized,
  ObjectFreed, WeakrefCreated, WeakrefCleared, TypeRegistered, ObjectModelEvent,
} from './events.js';
export { objectModelEventSpecs } from './events.js';
export type { ObjectStateValue, BufferInfo, HeapTotals, HeapView, Heap, HeapOptions } from './heap.js';
export { ObjectState, createHeap } from './heap.js';
export type { InvariantKind } from './invariant.js';
export { InvariantViolation } from './invariant.js';
export type { Hasher } from './digest.js';
export { createHasher } from './digest.js';
export { snapshotFields, restoreFields } from './snapshot.js';
export type { PayloadTable } from './payloads.js';
export { createPayloadTable } from './payloads.js';
export type { StrKind, FixedSizeType, HeapInstanceLayout } from './sizes/objectSizes.js';
export {
  INT_DIGIT_BITS, intDigitCount, sizeofInt, strKind, sizeofStr, sizeofStrValue, sizeofBytes, sizeofTuple, FIXED_SIZES,
  OBJECT_LAYOUT, heapInstanceLayout, sizeofHeapInstance, HEAP_TYPE_BASIC_SIZE, sizeofHeapType, SHARED_KEYS_TABLE_BYTES,
} from './sizes/objectSizes.js';
export type { ExtendSource, ListDisplayPath } from './sizes/listCapacity.js';
export {
  LIST_BASIC_SIZE, sizeofList, listResize, listCapacityAfterAppend, listCapacityAfterAppends, listPreallocateExact,
  listCapacityAfterExtend, listAfterSliceDelete, listDisplayPath, listDisplayCapacity,
} from './sizes/listCapacity.js';
export type { DictTableState, DictTable, SharedKeys } from './sizes/dictTable.js';
export {
  DICT_BASIC_SIZE, DICT_KEYS_HEADER_SIZE, DICT_LOG_MINSIZE, usableFraction, calculateLog2Keysize, estimateLog2Keysize,
  dictKeysSize, createDictTable, createPresizedDictTable, dictDisplayIsPresized, SHARED_KEYS_MAX_SIZE, createSharedKeys,
  instanceValuesBytes, splitDictToCombined,
} from './sizes/dictTable.js';
export type { SetTable } from './sizes/setTable.js';
export { SET_BASIC_SIZE, SET_MINSIZE, sizeofSet, setTableSizeFor, createSetTable, hashInt } from './sizes/setTable.js';
