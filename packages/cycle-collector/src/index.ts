// Public API of @pymem/cycle-collector. CPython 3.11's generational cycle collector, one implementation of the open Collector interface.
export { cycleCollectorEventSpecs } from './events.js';
