// The allocator seam as the runtime uses it (docs/CONTRACTS.md "Allocator interface"): CPython's
// PyObject_Malloc family. `createPoolAllocator()` of @pymem/pool-allocator is the real one; the
// small model here keeps a runtime usable without it (tests, custom profiles).

/**
 * What the runtime calls for every object block and auxiliary buffer.
 *
 * @example
 * ```ts
 * const a = createSimpleAllocator();
 * const p = a.malloc(56);
 * a.free(p);
 * a.malloc(56) === p; // true: LIFO reuse, like pymalloc's free blocks
 * ```
 */
export interface Allocator {
  /** Returns the block address for a request of `nbytes`. */
  malloc(nbytes: number): number;
  free(address: number): void;
  /** Returns the (possibly moved) block address. */
  realloc(address: number, nbytes: number): number;
}

/**
 * A stand-in allocator: 16-byte size classes, each a LIFO stack of freed blocks, fresh blocks
 * bumped from a fake heap. It gives id() reuse of same-class blocks as pymalloc does, but none
 * of pools and arenas.
 *
 * @example
 * ```ts
 * const rt = createRuntime({ allocator: createSimpleAllocator() });
 * ```
 */
export function createSimpleAllocator(base = 0x7f0000000000): Allocator {
  let top = base;
  const freeBlocks = new Map<number, number[]>();
  const sizes = new Map<number, number>();
  const classOf = (n: number): number => Math.max(16, (n + 15) & ~15);
  const malloc = (nbytes: number): number => {
    const c = classOf(nbytes);
    const stack = freeBlocks.get(c);
    const reused = stack?.pop();
    const address = reused ?? top;
    if (reused === undefined) top += c;
    sizes.set(address, c);
    return address;
  };
  const free = (address: number): void => {
    const c = sizes.get(address);
    if (c === undefined) throw new Error(`free of unknown block 0x${address.toString(16)}`);
    sizes.delete(address);
    let stack = freeBlocks.get(c);
    if (stack === undefined) freeBlocks.set(c, (stack = []));
    stack.push(address);
  };
  return {
    malloc,
    free,
    realloc(address, nbytes) {
      const c = sizes.get(address);
      if (c !== undefined && classOf(nbytes) === c) return address;
      const next = malloc(nbytes);
      free(address);
      return next;
    },
  };
}
