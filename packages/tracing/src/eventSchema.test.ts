// The readers check every field of every event as they decode (issue 15's cases among them).
import { describe, expect, it } from 'vitest';
import { createTraceHeader, encodeTrace, eventKinds, openTrace, schemaEventTypes, synthesizeEvents, TraceError, type TraceEvent } from './index.js';

const header = createTraceHeader();
const events = [...synthesizeEvents({ events: 400, seed: 6 })];
const firstAlloc = events.findIndex((e) => e.type === 'object.allocated');
const firstFree = events.findIndex((e) => e.type === 'object.freed');

async function readAll(bytes: Uint8Array, check = false) {
  const got: TraceEvent[] = [];
  try {
    const reader = await openTrace(bytes, { check });
    for await (const chunk of reader.chunks()) got.push(...chunk.events);
    return { got, error: undefined };
  } catch (error) {
    return { got, error: error as Error };
  }
}

/** The synthetic log with event `i` replaced by `change(event)`. */
const withEvent = (i: number, change: (e: Record<string, unknown>) => Record<string, unknown>): TraceEvent[] =>
  events.map((e, j) => (j === i ? (change({ ...e }) as TraceEvent) : e));

describe('the field schema', () => {
  it('covers every event type of the vocabulary', () => {
    expect(schemaEventTypes().sort()).toEqual([...eventKinds().keys()].sort());
  });

  it('passes a consistent synthetic log in both formats', async () => {
    for (const format of ['jsonl', 'pmt'] as const) {
      const { got, error } = await readAll(encodeTrace(format, header, events), true);
      expect(error).toBeUndefined();
      expect(got).toHaveLength(events.length);
    }
  });

  const cases: [string, TraceEvent[], RegExp][] = [
    // issue 15: replay on an object.freed without handle crashed Node (invalid size, exit 133)
    ['object.freed without handle', withEvent(firstFree, ({ handle: _, ...e }) => e), /object\.freed: "handle" must be an object handle .*found missing/],
    // issue 15: typeId 1.5 made stats fail with an internal error, and convert wrote it out
    ['typeId 1.5', withEvent(firstAlloc, (e) => ({ ...e, typeId: 1.5 })), /"typeId" must be a type id .*found 1\.5/],
    ['a type id no type.registered declared', withEvent(firstAlloc, (e) => ({ ...e, typeId: 77 })), /"typeId" must be a builtin type id .*found 77/],
    // issue 15: sizes of 1e21, 1.5, "x" or -1000 were accepted and printed as figures
    ['size 1e21', withEvent(firstAlloc, (e) => ({ ...e, size: 1e21 })), /"size" must be a non-negative integer, found 1e\+21/],
    ['size 1.5', withEvent(firstAlloc, (e) => ({ ...e, size: 1.5 })), /"size" must be a non-negative integer, found 1\.5/],
    ['size "x"', withEvent(firstAlloc, (e) => ({ ...e, size: 'x' })), /"size" must be a non-negative integer, found "x"/],
    ['size -1000', withEvent(firstAlloc, (e) => ({ ...e, size: -1000 })), /"size" must be a non-negative integer, found -1000/],
    ['a handle that is a string', withEvent(firstAlloc + 1, (e) => ({ ...e, handle: '3', owner: '3' })), /must be an object handle/],
    ['a slot target below -1', [...events.slice(0, 3), { type: 'slot.stored', seq: 3, owner: 0, index: 0, target: -2 }], /"target" must be an object handle or -1/],
    ['a generation 3', [{ type: 'gc.collectionStarted', seq: 0, collector: 'x', generation: 3, reason: 'manual', counts: [] }], /"generation" must be a generation/],
    ['a boolean that is a number', [{ type: 'pool.claimed', seq: 0, arena: 0, pool: 0, sizeClass: 1, fromFreePools: 0, sameClass: false }], /"fromFreePools" must be true or false/],
  ];
  for (const [name, log, message] of cases) {
    it(`refuses ${name} in both formats, naming the place, after the events before it`, async () => {
      const bad = log.findIndex((e, i) => e !== events[i]);
      for (const format of ['jsonl', 'pmt'] as const) {
        const { got, error } = await readAll(encodeTrace(format, header, log));
        expect(error).toBeInstanceOf(TraceError);
        expect(error!.message).toMatch(message);
        expect(error!.message).toMatch(format === 'jsonl' ? new RegExp(`^line ${bad + 2}, byte offset \\d+, seq ${log[bad]!.seq}: `) : /^byte offset \d+, seq \d+: /);
        expect(got.length).toBeLessThanOrEqual(bad);
      }
    });
  }

  it('accepts a class type id once type.registered declared it', async () => {
    const info = { id: 62, name: 'A', basicSize: 16, itemSize: 0, gc: true, tracking: 'always', managedDict: true, weakrefable: true, releaseOrder: 'forward', trashcan: true, hasClear: true, hasFinalizer: false, freeList: null, heapType: true, typeObject: 1, slotNames: null };
    const alloc = { type: 'object.allocated', seq: 1, handle: 2, typeId: 62, size: 48, address: 4096, gc: true, fromFreeList: null };
    expect((await readAll(encodeTrace('jsonl', header, [{ type: 'type.registered', seq: 0, info }, alloc]))).error).toBeUndefined();
    const { error } = await readAll(encodeTrace('pmt', header, [{ type: 'type.registered', seq: 0, info: { ...info, basicSize: -1 } }, alloc]));
    expect(error!.message).toMatch(/"info\.basicSize" must be a non-negative integer/);
  });
});
