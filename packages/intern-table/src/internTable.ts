// The caches of CPython 3.11 that decide object identity: the static objects (small ints
// -5..256, None/True/False/Ellipsis/NotImplemented, the empty str/bytes/tuple, the 256
// one-character latin-1 strings and one-byte bytes), the interned-string table, and the free
// lists (float 100, tuple 2000 per length 1..20, list 80, dict 80, dict keys 80 for 8-slot
// str-key tables). Mirrors Objects/unicodeobject.c (interning), Objects/{float,tuple,list,
// dict}object.c (free lists) and Include/internal/pycore_runtime_init.h (static objects).
//
// Everything here changes only in `apply`. A free list is a LIFO stack:
//   object.freed{toFreeList}        pushes the handle (its memory stays reserved)
//   object.allocated{fromFreeList}  pops it (same handle, same address: id() is reused)
//   object.freed{fromFreeList}      pops it when the list is emptied (a gen2 collection)
// Interned strings are mortal in 3.11: the table holds them without counted references and a
// string leaves it (intern.removed) when its count reaches zero.
import type { PymemEvent } from '@pymem/events';
import { restoreFields, snapshotFields, type FreeListKind, type Hasher, type ObjectModelEvent } from '@pymem/object-model';
import type { InternTableEvent } from './events.js';

type Handle = number;

/** The kinds of free list, including the dict-keys buffer list. */
export type FreeListName = FreeListKind | 'dictKeys';

/** Maximum length of each free list (per bucket for tuples), from the 3.11 headers. */
export const FREE_LIST_LIMITS: Readonly<Record<FreeListName, number>> = {
  float: 100,
  tuple: 2000,
  list: 80,
  dict: 80,
  dictKeys: 80,
};

/** Tuples of length 1..20 have free lists (PyTuple_NFREELISTS). */
export const TUPLE_FREE_LIST_BUCKETS = 20;

/** Bytes of an 8-slot str-key dict keys object: the only keys that go to the keys free list. */
export const DICT_KEYS_FREE_LIST_SIZE = 32 + 8 + 5 * 16;

/** Small ints that are static objects (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`). */
export const SMALL_INT_MIN = -5;
/** See {@link SMALL_INT_MIN}. */
export const SMALL_INT_MAX = 256;

/**
 * True for strings the compiler interns: made only of ASCII letters, digits and `_`, of any
 * length (`all_name_chars` in Objects/codeobject.c). The empty string is cached anyway.
 *
 * @example
 * ```ts
 * isIdentifierLike('hello_world'); // true
 * isIdentifierLike('hello world'); // false
 * ```
 */
export function isIdentifierLike(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!ok) return false;
  }
  return true;
}

/**
 * Read-only view of the caches and free lists.
 *
 * @example
 * ```ts
 * runtime.intern.smallInt(5);        // the handle of the static 5
 * runtime.intern.lookup('hello');    // the interned 'hello', or -1
 * runtime.intern.freeListCount('list'); // parked lists
 * ```
 */
export interface InternView {
  /** The static object cached under `key` (see InternCached), or -1. */
  cached(key: string): Handle;
  /** The static small int, or -1 outside -5..256. */
  smallInt(value: number): Handle;
  /** The interned string with this text, or -1. */
  lookup(text: string): Handle;
  isInterned(h: Handle): boolean;
  /** The text an interned string was interned under, or undefined. */
  internedText(h: Handle): string | undefined;
  /** Number of interned strings. */
  readonly internedCount: number;
  freeListCount(kind: FreeListName, bucket?: number): number;
  /** The handle (or, for dictKeys, the buffer address) a pop would return; -1 if empty. */
  freeListTop(kind: FreeListName, bucket?: number): number;
  /** Whether a push is allowed (the list is below its limit). */
  freeListHasRoom(kind: FreeListName, bucket?: number): boolean;
}

