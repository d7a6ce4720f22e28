// The collector's bookkeeping: each generation's count against its threshold (what decides the
// next automatic collection, as gcmodule.c's collect_generations), the objects in each list,
// the permanent generation of gc.freeze(), and the collection in progress with its phase.
import { h } from '../dom.js';
import type { MemoryModel } from '../model/memoryModel.js';
import type { CollectionSpan } from '../model/timeline.js';

/**
 * Creates the generations panel's content.
 *
 * @example
 * ```ts
 * const v = createGcView(); v.render(model, undefined);
 * ```
 */
export function createGcView(): { root: HTMLElement; render(model: MemoryModel, collection: CollectionSpan | undefined): void } {
  const rows = [0, 1, 2].map((g) => {
    const fill = h('div', { class: 'bar-fill' });
    const label = h('span', { class: 'gen-count' });
    const objects = h('span', { class: 'gen-objects' });
    const row = h('div', { class: 'gen-row', 'data-gen': g }, h('span', { class: `chip g-gen${g}` }, `gen ${g}`), h('div', { class: 'bar' }, fill), label, objects);
    return { row, fill, label, objects };
  });
  const permanent = h('div', { class: 'gen-extra' });
  const status = h('div', { class: 'gc-status' });
  const totals = h('div', { class: 'gc-totals' });
  const root = h('div', { class: 'gc' }, ...rows.map((r) => r.row), permanent, status, totals);

  function render(model: MemoryModel, collection: CollectionSpan | undefined): void {
    const { gc } = model;
    const sizes = model.generationSizes();
    for (let g = 0; g < 3; g++) {
      const r = rows[g]!;
      const count = gc.counts[g]!;
      const t = gc.thresholds[g]!;
      r.fill.style.width = `${Math.min(100, t > 0 ? (100 * count) / t : 0)}%`;
      r.fill.classList.toggle('over', t > 0 && count > t);
      r.label.textContent = `count ${count} / threshold ${t}`;
      r.objects.textContent = `${sizes[g + 1]} objects`;
      r.row.dataset.count = String(count);
      r.row.dataset.threshold = String(t);
      r.row.dataset.objects = String(sizes[g + 1]);
    }
    permanent.textContent = `permanent (gc.freeze): ${sizes[4]} objects · untracked live objects: ${sizes[0]}`;
    permanent.dataset.permanent = String(sizes[4]);
    if (collection) {
      status.className = 'gc-status active';
      status.textContent = `Collecting generation ${collection.generation}${gc.phase ? `, phase ${gc.phase}` : ''}: ${sizes[5]} objects under examination, ${collection.unreachable.size} unreachable`;
    } else {
      status.className = 'gc-status';
      status.textContent = gc.enabled ? 'Automatic collection enabled.' : 'Automatic collection disabled (gc.disable()).';
    }
    const last = gc.last ? ` · last: generation ${gc.last.generation} collected ${gc.last.collected}, uncollectable ${gc.last.uncollectable}` : '';
    totals.textContent = `collections ${gc.collections.join(' / ')} · collected ${gc.collected} · freed by refcount ${model.freedByRefcount}, by the collector ${model.freedByCollector}${last}`;
  }

  return { root, render };
}
