// Time travel over a run: the events in order, an index of where statements and collections
// are, and snapshots of the folded model every few thousand events, so any position is one
// restore plus a short fold away. A live run and a trace file fill it the same way (`append`).
// Start with `createTimeline`; `seek` is what the scrubber calls.
import type { DemoEvent } from './demoEvent.js';
import { num, str } from './demoEvent.js';
import { createMemoryModel, type MemoryModel, type MemoryModelOptions, type MemorySnapshot } from './memoryModel.js';
import { createFrameIndex, type FrameIndex } from './frames.js';
import { createValueIndex, type ValueIndex } from './values.js';
import { createMemorySeries, type MemorySeries } from './series.js';

/** One collection of the run and what it found. */
export interface CollectionSpan {
  readonly generation: number;
  /** Index of its `gc.collectionStarted` event. */
  readonly start: number;
  /** Index of its `gc.collectionFinished` event (Infinity until seen). */
  end: number;
  /**
   * Objects the collection freed or finalized that existed when it started: the unreachable
   * set the collector found (by handle; handles are not reused within one collection's start).
   */
  readonly unreachable: Set<number>;
  collected: number;
}

/** Options of {@link createTimeline}. */
export interface TimelineOptions extends MemoryModelOptions {
  /** Fewest events between snapshots (default 4096); grows with the heap so snapshots stay cheap. */
  readonly snapshotEvery?: number;
}

/**
 * A run laid out for time travel.
 *
 * @example
 * ```ts
 * const t = createTimeline();
 * t.append(events);
 * t.seek(t.length / 2).liveObjects;
 * ```
 */
export interface Timeline {
  /** Number of events. Positions run 0..length: position p has events 0..p-1 applied. */
  readonly length: number;
  event(index: number): DemoEvent;
  append(events: readonly DemoEvent[]): void;
  /** The model at `position` (clamped); the same object is returned and moved on each call. */
  seek(position: number): MemoryModel;
  /** The model at the last position sought. */
  readonly model: MemoryModel;
  /** The model after every event appended so far (what the end of the run looks like). */
  readonly final: MemoryModel;
  /** Event indices of `marker` events with label `statement`. */
  readonly statements: readonly number[];
  readonly collections: readonly CollectionSpan[];
  /** The collection in progress at `position`, if any. */
  collectionAt(position: number): CollectionSpan | undefined;
  /** Position just after the next (dir 1) or previous (dir -1) statement marker, or `position`. */
  stepStatement(position: number, dir: 1 | -1): number;
  /** Position just after the start of the next or previous collection, or `position`. */
  stepCollection(position: number, dir: 1 | -1): number;
  readonly snapshotCount: number;
  /** Call frames and their locals, from `frame` / `local` markers. */
  readonly frames: FrameIndex;
  /** Values and attribute names, from `value` / `attr` markers. */
  readonly values: ValueIndex;
  /** Blocks, arenas and objects over the run, for the chart. */
  readonly series: MemorySeries;
}

/** Index of the first element of sorted `xs` that is >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Creates an empty timeline; `append` events as they arrive (a live run's bus, a file's chunks).
 *
 * @example
 * ```ts
 * const t = createTimeline({ snapshotEvery: 1024 });
 * t.append([{ type: 'marker', seq: 0, label: 'statement', line: 1 }]);
 * t.stepStatement(0, 1); // 1
 * ```
 */
export function createTimeline(options: TimelineOptions = {}): Timeline {
  const every = options.snapshotEvery ?? 4096;
  const events: DemoEvent[] = [];
  const tail = createMemoryModel(options);
  const view = createMemoryModel(options);
  const snapshots: MemorySnapshot[] = [tail.snapshot()];
  const statements: number[] = [];
  const collections: CollectionSpan[] = [];
  const collectionStarts: number[] = [];
  let open: CollectionSpan | undefined;
  let lastSnapshot = 0;
  const frames = createFrameIndex();
  const values = createValueIndex();
  const series = createMemorySeries();
  const bornAt = (h: number): number => tail.bornAt(h);

  function index(e: DemoEvent, i: number): void {
    switch (e.type) {
      case 'marker':
        if (str(e, 'label') === 'statement') statements.push(i);
        else {
          frames.add(e, i);
          values.add(e, bornAt);
        }
        break;
      case 'type.registered':
        values.add(e, bornAt);
        break;
      case 'gc.collectionStarted':
        if (!open) {
          open = { generation: num(e, 'generation', 0), start: i, end: Infinity, unreachable: new Set(), collected: 0 };
          collections.push(open);
          collectionStarts.push(i);
        }
        break;
      case 'gc.collectionFinished':
        if (open) {
          open.end = i;
          open.collected = num(e, 'collected', 0);
          open = undefined;
        }
        break;
      case 'object.freed':
      case 'object.finalized': {
        const h = num(e, 'handle');
        // born before the collection started (bornAt counts applied events, start is an index)
        if (open && tail.isLive(h) && tail.bornAt(h) <= open.start) open.unreachable.add(h);
        break;
      }
      default:
        break;
    }
  }

  function append(batch: readonly DemoEvent[]): void {
    for (const e of batch) {
      const i = events.length;
      events.push(e);
      index(e, i);
      tail.apply(e);
      series.observe(tail);
      if (tail.position - lastSnapshot >= Math.max(every, tail.highWater)) {
        snapshots.push(tail.snapshot());
        lastSnapshot = tail.position;
      }
    }
  }

  function seek(position: number): MemoryModel {
    const p = Math.max(0, Math.min(events.length, Math.floor(position)));
    if (p === view.position) return view;
    if (p < view.position || p - view.position > every) {
      // the latest snapshot at or before p (snapshots are in position order)
      let lo = 0;
      let hi = snapshots.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (snapshots[mid]!.position <= p) lo = mid;
        else hi = mid - 1;
      }
      if (p < view.position || snapshots[lo]!.position > view.position) view.restore(snapshots[lo]!);
    }
    for (let i = view.position; i < p; i++) view.apply(events[i]!);
    return view;
  }

  return {
    get length() {
      return events.length;
    },
    event: (i) => events[i]!,
    append,
    seek,
    get model() {
      return view;
    },
    final: tail,
    statements,
    collections,
    collectionAt(position) {
      const i = lowerBound(collectionStarts, position) - 1;
      const c = collections[i];
      // inside once its start event is applied and until its finish event is applied
      return c && position > c.start && position <= c.end ? c : undefined;
    },
    stepStatement(position, dir) {
      if (dir > 0) {
        const i = lowerBound(statements, position);
        return i < statements.length ? statements[i]! + 1 : position;
      }
      const i = lowerBound(statements, position - 1) - 1;
      return i >= 0 ? statements[i]! + 1 : 0;
    },
    stepCollection(position, dir) {
      if (dir > 0) {
        const i = lowerBound(collectionStarts, position);
        return i < collectionStarts.length ? collectionStarts[i]! + 1 : position;
      }
      const i = lowerBound(collectionStarts, position - 1) - 1;
      return i >= 0 ? collectionStarts[i]! + 1 : 0;
    },
    get snapshotCount() {
      return snapshots.length;
    },
    frames,
    values,
    series,
  };
}
