import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '@pymem/python';
import { packEvents, unpackEvents } from './eventPacking.js';

/** What a structured clone would deliver, compared with field order (JSON keeps it). */
const asText = (events: readonly object[]): string => JSON.stringify(events);

describe('packed event batches', () => {
  it('give back every event of a real run with the same fields, values and field order', () => {
    const source = readFileSync(join(import.meta.dirname, 'examples/finalizers.py'), 'utf8');
    // recorded as the worker records them (the runtime's log, from its first event)
    let events: object[] = [];
    runProgram(source, { filename: 'finalizers.py', markers: true, stdout: () => {}, stderr: () => {}, runtimeOptions: { record: true }, onRuntime: (rt) => { events = rt.log as unknown as object[]; } });
    expect(events.length).toBeGreaterThan(1000);
    const batches: object[][] = [];
    for (let i = 0; i < events.length; i += 500) batches.push(events.slice(i, i + 500));
    const back = batches.flatMap((b) => unpackEvents(structuredClone(packEvents(b))));
    expect(asText(back)).toBe(asText(events));
    // refcount changes, the bulk of any run, travel as numbers
    const others = packEvents(events).others as { type: string }[];
    expect(others.length).toBeLessThan(events.length);
    expect(others.filter((e) => e.type.startsWith('ref.'))).toEqual([]);
  });

  it('send events outside the packed shapes as they are: other fields, big numbers, -0, extra fields', () => {
    const events = [
      { seq: 0, type: 'ref.increfed', handle: 2 ** 40, refcount: 1 },
      { seq: 1, type: 'ref.increfed', handle: -0, refcount: 1 },
      { seq: 2, type: 'ref.decrefed', handle: 3, refcount: 0.5 },
      { seq: 3, type: 'object.tracked', handle: 3, extra: true },
      { type: 'object.tracked', seq: 4, handle: 3 },
      { seq: 5, type: 'marker', label: 'statement', line: 7 },
      { seq: 6, type: 'object.freed', handle: 3, address: 2 ** 45 + 16, toFreeList: null },
      { seq: 7, type: 'gc.collectionStarted', collector: 'cpython', generation: 2, counts: [1, 2, 3] },
    ];
    const back = unpackEvents(structuredClone(packEvents(events)));
    expect(asText(back)).toBe(asText(events));
    expect(Object.is(back[1]!.handle, -0)).toBe(true);
    expect(packEvents(events).others.length).toBe(6);
  });

  it('refuse a batch whose numbers do not add up', () => {
    const packed = packEvents([{ seq: 0, type: 'object.tracked', handle: 1 }]);
    expect(() => unpackEvents({ ...packed, used: packed.used + 1 })).toThrow(/packed events/);
    const values = packed.values.slice();
    values[0] = 42;
    expect(() => unpackEvents({ ...packed, values })).toThrow(/unknown shape 42/);
  });
});
