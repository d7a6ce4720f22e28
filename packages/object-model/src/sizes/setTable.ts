// A CPython 3.11 set/frozenset hash table, slot for slot: what `sys.getsizeof` reports after
// each add, discard or merge, and the iteration order. Mirrors Objects/setobject.c:
// `set_add_entry`, `set_insert_clean`, `set_table_resize`, `set_discard_entry`, `set_merge`,
// `set_update_internal`, `set_pop`. Start at `createSetTable`.
//
// Each slot is empty, active (a key and its hash) or a dummy (a discarded key). `fill` counts
// active + dummy slots, `used` active ones. An add that takes an empty slot makes
// `fill * 5 >= mask * 3` trigger a resize to the smallest power of two above `used * 4`
// (`used * 2` past 50000 items); an add reuses the last dummy it passed on its probe path,
// which is why sizes after discards depend on the hashes. Tables of 8 slots live inside the
// set object (`smalltable`); larger ones are a separate allocation counted by getsizeof.
import { GC_HEAD_SIZE } from '../layout.js';

/** `sizeof(PySetObject)`, including the inline 8-entry table, without the GC header. */
export const SET_BASIC_SIZE = 200;

/** `PySet_MINSIZE`. */
export const SET_MINSIZE = 8;

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const EMPTY = 0;
const ACTIVE = 1;
const DUMMY = 2;

const TWO_53 = 2n ** 53n;

/** The open-addressing walk of setobject.c: `i = (i * 5 + 1 + (perturb >>= 5)) & mask`, with
 *  `perturb` the unsigned 64-bit hash. Hashes below 2^53 use plain numbers (the common case of
 *  small non-negative ints), others bigint. */
function startProbe(hash: bigint, mask: number): { index: number; next(i: number): number } {
  const size = mask + 1;
  if (hash < TWO_53) {
    let perturb = Number(hash);
    return {
      index: perturb % size,
      next(i) {
        perturb = Math.floor(perturb / 32);
        return (i * 5 + 1 + (perturb % size)) % size;
      },
    };
  }
  let perturb = hash;
  const m = BigInt(mask);
  return {
    index: Number(hash & m),
    next(i) {
      perturb >>= PERTURB_SHIFT;
      return Number((BigInt(i) * 5n + 1n + perturb) & m);
    },
  };
}

/**
 * `sys.getsizeof` of a set or frozenset whose table has `slots` slots.
 *
 * @example
 * ```ts
 * sizeofSet(8); // 216
 * sizeofSet(32); // 728
 * ```
 */
export function sizeofSet(slots: number): number {
  return SET_BASIC_SIZE + GC_HEAD_SIZE + (slots > SET_MINSIZE ? 16 * slots : 0);
}

/**
 * `set_table_resize`'s size: the smallest power of two, at least 8, greater than `minused`.
 *
 * @example
 * ```ts
 * setTableSizeFor(20); // 32
 * setTableSizeFor(16); // 32
 * ```
 */
export function setTableSizeFor(minused: number): number {
  let size = SET_MINSIZE;
  while (size <= minused) size *= 2;
  return size;
}

/** A set's hash table holding keys of type `K` with their Python hashes. */
export interface SetTable<K> {
  /** Slots in the table (`mask + 1`). */
  readonly slots: number;
  /** Active + dummy slots. */
  readonly fill: number;
  /** Active slots: `len(s)`. */
  readonly used: number;
  /** `s.add(key)`; returns false if an equal key was already there. */
  add(key: K, hash: bigint): boolean;
  /** `s.discard(key)` / `s.remove(key)`; returns whether the key was there. */
  discard(key: K, hash: bigint): boolean;
  /** Whether an equal key is in the set. */
  has(key: K, hash: bigint): boolean;
  /** `s.pop()`: the first active slot from the search finger; undefined when empty. */
  pop(): K | undefined;
  /** `s.clear()`: back to the empty inline table. */
  clear(): void;
  /** `s.update(other)` / `set(other)` with `other` a set or frozenset (`set_merge`). */
  merge(other: SetTable<K>): void;
  /** `s.update(d)` / `set(d)` with `d` a dict of `count` keys given in dict order. */
  updateFromDict(keys: readonly (readonly [K, bigint])[]): void;
  /** Keys in iteration (slot) order. */
  keys(): K[];
  /** The raw slots (state 0 empty, 1 active, 2 dummy; unsigned hashes; keys), for viewers. */
  table(): { readonly state: readonly number[]; readonly hashes: readonly bigint[]; readonly keys: readonly (K | undefined)[] };
  /** Active entries in slot order, with their hashes. */
  entries(): [K, bigint][];
  /** `sys.getsizeof`. */
  sizeof(): number;
}

/**
 * An empty set table. Keys are equal when their hashes are equal and `equals` says so
 * (default `===`, enough for numbers, strings and handles). Hashes are Python's `hash()`
 * values (signed 64-bit) as bigint.
 *
 * @example
 * ```ts
 * const s = createSetTable<number>();
 * for (let i = 0; i < 5; i++) s.add(i, BigInt(i));
 * s.sizeof(); // 728: the 5th add resized 8 slots to 32
 * ```
 */
