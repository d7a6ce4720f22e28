// Builds a full `Collector` from the one decision a collector author cares about, "what is
// garbage now?", the way xstate's `fromCallback` builds an actor from a function. The rest
// (the tracked set in tracking order, count0 and the threshold trigger inside allocation,
// freeze, stats, debug flags, gc.callbacks and the Started/Finished events) is CPython's
// gc module semantics, shared. Start with `defineCollector`; the shipped collectors use it.
import type { Collector, CollectorFactory, CollectorHost } from './collector.js';
import type { CollectionReason } from './events.js';
import type { Handle } from './handle.js';
import { GcLists, HEADS, Head } from './internal/gcLists.js';
import { CollectorSwitches } from './collectorSwitches.js';
import { createDisposer, type DisposeResult, type Disposer } from './machinery.js';

/** What a collector's `collect` gets. */
export interface CollectorContext<S> {
  readonly host: CollectorHost;
  readonly settings: S;
  /** `gc.set_debug` flags (pass them to `disposer.dispose` so DEBUG_SAVEALL works). */
  readonly debug: number;
  /** Tracked objects that are not frozen, in the order they were tracked. */
  tracked(): Handle[];
  /** Calls `fn` for each tracked, not frozen object in tracking order, without allocating. */
  forEachTracked(fn: (h: Handle) => void): void;
  /** The object is tracked and not frozen: a candidate for collection. */
  isCandidate(h: Handle): boolean;
  /** The object is in the permanent generation (gc.freeze). */
  isFrozen(h: Handle): boolean;
  /** Runs finalizers, weakrefs, resurrection and tp_clear on the garbage, in CPython's order. */
  readonly disposer: Disposer;
  /** Publishes a `gc.phase` event. */
  phase(name: string, count: number): void;
}

/** What a collector's `collect` returns: CPython's collected and uncollectable counts. */
export type CollectOutcome = Pick<DisposeResult, 'collected' | 'uncollectable'>;

/** Common settings of collectors made by {@link defineCollector}. */
export interface BaseSettings {
  /** Collect automatically when count0 exceeds this (CPython's threshold0); 0 never does. */
  readonly threshold: number;
  readonly enabled: boolean;
}

/** A collector described by its decision and optional observers. */
export interface CollectorSpec<S extends BaseSettings> {
  readonly name: string;
  /** Settings defaults (plain data). */
  readonly defaults: S;
  /**
   * Distinct generations (default 1). `collect` accepts 0..2 like CPython's gc.collect and
   * passes numbers past the oldest as the oldest; counts, thresholds and stats keep 3 entries.
   */
  readonly generations?: number;
  /** Decide what is garbage and dispose of it (usually `ctx.disposer.dispose(garbage, ctx.debug)`). */
  collect(ctx: CollectorContext<S>, generation: number): CollectOutcome;
  /** Creates per-host state (for example a root buffer); it is passed to the hooks below. */
  setup?(ctx: CollectorContext<S>): void;
  /** Observers with the lifecycle's timing (see `Collector`); called after the shared bookkeeping. */
  onTrack?(ctx: CollectorContext<S>, h: Handle): void;
  onUntrack?(ctx: CollectorContext<S>, h: Handle): void;
  onFree?(ctx: CollectorContext<S>, h: Handle): void;
  onDecref?(ctx: CollectorContext<S>, h: Handle): void;
}

/**
 * Turns a spec into a collector factory.
 *
 * @example
 * ```ts
 * const createEveryCycle = defineCollector({
 *   name: 'every-cycle',
 *   defaults: { threshold: 700, enabled: true },
 *   collect: (ctx) => ctx.disposer.dispose(findGarbage(ctx), ctx.debug),
 * });
 * const collector = createEveryCycle(host);
 * ```
 */
export function defineCollector<S extends BaseSettings>(spec: CollectorSpec<S>): CollectorFactory<S> {
  return (host, settings) => new Defined(spec, host, { ...spec.defaults, ...settings });
}

class Defined<S extends BaseSettings> extends CollectorSwitches implements Collector {
  readonly name: string;
  readonly generations: number;
  private readonly lists = new GcLists(1024);
  private count0 = 0;
  private threshold: number;
  private readonly ctx: CollectorContext<S>;
  private generation = 0;

  constructor(
    private readonly spec: CollectorSpec<S>,
    host: CollectorHost,
    settings: S,
  ) {
    super(host, { enabled: settings.enabled, debug: 0, generations: spec.generations ?? 1 });
    this.name = spec.name;
    this.generations = spec.generations ?? 1;
    this.threshold = settings.threshold;
    const lists = this.lists;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.ctx = {
      host,
      settings,
      get debug() {
        return self.debug;
      },
      tracked: () => lists.handles(Head.gen0),
      forEachTracked(fn) {
        const next = lists.next;
        for (let n = next[Head.gen0]!; n !== Head.gen0; n = next[n]!) fn(n - HEADS);
      },
      isCandidate: (h) => h >= 0 && lists.linked(h + HEADS) && lists.flags[h + HEADS] === 0,
      isFrozen: (h) => h >= 0 && lists.linked(h + HEADS) && lists.flags[h + HEADS] === FROZEN,
      disposer: createDisposer(host),
      phase: (name, count) =>
        host.emit({ type: 'gc.phase', collector: this.name, generation: this.generation, phase: name, count }),
    };
    spec.setup?.(this.ctx);
  }

