// The events that @pymem/cycle-collector declares: a collection as a Started/Finished pair (like
// gc.callbacks' "start"/"stop") with one `gc.phase` per step of gc_collect_main in between, and
// the gc module's settings changes. Start with `CycleCollectorEvent`.
import { defineEventSpecs, type PymemEvent, type Unsequenced } from '@pymem/events';

/** Why a collection ran. */
export type CollectionReason = 'allocation' | 'manual';

/** A collection of `generation` began (gc.callbacks phase "start"). */
export interface GcCollectionStarted extends PymemEvent<'gc.collectionStarted'> {
  readonly collector: string;
  readonly generation: number;
  readonly reason: CollectionReason;
  /** `gc.get_count()` before the counters were updated. */
  readonly counts: readonly number[];
}

/** A collection ended (gc.callbacks phase "stop"); `gc.collect()` returned collected + uncollectable. */
export interface GcCollectionFinished extends PymemEvent<'gc.collectionFinished'> {
  readonly collector: string;
  readonly generation: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/**
 * Names of the steps of `gc_collect_main` (3.11), in order. Other collectors use the ones
 * that apply and may add their own (`mark`, `sweep`, `markGray`, ...).
 */
export type GcPhaseName =
  | 'updateRefs'
  | 'subtractRefs'
  | 'moveUnreachable'
  | 'untrackTuples'
  | 'untrackDicts'
  | 'moveLegacyFinalizers'
  | 'handleWeakrefs'
  | 'finalizeGarbage'
  | 'handleResurrectedObjects'
  | 'deleteGarbage'
  | 'handleLegacyFinalizers'
  | 'clearFreeLists'
  | (string & {});

/** One step of a collection finished; `count` says how many objects it touched (see each phase). */
export interface GcPhase extends PymemEvent<'gc.phase'> {
  readonly collector: string;
  readonly generation: number;
  readonly phase: GcPhaseName;
  readonly count: number;
}

/** `gc.set_threshold`, `gc.enable/disable`, `gc.set_debug`: the settings after the call. */
export interface GcConfigured extends PymemEvent<'gc.configured'> {
  readonly thresholds: readonly number[];
  readonly enabled: boolean;
  readonly debug: number;
}

/** `gc.freeze()` (`frozen` = size of the permanent generation after) or `gc.unfreeze()`. */
export interface GcFrozen extends PymemEvent<'gc.frozen'> {
  readonly frozen: number;
}
export interface GcUnfrozen extends PymemEvent<'gc.unfrozen'> {
  readonly thawed: number;
}

/** Every event this package declares. */
export type CycleCollectorEvent = GcCollectionStarted | GcCollectionFinished | GcPhase | GcConfigured | GcFrozen | GcUnfrozen;

/** An event as a collector hands it to `host.emit` (the bus assigns `seq`). */
export type CycleCollectorEventInput = Unsequenced<CycleCollectorEvent>;

/** Kind and one-line summary of each event type this package emits. */
export const cycleCollectorEventSpecs = defineEventSpecs({
  'gc.collectionStarted': { kind: 'manager', summary: 'a collection of a generation began' },
  'gc.collectionFinished': { kind: 'manager', summary: 'a collection ended, with collected and uncollectable counts' },
  'gc.phase': { kind: 'manager', summary: 'one step of a collection finished, with the number of objects it touched' },
  'gc.configured': { kind: 'mutator', summary: 'the program changed gc thresholds, enabled state or debug flags' },
  'gc.frozen': { kind: 'mutator', summary: 'gc.freeze() moved every tracked object to the permanent generation' },
  'gc.unfrozen': { kind: 'mutator', summary: 'gc.unfreeze() moved the permanent generation back into the oldest' },
});
