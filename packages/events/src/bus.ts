// The ordered event bus: synchronous, FIFO-trampolined, causal. Every pymem component talks
// through one of these. docs/DESIGN.md "The event stream" states the contract; this file keeps it.
// Read `emit` first: one loop delivers the event, then drains what handlers queued.
import { Observable } from 'rxjs';
import type { PymemEvent, Unsequenced } from './event.js';

/** A handler called synchronously for each delivered event. */
export type EventHandler<E> = (event: E) => void;

/** Call it to stop receiving events; calling it again does nothing. */
export type Unsubscribe = () => void;

/** One handler that threw while an event was delivered. */
export interface DeliveryFailure {
  readonly seq: number;
  readonly type: string;
  readonly error: unknown;
}

/**
 * Thrown by the outermost `emit` after the queue is drained when one or more handlers threw.
 * Every other subscriber still received every event, in the same order; the bus is usable.
 */
export class BusDeliveryError extends Error {
  readonly failures: readonly DeliveryFailure[];
  constructor(failures: readonly DeliveryFailure[]) {
    const first = failures[0]!;
    const detail = first.error instanceof Error ? first.error.message : String(first.error);
    super(
      `${failures.length} event handler${failures.length === 1 ? '' : 's'} threw; first at seq ${first.seq} (${first.type}): ${detail}`,
      { cause: first.error },
    );
    this.name = 'BusDeliveryError';
    this.failures = failures;
  }
}

/** Options of {@link createBus}. */
export interface BusOptions {
  /** The `seq` of the first event (default 0): a replay that continues a log starts past it. */
  readonly startSeq?: number;
}

/**
 * The ordered event bus of one runtime.
 *
 * Contract (docs/DESIGN.md): an event emitted from outside any handler is delivered to every
 * subscriber, and every event those handlers emit is delivered after it, first in first out,
 * before `emit` returns. An event emitted inside a handler is queued, never delivered
 * re-entrantly, so the log order is causal and every subscriber sees the same order.
 *
 * Subscribing or unsubscribing during delivery takes effect at once: a new subscriber sees
 * the next event delivered (not the current one), a removed one sees nothing more, not even
 * the rest of the current event.
 *
 * @example
 * ```ts
 * const bus = createBus<CoreEvent>();
 * const seen: string[] = [];
 * bus.subscribe((e) => seen.push(`${e.seq}:${e.label}`));
 * bus.emit({ type: 'marker', label: 'start' });
 * // seen = ['0:start']
 * ```
 */
export interface Bus<E extends PymemEvent> {
  /**
   * Assigns the next `seq` (written into the object you pass, which must not be reused),
   * delivers it and everything it causes, and returns it. Inside a handler it only queues.
   * @throws BusDeliveryError after draining, if any handler threw.
   */
  emit<X extends Unsequenced<E>>(event: X): X & { readonly seq: number };
  /** The fast path for the runtime's own components: a plain synchronous handler. */
  subscribe(handler: EventHandler<E>): Unsubscribe;
  /** A handler for one event type only. */
  on<T extends E['type']>(type: T, handler: EventHandler<Extract<E, { type: T }>>): Unsubscribe;
  /** The same stream as an RxJS Observable: every operator works on it. Hot, no replay. */
  readonly events$: Observable<E>;
  /** The `seq` the next event will get. */
  readonly nextSeq: number;
  /**
   * Takes the next `seq` for an event its owner applies without building or delivering it. Only
   * for an owner whose own handler is the sole subscriber (`subscriberCount === 1`, not
   * `delivering`): no other handler exists that could see the difference. Returns the seq.
   */
  takeSeq(): number;
  /** True while events are being delivered (inside a handler). */
  readonly delivering: boolean;
  /** Number of active subscribers. */
  readonly subscriberCount: number;
}

const noop = (): void => {};

const INITIAL_QUEUE = 256;

class FifoBus<E extends PymemEvent> implements Bus<E> {
  nextSeq: number;
  delivering = false;
  readonly events$: Observable<E>;