export function createSetTable<K>(equals: (a: K, b: K) => boolean = (a, b) => a === b): SetTable<K> {
  let mask = SET_MINSIZE - 1;
  let state = new Uint8Array(SET_MINSIZE);
  let hashes: bigint[] = new Array<bigint>(SET_MINSIZE).fill(0n);
  let keys: (K | undefined)[] = new Array<K | undefined>(SET_MINSIZE);
  let fill = 0;
  let used = 0;
  let finger = 0;

  const insertClean = (st: Uint8Array, hs: bigint[], ks: (K | undefined)[], m: number, key: K, hash: bigint): void => {
    const probe = startProbe(hash, m);
    let i = probe.index;
    for (;;) {
      if (st[i] === EMPTY) return place(st, hs, ks, i, key, hash);
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (st[i + j] === EMPTY) return place(st, hs, ks, i + j, key, hash);
        }
      }
      i = probe.next(i);
    }
  };

  const place = (st: Uint8Array, hs: bigint[], ks: (K | undefined)[], i: number, key: K, hash: bigint): void => {
    st[i] = ACTIVE;
    hs[i] = hash;
    ks[i] = key;
  };

  const resize = (minused: number): void => {
    const newSize = setTableSizeFor(minused);
    const oldState = state;
    const oldHashes = hashes;
    const oldKeys = keys;
    const oldSlots = mask + 1;
    if (newSize === SET_MINSIZE && oldSlots === SET_MINSIZE && fill === used) return;
    mask = newSize - 1;
    state = new Uint8Array(newSize);
    hashes = new Array<bigint>(newSize).fill(0n);
    keys = new Array<K | undefined>(newSize);
    fill = used;
    for (let i = 0; i < oldSlots; i++) {
      if (oldState[i] === ACTIVE) insertClean(state, hashes, keys, mask, oldKeys[i] as K, oldHashes[i]!);
    }
  };

  /** Probe for `key`; returns [index of the match or -1, index of the empty slot ending the
   *  probe, index of the last dummy passed or -1]. */
  const lookup = (key: K, hash: bigint): [number, number, number] => {
    const probe = startProbe(hash, mask);
    let i = probe.index;
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const at = i + j;
        const s = state[at];
        if (s === EMPTY) return [-1, at, freeslot];
        if (s === ACTIVE) {
          if (hashes[at] === hash && equals(keys[at] as K, key)) return [at, -1, freeslot];
        } else freeslot = at;
      }
      i = probe.next(i);
    }
  };

  const toUnsigned = (h: bigint): bigint => BigInt.asUintN(64, h);

  const addEntry = (key: K, signedHash: bigint): boolean => {
    const hash = toUnsigned(signedHash);
    const [found, empty, freeslot] = lookup(key, hash);
    if (found >= 0) return false;
    if (freeslot >= 0) {
      place(state, hashes, keys, freeslot, key, hash);
      used += 1;
      return true;
    }
    place(state, hashes, keys, empty, key, hash);
    fill += 1;
    used += 1;
    if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
    return true;
  };

  const self: SetTable<K> = {
    get slots() { return mask + 1; },
    get fill() { return fill; },
    get used() { return used; },
    add: addEntry,
    discard(key, signedHash) {
      const [found] = lookup(key, toUnsigned(signedHash));
      if (found < 0) return false;
      state[found] = DUMMY;
      keys[found] = undefined;
      used -= 1;
      return true;
    },
    has(key, signedHash) {
      return lookup(key, toUnsigned(signedHash))[0] >= 0;
    },
    pop() {
      if (used === 0) return undefined;
      let i = finger & mask;
      while (state[i] !== ACTIVE) i = i + 1 > mask ? 0 : i + 1;
      const key = keys[i] as K;
      state[i] = DUMMY;
      keys[i] = undefined;
      used -= 1;
      finger = i + 1;
      return key;
    },
    clear() {
      mask = SET_MINSIZE - 1;
      state = new Uint8Array(SET_MINSIZE);
      hashes = new Array<bigint>(SET_MINSIZE).fill(0n);
      keys = new Array<K | undefined>(SET_MINSIZE);
      fill = 0;
      used = 0;
    },
    merge(other) {
      if (other === self || other.used === 0) return;
      if ((fill + other.used) * 5 >= mask * 3) resize((used + other.used) * 2);
      const entries = other.entries();
      if (fill === 0 && mask + 1 === other.slots && other.fill === other.used) {
        // An empty table of the same size as a dummy-free other: copied slot for slot.
        const t = other.table();
        state = Uint8Array.from(t.state);
        hashes = [...t.hashes];
        keys = [...t.keys];
        fill = other.fill;
        used = other.used;
        return;
      }
      if (fill === 0) {
        // An empty table: the other's active keys are inserted clean, in its slot order.
        for (const [k, h] of entries) insertClean(state, hashes, keys, mask, k, h);
        fill = other.used;
        used = other.used;
        return;
      }
      for (const [k, h] of entries) addEntry(k, BigInt.asIntN(64, h));
    },
    updateFromDict(dictKeys) {
      if ((fill + dictKeys.length) * 5 >= mask * 3) resize((used + dictKeys.length) * 2);
      for (const [k, h] of dictKeys) addEntry(k, h);
    },
    keys() {
      const out: K[] = [];
      for (let i = 0; i <= mask; i++) if (state[i] === ACTIVE) out.push(keys[i] as K);
      return out;
    },
    table() {
      return { state: [...state], hashes: [...hashes], keys: [...keys] };
    },
    entries() {
      const out: [K, bigint][] = [];
      for (let i = 0; i <= mask; i++) if (state[i] === ACTIVE) out.push([keys[i] as K, hashes[i]!]);
      return out;
    },
    sizeof() {
      return sizeofSet(mask + 1);
    },
  };
  return self;
}

/**
 * Python's `hash()` of an int (64-bit): the value modulo 2^61 - 1 with the sign kept, and
 * -1 mapped to -2.
 *
 * @example
 * ```ts
 * hashInt(5n); // 5n
 * hashInt(-1n); // -2n
 * hashInt(2n ** 61n - 1n); // 0n
 * ```
 */
export function hashInt(value: bigint): bigint {
  const P = (1n << 61n) - 1n;
  const neg = value < 0n;
  let h = (neg ? -value : value) % P;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}
