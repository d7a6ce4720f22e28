import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TraceError,
  createTraceHeader,
  encodeTrace,
  openTrace,
  synthesizeEvents,
  type OpenTraceOptions,
  type TraceEvent,
  type TraceInput,
} from './index.js';

const header = createTraceHeader();
const events = [...synthesizeEvents({ events: 3000, seed: 9 })];
const pmt = encodeTrace('pmt', header, events, { blockEvents: 256 });
const jsonl = encodeTrace('jsonl', header, events);
const enc = (s: string) => new TextEncoder().encode(s);
const line = (e: object) => JSON.stringify(e);

/** Reads everything, returning the events delivered and the error (if any). */
async function drain(input: TraceInput, options: OpenTraceOptions = {}) {
  const got: TraceEvent[] = [];
  try {
    const reader = await openTrace(input, options);
    for await (const chunk of reader.chunks()) got.push(...chunk.events);
    return { got, error: undefined };
  } catch (error) {
    return { got, error };
  }
}

describe('a damaged binary trace', () => {
  it('is reported as truncated at the byte offset where it stops, keeping the events before it', async () => {
    for (const cut of [pmt.length - 1, pmt.length - 25, Math.floor(pmt.length / 2), 40, 13]) {
      const { got, error } = await drain(pmt.subarray(0, cut));
      expect(error).toBeInstanceOf(TraceError);
      expect((error as Error).message).toMatch(/byte offset \d+: .*(truncated|ends)/);
      expect(got).toEqual(events.slice(0, got.length));
      expect((error as TraceError).eventsRead).toBe(got.length);
    }
  });

  it('is reported as truncated even when cut exactly at a block boundary (the end block is missing)', async () => {
    const { error } = await drain(pmt.subarray(0, pmt.length - 25));
    expect((error as Error).message).toMatch(/without its end block/);
  });

  it('names the block whose checksum fails when a bit is flipped', async () => {
    const flipped = pmt.slice();
    const at = Math.floor(pmt.length * 0.6);
    flipped[at] ^= 0x10;
    const { got, error } = await drain(flipped);
    expect((error as Error).message).toMatch(/checksum mismatch/);
    const offset = Number(/byte offset (\d+)/.exec((error as Error).message)![1]);
    expect(offset).toBeLessThanOrEqual(at);
    expect(at - offset).toBeLessThan(64 * 1024);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(events.slice(0, got.length));
  });

  it('refuses another format version, naming the version', async () => {
    const v2 = pmt.slice();
    v2[4] = 2;
    const { error } = await drain(v2);
    expect((error as Error).message).toMatch(/byte offset 4: unsupported .pmt format version 2/);
  });

  it('refuses bytes after the end block', async () => {
    const extra = new Uint8Array(pmt.length + 3);
    extra.set(pmt);
    const { error } = await drain(extra);
    expect((error as Error).message).toMatch(/after the end block/);
  });
});

describe('a damaged JSON Lines trace', () => {
  it('names the line of a line that is not JSON, and of a line cut short', async () => {
    const lines = new TextDecoder().decode(jsonl).split('\n');
    lines[10] = lines[10]!.slice(0, 5);
    const { got, error } = await drain(enc(lines.join('\n')));
    expect((error as Error).message).toMatch(/^line 11, byte offset \d+: not valid JSON/);
    expect(got).toEqual(events.slice(0, 9));
    const cut = await drain(jsonl.subarray(0, jsonl.length - 10));
    expect((cut.error as Error).message).toMatch(/truncated\?/);
  });

  it('refuses a header of another version or another format', async () => {
    const v9 = await drain(enc(`${line({ ...header, version: 9 })}\n`));
    expect((v9.error as Error).message).toBe('line 1: unsupported trace format version 9; this pymem reads version 1');
    const other = await drain(enc(`${line({ type: 'marker', seq: 0 })}\n`));
    expect((other.error as Error).message).toMatch(/^line 1: not a pymem trace/);
  });

  it('refuses an unknown event type unless asked to accept it', async () => {
    const text = `${line(header)}\n${line({ type: 'marker', seq: 0, label: 'a' })}\n${line({ type: 'bogus.event', seq: 1 })}\n`;
    const strict = await drain(enc(text));
    expect((strict.error as Error).message).toMatch(/^line 3, byte offset \d+, seq 1: unknown event type "bogus.event"/);
    expect(strict.got).toHaveLength(1);
    const lax = await drain(enc(text), { allowUnknownTypes: true });
    expect(lax.error).toBeUndefined();
    expect(lax.got).toHaveLength(2);
  });

  it('refuses an event without a type or seq', async () => {
    const { error } = await drain(enc(`${line(header)}\n${line({ type: 'marker', label: 'x' })}\n`));
    expect((error as Error).message).toMatch(/^line 2, byte offset \d+: event marker has no integer "seq"/);
  });
});

