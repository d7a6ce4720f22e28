// A small, stable hash for component state: two 32-bit FNV-style lanes fed with integers.
// Components feed their typed arrays in a fixed order; equal state gives an equal digest in
// every process (no Map iteration order, no object identity). Used by runtime.digest().

/**
 * Accumulates integers (and strings) into a stable 64-bit digest written as 16 hex digits.
 *
 * @example
 * ```ts
 * const h = createHasher();
 * h.int(42); h.str('list');
 * h.hex(); // the same 16 hex digits in every run
 * ```
 */
export interface Hasher {
  int(n: number): void;
  /** Feeds the first `length` entries of a typed array (or all of it). */
  ints(a: ArrayLike<number>, length?: number): void;
  str(s: string): void;
  hex(): string;
}

/** A fresh {@link Hasher}. */
export function createHasher(): Hasher {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const int = (n: number): void => {
    // Split into two 32-bit halves so addresses beyond 2^32 contribute fully.
    const lo = n | 0;
    const hi = Math.floor(n / 4294967296) | 0;
    a = Math.imul(a ^ lo, 0x01000193);
    b = Math.imul(b ^ lo, 0x5bd1e995) ^ (b >>> 15);
    a = Math.imul(a ^ hi, 0x01000193);
    b = Math.imul(b ^ hi, 0x5bd1e995) ^ (b >>> 13);
  };
  return {
    int,
    ints(arr, length = arr.length) {
      int(length);
      for (let i = 0; i < length; i++) int(arr[i]!);
    },
    str(s) {
      int(s.length);
      for (let i = 0; i < s.length; i++) int(s.charCodeAt(i));
    },
    hex() {
      return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
    },
  };
}
