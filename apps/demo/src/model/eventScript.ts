// Writes small event logs by hand, in the vocabulary of docs/CONTRACTS.md, for the model's tests
// and the views' development: each call emits what the runtime would emit for one mutator step.
// These logs are fixtures, never shown in the page as if they were a run.
import type { DemoEvent } from './demoEvent.js';

/** A builder of consistent event logs; `events` holds what was written so far. */
export interface EventScript {
  readonly events: DemoEvent[];
  /** Allocates a GC object (tracked unless `track` is false) and returns its handle. */
  alloc(typeId: number, size: number, options?: { gc?: boolean; track?: boolean; address?: number; fromFreeList?: string }): number;
  incref(h: number): void;
  decref(h: number): void;
  store(owner: number, index: number, target: number): void;
  free(h: number, toFreeList?: string): void;
  statement(line: number): void;
  print(text: string): void;
  raw(e: Omit<DemoEvent, 'seq'>): void;
  refcount(h: number): number;
}

/**
 * Starts a script; handles are handed out densely and reused last-in first-out, as the runtime does.
 *
 * @example
 * ```ts
 * const s = eventScript();
 * const l = s.alloc(12, 72);
 * s.decref(l);
 * s.events.length; // 5: allocated, tracked, decrefed, untracked... and freed
 * ```
 */
export function eventScript(): EventScript {
  const events: DemoEvent[] = [];
  const rc = new Map<number, number>();
  const addr = new Map<number, number>();
  const tracked = new Set<number>();
  const freeHandles: number[] = [];
  let next = 0;
  let nextAddress = 0x10000030;
  const push = (e: Omit<DemoEvent, 'seq'>): void => {
    events.push({ ...e, seq: events.length } as DemoEvent);
  };
  const script: EventScript = {
    events,
    alloc(typeId, size, options = {}) {
      const h = freeHandles.length ? freeHandles.pop()! : next++;
      const gc = options.gc ?? true;
      const address = options.address ?? (addr.get(h) !== undefined && options.fromFreeList ? addr.get(h)! : nextAddress);
      if (address === nextAddress) nextAddress += Math.ceil(size / 16) * 16;
      rc.set(h, 1);
      addr.set(h, address);
      push({ type: 'object.allocated', handle: h, typeId, size, address, gc, fromFreeList: options.fromFreeList ?? null });
      if (gc && options.track !== false) {
        tracked.add(h);
        push({ type: 'object.tracked', handle: h });
      }
      return h;
    },
    incref(h) {
      rc.set(h, rc.get(h)! + 1);
      push({ type: 'ref.increfed', handle: h, refcount: rc.get(h)! });
    },
    decref(h) {
      const n = rc.get(h)! - 1;
      rc.set(h, n);
      push({ type: 'ref.decrefed', handle: h, refcount: n });
      if (n === 0) {
        push({ type: 'refcount.reachedZero', handle: h });
        script.free(h);
      }
    },
    store(owner, index, target) {
      script.incref(target);
      push({ type: 'slot.stored', owner, index, target });
    },
    free(h, toFreeList) {
      if (tracked.delete(h)) push({ type: 'object.untracked', handle: h });
      push({ type: 'object.freed', handle: h, address: addr.get(h)!, toFreeList: toFreeList ?? null });
      rc.delete(h);
      freeHandles.push(h);
    },
    statement(line) {
      push({ type: 'marker', label: 'statement', line });
    },
    print(text) {
      push({ type: 'marker', label: 'output', text });
    },
    raw: push,
    refcount: (h) => rc.get(h) ?? 0,
  };
  return script;
}
