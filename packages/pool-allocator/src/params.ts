// The numbers that shape pymalloc, as plain data: alignment, the small-request threshold, pool
// and arena sizes, the pool header. Defaults are CPython 3.11 on 64-bit Linux with the radix
// tree (Objects/obmalloc.c: ALIGNMENT, SMALL_REQUEST_THRESHOLD, POOL_BITS, ARENA_BITS).

/** The parameters of a pool allocator. Every size is in bytes and a power of two where noted. */
export interface PoolParams {
  /** Block alignment and size-class step (ALIGNMENT, a power of two). 3.11 on 64-bit: 16. */
  readonly alignment: number;
  /** Largest request served from pools (SMALL_REQUEST_THRESHOLD); bigger ones go to raw malloc. 512. */
  readonly smallRequestThreshold: number;
  /** Pool size (POOL_SIZE, a power of two). 16 KiB with the radix tree. */
  readonly poolSize: number;
  /** Arena size (ARENA_SIZE, a power of two, a multiple of the pool size). 1 MiB with the radix tree. */
  readonly arenaSize: number;
  /** `sizeof(struct pool_header)` before rounding up to the alignment. 48 on 64-bit. */
  readonly poolHeaderSize: number;
  /** Pointer width for the radix tree's node sizes (`arena map` lines of the report). 64. */
  readonly pointerBits: number;
  /** Arena descriptors allocated at first (INITIAL_ARENA_OBJECTS); the vector doubles after. 16. */
  readonly initialArenaObjects: number;
}

/**
 * CPython 3.11's values on 64-bit Linux.
 *
 * @example
 * ```ts
 * cpython311PoolParams.poolSize; // 16384
 * ```
 */
export const cpython311PoolParams: PoolParams = Object.freeze({
  alignment: 16,
  smallRequestThreshold: 512,
  poolSize: 16 * 1024,
  arenaSize: 1024 * 1024,
  poolHeaderSize: 48,
  pointerBits: 64,
  initialArenaObjects: 16,
});

/** The parameters plus everything obmalloc derives from them as macros. */
export interface PoolGeometry extends PoolParams {
  readonly alignmentShift: number;
  readonly poolShift: number;
  /** Number of size classes (`SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT`). */
  readonly numClasses: number;
  /** POOL_OVERHEAD: the header rounded up to the alignment. */
  readonly poolOverhead: number;
  /** MAX_POOLS_IN_ARENA. */
  readonly maxPoolsInArena: number;
  /** NUMBLOCKS(i) for every class. */
  readonly blocksPerPool: readonly number[];
}

const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

/**
 * Fills in defaults, checks the parameters and derives obmalloc's macros from them.
 * @throws RangeError naming the parameter that cannot work.
 *
 * @example
 * ```ts
 * resolvePoolParams({ poolSize: 4096 }).blocksPerPool[0]; // (4096 - 48) / 16 = 253
 * ```
 */
export function resolvePoolParams(params: Partial<PoolParams> = {}): PoolGeometry {
  const p = { ...cpython311PoolParams, ...params };
  for (const key of ['alignment', 'poolSize', 'arenaSize'] as const) {
    if (!isPowerOfTwo(p[key])) throw new RangeError(`pool parameter ${key} must be a power of two, got ${p[key]}`);
  }
  if (!Number.isInteger(p.smallRequestThreshold) || p.smallRequestThreshold < p.alignment || p.smallRequestThreshold % p.alignment !== 0) {
    throw new RangeError(`smallRequestThreshold must be a positive multiple of the alignment, got ${p.smallRequestThreshold}`);
  }
  if (p.arenaSize < 2 * p.poolSize) throw new RangeError('arenaSize must hold at least two pools');
  if (p.arenaSize > 2 ** 30) throw new RangeError('arenaSize must be below 2^30');
  if (p.poolSize / p.alignment > 2 ** 20) throw new RangeError('poolSize / alignment must be at most 2^20');
  if (!Number.isInteger(p.poolHeaderSize) || p.poolHeaderSize < 0) throw new RangeError('poolHeaderSize must be a non-negative integer');
  if (!Number.isInteger(p.initialArenaObjects) || p.initialArenaObjects < 1) throw new RangeError('initialArenaObjects must be at least 1');
  const poolOverhead = Math.ceil(p.poolHeaderSize / p.alignment) * p.alignment;
  const numClasses = p.smallRequestThreshold / p.alignment;
  const blocksPerPool: number[] = [];
  for (let i = 0; i < numClasses; i++) {
    const blocks = Math.floor((p.poolSize - poolOverhead) / ((i + 1) * p.alignment));
    // pymalloc assumes a pool holds at least two blocks of every class (a fresh pool hands out
    // one and links the next); with fewer, CPython itself would misbehave.
    if (blocks < 2) throw new RangeError(`a ${p.poolSize}-byte pool cannot hold two ${(i + 1) * p.alignment}-byte blocks`);
    blocksPerPool.push(blocks);
  }
  return Object.freeze({
    ...p,
    alignmentShift: Math.log2(p.alignment),
    poolShift: Math.log2(p.poolSize),
    numClasses,
    poolOverhead,
    maxPoolsInArena: p.arenaSize / p.poolSize,
    blocksPerPool: Object.freeze(blocksPerPool),
  });
}
