// Handles as the collector sees them: the dense integers of docs/CONTRACTS.md. Kept local so
// this package's contract does not wait on @pymem/object-model; the two are the same `number`.

/** A dense integer naming a simulated object (docs/CONTRACTS.md "Handles"). */
export type Handle = number;

/** The handle that names no object: an empty slot, "no callback". */
export const NULL: Handle = -1;
