// pymalloc, CPython 3.11's small-object allocator (Objects/obmalloc.c), modelled block for
// block: the same pools, arenas, free lists and list orders, so the addresses it returns are
// the ones CPython would return given the same arena bases. Start at `malloc` and `free`;
// `allocateFromNewPool` and `insertToFreepool` hold the arena bookkeeping.
//
// States of a pool (a 16 KiB slice of an arena) and its transitions:
//   unused (never carved)  --claimed-->  used       (allocate_from_new_pool carves it)
//   used   --last free block taken-->    full       (leaves usedpools[class])
//   full   --one block freed-->          used       (linked at the FRONT of usedpools[class])
//   used   --last block freed-->         empty      (unlinked, pushed on arena.freepools, LIFO)
//   empty  --claimed-->                  used       (keeps its size class and free list if
//                                                   claimed for the same class again)
// States of an arena: usable (on `usable_arenas`, sorted by ascending nfreepools, fullest
// first, with `nfp2lasta[n]` pointing at the last arena having n free pools), full (on no
// list), released (all pools free and not the last usable arena: unmapped).
import type { Unsequenced } from '@pymem/events';
import type { PoolAllocatorEvent } from './events.js';
import { ArenaMap } from './internal/arenaMap.js';
import { resolvePoolParams, type PoolGeometry, type PoolParams } from './params.js';
import { createSimulatedSystem, type SystemMemory } from './systemMemory.js';

/** What the runtime calls: CPython's `PyObject_Malloc` family. Address 0 is NULL. */
export interface Allocator {
  /** Returns the block's address; 0 or more than 512 bytes go to the raw-malloc model. */
  malloc(nbytes: number): number;
  /** Frees a block; `free(0)` does nothing. */
  free(address: number): void;
  /** Keeps the block when the new size fits and is more than 3/4 of it, else malloc-copy-free. */
  realloc(address: number, nbytes: number): number;
}

/** Options of {@link createPoolAllocator}. */
export interface PoolAllocatorOptions {
  /** Receives every decision (pool claimed or emptied, arena allocated or released), in order. */
  readonly emit?: (event: Unsequenced<PoolAllocatorEvent>) => void;
  /** Where arenas and raw blocks come from (default: {@link createSimulatedSystem}). */
  readonly system?: SystemMemory;
}

/** A snapshot of one arena. */
export interface ArenaInfo {
  readonly index: number;
  readonly address: number;
  readonly totalPools: number;
  readonly freePools: number;
}

/** The counters `_PyObject_DebugMallocStats` reads besides the arenas themselves. */
export interface ArenaCounters {
  /** `ntimes_arena_allocated`. */
  readonly allocatedTotal: number;
  /** `narenas_currently_allocated`. */
  readonly allocatedCurrent: number;
  /** `narenas_highwater`. */
  readonly highwater: number;
  /** `raw_allocated_blocks`: live blocks handed to raw malloc. */
  readonly rawAllocatedBlocks: number;
  /** Radix-tree interior nodes ever created (`arena_map_mid_count`, `arena_map_bot_count`). */
  readonly arenaMapMidNodes: number;
  readonly arenaMapBotNodes: number;
}

/** Per-pool facts for reports: every carved pool of every live arena. */
export interface PoolVisitor {
  /** `arena` is the arena's descriptor index (as in {@link ArenaInfo}). */
  (sizeClass: number, blocksInUse: number, arena: number): void;
}

/** pymalloc: the `Allocator` plus read-only views of its state. */
export interface PoolAllocator extends Allocator {
  readonly params: PoolGeometry;
  /** `calloc(nelem, elsize)`: pymalloc serves it exactly like `malloc(nelem * elsize)`. */
  calloc(nelem: number, elsize: number): number;
  /** The size class of a live pymalloc block, or -1 if pymalloc does not own the address. */
  sizeClassOf(address: number): number;
  /**
   * A dense index of the live pymalloc block at `address` (arena descriptor, pool, slot), below
   * {@link blockIndexLimit}; -1 for an address pymalloc does not serve (raw blocks). The same
   * index may name another block once this one is freed. For tables kept beside the model.
   */
  blockIndexOf(address: number): number;
  /** One more than the largest block index the current arena descriptors can give. */
  blockIndexLimit(): number;
  /**
   * The {@link blockIndexOf} of the block the last `malloc` or `calloc` served or the last `free`
   * released, -1 when that call went to raw memory; what `realloc` leaves here is unspecified.
   * Saves tables kept beside the model a second lookup of the address.
   *
   * @example
   * ```ts
   * const a = createPoolAllocator();
   * const p = a.malloc(24);
   * a.lastBlockIndex === a.blockIndexOf(p); // true
   * ```
   */
  readonly lastBlockIndex: number;
  /** Live arenas in descriptor order. */
  arenas(): ArenaInfo[];
  counters(): ArenaCounters;
  /** Calls `visit` for every carved pool with blocks in use (what the stats report walks). */
  forEachUsedPool(visit: PoolVisitor): void;
}

