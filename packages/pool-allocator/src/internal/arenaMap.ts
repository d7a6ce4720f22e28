// Which arena owns an address: the job of obmalloc's radix tree (`arena_map_mark_used`,
// `arena_map_is_used`). Every "ideal" arena-size-aligned chunk of the address space records
// the arena that starts inside it (tail_hi) and the arena that spills into it from the chunk
// below (tail_lo). Here the chunks live in an open-addressing hash table over typed arrays.
// The real tree's node counts (for the report) are counted separately in the allocator.

const EMPTY = -1;

/** Maps ideal chunk number -> (arena starting in it, arena spilling into it). */
export class ArenaMap {
  private keys: Float64Array;
  private hi: Int32Array;
  private lo: Int32Array;
  private used = 0;
  private mask: number;

  constructor(
    private readonly arenaSize: number,
    capacity = 64,
  ) {
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.hi = new Int32Array(capacity).fill(EMPTY);
    this.lo = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** Slot of `key`, inserting it when `create`; -1 if absent. */
  private slot(key: number, create: boolean): number {
    let i = Math.imul(key | 0, 0x9e3779b1) & this.mask;
    i ^= (key / 4294967296) & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return i;
      if (k === EMPTY) {
        if (!create) return -1;
        if ((this.used + 1) * 2 > this.keys.length) {
          this.grow();
          return this.slot(key, true);
        }
        this.keys[i] = key;
        this.used++;
        return i;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, hi, lo } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.hi = new Int32Array(capacity).fill(EMPTY);
    this.lo = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const s = this.slot(keys[i]!, true);
      this.hi[s] = hi[i]!;
      this.lo[s] = lo[i]!;
    }
  }

  /** Records (or, with arena = -1, forgets) the arena whose base is `base`. */
  mark(base: number, arena: number): void {
    // Find (and maybe insert, growing the table) before reading this.hi / this.lo.
    const chunk = Math.floor(base / this.arenaSize);
    const s = this.slot(chunk, true);
    this.hi[s] = arena;
    if (base !== chunk * this.arenaSize) {
      const t = this.slot(chunk + 1, true);
      this.lo[t] = arena;
    }
  }

  /** The arena containing `address` given each arena's base, or -1 (`address_in_range`). */
  lookup(address: number, bases: Float64Array): number {
    const chunk = Math.floor(address / this.arenaSize);
    const s = this.slot(chunk, false);
    if (s < 0) return -1;
    const tail = address - chunk * this.arenaSize;
    const lo = this.lo[s]!;
    if (lo !== EMPTY && tail < bases[lo]! - (chunk - 1) * this.arenaSize) return lo;
    const hi = this.hi[s]!;
    if (hi !== EMPTY && tail >= bases[hi]! - chunk * this.arenaSize) return hi;
    return -1;
  }
}
