import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AllocatorTraceError,
  createSimulatedSystem,
  encodeAllocatorTrace,
  formatMallocStats,
  isAllocatorTrace,
  mallocStats,
  readAllocatorTrace,
  replayAllocatorTrace,
  TraceOp,
  type AllocatorTraceCall,
  synthesizeAllocatorTrace,
  SYNTHETIC_FREE_LISTS,
} from './index.js';

const FREE_LISTS = SYNTHETIC_FREE_LISTS;
const synthesize = synthesizeAllocatorTrace;

const steps = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 600 }), fc.nat()), { minLength: 1, maxLength: 300 });

function decodeAll(bytes: Uint8Array, options = {}) {
  const out: { op: number; size: number; a: number; b: number }[] = [];
  const result = readAllocatorTrace(
    bytes,
    (batch) => {
      for (let i = 0; i < batch.count; i++) out.push({ op: batch.op[i]!, size: batch.size[i]!, a: batch.a[i]!, b: batch.b[i]! });
    },
    options,
  );
  return { ...result, out };
}

describe('allocator traces', () => {
  it('decode to the calls that were written, across any batch and chunk boundaries', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 64, max: 512 }), (program, batchSize, chunkBytes) => {
        const { bytes, calls } = synthesize(program);
        const { out, footer, header } = decodeAll(bytes, { batchSize, chunkBytes });
        expect(header.pythonVersion).toBe('3.11.7');
        expect(out).toHaveLength(calls.length);
        expect(footer).toMatchObject({ records: calls.length, elapsedNs: 1234, typeStats: FREE_LISTS });
        calls.forEach((c, i) => expect(out[i]!.op & 15).toBe(TraceOp[c.op]));
      }),
      { numRuns: 40 },
    );
  });

  it('carry sizes of 64 MiB and more and 47-bit addresses exactly', () => {
    const calls: AllocatorTraceCall[] = [
      { op: 'malloc', size: 2 ** 40 + 3, result: 0x7fff_ffff_fff0 },
      { op: 'realloc', ptr: 0x7fff_ffff_fff0, size: 2 ** 26, result: 0x5555_0000_0010 },
      { op: 'calloc', size: 2 ** 26 - 1, result: 0x10, obj: true },
    ];
    const { out } = decodeAll(encodeAllocatorTrace(calls));
    expect(out).toEqual([
      { op: TraceOp.malloc, size: 2 ** 40 + 3, a: 0x7fff_ffff_fff0, b: 0 },
      { op: TraceOp.realloc, size: 2 ** 26, a: 0x7fff_ffff_fff0, b: 0x5555_0000_0010 },
      { op: TraceOp.calloc | 16, size: 2 ** 26 - 1, a: 0x10, b: 0 },
    ]);
  });

  it('replay through the model to the table the model printed when it wrote them', () => {
    fc.assert(
      fc.property(steps, (program) => {
        const { bytes } = synthesize(program);
        const { allocator, footer } = replayAllocatorTrace(bytes, { batchSize: 7, chunkBytes: 128 });
        const stats = mallocStats(allocator);
        expect(formatMallocStats(stats)).toBe(footer.stats);
        expect(stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0)).toBe(footer.allocatedBlocks);
      }),
      { numRuns: 40 },
    );
  });

  it('report a truncated trace with the byte offset where it stops', () => {
    const { bytes } = synthesize([[true, 10, 0], [true, 700, 1], [false, 0, 1], [true, 40, 2]]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (cut) => {
        const short = bytes.subarray(0, cut);
        expect(() => readAllocatorTrace(short, () => {})).toThrow(AllocatorTraceError);
        try {
          readAllocatorTrace(short, () => {}, { chunkBytes: 64 });
        } catch (error) {
          expect(error).toBeInstanceOf(AllocatorTraceError);
          const e = error as AllocatorTraceError;
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThanOrEqual(cut);
          expect(e.message).toMatch(/^allocator trace: at byte offset \d+: /);
        }
      }),
    );
  });

  it('never crash on a corrupted trace: either it reads, or the error names an offset', () => {
    const { bytes } = synthesize(Array.from({ length: 200 }, (_, i) => [i % 3 !== 2, (i * 37) % 600, i] as const));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = bytes.slice();
        for (const [at, value] of edits) copy[at % copy.length] = value;
        try {
          const { allocator, footer } = replayAllocatorTrace(copy, { chunkBytes: 256 });
          expect(typeof formatMallocStats(mallocStats(allocator))).toBe('string');
          expect(footer.records).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(AllocatorTraceError);
          const e = error as AllocatorTraceError;
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThanOrEqual(copy.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reject a file that is not an allocator trace, or another version, at the right offset', () => {
    const good = encodeAllocatorTrace([]);
    expect(isAllocatorTrace(good)).toBe(true);
    const text = new TextEncoder().encode('{"type":"marker"}\n');
    expect(isAllocatorTrace(text)).toBe(false);
    expect(() => readAllocatorTrace(text, () => {})).toThrow(/at byte offset 0: expected the magic "PYMALTRC"/);
    const v4 = good.slice();
    v4[8] = 4;
    expect(() => readAllocatorTrace(v4, () => {})).toThrow(/at byte offset 8: expected format version 1 to 3, found 4/);
    // Version 1 traces (no sites, times or collections) are still read; their footer has no gc state.
    const v1 = encodeAllocatorTrace([{ op: 'malloc', size: 8, result: 0 }]);
    v1[8] = 1;
    const { footer, header } = readAllocatorTrace(v1, () => {});
    expect([header.version, footer.records, footer.gc, footer.locations]).toEqual([1, 1, undefined, undefined]);
    // ... and a version 1 trace cannot hold the version 2 records.
    const words = new Uint32Array(v1.buffer.slice(0));
    words[8] = TraceOp.site | (1 << 6);
    expect(() => readAllocatorTrace(new Uint8Array(words.buffer), () => {})).toThrow(/at byte offset 32: unknown record type 9/);
    // A version 2 trace cannot hold the version 3 resources record (extended kind 4, 6 words).
    const v2 = new Uint32Array(encodeAllocatorTrace([]).buffer.slice(0));
    const withResources = new Uint32Array(v2.length + 7);
    withResources.set(v2.subarray(0, 8));
    withResources[8] = TraceOp.extended | (4 << 6) | (6 << 10);
    withResources.set(v2.subarray(8), 15);
    const bytes = new Uint8Array(withResources.buffer);
    expect(readAllocatorTrace(bytes, () => {}).footer.resources).toEqual({ maxRssBytes: 0, userNs: 0, systemNs: 0 });
    bytes[8] = 2;
    expect(() => readAllocatorTrace(bytes, () => {})).toThrow(/at byte offset 32: unknown extended record kind 4 in a format 2 trace/);
  });

  it('name the first call where the recorded process and the model disagree', () => {
    const arena = 0x7f00_0000_0000;
    const calls: AllocatorTraceCall[] = [
      { op: 'arenaAlloc', size: 1 << 20, result: arena },
      { op: 'malloc', size: 16, result: arena + 48 },
      { op: 'malloc', size: 16, result: arena + 80 }, // the model says arena + 64
    ];
    const bytes = encodeAllocatorTrace(calls);
    expect(() => replayAllocatorTrace(bytes)).toThrow(/at byte offset 56: replay diverged: malloc\(16\) returned 0x7f0000000050 in the recorded process, 0x7f0000000040 in the model/);
    const doubleFree = encodeAllocatorTrace([calls[0]!, calls[1]!, { op: 'free', ptr: arena + 48 }, { op: 'free', ptr: arena + 48 }]);
    expect(() => replayAllocatorTrace(doubleFree)).toThrow(/at byte offset 68: replay diverged: free of 0x7f0000000030: not a live pymalloc block/);
  });
});