/** The intern-table component. */
export interface InternTable extends InternView {
  apply(event: InternTableEvent | ObjectModelEvent | PymemEvent): void;
  /**
   * The free-list part of `apply` for an object that came off (`pop`) or went onto a free list,
   * given by the event's fields: for a runtime that applies its events directly when no one
   * else subscribes to its bus (same checks, same state).
   */
  applyFreeListObject(seq: number, kind: FreeListName, bucket: number | undefined, h: Handle, pop: boolean): void;
  /** The dictKeys free-list part of `apply` for an `object.bufferResized` event with `freeList: 'dictKeys'`. */
  applyFreeListKeys(seq: number, oldAddress: number, newSize: number, newAddress: number): void;
  digest(hasher: Hasher): void;
  /** An immutable copy of the caches and free lists, for {@link InternTable.restore}. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

const NO_HANDLES: readonly number[] = [];
// Map keys of the tuple free lists, made once (a template string per lookup showed in profiles).
const TUPLE_KEYS: readonly string[] = Array.from({ length: TUPLE_FREE_LIST_BUCKETS + 1 }, (_, i) => `tuple${i}`);
const listKey = (kind: FreeListName, bucket: number): string =>
  kind === 'tuple' ? (TUPLE_KEYS[bucket] ?? `tuple${bucket}`) : kind;

class Table implements InternTable {
  private readonly statics = new Map<string, Handle>();
  private readonly smallInts = new Int32Array(SMALL_INT_MAX - SMALL_INT_MIN + 1).fill(-1);
  private readonly interned = new Map<string, Handle>();
  private readonly textByHandle = new Map<Handle, string>();
  // One LIFO stack per list; tuples have one per length (index = length).
  private readonly lists = new Map<string, number[]>();

  get internedCount(): number {
    return this.interned.size;
  }

  // Reads must not create lists: the digest would then depend on what was asked.
  private peek(kind: FreeListName, bucket = 0): readonly number[] {
    return this.lists.get(listKey(kind, bucket)) ?? NO_HANDLES;
  }

  private stack(kind: FreeListName, bucket = 0): number[] {
    const key = listKey(kind, bucket);
    let s = this.lists.get(key);
    if (s === undefined) {
      s = [];
      this.lists.set(key, s);
    }
    return s;
  }

  cached(key: string): Handle {
    return this.statics.get(key) ?? -1;
  }
  smallInt(value: number): Handle {
    if (!Number.isInteger(value) || value < SMALL_INT_MIN || value > SMALL_INT_MAX) return -1;
    return this.smallInts[value - SMALL_INT_MIN]!;
  }
  lookup(text: string): Handle {
    return this.interned.get(text) ?? -1;
  }
  isInterned(h: Handle): boolean {
    return this.textByHandle.has(h);
  }
  internedText(h: Handle): string | undefined {
    return this.textByHandle.get(h);
  }
  freeListCount(kind: FreeListName, bucket?: number): number {
    return this.peek(kind, bucket).length;
  }
  freeListTop(kind: FreeListName, bucket?: number): number {
    const s = this.peek(kind, bucket);
    return s.length > 0 ? s[s.length - 1]! : -1;
  }
  freeListHasRoom(kind: FreeListName, bucket?: number): boolean {
    if (kind === 'tuple' && (bucket === undefined || bucket < 1 || bucket > TUPLE_FREE_LIST_BUCKETS)) return false;
    return this.peek(kind, bucket).length < FREE_LIST_LIMITS[kind];
  }

  apply(event: PymemEvent): void {
    const e = event as InternTableEvent | ObjectModelEvent;
    switch (e.type) {
      case 'intern.cached': {
        this.statics.set(e.key, e.handle);
        if (e.key.startsWith('int:')) {
          const v = Number(e.key.slice(4));
          this.smallInts[v - SMALL_INT_MIN] = e.handle;
        }
        return;
      }
      case 'intern.added':
        this.interned.set(e.text, e.handle);
        this.textByHandle.set(e.handle, e.text);
        return;
      case 'intern.removed':
        this.interned.delete(e.text);
        this.textByHandle.delete(e.handle);
        return;
      case 'object.allocated':
        if (e.fromFreeList !== null) this.pop(e.seq, e.fromFreeList, e.bucket, e.handle);
        return;
      case 'object.freed':
        if (e.fromFreeList !== undefined) this.pop(e.seq, e.fromFreeList, e.bucket, e.handle);
        else if (e.toFreeList !== null) this.stack(e.toFreeList, e.bucket).push(e.handle);
        return;
      case 'object.bufferResized':
        if (e.freeList === 'dictKeys') this.applyFreeListKeys(e.seq, e.oldAddress, e.newSize, e.newAddress);
        return;
      case 'freelist.bufferReleased':
        this.pop(e.seq, e.kind, undefined, e.address);
        return;
      default:
        return;
    }
  }

  applyFreeListObject(seq: number, kind: FreeListName, bucket: number | undefined, h: Handle, pop: boolean): void {
    if (pop) this.pop(seq, kind, bucket, h);
    else this.stack(kind, bucket).push(h);
  }

  applyFreeListKeys(seq: number, oldAddress: number, newSize: number, newAddress: number): void {
    if (newSize === 0) this.stack('dictKeys').push(oldAddress);
    else this.pop(seq, 'dictKeys', undefined, newAddress);
  }

  private pop(seq: number, kind: FreeListName, bucket: number | undefined, expected: number): void {
    const s = this.stack(kind, bucket);
    const top = s.pop();
    if (top !== expected) {
      throw new Error(`seq ${seq}: free list ${kind}${bucket ?? ''} top is ${top ?? 'empty'}, the event took ${expected}`);
    }
  }

  snapshot(): unknown {
    return snapshotFields(this);
  }
  restore(snapshot: unknown): void {
    restoreFields(this, snapshot as Readonly<Record<string, unknown>>);
  }

  digest(hasher: Hasher): void {
    for (const key of [...this.statics.keys()].sort()) {
      hasher.str(key);
      hasher.int(this.statics.get(key)!);
    }
    for (const text of [...this.interned.keys()].sort()) {
      hasher.str(text);
      hasher.int(this.interned.get(text)!);
    }
    for (const key of [...this.lists.keys()].sort()) {
      if (this.lists.get(key)!.length === 0) continue;
      hasher.str(key);
      hasher.ints(this.lists.get(key)!);
    }
  }
}

/**
 * A fresh, empty intern table (the runtime fills the static caches at start-up).
 *
 * @example
 * ```ts
 * const t = createInternTable();
 * t.apply({ type: 'intern.added', seq: 0, handle: 7, text: 'spam' });
 * t.lookup('spam'); // 7
 * ```
 */
export function createInternTable(): InternTable {
  return new Table();
}
