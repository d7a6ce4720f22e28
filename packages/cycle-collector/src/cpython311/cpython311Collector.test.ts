import { describe, expect, it } from 'vitest';
import { createTestHost } from '../testing/testHost.js';
import { createCPython311Collector } from './cpython311Collector.js';

function setup() {
  const host = createTestHost();
  const gc = createCPython311Collector(host, { enabled: false });
  host.attach(gc);
  return { host, gc };
}

describe('the CPython 3.11 collector', () => {
  it('publishes each phase of gc_collect_main in order between Started and Finished', () => {
    const { host, gc } = setup();
    const a = host.alloc('list');
    host.append(a, a);
    host.drop(a);
    gc.collect();
    const seen = host.events.map((e) => (e.type === 'gc.phase' ? e.phase : e.type));
    expect(seen).toEqual([
      'gc.collectionStarted', 'updateRefs', 'subtractRefs', 'moveUnreachable', 'untrackTuples', 'untrackDicts',
      'moveLegacyFinalizers', 'handleWeakrefs', 'finalizeGarbage', 'handleResurrectedObjects', 'deleteGarbage',
      'handleLegacyFinalizers', 'clearFreeLists', 'gc.collectionFinished',
    ]);
    const counts = Object.fromEntries(host.events.flatMap((e) => (e.type === 'gc.phase' ? [[e.phase, e.count]] : [])));
    expect(counts).toMatchObject({ updateRefs: 1, subtractRefs: 1, moveUnreachable: 1, deleteGarbage: 1 });
    expect(host.events.at(-1)).toMatchObject({ type: 'gc.collectionFinished', generation: 2, collected: 1, uncollectable: 0 });
  });

  it('moves survivors one generation up and keeps each list in tracking order', () => {
    const { host, gc } = setup();
    const [a, b] = [host.alloc('list'), host.alloc('list')];
    expect(gc.generationList(0)).toEqual([a, b]);
    gc.collect(0);
    const c = host.alloc('list');
    expect([gc.generationList(0), gc.generationList(1)]).toEqual([[c], [a, b]]);
    gc.collect(1);
    expect([gc.generationOf(a), gc.generationOf(c), gc.generationOf(-5)]).toEqual([2, 2, -1]);
    gc.freeze();
    expect([gc.generationList(2), gc.generationList(3)]).toEqual([[], [a, b, c]]);
  });

  it('adds gen1 survivors to long_lived_pending and resets it on a full collection', () => {
    const { host, gc } = setup();
    host.alloc('list');
    host.alloc('list');
    gc.collect(1);
    expect([gc.longLivedPending, gc.longLivedTotal]).toEqual([2, 0]);
    gc.collect(2);
    expect([gc.longLivedPending, gc.longLivedTotal]).toEqual([0, 2]);
  });

  it('tells the host which objects it untracked itself', () => {
    const { host, gc } = setup();
    const n = host.alloc('int');
    const t = host.alloc('tuple', { items: [n] });
    expect(host.heap.isTracked(t)).toBe(true);
    gc.collect(0);
    expect(host.heap.isTracked(t)).toBe(false);
    expect(gc.generationOf(t)).toBe(-1);
  });

  it('refuses to track an object twice', () => {
    const { host, gc } = setup();
    const l = host.alloc('list');
    expect(() => gc.onTrack(l)).toThrow(/already tracked/);
  });

  it('rejects thresholds that are not one to three integers', () => {
    const { gc } = setup();
    expect(() => gc.setThreshold()).toThrow(TypeError);
    expect(() => gc.setThreshold(1.5)).toThrow(TypeError);
    expect(() => gc.setThreshold(1, 2, 3, 4)).toThrow(TypeError);
  });
});
