// What pymalloc asks of the operating system and libc: arenas (mmap/munmap, CPython's
// `_PyObject_Arena` hooks) and raw malloc for requests of 0 or more than 512 bytes
// (`PyMem_RawMalloc`). A pure simulation uses `createSimulatedSystem`; a trace replay
// supplies the addresses the real process got, so arena alignment loss matches.

/** The memory below pymalloc. Addresses are plain numbers (exact up to 2^53). */
export interface SystemMemory {
  /** mmap of one arena; returns its base address (never 0). */
  mapArena(size: number): number;
  /** munmap of an arena. */
  unmapArena(address: number, size: number): void;
  /** `PyMem_RawMalloc` for a request pymalloc does not serve. */
  rawMalloc(nbytes: number): number;
  /** `PyMem_RawRealloc` of a block pymalloc does not own. */
  rawRealloc(address: number, nbytes: number): number;
  /** `PyMem_RawFree`. */
  rawFree(address: number): void;
}

/** Options of {@link createSimulatedSystem}. */
export interface SimulatedSystemOptions {
  /** Highest arena address; arenas are mapped downwards from here, as Linux mmap does. */
  readonly arenaTop?: number;
  /**
   * Bytes added to every arena base past a pool boundary. Linux mmap returns page-aligned
   * (4 KiB) addresses, so most arenas are not pool aligned and lose one pool: the default
   * 4096 models that; 0 gives pool-aligned arenas (64 pools each, no alignment loss).
   * A function decides per arena (`n` counts mappings from 0).
   */
  readonly misalignment?: number | ((n: number) => number);
  /** First address of the raw-malloc heap (a bump allocator; freed raw blocks are not reused). */
  readonly rawBase?: number;
}

/**
 * A deterministic stand-in for mmap and libc malloc. Arenas are placed downwards from
 * `arenaTop`; an unmapped arena's address range is reused first (last unmapped, first reused).
 *
 * @example
 * ```ts
 * const system = createSimulatedSystem({ misalignment: 0 });
 * const a = system.mapArena(1 << 20);
 * a % 16384; // 0: this arena keeps all 64 pools
 * ```
 */
export function createSimulatedSystem(options: SimulatedSystemOptions = {}): SystemMemory {
  const top = options.arenaTop ?? 0x7f00_0000_0000;
  const mis = options.misalignment ?? 4096;
  const misalign = typeof mis === 'function' ? mis : () => mis;
  const released: number[] = [];
  let mappings = 0;
  let slots = 0;
  let rawNext = options.rawBase ?? 0x5555_0000_0000;
  return {
    mapArena(size) {
      const slot = released.pop() ?? ++slots;
      const offset = misalign(mappings++);
      if (!Number.isInteger(offset) || offset < 0 || offset >= size) {
        throw new RangeError(`arena misalignment must be an integer in [0, arena size), got ${offset}`);
      }
      // Each arena gets a 2-arena stretch so a misaligned one never overlaps its neighbour.
      return top - slot * 2 * size + offset;
    },
    unmapArena(address, size) {
      released.push(Math.round((top - address) / (2 * size)));
    },
    rawMalloc(nbytes) {
      const address = rawNext + 16;
      rawNext = address + Math.ceil(Math.max(nbytes, 1) / 16) * 16;
      return address;
    },
    rawRealloc(_address, nbytes) {
      return this.rawMalloc(nbytes);
    },
    rawFree() {},
  };
}
