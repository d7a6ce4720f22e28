import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { Subject, map } from 'rxjs';
import { BusDeliveryError, createBus } from './bus.js';
import { ofType } from './ofType.js';
import type { PymemEvent } from './event.js';

interface Ping extends PymemEvent<'ping'> { readonly n: number }
interface Pong extends PymemEvent<'pong'> { readonly n: number }
type Ev = Ping | Pong;

const label = (e: Ev) => `${e.type}${e.n}@${e.seq}`;

describe('the bus ordering contract', () => {
  it('assigns increasing seq numbers starting at startSeq', () => {
    const bus = createBus<Ev>({ startSeq: 10 });
    const a = bus.emit({ type: 'ping', n: 1 });
    const b = bus.emit({ type: 'pong', n: 2 });
    expect([a.seq, b.seq, bus.nextSeq]).toEqual([10, 11, 12]);
  });

  it('delivers an event emitted inside a handler after the current one, to every subscriber', () => {
    const bus = createBus<Ev>();
    const first: string[] = [];
    const second: string[] = [];
    bus.subscribe((e) => {
      first.push(label(e));
      // Re-entrant emits: two children of every ping below 3.
      if (e.type === 'ping' && e.n < 3) {
        bus.emit({ type: 'ping', n: e.n + 1 });
        bus.emit({ type: 'pong', n: e.n });
      }
    });
    bus.subscribe((e) => second.push(label(e)));
    bus.emit({ type: 'ping', n: 1 });
    // Breadth-first (FIFO) order: a parent is complete everywhere before any child arrives.
    const expected = ['ping1@0', 'ping2@1', 'pong1@2', 'ping3@3', 'pong2@4'];
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it('never delivers re-entrantly: a handler finishes before the next event starts', () => {
    const bus = createBus<Ev>();
    let depth = 0;
    let maxDepth = 0;
    bus.subscribe((e) => {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      if (e.n < 50) bus.emit({ type: 'ping', n: e.n + 1 });
      depth--;
    });
    bus.emit({ type: 'ping', n: 0 });
    expect(maxDepth).toBe(1);
    expect(bus.nextSeq).toBe(51);
  });

  it('has delivered everything an emit caused by the time emit returns', () => {
    const bus = createBus<Ev>();
    const seen: number[] = [];
    bus.subscribe((e) => {
      seen.push(e.seq);
      if (e.type === 'ping') bus.emit({ type: 'pong', n: e.n });
    });
    bus.emit({ type: 'ping', n: 1 });
    expect(seen).toEqual([0, 1]);
    expect(bus.delivering).toBe(false);
  });

  it('grows its queue when handlers queue many events at once', () => {
    const bus = createBus<Ev>();
    const seen: number[] = [];
    bus.subscribe((e) => {
      seen.push(e.n);
      if (e.type === 'ping') for (let i = 0; i < 1000; i++) bus.emit({ type: 'pong', n: i });
    });
    bus.emit({ type: 'ping', n: -1 });
    expect(seen).toEqual([-1, ...Array.from({ length: 1000 }, (_, i) => i)]);
  });
});

describe('a subscriber that throws', () => {
  it('does not stop delivery: the others see every event, and the error reaches the emitter', () => {
    const bus = createBus<Ev>();
    const before: string[] = [];
    const after: string[] = [];
    bus.subscribe((e) => before.push(label(e)));
    bus.subscribe((e) => {
      if (e.type === 'ping') bus.emit({ type: 'pong', n: e.n });
      if (e.type === 'pong') throw new Error('boom');
    });
    bus.subscribe((e) => after.push(label(e)));
    let caught: unknown;
    try {
      bus.emit({ type: 'ping', n: 7 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BusDeliveryError);
    const err = caught as BusDeliveryError;
    expect(err.failures.map((f) => [f.seq, f.type])).toEqual([[1, 'pong']]);
    expect((err.cause as Error).message).toBe('boom');
    expect(before).toEqual(['ping7@0', 'pong7@1']);
    expect(after).toEqual(['ping7@0', 'pong7@1']);
  });

  it('leaves the bus usable for the next emit', () => {
    const bus = createBus<Ev>();
    let fail = true;
    const seen: number[] = [];
    bus.subscribe(() => {
      if (fail) throw new Error('once');
    });
    bus.subscribe((e) => seen.push(e.seq));
    expect(() => bus.emit({ type: 'ping', n: 0 })).toThrow(BusDeliveryError);
    fail = false;
    expect(() => bus.emit({ type: 'ping', n: 1 })).not.toThrow();
    expect(seen).toEqual([0, 1]);
    expect(bus.delivering).toBe(false);
  });

  it('reports every failure of one drain, in delivery order', () => {
    const bus = createBus<Ev>();
    bus.subscribe((e) => {
      if (e.type === 'ping' && e.n === 0) bus.emit({ type: 'ping', n: 1 });
      throw new Error(`fail ${e.n}`);
    });
    const err = (() => {
      try {
        bus.emit({ type: 'ping', n: 0 });
      } catch (e) {
        return e as BusDeliveryError;
      }
      throw new Error('expected a throw');
    })();
    expect(err.failures.map((f) => (f.error as Error).message)).toEqual(['fail 0', 'fail 1']);
  });
});

describe('subscribing and unsubscribing during delivery', () => {
  it('a subscriber removed during delivery gets nothing more, not even the current event', () => {
    const bus = createBus<Ev>();
    const seen: string[] = [];
    let unsubB = () => {};
    bus.subscribe((e) => {
      seen.push(`A:${e.seq}`);
      if (e.seq === 0) {
        unsubB();
        bus.emit({ type: 'pong', n: 0 });
      }
    });
    unsubB = bus.subscribe((e) => seen.push(`B:${e.seq}`));
    bus.emit({ type: 'ping', n: 0 });
    expect(seen).toEqual(['A:0', 'A:1']);
    expect(bus.subscriberCount).toBe(1);
  });

  it('a subscriber may remove itself, and unsubscribing twice is harmless', () => {
    const bus = createBus<Ev>();
    const seen: number[] = [];
    const unsub = bus.subscribe((e) => {
      seen.push(e.seq);
      unsub();
      unsub();
    });
    bus.emit({ type: 'ping', n: 0 });
    bus.emit({ type: 'ping', n: 1 });
    expect(seen).toEqual([0]);
  });

  it('a subscriber added during delivery starts with the next event', () => {
    const bus = createBus<Ev>();
    const late: number[] = [];
    bus.subscribe((e) => {
      if (e.seq === 0) {
        bus.subscribe((x) => late.push(x.seq));
        bus.emit({ type: 'pong', n: 0 });
      }
    });
    bus.emit({ type: 'ping', n: 0 });
    expect(late).toEqual([1]);
  });
});

describe('typed views of the stream', () => {
  it('on(type) sees only that type', () => {
    const bus = createBus<Ev>();
    const pongs: number[] = [];
    bus.on('pong', (e) => pongs.push(e.n));
    bus.emit({ type: 'ping', n: 1 });
    bus.emit({ type: 'pong', n: 2 });
    expect(pongs).toEqual([2]);
  });

  it('events$ is an Observable that sees the same causal order as plain subscribers', () => {
    const bus = createBus<Ev>();
    const plain: string[] = [];
    const viaRx: string[] = [];
    bus.subscribe((e) => {
      plain.push(label(e));
      if (e.type === 'ping' && e.n === 0) bus.emit({ type: 'pong', n: 0 });
    });
    const sub = bus.events$.pipe(map(label)).subscribe((s) => viaRx.push(s));
    bus.emit({ type: 'ping', n: 0 });
    sub.unsubscribe();
    bus.emit({ type: 'ping', n: 1 });
    expect(viaRx).toEqual(['ping0@0', 'pong0@1']);
    expect(plain).toEqual(['ping0@0', 'pong0@1', 'ping1@2']);
    expect(bus.subscriberCount).toBe(1);
  });

  it('ofType filters and narrows (marble test)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, expectObservable }) => {
      const values: Record<string, Ev> = {
        a: { type: 'ping', n: 1, seq: 0 },
        b: { type: 'pong', n: 2, seq: 1 },
        c: { type: 'ping', n: 3, seq: 2 },
      };
      const source = cold<Ev>('a-b-c|', values);
      expectObservable(source.pipe(ofType('pong'))).toBe('--b--|', { b: values.b });
      expectObservable(source.pipe(ofType('ping', 'pong'))).toBe('a-b-c|', values);
    });
  });

  it('a bare RxJS Subject would deliver re-entrant events depth-first (why the bus exists)', () => {
    const subject = new Subject<string>();
    const first: string[] = [];
    const second: string[] = [];
    subject.subscribe((e) => {
      first.push(e);
      if (e === 'parent') subject.next('child');
    });
    subject.subscribe((e) => second.push(e));
    subject.next('parent');
    // The second subscriber sees the child before the parent: not causal.
    expect(second).toEqual(['child', 'parent']);
    expect(first).toEqual(['parent', 'child']);
  });
});