  // Handlers live in an array that is replaced when the set changes, so a delivery loop keeps
  // iterating its own snapshot while handlers subscribe. Unsubscribing also overwrites the
  // handler's slot in the replaced snapshot with a no-op, so a loop still walking that
  // snapshot skips it at once without an "is it active" test on every call.
  private handlers: EventHandler<E>[] = [];
  // A ring buffer of queued events; head/tail grow without resetting the array on each emit.
  private queue: (E | undefined)[] = new Array(INITIAL_QUEUE);
  private mask = INITIAL_QUEUE - 1;
  private head = 0;
  private tail = 0;
  private failures: DeliveryFailure[] | undefined;

  constructor(options: BusOptions) {
    this.nextSeq = options.startSeq ?? 0;
    this.events$ = new Observable<E>((subscriber) => this.subscribe((e) => subscriber.next(e)));
  }

  get subscriberCount(): number {
    return this.handlers.length;
  }

  takeSeq(): number {
    return this.nextSeq++;
  }

  emit<X extends Unsequenced<E>>(input: X): X & { readonly seq: number } {
    const event = input as unknown as E & { seq: number };
    event.seq = this.nextSeq++;
    if (this.delivering) {
      this.enqueue(event);
      return event as unknown as X & { readonly seq: number };
    }
    this.delivering = true;
    try {
      let current: E = event;
      for (;;) {
        this.deliver(current);
        if (this.head === this.tail) break;
        current = this.queue[this.head]!;
        this.queue[this.head] = undefined;
        this.head = (this.head + 1) & this.mask;
      }
    } finally {
      this.delivering = false;
    }
    const failures = this.failures;
    if (failures !== undefined) {
      this.failures = undefined;
      throw new BusDeliveryError(failures);
    }
    return event as unknown as X & { readonly seq: number };
  }

  private deliver(event: E): void {
    const handlers = this.handlers;
    const n = handlers.length;
    let i = 0;
    // The try sits outside the loop so the common case pays for one try per event, not one
    // per handler; a throw records the failure and resumes with the next subscriber.
    while (i < n) {
      try {
        for (; i < n; i++) handlers[i]!(event);
      } catch (error) {
        (this.failures ??= []).push({ seq: event.seq, type: event.type, error });
        i++;
      }
    }
  }

  private enqueue(event: E): void {
    const next = (this.tail + 1) & this.mask;
    if (next === this.head) this.grow();
    this.queue[this.tail] = event;
    this.tail = (this.tail + 1) & this.mask;
  }

  private grow(): void {
    const old = this.queue;
    const size = old.length;
    const grown: (E | undefined)[] = new Array(size * 2);
    let n = 0;
    for (let i = this.head; i !== this.tail; i = (i + 1) & this.mask) grown[n++] = old[i];
    this.queue = grown;
    this.mask = size * 2 - 1;
    this.head = 0;
    this.tail = n;
  }

  subscribe(handler: EventHandler<E>): Unsubscribe {
    const own = handler;
    this.handlers = [...this.handlers, own];
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const old = this.handlers;
      const at = old.indexOf(own);
      if (at < 0) return;
      this.handlers = [...old.slice(0, at), ...old.slice(at + 1)];
      old[at] = noop;
    };
  }

  on<T extends E['type']>(type: T, handler: EventHandler<Extract<E, { type: T }>>): Unsubscribe {
    return this.subscribe((e) => {
      if (e.type === type) handler(e as Extract<E, { type: T }>);
    });
  }
}

/**
 * Creates the ordered bus for one runtime. See {@link Bus} for the contract.
 *
 * @example
 * ```ts
 * const bus = createBus<CoreEvent>();
 * bus.on('marker', (e) => {
 *   if (e.label === 'parent') bus.emit({ type: 'marker', label: 'child' }); // queued
 * });
 * bus.emit({ type: 'marker', label: 'parent' }); // delivers parent, then child
 * ```
 */
export function createBus<E extends PymemEvent>(options: BusOptions = {}): Bus<E> {
  return new FifoBus<E>(options);
}
