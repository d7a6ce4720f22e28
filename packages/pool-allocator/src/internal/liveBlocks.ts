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
  /** Per block index i: [2i] its requested size, [2i + 1] its site (side by side: one cache line per block). */
  private slots = new Uint32Array(0);
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
    this.setAt(this.allocator.blockIndexOf(address), address, size, site);
  }

  /** {@link set} with the block's index already known (-1: a raw block). */
  setAt(i: number, address: number, size: number, site: number): void {
    if (i < 0) {
      this.raw.set(address, size, site);
      return;
    }
    const k = 2 * i;
    if (k >= this.slots.length) this.grow();
    const slots = this.slots;
    if (slots[k] === 0) this.small++;
    slots[k] = size;
    slots[k + 1] = site;
  }

  /** Removes the block at `address` (still held by the model); false when it was not recorded. */
  take(address: number): boolean {
    return this.takeAt(this.allocator.blockIndexOf(address), address);
  }

  /** {@link take} with the block's index known (as it was while live; -1: a raw block). */
  takeAt(i: number, address: number): boolean {
    if (i >= 0) {
      const k = 2 * i;
      const slots = this.slots;
      const size = k < slots.length ? slots[k]! : 0;
      if (size === 0) return false;
      this.takenSize = size;
      this.takenSite = slots[k + 1]!;
      slots[k] = 0;
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
    const slots = this.slots;
    for (let k = 0; k < slots.length; k += 2) if (slots[k] !== 0) visit(NaN, slots[k]!, slots[k + 1]!, k >> 1);
    this.raw.forEach((address, size, site) => visit(address, size, site, -1));
  }

  private grow(): void {
    const n = Math.max(this.allocator.blockIndexLimit(), this.slots.length);
    const slots = new Uint32Array(2 * n);
    slots.set(this.slots);
    this.slots = slots;
  }
}
