// The object graph: live objects as boxes (type, refcount, generation or untracked) and their
// references as arrows, laid out left to right from the objects nothing visible refers to.
// During a collection the objects it found unreachable are drawn red. A large heap is shown as
// the neighbourhood of the current event's object.
import { h } from '../dom.js';
import { Gen, type MemoryModel } from '../model/memoryModel.js';
import type { CollectionSpan } from '../model/timeline.js';

/** What the graph needs to draw one point in time. */
export interface GraphInput {
  readonly model: MemoryModel;
  readonly collection: CollectionSpan | undefined;
  /** Handle the current event is about, or -1. */
  readonly focus: number;
  /** Position of the program's first statement: objects born before are the interpreter's own. */
  readonly programStart: number;
  /** A short value to print in a box (interned text, cached int), if known. */
  readonly valueOf: (h: number) => string | undefined;
}

/** Most boxes drawn at once; past that the graph shows the focus object's neighbourhood. */
export const GRAPH_LIMIT = 60;
const W = 132;
const H = 46;
const GAP_X = 56;
const GAP_Y = 14;

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Label of a generation value. */
export function generationLabel(g: number): string {
  if (g === Gen.untracked) return 'untracked';
  if (g === Gen.permanent) return 'permanent';
  if (g === Gen.young) return 'collecting';
  return `gen ${g}`;
}

/** Interned `__names__` (module and class dict keys): drawn only when nothing else would be. */
function isDunder(model: MemoryModel, x: number): boolean {
  const text = model.interned.get(x);
  return text !== undefined && text.length > 4 && text.startsWith('__') && text.endsWith('__');
}

