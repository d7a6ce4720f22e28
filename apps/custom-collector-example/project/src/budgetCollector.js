// My own collector for pymem: "budgeted root scan". Like a tracing mark-sweep it finds garbage
// by marking from the roots, but an automatic collection only looks at the objects tracked
// since the last one (a crude nursery); a full collection (gc.collect()) looks at everything.
// It uses pymem's shared machinery for the hard part: finalizers, weakrefs, resurrection.
import { defineCollector, externalRoots } from '@pymem/cycle-collector';

/** @typedef {import('@pymem/cycle-collector').BaseSettings} BudgetSettings */

/**
 * Marks everything reachable from `roots` through reference slots.
 * @param {import('@pymem/cycle-collector').CollectorHeapView} view
 * @param {number[]} roots
 */
function markFrom(view, roots) {
  const marks = new Uint8Array(view.capacity);
  const stack = [...roots];
  for (const r of roots) marks[r] = 1;
  while (stack.length > 0) {
    const h = /** @type {number} */ (stack.pop());
    for (let i = 0; i < view.slotCount(h); i++) {
      const t = view.slot(h, i);
      if (t >= 0 && marks[t] === 0) {
        marks[t] = 1;
        stack.push(t);
      }
    }
  }
  return marks;
}

/** Objects tracked since the last collection, per collector instance. */
const nursery = new WeakMap();

export const createBudgetCollector = defineCollector({
  name: 'budget',
  defaults: /** @type {BudgetSettings} */ ({ threshold: 500, enabled: true }),
  generations: 2,
  setup(ctx) {
    nursery.set(ctx, new Set());
  },
  onTrack(ctx, h) {
    nursery.get(ctx).add(h);
  },
  onUntrack(ctx, h) {
    nursery.get(ctx).delete(h);
  },
  onFree(ctx, h) {
    nursery.get(ctx).delete(h);
  },
  collect(ctx, generation) {
    const view = ctx.host.heap;
    const roots = externalRoots(view);
    view.forEachLive((h) => {
      if (ctx.isFrozen(h)) roots.push(h);
    });
    const marks = markFrom(view, roots);
    const young = nursery.get(ctx);
    /** @type {number[]} */
    const garbage = [];
    ctx.forEachTracked((h) => {
      if (marks[h] === 0 && (generation === 1 || young.has(h))) garbage.push(h);
    });
    young.clear();
    ctx.phase('mark', roots.length);
    return ctx.disposer.dispose(garbage, ctx.debug);
  },
});
