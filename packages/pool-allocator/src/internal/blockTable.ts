// The live blocks of a replayed run, by address: requested size and allocation site of each.
// Open addressing with linear probing and backward-shift deletion over typed arrays, so a
// report over tens of millions of calls does not go through a Map per call.

const EMPTY = -1;

/** address -> (size, site) for the live blocks of a replay. */
export class BlockTable {
  private keys: Float64Array;
  private sizes: Float64Array;
  private sites: Uint32Array;
  private mask: number;
  private shift: number;
  /** Live blocks. */
  count = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.sizes = new Float64Array(capacity);
    this.sites = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  private slot(address: number): number {
    // Blocks are 16-byte aligned: mix the bits above the alignment, high word included.
    const lo = (address >>> 4) | 0;
    const hi = (address / 4294967296) | 0;
    // Fibonacci hashing: the top bits of the product (the low ones only see the low bits).
    return Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1) >>> this.shift;
  }

  /** Adds or replaces the block at `address`. */
  set(address: number, size: number, site: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const keys = this.keys;
    let i = this.slot(address);
    while (keys[i] !== EMPTY && keys[i] !== address) i = (i + 1) & this.mask;
    if (keys[i] === EMPTY) this.count++;
    keys[i] = address;
    this.sizes[i] = size;
    this.sites[i] = site;
  }

  /** Index of the block at `address`, or -1. */
  find(address: number): number {
    const keys = this.keys;
    let i = this.slot(address);
    for (;;) {
      const k = keys[i]!;
      if (k === address) return i;
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  sizeAt(i: number): number {
    return this.sizes[i]!;
  }

  siteAt(i: number): number {
    return this.sites[i]!;
  }

  /** Removes the block at index `i` (from `find`). */
  removeAt(i: number): void {
    const { keys, sizes, sites, mask } = this;
    this.count--;
    // Backward shift: move later entries of the same run into the hole.
    let hole = i;
    let j = (i + 1) & mask;
    while (keys[j] !== EMPTY) {
      const home = this.slot(keys[j]!);
      // Move j into the hole unless its home lies cyclically in (hole, j].
      const between = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (!between) {
        keys[hole] = keys[j]!;
        sizes[hole] = sizes[j]!;
        sites[hole] = sites[j]!;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    keys[hole] = EMPTY;
  }

  /** Calls `visit` for every live block (unordered). */
  forEach(visit: (address: number, size: number, site: number) => void): void {
    const { keys, sizes, sites } = this;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) visit(keys[i]!, sizes[i]!, sites[i]!);
  }

  private grow(): void {
    const { keys, sizes, sites } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.sizes = new Float64Array(capacity);
    this.sites = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, sizes[i]!, sites[i]!);
  }
}