/** Chooses which live handles to draw. */
export function selectNodes(input: GraphInput, referrers: Map<number, number[]>): { nodes: number[]; neighbourhood: boolean } {
  const { model, programStart } = input;
  const chosen = new Set<number>();
  const hw = model.highWater;
  for (let x = 0; x < hw; x++) {
    if (model.isLive(x) && !model.isStatic(x) && model.bornAt(x) > programStart && !isDunder(model, x)) chosen.add(x);
  }
  // the interpreter's objects that hold or are held by the program's (module globals, code constants)
  const extra: number[] = [];
  for (const x of chosen) {
    for (const r of referrers.get(x) ?? []) if (!chosen.has(r)) extra.push(r);
    for (const t of model.referents(x)) if (!chosen.has(t) && model.isLive(t) && !isDunder(model, t)) extra.push(t);
  }
  for (const x of extra) chosen.add(x);
  if (chosen.size <= GRAPH_LIMIT) return { nodes: [...chosen], neighbourhood: false };
  // breadth-first around the focus, over references in both directions
  let start = input.focus;
  if (!model.isLive(start)) {
    start = -1;
    for (const x of chosen) if (start < 0 || model.bornAt(x) > model.bornAt(start)) start = x;
  }
  const seen = new Set<number>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length && seen.size < GRAPH_LIMIT; i++) {
    const x = queue[i]!;
    for (const y of [...model.referents(x), ...(referrers.get(x) ?? [])]) {
      if (seen.size >= GRAPH_LIMIT) break;
      if (!seen.has(y) && model.isLive(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return { nodes: [...seen], neighbourhood: true };
}

/** Who refers to whom, over every live object. */
export function buildReferrers(model: MemoryModel): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let x = 0; x < model.highWater; x++) {
    if (!model.isLive(x)) continue;
    for (const t of model.referents(x)) {
      let list = out.get(t);
      if (!list) out.set(t, (list = []));
      list.push(x);
    }
  }
  return out;
}

/**
 * Creates the graph panel's content.
 *
 * @example
 * ```ts
 * const g = createGraphView(); panel.append(g.root); g.render(input);
 * ```
 */
export function createGraphView(): { root: HTMLElement; render(input: GraphInput): void } {
  const note = h('div', { class: 'graph-note' });
  const canvas = h('div', { class: 'graph-canvas' });
  const legend = h(
    'div',
    { class: 'legend' },
    ...['gen 0', 'gen 1', 'gen 2', 'permanent', 'untracked', 'collecting', 'unreachable'].map((l) =>
      h('span', { class: `chip g-${l.replace(' ', '')}` }, l),
    ),
  );
  const root = h('div', { class: 'graph' }, legend, note, canvas);

  function render(input: GraphInput): void {
    const { model, collection } = input;
    const referrers = buildReferrers(model);
    const { nodes, neighbourhood } = selectNodes(input, referrers);
    const shown = new Set(nodes);
    const unreachable = (x: number): boolean => collection !== undefined && collection.unreachable.has(x) && model.bornAt(x) <= collection.start;

    // columns: breadth-first depth from the boxes nothing shown refers to, in order of birth
    nodes.sort((a, b) => model.bornAt(a) - model.bornAt(b) || a - b);
    const depth = new Map<number, number>();
    const order: number[] = [];
    const visit = (rootNode: number): void => {
      depth.set(rootNode, 0);
      const q = [rootNode];
      for (let i = 0; i < q.length; i++) {
        const x = q[i]!;
        order.push(x);
        for (const t of model.referents(x)) {
          if (shown.has(t) && !depth.has(t)) {
            depth.set(t, depth.get(x)! + 1);
            q.push(t);
          }
        }
      }
    };
    for (const x of nodes) if (!depth.has(x) && !(referrers.get(x) ?? []).some((r) => shown.has(r) && r !== x)) visit(x);
    for (const x of nodes) if (!depth.has(x)) visit(x);
    const rows: number[] = [];
    const pos = new Map<number, [number, number]>();
    for (const x of order) {
      const c = Math.min(depth.get(x)!, 12);
      const r = rows[c] ?? 0;
      rows[c] = r + 1;
      pos.set(x, [16 + c * (W + GAP_X), 16 + r * (H + GAP_Y)]);
    }
    const width = 32 + Math.max(1, rows.length) * (W + GAP_X);
    const height = 32 + Math.max(1, ...rows) * (H + GAP_Y);

    let edges = '';
    let boxes = '';
    for (const x of order) {
      const [sx, sy] = pos.get(x)!;
      const counts = new Map<number, number>();
      for (const t of model.referents(x)) if (shown.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
      const weak = model.weakTarget(x);
      if (weak >= 0 && shown.has(weak)) counts.set(weak, -1);
      for (const [t, n] of counts) {
        const [tx, ty] = pos.get(t)!;
        const x1 = sx + W;
        const y1 = sy + H / 2;
        const y2 = ty + H / 2;
        const back = tx <= sx;
        const d = back
          ? `M${x1},${y1} C${x1 + 50},${y1 + 70} ${tx - 50},${y2 + 70} ${tx},${y2}`
          : `M${x1},${y1} C${x1 + GAP_X / 2},${y1} ${tx - GAP_X / 2},${y2} ${tx},${y2}`;
        const bad = unreachable(x) && unreachable(t);
        edges += `<path class="edge${n < 0 ? ' weak' : ''}${bad ? ' cyc' : ''}" d="${d}" marker-end="url(#arrow${bad ? '-red' : ''})" data-from="${x}" data-to="${t}"/>`;
        if (n > 1) edges += `<text class="edge-n" x="${(x1 + tx) / 2}" y="${(y1 + y2) / 2 - 4}">×${n}</text>`;
      }
      const g = model.generation(x);
      const un = unreachable(x);
      const cls = `node g-${generationLabel(g).replace(' ', '')}${un ? ' unreachable' : ''}${x === input.focus ? ' focus' : ''}${model.isStatic(x) ? ' static' : ''}${model.isFinalized(x) ? ' finalized' : ''}`;
      const value = input.valueOf(x);
      const title = `${model.typeName(x)} #${x}${value !== undefined ? ` ${value}` : ''}`;
      const line2 = `rc ${model.refcount(x)} · ${un ? 'unreachable' : generationLabel(g)}`;
      boxes +=
        `<g class="${cls}" transform="translate(${sx},${sy})" data-handle="${x}" data-type="${esc(model.typeName(x))}" data-refcount="${model.refcount(x)}" data-gen="${g}"${un ? ' data-unreachable=""' : ''}>` +
        `<title>${esc(`${title}\nid ${model.address(x)}\nsize ${model.size(x)} bytes`)}</title>` +
        `<rect width="${W}" height="${H}" rx="7"/>` +
        `<text x="8" y="18" class="t1">${esc(title.length > 19 ? `${title.slice(0, 18)}…` : title)}</text>` +
        `<text x="8" y="36" class="t2">${esc(line2)}</text></g>`;
    }
    canvas.innerHTML =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead"/></marker>` +
      `<marker id="arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead red"/></marker></defs>` +
      `${edges}${boxes}</svg>`;
    const live = model.liveObjects;
    note.textContent = nodes.length === 0
      ? 'No objects of the program are alive at this point.'
      : neighbourhood
        ? `${live} live objects: showing the ${nodes.length} nearest to #${input.focus >= 0 ? input.focus : order[0]}`
        : `${nodes.length} of ${live} live objects (the program's, and the interpreter's that touch them)` +
          (collection ? ` · collecting generation ${collection.generation}: ${collection.unreachable.size} unreachable` : '');
  }

  return { root, render };
}
