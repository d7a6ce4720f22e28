import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeline } from './timeline.js';
import { createMemoryModel } from './memoryModel.js';
import { eventScript, type EventScript } from './eventScript.js';

const LIST = 12;

/** A random but consistent program: allocations, references, drops and collections. */
function randomRun(seed: number, steps: number): EventScript {
  let x = seed >>> 0 || 1;
  const rnd = (n: number): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const s = eventScript();
  const live: number[] = [];
  for (let i = 0; i < steps; i++) {
    const r = rnd(10);
    if (r < 4 || live.length === 0) live.push(s.alloc(LIST, 56));
    else if (r < 6) s.store(live[rnd(live.length)]!, rnd(3), live[rnd(live.length)]!);
    else if (r < 8) {
      const h = live[rnd(live.length)]!;
      if (s.refcount(h) > 1) s.decref(h);
      else s.statement(i);
    } else if (r < 9) {
      s.raw({ type: 'gc.collectionStarted', collector: 'cpython', generation: rnd(3), reason: 'manual', counts: [0, 0, 0] });
      s.raw({ type: 'gc.collectionFinished', collector: 'cpython', generation: 0, collected: 0, uncollectable: 0 });
    } else s.statement(i);
  }
  return s;
}

describe('the timeline', () => {
  it('seeks to any position and shows exactly what folding the events up to it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (seed, fractions) => {
        const s = randomRun(seed, 400);
        const t = createTimeline({ snapshotEvery: 64 });
        t.append(s.events);
        for (const f of fractions) {
          const p = Math.floor(f * t.length);
          const fresh = createMemoryModel();
          for (let i = 0; i < p; i++) fresh.apply(s.events[i]!);
          expect(t.seek(p).snapshot()).toEqual(fresh.snapshot());
        }
      }),
      { numRuns: 25 },
    );
  });

  it('ends where the whole run ends', () => {
    const s = randomRun(7, 300);
    const t = createTimeline({ snapshotEvery: 50 });
    t.append(s.events.slice(0, 100));
    t.append(s.events.slice(100));
    expect(t.seek(t.length).snapshot()).toEqual(t.final.snapshot());
    expect(t.snapshotCount).toBeGreaterThan(1);
  });

  it('steps from statement to statement in both directions', () => {
    const s = eventScript();
    s.statement(1);
    const a = s.alloc(LIST, 56);
    s.statement(2);
    s.decref(a);
    s.statement(3);
    const t = createTimeline();
    t.append(s.events);
    const [first, second, third] = t.statements;
    expect(t.stepStatement(0, 1)).toBe(first! + 1);
    expect(t.stepStatement(first! + 1, 1)).toBe(second! + 1);
    expect(t.seek(t.stepStatement(second! + 1, 1)).line).toBe(3);
    expect(t.stepStatement(third! + 1, 1)).toBe(third! + 1);
    expect(t.stepStatement(third! + 1, -1)).toBe(second! + 1);
    expect(t.stepStatement(first! + 1, -1)).toBe(0);
  });

  it('knows the unreachable objects of a collection while it runs', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    const b = s.alloc(LIST, 56);
    s.store(a, 0, b);
    s.store(b, 0, a);
    s.decref(a);
    s.decref(b);
    const keep = s.alloc(LIST, 56);
    s.raw({ type: 'gc.collectionStarted', collector: 'cpython', generation: 2, reason: 'manual', counts: [3, 0, 0] });
    s.raw({ type: 'gc.phase', collector: 'cpython', generation: 2, phase: 'moveUnreachable', count: 2 });
    s.raw({ type: 'slot.stored', owner: a, index: 0, target: -1 });
    s.decref(b);
    s.raw({ type: 'slot.stored', owner: b, index: 0, target: -1 });
    s.decref(a);
    s.raw({ type: 'gc.collectionFinished', collector: 'cpython', generation: 2, collected: 2, uncollectable: 0 });
    const t = createTimeline();
    t.append(s.events);
    expect(t.collections).toHaveLength(1);
    const c = t.collections[0]!;
    expect([...c.unreachable].sort()).toEqual([a, b].sort());
    expect(c.unreachable.has(keep)).toBe(false);
    expect(t.collectionAt(c.start)).toBeUndefined();
    expect(t.collectionAt(c.start + 2)).toBe(c);
    expect(t.seek(c.start + 2).gc.phase).toBe('moveUnreachable');
    expect(t.collectionAt(c.end + 1)).toBeUndefined();
    expect(t.stepCollection(0, 1)).toBe(c.start + 1);
    expect(t.stepCollection(c.start + 1, -1)).toBe(0);
    expect(t.seek(t.length).freedByCollector).toBe(2);
  });
});
