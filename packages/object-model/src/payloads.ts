// An optional side table where a front end keeps its own data per handle (the Python value a
// str or int object stands for, a function's code). Not event-sourced and not in the digest:
// the runtime only clears an entry when its object is freed (RuntimeHooks.payloadFreed).

/**
 * Front-end data per handle, in a plain array (dense handles make it cheap).
 *
 * @example
 * ```ts
 * const values = createPayloadTable<string>();
 * values.set(h, 'hello');
 * values.get(h); // 'hello'
 * ```
 */
export interface PayloadTable<T = unknown> {
  get(h: number): T | undefined;
  set(h: number, value: T): void;
  delete(h: number): void;
  has(h: number): boolean;
}

/** A fresh, empty {@link PayloadTable}. */
export function createPayloadTable<T = unknown>(): PayloadTable<T> {
  const values: (T | undefined)[] = [];
  return {
    // Bounds first: reading past the end of a JS array takes a slow path.
    get: (h) => (h < values.length ? values[h] : undefined),
    set: (h, v) => {
      values[h] = v;
    },
    delete: (h) => {
      if (h < values.length) values[h] = undefined;
    },
    has: (h) => h < values.length && values[h] !== undefined,
  };
}
