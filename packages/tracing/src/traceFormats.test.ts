import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TraceError,
  createTraceHeader,
  encodeTrace,
  readTrace,
  synthesizeEvents,
  type TraceEvent,
} from './index.js';
import { crc32 } from './internal/crc32.js';

const header = createTraceHeader({ profile: 'cpython-3.11', config: { threshold: [700, 10, 10] } });
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the two event-log formats', () => {
  it('round-trips a synthetic program through JSON Lines -> .pmt -> JSON Lines byte for byte', async () => {
    const events = [...synthesizeEvents({ events: 20_000, seed: 3 })];
    const jsonl = encodeTrace('jsonl', header, events);
    const fromJsonl = await readTrace(jsonl);
    expect(fromJsonl.format).toBe('jsonl');
    const pmt = encodeTrace('pmt', fromJsonl.header, fromJsonl.events);
    const fromPmt = await readTrace(pmt);
    expect(fromPmt.format).toBe('pmt');
    expect(fromPmt.header).toEqual(header);
    const again = encodeTrace('jsonl', fromPmt.header, fromPmt.events);
    expect(Buffer.from(again).equals(Buffer.from(jsonl))).toBe(true);
  });

  it('keeps every JSON value kind and key order, including big integers, floats, nesting and seq gaps', async () => {
    const events: TraceEvent[] = [
      { type: 'test.values', seq: 0, label: 'start', text: 'héllo ☃ \n "quoted"' },
      { seq: 1, type: 'test.values', label: 'x', line: 2 ** 53 - 1 },
      { type: 'test.values', seq: 5, label: 'y', line: -(2 ** 52), text: 'y' },
      { type: 'test.values', seq: 6, label: 'f', line: 1.5, nested: { a: [1, 2, { b: null }] } },
      { type: 'test.values', seq: 3, label: 'back', flag: true, other: false, nothing: null },
      { type: 'test.values', seq: 4, label: 'back', flag: false, other: true, nothing: null, big: 1e300 },
    ];
    for (const blockEvents of [1, 2, 100]) {
      const pmt = encodeTrace('pmt', header, events, { blockEvents });
      const back = await readTrace(pmt, { allowUnknownTypes: true });
      expect(back.events).toEqual(events);
      expect(text(encodeTrace('jsonl', header, back.events))).toBe(text(encodeTrace('jsonl', header, events)));
    }
  });

  it('round-trips arbitrary JSON-safe events (property)', async () => {
    const value = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.maxSafeInteger(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    const event = fc.record({
      // types outside the vocabulary: the codec is schema-agnostic (the readers check fields of known types)
      type: fc.constantFrom('test.marker', 'test.increfed', 'test.allocated'),
      payload: fc.dictionary(fc.constantFrom('handle', 'a', 'b', 'label', 'refcount'), value, { maxKeys: 4 }),
      gap: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), async (list, blockEvents) => {
        let seq = 0;
        const events = list.map(({ type, payload, gap }) => {
          seq += gap;
          return { type, ...payload, seq: seq++ } as TraceEvent;
        });
        const pmt = encodeTrace('pmt', header, events, { blockEvents });
        const back = await readTrace(pmt, { allowUnknownTypes: true });
        expect(JSON.stringify(back.events)).toBe(JSON.stringify(events));
      }),
      { numRuns: 200 },
    );
  });

  it('uses at most 8 bytes per event on a realistic mix of events', () => {
    const events = [...synthesizeEvents({ events: 200_000, seed: 11 })];
    const pmt = encodeTrace('pmt', header, events);
    const perEvent = pmt.length / events.length;
    expect(perEvent).toBeLessThanOrEqual(8);
    const jsonl = encodeTrace('jsonl', header, events);
    expect(jsonl.length / pmt.length).toBeGreaterThan(8);
  });

  it('computes the same CRC-32 as zlib', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 50 }), (a, b) => {
        expect(crc32(a)).toBe(zlibCrc32(a));
        expect(crc32(b, crc32(a))).toBe(zlibCrc32(Buffer.concat([a, b])));
      }),
    );
  });

  it('reads a stream delivered in tiny pieces the same as the whole file', async () => {
    const events = [...synthesizeEvents({ events: 3000, seed: 5 })];
    for (const format of ['pmt', 'jsonl'] as const) {
      const bytes = encodeTrace(format, header, events, { blockEvents: 100 });
      async function* pieces() {
        for (let i = 0; i < bytes.length; i += 37) yield bytes.subarray(i, i + 37);
      }
      const back = await readTrace(pieces());
      expect(back.events).toEqual(events);
    }
  });

  it('names the reason when a trace is empty or of an unknown kind', async () => {
    await expect(readTrace(new Uint8Array(0))).rejects.toThrow(/empty/);
    await expect(readTrace(new TextEncoder().encode('hello'))).rejects.toThrow(/unknown trace format/);
    await expect(readTrace('/no/such/file.pmt')).rejects.toThrow(TraceError);
    const allocator = new TextEncoder().encode('PYMALTRC\u0001\u0000\u0000\u0000');
    await expect(readTrace(allocator)).rejects.toThrow(/allocator trace .*pymem replay/);
  });
});
