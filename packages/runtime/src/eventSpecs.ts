// The whole vocabulary of a runtime: the union of every component's event specs.
import { coreEventSpecs } from '@pymem/events';
import { objectModelEventSpecs } from '@pymem/object-model';
import { refcounterEventSpecs } from '@pymem/refcounter';
import { cycleCollectorEventSpecs } from '@pymem/cycle-collector';
import { poolAllocatorEventSpecs } from '@pymem/pool-allocator';
import { internTableEventSpecs } from '@pymem/intern-table';

/**
 * Every event type a CPython 3.11 runtime can emit, with its kind and summary.
 *
 * @example
 * ```ts
 * runtimeEventSpecs['gc.collectionStarted'].kind; // 'manager'
 * ```
 */
export const runtimeEventSpecs = {
  ...coreEventSpecs,
  ...objectModelEventSpecs,
  ...refcounterEventSpecs,
  ...cycleCollectorEventSpecs,
  ...poolAllocatorEventSpecs,
  ...internTableEventSpecs,
} as const;

/** The parts the vocabulary is made of, by package, for checking that no type is declared twice. */
export const eventSpecParts = {
  events: coreEventSpecs,
  'object-model': objectModelEventSpecs,
  refcounter: refcounterEventSpecs,
  'cycle-collector': cycleCollectorEventSpecs,
  'pool-allocator': poolAllocatorEventSpecs,
  'intern-table': internTableEventSpecs,
} as const;
