// A tracing mark-sweep collector: mark everything reachable from the runtime's roots (the
// host's `roots`, or references not explained by the heap itself), then every tracked object
// left unmarked is garbage, disposed of in tracking order by the shared machinery. One
// generation; frozen objects count as roots. Start at `collect`.
import type { CollectorHeapView } from '../../collector.js';
import { defineCollector, type BaseSettings, type CollectorContext } from '../../defineCollector.js';
import { NULL, type Handle } from '../../handle.js';
import { externalRoots } from '../../machinery.js';

/** Settings of the mark-sweep collector. */
export type MarkSweepSettings = BaseSettings;

function mark(view: CollectorHeapView, marks: Uint8Array, roots: Iterable<Handle>): number {
  const stack: Handle[] = [];
  let marked = 0;
  for (const r of roots) {
    if (marks[r] === 0) {
      marks[r] = 1;
      marked++;
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const h = stack.pop()!;
    const n = view.slotCount(h);
    for (let i = 0; i < n; i++) {
      const t = view.slot(h, i);
      if (t !== NULL && marks[t] === 0) {
        marks[t] = 1;
        marked++;
        stack.push(t);
      }
    }
  }
  return marked;
}

function collect(ctx: CollectorContext<MarkSweepSettings>) {
  const view = ctx.host.heap;
  const roots: Handle[] = [];
  if (ctx.host.roots) ctx.host.roots((h) => roots.push(h));
  else roots.push(...externalRoots(view));
  view.forEachLive((h) => {
    if (ctx.isFrozen(h)) roots.push(h);
  });
  // After mark: marks[h] = 1 exactly for objects reachable from a root.
  const marks = new Uint8Array(view.capacity);
  ctx.phase('mark', mark(view, marks, roots));
  // Sweep: unmarked tracked objects, in tracking order.
  const garbage: Handle[] = [];
  ctx.forEachTracked((h) => {
    if (marks[h] === 0) garbage.push(h);
  });
  ctx.phase('sweep', garbage.length);
  return ctx.disposer.dispose(garbage, ctx.debug);
}

/**
 * A tracing mark-sweep collector from the runtime's roots.
 *
 * @example
 * ```ts
 * const gc = createMarkSweepCollector(host);
 * gc.collect(); // frees every tracked object no root reaches
 * ```
 */
export const createMarkSweepCollector = defineCollector<MarkSweepSettings>({
  name: 'mark-sweep',
  defaults: { threshold: 700, enabled: true },
  collect,
});
