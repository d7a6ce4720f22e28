// The error every component throws when an event would break an invariant of the heap or the
// counts (use after free, double free, a count below zero). It names the event's seq so a
// log can be checked and the offending line found. docs/DESIGN.md "Errors".
import type { Handle } from './types.js';

/** What went wrong, in a word a test or a CLI can switch on. */
export type InvariantKind =
  | 'useAfterFree'
  | 'doubleFree'
  | 'negativeRefcount'
  | 'doubleAllocation'
  | 'unknownObject'
  | 'badEvent';

/**
 * Thrown when an event is impossible in the current state.
 *
 * @example
 * ```ts
 * try { runtime.decref(h); } catch (e) {
 *   if (e instanceof InvariantViolation) console.error(e.seq, e.kind); // 12 'useAfterFree'
 * }
 * ```
 */
export class InvariantViolation extends Error {
  readonly seq: number;
  readonly kind: InvariantKind;
  readonly handle: Handle;
  constructor(kind: InvariantKind, seq: number, handle: Handle, detail: string) {
    super(`invariant violated at seq ${seq}: ${kind} of object ${handle}: ${detail}`);
    this.name = 'InvariantViolation';
    this.seq = seq;
    this.kind = kind;
    this.handle = handle;
  }
}