const NONE = -1;
/** Marks a live block in `blockNext` (free blocks hold the next free slot or NONE). */
const LIVE = -2;

/**
 * Creates a pymalloc model with CPython 3.11's parameters unless told otherwise.
 *
 * @example
 * ```ts
 * const a = createPoolAllocator();
 * const p = a.malloc(24);          // a 32-byte block
 * a.free(p);
 * a.malloc(30) === p;              // true: LIFO reuse, as id() reuse in CPython
 * ```
 */
export function createPoolAllocator(params: Partial<PoolParams> = {}, options: PoolAllocatorOptions = {}): PoolAllocator {
  return new Pymalloc(resolvePoolParams(params), options.system ?? createSimulatedSystem(), options.emit);
}

class Pymalloc implements PoolAllocator {
  readonly params: PoolGeometry;
  private readonly system: SystemMemory;
  private readonly emit: ((event: Unsequenced<PoolAllocatorEvent>) => void) | undefined;

  // Geometry, copied into fields for the hot path.
  private readonly threshold: number;
  private readonly alignShift: number;
  private readonly poolSize: number;
  private readonly poolShift: number;
  private readonly poolMask: number;
  private readonly alignMask: number;
  private readonly arenaSize: number;
  private readonly maxPools: number;
  private readonly slotsPerPool: number;
  private readonly overheadSlots: number;

  // Arena descriptors (CPython's `arenas` vector), indexed by descriptor.
  private maxarenas = 0;
  private aAddr = new Float64Array(0); // base address, 0 = unassociated
  private aFirstPool = new Float64Array(0); // first pool-aligned address
  private aNfree = new Int32Array(0);
  private aNtotal = new Int32Array(0);
  private aCarved = new Int32Array(0); // (pool_address - first pool) / POOL_SIZE
  private aFreepools = new Int32Array(0);
  private aNext = new Int32Array(0);
  private aPrev = new Int32Array(0);

  // Pools, indexed by arena * maxPools + k (k-th pool of the arena).
  private pAddr = new Float64Array(0);
  private pCount = new Int32Array(0);
  private pSz = new Int32Array(0); // size class, NONE = DUMMY_SIZE_IDX
  private pNext = new Int32Array(0);
  private pPrev = new Int32Array(0);
  private pFree = new Int32Array(0); // freeblock as a slot (offset / ALIGNMENT), NONE = NULL
  private pNextOff = new Int32Array(0); // nextoffset in slots
  private pMaxNextOff = new Int32Array(0);
  // The free-list links CPython stores inside free blocks: blockNext[pool * slots + slot].
  private blockNext = new Int32Array(0);

  private readonly usedHead: Int32Array; // usedpools[class]: first pool or NONE
  private readonly nfp2lasta: Int32Array;
  private usable = NONE; // usable_arenas
  private unused = NONE; // unused_arena_objects

  private nCurrent = 0;
  private nTotal = 0;
  private nHighwater = 0;
  private rawBlocks = 0;
  private readonly midNodes = new Set<number>();
  private readonly botNodes = new Set<number>();
  private readonly map: ArenaMap;
  private readonly midShift: number;
  private readonly topShift: number;
  private lastArena = NONE;
  lastBlockIndex = NONE;

