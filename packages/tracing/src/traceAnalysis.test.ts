import { describe, expect, it } from 'vitest';
import {
  createPerfettoExporter,
  createStatsCollector,
  createTraceHeader,
  diffTraces,
  encodeTrace,
  openTrace,
  synthesizeEvents,
  type TraceEvent,
} from './index.js';

const header = createTraceHeader();
const events = [...synthesizeEvents({ events: 20_000, seed: 4 })];

describe('stats', () => {
  it('counts events by type and objects by type, and agrees with a direct count', () => {
    const stats = createStatsCollector();
    stats.add(events.slice(0, 7000));
    stats.add(events.slice(7000));
    const r = stats.result();
    expect(r.events).toBe(events.length);
    const direct = new Map<string, number>();
    for (const e of events) direct.set(e.type, (direct.get(e.type) ?? 0) + 1);
    expect(Object.fromEntries(r.byEventType.map((t) => [t.type, t.count]))).toEqual(Object.fromEntries(direct));
    expect(r.byEventType.find((t) => t.type === 'object.allocated')!.kind).toBe('mutator');
    const allocs = events.filter((e) => e.type === 'object.allocated');
    const frees = events.filter((e) => e.type === 'object.freed');
    expect(r.objects.allocated).toBe(allocs.length);
    expect(r.objects.freedByRefcount + r.objects.freedByCollector).toBe(frees.length);
    expect(r.objects.freedByCollector).toBeGreaterThan(0);
    expect(r.byObjectType.reduce((n, t) => n + t.allocated, 0)).toBe(allocs.length);
    expect(r.byObjectType.reduce((n, t) => n + t.live, 0)).toBe(allocs.length - frees.length);
    expect(r.collections.byGeneration.reduce((a, b) => a + b)).toBe(events.filter((e) => e.type === 'gc.collectionStarted').length);
    expect(r.memory.peakBytes).toBeGreaterThanOrEqual(r.memory.liveBytes);
    expect(r.memory.peakArenas).toBeGreaterThan(0);
  });

  it('keeps what it counted before a contradiction', () => {
    const stats = createStatsCollector();
    const bad: TraceEvent[] = [...events.slice(0, 100), { type: 'object.freed', seq: 100, handle: 99999, address: 0, toFreeList: true }];
    expect(() => stats.add(bad)).toThrow(/seq 100: object.freed: free of an unknown object 99999/);
    expect(stats.result().events).toBe(101);
    expect(stats.result().byEventType.reduce((n, t) => n + t.count, 0)).toBe(100);
  });
});

describe('diff', () => {
  it('finds no difference between a trace and its conversion to the other format', async () => {
    const d = await diffTraces(await openTrace(encodeTrace('pmt', header, events)), await openTrace(encodeTrace('jsonl', header, events)));
    expect(d.identical).toBe(true);
    expect(d.eventsA).toBe(events.length);
  });

  it('names the first differing event, its fields, the marker before it and the count differences', async () => {
    const changed = events.map((e) => ({ ...e })) as TraceEvent[];
    const at = changed.findIndex((e, i) => i > 5000 && e.type === 'ref.increfed');
    changed[at] = { ...changed[at]!, refcount: 99 };
    changed.splice(at + 10, 1);
    const d = await diffTraces(await openTrace(encodeTrace('pmt', header, events)), await openTrace(encodeTrace('pmt', header, changed)));
    expect(d.identical).toBe(false);
    expect(d.first!.index).toBe(at);
    expect(d.first!.fields).toEqual([{ field: 'refcount', a: events[at]!.refcount, b: 99 }]);
    expect(d.first!.lastMarker?.type).toBe('marker');
    expect(d.first!.before).toEqual(events.slice(at - 5, at));
    expect(d.eventsB).toBe(events.length - 1);
    expect(d.countsByType).toEqual([{ type: events[at + 10]!.type, a: expect.any(Number), b: expect.any(Number) }]);
  });

  it('reports a trace that ends early, and a header that differs', async () => {
    const other = createTraceHeader({ config: { threshold: [100, 10, 10] } });
    const d = await diffTraces(await openTrace(encodeTrace('jsonl', header, events)), await openTrace(encodeTrace('jsonl', other, events.slice(0, 300))));
    expect(d.header.map((f) => f.field)).toEqual(['config']);
    expect(d.first!.index).toBe(300);
    expect(d.first!.b).toBeUndefined();
  });
});

describe('the Perfetto export', () => {
  const exportText = (evs: readonly TraceEvent[], chunk = 1000) => {
    const ex = createPerfettoExporter(header);
    let text = ex.begin();
    for (let i = 0; i < evs.length; i += chunk) text += ex.add(evs.slice(i, i + chunk));
    return text + ex.end();
  };

  it('writes valid trace-event JSON with the required fields and monotonic timestamps per track', () => {
    const doc = JSON.parse(exportText(events));
    expect(Array.isArray(doc.traceEvents)).toBe(true);
    const lastTs = new Map<string, number>();
    const depth = new Map<number, number>();
    for (const e of doc.traceEvents) {
      expect(typeof e.name).toBe('string');
      expect(['M', 'B', 'E', 'C', 'i']).toContain(e.ph);
      expect(typeof e.pid).toBe('number');
      expect(typeof e.tid).toBe('number');
      expect(typeof e.ts).toBe('number');
      if (e.ph === 'M') continue;
      const track = e.ph === 'C' ? `C:${e.name}` : `T:${e.tid}`;
      expect(e.ts).toBeGreaterThanOrEqual(lastTs.get(track) ?? -Infinity);
      lastTs.set(track, e.ts);
      if (e.ph === 'C') for (const v of Object.values(e.args)) expect(typeof v).toBe('number');
      if (e.ph === 'B') depth.set(e.tid, (depth.get(e.tid) ?? 0) + 1);
      if (e.ph === 'E') {
        depth.set(e.tid, (depth.get(e.tid) ?? 0) - 1);
        expect(depth.get(e.tid)).toBeGreaterThanOrEqual(0);
      }
    }
    expect([...depth.values()].every((d) => d === 0)).toBe(true);
    const slices = doc.traceEvents.filter((e: { ph: string }) => e.ph === 'B');
    expect(slices.length).toBe(events.filter((e) => e.type === 'gc.collectionStarted').length);
    const counterNames = new Set(doc.traceEvents.filter((e: { ph: string }) => e.ph === 'C').map((e: { name: string }) => e.name));
    expect(counterNames).toEqual(new Set(['live objects', 'heap bytes', 'objects freed', 'arenas', 'pools']));
  });

  it('ends with the final counts: freed by refcount and by the collector as the log says', () => {
    const doc = JSON.parse(exportText(events, 777));
    const freed = doc.traceEvents.filter((e: { name: string }) => e.name === 'objects freed').at(-1);
    const stats = createStatsCollector();
    stats.add(events);
    expect(freed.args).toEqual({ byRefcount: stats.result().objects.freedByRefcount, byCollector: stats.result().objects.freedByCollector });
    expect(freed.ts).toBe(events.at(-1)!.seq);
  });

  it('closes a collection the trace leaves open', () => {
    const cut = events.findIndex((e) => e.type === 'gc.collectionStarted') + 1;
    const doc = JSON.parse(exportText(events.slice(0, cut)));
    const ends = doc.traceEvents.filter((e: { ph: string }) => e.ph === 'E');
    expect(ends).toHaveLength(1);
    expect(ends[0].args.unfinished).toBe(true);
  });
});
