// The live blocks of a replayed run with their requested size and allocation site. pymalloc's
// blocks are kept in arrays indexed by the model's own block index (arena, pool, slot: no
// hashing, and neighbouring blocks sit side by side); raw blocks (0 or more than 512 bytes),
// which the model does not place, go to an address-keyed BlockTable. Sizes of pymalloc blocks
// are 1..512, so a size of 0 marks a slot with no recorded block (one allocated before the
// recording started, or freed).
import type { PoolAllocator } from '../poolAllocator.js';
import { BlockTable } from './blockTable.js';

/** address -> (size, site) of every block allocated while recording and not yet freed. */
export class LiveBlocks {
  private sizes = new Uint16Array(0);
  private sites = new Uint32Array(0);
  private readonly raw = new BlockTable();
  private small = 0;
  /** Size and site of the block the last successful {@link take} removed. */
  takenSize = 0;
  takenSite = 0;

  constructor(private readonly allocator: PoolAllocator) {}

  /** Live blocks. */
  get count(): number {
    return this.small + this.raw.count;
  }

  /** Adds the block the model just served at `address`. */
  set(address: number, size: number, site: number): void {
    const i = this.allocator.blockIndexOf(address);
    if (i < 0) {
      this.raw.set(address, size, site);
      return;
    }
    if (i >= this.sizes.length) this.grow();
    if (this.sizes[i] === 0) this.small++;
    this.sizes[i] = size;
    this.sites[i] = site;
  }

  /** Removes the block at `address` (still held by the model); false when it was not recorded. */
  take(address: number): boolean {
    const i = this.allocator.blockIndexOf(address);
    if (i >= 0) {
      const size = i < this.sizes.length ? this.sizes[i]! : 0;
      if (size === 0) return false;
      this.takenSize = size;
      this.takenSite = this.sites[i]!;
      this.sizes[i] = 0;
      this.small--;
      return true;
    }
    const j = this.raw.find(address);
    if (j < 0) return false;
    this.takenSize = this.raw.sizeAt(j);
    this.takenSite = this.raw.siteAt(j);
    this.raw.removeAt(j);
    return true;
  }

  /** Calls `visit` for every live block: the pymalloc ones by block index, then the raw ones. */
  forEach(visit: (address: number, size: number, site: number, blockIndex: number) => void): void {
    const { sizes, sites } = this;
    for (let i = 0; i < sizes.length; i++) if (sizes[i] !== 0) visit(NaN, sizes[i]!, sites[i]!, i);
    this.raw.forEach((address, size, site) => visit(address, size, site, -1));
  }

  private grow(): void {
    const n = Math.max(this.allocator.blockIndexLimit(), this.sizes.length * 2);
    const sizes = new Uint16Array(n);
    const sites = new Uint32Array(n);
    sizes.set(this.sizes);
    sites.set(this.sites);
    this.sizes = sizes;
    this.sites = sites;
  }
}
