import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestHost } from '../testing/testHost.js';
import { createCPython311Collector } from './cpython311Collector.js';

const KINDS = ['list', 'dict', 'instance', 'set', 'tuple', 'int'] as const;

const program = fc.record({
  kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 40 }),
  edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
  drops: fc.array(fc.boolean(), { maxLength: 40 }),
  youngFirst: fc.constantFrom(-1, 0, 1),
});

describe('the 3.11 collector against a plain reachability computation', () => {
  it('frees exactly the tracked objects no name reaches, and reports how many', () => {
    fc.assert(
      fc.property(program, ({ kinds, edges, drops, youngFirst }) => {
        const host = createTestHost();
        const gc = createCPython311Collector(host, { enabled: false });
        host.attach(gc);
        const objs: number[] = [];
        kinds.forEach((kind, i) => {
          const items = kind === 'tuple' && objs.length > 0 ? [objs[i % objs.length]!] : [];
          objs.push(host.alloc(kind, { items }));
        });
        for (const [a, b] of edges) {
          const from = objs[a % objs.length]!;
          const k = kinds[a % objs.length]!;
          if (k === 'tuple' || k === 'int') continue;
          host.append(from, objs[b % objs.length]!);
        }
        objs.forEach((h, i) => {
          if (drops[i]) host.drop(h);
        });
        if (youngFirst >= 0) {
          const reachable = host.reachableFromRoots();
          gc.collect(youngFirst);
          for (const h of reachable) expect(host.heap.isAlive(h)).toBe(true);
        }
        const reachable = host.reachableFromRoots();
        const garbage = host.liveHandles().filter((h) => host.heap.isTracked(h) && !reachable.has(h));
        expect(gc.collect(2)).toBe(garbage.length);
        const live = new Set(host.liveHandles());
        for (const h of reachable) expect(live.has(h)).toBe(true);
        for (const h of live) expect(reachable.has(h)).toBe(true);
        host.checkRefcounts();
      }),
      { numRuns: 300 },
    );
  });
});

describe('re-simulation', () => {
  it('decides the same: one program run twice gives the same events and the same frees, for every shipped collector', async () => {
    const { collectors } = await import('../registry.js');
    const { randomGraph, seededRandom } = await import('../testing/conformance.js');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...collectors.names()), (seed, name) => {
        const run = () => {
          const host = createTestHost();
          host.attach(collectors.create(name, host, { threshold: 7, thresholds: [7, 2, 2] }));
          const random = seededRandom(seed);
          for (let round = 0; round < 4; round++) randomGraph(host, random, 12, 0.8);
          host.collector.collect(2);
          return { events: host.events, log: host.log, counts: host.collector.getCount() };
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 60 },
    );
  });
});
