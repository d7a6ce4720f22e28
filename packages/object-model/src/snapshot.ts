// Copying component state for snapshots (time travel seeks from the nearest snapshot instead
// of replaying the whole log). A snapshot is a deep copy of a component's own fields: objects
// with a `clone()` method are cloned, typed arrays, arrays, Maps and Sets are copied,
// primitives kept; fields named in `skip` (shared, immutable collaborators such as the type
// registry) are left out.

function copy(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { clone?: unknown }).clone === 'function') {
    return (value as { clone(): unknown }).clone();
  }
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): unknown }).slice();
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copy(v)]));
  if (value instanceof Set) return new Set(value);
  return value;
}

/**
 * A deep copy of `owner`'s own fields except `skip`, frozen at the top level.
 *
 * @example
 * ```ts
 * const s = snapshotFields(this, ['types']);
 * // ... later
 * restoreFields(this, s);
 * ```
 */
export function snapshotFields(owner: object, skip: readonly string[] = []): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(owner)) {
    if (skip.includes(k) || typeof v === 'function') continue;
    out[k] = copy(v);
  }
  return Object.freeze(out);
}

/** Writes a copy of a {@link snapshotFields} result back into `owner` (the snapshot stays reusable). */
export function restoreFields(owner: object, snapshot: Readonly<Record<string, unknown>>): void {
  const target = owner as Record<string, unknown>;
  for (const [k, v] of Object.entries(snapshot)) target[k] = copy(v);
}