  constructor(g: PoolGeometry, system: SystemMemory, emit: ((event: Unsequenced<PoolAllocatorEvent>) => void) | undefined) {
    this.params = g;
    this.system = system;
    this.emit = emit;
    this.threshold = g.smallRequestThreshold;
    this.alignShift = g.alignmentShift;
    this.poolSize = g.poolSize;
    this.poolShift = g.poolShift;
    this.poolMask = g.poolSize - 1;
    this.alignMask = g.alignment - 1;
    this.arenaSize = g.arenaSize;
    this.maxPools = g.maxPoolsInArena;
    this.slotsPerPool = g.poolSize >> g.alignmentShift;
    this.overheadSlots = g.poolOverhead >> g.alignmentShift;
    this.usedHead = new Int32Array(g.numClasses).fill(NONE);
    this.nfp2lasta = new Int32Array(this.maxPools + 1).fill(NONE);
    this.map = new ArenaMap(g.arenaSize);
    const arenaBits = Math.log2(g.arenaSize);
    const interior = Math.floor((g.pointerBits - arenaBits + 2) / 3);
    const botBits = g.pointerBits - arenaBits - 2 * interior;
    this.midShift = 2 ** (arenaBits + botBits);
    this.topShift = 2 ** (arenaBits + botBits + interior);
  }

  malloc(nbytes: number): number {
    if (nbytes > 0 && nbytes <= this.threshold) {
      const size = (nbytes - 1) >> this.alignShift;
      const pool = this.usedHead[size]!;
      if (pool !== NONE) {
        // A used pool of this class: pop the head of its free list.
        this.pCount[pool]!++;
        const bp = this.pFree[pool]!;
        const at = pool * this.slotsPerPool + bp;
        const next = this.blockNext[at]!;
        this.blockNext[at] = LIVE;
        this.pFree[pool] = next;
        if (next === NONE) this.poolExtend(pool, size);
        this.lastBlockIndex = at;
        return this.pAddr[pool]! + (bp << this.alignShift);
      }
      return this.allocateFromNewPool(size);
    }
    return this.rawMalloc(nbytes);
  }

  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  free(address: number): void {
    if (address === 0) return;
    const ai = this.arenaOf(address);
    if (ai === NONE) {
      this.system.rawFree(address);
      this.rawBlocks--;
      this.lastBlockIndex = NONE;
      return;
    }
    // d < ARENA_SIZE < 2^30, so 32-bit shifts are exact.
    const d = address - this.aFirstPool[ai]!;
    const k = d >> this.poolShift;
    const pool = ai * this.maxPools + k;
    const off = d & this.poolMask;
    const slot = off >> this.alignShift;
    const at = pool * this.slotsPerPool + slot;
    if (d < 0 || k >= this.aCarved[ai]! || this.blockNext[at] !== LIVE || (off & this.alignMask) !== 0) {
      throw new InvalidAddressError('free', address);
    }
    this.lastBlockIndex = at;
    // Push the block on the front of its pool's free list (LIFO: the next malloc of this
    // class from this pool returns it again).
    const lastfree = this.pFree[pool]!;
    this.blockNext[at] = lastfree;
    this.pFree[pool] = slot;
    const count = --this.pCount[pool]!;
    if (lastfree === NONE) {
      // The pool was full and on no list: link it at the front of usedpools.
      this.insertToUsedpool(pool);
      return;
    }
    if (count !== 0) return;
    this.insertToFreepool(pool, ai);
  }

  realloc(address: number, nbytes: number): number {
    if (address === 0) return this.malloc(nbytes);
    const sz = this.sizeClassOf(address);
    if (sz === NONE) {
      if (this.arenaOf(address) !== NONE) throw new InvalidAddressError('realloc', address);
      return this.system.rawRealloc(address, nbytes);
    }
    const size = (sz + 1) << this.alignShift;
    // Keep the block if the new size fits and shrinking would not save a quarter of it.
    if (nbytes <= size && 4 * nbytes > 3 * size) return address;
    const bp = this.malloc(nbytes);
    if (bp !== 0) this.free(address); // on failure the old block stays, as in CPython
    return bp;
  }

  sizeClassOf(address: number): number {
    const ai = this.arenaOf(address);
    if (ai === NONE) return NONE;
    const d = address - this.aFirstPool[ai]!;
    const k = d >> this.poolShift;
    if (d < 0 || k >= this.aCarved[ai]!) return NONE;
    const pool = ai * this.maxPools + k;
    const off = d & this.poolMask;
    if ((off & this.alignMask) !== 0 || this.blockNext[pool * this.slotsPerPool + (off >> this.alignShift)] !== LIVE) return NONE;
    return this.pSz[pool]!;
  }

