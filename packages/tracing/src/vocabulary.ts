// The event types a trace may contain: every type the runtime's packages declare, plus the
// types of the CONTRACTS.md table that no package has declared yet. A reader rejects any other
// type (a file from elsewhere, or a bit flip in a JSON Lines type) unless told to accept it.
import { runtimeEventSpecs } from '@pymem/runtime';

/**
 * The event types of the contract table in docs/CONTRACTS.md, with their kind. Types declared
 * by a package's specs are taken from there; this list only fills the gaps.
 *
 * @example
 * ```ts
 * contractEventKinds['object.allocated']; // 'mutator'
 * ```
 */
export const contractEventKinds: Readonly<Record<string, 'mutator' | 'manager'>> = {
  'object.allocated': 'mutator',
  'object.tracked': 'mutator',
  'object.untracked': 'manager',
  'object.bufferResized': 'mutator',
  'ref.increfed': 'mutator',
  'ref.decrefed': 'mutator',
  'slot.stored': 'mutator',
  'slots.resized': 'mutator',
  'refcount.reachedZero': 'manager',
  'object.finalized': 'manager',
  'object.freed': 'manager',
  'gc.collectionStarted': 'manager',
  'gc.collectionFinished': 'manager',
  'gc.phase': 'manager',
  'pool.claimed': 'manager',
  'pool.emptied': 'manager',
  'arena.allocated': 'manager',
  'arena.released': 'manager',
  'intern.added': 'manager',
  'intern.removed': 'manager',
  marker: 'mutator',
};

/**
 * Every event type a trace of this pymem may contain, with its kind.
 *
 * @example
 * ```ts
 * eventKinds().get('gc.collectionStarted'); // 'manager'
 * ```
 */
export function eventKinds(): ReadonlyMap<string, 'mutator' | 'manager'> {
  const kinds = new Map<string, 'mutator' | 'manager'>(Object.entries(contractEventKinds));
  for (const [type, spec] of Object.entries(runtimeEventSpecs)) kinds.set(type, (spec as { kind: 'mutator' | 'manager' }).kind);
  return kinds;
}
