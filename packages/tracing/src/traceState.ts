// The state an event log implies by itself, without a runtime: which handles are live, their
// types, sizes, addresses and refcounts, bytes in use, arenas and pools, collections. Applying
// the log checks it as it goes: an event that contradicts what came before (free of an unknown
// object, decref below zero, a refcount that disagrees with the count so far) is an error with
// its seq. Stats, export and time travel all fold the log through this; start at `apply`.
//
// A handle moves between three states on exactly these events (as the object-model heap):
//   free    --object.allocated-->                      live
//   live    --object.freed (toFreeList null)-->        free     (handles are reused)
//   live    --object.freed (toFreeList kind)-->        parked   (kept on a type's free list)
//   parked  --object.allocated (fromFreeList kind)-->  live
//   parked  --object.freed (fromFreeList kind)-->      free     (a free list was cleared)
// and while live: ref.increfed / ref.decrefed change the count, never below zero.
import { TraceError, type TraceEvent } from './traceEvent.js';

/** The scalar figures of a {@link TraceState}. */
export interface TraceCounters {
  events: number;
  lastSeq: number;
  liveObjects: number;
  peakObjects: number;
  /** Bytes of live objects' blocks plus their auxiliary buffers. */
  liveBytes: number;
  peakBytes: number;
  allocations: number;
  freedByRefcount: number;
  freedByCollector: number;
  finalized: number;
  arenas: number;
  peakArenas: number;
  pools: number;
  peakPools: number;
  /** Collections started, per generation 0, 1, 2. */
  collections: [number, number, number];
  /** Generation being collected, or -1 outside a collection. */
  collecting: number;
  /** Objects the collectors said they collected (sum over gc.collectionFinished). */
  collected: number;
  uncollectable: number;
}

/** A frozen copy of a {@link TraceState}, restorable with `restore`. */
export interface TraceStateSnapshot {
  readonly counters: Readonly<TraceCounters>;
  readonly highWater: number;
  readonly arrays: {
    readonly live: Uint8Array;
    readonly refcount: Int32Array;
    readonly typeId: Int32Array;
    readonly size: Float64Array;
    readonly address: Float64Array;
  };
}

/** Options of {@link createTraceState}. */
export interface TraceStateOptions {
  /** Throw on events that contradict the log (default true). With false they are counted. */
  readonly strict?: boolean;
}

/**
 * The log's own projection: apply events in order; read counters and per-handle facts.
 *
 * @example
 * ```ts
 * const state = createTraceState();
 * for (const e of synthesizeEvents({ events: 1000 })) state.apply(e);
 * state.counters.liveObjects; // objects allocated and not freed
 * ```
 */
export interface TraceState {
  readonly counters: Readonly<TraceCounters>;
  /** Contradictions seen with `strict: false`. */
  readonly problems: readonly string[];
  apply(e: TraceEvent): void;
  isLive(handle: number): boolean;
  refcount(handle: number): number;
  typeId(handle: number): number;
  /** Handles in use so far (one past the highest handle ever allocated). */
  readonly highWater: number;
  snapshot(): TraceStateSnapshot;
  restore(s: TraceStateSnapshot): void;
  /** A stable hash of everything the state holds (hex). */
  digest(): string;
}

/** Handles above this are refused as corrupt: the state's arrays grow to the largest handle. */
export const MAX_HANDLE = 2 ** 26;

const num = (e: TraceEvent, key: string): number | undefined => {
  const v = e[key];
  return typeof v === 'number' ? v : undefined;
};

function emptyCounters(): TraceCounters {
  return {
    events: 0,
    lastSeq: -1,
    liveObjects: 0,
    peakObjects: 0,
    liveBytes: 0,
    peakBytes: 0,
    allocations: 0,
    freedByRefcount: 0,
    freedByCollector: 0,
    finalized: 0,
    arenas: 0,
    peakArenas: 0,
    pools: 0,
    peakPools: 0,
    collections: [0, 0, 0],
    collecting: -1,
    collected: 0,
    uncollectable: 0,
  };
}

/**
 * Creates an empty {@link TraceState}.
 *
 * @example
 * ```ts
 * const s = createTraceState();
 * s.apply({ type: 'object.allocated', seq: 0, handle: 0, typeId: 1, size: 32, address: 4096, gc: false, fromFreeList: false });
 * s.refcount(0); // 1
 * ```
 */
