// Which arena owns an address: the job of obmalloc's radix tree (`arena_map_mark_used`,
// `arena_map_is_used`). Every "ideal" arena-size-aligned chunk of the address space records
// the arena that starts inside it (tail_hi) and the arena that spills into it from the chunk
// below (tail_lo). While the arenas stay within a window of 2^20 chunks (1 TiB of address space
// with 1 MiB arenas: always, for one mmap area) the chunks live in a dense typed-array window,
// two loads per lookup; beyond that, in an open-addressing hash table over typed arrays.
// The real tree's node counts (for the report) are counted separately in the allocator.

const EMPTY = -1;
const MAX_WINDOW = 1 << 20;

/** Maps ideal chunk number -> (arena starting in it, arena spilling into it). */
export class ArenaMap {
  // The hash table: always kept, the fallback when the window is abandoned.
  private keys: Float64Array;
  private hi: Int32Array;
  private lo: Int32Array;
  private used = 0;
  private mask: number;
  // The dense window over chunks [first, first + winHi.length), or winHi.length === 0 when unused.
  private first = 0;
  private winHi = new Int32Array(0);
  private winLo = new Int32Array(0);
  private dense = true;

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

  /** Makes the window cover chunks [from, to], or gives the window up when too wide. */
  private cover(from: number, to: number): void {
    const len = this.winHi.length;
    if (len !== 0 && from >= this.first && to < this.first + len) return;
    const lo = len === 0 ? from : Math.min(from, this.first);
    const hi = len === 0 ? to : Math.max(to, this.first + len - 1);
    if (hi - lo + 1 > MAX_WINDOW) {
      this.dense = false;
      this.winHi = new Int32Array(0);
      this.winLo = new Int32Array(0);
      return;
    }
    let size = 64;
    while (size < (hi - lo + 1) * 2 && size < MAX_WINDOW) size *= 2;
    // Centre the old range so growth in either direction has room.
    const first = lo - ((size - (hi - lo + 1)) >> 1);
    const winHi = new Int32Array(size).fill(EMPTY);
    const winLo = new Int32Array(size).fill(EMPTY);
    for (let i = 0; i < len; i++) {
      winHi[this.first + i - first] = this.winHi[i]!;
      winLo[this.first + i - first] = this.winLo[i]!;
    }
    this.first = first;
    this.winHi = winHi;
    this.winLo = winLo;
  }

  /** Records (or, with arena = -1, forgets) the arena whose base is `base`. */
  mark(base: number, arena: number): void {
    // Find (and maybe insert, growing the table) before reading this.hi / this.lo.
    const chunk = Math.floor(base / this.arenaSize);
    const spills = base !== chunk * this.arenaSize;
    const s = this.slot(chunk, true);
    this.hi[s] = arena;
    if (spills) {
      const t = this.slot(chunk + 1, true);
      this.lo[t] = arena;
    }
    if (this.dense) {
      this.cover(chunk, chunk + 1);
      if (this.dense) {
        this.winHi[chunk - this.first] = arena;
        if (spills) this.winLo[chunk + 1 - this.first] = arena;
      }
    }
  }

  /** The arena containing `address` given each arena's base, or -1 (`address_in_range`). */
  lookup(address: number, bases: Float64Array): number {
    const chunk = Math.floor(address / this.arenaSize);
    let lo: number;
    let hi: number;
    if (this.dense) {
      const i = chunk - this.first;
      if (!(i >= 0 && i < this.winHi.length)) return -1;
      lo = this.winLo[i]!;
      hi = this.winHi[i]!;
    } else {
      const s = this.slot(chunk, false);
      if (s < 0) return -1;
      lo = this.lo[s]!;
      hi = this.hi[s]!;
    }
    const tail = address - chunk * this.arenaSize;
    if (lo !== EMPTY && tail < bases[lo]! - (chunk - 1) * this.arenaSize) return lo;
    if (hi !== EMPTY && tail >= bases[hi]! - chunk * this.arenaSize) return hi;
    return -1;
  }
}
