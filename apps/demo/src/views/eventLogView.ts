// The event log: every event of the run, the current one highlighted, filterable by type
// (`gc`, `pool`, `ref.`) and by handle (`#12`). Only the rows in sight exist in the DOM, so a
// run of millions of events scrolls as fast as a short one. Clicking a row moves time there.
import { h } from '../dom.js';
import { describeEvent, num } from '../model/demoEvent.js';
import type { Timeline } from '../model/timeline.js';

const ROW = 18;
const VISIBLE = 14;

/** True when event `e` mentions handle `x` in any of the handle-carrying fields. */
function mentions(e: Record<string, unknown>, x: number): boolean {
  return e.handle === x || e.owner === x || e.target === x || e.ref === x;
}

/**
 * Creates the event-log panel's content; `onPick(position)` is called when a row is clicked.
 *
 * @example
 * ```ts
 * const v = createEventLogView((p) => seek(p)); v.setTimeline(t); v.render(42);
 * ```
 */
export function createEventLogView(onPick: (position: number) => void): {
  root: HTMLElement;
  setTimeline(t: Timeline): void;
  render(position: number): void;
} {
  const input = h('input', { type: 'search', class: 'log-filter', placeholder: 'filter: gc, pool, ref., #12 …', 'aria-label': 'filter events' });
  const count = h('span', { class: 'note' });
  const list = h('div', { class: 'log-list', tabindex: 0 });
  const spacer = h('div', { class: 'log-spacer' });
  const rows = h('div', { class: 'log-rows' });
  list.append(spacer, rows);
  const root = h('div', { class: 'log' }, h('div', { class: 'log-bar' }, input, count), list);
  let timeline: Timeline | undefined;
  let matches: Int32Array | null = null; // indices of events passing the filter, or all
  let position = 0;

  function applyFilter(): void {
    if (!timeline) return;
    const text = input.value.trim();
    if (!text) {
      matches = null;
    } else {
      const words = text.split(/\s+/);
      const handles = words.filter((w) => /^#\d+$/.test(w)).map((w) => Number(w.slice(1)));
      const types = words.filter((w) => !/^#\d+$/.test(w)).map((w) => w.toLowerCase());
      const out: number[] = [];
      for (let i = 0; i < timeline.length; i++) {
        const e = timeline.event(i);
        if (types.length && !types.some((t) => e.type.toLowerCase().includes(t))) continue;
        if (handles.length && !handles.some((x) => mentions(e, x))) continue;
        out.push(i);
      }
      matches = Int32Array.from(out);
    }
    render(position);
  }
  input.addEventListener('input', applyFilter);
  list.addEventListener('scroll', () => draw());
  rows.addEventListener('click', (ev) => {
    const row = (ev.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) onPick(Number(row.dataset.index) + 1);
  });

  const total = (): number => (matches ? matches.length : (timeline?.length ?? 0));
  const at = (k: number): number => (matches ? matches[k]! : k);

  function draw(): void {
    if (!timeline) return;
    const n = total();
    spacer.style.height = `${n * ROW}px`;
    const first = Math.max(0, Math.floor(list.scrollTop / ROW));
    const last = Math.min(n, first + VISIBLE + 2);
    const current = position - 1;
    const items: HTMLElement[] = [];
    for (let k = first; k < last; k++) {
      const i = at(k);
      const e = timeline.event(i);
      const kind = e.type.split('.')[0];
      items.push(
        h('div', { class: `log-row k-${kind}${i === current ? ' current' : ''}${i > current ? ' future' : ''}`, 'data-index': i, style: `top:${k * ROW}px` },
          h('span', { class: 'seq' }, String(num(e, 'seq', i))), h('span', { class: 'desc' }, describeEvent(e))),
      );
    }
    rows.replaceChildren(...items);
    count.textContent = matches ? `${matches.length} of ${timeline.length} events` : `${timeline.length} events`;
  }

  function render(p: number): void {
    position = p;
    if (!timeline) return;
    {
      // keep the current event (or the last match before it) in sight
      let k = p - 1;
      if (matches) {
        let lo = 0;
        let hi = matches.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (matches[mid]! <= p - 1) lo = mid + 1;
          else hi = mid;
        }
        k = lo - 1;
      }
      const top = Math.max(0, (k - Math.floor(VISIBLE / 2)) * ROW);
      if (Math.abs(list.scrollTop - top) > 1) {
        list.scrollTop = top;
      }
    }
    draw();
  }

  return {
    root,
    setTimeline(t) {
      timeline = t;
      list.scrollTop = 0;
      applyFilter();
    },
    render,
  };
}