  blockIndexOf(address: number): number {
    const ai = this.arenaOf(address);
    if (ai === NONE) return NONE;
    const d = address - this.aFirstPool[ai]!;
    const k = d >> this.poolShift;
    if (d < 0 || k >= this.aCarved[ai]!) return NONE;
    return (ai * this.maxPools + k) * this.slotsPerPool + ((d & this.poolMask) >> this.alignShift);
  }

  blockIndexLimit(): number {
    return this.maxarenas * this.maxPools * this.slotsPerPool;
  }

  private rawMalloc(nbytes: number): number {
    if (!(Number.isInteger(nbytes) && nbytes >= 0)) throw new RangeError(`malloc size must be a non-negative integer, got ${nbytes}`);
    const address = this.system.rawMalloc(nbytes);
    if (address !== 0) this.rawBlocks++;
    this.lastBlockIndex = NONE;
    return address;
  }

  /** `address_in_range`: the live arena containing the address, or NONE. */
  private arenaOf(address: number): number {
    const last = this.lastArena;
    if (last !== NONE) {
      const d = address - this.aAddr[last]!;
      if (d >= 0 && d < this.arenaSize) return last;
    }
    const ai = this.map.lookup(address, this.aAddr);
    if (ai !== NONE) this.lastArena = ai;
    return ai;
  }

  /** `pymalloc_pool_extend`: the free list ran out; carve the next block or retire a full pool. */
  private poolExtend(pool: number, size: number): void {
    const nextoffset = this.pNextOff[pool]!;
    if (nextoffset <= this.pMaxNextOff[pool]!) {
      this.pFree[pool] = nextoffset;
      this.pNextOff[pool] = nextoffset + size + 1;
      this.blockNext[pool * this.slotsPerPool + nextoffset] = NONE;
      return;
    }
    // Full: unlink from usedpools (it is the head of its list).
    this.unlinkUsed(pool, size);
  }

  private unlinkUsed(pool: number, size: number): void {
    const next = this.pNext[pool]!;
    if (next === pool) {
      this.usedHead[size] = NONE;
      return;
    }
    const prev = this.pPrev[pool]!;
    this.pPrev[next] = prev;
    this.pNext[prev] = next;
    if (this.usedHead[size] === pool) this.usedHead[size] = next;
  }

  /** `insert_to_usedpool`: link a pool that was full at the front of usedpools[class]. */
  private insertToUsedpool(pool: number): void {
    const size = this.pSz[pool]!;
    const head = this.usedHead[size]!;
    if (head === NONE) {
      this.pNext[pool] = pool;
      this.pPrev[pool] = pool;
    } else {
      const prev = this.pPrev[head]!;
      this.pNext[pool] = head;
      this.pPrev[pool] = prev;
      this.pPrev[head] = pool;
      this.pNext[prev] = pool;
    }
    this.usedHead[size] = pool;
  }

  /** `allocate_from_new_pool`: no used pool of this class; take a pool from the fullest usable arena. */
  private allocateFromNewPool(size: number): number {
    if (this.usable === NONE) {
      const ai = this.newArena();
      this.usable = ai;
      this.aNext[ai] = NONE;
      this.aPrev[ai] = NONE;
      this.nfp2lasta[this.aNfree[ai]!] = ai;
    }
    const ua = this.usable;
    const nf = this.aNfree[ua]!;
    // The head arena has the fewest free pools; taking one keeps it first. Only the fingers move.
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = NONE;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;

    let pool = this.aFreepools[ua]!;
    const fromFreePools = pool !== NONE;
    if (fromFreePools) {
      this.aFreepools[ua] = this.pNext[pool]!;
    } else {
      const k = this.aCarved[ua]!;
      pool = ua * this.maxPools + k;
      this.pAddr[pool] = this.aFirstPool[ua]! + k * this.poolSize;
      this.pSz[pool] = NONE;
      this.aCarved[ua] = k + 1;
    }
    if (--this.aNfree[ua]! === 0) {
      // Wholly allocated: off the usable list (its own links go stale, as in CPython).
      const next = this.aNext[ua]!;
      this.usable = next;
      if (next !== NONE) this.aPrev[next] = NONE;
    }

    // The class had no used pool, so this one becomes the whole list.
    this.pNext[pool] = pool;
    this.pPrev[pool] = pool;
    this.usedHead[size] = pool;
    this.pCount[pool] = 1;
    const sameClass = this.pSz[pool] === size;
    const base = pool * this.slotsPerPool;
    let bp: number;
    if (sameClass) {
      // It last held this class: its header and free list are still good.
      bp = this.pFree[pool]!;
      this.pFree[pool] = this.blockNext[base + bp]!;
    } else {
      const sizeSlots = size + 1;
      this.pSz[pool] = size;
      bp = this.overheadSlots;
      this.pNextOff[pool] = this.overheadSlots + 2 * sizeSlots;
      this.pMaxNextOff[pool] = this.slotsPerPool - sizeSlots;
      this.pFree[pool] = bp + sizeSlots;
      this.blockNext[base + bp + sizeSlots] = NONE;
    }
    this.blockNext[base + bp] = LIVE;
    this.lastBlockIndex = base + bp;
    if (this.emit) {
      this.emit({ type: 'pool.claimed', arena: ua, pool: this.pAddr[pool]!, sizeClass: size, fromFreePools, sameClass });
    }
    return this.pAddr[pool]! + (bp << this.alignShift);
  }

