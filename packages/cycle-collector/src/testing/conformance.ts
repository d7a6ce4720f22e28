// The conformance suite every collector must pass (MMTk reruns its tests on every plan; so do
// we): never free a reachable object, free every unreachable cycle on a full collection, call
// each finalizer at most once, handle resurrection and weak references, leave refcounts
// consistent. It runs on the in-package test host and needs no test framework: pass your
// framework's `describe` and `it`. Start with `describeCollector`.
import type { CollectorFactory } from '../collector.js';
import { ObjectFlag } from '../collector.js';
import { NULL, type Handle } from '../handle.js';
import { createTestHost, type TestHost } from './testHost.js';

/** What the suite may assume about a collector. */
export interface ConformanceOptions {
  /**
   * The collector frees unreachable cycles on a full collection (default true). A collector that
   * declares false (the no-op template) is checked to leak them instead, and to stay safe.
   */
  readonly freesCycles?: boolean;
  /** Settings passed to the factory. */
  readonly settings?: unknown;
  /**
   * Makes the host each case runs on (default `createTestHost`): a runtime can run the suite
   * through its own heap by providing a `TestHost` over it. The suite attaches the collector.
   */
  readonly host?: () => TestHost;
}

/** One check of the suite. */
export interface ConformanceCase {
  readonly name: string;
  /** Throws an Error describing the first violation. */
  run(factory: CollectorFactory<unknown>, options: ConformanceOptions): void;
}

/** The `describe` and `it` of a test framework (vitest, jest, mocha and node:test all fit). */
export interface TestFunctions {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => void): unknown;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function setup(factory: CollectorFactory<unknown>, options: ConformanceOptions): TestHost {
  const host = options.host ? options.host() : createTestHost();
  host.attach(factory(host, options.settings as never));
  host.collector.disable();
  return host;
}

function fullCollect(host: TestHost): number {
  return host.collector.collect(Math.max(2, host.collector.generations - 1));
}

/** Checks the two safety properties after a collection: nothing reachable is gone, refcounts add up. */
function checkSafe(host: TestHost, reachableBefore: Set<Handle>): void {
  for (const h of reachableBefore) {
    check(host.heap.isAlive(h), `freed ${host.label(h)}, which was reachable from a name`);
    check(!host.heap.isFinalized(h), `ran __del__ of ${host.label(h)}, which was reachable from a name`);
  }
  host.checkRefcounts();
}

/** Checks that no tracked object is left that no name reaches (after a full collection). */
function checkComplete(host: TestHost): void {
  const reachable = host.reachableFromRoots();
  for (const h of host.liveHandles()) {
    if (host.heap.isTracked(h) && !reachable.has(h)) {
      throw new Error(`${host.label(h)} is unreachable but survived a full collection`);
    }
  }
}

/** A small deterministic generator (mulberry32), so failures reproduce from the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a random object graph on a host: `n` objects of mixed kinds, random references
 * between them, then drops a random part of the names. Returns the objects.
 *
 * @example
 * ```ts
 * randomGraph(host, seededRandom(1), 40);
 * ```
 */
export function randomGraph(host: TestHost, random: () => number, n: number, dropRatio = 0.7): Handle[] {
  const kinds = ['list', 'dict', 'instance', 'set', 'tuple'] as const;
  const objs: Handle[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const items = kind === 'tuple' && objs.length > 0 ? [objs[Math.floor(random() * objs.length)]!] : [];
    const del = kind === 'instance' && random() < 0.5 ? () => undefined : undefined;
    objs.push(host.alloc(kind, { items, label: `${kind}${i}`, del }));
  }
  const edges = Math.floor(n * 1.5);
  for (let e = 0; e < edges; e++) {
    const from = objs[Math.floor(random() * n)]!;
    const to = objs[Math.floor(random() * n)]!;
    if (host.heap.objectFlags(from) & ObjectFlag.ExactTuple) continue; // tuples are immutable after creation
    host.append(from, to);
  }
  for (const h of objs) if (random() < dropRatio) host.drop(h);
  return objs;
}

function ring(host: TestHost, kinds: readonly ('list' | 'dict' | 'instance' | 'set')[]): Handle[] {
  const objs = kinds.map((k, i) => host.alloc(k, { label: `${k}${i}` }));
  objs.forEach((h, i) => host.append(h, objs[(i + 1) % objs.length]!));
  return objs;
}

