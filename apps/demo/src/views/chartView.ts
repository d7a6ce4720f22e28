// Memory over time, under the timeline: blocks in use (pymalloc), arenas and live objects along
// the run, each collection a tick, and a cursor where the scrubber is. Clicking moves there.
import { h } from '../dom.js';
import type { MemorySample } from '../model/series.js';
import type { CollectionSpan } from '../model/timeline.js';

/** The chart's lines as canvas coordinates. */
export interface ChartGeometry {
  readonly blocks: readonly [number, number][];
  readonly arenas: readonly [number, number][];
  readonly objects: readonly [number, number][];
  readonly collections: readonly { x: number; generation: number }[];
  readonly maxBlocks: number;
  readonly maxArenas: number;
  readonly maxObjects: number;
}

/**
 * Scales the samples to a `width` × `height` chart of a run of `length` events (each line to its own maximum).
 *
 * @example
 * ```ts
 * chartGeometry(timeline.series.samples, timeline.collections, timeline.length, 800, 60);
 * ```
 */
export function chartGeometry(samples: readonly MemorySample[], collections: readonly CollectionSpan[], length: number, width: number, height: number): ChartGeometry {
  const maxBlocks = Math.max(1, ...samples.map((s) => s.blocks));
  const maxArenas = Math.max(1, ...samples.map((s) => s.arenas));
  const maxObjects = Math.max(1, ...samples.map((s) => s.objects));
  const x = (p: number): number => (length > 0 ? (p / length) * width : 0);
  const y = (v: number, max: number): number => height - 2 - (v / max) * (height - 6);
  return {
    blocks: samples.map((s) => [x(s.position), y(s.blocks, maxBlocks)]),
    arenas: samples.map((s) => [x(s.position), y(s.arenas, maxArenas)]),
    objects: samples.map((s) => [x(s.position), y(s.objects, maxObjects)]),
    collections: collections.map((c) => ({ x: x(c.start), generation: c.generation })),
    maxBlocks,
    maxArenas,
    maxObjects,
  };
}

/**
 * Creates the chart; `onSeek` hears a click's position.
 *
 * @example
 * ```ts
 * const c = createChartView((p) => seek(p)); c.render(timeline, position);
 * ```
 */
export function createChartView(onSeek: (position: number) => void): {
  root: HTMLElement;
  render(samples: readonly MemorySample[], collections: readonly CollectionSpan[], length: number, position: number): void;
} {
  const canvas = h('canvas', { class: 'chart-canvas', height: 64, width: 800 });
  const key = h('div', { class: 'chart-key' });
  const root = h('div', { class: 'chart', id: 'memory-chart' }, canvas, key);
  let last = { length: 0 };
  canvas.addEventListener('click', (ev) => {
    const r = canvas.getBoundingClientRect();
    onSeek(Math.round(((ev.clientX - r.left) / r.width) * last.length));
  });

  function render(samples: readonly MemorySample[], collections: readonly CollectionSpan[], length: number, position: number): void {
    last = { length };
    const width = Math.max(200, Math.floor(root.clientWidth || 800));
    if (canvas.width !== width) canvas.width = width;
    const g = chartGeometry(samples, collections, length, width, canvas.height);
    const ctx = canvas.getContext('2d');
    const swatch = (color: string, text: string): HTMLElement => h('span', { class: 'chart-line' }, h('i', { style: `background:${color}` }), text);
    key.replaceChildren(
      'memory over the run: ',
      swatch('#2f6fde', `blocks in use (max ${g.maxBlocks})`),
      swatch('#067647', `arenas (max ${g.maxArenas})`),
      swatch('#98a2b3', `live objects (max ${g.maxObjects})`),
      swatch('#f79009', `${collections.length} collections (full ones red)`),
      swatch('#1d2330', 'you are here'),
    );
    root.dataset.samples = String(samples.length);
    root.dataset.cursor = String(length > 0 ? Math.round((position / length) * width) : 0);
    if (!ctx) return;
    ctx.clearRect(0, 0, width, canvas.height);
    ctx.fillStyle = '#f8f9fb';
    ctx.fillRect(0, 0, width, canvas.height);
    for (const c of g.collections) {
      ctx.fillStyle = c.generation === 2 ? '#d92d2066' : '#f7900966';
      ctx.fillRect(c.x, 0, 1, canvas.height);
    }
    const line = (pts: readonly [number, number][], color: string): void => {
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      pts.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.stroke();
    };
    line(g.objects, '#98a2b3');
    line(g.arenas, '#067647');
    line(g.blocks, '#2f6fde');
    const cx = length > 0 ? (position / length) * width : 0;
    ctx.fillStyle = '#1d2330';
    ctx.fillRect(Math.round(cx) - 1, 0, 2, canvas.height);
  }

  return { root, render };
}
