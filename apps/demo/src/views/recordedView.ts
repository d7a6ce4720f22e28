// The panel for a run recorded from real CPython: memory over recorded time (bytes in blocks,
// arenas) with each collection's pause drawn as a band on it (height by generation), and the
// fragmentation map: one row per arena still allocated at the peak or at the end, its used bytes
// coloured by the allocation sites that keep them, its free bytes left pale. Draws a
// RecordedRunView (model/recordedRun.ts); recordedGeometry is the part the tests check.
import { h, svg } from '../dom.js';
import type { RecordedRunView, ArenaRowView } from '../model/recordedRun.js';

const WIDTH = 760;
const CHART_HEIGHT = 120;
const ROW_HEIGHT = 10;
const GENERATION_COLOURS = ['#f2c14e', '#f78154', '#b4436c'] as const;

/** The chart in SVG coordinates: the two lines and the pause bands. */
export interface RecordedGeometry {
  readonly bytes: string;
  readonly arenas: string;
  readonly pauses: readonly { readonly x: number; readonly width: number; readonly generation: number; readonly title: string }[];
  readonly maxBytes: number;
  readonly maxArenas: number;
}

/**
 * Scales a recorded run to a `width` × `height` chart: time along x, each line to its own maximum,
 * a pause at least one pixel wide.
 * @example
 * ```ts
 * recordedGeometry(view, 760, 120).pauses.length === view.pauses.length; // true
 * ```
 */
export function recordedGeometry(view: RecordedRunView, width: number, height: number): RecordedGeometry {
  const end = Math.max(1, view.endNs);
  const maxBytes = Math.max(1, ...view.points.map((p) => p.bytes));
  const maxArenas = Math.max(1, ...view.points.map((p) => p.arenas));
  const x = (ns: number): number => (ns / end) * width;
  const y = (v: number, max: number): number => height - 2 - (v / max) * (height - 8);
  const line = (pick: (p: RecordedRunView['points'][number]) => number, max: number): string =>
    view.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.ns).toFixed(1)},${y(pick(p), max).toFixed(1)}`).join('');
  return {
    bytes: line((p) => p.bytes, maxBytes),
    arenas: line((p) => p.arenas, maxArenas),
    pauses: view.pauses.map((p) => ({
      x: x(p.startNs),
      width: Math.max(1, x(p.endNs) - x(p.startNs)),
      generation: p.generation,
      title: `generation ${p.generation} collection: ${formatNs(p.endNs - p.startNs)}, ${p.collected} collected, at ${formatNs(p.startNs)}`,
    })),
    maxBytes,
    maxArenas,
  };
}

/** 1.2 ms, 350 µs, 2.5 s. */
export function formatNs(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(1)} ms`;
  if (ns >= 1e3) return `${Math.round(ns / 1e3)} µs`;
  return `${Math.round(ns)} ns`;
}

/**
 * Creates the panel's contents; `render` draws one run (or says why there is nothing to draw).
 * @example
 * ```ts
 * const v = createRecordedView(); panelBody.append(v.root); v.render(recordedRunView(bytes));
 * ```
 */
