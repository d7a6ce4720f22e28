// Public API of @pymem/refcounter: ob_refcnt of simulated objects, its events and invariant checks.
export type { RefIncrefed, RefDecrefed, RefcountReachedZero, RefcounterEvent } from './events.js';
export { refcounterEventSpecs } from './events.js';
export type { RefcountView, Refcounter, RefcounterOptions } from './refcounter.js';
export { createRefcounter } from './refcounter.js';
export { InvariantViolation } from '@pymem/object-model';
