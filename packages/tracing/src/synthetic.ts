// A generator of synthetic but self-consistent event logs, shaped like a Python program's:
// dense handles reused last-in first-out, containers storing references, refcounts that reach
// zero and cascade, periodic collections that free objects, pools and arenas claimed as memory
// grows. Tests, benchmarks and the CLI's examples use it until runs of the real runtime exist.
import type { TraceEvent } from './traceEvent.js';

/** Options of {@link synthesizeEvents}. */
export interface SyntheticOptions {
  /** About how many events to produce (the last cascade may add a few more). */
  readonly events: number;
  /** Seed of the deterministic random generator (default 1). */
  readonly seed?: number;
  /** Live objects the program tends towards (default 2000). */
  readonly liveTarget?: number;
  /** Emit a collection about every this many events (default 5000; 0 = never). */
  readonly collectEvery?: number;
  /** Emit `marker` statement events about every this many events (default 16; 0 = never). */
  readonly markerEvery?: number;
}

// typeId, size of the block requested (incl. pre-header), whether the type is a GC container.
const TYPES: readonly (readonly [number, number, boolean])[] = [
  [1, 32, false], // int
  [2, 56, false], // str (short)
  [3, 72, true], // list
  [4, 64, true], // tuple
  [5, 48, true], // instance with managed dict
  [6, 232, true], // dict
  [7, 24, false], // float
];
const SLOTS = 4;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Yields a consistent event log of about `options.events` events, with `seq` from 0.
 *
 * @example
 * ```ts
 * const events = [...synthesizeEvents({ events: 1000, seed: 7 })];
 * events[0]!.type; // 'object.allocated'
 * ```
 */
