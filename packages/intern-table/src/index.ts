// Public API of @pymem/intern-table. Interned strings, the small-int cache, singletons and free lists of CPython 3.11.
export { internTableEventSpecs } from './events.js';
