// Re-simulation of a recorded allocator trace under other pymalloc parameters ("what if the
// pools were 4 KiB?"): the recorded calls are fed to a model with the given parameters and a
// simulated system; the model decides every address anew, and the recorded addresses are only
// used to know which block a free or realloc refers to. Start at `resimulateAllocatorTrace`.
import { AllocatorTraceError, checkCallRecord, TraceOp, walkAllocatorTrace, type AllocatorTraceFooter, type AllocatorTraceHeader, type TraceByteSource, type TraceRecordConsumer } from './allocatorTrace.js';
import { createPoolAllocator, type PoolAllocator, type PoolAllocatorOptions } from './poolAllocator.js';
import type { PoolParams } from './params.js';
import { createSimulatedSystem, type SystemMemory } from './systemMemory.js';

/** Options of {@link resimulateAllocatorTrace}. */
export interface ResimulateAllocatorTraceOptions {
  /** Where arenas and raw blocks come from (default: {@link createSimulatedSystem}). */
  readonly system?: SystemMemory;
  readonly emit?: PoolAllocatorOptions['emit'];
  readonly chunkBytes?: number;
}

const TWO32 = 4294967296;

/**
 * Recorded address -> simulated address, open addressing over typed arrays (a `Map` churned by
 * millions of deletes made re-simulation super-linear). Deleted slots are tombstones; the table
 * is rebuilt when live entries plus tombstones pass half its size.
 */
class AddressTable {
  private keys = new Float64Array(1 << 16).fill(-1); // -1 empty, -2 deleted
  private values = new Float64Array(1 << 16);
  private used = 0;
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul((key / 16) | 0, 0x9e3779b1) ^ ((key / TWO32) | 0)) & mask;
    let tomb = -1;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return i;
      if (k === -1) return tomb >= 0 ? tomb : i;
      if (k === -2 && tomb < 0) tomb = i;
      i = (i + 1) & mask;
    }
  }
  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : undefined;
  }
  set(key: number, value: number): void {
    let i = this.slot(key);
    if (this.keys[i] !== key) {
      if (this.keys[i] === -1) {
        if (++this.used * 2 > this.keys.length) {
          this.rebuild();
          i = this.slot(key);
          this.used++;
        }
      }
      this.keys[i] = key;
    }
    this.values[i] = value;
  }
  delete(key: number): void {
    const i = this.slot(key);
    if (this.keys[i] === key) this.keys[i] = -2;
  }
  private rebuild(): void {
    const { keys, values } = this;
    let live = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) live++;
    let size = keys.length;
    while (live * 4 > size) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Float64Array(size);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i]! < 0) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.values[j] = values[i]!;
      this.used++;
    }
  }
}

/**
 * Replays the calls of a recorded trace through a model with other parameters.
 * @throws AllocatorTraceError naming the byte offset of a corrupt record, or of a free of a
 * block the trace never allocated.
 *
 * @example
 * ```ts
 * const { allocator } = resimulateAllocatorTrace(bytes, { poolSize: 4096, arenaSize: 256 * 1024 });
 * mallocStats(allocator).arenasHighwater; // arenas a 4 KiB-pool pymalloc would have needed
 * ```
 */
export function resimulateAllocatorTrace(
  source: TraceByteSource,
  params: Partial<PoolParams>,
  options: ResimulateAllocatorTraceOptions = {},
): { allocator: PoolAllocator; header: AllocatorTraceHeader; footer: AllocatorTraceFooter } {
  const allocator = createPoolAllocator(params, { system: options.system ?? createSimulatedSystem(), emit: options.emit });
  const blocks = new AddressTable(); // recorded address -> simulated address
  const simulated = (recorded: number, at: number): number => {
    const sim = blocks.get(recorded);
    if (sim === undefined) throw new AllocatorTraceError(at, `the trace frees or reallocs 0x${recorded.toString(16)}, which it never allocated`);
    return sim;
  };
  const consumer: TraceRecordConsumer & { calls: number } = { calls: 0, consume: (_w, pos) => pos };
  consumer.consume = (words, pos, avail, base) => {
    while (pos < avail) {
      const w = words[pos]!;
      const op = w & 15;
      if (op < 1 || op > 8) return pos;
      const big = (w & 32) !== 0;
      const p = pos + 1 + (big ? 2 : 0);
      const len = p - pos + (op === TraceOp.realloc ? 4 : 2);
      if (pos + len > avail) return pos;
      checkCallRecord(words, pos, base);
      const at = base + pos * 4;
      const size = big ? words[pos + 1]! + words[pos + 2]! * TWO32 : w >>> 6;
      const a = words[p]! + words[p + 1]! * TWO32;
      switch (op) {
        case TraceOp.malloc:
        case TraceOp.calloc:
          if (a !== 0) blocks.set(a, allocator.malloc(size));
          break;
        case TraceOp.realloc: {
          const result = words[p + 2]! + words[p + 3]! * TWO32;
          if (result === 0) break; // the recorded realloc failed and kept the old block
          const sim = a === 0 ? 0 : simulated(a, at);
          blocks.delete(a);
          blocks.set(result, allocator.realloc(sim, size));
          break;
        }
        case TraceOp.free:
          if (a !== 0) {
            allocator.free(simulated(a, at));
            blocks.delete(a);
          }
          break;
        default:
          break; // the recorded process's arenas do not apply to other parameters
      }
      consumer.calls++;
      pos += len;
    }
    return pos;
  };
  const { header, footer } = walkAllocatorTrace(source, consumer, options);
  return { allocator, header, footer };
}
