// Public API of @pymem/runtime: composes the component packages into a CPython profile.
export { runtimeEventSpecs, eventSpecParts } from './eventSpecs.js';