const safetyCases: ConformanceCase[] = [
  {
    name: 'never frees an object reachable from a name',
    run(factory, options) {
      for (let seed = 1; seed <= 20; seed++) {
        const host = setup(factory, options);
        randomGraph(host, seededRandom(seed), 40);
        const reachable = host.reachableFromRoots();
        fullCollect(host);
        checkSafe(host, reachable);
      }
    },
  },
  {
    name: 'keeps a cycle that a live object references',
    run(factory, options) {
      const host = setup(factory, options);
      const keep = host.alloc('list', { label: 'keep' });
      const cycle = ring(host, ['instance', 'instance']);
      host.append(keep, cycle[0]!);
      cycle.forEach((h) => host.drop(h));
      check(fullCollect(host) === 0, 'a collection reported garbage while everything was reachable');
      checkSafe(host, new Set([keep, ...cycle]));
    },
  },
  {
    name: 'leaves refcounts consistent after every collection of a random program',
    run(factory, options) {
      const host = setup(factory, options);
      const random = seededRandom(7);
      for (let round = 0; round < 10; round++) {
        randomGraph(host, random, 15, 0.8);
        const gen = Math.floor(random() * 3);
        const reachable = host.reachableFromRoots();
        host.collector.collect(gen);
        checkSafe(host, reachable);
      }
    },
  },
  {
    name: 'returns 0 from a collection started inside a collection',
    run(factory, options) {
      const host = setup(factory, options);
      const nested: number[] = [];
      host.gcCallbacks.push(() => nested.push(host.collector.collect()));
      fullCollect(host);
      check(nested.length === 2 && nested.every((r) => r === 0), `nested collect() returned ${JSON.stringify(nested)}`);
    },
  },
  {
    name: "accepts gc.collect's generations 0..2 and rejects others",
    run(factory, options) {
      const host = setup(factory, options);
      for (const g of [0, 1, 2]) check(host.collector.collect(g) === 0, `collect(${g}) of an empty heap was not 0`);
      for (const g of [-1, Math.max(3, host.collector.generations), 0.5]) {
        let threw = false;
        try {
          host.collector.collect(g);
        } catch {
          threw = true;
        }
        check(threw, `collect(${g}) did not throw`);
      }
    },
  },
  {
    name: 'counts GC allocations in getCount()[0] and never below zero',
    run(factory, options) {
      const host = setup(factory, options);
      fullCollect(host);
      const a = host.alloc('list');
      const b = host.alloc('instance');
      check(host.collector.getCount()[0] === 2, `count0 is ${host.collector.getCount()[0]} after two allocations`);
      host.collector.collect(0);
      host.drop(a);
      host.drop(b);
      check(host.collector.getCount()[0] === 0, 'frees took count0 below zero');
    },
  },
  {
    name: 'never collects frozen objects',
    run(factory, options) {
      const host = setup(factory, options);
      const cycle = ring(host, ['list', 'list']);
      host.collector.freeze();
      check(host.collector.getFreezeCount() === 2, `freeze count ${host.collector.getFreezeCount()}`);
      cycle.forEach((h) => host.drop(h));
      fullCollect(host);
      check(cycle.every((h) => host.heap.isAlive(h)), 'a frozen object was freed');
      host.checkRefcounts();
    },
  },
  {
    name: 'brackets each collection with collectionStarted and collectionFinished events',
    run(factory, options) {
      const host = setup(factory, options);
      fullCollect(host);
      const types = host.events.map((e) => e.type).filter((t) => t.startsWith('gc.collection'));
      check(JSON.stringify(types) === '["gc.collectionStarted","gc.collectionFinished"]', `events: ${types.join(', ')}`);
    },
  },
];

