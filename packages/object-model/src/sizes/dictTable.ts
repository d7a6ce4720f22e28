// The size-relevant state of a CPython 3.11 dict: its keys table (slots, kind, entries) and,
// for instance dicts, the class's shared keys. Mirrors Objects/dictobject.c: `insertdict`,
// `insertion_resize`, `dictresize`, `calculate_log2_keysize`, `_PyDict_NewPresized`,
// `dict_merge`, `PyDict_Copy`, `_PyDict_SizeOf`, `init_inline_values`. Start at `createDictTable`.
//
// States of a dict's table (DictTable.log2Size):
//   0            the shared empty keys (`Py_EMPTY_KEYS`): `{}`, after `clear()`; not counted
//   3, 4, 5, ... a combined table of 2^log2Size slots, `unicode` (all keys exact str, 16-byte
//                entries) or general (24-byte entries)
// Transitions: the first insert makes an 8-slot table of the key's kind; an insert with no
// usable entry left, or of a non-str key into a unicode table, resizes to
// calculate_log2_keysize(used * 3); deletes never shrink (the entry stays used up);
// clear() returns to the empty keys.
import { GC_HEAD_SIZE } from '../layout.js';

/** `sizeof(PyDictObject)`: the dict header without keys table or GC header. */
export const DICT_BASIC_SIZE = 48;

/** Bytes of `PyDictKeysObject` before its index array. */
export const DICT_KEYS_HEADER_SIZE = 32;

/** `PyDict_LOG_MINSIZE`: the smallest real table has 8 slots. */
export const DICT_LOG_MINSIZE = 3;

/**
 * `USABLE_FRACTION(n)`: how many entries a table of `slots` slots holds (2/3, rounded down).
 *
 * @example
 * ```ts
 * usableFraction(8); // 5
 * usableFraction(64); // 42
 * ```
 */
export function usableFraction(slots: number): number {
  return Math.floor((slots * 2) / 3);
}

function bitLength(n: number): number {
  let bits = 0;
  while (n > 0) {
    n = Math.floor(n / 2);
    bits += 1;
  }
  return bits;
}

/**
 * `calculate_log2_keysize(minsize)`, bit for bit: `bit_length(((minsize | 8) - 1) | 7)`.
 * It is "the smallest power of two >= minsize" except that a minsize below 8 that is not 0
 * gives 16, and a power of two of 16 or more gives twice itself.
 *
 * @example
 * ```ts
 * calculateLog2Keysize(15); // 4 (16 slots)
 * calculateLog2Keysize(3); // 4: inserting an int into a 1-key str dict gives 16 slots
 * calculateLog2Keysize(16); // 5
 * ```
 */
export function calculateLog2Keysize(minsize: number): number {
  const m = (minsize | 8) - 1;
  return bitLength(m | 7);
}

/**
 * `estimate_log2_keysize(n)`: a table that holds `n` entries without resizing.
 *
 * @example
 * ```ts
 * estimateLog2Keysize(6); // 4
 * estimateLog2Keysize(11); // 5
 * ```
 */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/**
 * Bytes of a combined keys table (`_PyDict_KeysSize`): header, an index array of 1, 2, 4 or
 * 8 bytes per slot, and `USABLE_FRACTION(slots)` entries of 16 bytes (unicode) or 24.
 *
 * @example
 * ```ts
 * dictKeysSize(3, false); // 160
 * dictKeysSize(3, true); // 120
 * ```
 */
export function dictKeysSize(log2Size: number, unicode: boolean): number {
  const slots = 2 ** log2Size;
  const indexBytes = log2Size < 8 ? 1 : log2Size < 16 ? 2 : log2Size < 32 ? 4 : 8;
  return DICT_KEYS_HEADER_SIZE + indexBytes * slots + usableFraction(slots) * (unicode ? 16 : 24);
}

/** A snapshot of a dict's combined table. */
export interface DictTableState {
  /** 0 for the shared empty keys, else log2 of the slot count. */
  readonly log2Size: number;
  /** All keys are exact str (16-byte entries); the empty keys count as unicode. */
  readonly unicode: boolean;
  /** `ma_used`: live items. */
  readonly used: number;
  /** `dk_nentries`: entries ever used in this table (deleted ones stay used). */
  readonly nentries: number;
  /** `dk_usable`: entries still free in this table. */
  readonly usable: number;
}

/**
 * A combined dict table as a small state machine. The caller says what happened (a new key
 * of some kind, a delete, a clear); the table follows CPython's resizes and reports
 * `sys.getsizeof`. Replacing the value of an existing key changes nothing here.
 */
