// Public API of @pymem/pool-allocator. pymalloc modelled exactly: arenas, pools, size classes and the _debugmallocstats report.
export { poolAllocatorEventSpecs } from './events.js';
