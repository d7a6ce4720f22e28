// The events @pymem/pool-allocator publishes: what pymalloc decided about pools and arenas.
// Block-level malloc/free calls are the allocator's inputs, not its decisions, so they are not
// events here; replaying the inputs (an allocator trace) rebuilds the state exactly.
import { defineEventSpecs, type PymemEvent } from '@pymem/events';

/**
 * A pool was taken for a size class: from the arena's `freepools` (a pool that had become
 * empty) or carved fresh from the arena. Mirrors `allocate_from_new_pool`.
 */
export interface PoolClaimedEvent extends PymemEvent<'pool.claimed'> {
  /** Arena descriptor index (CPython's `arenas[i]`). */
  readonly arena: number;
  /** Address of the pool (its header). */
  readonly pool: number;
  readonly sizeClass: number;
  /** True when it came from the arena's `freepools`, false when carved fresh. */
  readonly fromFreePools: boolean;
  /** True when the pool last held this same class, so its free list was reused as is. */
  readonly sameClass: boolean;
}

/** A pool's last block was freed: it left `usedpools` for its arena's `freepools` (`insert_to_freepool`). */
export interface PoolEmptiedEvent extends PymemEvent<'pool.emptied'> {
  readonly arena: number;
  readonly pool: number;
  readonly sizeClass: number;
}

/** A new arena was mapped (`new_arena`); `pools` is 63 when its base was not pool aligned, else 64. */
export interface ArenaAllocatedEvent extends PymemEvent<'arena.allocated'> {
  readonly arena: number;
  readonly address: number;
  readonly pools: number;
}

/** A wholly free arena that was not the last usable one was unmapped. */
export interface ArenaReleasedEvent extends PymemEvent<'arena.released'> {
  readonly arena: number;
  readonly address: number;
}

/** Every event the pool allocator emits. */
export type PoolAllocatorEvent = PoolClaimedEvent | PoolEmptiedEvent | ArenaAllocatedEvent | ArenaReleasedEvent;

/**
 * Kind and one-line summary of each event type this package emits.
 *
 * @example
 * ```ts
 * poolAllocatorEventSpecs['arena.released'].kind; // 'manager'
 * ```
 */
export const poolAllocatorEventSpecs = defineEventSpecs({
  'pool.claimed': { kind: 'manager', summary: 'a pool was taken from an arena for a size class' },
  'pool.emptied': { kind: 'manager', summary: "a pool's last block was freed; it went to its arena's free pools" },
  'arena.allocated': { kind: 'manager', summary: 'a new arena was mapped' },
  'arena.released': { kind: 'manager', summary: 'a wholly free arena was returned to the system' },
});
