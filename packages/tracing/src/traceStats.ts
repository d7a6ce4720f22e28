// Summary figures of a trace, computed in one streaming pass: events by type (with their kind),
// objects by type, collections per generation, who freed objects (refcount or collector), and
// peak memory. Feed chunks with `add`; `result()` is valid at any time, so a reader that stops
// at an error still reports what it read before it.
import { MAX_HANDLE, createTraceState, type TraceState } from './traceState.js';
import type { TraceEvent } from './traceEvent.js';
import { eventKinds } from './vocabulary.js';

/** Per object type: how many were allocated and freed, and the most alive at once. */
export interface ObjectTypeStats {
  readonly typeId: number;
  /** A readable name when the events carry one (`typeName`), else undefined. */
  readonly name: string | undefined;
  allocated: number;
  freed: number;
  live: number;
  peakLive: number;
  bytesAllocated: number;
}

/** What {@link createStatsCollector} reports. */
export interface TraceStats {
  readonly events: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly byEventType: readonly { type: string; kind: 'mutator' | 'manager' | 'unknown'; count: number }[];
  readonly byObjectType: readonly ObjectTypeStats[];
  readonly collections: {
    readonly byGeneration: readonly [number, number, number];
    readonly collected: number;
    readonly uncollectable: number;
    /** Most objects one collection collected. */
    readonly largest: number;
  };
  readonly objects: {
    readonly allocated: number;
    readonly freedByRefcount: number;
    readonly freedByCollector: number;
    readonly live: number;
    readonly peakLive: number;
    readonly finalized: number;
  };
  readonly memory: {
    readonly liveBytes: number;
    readonly peakBytes: number;
    readonly arenas: number;
    readonly peakArenas: number;
    readonly pools: number;
    readonly peakPools: number;
  };
}

/**
 * Accumulates statistics chunk by chunk. With `check` (default true) an event that contradicts
 * the log throws a `TraceError` naming its seq; everything before it is already counted.
 *
 * @example
 * ```ts
 * const stats = createStatsCollector();
 * stats.add([...synthesizeEvents({ events: 1000 })]);
 * stats.result().byEventType[0]; // { type: 'ref.increfed', kind: 'mutator', count: ... }
 * ```
 */
export function createStatsCollector(options: { check?: boolean } = {}): {
  add(events: readonly TraceEvent[]): void;
  result(): TraceStats;
  readonly state: TraceState;
} {
  const state = createTraceState({ strict: options.check ?? true });
  const byType = new Map<string, number>();
  const byObjectType = new Map<number, ObjectTypeStats>();
  // Type of each live handle, to attribute frees (the freed event carries only the handle).
  let handleType = new Int32Array(1024);
  let firstSeq = -1;
  let largest = 0;
  const kinds = eventKinds();

  const typeStats = (typeId: number, name: unknown): ObjectTypeStats => {
    let t = byObjectType.get(typeId);
    if (t === undefined) {
      t = { typeId, name: undefined, allocated: 0, freed: 0, live: 0, peakLive: 0, bytesAllocated: 0 };
      byObjectType.set(typeId, t);
    }
    if (t.name === undefined && typeof name === 'string') (t as { name: string | undefined }).name = name;
    return t;
  };

  return {
    state,
    add(events) {
      for (const e of events) {
        // The state check comes first: a contradicting event is not counted.
        state.apply(e);
        if (firstSeq < 0) firstSeq = e.seq;
        byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        if (e.type === 'object.allocated') {
          const h = e.handle as number;
          // Not checked (check: false) and not a usable handle: count the event, skip the object.
          if (!Number.isInteger(h) || h < 0 || h >= MAX_HANDLE) continue;
          const typeId = typeof e.typeId === 'number' ? e.typeId : -1;
          if (h >= handleType.length) {
            const grown = new Int32Array(Math.max(h + 1, handleType.length * 2));
            grown.set(handleType);
            handleType = grown;
          }
          handleType[h] = typeId;
          const t = typeStats(typeId, e.typeName);
          t.allocated++;
          t.live++;
          t.bytesAllocated += typeof e.size === 'number' ? e.size : 0;
          if (t.live > t.peakLive) t.peakLive = t.live;
        } else if (e.type === 'object.freed' && typeof e.fromFreeList !== 'string') {
          const h = e.handle as number;
          if (!Number.isInteger(h) || h < 0 || h >= handleType.length) continue;
          const t = typeStats(handleType[h]!, undefined);
          t.freed++;
          t.live--;
        } else if (e.type === 'type.registered') {
          // A class created at run time: its name labels its objects.
          const info = e.info as { id?: unknown; name?: unknown } | undefined;
          if (info && typeof info.id === 'number' && typeof info.name === 'string') typeStats(info.id, info.name);
        } else if (e.type === 'gc.collectionFinished' && typeof e.collected === 'number' && e.collected > largest) {
          largest = e.collected;
        }
      }
    },
    result() {
      const c = state.counters;
      return {
        events: c.events,
        firstSeq,
        lastSeq: c.lastSeq,
        byEventType: [...byType]
          .map(([type, count]) => ({ type, kind: kinds.get(type) ?? ('unknown' as const), count }))
          .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
        byObjectType: [...byObjectType.values()].filter((t) => t.allocated > 0).map((t) => ({ ...t })).sort((a, b) => b.allocated - a.allocated || a.typeId - b.typeId),
        collections: {
          byGeneration: [...c.collections] as [number, number, number],
          collected: c.collected,
          uncollectable: c.uncollectable,
          largest,
        },
        objects: {
          allocated: c.allocations,
          freedByRefcount: c.freedByRefcount,
          freedByCollector: c.freedByCollector,
          live: c.liveObjects,
          peakLive: c.peakObjects,
          finalized: c.finalized,
        },
        memory: {
          liveBytes: c.liveBytes,
          peakBytes: c.peakBytes,
          arenas: c.arenas,
          peakArenas: c.peakArenas,
          pools: c.pools,
          peakPools: c.peakPools,
        },
      };
    },
  };
}