describe('re-simulating a trace under other parameters', () => {
  it('gives the recorded table back with the same parameters and aligned arenas, and fewer blocks per pool with 4 KiB pools', async () => {
    const { resimulateAllocatorTrace } = await import('./index.js');
    const program = Array.from({ length: 3000 }, (_, i) => [i % 4 !== 3, (i * 53) % 520, i * 7] as const);
    const { bytes } = synthesize(program);
    const same = resimulateAllocatorTrace(bytes, {}, { system: createSimulatedSystem({ misalignment: (n) => (n % 3 === 0 ? 0 : 4096) }) });
    expect(formatMallocStats(mallocStats(same.allocator))).toBe(same.footer.stats);
    const small = mallocStats(resimulateAllocatorTrace(bytes, { poolSize: 4096, arenaSize: 256 * 1024 }).allocator);
    const big = mallocStats(same.allocator);
    const inUse = (s: typeof big) => s.classes.reduce((t, c) => t + c.blocksInUse, 0);
    expect(inUse(small)).toBe(inUse(big));
    expect(small.classes.reduce((t, c) => t + c.pools, 0)).toBeGreaterThan(big.classes.reduce((t, c) => t + c.pools, 0));
    expect(small.poolSize).toBe(4096);
  });

  it('names the offset of a free of a block the trace never allocated', async () => {
    const { resimulateAllocatorTrace } = await import('./index.js');
    const bytes = encodeAllocatorTrace([{ op: 'malloc', size: 8, result: 0x1000 }, { op: 'free', ptr: 0x2000 }]);
    expect(() => resimulateAllocatorTrace(bytes, { poolSize: 4096 })).toThrow(/at byte offset 44: the trace frees or reallocs 0x2000, which it never allocated/);
  });
});

