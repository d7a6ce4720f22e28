// The demo's picture of memory at one point of a run, built only by folding the event stream
// (docs/CONTRACTS.md), so a live run and a loaded trace look the same. It mirrors what CPython
// 3.11 keeps: ob_refcnt, the generation lists (Modules/gcmodule.c), pymalloc's arenas and pools
// (Objects/obmalloc.c) and the intern table. Start with `createMemoryModel`, then `apply`.
//
// Per handle:  free --object.allocated--> live --object.freed--> free (handles are reused)
//                                           live --object.freed toFreeList--> parked (memory kept)
// Generation of a live GC object (not in events; derived as gc_collect_main moves lists):
//   untracked --object.tracked--> gen 0
//   gen g <= collected generation --gc.collectionStarted--> "young" (being collected)
//   young --gc.collectionFinished--> gen min(g + 1, 2) (the survivors)
//   gen 0..2 --gc.frozen--> permanent --gc.unfrozen--> gen 2
import type { DemoEvent } from './demoEvent.js';
import { num, str } from './demoEvent.js';

/** Generation values of {@link MemoryModel.generation}. */
export const Gen = { untracked: -1, permanent: 3, young: 4 } as const;

const F_GC = 1;
const F_TRACKED = 2;
const F_FINALIZED = 4;
const F_STATIC = 8;
const F_PARKED = 16;

/** pymalloc's shape, as `@pymem/pool-allocator`'s PoolParams (3.11, 64-bit defaults). */
export interface PoolShape {
  readonly alignment: number;
  readonly smallRequestThreshold: number;
  readonly poolSize: number;
  readonly arenaSize: number;
  readonly poolHeaderSize: number;
}

/** CPython 3.11's pymalloc on 64-bit Linux (radix tree on: 16 KiB pools, 1 MiB arenas). */
export const defaultPoolShape: PoolShape = {
  alignment: 16,
  smallRequestThreshold: 512,
  poolSize: 16384,
  arenaSize: 1 << 20,
  poolHeaderSize: 48,
};

/** An arena as the map shows it. */
export interface ArenaState {
  readonly index: number;
  readonly address: number;
  readonly pools: number;
}

/** A pool as the map shows it: its size class (-1 before any claim was seen) and blocks in use. */
export interface PoolState {
  arena: number;
  sizeClass: number;
  used: number;
  /** Claimed and not emptied since. */
  inUse: boolean;
}

/** The gc module's bookkeeping. */
export interface GcState {
  counts: [number, number, number];
  thresholds: [number, number, number];
  enabled: boolean;
  frozen: number;
  /** Generation being collected, or -1. */
  collecting: number;
  phase: string;
  collections: [number, number, number];
  collected: number;
  uncollectable: number;
  /** The last finished collection. */
  last: { generation: number; collected: number; uncollectable: number } | null;
}

/** Options of {@link createMemoryModel}. */
export interface MemoryModelOptions {
  /** Names of type ids (builtin types); heap classes are named by `type.registered` events. */
  readonly typeNames?: ReadonlyMap<number, string>;
  readonly poolShape?: Partial<PoolShape>;
  /** gc thresholds before any `gc.configured` (default CPython's 700, 10, 10). */
  readonly thresholds?: readonly number[];
}

/** A frozen copy of a model's state, for {@link MemoryModel.restore}. */
export interface MemorySnapshot {
  readonly position: number;
  readonly arrays: readonly ArrayLike<number>[];
  /** Every object's slots in one array (CSR): object h's are data[offsets[h] .. offsets[h + 1]). */
  readonly slots: { readonly offsets: Int32Array; readonly data: Int32Array; readonly present: Uint8Array };
  readonly weakTarget: readonly [number, number][];
  readonly typeNames: readonly [number, string][];
  readonly pools: readonly [number, PoolState][];
  readonly arenas: readonly [number, ArenaState][];
  readonly interned: readonly [number, string][];
  readonly cached: readonly [string, number][];
  readonly gc: string;
  readonly scalars: readonly number[];
  readonly output: string;
  readonly line: number;
}

