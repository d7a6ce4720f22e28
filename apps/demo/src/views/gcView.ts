// The collector's bookkeeping: each generation's count against its threshold (what decides the
// next automatic collection, as gcmodule.c's collect_generations) and the objects in each list,
// named (the program's first, newest first), the permanent generation of gc.freeze(), and the
// collection in progress with its phase.
import { h } from '../dom.js';
import type { Scene } from '../model/scene.js';
import type { CollectionSpan } from '../model/timeline.js';

/** Objects of one generation list, as the panel names them. */
export interface GenerationList {
  readonly total: number;
  readonly items: readonly { readonly handle: number; readonly label: string }[];
}

/** Objects named per generation list. */
export const LIST_LIMIT = 14;

/**
 * The objects of generations 0, 1, 2 and the permanent one (index 3): the program's objects
 * first (named ones, then the others born after `programStart`), newest first, each as `list #937 a` (type, handle, names or value).
 *
 * @example
 * ```ts
 * generationLists(scene, programStart)[0].items[0].label; // 'list #937 a, b'
 * ```
 */
export function generationLists(scene: Scene, programStart: number, limit = LIST_LIMIT): GenerationList[] {
  const { model } = scene;
  const lists: number[][] = [[], [], [], []];
  for (let x = 0; x < model.highWater; x++) {
    const g = model.generation(x);
    if (model.isLive(x) && g >= 0 && g <= 3) lists[g]!.push(x);
  }
  return lists.map((xs) => {
    // named objects first, then the program's, newest first
    const rank = (x: number): number => (scene.namesOf(x).length ? 2 : 0) + (model.bornAt(x) > programStart ? 1 : 0);
    xs.sort((a, b) => rank(b) - rank(a) || model.bornAt(b) - model.bornAt(a));
    const items = xs.slice(0, limit).map((x) => {
      const names = scene.namesOf(x);
      const value = scene.value(x);
      const what = x === scene.moduleDict ? ' module globals' : names.length ? ` ${names.join(', ')}` : value !== undefined ? ` ${value}` : '';
      return { handle: x, label: `${model.typeName(x)} #${x}${what}` };
    });
    return { total: xs.length, items };
  });
}

/**
 * Creates the generations panel's content.
 *
 * @example
 * ```ts
 * const v = createGcView(); v.render(scene, undefined, programStart);
 * ```
 */
export function createGcView(): { root: HTMLElement; render(scene: Scene, collection: CollectionSpan | undefined, programStart: number): void } {
  const rows = [0, 1, 2].map((g) => {
    const fill = h('div', { class: 'bar-fill' });
    const label = h('span', { class: 'gen-count' });
    const objects = h('div', { class: 'gen-objects' });
    const row = h('div', { class: 'gen-row', 'data-gen': g }, h('span', { class: `chip g-gen${g}` }, `gen ${g}`), h('div', { class: 'bar' }, fill), label, objects);
    return { row, fill, label, objects };
  });
  const permanent = h('div', { class: 'gen-extra' });
  const permanentList = h('div', { class: 'gen-objects', 'data-gen': 3 });
  const status = h('div', { class: 'gc-status' });
  const totals = h('div', { class: 'gc-totals' });
  const root = h('div', { class: 'gc' }, ...rows.map((r) => r.row), permanent, permanentList, status, totals);

  const fillList = (el: HTMLElement, list: GenerationList): void => {
    el.replaceChildren(
      ...list.items.map((x) => h('span', { class: 'gen-item', 'data-handle': x.handle }, x.label)),
      ...(list.total > list.items.length ? [h('span', { class: 'gen-more' }, `+${list.total - list.items.length} more`)] : []),
    );
    el.dataset.objects = String(list.total);
  };

  function render(scene: Scene, collection: CollectionSpan | undefined, programStart: number): void {
    const { model } = scene;
    const { gc } = model;
    const sizes = model.generationSizes();
    const lists = generationLists(scene, programStart);
    for (let g = 0; g < 3; g++) {
      const r = rows[g]!;
      const count = gc.counts[g]!;
      const t = gc.thresholds[g]!;
      r.fill.style.width = `${Math.min(100, t > 0 ? (100 * count) / t : 0)}%`;
      r.fill.classList.toggle('over', t > 0 && count > t);
      r.label.textContent = `count ${count} / threshold ${t} · ${sizes[g + 1]} objects`;
      fillList(r.objects, lists[g]!);
      r.row.dataset.count = String(count);
      r.row.dataset.threshold = String(t);
      r.row.dataset.objects = String(sizes[g + 1]);
    }
    permanent.textContent = `permanent (gc.freeze): ${sizes[4]} objects · untracked live objects: ${sizes[0]}`;
    permanent.dataset.permanent = String(sizes[4]);
    fillList(permanentList, lists[3]!);
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
