import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuiltinType, InvariantViolation, NULL, type Handle } from '@pymem/object-model';
import { createPoolAllocator, mallocStats, type PoolAllocator } from '@pymem/pool-allocator';
import { createProjection, createRuntime, type Runtime } from './index.js';

// A random program over the mutator API, run against a plain model of reference counting:
// each object's count = references the program holds + slots pointing at it; an object dies
// when that reaches zero, and takes its slots' references with it.
type Op =
  | { op: 'alloc'; kind: number; slots: number }
  | { op: 'dup'; pick: number }
  | { op: 'drop'; pick: number }
  | { op: 'store'; owner: number; index: number; target: number; clear: boolean };

const kinds = [BuiltinType.list, BuiltinType.tuple, BuiltinType.dict, BuiltinType.float, BuiltinType.object, -1];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('alloc' as const), kind: fc.nat(kinds.length - 1), slots: fc.nat(4) }),
  fc.record({ op: fc.constant('dup' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('store' as const), owner: fc.nat(), index: fc.nat(), target: fc.nat(), clear: fc.boolean() }),
);

interface Model {
  count: Map<Handle, number>;
  slots: Map<Handle, Handle[]>;
}

function modelDecref(m: Model, h: Handle): void {
  const n = m.count.get(h)! - 1;
  m.count.set(h, n);
  if (n > 0) return;
  const slots = m.slots.get(h)!;
  m.count.delete(h);
  m.slots.delete(h);
  for (const t of slots) if (t !== NULL) modelDecref(m, t);
}

function run(rt: Runtime, ops: Op[], cls: number): { owned: Handle[]; model: Model } {
  const owned: Handle[] = [];
  const model: Model = { count: new Map(), slots: new Map() };
  for (const o of ops) {
    if (o.op === 'alloc') {
      const type = kinds[o.kind]! === -1 ? cls : kinds[o.kind]!;
      const container = type === BuiltinType.list || type === BuiltinType.tuple || type === BuiltinType.dict || type === cls;
      const n = container ? o.slots : 0;
      const h = rt.allocate(type, type === BuiltinType.tuple ? { items: n } : { slots: n });
      expect(model.count.has(h)).toBe(false);
      model.count.set(h, 1);
      model.slots.set(h, new Array<Handle>(n).fill(NULL));
      owned.push(h);
    } else if (owned.length === 0) {
      continue;
    } else if (o.op === 'dup') {
      const h = owned[o.pick % owned.length]!;
      rt.incref(h);
      model.count.set(h, model.count.get(h)! + 1);
      owned.push(h);
    } else if (o.op === 'drop') {
      const i = o.pick % owned.length;
      const h = owned[i]!;
      owned.splice(i, 1);
      rt.decref(h);
      modelDecref(model, h);
    } else {
      const owner = owned[o.owner % owned.length]!;
      const slots = model.slots.get(owner)!;
      // Tuples are filled when built and never change (a tuple-only cycle has no tp_clear and
      // would leak in CPython too), so the program stores only into mutable containers.
      if (slots.length === 0 || rt.heap.typeOf(owner) === BuiltinType.tuple) continue;
      const index = o.index % slots.length;
      const target = o.clear ? NULL : owned[o.target % owned.length]!;
      const old = slots[index]!;
      rt.setSlot(owner, index, target);
      if (target !== NULL) model.count.set(target, model.count.get(target)! + 1);
      slots[index] = target;
      if (old !== NULL) modelDecref(model, old);
    }
    // After every call: the same objects live, with the same counts, none negative.
    for (const [h, n] of model.count) {
      expect(rt.heap.isAlive(h)).toBe(true);
      expect(rt.refcounts.refcount(h)).toBe(n);
    }
  }
  return { owned, model };
}

function liveDynamic(rt: Runtime): Handle[] {
  const out: Handle[] = [];
  rt.heap.forEachLive((h) => {
    if (!rt.heap.isStatic(h) && rt.heap.typeInfo(h).name !== 'type') out.push(h);
  });
  return out;
}

