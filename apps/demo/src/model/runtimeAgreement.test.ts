// The model folds only events; the runtime decides them. These tests drive the real runtime
// through its mutator API and check that the fold of its log says what the runtime's own state
// says: liveness, refcounts, tracking, generations, gc counts, arenas and blocks per size class.
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '@pymem/runtime';
import { BuiltinType } from '@pymem/object-model';
import type { PoolAllocator } from '@pymem/pool-allocator';
import { createMemoryModel, type MemoryModel } from './memoryModel.js';
import { createTimeline } from './timeline.js';
import type { DemoEvent } from './demoEvent.js';

function fold(rt: Runtime): MemoryModel {
  const m = createMemoryModel();
  for (const e of rt.log) m.apply(e as unknown as DemoEvent);
  return m;
}

function expectAgreement(rt: Runtime, m: MemoryModel): void {
  for (let h = 0; h < m.highWater; h++) {
    expect(m.isLive(h), `live #${h}`).toBe(rt.refcounts.isLive(h));
    if (!rt.refcounts.isLive(h)) continue;
    expect(m.refcount(h), `refcount #${h}`).toBe(rt.refcounts.refcount(h));
    expect(m.generation(h), `generation #${h}`).toBe(rt.collector!.generationOf!(h));
  }
  expect(m.gc.counts).toEqual([...rt.getCount()]);
  expect(m.gc.thresholds).toEqual([...rt.getThreshold()]);
  const pools = rt.allocator as PoolAllocator;
  expect(m.arenas.size).toBe(pools.arenas().length);
  const runtimeBlocks = new Map<number, number>();
  pools.forEachUsedPool((c, n) => runtimeBlocks.set(c, (runtimeBlocks.get(c) ?? 0) + n));
  const modelBlocks = new Map<number, number>();
  for (const p of m.pools.values()) if (p.used > 0) modelBlocks.set(p.sizeClass, (modelBlocks.get(p.sizeClass) ?? 0) + p.used);
  expect(modelBlocks).toEqual(runtimeBlocks);
  expect(m.anomalies).toBe(0);
}

/** Two lists referring to each other, dropped by the program: only a collection frees them. */
function listCycle(rt: Runtime): [number, number] {
  const a = rt.allocate(BuiltinType.list, { slots: 1 });
  const b = rt.allocate(BuiltinType.list, { slots: 1 });
  rt.setSlot(a, 0, b);
  rt.setSlot(b, 0, a);
  return [a, b];
}

describe('the model against the runtime', () => {
  it('agrees on a cycle before and after the collector frees it', () => {
    const rt = createRuntime({ record: true });
    const keep = rt.allocate(BuiltinType.list, { slots: 0 });
    const [a, b] = listCycle(rt);
    rt.decref(a);
    rt.decref(b);
    expectAgreement(rt, fold(rt));
    expect(rt.collect(2)).toBe(2);
    const m = fold(rt);
    expectAgreement(rt, m);
    expect(m.isLive(a) || m.isLive(b)).toBe(false);
    expect(m.generation(keep)).toBe(2);
  });

  it('agrees through automatic collections, freeze and new thresholds', () => {
    const rt = createRuntime({ record: true });
    rt.setThreshold(10, 2, 2);
    const held: number[] = [];
    for (let i = 0; i < 120; i++) {
      const [a, b] = listCycle(rt);
      if (i % 3 === 0) held.push(a);
      else rt.decref(a);
      rt.decref(b);
      if (i === 60) rt.freeze();
    }
    const t = createTimeline({ snapshotEvery: 256 });
    t.append(rt.log as unknown as DemoEvent[]);
    expect(t.collections.length).toBeGreaterThan(5);
    expectAgreement(rt, t.seek(t.length));
    expect(t.seek(t.length).gc.frozen).toBe(rt.getFreezeCount());
  });

  it('agrees on pools and arenas as thousands of objects come and go', () => {
    const rt = createRuntime({ record: true });
    const ints: number[] = [];
    for (let i = 0; i < 6000; i++) ints.push(rt.allocate(BuiltinType.float));
    expectAgreement(rt, fold(rt));
    for (const h of ints) rt.decref(h);
    expectAgreement(rt, fold(rt));
  });
});