  /** `insert_to_freepool`: a pool became empty; then the four cases of arena management. */
  private insertToFreepool(pool: number, ao: number): void {
    this.unlinkUsed(pool, this.pSz[pool]!);
    this.pNext[pool] = this.aFreepools[ao]!;
    this.aFreepools[ao] = pool;
    let nf = this.aNfree[ao]!;
    const lastnf = nf === 0 ? NONE : this.nfp2lasta[nf]!;
    if (lastnf === ao) {
      const p = this.aPrev[ao]!;
      this.nfp2lasta[nf] = p !== NONE && this.aNfree[p] === nf ? p : NONE;
    }
    this.aNfree[ao] = ++nf;
    if (this.emit) this.emit({ type: 'pool.emptied', arena: ao, pool: this.pAddr[pool]!, sizeClass: this.pSz[pool]! });

    if (nf === this.aNtotal[ao] && this.aNext[ao] !== NONE) {
      // Case 1: wholly free and not the last usable arena (that one is kept, bpo-37257).
      const prev = this.aPrev[ao]!;
      const next = this.aNext[ao]!;
      if (prev === NONE) this.usable = next;
      else this.aNext[prev] = next;
      this.aPrev[next] = prev;
      this.releaseArena(ao);
      return;
    }
    if (nf === 1) {
      // Case 2: it was full (on no list); it goes to the head.
      this.aNext[ao] = this.usable;
      this.aPrev[ao] = NONE;
      if (this.usable !== NONE) this.aPrev[this.usable] = ao;
      this.usable = ao;
      if (this.nfp2lasta[1] === NONE) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === NONE) this.nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost with the old count, so the order still holds.
    if (ao === lastnf) return;
    // Case 3: slide it right, to just after the last arena that had its old count.
    const prev = this.aPrev[ao]!;
    const next = this.aNext[ao]!;
    if (prev !== NONE) this.aNext[prev] = next;
    else this.usable = next;
    this.aPrev[next] = prev;
    this.aPrev[ao] = lastnf;
    const after = this.aNext[lastnf]!;
    this.aNext[ao] = after;
    if (after !== NONE) this.aPrev[after] = ao;
    this.aNext[lastnf] = ao;
  }

  /** `new_arena`: a descriptor from `unused_arena_objects` (doubling the vector when empty), then mmap. */
  private newArena(): number {
    if (this.unused === NONE) this.growArenaVector();
    const ai = this.unused;
    const address = this.system.mapArena(this.arenaSize);
    if (!(Number.isInteger(address) && address > 0)) throw new RangeError(`arena address must be a positive integer, got ${address}`);
    this.unused = this.aNext[ai]!;
    this.markRadix(address);
    this.map.mark(address, ai);
    this.aAddr[ai] = address;
    this.nCurrent++;
    this.nTotal++;
    if (this.nCurrent > this.nHighwater) this.nHighwater = this.nCurrent;
    this.aFreepools[ai] = NONE;
    let nfree = this.maxPools;
    let first = address;
    const excess = address % this.poolSize;
    if (excess !== 0) {
      nfree--;
      first += this.poolSize - excess;
    }
    this.aFirstPool[ai] = first;
    this.aNfree[ai] = nfree;
    this.aNtotal[ai] = nfree;
    this.aCarved[ai] = 0;
    if (this.emit) this.emit({ type: 'arena.allocated', arena: ai, address, pools: nfree });
    return ai;
  }