export interface DictTable extends DictTableState {
  /** A key not yet in the dict is inserted (`d[k] = v`, `setdefault`, `MAP_ADD`). */
  insert(keyIsStr: boolean): void;
  /** A key is removed (`del d[k]`, `pop`): `used` drops, the table stays. */
  remove(): void;
  /** `d.clear()`: back to the shared empty keys. */
  clear(): void;
  /** `dict_merge(self, other)` for `d.update(other)` / `dict(other)` with `other` a plain dict;
   *  `newKeys` says, for each of other's keys in order, whether it is new here and a str. */
  merge(other: DictTableState, newKeys: readonly { readonly isNew: boolean; readonly isStr: boolean }[]): void;
  /** `d.copy()` (`PyDict_Copy`) of this dict, whose keys are all str or not as `allStr` says. */
  copy(): DictTable;
  /** `sys.getsizeof` of the dict now. */
  sizeof(): number;
  /** A plain-object snapshot. */
  state(): DictTableState;
}

/**
 * A dict table, empty (`{}`, `dict()`, a comprehension before its first item) or in a given state.
 *
 * @example
 * ```ts
 * const d = createDictTable();
 * d.sizeof(); // 64
 * for (let i = 0; i < 6; i++) d.insert(false);
 * d.sizeof(); // 352: the 6th int key grew the table to 16 slots
 * ```
 */
export function createDictTable(init?: DictTableState): DictTable {
  return new CombinedTable(init);
}

/**
 * The state machine behind {@link createDictTable}. A class rather than closures: the
 * interpreter makes one per dict, and closures with getters cost an allocation per method and
 * a slow property read on every insert (measured: 9% of a dict-heavy program's time).
 */
class CombinedTable implements DictTable {
  log2Size: number;
  unicode: boolean;
  used: number;
  nentries: number;
  usable: number;

  constructor(init?: DictTableState) {
    this.log2Size = init?.log2Size ?? 0;
    this.unicode = init?.unicode ?? true;
    this.used = init?.used ?? 0;
    this.nentries = init?.nentries ?? 0;
    this.usable = init?.usable ?? 0;
  }

  private resize(newLog2: number, toUnicode: boolean): void {
    this.log2Size = newLog2;
    this.unicode = toUnicode;
    this.nentries = this.used;
    this.usable = usableFraction(2 ** newLog2) - this.used;
  }

  insert(keyIsStr: boolean): void {
    if (this.log2Size === 0) {
      // insert_to_emptydict
      this.log2Size = DICT_LOG_MINSIZE;
      this.unicode = keyIsStr;
      this.used = 1;
      this.nentries = 1;
      this.usable = usableFraction(8) - 1;
      return;
    }
    if (this.unicode && !keyIsStr) this.resize(calculateLog2Keysize(this.used * 3), false);
    if (this.usable <= 0) this.resize(calculateLog2Keysize(this.used * 3), this.unicode);
    this.used += 1;
    this.nentries += 1;
    this.usable -= 1;
  }

  remove(): void {
    if (this.used <= 0) throw new RangeError('remove() from an empty dict');
    this.used -= 1;
  }

  clear(): void {
    this.log2Size = 0;
    this.unicode = true;
    this.used = 0;
    this.nentries = 0;
    this.usable = 0;
  }

  merge(other: DictTableState, newKeys: readonly { readonly isNew: boolean; readonly isStr: boolean }[]): void {
    if (other.used === 0) return;
    if (this.used === 0 && other.log2Size !== 0 && other.used === other.nentries &&
      (other.log2Size === DICT_LOG_MINSIZE || usableFraction(2 ** other.log2Size / 2) < other.used)) {
      // clone_combined_dict_keys: the same table
      this.log2Size = other.log2Size;
      this.unicode = other.unicode;
      this.used = other.used;
      this.nentries = other.nentries;
      this.usable = other.usable;
      return;
    }
    const current = this.log2Size === 0 ? 1 : 2 ** this.log2Size;
    if (usableFraction(current) < other.used) this.resize(estimateLog2Keysize(this.used + other.used), other.unicode);
    for (const k of newKeys) if (k.isNew) this.insert(k.isStr);
  }

  copy(): DictTable {
    if (this.used === 0) return new CombinedTable();
    if (this.used >= Math.floor((this.nentries * 2) / 3)) return new CombinedTable(this);
    const c = new CombinedTable();
    // A sparse table is copied by inserting its live entries into a presized new table.
    const unicode = this.unicode;
    c.merge(this, Array.from({ length: this.used }, () => ({ isNew: true, isStr: unicode })));
    return c;
  }

  sizeof(): number {
    return DICT_BASIC_SIZE + GC_HEAD_SIZE + (this.log2Size === 0 ? 0 : dictKeysSize(this.log2Size, this.unicode));
  }

