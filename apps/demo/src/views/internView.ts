// The intern table (sys.intern and identifier-like constants: one object per text) and the
// small-int cache (-5..256, shared by every use of those values), with their refcounts.
import { h } from '../dom.js';
import type { MemoryModel } from '../model/memoryModel.js';

const SMALL_MIN = -5;
const SMALL_MAX = 256;

/**
 * Creates the intern-table panel's content.
 *
 * @example
 * ```ts
 * const v = createInternView(); v.render(model, -1);
 * ```
 */
export function createInternView(): { root: HTMLElement; render(model: MemoryModel, programStart: number): void } {
  const ints = h('div', { class: 'ints' });
  const intNote = h('div', { class: 'note' });
  const table = h('div', { class: 'interned' });
  const tableNote = h('div', { class: 'note' });
  const root = h('div', { class: 'intern' }, h('h3', {}, 'small-int cache'), intNote, ints, h('h3', {}, 'interned strings'), tableNote, table);
  const cellsByValue = new Map<number, HTMLElement>();
  for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
    const cell = h('span', { class: 'int', title: String(v) });
    cellsByValue.set(v, cell);
    ints.append(cell);
  }

  function render(model: MemoryModel, programStart: number): void {
    let present = 0;
    let maxRc = 2;
    for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
      const handle = model.cached.get(`int:${v}`);
      if (handle !== undefined) maxRc = Math.max(maxRc, model.refcount(handle));
    }
    for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
      const cell = cellsByValue.get(v)!;
      const handle = model.cached.get(`int:${v}`);
      if (handle === undefined) {
        cell.style.background = '';
        cell.title = `${v}: not cached in this run`;
        continue;
      }
      present++;
      const rc = model.refcount(handle);
      const t = Math.log(Math.max(1, rc)) / Math.log(maxRc); // refcount 1 (only the cache) is palest
      cell.style.background = `hsl(210 70% ${92 - 50 * t}%)`;
      cell.title = `${v}: #${handle}, refcount ${rc}`;
      cell.dataset.refcount = String(rc);
    }
    intNote.textContent = present
      ? `${present} cached ints; darker = more references. Every ${SMALL_MIN}..${SMALL_MAX} in the program is one of these objects.`
      : 'No small-int cache in this run (a trace without start-up events).';
    const entries = [...model.interned].filter(([handle]) => model.isLive(handle));
    entries.sort((a, b) => model.bornAt(b[0]) - model.bornAt(a[0]));
    const programs = entries.filter(([handle]) => model.bornAt(handle) > programStart);
    const shown = (programs.length ? programs : entries).slice(0, 80);
    table.replaceChildren(
      ...shown.map(([handle, text]) =>
        h('div', { class: 'interned-row', 'data-handle': handle, 'data-refcount': model.refcount(handle) }, h('code', {}, JSON.stringify(text)), h('span', {}, ` #${handle} rc ${model.refcount(handle)}`)),
      ),
    );
    tableNote.textContent = `${entries.length} interned strings${programs.length ? `, ${programs.length} made by the program (newest first)` : ''}.`;
  }

  return { root, render };
}