export function createTraceState(options: TraceStateOptions = {}): TraceState {
  const strict = options.strict ?? true;
  let cap = 1024;
  // 0 free, 1 live, 2 parked on a free list.
  let live = new Uint8Array(cap);
  let refcount = new Int32Array(cap);
  let typeId = new Int32Array(cap);
  let size = new Float64Array(cap);
  let address = new Float64Array(cap);
  let highWater = 0;
  let c = emptyCounters();
  const problems: string[] = [];

  const fail = (e: TraceEvent, message: string): void => {
    if (strict) throw new TraceError(`${e.type}: ${message}`, { seq: e.seq });
    if (problems.length < 1000) problems.push(`seq ${e.seq}: ${e.type}: ${message}`);
  };

  const grow = (h: number) => {
    let n = cap;
    while (n <= h) n *= 2;
    const l = new Uint8Array(n);
    l.set(live);
    live = l;
    const r = new Int32Array(n);
    r.set(refcount);
    refcount = r;
    const t = new Int32Array(n);
    t.set(typeId);
    typeId = t;
    const s = new Float64Array(n);
    s.set(size);
    size = s;
    const a = new Float64Array(n);
    a.set(address);
    address = a;
    cap = n;
  };

  // A handle field that must name a live object; returns -1 (after reporting) otherwise.
  const liveHandle = (e: TraceEvent, key: string): number => {
    const h = e[key];
    if (typeof h !== 'number' || !Number.isInteger(h) || h < 0) {
      fail(e, `"${key}" is not a handle: ${JSON.stringify(h)}`);
      return -1;
    }
    if (h >= cap || live[h] !== 1) {
      fail(e, `${key} ${h} is not a live object`);
      return -1;
    }
    return h;
  };

  const checkCount = (e: TraceEvent, h: number) => {
    const after = num(e, 'refcount');
    if (after !== undefined && after !== refcount[h]) {
      fail(e, `refcount of ${h} is ${after} in the log, but the log so far gives ${refcount[h]}`);
      refcount[h] = after;
    }
  };

  const state: TraceState = {
    get counters() {
      return c;
    },
    problems,
    get highWater() {
      return highWater;
    },
    apply(e) {
      c.events++;
      if (e.seq <= c.lastSeq) fail(e, `seq ${e.seq} does not follow seq ${c.lastSeq}`);
      c.lastSeq = e.seq;
      switch (e.type) {
        case 'object.allocated': {
          const h = e.handle;
          if (typeof h !== 'number' || !Number.isInteger(h) || h < 0) return fail(e, `"handle" is not a handle: ${JSON.stringify(h)}`);
          if (h >= MAX_HANDLE) return fail(e, `handle ${h} is implausibly large (more than ${MAX_HANDLE} objects): a corrupt trace?`);
          if (h >= cap) grow(h);
          const fromList = typeof e.fromFreeList === 'string';
          if (live[h] === 1) return fail(e, `handle ${h} is already a live object (allocated twice without a free)`);
          if (fromList && live[h] !== 2) return fail(e, `handle ${h} is allocated from a free list it is not parked on`);
          if (!fromList && live[h] === 2) return fail(e, `handle ${h} is parked on a free list but allocated as new`);
          if (h >= highWater) highWater = h + 1;
          live[h] = 1;
          refcount[h] = 1;
          typeId[h] = num(e, 'typeId') ?? -1;
          const bytes = e.static === true ? 0 : (num(e, 'size') ?? 0);
          size[h] = bytes;
          address[h] = num(e, 'address') ?? 0;
          c.allocations++;
          c.liveObjects++;
          c.liveBytes += bytes;
          if (c.liveObjects > c.peakObjects) c.peakObjects = c.liveObjects;
          if (c.liveBytes > c.peakBytes) c.peakBytes = c.liveBytes;
          return;
        }
        case 'ref.increfed': {
          const h = liveHandle(e, 'handle');
          if (h < 0) return;
          refcount[h]++;
          return checkCount(e, h);
        }
        case 'ref.decrefed': {
          const h = liveHandle(e, 'handle');
          if (h < 0) return;
          if (refcount[h]! <= 0) return fail(e, `decref of ${h} below zero`);
          refcount[h]--;
          return checkCount(e, h);
        }
        case 'refcount.reachedZero': {
          const h = liveHandle(e, 'handle');
          if (h >= 0 && refcount[h] !== 0) fail(e, `object ${h} reached zero in the log, but its count is ${refcount[h]}`);
          return;
        }
        case 'slot.stored': {
          liveHandle(e, 'owner');
          if (e.target !== -1 && e.target !== null) liveHandle(e, 'target');
          return;
        }
        case 'object.tracked':
        case 'object.untracked':
        case 'object.finalized':
          if (liveHandle(e, 'handle') >= 0 && e.type === 'object.finalized') c.finalized++;
          return;
        case 'object.resized':
        case 'object.bufferResized': {
          const h = liveHandle(e, 'handle');
          if (h < 0) return;
          const delta = (num(e, 'newSize') ?? 0) - (num(e, 'oldSize') ?? 0);
          size[h] += delta;
          c.liveBytes += delta;
          if (c.liveBytes > c.peakBytes) c.peakBytes = c.liveBytes;
          return;
        }
        case 'object.freed': {
          const h = e.handle;
          if (typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h >= cap) {
            return fail(e, `free of an unknown object ${JSON.stringify(h)} (never allocated)`);
          }
          if (typeof e.fromFreeList === 'string') {
            // A parked block leaves its free list: the object was already counted as freed.
            if (live[h] !== 2) return fail(e, `object ${h} is released from a free list it is not on`);
            live[h] = 0;
            return;
          }
          if (live[h] !== 1) return fail(e, `free of an unknown object ${h} (never allocated, or already freed)`);
          live[h] = typeof e.toFreeList === 'string' ? 2 : 0;
          c.liveObjects--;
          c.liveBytes -= size[h]!;
          if (c.collecting >= 0) c.freedByCollector++;
          else c.freedByRefcount++;
          return;
        }
        case 'gc.collectionStarted': {
          const g = num(e, 'generation') ?? 0;
          if (c.collecting >= 0) fail(e, `a collection started inside the collection of generation ${c.collecting}`);
          if (g >= 0 && g <= 2) c.collections[g]++;
          c.collecting = g;
          return;
        }
        case 'gc.collectionFinished':
          if (c.collecting < 0) fail(e, 'a collection finished that never started');
          c.collecting = -1;
          c.collected += num(e, 'collected') ?? 0;
          c.uncollectable += num(e, 'uncollectable') ?? 0;
          return;
        case 'arena.allocated':
          c.arenas++;
          if (c.arenas > c.peakArenas) c.peakArenas = c.arenas;
          return;
        case 'arena.released':
          if (c.arenas <= 0) return fail(e, 'an arena was released while none was allocated');
          c.arenas--;
          return;
        case 'pool.claimed':
          c.pools++;
          if (c.pools > c.peakPools) c.peakPools = c.pools;
          return;
        case 'pool.emptied':
        case 'pool.released':
          if (c.pools > 0) c.pools--;
          return;
        default:
          return;
      }
    },
    isLive: (h) => h >= 0 && h < cap && live[h] === 1,
    refcount: (h) => (h >= 0 && h < cap && live[h] === 1 ? refcount[h]! : 0),
    typeId: (h) => (h >= 0 && h < cap && live[h] === 1 ? typeId[h]! : -1),
    snapshot() {
      return {
        counters: { ...c, collections: [...c.collections] as [number, number, number] },
        highWater,
        arrays: {
          live: live.slice(0, highWater),
          refcount: refcount.slice(0, highWater),
          typeId: typeId.slice(0, highWater),
          size: size.slice(0, highWater),
          address: address.slice(0, highWater),
        },
      };
    },
    restore(s) {
      c = { ...s.counters, collections: [...s.counters.collections] as [number, number, number] };
      highWater = s.highWater;
      if (cap < highWater) grow(highWater);
      live.fill(0);
      live.set(s.arrays.live);
      refcount.set(s.arrays.refcount);
      typeId.set(s.arrays.typeId);
      size.set(s.arrays.size);
      address.set(s.arrays.address);
    },
    digest() {
      // FNV-1a over the counters and every live object's facts, in handle order.
      let h1 = 0x811c9dc5;
      const mix = (x: number) => {
        h1 = Math.imul(h1 ^ (x | 0), 16777619);
        h1 = Math.imul(h1 ^ Math.floor(x / 4294967296), 16777619);
      };
      const { collections, ...scalars } = c;
      for (const v of Object.values(scalars)) mix(v);
      for (const v of collections) mix(v);
      for (let h = 0; h < highWater; h++) {
        if (!live[h]) continue;
        mix(h);
        mix(live[h]!);
        mix(refcount[h]!);
        mix(typeId[h]!);
        mix(size[h]!);
        mix(address[h]!);
      }
      return (h1 >>> 0).toString(16).padStart(8, '0');
    },
  };
  return state;
}