const completenessCases: ConformanceCase[] = [
  {
    name: 'frees a self-referencing list on a full collection',
    run(factory, options) {
      const host = setup(factory, options);
      const l = host.alloc('list');
      host.append(l, l);
      host.drop(l);
      check(fullCollect(host) === 1, 'collect() did not report the self-referencing list');
      check(!host.heap.isAlive(l), 'the list survived');
    },
  },
  {
    name: 'frees every unreachable cycle of a random graph on a full collection',
    run(factory, options) {
      for (let seed = 1; seed <= 20; seed++) {
        const host = setup(factory, options);
        randomGraph(host, seededRandom(seed), 40);
        const reachable = host.reachableFromRoots();
        fullCollect(host);
        checkSafe(host, reachable);
        checkComplete(host);
      }
    },
  },
  {
    name: 'frees a long cycle through lists, dicts, sets and instances',
    run(factory, options) {
      const host = setup(factory, options);
      const objs = ring(host, ['list', 'dict', 'set', 'instance', 'list', 'instance', 'dict']);
      objs.forEach((h) => host.drop(h));
      check(fullCollect(host) === objs.length, 'collect() did not count every member of the cycle');
      check(objs.every((h) => !host.heap.isAlive(h)), 'a member of the cycle survived');
      host.checkRefcounts();
    },
  },
  {
    name: 'calls each finalizer at most once, across collections',
    run(factory, options) {
      const host = setup(factory, options);
      const objs = ['x', 'y', 'z'].map((name) => host.alloc('instance', { label: name, del: () => undefined }));
      objs.forEach((h, i) => host.append(h, objs[(i + 1) % 3]!));
      objs.forEach((h) => host.drop(h));
      fullCollect(host);
      fullCollect(host);
      for (const name of ['x', 'y', 'z']) {
        check(host.finalizeCalls.get(name) === 1, `__del__ of ${name} ran ${host.finalizeCalls.get(name) ?? 0} times`);
      }
      checkComplete(host);
    },
  },
  {
    name: 'keeps what a finalizer resurrects, and frees it later without a second __del__',
    run(factory, options) {
      const host = setup(factory, options);
      const saved = host.alloc('list', { label: 'saved' });
      const r = host.alloc('instance', { label: 'r', del: (h, self) => h.append(saved, self) });
      const l = host.alloc('list', { label: 'l' });
      host.append(r, r);
      host.append(r, l);
      host.append(l, r);
      host.drop(l);
      host.drop(r);
      fullCollect(host);
      check(host.heap.isAlive(r) && host.heap.isAlive(l), 'a resurrected object or its referent was freed');
      host.checkRefcounts();
      host.setSlot(saved, 0, NULL);
      fullCollect(host);
      check(!host.heap.isAlive(r) && !host.heap.isAlive(l), 'the cycle survived once no longer resurrected');
      check(host.finalizeCalls.get('r') === 1, `__del__ ran ${host.finalizeCalls.get('r')} times`);
      host.checkRefcounts();
    },
  },
  {
    name: 'clears weakrefs to garbage and runs live callbacks before any __del__',
    run(factory, options) {
      const host = setup(factory, options);
      const d = host.alloc('instance', { label: 'd', del: () => undefined });
      host.append(d, d);
      const w = host.weakref(d, () => undefined, 'w');
      host.drop(d);
      fullCollect(host);
      const log = host.log.filter((e) => !e.startsWith('free'));
      check(JSON.stringify(log) === '["callback w","del d"]', `order was ${JSON.stringify(log)}`);
      check(host.heap.weakrefsTo(d).length === 0 && host.heap.isAlive(w), 'the weakref was not cleared, or was freed');
      host.checkRefcounts();
    },
  },
  {
    name: 'skips the callback of a weakref that is garbage itself',
    run(factory, options) {
      const host = setup(factory, options);
      const c = host.alloc('instance', { label: 'c' });
      host.append(c, c);
      const w = host.weakref(c, () => undefined, 'w');
      host.append(c, w);
      host.drop(w);
      host.drop(c);
      fullCollect(host);
      check(!host.log.some((e) => e.startsWith('callback')), 'a garbage weakref ran its callback');
      check(!host.heap.isAlive(c) && !host.heap.isAlive(w), 'the cycle survived');
    },
  },
  {
    name: 'saves garbage to gc.garbage instead of freeing it with DEBUG_SAVEALL',
    run(factory, options) {
      const host = setup(factory, options);
      host.collector.setDebug(32);
      const cycle = ring(host, ['list', 'list']);
      cycle.forEach((h) => host.drop(h));
      check(fullCollect(host) === 2, 'DEBUG_SAVEALL collection did not report 2');
      check(host.garbage.length === 2 && cycle.every((h) => host.heap.isAlive(h)), 'gc.garbage does not hold the cycle');
      host.checkRefcounts();
    },
  },
  {
    name: 'keeps cycles with legacy finalizers as uncollectable, in gc.garbage',
    run(factory, options) {
      const host = setup(factory, options);
      const l = host.alloc('legacy', { label: 'L' });
      const x = host.alloc('list', { label: 'x' });
      host.append(l, l);
      host.append(l, x);
      host.drop(x);
      host.drop(l);
      check(fullCollect(host) === 2, 'a legacy-finalizer cycle was not reported as 2 uncollectable');
      check(host.garbage.length === 1 && host.garbage[0] === l, 'gc.garbage should hold the legacy object only');
      const st = host.collector.getStats();
      check(st[2]!.uncollectable === 2, 'stats of generation 2 do not count 2 uncollectable');
      host.checkRefcounts();
    },
  },
];

const leakCases: ConformanceCase[] = [
  {
    name: 'leaks cycles as declared, and finalizes nothing',
    run(factory, options) {
      const host = setup(factory, options);
      const objs = ['x', 'y'].map((name) => host.alloc('instance', { label: name, del: () => undefined }));
      host.append(objs[0]!, objs[1]!);
      host.append(objs[1]!, objs[0]!);
      objs.forEach((h) => host.drop(h));
      check(fullCollect(host) === 0, 'a collector declared not to free cycles reported garbage');
      check(objs.every((h) => host.heap.isAlive(h)) && host.finalizeCalls.size === 0, 'it freed or finalized something');
      host.checkRefcounts();
    },
  },
];

/**
 * The cases that apply to a collector with these options.
 *
 * @example
 * ```ts
 * for (const c of conformanceCases({ freesCycles: true })) c.run(createMyCollector, {});
 * ```
 */
export function conformanceCases(options: ConformanceOptions = {}): readonly ConformanceCase[] {
  return options.freesCycles === false ? [...safetyCases, ...leakCases] : [...safetyCases, ...completenessCases];
}

/**
 * Registers the conformance suite for a collector with your test framework.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * describeCollector('my collector', createMyCollector, { describe, it });
 * ```
 */
export function describeCollector(
  name: string,
  factory: CollectorFactory<never>,
  test: TestFunctions,
  options: ConformanceOptions = {},
): void {
  test.describe(`${name} conforms to the Collector contract`, () => {
    for (const c of conformanceCases(options)) {
      test.it(c.name, () => c.run(factory as CollectorFactory<unknown>, options));
    }
  });
}
