// Replays an allocator trace recorded from real CPython through the pymalloc model: every
// call is fed to the allocator with the arena addresses (and raw-malloc results) the real
// process got, and every block address the model returns is checked against the recorded
// one, so the first divergence is reported with its byte offset. Start at `replayAllocatorTrace`.
import {
  AllocatorTraceError,
  readAllocatorTrace,
  TraceOp,
  type AllocatorTraceFooter,
  type AllocatorTraceHeader,
  type ReadAllocatorTraceOptions,
  type TraceByteSource,
} from './allocatorTrace.js';
import { InvalidAddressError, createPoolAllocator, type PoolAllocator, type PoolAllocatorOptions } from './poolAllocator.js';
import type { PoolParams } from './params.js';
import type { SystemMemory } from './systemMemory.js';

/** Options of {@link replayAllocatorTrace}. */
export interface ReplayAllocatorTraceOptions extends ReadAllocatorTraceOptions {
  /** Pool parameters (default CPython 3.11's; the recorded process used those). */
  readonly params?: Partial<PoolParams>;
  readonly emit?: PoolAllocatorOptions['emit'];
}

/** The replayed allocator and what the trace said about itself. */
export interface AllocatorReplay {
  readonly allocator: PoolAllocator;
  readonly header: AllocatorTraceHeader;
  readonly footer: AllocatorTraceFooter;
}

const hex = (n: number) => `0x${n.toString(16)}`;

/** The system below the model during a replay: it hands back what the real process got. */
class RecordedSystem implements SystemMemory {
  readonly arenas: number[] = [];
  readonly unmaps: number[] = [];
  result = 0;
  mapArena(): number {
    const a = this.arenas.shift();
    if (a === undefined) throw new Error('the model needs a new arena here, but the recorded process mapped none');
    return a;
  }
  unmapArena(address: number): void {
    const expected = this.unmaps.shift();
    if (expected !== address) {
      throw new Error(`the model releases the arena at ${hex(address)}, but the recorded process ${expected === undefined ? 'released none' : `released ${hex(expected)}`}`);
    }
  }
  rawMalloc(): number {
    return this.result;
  }
  rawRealloc(): number {
    return this.result;
  }
  rawFree(): void {}
}

/**
 * Feeds every recorded call to a fresh pool allocator and returns it, ready for
 * `mallocStats`. Streams the trace, so memory stays bounded.
 * @throws AllocatorTraceError naming the byte offset of a corrupt record or of the first call
 * where the model and the recorded process disagree.
 *
 * @example
 * ```ts
 * const { allocator, footer } = replayAllocatorTrace(bytes);
 * formatMallocStats(mallocStats(allocator)) === footer.stats; // true for a faithful model
 * ```
 */
export function replayAllocatorTrace(source: TraceByteSource, options: ReplayAllocatorTraceOptions = {}): AllocatorReplay {
  const system = new RecordedSystem();
  const allocator = createPoolAllocator(options.params ?? {}, { system, emit: options.emit });
  const { header, footer } = readAllocatorTrace(
    source,
    (batch) => {
      const { op, size, a, b, offset } = batch;
      let i = 0;
      try {
        for (; i < batch.count; i++) {
          switch (op[i]! & 15) {
            case TraceOp.malloc:
            case TraceOp.calloc: {
              system.result = a[i]!;
              const got = allocator.malloc(size[i]!);
              if (got !== a[i]) throw new Error(`malloc(${size[i]}) returned ${hex(a[i]!)} in the recorded process, ${hex(got)} in the model`);
              break;
            }
            case TraceOp.realloc: {
              system.result = b[i]!;
              const got = allocator.realloc(a[i]!, size[i]!);
              if (got !== b[i]) throw new Error(`realloc(${hex(a[i]!)}, ${size[i]}) returned ${hex(b[i]!)} in the recorded process, ${hex(got)} in the model`);
              break;
            }
            case TraceOp.free:
              allocator.free(a[i]!);
              break;
            case TraceOp.arenaAlloc:
              system.arenas.push(a[i]!);
              continue;
            case TraceOp.arenaFree:
              system.unmaps.push(a[i]!);
              continue;
            default:
              continue; // virtual alloc/free: frame data-stack chunks, not pymalloc's business
          }
          if (system.arenas.length !== 0 || system.unmaps.length !== 0) {
            throw new Error(
              system.arenas.length !== 0
                ? `the recorded process mapped an arena at ${hex(system.arenas[0]!)} that the model did not need`
                : `the recorded process released the arena at ${hex(system.unmaps[0]!)} but the model kept it`,
            );
          }
        }
      } catch (error) {
        if (error instanceof AllocatorTraceError) throw error;
        const detail = error instanceof InvalidAddressError || error instanceof Error ? error.message : String(error);
        throw new AllocatorTraceError(offset[i]!, `replay diverged: ${detail}`);
      }
    },
    options,
  );
  return { allocator, header, footer };
}
