import { describe, expect, it } from 'vitest';
import { createCPython311Collector } from './cpython311/cpython311Collector.js';
import { createTestHost } from './testing/testHost.js';
import { withStats } from './withStats.js';
import { collectors, createCollectorRegistry } from './registry.js';
import { createNoopCollector } from './collectors/noop/noopCollector.js';

describe('withStats', () => {
  it('behaves like the collector it wraps and counts the calls', () => {
    const host = createTestHost();
    const gc = withStats(createCPython311Collector(host));
    host.attach(gc);
    const l = host.alloc('list');
    host.append(l, l);
    host.drop(l);
    expect(gc.collect()).toBe(1);
    expect(gc.callStats).toMatchObject({ allocations: 1, tracks: 1, frees: 1, collections: 1, found: 1 });
    expect(gc.getStats()[2]!.collected).toBe(1);
  });

  it('counts automatic collections triggered inside an allocation', () => {
    const host = createTestHost();
    const gc = withStats(createCPython311Collector(host, { thresholds: [3, 10, 10] }));
    host.attach(gc);
    for (let i = 0; i < 8; i++) host.alloc('list');
    expect(gc.callStats.collections).toBe(2);
  });
});

describe('the collector registry', () => {
  it('lists the shipped collectors with cpython311 first', () => {
    expect(collectors.names()).toEqual(['cpython311', 'noop', 'mark-sweep', 'trial-deletion']);
  });

  it('takes a new collector without editing a list', () => {
    const registry = createCollectorRegistry();
    registry.register('mine', createNoopCollector, { description: 'mine' });
    const host = createTestHost();
    expect(registry.create('mine', host).name).toBe('noop');
  });

  it('names the known collectors when asked for an unknown one', () => {
    expect(() => collectors.create('nope', createTestHost())).toThrow(/unknown collector "nope" \(known: cpython311, noop/);
  });

  it('refuses a name registered twice', () => {
    const registry = createCollectorRegistry();
    registry.register('a', createNoopCollector);
    expect(() => registry.register('a', createNoopCollector)).toThrow(/already registered/);
  });
});
