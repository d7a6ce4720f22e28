// The event envelope shared by every pymem package: a plain, JSON-safe object with a dotted
// `type` and a `seq` that the bus assigns. Each package declares its own union of events in
// its `events.ts`; the runtime's event type is the union of those. Start with `PymemEvent`.

/**
 * Every event on a pymem bus: a plain readonly object with a dotted, past-tense `type`
 * (`object.allocated`, `pool.claimed`) and the sequence number `seq` the bus gave it.
 *
 * @example
 * ```ts
 * interface RefAdded extends PymemEvent<'ref.added'> { readonly from: number; readonly to: number }
 * const e: RefAdded = { type: 'ref.added', seq: 0, from: 1, to: 2 };
 * ```
 */
export interface PymemEvent<T extends string = string> {
  readonly type: T;
  readonly seq: number;
}

/**
 * An event as a producer hands it to `bus.emit`: everything but `seq`, which the bus assigns.
 * Distributes over unions, so `Unsequenced<A | B>` is `Unsequenced<A> | Unsequenced<B>`.
 *
 * @example
 * ```ts
 * const e: Unsequenced<MarkerEvent> = { type: 'marker', label: 'line 3' };
 * ```
 */
export type Unsequenced<E> = E extends unknown ? Omit<E, 'seq'> & { seq?: number } : never;

/**
 * The member of the union `E` whose `type` is `T`.
 *
 * @example
 * ```ts
 * type M = EventOf<CoreEvent, 'marker'>; // MarkerEvent
 * ```
 */
export type EventOf<E extends PymemEvent, T extends E['type']> = Extract<E, { type: T }>;

/**
 * Mutator events say what the program did (allocate, store a reference, call gc.collect());
 * manager events say what the memory manager decided (a count reached zero, a pool was
 * claimed). Re-simulation keeps the mutator events of a log and decides the rest anew.
 */
export type EventKind = 'mutator' | 'manager';

/** What a package says about each event type it declares. */
export interface EventSpec {
  readonly kind: EventKind;
  /** One line for people reading a log, a `--help` or the demo's event list. */
  readonly summary: string;
}

/**
 * Declares the event types of a package with their kind, keeping the literal keys so the
 * table can be checked against the package's event union.
 *
 * @example
 * ```ts
 * export const refEventSpecs = defineEventSpecs({
 *   'ref.added': { kind: 'mutator', summary: 'a slot now points at an object' },
 * });
 * ```
 */
export function defineEventSpecs<const M extends Record<string, EventSpec>>(specs: M): M {
  return specs;
}

/**
 * A label a front end drops into the stream between mutator events: a source line starting,
 * a statement finishing. Time travel steps "by statement" using these.
 */
export interface MarkerEvent extends PymemEvent<'marker'> {
  /** What kind of boundary: `'statement'`, `'call'`, `'output'`, or a front end's own word. */
  readonly label: string;
  /** Source line (1-based) when the marker belongs to a program, else absent. */
  readonly line?: number;
  /** Free text, for example the program's printed output. */
  readonly text?: string;
}

/** The events the events package itself declares. */
export type CoreEvent = MarkerEvent;

/** Kind and summary of the events package's own events. */
export const coreEventSpecs = defineEventSpecs({
  marker: { kind: 'mutator', summary: 'a front end marked a point in the run (a statement, a call, output)' },
});

/**
 * Exhaustiveness check for `switch (event.type)`: TypeScript rejects the call unless every
 * member of the union was handled.
 *
 * @example
 * ```ts
 * switch (e.type) { case 'marker': break; default: assertNever(e); }
 * ```
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled event: ${JSON.stringify(value)}`);
}
