// The events that @pymem/intern-table declares: static objects registered in the caches,
// strings entering and leaving the interned-string table, and free-list buffers released.
// Whole-object free lists move through object.allocated / object.freed (fromFreeList, toFreeList).
import { defineEventSpecs, type PymemEvent } from '@pymem/events';

type Handle = number;

/**
 * A static object joined a cache: `key` is `int:<value>`, `str:<text>`, `bytes:<byte>`,
 * `bytes:` (empty), `tuple:` (empty) or a singleton name (`None`, `True`, `False`,
 * `Ellipsis`, `NotImplemented`).
 */
export interface InternCached extends PymemEvent<'intern.cached'> {
  readonly handle: Handle;
  readonly key: string;
}

/** A string entered the interned-string table (its two table references are not counted). */
export interface InternAdded extends PymemEvent<'intern.added'> {
  readonly handle: Handle;
  readonly text: string;
}

/** An interned string died and left the table. */
export interface InternRemoved extends PymemEvent<'intern.removed'> {
  readonly handle: Handle;
  readonly text: string;
}

/** A buffer parked on a free list (dict keys) was returned to the allocator. */
export interface FreeListBufferReleased extends PymemEvent<'freelist.bufferReleased'> {
  readonly kind: 'dictKeys';
  readonly address: number;
  readonly size: number;
}

/** Every event the intern table declares. */
export type InternTableEvent = InternCached | InternAdded | InternRemoved | FreeListBufferReleased;

/** Kind and one-line summary of each event type this package emits. */
export const internTableEventSpecs = defineEventSpecs({
  'intern.cached': { kind: 'manager', summary: 'a static object (small int, singleton, cached string) joined a cache' },
  'intern.added': { kind: 'manager', summary: 'a string entered the interned-string table' },
  'intern.removed': { kind: 'manager', summary: 'an interned string died and left the table' },
  'freelist.bufferReleased': { kind: 'manager', summary: 'a buffer parked on a free list went back to the allocator' },
});