export function* synthesizeEvents(options: SyntheticOptions): Generator<TraceEvent> {
  const rnd = mulberry32(options.seed ?? 1);
  const liveTarget = options.liveTarget ?? 2000;
  const collectEvery = options.collectEvery ?? 5000;
  const markerEvery = options.markerEvery ?? 16;
  let cap = 1024;
  let refcount = new Int32Array(cap);
  // References held from outside any slot (the program's variables): only these are dropped
  // at random, so a slot never points at a freed object.
  let ext = new Int32Array(cap);
  let typeIdx = new Int8Array(cap).fill(-1);
  let address = new Float64Array(cap);
  let slots = new Int32Array(cap * SLOTS).fill(-1);
  const freeHandles: number[] = [];
  let nextHandle = 0;
  const live: number[] = [];
  let livePos = new Int32Array(cap).fill(-1);
  // Per size class, freed block addresses are reused LIFO, like pymalloc's pool free lists.
  const freeBlocks = new Map<number, number[]>();
  let bump = 0x7f0000000000;
  let arenaLeft = 0;
  let arenas = 0;
  let pools = 0;
  let seq = 0;
  let line = 1;
  let inCollection = false;
  const pending: TraceEvent[] = [];
  const out = (e: Record<string, unknown>) => {
    e.seq = seq++;
    pending.push(e as TraceEvent);
  };

  const grow = (need: number) => {
    if (need < cap) return;
    let n = cap;
    while (n <= need) n *= 2;
    const r = new Int32Array(n);
    r.set(refcount);
    refcount = r;
    const x = new Int32Array(n);
    x.set(ext);
    ext = x;
    const t = new Int8Array(n).fill(-1);
    t.set(typeIdx);
    typeIdx = t;
    const a = new Float64Array(n);
    a.set(address);
    address = a;
    const s = new Int32Array(n * SLOTS).fill(-1);
    s.set(slots);
    slots = s;
    const p = new Int32Array(n).fill(-1);
    p.set(livePos);
    livePos = p;
    cap = n;
  };

  const allocate = (): number => {
    const ti = Math.floor(rnd() * rnd() * TYPES.length);
    const [typeId, size, gc] = TYPES[ti]!;
    const h = freeHandles.length > 0 ? freeHandles.pop()! : nextHandle++;
    grow(h);
    const cls = (size + 15) >> 4;
    let list = freeBlocks.get(cls);
    let addr: number;
    if (list !== undefined && list.length > 0) {
      addr = list.pop()!;
    } else {
      if (arenaLeft < size) {
        out({ type: 'arena.allocated', arena: arenas, address: 0x7e0000000000 + arenas * 0x100000, pools: 64 });
        arenas++;
        arenaLeft = 1 << 20;
      }
      if ((bump & 16383) + size > 16384 || pools === 0) {
        out({ type: 'pool.claimed', arena: arenas - 1, pool: pools, sizeClass: cls - 1, fromFreePools: false, sameClass: false });
        pools++;
      }
      addr = bump;
      bump += size;
      arenaLeft -= size;
      list ??= [];
      freeBlocks.set(cls, list);
    }
    refcount[h] = 1;
    ext[h] = 1;
    typeIdx[h] = ti;
    address[h] = addr;
    livePos[h] = live.length;
    live.push(h);
    out({ type: 'object.allocated', handle: h, typeId, size, address: addr + (gc ? 16 : 0), gc, fromFreeList: null });
    if (gc) {
      out({ type: 'slots.resized', owner: h, count: SLOTS });
      out({ type: 'object.tracked', handle: h });
    }
    return h;
  };

  // Drops one reference; on zero, deallocates and cascades through the object's slots.
  const decref = (first: number) => {
    const stack = [first];
    while (stack.length > 0) {
      const h = stack.pop()!;
      if (h < 0) {
        // A marker left on the stack: the object below it is finished; free its memory.
        const g = -h - 1;
        const [, size, gc] = TYPES[typeIdx[g]!]!;
        const addr = address[g]!;
        freeBlocks.get((size + 15) >> 4)!.push(addr);
        out({ type: 'object.freed', handle: g, address: addr + (gc ? 16 : 0), toFreeList: null });
        typeIdx[g] = -1;
        freeHandles.push(g);
        continue;
      }
      const rc = --refcount[h]!;
      out({ type: 'ref.decrefed', handle: h, refcount: rc });
      if (rc > 0) continue;
      out({ type: 'refcount.reachedZero', handle: h });
      const gc = TYPES[typeIdx[h]!]![2];
      if (gc) out({ type: 'object.untracked', handle: h });
      const pos = livePos[h]!;
      const last = live.pop()!;
      if (last !== h) {
        live[pos] = last;
        livePos[last] = pos;
      }
      livePos[h] = -1;
      stack.push(-h - 1);
      for (let i = SLOTS - 1; i >= 0; i--) {
        const t = slots[h * SLOTS + i]!;
        if (t >= 0) {
          slots[h * SLOTS + i] = -1;
          stack.push(t);
        }
      }
    }
  };

  const incref = (h: number) => {
    ext[h]!++;
    out({ type: 'ref.increfed', handle: h, refcount: ++refcount[h]! });
  };

  const pick = (): number => live[Math.floor(rnd() * live.length)]!;

  const dropExternal = (h: number) => {
    ext[h]!--;
    decref(h);
  };

  const store = (owner: number, index: number, target: number) => {
    if (target >= 0) out({ type: 'ref.increfed', handle: target, refcount: ++refcount[target]! });
    const old = slots[owner * SLOTS + index]!;
    slots[owner * SLOTS + index] = target;
    out({ type: 'slot.stored', owner, index, target });
    if (old >= 0) decref(old);
  };

  let sinceCollect = 0;
  let sinceMarker = 0;
  while (seq < options.events) {
    if (markerEvery > 0 && ++sinceMarker >= markerEvery) {
      sinceMarker = 0;
      out({ type: 'marker', label: 'statement', line: line++ });
    }
    const r = rnd();
    const pressure = live.length / liveTarget;
    if (live.length < 4 || r < 0.3 / Math.max(pressure, 0.5)) {
      const h = allocate();
      // Most new objects go straight into a container and lose their creation reference.
      const owner = pick();
      if (owner !== h && TYPES[typeIdx[owner]!]![2] && rnd() < 0.7) {
        store(owner, Math.floor(rnd() * SLOTS), h);
        if (livePos[h]! >= 0) dropExternal(h);
      }
    } else if (r < 0.5) {
      incref(pick());
    } else if (r < 0.85) {
      // Drop a reference the program holds (a few tries: most objects are held only by slots).
      for (let tries = 0; tries < 4; tries++) {
        const h = pick();
        if (ext[h]! > 0) {
          dropExternal(h);
          break;
        }
      }
    } else {
      const owner = pick();
      if (TYPES[typeIdx[owner]!]![2]) {
        const target = rnd() < 0.15 ? -1 : pick();
        if (target !== owner) store(owner, Math.floor(rnd() * SLOTS), target);
      }
    }
    if (collectEvery > 0 && (sinceCollect += pending.length) >= collectEvery && !inCollection) {
      sinceCollect = 0;
      inCollection = true;
      const generation = rnd() < 0.8 ? 0 : rnd() < 0.7 ? 1 : 2;
      out({ type: 'gc.collectionStarted', collector: 'synthetic', generation, reason: 'allocation', counts: [Math.min(live.length, 700), 0, 0] });
      // "Unreachable" containers: cleared (tp_clear) so their contents and they themselves go.
      // Victims: containers no slot refers to; their remaining references go and they die here.
      const victims = 1 + Math.floor(rnd() * 4);
      let collected = 0;
      for (let v = 0, tries = 0; v < victims && live.length > 8 && tries < 50; tries++) {
        const h = pick();
        if (!TYPES[typeIdx[h]!]![2] || ext[h] !== refcount[h]) continue;
        v++;
        for (let i = 0; i < SLOTS && livePos[h]! >= 0; i++) if (slots[h * SLOTS + i]! >= 0) store(h, i, -1);
        while (livePos[h]! >= 0 && ext[h]! > 0) dropExternal(h);
        collected++;
      }
      out({ type: 'gc.collectionFinished', collector: 'synthetic', generation, collected, uncollectable: 0 });
      inCollection = false;
    }
    for (const e of pending) yield e;
    pending.length = 0;
  }
}