  private releaseArena(ao: number): void {
    this.aNext[ao] = this.unused;
    this.unused = ao;
    const address = this.aAddr[ao]!;
    this.map.mark(address, NONE);
    this.system.unmapArena(address, this.arenaSize);
    this.aAddr[ao] = 0;
    this.nCurrent--;
    if (this.lastArena === ao) this.lastArena = NONE;
    if (this.emit) this.emit({ type: 'arena.released', arena: ao, address });
  }

  /** The radix tree creates interior nodes for the arena's base and, if unaligned, its end. */
  private markRadix(base: number): void {
    this.radixNode(base);
    if (base % this.arenaSize !== 0) this.radixNode(base + this.arenaSize);
  }

  private radixNode(p: number): void {
    this.midNodes.add(Math.floor(p / this.topShift));
    this.botNodes.add(Math.floor(p / this.midShift));
  }

  private growArenaVector(): void {
    const old = this.maxarenas;
    const n = old === 0 ? this.params.initialArenaObjects : old * 2;
    const grow64 = (a: Float64Array, len: number) => {
      const b = new Float64Array(len);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array, len: number) => {
      const b = new Int32Array(len);
      b.set(a);
      return b;
    };
    this.aAddr = grow64(this.aAddr, n);
    this.aFirstPool = grow64(this.aFirstPool, n);
    this.aNfree = grow32(this.aNfree, n);
    this.aNtotal = grow32(this.aNtotal, n);
    this.aCarved = grow32(this.aCarved, n);
    this.aFreepools = grow32(this.aFreepools, n);
    this.aNext = grow32(this.aNext, n);
    this.aPrev = grow32(this.aPrev, n);
    const pools = n * this.maxPools;
    this.pAddr = grow64(this.pAddr, pools);
    this.pCount = grow32(this.pCount, pools);
    this.pSz = grow32(this.pSz, pools);
    this.pNext = grow32(this.pNext, pools);
    this.pPrev = grow32(this.pPrev, pools);
    this.pFree = grow32(this.pFree, pools);
    this.pNextOff = grow32(this.pNextOff, pools);
    this.pMaxNextOff = grow32(this.pMaxNextOff, pools);
    this.blockNext = grow32(this.blockNext, pools * this.slotsPerPool);
    for (let i = old; i < n; i++) this.aNext[i] = i < n - 1 ? i + 1 : NONE;
    this.unused = old;
    this.maxarenas = n;
  }

  arenas(): ArenaInfo[] {
    const out: ArenaInfo[] = [];
    for (let i = 0; i < this.maxarenas; i++) {
      if (this.aAddr[i] === 0) continue;
      out.push({ index: i, address: this.aAddr[i]!, totalPools: this.aNtotal[i]!, freePools: this.aNfree[i]! });
    }
    return out;
  }

  counters(): ArenaCounters {
    return {
      allocatedTotal: this.nTotal,
      allocatedCurrent: this.nCurrent,
      highwater: this.nHighwater,
      rawAllocatedBlocks: this.rawBlocks,
      arenaMapMidNodes: this.midNodes.size,
      arenaMapBotNodes: this.botNodes.size,
    };
  }

  forEachUsedPool(visit: PoolVisitor): void {
    for (let i = 0; i < this.maxarenas; i++) {
      if (this.aAddr[i] === 0) continue;
      for (let k = 0; k < this.aCarved[i]!; k++) {
        const pool = i * this.maxPools + k;
        if (this.pCount[pool] !== 0) visit(this.pSz[pool]!, this.pCount[pool]!, i);
      }
    }
  }
}

/**
 * A free or realloc of an address that is not a live block (double free, wild pointer).
 *
 * @example
 * ```ts
 * const a = createPoolAllocator();
 * const p = a.malloc(8);
 * a.free(p);
 * a.free(p); // throws InvalidAddressError
 * ```
 */
export class InvalidAddressError extends Error {
  constructor(
    readonly operation: 'free' | 'realloc',
    readonly address: number,
  ) {
    super(`${operation} of 0x${address.toString(16)}: not a live pymalloc block`);
    this.name = 'InvalidAddressError';
  }
}