describe('a log that contradicts itself', () => {
  const alloc = (seq: number, handle: number) => ({
    type: 'object.allocated',
    seq,
    handle,
    typeId: 1,
    size: 32,
    address: 4096 + handle * 32,
    gc: false,
    fromFreeList: null,
  });
  const cases: [string, object[], RegExp][] = [
    ['free of an unknown object', [alloc(0, 0), { type: 'object.freed', seq: 1, handle: 5, address: 0, toFreeList: null }], /free of an unknown object 5/],
    ['decref below zero', [alloc(0, 0), { type: 'ref.decrefed', seq: 1, handle: 0, refcount: 0 }, { type: 'ref.decrefed', seq: 2, handle: 0, refcount: 0 }], /decref of 0 below zero/],
    ['a count that disagrees', [alloc(0, 0), { type: 'ref.increfed', seq: 1, handle: 0, refcount: 5 }], /refcount of 0 is 5 in the log, but the log so far gives 2/],
    ['a double allocation', [alloc(0, 0), alloc(1, 0)], /already a live object/],
    ['a store into a freed object', [alloc(0, 0), { type: 'slot.stored', seq: 1, owner: 3, index: 0, target: 0 }], /owner 3 is not a live object/],
  ];
  for (const [name, log, message] of cases) {
    it(`stops at ${name}, with its seq, in both formats`, async () => {
      const evs = log as TraceEvent[];
      const bad = evs[evs.length - 1]!.seq;
      for (const format of ['jsonl', 'pmt'] as const) {
        const { got, error } = await drain(encodeTrace(format, header, evs), { check: true });
        expect(error).toBeInstanceOf(TraceError);
        expect((error as Error).message).toMatch(new RegExp(`seq ${bad}: `));
        expect((error as Error).message).toMatch(message);
        if (format === 'jsonl') expect((error as Error).message).toMatch(new RegExp(`^line ${evs.length + 1}, `));
        expect(got).toEqual(evs.slice(0, -1));
      }
    });
  }

  it('passes a consistent synthetic log', async () => {
    const { error, got } = await drain(pmt, { check: true });
    expect(error).toBeUndefined();
    expect(got).toHaveLength(events.length);
  });
});

describe('the fuzzer: mutations of valid files', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const mutate = (bytes: Uint8Array, m: Mutation): Uint8Array => {
    const at = m.at % bytes.length;
    switch (m.kind) {
      case 'truncate':
        return bytes.subarray(0, at);
      case 'flip': {
        const out = bytes.slice();
        out[at] ^= 1 << m.bit;
        return out;
      }
      case 'delete':
        return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.n)]);
      case 'insert':
        return Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    }
  };
  const small = events.slice(0, 400);
  const smallPmt = encodeTrace('pmt', header, small, { blockEvents: 64 });
  const smallJsonl = encodeTrace('jsonl', header, small);

  it('a mutated .pmt file either reads back unchanged or fails with a TraceError after a prefix of the events', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { got, error } = await drain(mutate(smallPmt, m), { check: true });
        if (error === undefined) {
          // Only a mutation that leaves the bytes unchanged can succeed (e.g. an empty-suffix cut is not one).
          expect(got).toEqual(small);
        } else {
          expect(error).toBeInstanceOf(TraceError);
          expect((error as Error).message).toMatch(/byte offset \d+/);
          expect(got).toEqual(small.slice(0, got.length));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a mutated JSON Lines file either reads or fails with a TraceError naming a line', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { error } = await drain(mutate(smallJsonl, m), { check: true });
        if (error !== undefined) {
          expect(error).toBeInstanceOf(TraceError);
          expect((error as Error).message).toMatch(/^(line \d+|byte offset 0)/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
