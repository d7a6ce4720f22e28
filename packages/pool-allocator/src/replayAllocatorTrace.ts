// Replays an allocator trace recorded from real CPython through the pymalloc model: every
// call is fed to the allocator with the arena addresses (and raw-malloc results) the real
// process got, and every block address the model returns is checked against the recorded
// one, so the first divergence is reported with its byte offset. Start at `replayAllocatorTrace`.
import {
  AllocatorTraceError,
  checkCallRecord,
  DOMAIN_OBJ,
  TraceOp,
  walkAllocatorTrace,
  type TraceRecordConsumer,
  type AllocatorTraceFooter,
  type AllocatorTraceHeader,
  type ReadAllocatorTraceOptions,
  type TraceByteSource,
} from './allocatorTrace.js';
import { InvalidAddressError, createPoolAllocator, type PoolAllocator, type PoolAllocatorOptions } from './poolAllocator.js';
import type { PoolParams } from './params.js';
import type { SystemMemory } from './systemMemory.js';
import type { TraceAnnotationHandlers } from './traceAnnotations.js';

/**
 * Sees the blocks of a replay as they come and go (reports and exports build on it). Called
 * after the model applied (and checked) the call, except `releasing`.
 */
export interface ReplayObserver {
  /**
   * malloc, calloc or realloc returned `address` for `size` bytes, asked at location `site` (0:
   * none); called after the model served it. `blockIndex` is the model's
   * {@link PoolAllocator.blockIndexOf} of it (-1: raw memory). A realloc that succeeds is
   * `freed(old)` then `allocated(new)`, both after the model ran it (the same address when the
   * block stays in place).
   */
  allocated(address: number, size: number, site: number, blockIndex: number): void;
  /**
   * free of a block, called after the model freed it, with the index the block had while live
   * (-1: raw memory); free(NULL) is not reported.
   */
  freed(address: number, blockIndex: number): void;
  /** The next call releases the arena at `address`: the model still holds it. */
  releasing(address: number): void;
  /** Called once before the first record, with the model the replay drives. */
  start?(allocator: PoolAllocator): void;
}

/** Options of {@link replayAllocatorTrace}. */
export interface ReplayAllocatorTraceOptions extends ReadAllocatorTraceOptions, TraceAnnotationHandlers {
  /** Pool parameters (default CPython 3.11's; the recorded process used those). */
  readonly params?: Partial<PoolParams>;
  readonly emit?: PoolAllocatorOptions['emit'];
  readonly observer?: ReplayObserver;
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
  /** arenas.length + unmaps.length, checked after every call. */
  pending = 0;
  result = 0;
  mapArena(): number {
    const a = this.arenas.shift();
    if (a === undefined) throw new Error('the model needs a new arena here, but the recorded process mapped none');
    this.pending--;
    return a;
  }
  unmapArena(address: number): void {
    const expected = this.unmaps.shift();
    if (expected !== address) {
      throw new Error(`the model releases the arena at ${hex(address)}, but the recorded process ${expected === undefined ? 'released none' : `released ${hex(expected)}`}`);
    }
    this.pending--;
  }
  rawMalloc(): number {
    return this.result;
  }
  rawRealloc(): number {
    return this.result;
  }
  rawFree(): void {}
  unexpected(): string {
    return this.arenas.length !== 0
      ? `the recorded process mapped an arena at ${hex(this.arenas[0]!)} that the model did not need`
      : `the recorded process released the arena at ${hex(this.unmaps[0]!)} but the model kept it`;
  }
}

const TWO32 = 4294967296;
const HI_LIMIT = 1 << 21;

