// Intrusive doubly linked lists over handles, the PyGC_Head `_gc_next`/`_gc_prev` pair of
// Modules/gcmodule.c as two Int32Arrays. Node i < HEADS is a list head; object h is node
// h + HEADS. A node whose `next` is -1 is in no list (untracked, `_gc_next == 0`).
// gc_refs and the COLLECTING / UNREACHABLE bits live in their own arrays beside them.

/** Number of list heads kept before the object nodes. */
export const HEADS = 16;

/** The list heads the collectors use. */
export const Head = {
  gen0: 0,
  gen1: 1,
  gen2: 2,
  permanent: 3,
  unreachable: 4,
  finalizers: 5,
  wrcbToCall: 6,
  stillUnreachable: 7,
  seen: 8,
  scratch: 9,
} as const;

/** Flag bits per object node (PREV_MASK_COLLECTING, NEXT_MASK_UNREACHABLE). */
export const COLLECTING = 1;
export const UNREACHABLE = 2;

/**
 * The node arrays. Grows by doubling; `ensure(h)` before linking handle `h`.
 * Every list is circular through its head, as in CPython.
 */
export class GcLists {
  next: Int32Array;
  prev: Int32Array;
  /** gc_refs of each node during a collection. */
  refs: Int32Array;
  flags: Uint8Array;

  constructor(capacity = 1024) {
    const n = capacity + HEADS;
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);
    this.refs = new Int32Array(n);
    this.flags = new Uint8Array(n);
    for (let i = 0; i < HEADS; i++) this.init(i);
  }

  /** Makes room for handles below `capacity`. */
  ensure(capacity: number): void {
    const need = capacity + HEADS;
    if (need <= this.next.length) return;
    let n = this.next.length;
    while (n < need) n *= 2;
    const grow = (a: Int32Array, fill: number): Int32Array => {
      const b = new Int32Array(n).fill(fill, a.length);
      b.set(a);
      return b;
    };
    this.next = grow(this.next, -1);
    this.prev = grow(this.prev, -1);
    this.refs = grow(this.refs, 0);
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }

  /** The node is linked into some list. */
  linked(node: number): boolean {
    return node < this.next.length && this.next[node]! !== -1;
  }

  init(head: number): void {
    this.next[head] = head;
    this.prev[head] = head;
  }

  isEmpty(head: number): boolean {
    return this.next[head] === head;
  }

  first(head: number): number {
    return this.next[head]!;
  }

  /** gc_list_append: links `node` at the end of `head`'s list. */
  append(node: number, head: number): void {
    const last = this.prev[head]!;
    this.next[last] = node;
    this.prev[node] = last;
    this.next[node] = head;
    this.prev[head] = node;
  }

  /** gc_list_remove: unlinks `node` (it is then in no list). */
  remove(node: number): void {
    const p = this.prev[node]!;
    const n = this.next[node]!;
    this.next[p] = n;
    this.prev[n] = p;
    this.next[node] = -1;
    this.prev[node] = -1;
  }

  /** gc_list_move: unlinks `node` from its list and appends it to `head`'s. */
  move(node: number, head: number): void {
    const p = this.prev[node]!;
    const n = this.next[node]!;
    this.next[p] = n;
    this.prev[n] = p;
    this.append(node, head);
  }

  /** gc_list_merge: appends all of `from` to the end of `to`; `from` becomes empty. */
  merge(from: number, to: number): void {
    if (from === to || this.isEmpty(from)) return;
    const toLast = this.prev[to]!;
    const fromFirst = this.next[from]!;
    const fromLast = this.prev[from]!;
    this.next[toLast] = fromFirst;
    this.prev[fromFirst] = toLast;
    this.next[fromLast] = to;
    this.prev[to] = fromLast;
    this.init(from);
  }

  /** gc_list_size: O(n), as in CPython. */
  size(head: number): number {
    let n = 0;
    const next = this.next;
    for (let node = next[head]!; node !== head; node = next[node]!) n++;
    return n;
  }

  /** The handles of a list in order. */
  handles(head: number): number[] {
    const out: number[] = [];
    const next = this.next;
    for (let node = next[head]!; node !== head; node = next[node]!) out.push(node - HEADS);
    return out;
  }
}
