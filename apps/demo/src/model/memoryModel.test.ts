import { describe, expect, it } from 'vitest';
import { createMemoryModel, Gen } from './memoryModel.js';
import { eventScript } from './eventScript.js';
import type { DemoEvent } from './demoEvent.js';

const LIST = 12;
const INT = 4;

function fold(events: readonly DemoEvent[]) {
  const m = createMemoryModel({ typeNames: new Map([[LIST, 'list'], [INT, 'int']]) });
  for (const e of events) m.apply(e);
  return m;
}

describe('the memory model', () => {
  it('follows a refcount up and down and frees the object at zero', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    s.incref(a);
    s.incref(a);
    const m = fold(s.events);
    expect(m.refcount(a)).toBe(3);
    expect(m.typeName(a)).toBe('list');
    s.decref(a);
    s.decref(a);
    s.decref(a);
    const after = fold(s.events);
    expect(after.isLive(a)).toBe(false);
    expect(after.liveObjects).toBe(0);
    expect(after.freedByRefcount).toBe(1);
  });

  it('draws references from slot stores and forgets them when the owner dies', () => {
    const s = eventScript();
    const outer = s.alloc(LIST, 56);
    const inner = s.alloc(LIST, 56);
    s.store(outer, 0, inner);
    s.store(outer, 1, inner);
    expect(fold(s.events).referents(outer)).toEqual([inner, inner]);
    s.raw({ type: 'slot.stored', owner: outer, index: 0, target: -1 });
    expect(fold(s.events).referents(outer)).toEqual([inner]);
    s.raw({ type: 'slots.resized', owner: outer, count: 1 });
    expect(fold(s.events).referents(outer)).toEqual([]);
  });

  it('follows a list resized on every append, then shrunk and grown again, through snapshots', () => {
    const s = eventScript();
    const list = s.alloc(LIST, 56);
    const item = s.alloc(INT, 28, { gc: false });
    for (let i = 0; i < 100; i++) {
      s.raw({ type: 'slots.resized', owner: list, count: i + 1 });
      s.store(list, i, item);
    }
    s.raw({ type: 'slots.resized', owner: list, count: 3 });
    const m = fold(s.events);
    expect(m.referents(list)).toEqual([item, item, item]);
    // growing again exposes empty slots, not the references cut off by the shrink
    s.raw({ type: 'slots.resized', owner: list, count: 50 });
    const grown = fold(s.events);
    expect(grown.referents(list)).toEqual([item, item, item]);
    const copy = createMemoryModel();
    copy.restore(grown.snapshot());
    expect(copy.referents(list)).toEqual([item, item, item]);
    copy.apply({ type: 'slot.stored', seq: s.events.length, owner: list, index: 49, target: item });
    expect(copy.referents(list)).toEqual([item, item, item, item]);
  });

  it('counts gc allocations in generation 0 the way gc.get_count() does', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    s.alloc(LIST, 56);
    s.alloc(INT, 28, { gc: false });
    expect(fold(s.events).gc.counts).toEqual([2, 0, 0]);
    s.decref(a);
    expect(fold(s.events).gc.counts).toEqual([1, 0, 0]);
  });

  it('moves survivors of a collection one generation up and resets the younger counts', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    const b = s.alloc(LIST, 56);
    s.raw({ type: 'gc.collectionStarted', collector: 'cpython', generation: 0, reason: 'manual', counts: [2, 0, 0] });
    const during = fold(s.events);
    expect(during.generation(a)).toBe(Gen.young);
    expect(during.gc.collecting).toBe(0);
    const c = s.alloc(LIST, 56); // allocated by a finalizer during the collection: stays young-gen 0
    s.decref(b);
    s.raw({ type: 'gc.collectionFinished', collector: 'cpython', generation: 0, collected: 0, uncollectable: 0 });
    const m = fold(s.events);
    expect(m.generation(a)).toBe(1);
    expect(m.generation(c)).toBe(0);
    expect(m.gc.counts).toEqual([0, 1, 0]); // reset, then c allocated (+1) and b freed (-1)
    expect(m.gc.collections).toEqual([1, 0, 0]);
    expect(m.freedByCollector).toBe(1);
  });

  it('keeps survivors of a full collection in generation 2', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    s.raw({ type: 'gc.collectionStarted', collector: 'cpython', generation: 2, reason: 'manual', counts: [1, 0, 0] });
    s.raw({ type: 'gc.collectionFinished', collector: 'cpython', generation: 2, collected: 0, uncollectable: 0 });
    expect(fold(s.events).generation(a)).toBe(2);
  });

  it('moves every tracked object to the permanent generation on gc.freeze and back to 2 on unfreeze', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    const n = s.alloc(INT, 28, { gc: false });
    s.raw({ type: 'gc.frozen', frozen: 1 });
    const frozen = fold(s.events);
    expect(frozen.generation(a)).toBe(Gen.permanent);
    expect(frozen.generation(n)).toBe(Gen.untracked);
    expect(frozen.gc.frozen).toBe(1);
    expect(frozen.gc.counts).toEqual([0, 0, 0]);
    s.raw({ type: 'gc.unfrozen', thawed: 1 });
    expect(fold(s.events).generation(a)).toBe(2);
  });

  it('takes thresholds from gc.configured', () => {
    const s = eventScript();
    s.raw({ type: 'gc.configured', thresholds: [5000, 20, 30], enabled: true, debug: 0 });
    expect(fold(s.events).gc.thresholds).toEqual([5000, 20, 30]);
  });

  it('keeps a free-listed object parked with its address, and its block in use', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56, { address: 0x20000030 });
    s.free(a, 'list');
    const parked = fold(s.events);
    expect(parked.isLive(a)).toBe(false);
    expect(parked.isParked(a)).toBe(true);
    expect(parked.pools.get(0x20000000)!.used).toBe(1);
    const b = s.alloc(LIST, 56, { fromFreeList: 'list' });
    const m = fold(s.events);
    expect(b).toBe(a);
    expect(m.address(b)).toBe(0x20000030);
    expect(m.pools.get(0x20000000)!.used).toBe(1);
    expect(m.anomalies).toBe(0);
  });

  it('fills a pool block by block and empties it on pool.emptied', () => {
    const s = eventScript();
    s.raw({ type: 'arena.allocated', arena: 0, address: 0x20000000, pools: 64 });
    s.raw({ type: 'pool.claimed', arena: 0, pool: 0x20000000, sizeClass: 3, fromFreePools: false, sameClass: false });
    const a = s.alloc(INT, 64, { gc: false, address: 0x20000030 });
    s.alloc(INT, 64, { gc: false, address: 0x20000070 });
    const m = fold(s.events);
    expect(m.pools.get(0x20000000)).toMatchObject({ arena: 0, sizeClass: 3, used: 2, inUse: true });
    expect(m.blocksPerPool(3)).toBe(Math.floor((16384 - 48) / 64));
    s.decref(a);
    expect(fold(s.events).pools.get(0x20000000)!.used).toBe(1);
    s.raw({ type: 'arena.released', arena: 0, address: 0x20000000 });
    const released = fold(s.events);
    expect(released.arenas.size).toBe(0);
    expect(released.pools.size).toBe(0);
  });

  it('counts auxiliary buffers in their pools and leaves big ones to raw malloc', () => {
    const s = eventScript();
    const l = s.alloc(LIST, 56, { address: 0x20000030 });
    s.raw({ type: 'object.bufferResized', handle: l, buffer: 'items', oldSize: 0, newSize: 32, oldAddress: 0, newAddress: 0x20004010 });
    s.raw({ type: 'object.bufferResized', handle: l, buffer: 'items', oldSize: 32, newSize: 4096, oldAddress: 0x20004010, newAddress: 0x30000000 });
    const m = fold(s.events);
    expect(m.pools.get(0x20004000)!.used).toBe(0);
    expect(m.pools.get(0x20000000)!.used).toBe(1);
    expect(m.liveBytes).toBe(56 + 4096);
  });

  it('keeps the intern table and the static caches', () => {
    const s = eventScript();
    const str = s.alloc(8, 53, { gc: false });
    s.raw({ type: 'intern.added', handle: str, text: 'spam' });
    s.raw({ type: 'intern.cached', handle: 99, key: 'int:5' });
    const m = fold(s.events);
    expect([...m.interned]).toEqual([[str, 'spam']]);
    expect(m.cached.get('int:5')).toBe(99);
    s.raw({ type: 'intern.removed', handle: str, text: 'spam' });
    expect(fold(s.events).interned.size).toBe(0);
  });

  it('collects printed output and the current statement line from markers', () => {
    const s = eventScript();
    s.statement(3);
    s.print('3\n');
    s.statement(4);
    const m = fold(s.events);
    expect(m.output).toBe('3\n');
    expect(m.line).toBe(4);
  });

  it('names heap classes from type.registered', () => {
    const s = eventScript();
    s.raw({ type: 'type.registered', info: { id: 41, name: 'Node' } });
    const h = s.alloc(41, 56);
    expect(fold(s.events).typeName(h)).toBe('Node');
  });

  it('counts a free of an unknown handle as an anomaly instead of failing', () => {
    const m = fold([{ type: 'object.freed', seq: 0, handle: 7, address: 0, toFreeList: null }]);
    expect(m.anomalies).toBe(1);
    expect(m.liveObjects).toBe(0);
  });

  it('restores a snapshot to exactly the state it was taken in', () => {
    const s = eventScript();
    const a = s.alloc(LIST, 56);
    const b = s.alloc(LIST, 56);
    s.store(a, 0, b);
    const m = fold(s.events);
    const snap = m.snapshot();
    m.apply({ type: 'ref.increfed', seq: 99, handle: a, refcount: 2 });
    m.restore(snap);
    expect(m.refcount(a)).toBe(1);
    expect(m.referents(a)).toEqual([b]);
    expect(m.snapshot()).toEqual(snap);
  });
});