/**
 * The state implied by the events applied so far, with read accessors for the views.
 *
 * @example
 * ```ts
 * const m = createMemoryModel();
 * m.apply({ type: 'object.allocated', seq: 0, handle: 0, typeId: 12, size: 72, address: 4096, gc: true, fromFreeList: null });
 * m.refcount(0); // 1
 * ```
 */
export interface MemoryModel {
  /** Events applied so far. */
  readonly position: number;
  apply(e: DemoEvent): void;
  snapshot(): MemorySnapshot;
  restore(s: MemorySnapshot): void;

  /** One more than the largest handle seen. */
  readonly highWater: number;
  isLive(h: number): boolean;
  /** On a free list: dead to the program, its memory (and id) kept for the next object of the type. */
  isParked(h: number): boolean;
  typeId(h: number): number;
  typeName(h: number): string;
  refcount(h: number): number;
  size(h: number): number;
  address(h: number): number;
  isGc(h: number): boolean;
  isTracked(h: number): boolean;
  isStatic(h: number): boolean;
  isFinalized(h: number): boolean;
  /** -1 untracked, 0..2, 3 permanent (frozen), 4 being collected. */
  generation(h: number): number;
  /** Position (events applied) when the object was allocated: tells a reused handle apart. */
  bornAt(h: number): number;
  /** References the object holds, in slot order (NULL slots left out). */
  referents(h: number): number[];
  /** The object's slots by index, NULL (-1) included: a dict's key/value pairs stay paired. */
  slots(h: number): number[];
  /** Target of a weak reference object, or -1. */
  weakTarget(ref: number): number;
  /** Count of live objects per generation index -1..4 (index + 1). */
  generationSizes(): number[];

  readonly gc: Readonly<GcState>;
  readonly arenas: ReadonlyMap<number, ArenaState>;
  /** Pools by address. */
  readonly pools: ReadonlyMap<number, PoolState>;
  readonly shape: PoolShape;
  /** Blocks of one pool of a size class (NUMBLOCKS). */
  blocksPerPool(sizeClass: number): number;
  /** Interned strings: handle to text. */
  readonly interned: ReadonlyMap<number, string>;
  /** Static cached objects: key (`int:5`, `str:a`, `None`) to handle. */
  readonly cached: ReadonlyMap<string, number>;

  readonly liveObjects: number;
  readonly liveBytes: number;
  readonly freedByRefcount: number;
  readonly freedByCollector: number;
  /** What the program printed so far (`marker` events with label `output`). */
  readonly output: string;
  /** Source line of the last `statement` marker, or 0. */
  readonly line: number;
  /** Events the model could not make sense of (a free of an unknown handle...). */
  readonly anomalies: number;
}

const I32 = Int32Array;

/**
 * Creates an empty model.
 *
 * @example
 * ```ts
 * const m = createMemoryModel({ thresholds: [700, 10, 10] });
 * m.gc.thresholds; // [700, 10, 10]
 * ```
 */
