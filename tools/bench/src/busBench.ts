// Benchmark of the event bus: events per second delivered to 1, 3 and 6 subscribers, against
// a plain loop that builds the same event objects and calls the same handlers directly.
// For reference it also times a bare RxJS Subject (not causal) and the bus's events$ view.
import { Subject } from 'rxjs';
import { createBus, type PymemEvent } from '@pymem/events';
import { measure, row, type BenchContext, type BenchReport, type BenchRow, type Benchmark } from './harness.js';

interface Tick extends PymemEvent<'tick'> {
  readonly n: number;
}

// Handler work: fold the event into a typed-array cell, as a component's apply() would, and
// keep the last event, as a recorder does. Keeping it matters for a fair baseline: without it
// V8's escape analysis removes the event object from the direct-call loop altogether, while
// a real bus always has a recorder that keeps its events.
const lastSeen: Tick[] = [];
function makeHandlers(count: number, sink: Int32Array): ((e: Tick) => void)[] {
  return Array.from({ length: count }, (_, k) => (e: Tick) => {
    sink[k] = (sink[k]! + e.n + e.seq) | 0;
    lastSeen[k] = e;
  });
}

function benchSubscribers(subscribers: number, events: number, rounds: number): BenchRow[] {
  const sink = new Int32Array(8);
  const handlers = makeHandlers(subscribers, sink);

  const direct = {
    name: 'direct calls',
    run: () => {
      let seq = 0;
      for (let i = 0; i < events; i++) {
        const e: Tick = { type: 'tick', seq: seq++, n: i };
        for (let h = 0; h < handlers.length; h++) handlers[h]!(e);
      }
      return events;
    },
  };
  const bus = createBus<Tick>();
  for (const h of handlers) bus.subscribe(h);
  const viaBus = {
    name: 'bus',
    run: () => {
      for (let i = 0; i < events; i++) bus.emit({ type: 'tick', n: i });
      return events;
    },
  };
  const rxBus = createBus<Tick>();
  for (const h of handlers) rxBus.events$.subscribe(h);
  const viaObservable = {
    name: 'bus.events$',
    run: () => {
      for (let i = 0; i < events; i++) rxBus.emit({ type: 'tick', n: i });
      return events;
    },
  };
  const subject = new Subject<Tick>();
  for (const h of handlers) subject.subscribe(h);
  const viaSubject = {
    name: 'rxjs Subject',
    run: () => {
      let seq = 0;
      for (let i = 0; i < events; i++) subject.next({ type: 'tick', seq: seq++, n: i });
      return events;
    },
  };
  const [d, b, o, s] = measure([direct, viaBus, viaObservable, viaSubject], rounds);
  return [
    row(`${subscribers} subscriber${subscribers > 1 ? 's' : ''}, bus`, b!, d!),
    row(`${subscribers} subscriber${subscribers > 1 ? 's' : ''}, events$`, o!, d!),
    row(`${subscribers} subscriber${subscribers > 1 ? 's' : ''}, Subject`, s!, d!),
  ];
}

export const busBench: Benchmark = {
  name: 'bus',
  description: 'events/s through the ordered bus with 1, 3 and 6 subscribers vs direct handler calls',
  run(ctx: BenchContext): BenchReport {
    const events = ctx.quick ? 20_000 : 1_000_000;
    const rounds = ctx.quick ? 3 : 9;
    const rows: BenchRow[] = [];
    for (const n of [1, 3, 6]) {
      ctx.log(`bus: ${n} subscriber(s), ${events} events x ${rounds} rounds`);
      rows.push(...benchSubscribers(n, events, rounds));
    }
    const three = rows.find((r) => r.label === '3 subscribers, bus')!;
    return {
      name: 'bus',
      unit: 'events per second; ratio = slowdown against direct calls doing the same handler work',
      rows,
      notes: [`target: bus with 3 subscribers within 1.5x of direct calls; measured ${three.slowdown.toFixed(2)}x`],
    };
  },
};