export function createRecordedView(): { root: HTMLElement; render(view: RecordedRunView): void } {
  const summary = h('p', { class: 'recorded-summary' });
  const chartHost = h('div', { class: 'recorded-chart', 'data-view': 'recorded-chart' });
  const which = h('select', { 'aria-label': 'arenas at', class: 'recorded-which' }, h('option', { value: 'end' }, 'at the end'), h('option', { value: 'peak' }, 'at the peak'));
  const mapHost = h('div', { class: 'recorded-map', 'data-view': 'recorded-map' });
  const legend = h('ul', { class: 'recorded-legend' });
  const root = h('div', { class: 'recorded' }, summary, chartHost, h('p', { class: 'recorded-map-head' }, 'Arenas still allocated ', which, ': used bytes by the site that allocated them, free bytes pale'), mapHost, legend);
  let current: RecordedRunView | undefined;
  which.addEventListener('change', () => current && drawMap(current));

  function drawMap(view: RecordedRunView): void {
    const rows = which.value === 'peak' ? view.atPeak : view.atEnd;
    const arenaBytes = Math.max(1, ...rows.map(rowTotal));
    const height = Math.max(ROW_HEIGHT, rows.length * (ROW_HEIGHT + 2));
    const map = svg('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` });
    rows.forEach((row, r) => {
      let x = 0;
      const yy = r * (ROW_HEIGHT + 2);
      const g = svg('g', { 'data-arena': row.address });
      g.append(svg('title', {}, `arena 0x${row.address.toString(16)}: ${row.liveBlocks} live blocks, ${row.freeBytes} bytes free`));
      row.segments.forEach((seg, i) => {
        if (seg.bytes <= 0) return;
        const w = (seg.bytes / arenaBytes) * WIDTH;
        g.append(svg('rect', { x: x.toFixed(1), y: yy, width: Math.max(0.5, w).toFixed(1), height: ROW_HEIGHT, fill: view.sites[i]!.colour, 'data-site': seg.site }));
        x += w;
      });
      g.append(svg('rect', { x: x.toFixed(1), y: yy, width: Math.max(0, WIDTH - x).toFixed(1), height: ROW_HEIGHT, fill: '#eef1f5', class: 'free' }));
      map.append(g);
    });
    mapHost.replaceChildren(rows.length ? map : h('p', {}, 'No arena is allocated at this point.'));
  }

  return {
    root,
    render(view) {
      current = view;
      if (!view.annotated) {
        summary.textContent = 'This trace has no collection, site or time records (recorder format 1): record it again with `pymem record` for the GC pauses and the sites.';
      } else {
        const gens = [0, 1, 2].map((g) => view.pauses.filter((p) => p.generation === g).length);
        const total = view.pauses.reduce((s, p) => s + (p.endNs - p.startNs), 0);
        summary.textContent = `${view.pauses.length} collections (${gens.join(' / ')} of generations 0 / 1 / 2), ${formatNs(total)} in pauses over ${formatNs(view.endNs)} recorded; ` +
          `${view.atPeak.length} arenas at the peak, ${view.atEnd.length} at the end.`;
      }
      const g = recordedGeometry(view, WIDTH, CHART_HEIGHT);
      const chart = svg('svg', { width: WIDTH, height: CHART_HEIGHT, viewBox: `0 0 ${WIDTH} ${CHART_HEIGHT}` });
      for (const p of g.pauses) {
        const band = svg('rect', { x: p.x.toFixed(1), y: 0, width: p.width.toFixed(1), height: CHART_HEIGHT, fill: GENERATION_COLOURS[p.generation] ?? '#999', opacity: 0.25 + 0.25 * p.generation, 'data-generation': p.generation, class: 'pause' });
        band.append(svg('title', {}, p.title));
        chart.append(band);
      }
      chart.append(svg('path', { d: g.bytes, fill: 'none', stroke: '#1f77b4', 'stroke-width': 1.5, class: 'bytes' }));
      chart.append(svg('path', { d: g.arenas, fill: 'none', stroke: '#2ca02c', 'stroke-width': 1, 'stroke-dasharray': '3 2', class: 'arenas' }));
      chartHost.replaceChildren(
        chart,
        h('p', { class: 'chart-key' },
          h('span', { style: 'color:#1f77b4' }, `— bytes in blocks (max ${g.maxBytes.toLocaleString('en')})`), ' ',
          h('span', { style: 'color:#2ca02c' }, `- - arenas (max ${g.maxArenas})`), ' ',
          ...GENERATION_COLOURS.map((c, i) => h('span', { style: `border-left:10px solid ${c};padding:0 4px;margin-left:6px` }, `gen ${i} pause`))),
      );
      legend.replaceChildren(...view.sites.map((s) => h('li', {}, h('span', { class: 'swatch', style: `background:${s.colour}` }), s.label)));
      drawMap(view);
    },
  };
}

function rowTotal(row: ArenaRowView): number {
  return row.segments.reduce((s, x) => s + x.bytes, 0) + row.freeBytes;
}