  onAllocate(_h: Handle): void {
    this.count0++;
    if (this.count0 > this.threshold && this.enabled && this.threshold !== 0 && !this.collecting) {
      if (this.host.exceptionPending?.()) return;
      this.run(Math.max(2, this.generations - 1), 'allocation');
    }
  }

  onFree(h: Handle): void {
    const node = h + HEADS;
    if (this.lists.linked(node)) this.lists.remove(node);
    if (node < this.lists.flags.length) this.lists.flags[node] = 0;
    if (this.count0 > 0) this.count0--;
    this.ctx.disposer.onFree(h);
    this.spec.onFree?.(this.ctx, h);
  }

  onTrack(h: Handle): void {
    this.lists.ensure(h + 1);
    const node = h + HEADS;
    if (this.lists.linked(node)) throw new Error(`object ${h} is already tracked`);
    this.lists.flags[node] = 0;
    this.lists.append(node, Head.gen0);
    this.spec.onTrack?.(this.ctx, h);
  }

  onUntrack(h: Handle): void {
    const node = h + HEADS;
    if (this.lists.linked(node)) this.lists.remove(node);
    if (node < this.lists.flags.length) this.lists.flags[node] = 0;
    this.ctx.disposer.onUntrack(h);
    this.spec.onUntrack?.(this.ctx, h);
  }

  onDecref(h: Handle): void {
    this.spec.onDecref?.(this.ctx, h);
  }

  /** `gc.collect(g)`: g in 0..2 as CPython accepts; numbers past this collector's oldest mean the oldest. */
  collect(generation = Math.max(2, this.generations - 1)): number {
    if (!Number.isInteger(generation) || generation < 0 || generation >= Math.max(3, this.generations)) {
      throw new RangeError('invalid generation');
    }
    if (this.collecting) return 0;
    return this.run(generation, 'manual');
  }

  private run(generation: number, reason: CollectionReason): number {
    this.collecting = true;
    try {
      this.generation = generation;
      this.host.emit({ type: 'gc.collectionStarted', collector: this.name, generation, reason, counts: this.getCount() });
      this.host.runCallbacks('start', { generation, collected: 0, uncollectable: 0 });
      this.count0 = 0;
      this.lists.ensure(this.host.heap.capacity);
      const { collected, uncollectable } = this.spec.collect(this.ctx, Math.min(generation, this.generations - 1));
      const st = this.stats[generation]!;
      st.collections++;
      st.collected += collected;
      st.uncollectable += uncollectable;
      this.host.emit({ type: 'gc.collectionFinished', collector: this.name, generation, collected, uncollectable });
      this.host.runCallbacks('stop', { generation, collected, uncollectable });
      return collected + uncollectable;
    } finally {
      this.collecting = false;
    }
  }

  getCount(): readonly number[] {
    return [this.count0, ...Array.from({ length: Math.max(3, this.generations) - 1 }, () => 0)];
  }
  getThreshold(): readonly number[] {
    return [this.threshold, ...Array.from({ length: Math.max(3, this.generations) - 1 }, () => 0)];
  }
  setThreshold(...thresholds: number[]): void {
    if (thresholds.length < 1 || !Number.isInteger(thresholds[0])) throw new TypeError('set_threshold takes integers');
    this.threshold = thresholds[0]!;
    this.configured();
  }

  freeze(): void {
    const L = this.lists;
    for (let n = L.first(Head.gen0); n !== Head.gen0; n = L.next[n]!) L.flags[n] = FROZEN;
    L.merge(Head.gen0, Head.permanent);
    this.count0 = 0;
    this.host.emit({ type: 'gc.frozen', frozen: L.size(Head.permanent) });
  }
  unfreeze(): void {
    const L = this.lists;
    for (let n = L.first(Head.permanent); n !== Head.permanent; n = L.next[n]!) L.flags[n] = 0;
    const thawed = L.size(Head.permanent);
    L.merge(Head.permanent, Head.gen0);
    this.host.emit({ type: 'gc.unfrozen', thawed });
  }
  getFreezeCount(): number {
    return this.lists.size(Head.permanent);
  }

  generationList(generation: number): Handle[] {
    if (generation === this.generations) return this.lists.handles(Head.permanent);
    return generation === 0 ? this.lists.handles(Head.gen0) : [];
  }
}

const FROZEN = 8;
