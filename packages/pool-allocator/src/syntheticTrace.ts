// A small allocator trace made by the model itself (calls, arena mappings with some arenas
// misaligned, and the end table of the model), for tests and the fuzz campaign: it replays
// exactly, and its table part adds up as obmalloc.c prints it.
import { encodeAllocatorTrace, type AllocatorTraceCall } from './allocatorTrace.js';
import { formatMallocStats, mallocStats } from './mallocStats.js';
import { createPoolAllocator } from './poolAllocator.js';
import { createSimulatedSystem, type SystemMemory } from './systemMemory.js';

/** One step of a synthetic program: allocate `size` bytes, or (not `alloc`) realloc or free the live block `pick` chooses. */
export type SyntheticAllocatorStep = readonly [alloc: boolean, size: number, pick: number];

/** Free-list lines of the synthetic traces' type stats. */
export const SYNTHETIC_FREE_LISTS = '          14 free PyDictObjects * 48 bytes each =                  672\n   4 free 1-sized PyTupleObjects * 32 bytes each =                  128\n';

/** `inner`, with each arena it maps or releases pushed to `calls` as the recorder writes them. */
export function recordingSystem(inner: SystemMemory, calls: AllocatorTraceCall[]): SystemMemory {
  return {
    ...inner,
    mapArena(size) {
      const result = inner.mapArena(size);
      calls.push({ op: 'arenaAlloc', size, result });
      return result;
    },
    unmapArena(address, size) {
      calls.push({ op: 'arenaFree', ptr: address, size });
      inner.unmapArena(address, size);
    },
  };
}

/**
 * Runs a model on `steps` and writes what it did as an allocator trace.
 *
 * @example
 * ```ts
 * const { bytes } = synthesizeAllocatorTrace([[true, 16, 0], [true, 600, 0], [false, 0, 1]]);
 * formatMallocStats(mallocStats(replayAllocatorTrace(bytes).allocator)); // the trace's own table
 * ```
 */
export function synthesizeAllocatorTrace(steps: readonly SyntheticAllocatorStep[]): { bytes: Uint8Array; calls: AllocatorTraceCall[] } {
  const calls: AllocatorTraceCall[] = [];
  const system = recordingSystem(createSimulatedSystem({ misalignment: (n) => (n % 3 === 0 ? 0 : 4096) }), calls);
  const a = createPoolAllocator({}, { system });
  const live: number[] = [];
  for (const [alloc, size, pick] of steps) {
    if (alloc || live.length === 0) {
      const result = a.malloc(size);
      calls.push({ op: 'malloc', size, result, obj: pick % 2 === 0 });
      live.push(result);
    } else if (pick % 3 === 0) {
      const ptr = live.splice(pick % live.length, 1)[0]!;
      const result = a.realloc(ptr, size);
      calls.push({ op: 'realloc', ptr, size, result });
      live.push(result);
    } else {
      const ptr = live.splice(pick % live.length, 1)[0]!;
      a.free(ptr);
      calls.push({ op: 'free', ptr });
    }
  }
  const stats = mallocStats(a);
  const allocatedBlocks = stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0);
  return { bytes: encodeAllocatorTrace(calls, { stats: formatMallocStats(stats), typeStats: SYNTHETIC_FREE_LISTS, allocatedBlocks, elapsedNs: 1234 }), calls };
}