describe("a trace's tail (the tables after the calls)", () => {
  const { bytes } = synthesize(Array.from({ length: 400 }, (_, i) => [i % 5 !== 4, (i * 37) % 500, i * 3] as const));
  const text = Buffer.from(bytes).toString('latin1'); // one character per byte: indices are offsets
  /** The trace with `from` (a whole line of its tail) replaced by `to` of the same length; the line's byte offset. */
  const tampered = (from: string, to: string) => {
    expect(to.length).toBe(from.length);
    const at = text.indexOf(from);
    expect(at).toBeGreaterThan(0);
    const copy = bytes.slice();
    copy.set(Buffer.from(to, 'latin1'), at);
    return { copy, at };
  };
  const line = (pattern: RegExp) => pattern.exec(text)![0];

  it('reads the tail of a well-formed trace', () => {
    expect(readAllocatorTrace(bytes, () => {}).footer.typeStats).toBe(FREE_LISTS);
  });

  it('names the offset of a size-class row whose pools do not hold its blocks', () => {
    const row = line(/^ +\d+ +\d+ +1 +\d+ +\d+$/m);
    const { copy, at } = tampered(row, row.replace(/^( +\d+ +\d+ +)1/, '$12'));
    expect(() => readAllocatorTrace(copy, () => {})).toThrow(new RegExp(`at byte offset ${at}: the recorded _debugmallocstats table does not add up: size class \\d+: 2 pools of \\d+ blocks`));
  });

  it('names the offset of a total that is not the sum of its parts', () => {
    const total = line(/^Total.*$/m);
    const { copy, at } = tampered(total, total.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)));
    expect(() => readAllocatorTrace(copy, () => {})).toThrow(new RegExp(`at byte offset ${at}: the recorded _debugmallocstats table does not add up: its parts add up to`));
  });

  it('names the offset of a line that is not part of the table', () => {
    const threshold = line(/Small block threshold.*$/m);
    const { copy, at } = tampered(threshold, threshold.replace('Small', 'Sm@ll'));
    expect(() => readAllocatorTrace(copy, () => {})).toThrow(new RegExp(`at byte offset ${at}: the recorded _debugmallocstats table: line 1: expected the threshold line`));
  });

  it('names the offset of a free-list line that does not add up, or names a tuple of the wrong size', () => {
    const dicts = tampered('14 free PyDictObjects', '15 free PyDictObjects');
    expect(() => readAllocatorTrace(dicts.copy, () => {})).toThrow(new RegExp(`at byte offset ${dicts.at - 10}: the recorded free-list line 1 does not add up \\(15 \\* 48 is not 672\\)`));
    const tuples = tampered('1-sized', '7-sized');
    expect(() => readAllocatorTrace(tuples.copy, () => {})).toThrow(/the recorded free-list line 2 has 7-item tuples of 32 bytes \(they are 80\)/);
  });

  it('rejects a table that is not UTF-8, at the offset of its text', () => {
    const at = text.indexOf('Small block threshold');
    const copy = bytes.slice();
    copy[at + 3] = 0xff;
    expect(() => readAllocatorTrace(copy, () => {})).toThrow(new RegExp(`at byte offset ${at}: the _debugmallocstats table is not valid UTF-8`));
  });
});
