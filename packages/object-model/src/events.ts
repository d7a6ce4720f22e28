// The events of the object model: objects allocated, tracked, changed and freed, their slots
// and auxiliary buffers, weak references and heap classes. The runtime emits them; the heap,
// the refcounter and the intern table apply them. docs/CONTRACTS.md lists them in one table.
import { defineEventSpecs, type PymemEvent } from '@pymem/events';
import type { FreeListKind, Handle, TypeId, TypeInfo } from './types.js';

/** Fresh memory (or a free-list object) became a live object with refcount 1. */
export interface ObjectAllocated extends PymemEvent<'object.allocated'> {
  readonly handle: Handle;
  readonly typeId: TypeId;
  /** Bytes requested for the object's own block, pre-header included. */
  readonly size: number;
  /** `id()` of the object: the block address plus the pre-header. */
  readonly address: number;
  readonly gc: boolean;
  /** Taken from this free list instead of the allocator (same handle and address as before). */
  readonly fromFreeList: FreeListKind | null;
  /** Which list of a per-size free list (the tuple length, 1..20). */
  readonly bucket?: number;
  /** A static object (small int, singleton, cached string): never from the allocator, never freed. */
  readonly static?: boolean;
}

/** The object entered (or left) the collector's generation lists. */
export interface ObjectTracked extends PymemEvent<'object.tracked'> {
  readonly handle: Handle;
}
/** See {@link ObjectTracked}. */
export interface ObjectUntracked extends PymemEvent<'object.untracked'> {
  readonly handle: Handle;
}

/** An auxiliary buffer (list items, dict keys, instance values) was allocated, resized or freed (size 0). */
export interface BufferResized extends PymemEvent<'object.bufferResized'> {
  readonly handle: Handle;
  readonly buffer: string;
  readonly oldSize: number;
  readonly newSize: number;
  readonly oldAddress: number;
  readonly newAddress: number;
  /** The buffer went to (or came from) a free list rather than the allocator (dict keys). */
  readonly freeList?: 'dictKeys';
}

/** The object's own block was realloc'd (a str or tuple resized in place): new size, maybe a new id(). */
export interface ObjectResized extends PymemEvent<'object.resized'> {
  readonly handle: Handle;
  readonly oldSize: number;
  readonly newSize: number;
  readonly oldAddress: number;
  readonly newAddress: number;
}

/** Slot `index` of `owner` now holds `target` (NULL clears it). Counts move in ref.* events. */
export interface SlotStored extends PymemEvent<'slot.stored'> {
  readonly owner: Handle;
  readonly index: number;
  readonly target: Handle;
}

/** `owner` now has `count` slots; new ones are NULL, dropped ones were released separately. */
export interface SlotsResized extends PymemEvent<'slots.resized'> {
  readonly owner: Handle;
  readonly count: number;
}

/** `owner`'s slots are now exactly `targets` (a memmove-like rearrangement: insert, pop, sort). */
export interface SlotsReplaced extends PymemEvent<'slots.replaced'> {
  readonly owner: Handle;
  readonly targets: readonly Handle[];
}

/**
 * The trashcan deferred the deallocation of `handle` (its count is 0): nesting reached
 * `depth` (50), so it waits on the thread's trash stack until the outermost dealloc ends.
 */
export interface ObjectDeallocDeferred extends PymemEvent<'object.deallocDeferred'> {
  readonly handle: Handle;
  readonly depth: number;
}

/** A Python `__del__` ran for the object: its FINALIZED bit is set, it never runs again. */
export interface ObjectFinalized extends PymemEvent<'object.finalized'> {
  readonly handle: Handle;
}

/**
 * The object is dead. With `toFreeList` its memory stays reserved (handle and address kept)
 * on that free list; with `fromFreeList` a parked object's memory is finally released.
 */
export interface ObjectFreed extends PymemEvent<'object.freed'> {
  readonly handle: Handle;
  readonly address: number;
  readonly toFreeList: FreeListKind | null;
  readonly fromFreeList?: FreeListKind;
  /** Which list of a per-size free list (the tuple length, 1..20). */
  readonly bucket?: number;
}

/** A weak reference object `ref` now refers to `target`, linked after `after` (NULL = list head). */
export interface WeakrefCreated extends PymemEvent<'weakref.created'> {
  readonly ref: Handle;
  readonly target: Handle;
  readonly after: Handle;
}

/** The weak reference is dead: unlinked from its target's list, dereferences to None. */
export interface WeakrefCleared extends PymemEvent<'weakref.cleared'> {
  readonly ref: Handle;
}

/** A heap class was created; its instances use this TypeInfo. */
export interface TypeRegistered extends PymemEvent<'type.registered'> {
  readonly info: TypeInfo;
}

/** Every event the object model applies. */
export type ObjectModelEvent =
  | ObjectAllocated
  | ObjectTracked
  | ObjectUntracked
  | BufferResized
  | ObjectResized
  | SlotStored
  | SlotsResized
  | SlotsReplaced
  | ObjectDeallocDeferred
  | ObjectFinalized
  | ObjectFreed
  | WeakrefCreated
  | WeakrefCleared
  | TypeRegistered;

/** Kind and summary of each object-model event. */
export const objectModelEventSpecs = defineEventSpecs({
  'object.allocated': { kind: 'mutator', summary: 'memory became a new object of a type, with refcount 1' },
  'object.tracked': { kind: 'mutator', summary: 'an object entered the collector generation lists' },
  'object.untracked': { kind: 'mutator', summary: 'an object left the collector generation lists' },
  'object.bufferResized': { kind: 'mutator', summary: 'an auxiliary buffer of an object was allocated, resized or freed' },
  'object.resized': { kind: 'mutator', summary: 'the block of a variable-size object was reallocated' },
  'slot.stored': { kind: 'mutator', summary: 'a slot of an object now points at another object (or nothing)' },
  'slots.resized': { kind: 'mutator', summary: 'an object now has a different number of slots' },
  'slots.replaced': { kind: 'mutator', summary: 'the slots of an object were rearranged at once (insert, pop, sort)' },
  'object.deallocDeferred': { kind: 'manager', summary: 'the trashcan deferred a deallocation until the outermost one ends' },
  'object.finalized': { kind: 'manager', summary: 'the __del__ of an object ran (never again for it)' },
  'object.freed': { kind: 'manager', summary: 'a dead object was freed, to the allocator or a free list' },
  'weakref.created': { kind: 'mutator', summary: 'a weak reference to an object was created' },
  'weakref.cleared': { kind: 'manager', summary: 'a weak reference was cleared because its target died or it died' },
  'type.registered': { kind: 'mutator', summary: 'a class was created at run time' },
});
