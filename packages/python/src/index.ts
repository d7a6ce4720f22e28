// Public API of @pymem/python: runs Python-subset programs on the simulated runtime.
export type { ReferencePython } from './reference.js';
export { REFERENCE_VERSION, referencePython } from './reference.js';