/**
 * Feeds every recorded call to a fresh pool allocator and returns it, ready for
 * `mallocStats`. Streams the trace, so memory stays bounded. Records are decoded and applied
 * in one pass over the trace's words (no intermediate arrays): this loop is the hot path of
 * the replay benchmark.
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
  const consumer: TraceRecordConsumer & { calls: number } = { calls: 0, consume: (_w, pos) => pos };
  const observer = options.observer;
  observer?.start?.(allocator);
  let site = 0;
  consumer.consume = (words, pos, avail, base) => {
    let at = pos;
    let calls = 0;
    try {
      records: while (pos < avail) {
        at = pos;
        const w = words[pos]!;
        if ((w & 32) !== 0) {
          // A size of 64 MiB or more: always raw malloc; take the general path.
          if ((w & 15) < 1 || (w & 15) > 8) break records;
          const len = 3 + ((w & 15) === TraceOp.realloc ? 4 : 2);
          if (pos + len > avail) break records;
          checkCallRecord(words, pos, base);
          applyBig(words, pos);
          pos += len;
          calls++;
          continue;
        }
        switch (w & 15) {
          case TraceOp.malloc:
          case TraceOp.calloc: {
            if (pos + 3 > avail) break records;
            const hi = words[pos + 2]!;
            if (hi >= HI_LIMIT) checkCallRecord(words, pos, base);
            const result = words[pos + 1]! + hi * TWO32;
            system.result = result;
            const got = allocator.malloc(w >>> 6);
            if (got !== result) mismatch(`malloc(${w >>> 6})`, result, got);
            if (observer !== undefined && result !== 0) observer.allocated(result, w >>> 6, site, allocator.lastBlockIndex);
            pos += 3;
            calls++;
            break;
          }
          case TraceOp.free: {
            if (pos + 3 > avail) break records;
            const hi = words[pos + 2]!;
            if (hi >= HI_LIMIT || (w !== TraceOp.free && w !== (TraceOp.free | DOMAIN_OBJ))) checkCallRecord(words, pos, base);
            const address = words[pos + 1]! + hi * TWO32;
            allocator.free(address);
            if (observer !== undefined && address !== 0) observer.freed(address, allocator.lastBlockIndex);
            pos += 3;
            calls++;
            break;
          }
          case TraceOp.realloc: {
            if (pos + 5 > avail) break records;
            applyRealloc(words, pos, base);
            pos += 5;
            calls++;
            break;
          }
          case TraceOp.arenaAlloc:
          case TraceOp.arenaFree:
          case TraceOp.virtualAlloc:
          case TraceOp.virtualFree:
            if (pos + 3 > avail) break records;
            applyMapping(words, pos, base);
            pos += 3;
            calls++;
            continue; // the call that caused it comes next
          case TraceOp.site:
            if ((w & 48) !== 0) break records; // the walker reports it
            site = w >>> 6;
            pos++;
            continue; // sites do not change what the allocator does
          default:
            break records;
        }
        if (system.pending !== 0) throw new Error(system.unexpected());
      }
      consumer.calls += calls;
      return pos;
    } catch (error) {
      if (error instanceof AllocatorTraceError) throw error;
      const detail = error instanceof InvalidAddressError || error instanceof Error ? error.message : String(error);
      throw new AllocatorTraceError(base + at * 4, `replay diverged: ${detail}`);
    }
  };
  // Rare or bulky paths live outside `consume`, so V8 inlines malloc and free into it.
  const mismatch = (call: string, recorded: number, got: number): never => {
    throw new Error(`${call} returned ${hex(recorded)} in the recorded process, ${hex(got)} in the model`);
  };
  const applyRealloc = (words: Uint32Array, pos: number, base: number): void => {
    const w = words[pos]!;
    if (words[pos + 2]! >= HI_LIMIT || words[pos + 4]! >= HI_LIMIT) checkCallRecord(words, pos, base);
    const ptr = words[pos + 1]! + words[pos + 2]! * TWO32;
    const result = words[pos + 3]! + words[pos + 4]! * TWO32;
    system.result = result;
    const old = observer !== undefined && ptr !== 0 ? allocator.blockIndexOf(ptr) : -1;
    const got = allocator.realloc(ptr, w >>> 6);
    if (got !== result) mismatch(`realloc(${hex(ptr)}, ${w >>> 6})`, result, got);
    if (observer === undefined || result === 0) return; // a failed realloc (NULL) keeps the old block: nothing to report
    if (ptr !== 0) observer.freed(ptr, old);
    observer.allocated(result, w >>> 6, site, allocator.blockIndexOf(result));
  };
  /** Arena and virtual-memory records: remembered until the call that caused them. */
  const applyMapping = (words: Uint32Array, pos: number, base: number): void => {
    checkCallRecord(words, pos, base);
    const op = words[pos]! & 15;
    const address = words[pos + 1]! + words[pos + 2]! * TWO32;
    if (op === TraceOp.arenaAlloc) system.arenas.push(address);
    else if (op === TraceOp.arenaFree) {
      observer?.releasing(address);
      system.unmaps.push(address);
    } else return; // frame data-stack chunks: not pymalloc's business
    system.pending++;
  };
  /** A call with a size of 64 MiB or more (validated): always served by raw malloc. */
  const applyBig = (words: Uint32Array, pos: number) => {
    const w = words[pos]!;
    const size = words[pos + 1]! + words[pos + 2]! * TWO32;
    const a = words[pos + 3]! + words[pos + 4]! * TWO32;
    switch (w & 15) {
      case TraceOp.malloc:
      case TraceOp.calloc:
        system.result = a;
        if (allocator.malloc(size) !== a) throw new Error(`malloc(${size}) disagrees`);
        if (a !== 0) observer?.allocated(a, size, site, -1);
        break;
      case TraceOp.realloc: {
        const result = words[pos + 5]! + words[pos + 6]! * TWO32;
        system.result = result;
        const old = observer !== undefined && a !== 0 ? allocator.blockIndexOf(a) : -1;
        if (allocator.realloc(a, size) !== result) throw new Error(`realloc(${hex(a)}, ${size}) returned ${hex(result)} in the recorded process, not in the model`);
        if (result !== 0 && a !== 0) observer?.freed(a, old);
        if (result !== 0) observer?.allocated(result, size, site, -1);
        break;
      }
      default:
        throw new Error(`a record of type ${w & 15} with a size of ${size} bytes`);
    }
    if (system.pending !== 0) throw new Error(system.unexpected());
  };
  const { header, footer } = walkAllocatorTrace(source, consumer, options);
  return { allocator, header, footer };
}
