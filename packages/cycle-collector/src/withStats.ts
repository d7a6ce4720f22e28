// A wrapper that is itself a collector (as CPython's debug allocator hooks wrap the installed
// allocator): it counts the calls the runtime makes and times collections, and passes every
// call through unchanged. Start with `withStats`.
import type { Collector } from './collector.js';

/** What {@link withStats} counted. */
export interface CollectorCallStats {
  allocations: number;
  frees: number;
  tracks: number;
  untracks: number;
  decrefs: number;
  collections: number;
  /** Sum of `collect` results (collected + uncollectable), automatic collections included. */
  found: number;
  /** Wall time spent in collections, milliseconds (for reports, never for assertions). */
  collectMs: number;
}

/** A collector with its call statistics. */
export interface CollectorWithStats extends Collector {
  readonly callStats: Readonly<CollectorCallStats>;
  /** The wrapped collector. */
  readonly inner: Collector;
}

/**
 * Wraps a collector; the result behaves the same and counts what happened.
 *
 * @example
 * ```ts
 * const gc = withStats(createCPython311Collector(host));
 * host.attach(gc);
 * gc.collect();
 * gc.callStats.collections; // 1
 * ```
 */
export function withStats(inner: Collector): CollectorWithStats {
  const s: CollectorCallStats = { allocations: 0, frees: 0, tracks: 0, untracks: 0, decrefs: 0, collections: 0, found: 0, collectMs: 0 };
  let before = inner.getStats().reduce((a, g) => a + g.collections, 0);
  let foundBefore = inner.getStats().reduce((a, g) => a + g.collected + g.uncollectable, 0);
  const sync = (): void => {
    const st = inner.getStats();
    const collections = st.reduce((a, g) => a + g.collections, 0);
    const found = st.reduce((a, g) => a + g.collected + g.uncollectable, 0);
    s.collections += collections - before;
    s.found += found - foundBefore;
    before = collections;
    foundBefore = found;
  };
  const timed = <T>(fn: () => T): T => {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      s.collectMs += performance.now() - t0;
      sync();
    }
  };
  const wrapped: CollectorWithStats = {
    name: inner.name,
    generations: inner.generations,
    inner,
    callStats: s,
    onAllocate(h) {
      s.allocations++;
      timed(() => inner.onAllocate(h));
    },
    onFree(h) {
      s.frees++;
      inner.onFree(h);
    },
    onTrack(h) {
      s.tracks++;
      inner.onTrack(h);
    },
    onUntrack(h) {
      s.untracks++;
      inner.onUntrack(h);
    },
    onDecref(h) {
      s.decrefs++;
      inner.onDecref?.(h);
    },
    collect: (generation) => timed(() => inner.collect(generation)),
    getCount: () => inner.getCount(),
    getThreshold: () => inner.getThreshold(),
    setThreshold: (...t) => inner.setThreshold(...t),
    enable: () => inner.enable(),
    disable: () => inner.disable(),
    isEnabled: () => inner.isEnabled(),
    freeze: () => inner.freeze(),
    unfreeze: () => inner.unfreeze(),
    getFreezeCount: () => inner.getFreezeCount(),
    getStats: () => inner.getStats(),
    getDebug: () => inner.getDebug(),
    setDebug: (f) => inner.setDebug(f),
    isCollecting: () => inner.isCollecting(),
  };
  if (inner.generationOf) wrapped.generationOf = (h) => inner.generationOf!(h);
  if (inner.generationList) wrapped.generationList = (g) => inner.generationList!(g);
  return wrapped;
}
