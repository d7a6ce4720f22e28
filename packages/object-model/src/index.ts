// Public API of @pymem/object-model: types as data, layouts and sizes, the simulated heap.
export type { PreHeaderFlags } from './layout.js';
export { GC_HEAD_SIZE, MANAGED_DICT_PREHEADER_SIZE, preHeaderSize } from './layout.js';