describe('reference counting properties (fast-check)', () => {
  it('counts match the model after every call, never negative, and exactly the dead objects are freed', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const rt = createRuntime({ collector: null });
        const cls = rt.registerClass({ name: 'C' });
        const { owned, model } = run(rt, ops, cls);
        for (const h of owned) {
          rt.decref(h);
          modelDecref(model, h);
        }
        // What is still alive is exactly what the model keeps: objects in reference cycles.
        expect(liveDynamic(rt).sort((a, b) => a - b)).toEqual([...model.count.keys()].sort((a, b) => a - b));
        rt.heap.forEachLive((h) => expect(rt.refcounts.refcount(h)).toBeGreaterThanOrEqual(0));
      }),
      { numRuns: 60 },
    );
  });

  it('with the CPython collector, a full collection frees the cycles that are left', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const rt = createRuntime();
        rt.disable();
        const cls = rt.registerClass({ name: 'C' });
        const { owned } = run(rt, ops, cls);
        for (const h of owned) rt.decref(h);
        rt.collect(2);
        expect(liveDynamic(rt)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a decref below zero or on a freed object throws, naming the seq, and changes nothing', () => {
    fc.assert(
      fc.property(fc.nat(5), (extra) => {
        const rt = createRuntime();
        const h = rt.allocate(BuiltinType.float);
        for (let i = 0; i < extra; i++) rt.incref(h);
        for (let i = 0; i <= extra; i++) rt.decref(h);
        const seq = rt.bus.nextSeq;
        let caught: unknown;
        try {
          rt.decref(h);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(InvariantViolation);
        expect((caught as InvariantViolation).seq).toBe(seq);
        expect((caught as InvariantViolation).kind).toBe('useAfterFree');
        expect(rt.bus.nextSeq).toBe(seq);
      }),
      { numRuns: 20 },
    );
  });

  it('a runtime whose components are the only subscriber (counts and slots applied directly) ends like one with a subscriber', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.boolean(), (ops, collect) => {
        const play = (rt: Runtime): void => {
          const cls = rt.registerClass({ name: 'C' });
          const { owned } = run(rt, ops, cls);
          for (const h of owned.slice(0, owned.length >> 1)) rt.decref(h);
          if (collect) rt.collect(2);
        };
        const alone = createRuntime();
        play(alone);
        const watched = createRuntime();
        let seen = 0;
        watched.bus.subscribe(() => seen++);
        play(watched);
        expect(alone.digest()).toBe(watched.digest());
        expect(alone.bus.nextSeq).toBe(watched.bus.nextSeq);
        expect(alone.heap.totals()).toEqual(watched.heap.totals());
        expect(seen).toBe(watched.bus.nextSeq - createRuntime().bus.nextSeq);
      }),
      { numRuns: 40 },
    );
  });

  it('replaying the recorded log into a projection rebuilds an identical digest', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.boolean(), (ops, collect) => {
        const rt = createRuntime({ record: true });
        const cls = rt.registerClass({ name: 'C' });
        const { owned } = run(rt, ops, cls);
        for (const h of owned.slice(0, owned.length >> 1)) rt.decref(h);
        if (collect) rt.collect(2);
        const p = createProjection();
        p.applyAll(rt.log);
        expect(p.digest()).toBe(rt.digest());
        expect(p.heap.totals()).toEqual(rt.heap.totals());
      }),
      { numRuns: 40 },
    );
  });
});

describe('replaceSlots (a memmove with its reference changes)', () => {
  it('leaves every count as if each new slot were increfed and each old slot decrefed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { maxLength: 8 }),
        fc.array(fc.nat(6), { maxLength: 8 }),
        (before, after) => {
          const rt = createRuntime({ collector: null });
          const pool = Array.from({ length: 6 }, () => rt.allocate(BuiltinType.float));
          const pick = (i: number): Handle => (i === 6 ? NULL : pool[i]!);
          const owner = rt.allocate(BuiltinType.list, { slots: before.length });
          before.forEach((i, k) => rt.setSlot(owner, k, pick(i)));
          const expected = pool.map((h) => rt.refcounts.refcount(h) + after.filter((i) => pick(i) === h).length - before.filter((i) => pick(i) === h).length);
          rt.replaceSlots(owner, after.map(pick));
          expect(pool.map((h) => rt.refcounts.refcount(h))).toEqual(expected);
          expect(after.map((_, k) => rt.heap.slot(owner, k))).toEqual(after.map(pick));
          expect(rt.heap.slotCount(owner)).toBe(after.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('releases the dropped references from the end of the old slots', () => {
    const released: number[] = [];
    const rt = createRuntime({ hooks: { finalize: (h) => released.push(rt.payloads.get(h) as number) } });
    const M = rt.registerClass({ name: 'M', hasFinalizer: true });
    const owner = rt.allocate(BuiltinType.list, { slots: 4 });
    const ms = [0, 1, 2, 3].map((i) => rt.allocate(M, { payload: i }));
    ms.forEach((m, i) => rt.setSlot(owner, i, m, true));
    rt.replaceSlots(owner, [ms[1]!]);
    expect(released).toEqual([3, 2, 0]);
  });
});

describe('projection with an allocator', () => {
  it('replays every malloc, realloc and free of the log and ends in the same pymalloc state', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.array(fc.nat(600), { maxLength: 6 }), (ops, bufferSizes) => {
        const rt = createRuntime({ record: true });
        const cls = rt.registerClass({ name: 'C' });
        const { owned } = run(rt, ops, cls);
        const lists = owned.filter((h) => rt.heap.typeOf(h) === BuiltinType.list);
        bufferSizes.forEach((n, i) => {
          if (lists.length > 0) rt.resizeBuffer(lists[i % lists.length]!, 'items', n);
        });
        for (const h of owned.slice(0, owned.length >> 1)) rt.decref(h);
        rt.collect(2);
        const p = createProjection({ allocator: createPoolAllocator() });
        p.applyAll(rt.log);
        expect(p.digest()).toBe(rt.digest());
        expect(mallocStats(p.allocator as PoolAllocator)).toEqual(mallocStats(rt.allocator as PoolAllocator));
      }),
      { numRuns: 30 },
    );
  });
});

describe('projection snapshots', () => {
  it('restoring a snapshot taken at any point and replaying the rest gives the same digest', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), (ops, at) => {
        const rt = createRuntime({ record: true });
        const cls = rt.registerClass({ name: 'C' });
        const { owned } = run(rt, ops, cls);
        for (const h of owned) rt.decref(h);
        rt.collect(2);
        const cut = Math.floor(at * rt.log.length);
        const first = createProjection();
        first.applyAll(rt.log.slice(0, cut));
        const snap = first.snapshot();
        const digestAtCut = first.digest();
        first.applyAll(rt.log.slice(cut));
        expect(first.digest()).toBe(rt.digest());
        // Back in time on the same projection, then forward again.
        first.restore(snap);
        expect(first.digest()).toBe(digestAtCut);
        first.applyAll(rt.log.slice(cut));
        expect(first.digest()).toBe(rt.digest());
        // Into a fresh projection that never saw the start of the log.
        const second = createProjection();
        second.restore(snap);
        second.applyAll(rt.log.slice(cut));
        expect(second.digest()).toBe(rt.digest());
      }),
      { numRuns: 30 },
    );
  });
});