  state(): DictTableState {
    return { log2Size: this.log2Size, unicode: this.unicode, used: this.used, nentries: this.nentries, usable: this.usable };
  }
}

/**
 * `_PyDict_NewPresized(n)` as used by `BUILD_MAP n` / `BUILD_CONST_KEY_MAP n` (displays of up to
 * 15 pairs): up to 5 pairs start from the empty keys, more from a table for `n` entries,
 * unicode if every key of the display is a str. The caller then inserts the keys.
 *
 * @example
 * ```ts
 * const d = createPresizedDictTable(6, false);
 * for (let i = 0; i < 6; i++) d.insert(false);
 * d.sizeof(); // 352
 * ```
 */
export function createPresizedDictTable(n: number, allStrKeys: boolean): DictTable {
  if (n <= usableFraction(8)) return createDictTable();
  const log2 = estimateLog2Keysize(n);
  return createDictTable({ log2Size: log2, unicode: allStrKeys, used: 0, nentries: 0, usable: usableFraction(2 ** log2) });
}

/**
 * Whether CPython 3.11 presizes a dict display of `pairs` key/value pairs (no `**`): displays
 * of up to 15 pairs compile to `BUILD_MAP n` or `BUILD_CONST_KEY_MAP n`; longer ones to
 * `BUILD_MAP 0` and one `MAP_ADD` per pair (chunks of 17 merged by `DICT_UPDATE`, which on
 * an already grown table behaves as inserting one by one).
 *
 * @example
 * ```ts
 * dictDisplayIsPresized(15); // true
 * dictDisplayIsPresized(16); // false
 * ```
 */
export function dictDisplayIsPresized(pairs: number): boolean {
  return pairs * 2 <= 30;
}

/**
 * A class's shared (split) keys in 3.11 (`ht_cached_keys`): 64 slots, at most 30 names
 * (`SHARED_KEYS_MAX_SIZE`). Every new instance takes one usable slot while more than one is
 * left (`init_inline_values`), so the names a class can still add shrink as instances are made.
 */
export interface SharedKeys {
  /** `dk_nentries`: attribute names recorded so far. */
  readonly nentries: number;
  /** `dk_usable`. */
  readonly usable: number;
  /** A new instance is created (its values array gets `nentries + usable` slots, after the decrement). */
  newInstance(): number;
  /** An instance stores an attribute name not yet shared: true if the shared keys took it,
   *  false if the instance must switch to its own combined dict. */
  addName(): boolean;
  /** `sys.getsizeof(obj.__dict__)` of a materialised dict that still uses these keys. */
  sizeofSplitDict(): number;
}

/** `SHARED_KEYS_MAX_SIZE`. */
export const SHARED_KEYS_MAX_SIZE = 30;

/**
 * The shared keys a class gets when it is created.
 *
 * @example
 * ```ts
 * const keys = createSharedKeys();
 * keys.newInstance(); // 29 value slots
 * keys.addName(); keys.addName(); // x.a = 1; x.b = 2
 * keys.sizeofSplitDict(); // 64 + 8 * (2 + 27) = 296
 * ```
 */
export function createSharedKeys(): SharedKeys {
  let nentries = 0;
  let usable = SHARED_KEYS_MAX_SIZE;
  return {
    get nentries() { return nentries; },
    get usable() { return usable; },
    newInstance() {
      if (usable > 1) usable -= 1;
      return nentries + usable;
    },
    addName() {
      if (usable <= 0) return false;
      nentries += 1;
      usable -= 1;
      return true;
    },
    sizeofSplitDict() {
      return DICT_BASIC_SIZE + GC_HEAD_SIZE + 8 * (nentries + usable);
    },
  };
}

/**
 * Bytes of the values array (`new_values(size)`) a new instance allocates for `size` value
 * slots: a prefix of insertion-order bytes rounded up to 8, then 8 bytes per slot.
 *
 * @example
 * ```ts
 * instanceValuesBytes(29); // 264
 * instanceValuesBytes(3); // 32
 * ```
 */
export function instanceValuesBytes(size: number): number {
  const prefix = Math.ceil((size + 2) / 8) * 8;
  return prefix + 8 * size;
}

/**
 * The combined table an instance dict converts to when a key no longer fits the shared keys
 * (or a non-str key is stored): `insertion_resize` with the instance's `used` attributes.
 *
 * @example
 * ```ts
 * splitDictToCombined(2).sizeof(); // 272: a unicode table of 16 slots holding 2 entries
 * ```
 */
export function splitDictToCombined(used: number, unicode = true): DictTable {
  const log2 = calculateLog2Keysize(used * 3);
  return createDictTable({ log2Size: log2, unicode, used, nentries: used, usable: usableFraction(2 ** log2) - used });
}
