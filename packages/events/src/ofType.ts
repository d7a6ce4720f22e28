// A typed RxJS filter for the event stream: `events$.pipe(ofType('gc.collectionStarted'))`
// narrows to that member of the union, as NgRx's and redux-observable's ofType do.
import { filter, type OperatorFunction } from 'rxjs';
import type { PymemEvent } from './event.js';

/**
 * Keeps only events whose `type` is one of `types`, narrowing the element type.
 *
 * @example
 * ```ts
 * bus.events$.pipe(ofType('marker')).subscribe((m) => console.log(m.label));
 * ```
 */
export function ofType<E extends PymemEvent, T extends E['type']>(
  ...types: readonly T[]
): OperatorFunction<E, Extract<E, { type: T }>> {
  if (types.length === 1) {
    const only = types[0];
    return filter((e: E): e is Extract<E, { type: T }> => e.type === only);
  }
  const set = new Set<string>(types);
  return filter((e: E): e is Extract<E, { type: T }> => set.has(e.type));
}
