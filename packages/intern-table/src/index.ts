// Public API of @pymem/intern-table: static objects, the interned-string table and the free
// lists of CPython 3.11 (the caches that decide identity and id() reuse).
export type { InternCached, InternAdded, InternRemoved, FreeListBufferReleased, InternTableEvent } from './events.js';
export { internTableEventSpecs } from './events.js';
export type { FreeListName, InternView, InternTable } from './internTable.js';
export {
  FREE_LIST_LIMITS, TUPLE_FREE_LIST_BUCKETS, DICT_KEYS_FREE_LIST_SIZE, SMALL_INT_MIN, SMALL_INT_MAX,
  isIdentifierLike, createInternTable,
} from './internTable.js';
