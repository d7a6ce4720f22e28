import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTraceHeader, createTraceState, encodeTrace, synthesizeEvents, type TraceEvent } from './index.js';
import { openTimeTravel, type ReplayProjection } from './timeTravel.js';

const events = [...synthesizeEvents({ events: 6000, seed: 21 })];
const header = createTraceHeader();

/** The digest after applying every event with seq <= target to a fresh state. */
function digestAt(target: number): string {
  const s = createTraceState();
  for (const e of events) if (e.seq <= target) s.apply(e);
  return s.digest();
}

describe('time travel', () => {
  for (const format of ['pmt', 'jsonl'] as const) {
    it(`rebuilds the state at any seq of a ${format} trace, forwards and backwards (property)`, async () => {
      const bytes = encodeTrace(format, header, events, { blockEvents: 500 });
      const tt = await openTimeTravel(bytes, { snapshotEvery: 1000, read: { chunkEvents: 500 } });
      expect(tt.eventCount).toBe(events.length);
      expect(tt.snapshotCount).toBeGreaterThan(3);
      expect(tt.projection.digest()).toBe(digestAt(Infinity));
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: -1, max: events.length + 5 }), async (target) => {
          await tt.seek(target);
          expect(tt.projection.digest()).toBe(digestAt(target));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('reads every event of a file whose chunks fall differently when reopened (long JSON Lines)', async () => {
    // 900-byte lines: a 1 MiB read holds about 1150 of them, so chunks end where each read
    // ends, and a reader reopened at a chunk start cuts its chunks elsewhere.
    const long = events.slice(0, 4000).map((e) => (e.type === 'marker' ? e : { ...e, note: 'x'.repeat(900) }));
    const dir = mkdtempSync(join(tmpdir(), 'pymem-tt-'));
    try {
      const path = join(dir, 'long.jsonl');
      writeFileSync(path, encodeTrace('jsonl', header, long));
      const tt = await openTimeTravel(path, { snapshotEvery: 700 });
      const digestOf = (target: number) => {
        const s = createTraceState();
        for (const e of long) if (e.seq <= target) s.apply(e);
        return s.digest();
      };
      for (const target of [3990, 100, 2500, 1201, 3000]) {
        await tt.seek(target);
        expect(tt.projection.digest()).toBe(digestOf(target));
      }
      await tt.stepForward(500);
      expect(tt.projection.digest()).toBe(digestOf(tt.seq));
      await tt.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('steps forward and backward one event at a time, landing where a seek lands', async () => {
    const tt = await openTimeTravel(encodeTrace('pmt', header, events, { blockEvents: 300 }), { snapshotEvery: 700 });
    await tt.seek(690);
    const seen: number[] = [];
    for (let i = 0; i < 30; i++) {
      expect(await tt.stepForward()).toBe(1);
      seen.push(tt.seq);
      expect(tt.current!.seq).toBe(tt.seq);
    }
    expect(seen).toEqual(events.filter((e) => e.seq > 690).slice(0, 30).map((e) => e.seq));
    for (let i = 29; i > 0; i--) {
      expect(await tt.stepBackward()).toBe(1);
      expect(tt.seq).toBe(seen[i - 1]);
      expect(tt.projection.digest()).toBe(digestAt(seen[i - 1]!));
    }
  });

  it('stops at both ends of the trace', async () => {
    const tt = await openTimeTravel(encodeTrace('jsonl', header, events.slice(0, 50)));
    expect(await tt.stepForward(10)).toBe(0);
    await tt.seek(1);
    expect(await tt.stepBackward(5)).toBe(2);
    expect(tt.seq).toBe(-1);
    expect(tt.projection.counters.events).toBe(0);
    expect(await tt.stepForward(3)).toBe(3);
    expect(tt.seq).toBe(2);
  });

  it('works with a projection that cannot snapshot, by replaying from the start', async () => {
    let created = 0;
    const makeCounter = (): ReplayProjection & { n: number; last: TraceEvent | undefined } => {
      created++;
      return {
        n: 0,
        last: undefined,
        apply(e) {
          this.n++;
          this.last = e;
        },
      };
    };
    const tt = await openTimeTravel(encodeTrace('pmt', header, events, { blockEvents: 400 }), { createProjection: makeCounter });
    expect(tt.projection.n).toBe(events.length);
    await tt.seek(100);
    expect(tt.projection.n).toBe(events.filter((e) => e.seq <= 100).length);
    await tt.stepForward(5);
    expect(tt.projection.n).toBe(events.filter((e) => e.seq <= 100).length + 5);
    expect(created).toBe(2);
  });
});
