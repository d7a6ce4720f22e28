import { describe, expect, it } from 'vitest';
import { encodeAllocatorTrace, type AllocatorTraceCall } from './allocatorTrace.js';
import { createPoolAllocator } from './poolAllocator.js';
import { analyzeRecordedRun } from './recordedRun.js';
import { createSimulatedSystem } from './systemMemory.js';
import { recordingSystem } from './syntheticTrace.js';

/** A trace of what the model itself did for `steps` (sizes to allocate, or -1: free the oldest). */
function traceOf(steps: readonly number[]): Uint8Array {
  const calls: AllocatorTraceCall[] = [];
  const allocator = createPoolAllocator({}, { system: recordingSystem(createSimulatedSystem(), calls) });
  const live: number[] = [];
  for (const size of steps) {
    if (size >= 0) {
      const result = allocator.malloc(size);
      calls.push({ op: 'malloc', size, result });
      live.push(result);
    } else {
      const ptr = live.shift()!;
      allocator.free(ptr);
      calls.push({ op: 'free', ptr });
    }
  }
  return encodeAllocatorTrace(calls);
}

describe('analyzeRecordedRun', () => {
  it('takes the sites at the most live bytes, not at the end nor when the arenas peak', () => {
    const steps = [...Array<number>(1000).fill(48), ...Array<number>(900).fill(-1), ...Array<number>(200).fill(100)];
    const run = analyzeRecordedRun(traceOf(steps));
    expect(run.peak.bytes).toBe(48 * 1000);
    expect(run.atBytesPeak.bytes).toBe(48 * 1000);
    expect(run.atBytesPeak.blocks).toBe(1000);
    expect(run.atBytesPeak.siteBytes[0]).toBe(48 * 1000);
    expect(run.atEnd.sample.bytes).toBe(48 * 100 + 100 * 200);
  });

  it('gives every snapshot a figure for every location, zero for those defined after it', () => {
    const calls = [
      { op: 'arenaAlloc', size: 1 << 20, result: 0x7f0000000000 },
      { op: 'malloc', size: 16, result: 0x7f0000000030 },
      { op: 'free', ptr: 0x7f0000000030 },
    ] as const;
    const words = Array.from(new Uint32Array(encodeAllocatorTrace([...calls]).buffer));
    // After the calls, before the END record: a location record (line 7, "f.py\0g") and a site naming it.
    const end = words.length - 5;
    const text = new TextEncoder().encode('f.py\0g');
    const padded = new Uint8Array(8);
    padded.set(text);
    const textWords = Array.from(new Uint32Array(padded.buffer));
    words.splice(end, 0, 10 | (text.length << 6), 7, ...textWords, 9 | (1 << 6));
    const run = analyzeRecordedRun(new Uint8Array(Uint32Array.from(words).buffer));
    expect(run.locations.length).toBe(2);
    for (const snap of [run.atBytesPeak, run.atPeak, run.atEnd]) expect([...snap.siteBytes]).toEqual([snap === run.atBytesPeak ? 16 : 0, 0]);
  });

  it('keeps a copy within 1% of the peak when the live bytes creep up between frees', () => {
    // Allocate two, free one, over and over: a new maximum before every free.
    const steps: number[] = [];
    for (let i = 0; i < 5000; i++) steps.push(64, 64, -1);
    const run = analyzeRecordedRun(traceOf(steps));
    expect(run.peak.bytes).toBe(64 * 5001);
    expect(run.atBytesPeak.bytes).toBeLessThanOrEqual(run.peak.bytes);
    expect(run.atBytesPeak.bytes).toBeGreaterThanOrEqual(run.peak.bytes / 1.01);
  });
});
