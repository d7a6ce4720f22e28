// The object graph with its frames, as Python Tutor draws a program's memory: on the left each
// live frame (`data-view="frames"`) with its names, an arrow from each name to its object; the
// objects as boxes with their value or contents, refcount and generation (`data-refcount`), an
// arrow from each item to the object it holds. Hovering a box tells who holds each reference and
// highlights the holders. During a collection the unreachable objects are red. The layout comes
// from graphPlan (dagre); the drawing scrolls to the current event's object.
import { h } from '../dom.js';
import type { Scene } from '../model/scene.js';
import type { CollectionSpan } from '../model/timeline.js';
import { generationLabel, planGraph, type GraphPlan, type PlanNode, type PlanRow } from './graphPlan.js';

export { generationLabel } from './graphPlan.js';

/** What the graph needs to draw one point in time. */
export interface GraphInput {
  readonly scene: Scene;
  readonly collection: CollectionSpan | undefined;
  /** Position of the program's first statement: objects born before are the interpreter's own. */
  readonly programStart: number;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const HEAD_H = 36;
const ROW_H = 16;

function curve(x1: number, y1: number, x2: number, y2: number): string {
  if (x2 > x1 + 10) {
    const dx = Math.max(24, (x2 - x1) / 2);
    return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
  }
  // a reference back to the left (a cycle): a loop under the boxes
  return `M${x1},${y1} C${x1 + 60},${y1 + 80} ${x2 - 60},${y2 + 80} ${x2},${y2}`;
}

function rowText(r: PlanRow): string {
  return r.value !== undefined ? r.value : r.arrow ? '' : `#${r.target}`;
}

function drawNode(n: PlanNode): string {
  const cls = `node g-${generationLabel(n.generation).replace(' ', '')}${n.unreachable ? ' unreachable' : ''}${n.focus ? ' focus' : ''}`;
  const head = `${n.type} #${n.handle}`;
  const meta = `rc ${n.refcount} · ${n.unreachable ? 'unreachable' : generationLabel(n.generation)}`;
  let body = '';
  n.rows.forEach((r, i) => {
    const y = HEAD_H + i * ROW_H + 11;
    body += `<text x="8" y="${y}" class="row-label">${esc(cut(r.label, 14))}</text><text x="${n.valueX}" y="${y}" class="row-value">${esc(cut(rowText(r), 14))}</text>`;
    if (r.arrow) body += `<circle cx="${n.width - 8}" cy="${y - 4}" r="2.5" class="dot"/>`;
  });
  if (n.more > 0) body += `<text x="8" y="${HEAD_H + n.rows.length * ROW_H + 11}" class="row-more">… ${n.more} more</text>`;
  if (n.rows.length === 0 && n.value !== undefined) body += `<text x="8" y="${HEAD_H + 8}" class="value">${esc(cut(n.value, 22))}</text>`;
  return (
    `<g class="${cls}" transform="translate(${n.x},${n.y})" data-handle="${n.handle}" data-type="${esc(n.type)}" data-refcount="${n.refcount}" data-gen="${n.generation}"` +
    `${n.value !== undefined ? ` data-value="${esc(n.value)}"` : ''}${n.unreachable ? ' data-unreachable=""' : ''}>` +
    `<rect width="${n.width}" height="${n.height}" rx="7"/>` +
    `<text x="8" y="15" class="t1">${esc(cut(head, 22))}</text><text x="8" y="29" class="t2">${esc(meta)}</text>${body}</g>`
  );
}

/** The SVG of a plan (frames, arrows, boxes). */
export function drawPlan(plan: GraphPlan): string {
  const byHandle = new Map(plan.nodes.map((n) => [n.handle, n]));
  let edges = '';
  let frames = '';
  for (const f of plan.frames) {
    frames += `<g class="frame" data-frame="${esc(f.id)}"><rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" rx="6"/><text x="${f.x + 8}" y="${f.y + 15}" class="frame-title">${esc(f.title)}</text>`;
    for (const v of f.vars) {
      frames += `<g class="var" data-name="${esc(v.label)}" data-target="${v.target}" transform="translate(${v.x},${v.y})"><rect width="116" height="22" rx="4"/>` +
        `<text x="6" y="15" class="var-name">${esc(cut(v.label, 9))}</text><text x="64" y="15" class="var-value">${v.arrow ? '' : esc(cut(rowText(v), 7))}</text></g>`;
      const t = byHandle.get(v.target);
      if (v.arrow && t) edges += `<path class="edge name" d="${curve(v.x + 116, v.y + 11, t.x, t.y + 18)}" marker-end="url(#arrow)" data-from="${esc(v.label)}" data-to="${t.handle}"/>`;
    }
    frames += '</g>';
  }
  for (const n of plan.nodes) {
    n.rows.forEach((r, i) => {
      const t = byHandle.get(r.target);
      if (!r.arrow || !t) return;
      const bad = n.unreachable && t.unreachable;
      edges += `<path class="edge${bad ? ' cyc' : ''}" d="${curve(n.x + n.width - 8, n.y + HEAD_H + i * ROW_H + 7, t.x, t.y + 18)}" marker-end="url(#arrow${bad ? '-red' : ''})" data-from="${n.handle}" data-to="${t.handle}"/>`;
    });
    const w = byHandle.get(n.weakTarget);
    if (w) edges += `<path class="edge weak" d="${curve(n.x + n.width, n.y + 18, w.x, w.y + 18)}" marker-end="url(#arrow)" data-from="${n.handle}" data-to="${w.handle}"/>`;
  }
  const defs =
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead"/></marker>' +
    '<marker id="arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead red"/></marker></defs>';
  const width = Math.max(200, plan.width);
  const height = Math.max(120, plan.height + 60);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${defs}<g data-view="frames">${frames}</g>${edges}${plan.nodes.map(drawNode).join('')}</svg>`;
}

/**
 * Creates the graph panel's content.
 *
 * @example
 * ```ts
 * const g = createGraphView(); panel.append(g.root); g.render(input);
 * ```
 */
export function createGraphView(): { root: HTMLElement; render(input: GraphInput): GraphPlan } {
  const note = h('div', { class: 'graph-note' });
  const canvas = h('div', { class: 'graph-canvas' });
  const story = h('div', { id: 'refcount-story', class: 'story', hidden: true });
  const legend = h(
    'div',
    { class: 'legend' },
    ...['gen 0', 'gen 1', 'gen 2', 'permanent', 'untracked', 'collecting', 'unreachable'].map((l) => h('span', { class: `chip g-${l.replace(' ', '')}` }, l)),
    h('span', { class: 'legend-hint' }, 'Hover a box: who holds each reference.'),
  );
  const root = h('div', { class: 'graph' }, legend, note, canvas, story);
  let scene: Scene | undefined;

  function clearHolders(): void {
    for (const el of canvas.querySelectorAll('.holder')) el.classList.remove('holder');
  }
  canvas.addEventListener('mouseover', (ev) => {
    const g = (ev.target as Element).closest('g.node');
    if (!g || !scene) return;
    const x = Number(g.getAttribute('data-handle'));
    const s = scene.story(x);
    clearHolders();
    g.classList.add('hovered');
    for (const holder of s.holders) {
      if (holder.name !== undefined) canvas.querySelector(`g.frame[data-frame="${holder.frame}"] g.var[data-name="${CSS.escape(holder.name)}"]`)?.classList.add('holder');
      else canvas.querySelector(`g.node[data-handle="${holder.owner}"]`)?.classList.add('holder');
    }
    story.hidden = false;
    story.dataset.handle = String(x);
    story.textContent = `${scene.model.typeName(x)} #${x}: ${scene.storyText(x).join('\n')}`;
  });
  canvas.addEventListener('mouseout', (ev) => {
    const g = (ev.target as Element).closest('g.node');
    if (!g || (ev.relatedTarget instanceof Element && g.contains(ev.relatedTarget))) return;
    g.classList.remove('hovered');
    clearHolders();
    story.hidden = true;
  });

  function render(input: GraphInput): GraphPlan {
    scene = input.scene;
    const plan = planGraph(input.scene, input.collection, input.programStart);
    canvas.innerHTML = drawPlan(plan);
    note.textContent = plan.note;
    story.hidden = true;
    // centre on what changed: scroll the current event's object into the middle
    const focus = plan.nodes.find((n) => n.focus);
    if (focus) {
      canvas.scrollLeft = Math.max(0, focus.x + focus.width / 2 - canvas.clientWidth / 2);
      canvas.scrollTop = Math.max(0, focus.y + focus.height / 2 - canvas.clientHeight / 2);
    }
    return plan;
  }

  return { root, render };
}
