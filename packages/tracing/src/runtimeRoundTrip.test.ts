// Round trips through the real runtime: a run is written live from the bus into each trace
// format, read back with every check on, and applied to the runtime's projection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjection, createRuntime, type Runtime } from '@pymem/runtime';
import {
  createRuntimeTraceWriter,
  createStatsCollector,
  createTraceState,
  openTimeTravel,
  readTrace,
  type TraceEvent,
} from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-tracing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small program: lists and tuples in cycles, some kept, some dropped, collections. */
function workload(rt: Runtime): void {
  const list = rt.types.byName('list')!.id;
  const tuple = rt.types.byName('tuple')!.id;
  const kept: number[] = [];
  for (let i = 0; i < 600; i++) {
    const l = rt.allocate(list, { slots: 2 });
    const t = rt.allocate(tuple, { items: 2 });
    rt.setSlot(l, 0, t);
    if (i % 2 === 0) rt.setSlot(t, 0, l);
    rt.decref(t);
    if (i % 5 === 0) kept.push(l);
    else rt.decref(l);
    if (i % 150 === 0) rt.mark('statement', i);
  }
  rt.collect(0);
  for (const h of kept.splice(0, 60)) rt.decref(h);
  rt.collect();
}

function record(path: string): { rt: Runtime; log: readonly TraceEvent[] } {
  const rt = createRuntime({ record: true });
  // The writer empties rt.log as it writes (bounded memory): keep our own copy to compare with.
  const log = [...rt.log] as unknown as TraceEvent[];
  rt.bus.subscribe((e) => log.push(e as unknown as TraceEvent));
  const writer = createRuntimeTraceWriter(rt, path);
  workload(rt);
  writer.close();
  expect(rt.log.length).toBeLessThanOrEqual(1024);
  return { rt, log };
}

describe('run -> trace -> replay with the runtime', () => {
  for (const ext of ['pmt', 'jsonl']) {
    it(`rebuilds the run's final state (same digest) from a .${ext} trace`, async () => {
      const path = join(dir, `run.${ext}`);
      const { rt, log } = record(path);
      const back = await readTrace(path, { check: true });
      expect(back.events).toEqual(log);
      const fromTrace = createProjection();
      for (const e of back.events) fromTrace.apply(e);
      const fromLog = createProjection();
      fromLog.applyAll(log);
      expect(fromTrace.digest()).toBe(fromLog.digest());
      // ... which is the live runtime's own state.
      expect(fromTrace.digest()).toBe(rt.digest());
      const live = (p: typeof fromLog) => {
        let n = 0;
        p.heap.forEachLive(() => n++);
        return n;
      };
      expect(live(fromTrace)).toBeGreaterThan(100);
      expect(live(fromTrace)).toBe(live(fromLog));
    });
  }

  it('refuses to record a runtime whose start-up events were not kept', () => {
    const rt = createRuntime();
    expect(() => createRuntimeTraceWriter(rt, join(dir, 'never.pmt'))).toThrow(/create it with record: true/);
  });

  it('agrees with the runtime about every event: the log checker finds no contradiction in a real run', () => {
    const { log } = record(join(dir, 'check.pmt'));
    const state = createTraceState({ strict: false });
    for (const e of log) state.apply(e);
    expect(state.problems).toEqual([]);
    const stats = createStatsCollector();
    stats.add(log);
    expect(stats.result().collections.byGeneration[0]).toBeGreaterThan(0);
    expect(stats.result().objects.freedByCollector).toBeGreaterThan(0);
  });

  it('seeks the runtime projection to any seq of a real run', async () => {
    const path = join(dir, 'seek.pmt');
    const { log } = record(path);
    // The runtime's projection can snapshot and restore, so seeks start from the nearest snapshot.
    const tt = await openTimeTravel(path, { createProjection: () => createProjection(), snapshotEvery: 1000 });
    expect(tt.snapshotCount).toBeGreaterThan(3);
    const digestAt = (target: number) => {
      const p = createProjection();
      p.applyAll(log.filter((e) => e.seq <= target));
      return p.digest();
    };
    for (const target of [Math.floor(log.length / 2), 0, 500, log.length - 1, 1500]) {
      await tt.seek(target);
      expect(tt.projection.digest()).toBe(digestAt(target));
    }
    await tt.stepBackward(3);
    expect(tt.seq).toBe(1497);
    expect(tt.projection.digest()).toBe(digestAt(1497));
  });
});