export function createMemoryModel(options: MemoryModelOptions = {}): MemoryModel {
  const shape: PoolShape = { ...defaultPoolShape, ...options.poolShape };
  const poolOverhead = Math.ceil(shape.poolHeaderSize / shape.alignment) * shape.alignment;
  const baseNames = options.typeNames ?? new Map<number, string>();

  let cap = 0;
  let typeIdA = new I32(0);
  let refcountA = new I32(0);
  let flagsA = new Uint8Array(0);
  let genA = new Int8Array(0);
  let sizeA = new Float64Array(0);
  let addressA = new Float64Array(0);
  let bornA = new Float64Array(0);
  // slots[h] has room for at least slotLen[h] references; past slotLen it holds -1. Lists are
  // resized on every append (slots.resized with the new length), so the room grows by doubling:
  // copying the whole array per append made a 40,000-item list fold in quadratic time
  const slots: (Int32Array | null)[] = [];
  let slotLen = new I32(0);
  // after a restore, objects' slots stay in the snapshot's packed array (`onBase`) until one is
  // changed: a restore then copies a few flat arrays instead of making an array per object
  let base: MemorySnapshot['slots'] | null = null;
  let onBase = new Uint8Array(0);
  let highWater = 0;
  let weak = new Map<number, number>();
  let heapTypes = new Map<number, string>();
  let pools = new Map<number, PoolState>();
  let arenas = new Map<number, ArenaState>();
  let interned = new Map<number, string>();
  let cached = new Map<string, number>();
  let gc = freshGc(options.thresholds);
  let position = 0;
  let liveObjects = 0;
  let liveBytes = 0;
  let freedByRefcount = 0;
  let freedByCollector = 0;
  let anomalies = 0;
  let output = '';
  let line = 0;
  // live handles are tracked in `flags` plus this bit so isLive stays one array read
  let liveA = new Uint8Array(0);

  function grow(h: number): void {
    if (h < cap) return;
    let n = Math.max(64, cap);
    while (n <= h) n *= 2;
    const g = <T extends Int32Array | Uint8Array | Int8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    typeIdA = g(typeIdA, (k) => new I32(k));
    refcountA = g(refcountA, (k) => new I32(k));
    flagsA = g(flagsA, (k) => new Uint8Array(k));
    liveA = g(liveA, (k) => new Uint8Array(k));
    genA = g(genA, (k) => new Int8Array(k).fill(-1));
    genA.fill(-1, cap);
    sizeA = g(sizeA, (k) => new Float64Array(k));
    addressA = g(addressA, (k) => new Float64Array(k));
    bornA = g(bornA, (k) => new Float64Array(k));
    slotLen = g(slotLen, (k) => new I32(k));
    onBase = g(onBase, (k) => new Uint8Array(k));
    for (let i = cap; i < n; i++) slots.push(null);
    cap = n;
  }

  const poolOf = (address: number): number => address - (address % shape.poolSize);
  const small = (size: number): boolean => size > 0 && size <= shape.smallRequestThreshold;

  function blockTaken(address: number, size: number): void {
    if (!small(size) || address <= 0) return;
    const p = poolOf(address);
    let pool = pools.get(p);
    if (!pool) {
      pool = { arena: -1, sizeClass: (size - 1) >> Math.log2(shape.alignment), used: 0, inUse: true };
      pools.set(p, pool);
    }
    pool.used++;
  }
  function blockReleased(address: number, size: number): void {
    if (!small(size) || address <= 0) return;
    const pool = pools.get(poolOf(address));
    if (pool && pool.used > 0) pool.used--;
    else anomalies++;
  }

  function setSlot(owner: number, index: number, target: number): void {
    if (owner < 0 || index < 0) return;
    grow(owner);
    const s = room(owner, index + 1);
    if (index >= slotLen[owner]!) slotLen[owner] = index + 1;
    s[index] = target;
  }

  /** The owner's slot array with room for `n` references (grown by doubling, new room -1). */
  function room(owner: number, n: number): Int32Array {
    if (onBase[owner]) {
      const from = base!.offsets[owner]!;
      slots[owner] = base!.data.slice(from, from + slotLen[owner]!);
      onBase[owner] = 0;
    }
    const s = slots[owner];
    if (s && n <= s.length) return s;
    const bigger = new I32(Math.max(n, s ? s.length * 2 : 0)).fill(-1);
    if (s) bigger.set(s);
    slots[owner] = bigger;
    return bigger;
  }

  function free(h: number, e: DemoEvent): void {
    if (h < 0 || h >= cap || !liveA[h]) {
      // releasing a parked (free-list) object's memory is the only legal free of a non-live handle
      if (h >= 0 && h < cap && flagsA[h] & F_PARKED && e.fromFreeList !== undefined) {
        flagsA[h] &= ~F_PARKED;
        if (flagsA[h] & F_GC) gc.counts[0] = Math.max(0, gc.counts[0] - 1);
        blockReleased(addressA[h], sizeA[h]);
        return;
      }
      anomalies++;
      return;
    }
    liveA[h] = 0;
    liveObjects--;
    liveBytes -= sizeA[h];
    if (gc.collecting >= 0) freedByCollector++;
    else freedByRefcount++;
    refcountA[h] = 0;
    genA[h] = Gen.untracked;
    slots[h] = null;
    slotLen[h] = 0;
    onBase[h] = 0;
    weak.delete(h);
    interned.delete(h);
    const toFreeList = e.toFreeList;
    if (typeof toFreeList === 'string') {
      flagsA[h] = (flagsA[h] & F_GC) | F_PARKED;
    } else {
      if (flagsA[h] & F_GC) gc.counts[0] = Math.max(0, gc.counts[0] - 1);
      if (!(flagsA[h] & F_STATIC)) blockReleased(addressA[h], sizeA[h]);
      flagsA[h] &= F_GC;
    }
  }

  function apply(e: DemoEvent): void {
    position++;
    switch (e.type) {
      case 'object.allocated': {
        const h = num(e, 'handle');
        if (h < 0) {
          anomalies++;
          break;
        }
        grow(h);
        if (h >= highWater) highWater = h + 1;
        if (liveA[h]) anomalies++;
        const wasParked = (flagsA[h] & F_PARKED) !== 0;
        const gcType = e.gc === true;
        const isStatic = e.static === true;
        liveA[h] = 1;
        liveObjects++;
        typeIdA[h] = num(e, 'typeId');
        refcountA[h] = 1;
        const size = num(e, 'size', 0);
        sizeA[h] = size;
        liveBytes += size;
        addressA[h] = num(e, 'address', 0);
        bornA[h] = position;
        genA[h] = Gen.untracked;
        slots[h] = null;
        slotLen[h] = 0;
        onBase[h] = 0;
        flagsA[h] = (gcType ? F_GC : 0) | (isStatic ? F_STATIC : 0);
        const fromFreeList = typeof e.fromFreeList === 'string';
        if (!fromFreeList && !isStatic) {
          if (gcType) gc.counts[0]++;
          blockTaken(addressA[h], size);
        } else if (fromFreeList && !wasParked) anomalies++;
        break;
      }
      case 'object.tracked': {
        const h = num(e, 'handle');
        if (h >= 0 && h < cap && liveA[h]) {
          flagsA[h] |= F_TRACKED;
          genA[h] = 0;
        } else anomalies++;
        break;
      }
      case 'object.untracked': {
        const h = num(e, 'handle');
        if (h >= 0 && h < cap && liveA[h]) {
          flagsA[h] &= ~F_TRACKED;
          genA[h] = Gen.untracked;
        } else anomalies++;
        break;
      }
      case 'ref.increfed':
      case 'ref.decrefed': {
        const h = num(e, 'handle');
        if (h >= 0 && h < cap && liveA[h]) {
          const rc = num(e, 'refcount', Number.NaN);
          refcountA[h] = Number.isNaN(rc) ? refcountA[h] + (e.type === 'ref.increfed' ? 1 : -1) : rc;
        } else anomalies++;
        break;
      }
      case 'slot.stored':
        setSlot(num(e, 'owner'), num(e, 'index'), num(e, 'target'));
        break;
      case 'slots.resized': {
        const owner = num(e, 'owner');
        const count = Math.max(0, num(e, 'count', 0));
        if (owner < 0) break;
        grow(owner);
        const s = room(owner, count);
        if (count < slotLen[owner]!) s.fill(-1, count, slotLen[owner]);
        slotLen[owner] = count;
        break;
      }
      case 'slots.replaced': {
        // insert, pop, sort, slice assignment: the whole new slot list in one event
        const owner = num(e, 'owner');
        const targets = Array.isArray(e.targets) ? (e.targets as unknown[]) : [];
        if (owner < 0) break;
        grow(owner);
        const s = room(owner, targets.length);
        s.fill(-1);
        targets.forEach((t, i) => (s[i] = typeof t === 'number' ? t : -1));
        slotLen[owner] = targets.length;
        break;
      }
      case 'object.bufferResized': {
        const parked = e.freeList !== undefined;
        const oldSize = num(e, 'oldSize', 0);
        const newSize = num(e, 'newSize', 0);
        if (!(parked && oldSize === 0)) blockReleased(num(e, 'oldAddress', 0), oldSize);
        if (!(parked && newSize === 0)) blockTaken(num(e, 'newAddress', 0), newSize);
        liveBytes += newSize - oldSize;
        break;
      }
      case 'object.resized': {
        const h = num(e, 'handle');
        const oldSize = num(e, 'oldSize', 0);
        const newSize = num(e, 'newSize', 0);
        blockReleased(num(e, 'oldAddress', 0), oldSize);
        blockTaken(num(e, 'newAddress', 0), newSize);
        if (h >= 0 && h < cap && liveA[h]) {
          sizeA[h] = newSize;
          addressA[h] = num(e, 'newAddress', addressA[h]);
          liveBytes += newSize - oldSize;
        }
        break;
      }
      case 'freelist.bufferReleased':
        blockReleased(num(e, 'address', 0), num(e, 'size', 0));
        break;
      case 'object.finalized': {
        const h = num(e, 'handle');
        if (h >= 0 && h < cap) flagsA[h] |= F_FINALIZED;
        break;
      }
      case 'object.freed':
        free(num(e, 'handle'), e);
        break;
      case 'weakref.created':
        weak.set(num(e, 'ref'), num(e, 'target'));
        break;
      case 'weakref.cleared':
        weak.set(num(e, 'ref'), -1);
        break;
      case 'type.registered': {
        const info = e.info as { id?: unknown; name?: unknown } | undefined;
        if (info && typeof info.id === 'number' && typeof info.name === 'string') heapTypes.set(info.id, info.name);
        break;
      }
      case 'gc.collectionStarted': {
        const g = Math.min(2, Math.max(0, num(e, 'generation', 0)));
        const counts = e.counts;
        if (Array.isArray(counts) && counts.length === 3) gc.counts = counts.map(Number) as [number, number, number];
        if (g + 1 < 3) gc.counts[g + 1]++;
        for (let i = 0; i <= g; i++) gc.counts[i] = 0;
        gc.collecting = g;
        gc.phase = 'start';
        gc.collections[g]++;
        for (let h = 0; h < highWater; h++) if (liveA[h] && genA[h] >= 0 && genA[h] <= g) genA[h] = Gen.young;
        break;
      }
      case 'gc.phase':
        gc.phase = str(e, 'phase', str(e, 'name'));
        break;
      case 'gc.collectionFinished': {
        const g = gc.collecting >= 0 ? gc.collecting : Math.min(2, Math.max(0, num(e, 'generation', 0)));
        const next = Math.min(g + 1, 2);
        for (let h = 0; h < highWater; h++) if (genA[h] === Gen.young) genA[h] = liveA[h] ? next : Gen.untracked;
        const collected = num(e, 'collected', 0);
        const uncollectable = num(e, 'uncollectable', 0);
        gc.collected += collected;
        gc.uncollectable += uncollectable;
        gc.last = { generation: g, collected, uncollectable };
        gc.collecting = -1;
        gc.phase = '';
        break;
      }
      case 'gc.configured': {
        const t = e.thresholds;
        if (Array.isArray(t)) for (let i = 0; i < 3 && i < t.length; i++) gc.thresholds[i] = Number(t[i]);
        if (typeof e.enabled === 'boolean') gc.enabled = e.enabled;
        break;
      }
      case 'gc.frozen': {
        for (let h = 0; h < highWater; h++) if (liveA[h] && genA[h] >= 0 && genA[h] <= 2) genA[h] = Gen.permanent;
        gc.frozen = num(e, 'frozen', gc.frozen);
        gc.counts = [0, 0, 0]; // gc_freeze_impl zeroes every generation's count as it merges it
        break;
      }
      case 'gc.unfrozen':
        for (let h = 0; h < highWater; h++) if (liveA[h] && genA[h] === Gen.permanent) genA[h] = 2;
        gc.frozen = 0;
        break;
      case 'arena.allocated': {
        const index = num(e, 'arena');
        arenas.set(index, { index, address: num(e, 'address', 0), pools: num(e, 'pools', shape.arenaSize / shape.poolSize) });
        break;
      }
      case 'arena.released': {
        const index = num(e, 'arena');
        const a = arenas.get(index);
        arenas.delete(index);
        if (a) for (const addr of [...pools.keys()]) if (addr >= a.address && addr < a.address + shape.arenaSize) pools.delete(addr);
        break;
      }
      case 'pool.claimed': {
        const addr = num(e, 'pool', 0);
        const p = pools.get(addr);
        if (p) {
          p.arena = num(e, 'arena');
          p.sizeClass = num(e, 'sizeClass', p.sizeClass);
          p.inUse = true;
        } else pools.set(addr, { arena: num(e, 'arena'), sizeClass: num(e, 'sizeClass', -1), used: 0, inUse: true });
        break;
      }
      case 'pool.emptied': {
        const p = pools.get(num(e, 'pool', 0));
        if (p) {
          p.inUse = false;
          p.used = 0;
        }
        break;
      }
      case 'intern.added':
        interned.set(num(e, 'handle'), str(e, 'text'));
        break;
      case 'intern.removed':
        interned.delete(num(e, 'handle'));
        break;
      case 'intern.cached':
        cached.set(str(e, 'key'), num(e, 'handle'));
        break;
      case 'marker': {
        const label = str(e, 'label');
        if (label === 'output') output += str(e, 'text');
        else if (label === 'statement') line = num(e, 'line', line);
        break;
      }
      default:
        break;
    }
  }

  function snapshot(): MemorySnapshot {
    return {
      position,
      arrays: [
        typeIdA.slice(0, highWater), refcountA.slice(0, highWater), flagsA.slice(0, highWater), liveA.slice(0, highWater),
        genA.slice(0, highWater), sizeA.slice(0, highWater), addressA.slice(0, highWater), bornA.slice(0, highWater),
      ],
      slots: packSlots(),
      weakTarget: [...weak],
      typeNames: [...heapTypes],
      pools: [...pools].map(([k, v]) => [k, { ...v }]),
      arenas: [...arenas],
      interned: [...interned],
      cached: [...cached],
      gc: JSON.stringify(gc),
      scalars: [highWater, liveObjects, liveBytes, freedByRefcount, freedByCollector, anomalies],
      output,
      line,
    };
  }

  // one allocation per snapshot instead of one per object: thousands of small typed arrays kept
  // alive by every snapshot made the garbage collector dominate the fold (measured 5x)
  function packSlots(): MemorySnapshot['slots'] {
    const n = highWater;
    const offsets = new Int32Array(n + 1);
    const present = new Uint8Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = total;
      if (slots[i] || onBase[i]) {
        present[i] = 1;
        total += slotLen[i]!;
      }
    }
    offsets[n] = total;
    const data = new Int32Array(total);
    for (let i = 0; i < n; i++) {
      if (!present[i]) continue;
      const src = onBase[i] ? base!.data : slots[i]!;
      // element by element: most objects hold a few references, and a subarray per object cost more
      for (let j = onBase[i] ? base!.offsets[i]! : 0, k = offsets[i]!, end = offsets[i + 1]!; k < end; j++, k++) data[k] = src[j]!;
    }
    return { offsets, data, present };
  }

  function restore(s: MemorySnapshot): void {
    const [hw, lo, lb, fr, fc, an] = s.scalars as number[];
    // the arrays are kept and overwritten (a seek restores often; reallocating them was most of it)
    if (hw! > 0) grow(hw! - 1);
    for (const a of [typeIdA, refcountA, flagsA, liveA, sizeA, addressA, bornA, slotLen, onBase]) a.fill(0, hw!);
    genA.fill(-1, hw!);
    slots.fill(null);
    const [t, r, f, l, g, sz, ad, b] = s.arrays;
    typeIdA.set(t!);
    refcountA.set(r!);
    flagsA.set(f!);
    liveA.set(l!);
    genA.set(g!);
    sizeA.set(sz!);
    addressA.set(ad!);
    bornA.set(b!);
    const { offsets, present } = s.slots;
    base = s.slots;
    onBase.set(present);
    for (let i = 0; i < hw!; i++) slotLen[i] = offsets[i + 1]! - offsets[i]!;
    weak = new Map(s.weakTarget);
    heapTypes = new Map(s.typeNames);
    pools = new Map(s.pools.map(([k, v]) => [k, { ...v }]));
    arenas = new Map(s.arenas);
    interned = new Map(s.interned);
    cached = new Map(s.cached);
    gc = JSON.parse(s.gc) as GcState;
    highWater = hw!;
    liveObjects = lo!;
    liveBytes = lb!;
    freedByRefcount = fr!;
    freedByCollector = fc!;
    anomalies = an!;
    output = s.output;
    line = s.line;
    position = s.position;
  }

  const inRange = (h: number): boolean => h >= 0 && h < cap;
  return {
    get position() {
      return position;
    },
    apply,
    snapshot,
    restore,
    get highWater() {
      return highWater;
    },
    isLive: (h) => inRange(h) && liveA[h] === 1,
    isParked: (h) => inRange(h) && (flagsA[h] & F_PARKED) !== 0,
    typeId: (h) => (inRange(h) ? typeIdA[h] : -1),
    typeName(h) {
      const id = inRange(h) ? typeIdA[h] : -1;
      return heapTypes.get(id) ?? baseNames.get(id) ?? `type ${id}`;
    },
    refcount: (h) => (inRange(h) ? refcountA[h] : 0),
    size: (h) => (inRange(h) ? sizeA[h] : 0),
    address: (h) => (inRange(h) ? addressA[h] : 0),
    isGc: (h) => inRange(h) && (flagsA[h] & F_GC) !== 0,
    isTracked: (h) => inRange(h) && (flagsA[h] & F_TRACKED) !== 0,
    isStatic: (h) => inRange(h) && (flagsA[h] & F_STATIC) !== 0,
    isFinalized: (h) => inRange(h) && (flagsA[h] & F_FINALIZED) !== 0,
    generation: (h) => (inRange(h) && liveA[h] ? genA[h] : Gen.untracked),
    bornAt: (h) => (inRange(h) ? bornA[h] : -1),
    referents(h) {
      const out: number[] = [];
      if (!inRange(h)) return out;
      const s = onBase[h] ? base!.data : slots[h];
      const from = onBase[h] ? base!.offsets[h]! : 0;
      if (s) for (let i = from, n = from + slotLen[h]!; i < n; i++) if (s[i]! >= 0) out.push(s[i]!);
      return out;
    },
    slots(h) {
      if (!inRange(h)) return [];
      const s = onBase[h] ? base!.data : slots[h];
      const from = onBase[h] ? base!.offsets[h]! : 0;
      return s ? Array.from(s.subarray(from, from + slotLen[h]!)) : [];
    },
    weakTarget: (ref) => weak.get(ref) ?? -1,
    generationSizes() {
      const out = [0, 0, 0, 0, 0, 0];
      for (let h = 0; h < highWater; h++) if (liveA[h]) out[genA[h] + 1]++;
      return out;
    },
    get gc() {
      return gc;
    },
    get arenas() {
      return arenas;
    },
    get pools() {
      return pools;
    },
    shape,
    blocksPerPool: (c) => Math.floor((shape.poolSize - poolOverhead) / ((c + 1) * shape.alignment)),
    get interned() {
      return interned;
    },
    get cached() {
      return cached;
    },
    get liveObjects() {
      return liveObjects;
    },
    get liveBytes() {
      return liveBytes;
    },
    get freedByRefcount() {
      return freedByRefcount;
    },
    get freedByCollector() {
      return freedByCollector;
    },
    get output() {
      return output;
    },
    get line() {
      return line;
    },
    get anomalies() {
      return anomalies;
    },
  };
}

function freshGc(thresholds?: readonly number[]): GcState {
  const t = thresholds && thresholds.length === 3 ? thresholds : [700, 10, 10];
  return {
    counts: [0, 0, 0],
    thresholds: [t[0]!, t[1]!, t[2]!],
    enabled: true,
    frozen: 0,
    collecting: -1,
    phase: '',
    collections: [0, 0, 0],
    collected: 0,
    uncollectable: 0,
    last: null,
  };
}
