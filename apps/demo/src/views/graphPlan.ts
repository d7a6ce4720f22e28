// What the graph draws at one position, without the DOM: the frames with their names, the boxes
// (type, refcount, generation, value, contents) and the arrows, placed by the layout. The view
// turns the plan into SVG; the tests read the plan.
import { Gen } from '../model/memoryModel.js';
import { isDunderName } from '../model/frames.js';
import type { Scene } from '../model/scene.js';
import type { CollectionSpan } from '../model/timeline.js';
import { layoutGraph } from './layout.js';

/** Most boxes drawn at once; past that the graph shows the focus object's neighbourhood. */
export const GRAPH_LIMIT = 60;
/** Rows of contents drawn in one box; the rest are counted. */
export const ROWS_LIMIT = 8;
const BOX_W = 178;
const HEAD_H = 36;
const ROW_H = 16;
const VAR_W = 116;
const VAR_H = 22;

/** Label of a generation value. */
export function generationLabel(g: number): string {
  if (g === Gen.untracked) return 'untracked';
  if (g === Gen.permanent) return 'permanent';
  if (g === Gen.young) return 'collecting';
  return `gen ${g}`;
}

/** A row inside a box or a frame: a label, the value shown inline, the object it points at. */
export interface PlanRow {
  readonly label: string;
  readonly value: string | undefined;
  readonly target: number;
  /** The target is drawn: an arrow leaves this row. */
  readonly arrow: boolean;
}

/** A box of the plan. */
export interface PlanNode {
  readonly handle: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly type: string;
  readonly refcount: number;
  readonly generation: number;
  readonly value: string | undefined;
  readonly rows: readonly PlanRow[];
  /** Rows left out past {@link ROWS_LIMIT}. */
  readonly more: number;
  /** Where a row's value starts (after the longest label, at most 14 characters). */
  readonly valueX: number;
  readonly unreachable: boolean;
  readonly focus: boolean;
  readonly weakTarget: number;
}

/** A frame of the plan, with its names as rows. */
export interface PlanFrame {
  readonly id: string;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly vars: readonly (PlanRow & { x: number; y: number })[];
}

/** The whole drawing. */
export interface GraphPlan {
  readonly frames: readonly PlanFrame[];
  readonly nodes: readonly PlanNode[];
  readonly width: number;
  readonly height: number;
  /** The graph shows the focus object's neighbourhood only. */
  readonly neighbourhood: boolean;
  /** The note above the graph. */
  readonly note: string;
}

/** The interpreter's objects a program object may hold and the graph draws: constants, not types. */
const CONSTANTS = new Set(['str', 'int', 'float', 'bytes', 'tuple', 'frozenset']);
/** Width of a character of the boxes' monospace text. */
export const CHAR_W = 6.9;

/** Chooses which live handles to draw: the program's objects and the interpreter's that touch them. */
export function selectNodes(scene: Scene, programStart: number): { nodes: number[]; neighbourhood: boolean } {
  const { model, referrers, moduleDict } = scene;
  const dunder = (x: number): boolean => {
    const t = model.interned.get(x);
    return t !== undefined && isDunderName(t);
  };
  // an imported module's contents (sys's dict and functions) are the interpreter's, not the program's
  const insideModules = new Set<number>();
  const queue0: number[] = [];
  for (let x = 0; x < model.highWater; x++) if (model.isLive(x) && model.typeName(x) === 'module') queue0.push(...model.referents(x));
  while (queue0.length) {
    const x = queue0.pop()!;
    if (x === moduleDict || insideModules.has(x) || !model.isLive(x) || model.typeName(x) === 'module') continue;
    insideModules.add(x);
    queue0.push(...model.referents(x));
  }
  // code objects are the compiler's: a function's box stands for its code
  const drawable = (x: number): boolean =>
    model.isLive(x) && !model.isStatic(x) && x !== moduleDict && !dunder(x) && !insideModules.has(x) && model.typeName(x) !== 'code';
  const chosen = new Set<number>();
  for (let x = 0; x < model.highWater; x++) if (drawable(x) && model.bornAt(x) > programStart) chosen.add(x);
  const program = (x: number): boolean => model.bornAt(x) > programStart;
  // what the names refer to, though the interpreter made it (an interned string, a module)
  for (const f of scene.frames) for (const b of f.bindings) if (drawable(b.target)) chosen.add(b.target);
  const extra: number[] = [];
  for (const x of chosen) {
    for (const r of referrers.get(x) ?? []) if (!chosen.has(r) && drawable(r)) extra.push(r);
    // what a program object holds of the interpreter's (a str constant), but not the types (`object`)
    for (const t of model.referents(x)) if (!chosen.has(t) && drawable(t) && (program(t) || CONSTANTS.has(model.typeName(t)))) extra.push(t);
  }
  for (const x of extra) chosen.add(x);
  if (chosen.size <= GRAPH_LIMIT) return { nodes: [...chosen], neighbourhood: false };
  // breadth-first around the focus (else the newest object), over references both ways
  let start = scene.focus;
  if (!chosen.has(start)) {
    start = -1;
    for (const x of chosen) if (start < 0 || model.bornAt(x) > model.bornAt(start)) start = x;
  }
  // then what the names refer to, so the frames' arrows have their boxes
  const queue = [start];
  for (const f of scene.frames) for (const b of f.bindings) if (chosen.has(b.target) && !queue.includes(b.target)) queue.push(b.target);
  queue.length = Math.min(queue.length, GRAPH_LIMIT);
  const seen = new Set<number>(queue);
  for (let i = 0; i < queue.length && seen.size < GRAPH_LIMIT; i++) {
    const x = queue[i]!;
    // only the referents a box draws as rows (its first ROWS_LIMIT; a dict's are key/value pairs)
    for (const y of [...model.referents(x).slice(0, 2 * ROWS_LIMIT), ...(referrers.get(x) ?? [])]) {
      if (seen.size >= GRAPH_LIMIT) break;
      if (!seen.has(y) && chosen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return { nodes: [...seen], neighbourhood: true };
}

/**
 * Plans the drawing of `scene`.
 *
 * @example
 * ```ts
 * const plan = planGraph(scene, collection, programStart);
 * plan.frames[0].vars.map((v) => v.label); // ['sys', 'a', 'b']
 * ```
 */
export function planGraph(scene: Scene, collection: CollectionSpan | undefined, programStart: number): GraphPlan {
  const { model } = scene;
  const { nodes, neighbourhood } = selectNodes(scene, programStart);
  nodes.sort((a, b) => model.bornAt(a) - model.bornAt(b) || a - b);
  const shown = new Set(nodes);
  const unreachable = (x: number): boolean => collection !== undefined && collection.unreachable.has(x) && model.bornAt(x) <= collection.start;
  const row = (label: string, target: number): PlanRow => ({ label, value: scene.value(target), target, arrow: shown.has(target) });
  const rowsOf = new Map<number, PlanRow[]>();
  const moreOf = new Map<number, number>();
  for (const x of nodes) {
    const all = scene.rows(x);
    rowsOf.set(x, all.slice(0, ROWS_LIMIT).map((r) => row(r.label, r.target)));
    moreOf.set(x, Math.max(0, all.length - ROWS_LIMIT));
  }
  const height = (x: number): number => HEAD_H + ROW_H * (rowsOf.get(x)!.length + (moreOf.get(x)! > 0 ? 1 : 0)) + (scene.value(x) !== undefined && rowsOf.get(x)!.length === 0 ? 14 : 0);
  const frames = scene.frames;
  const valueX = (x: number): number => 14 + CHAR_W * Math.min(14, Math.max(3, ...rowsOf.get(x)!.map((r) => r.label.length)));
  const width = (x: number): number => Math.max(BOX_W, Math.ceil(valueX(x) + CHAR_W * 14 + 16));
  const layoutNodes = [
    ...frames.flatMap((f) => (f.bindings.length ? f.bindings : [{ name: '(no names yet)', target: -1 }]).map((b, i) => ({ id: `v:${f.id}:${i}`, width: VAR_W, height: VAR_H, parent: `frame:${f.id}` }))),
    ...nodes.map((x) => ({ id: `o:${x}`, width: width(x), height: height(x) })),
  ];
  const edges: [string, string][] = [];
  frames.forEach((f) => f.bindings.forEach((b, i) => shown.has(b.target) && edges.push([`v:${f.id}:${i}`, `o:${b.target}`])));
  for (const x of nodes) for (const r of rowsOf.get(x)!) if (r.arrow) edges.push([`o:${x}`, `o:${r.target}`]);
  const layout = layoutGraph(layoutNodes, edges, frames.map((f) => `frame:${f.id}`));
  const planFrames: PlanFrame[] = frames.map((f) => {
    const box = layout.boxes.get(`frame:${f.id}`) ?? { x: 0, y: 0, width: VAR_W, height: VAR_H };
    const vars = f.bindings.map((b, i) => ({ ...row(b.name, b.target), ...pos(layout.boxes.get(`v:${f.id}:${i}`)) }));
    return { id: f.id, title: f.title, ...box, vars };
  });
  const planNodes: PlanNode[] = nodes.map((x) => {
    const box = layout.boxes.get(`o:${x}`)!;
    return {
      handle: x,
      ...box,
      type: model.typeName(x),
      refcount: model.refcount(x),
      generation: model.generation(x),
      value: scene.value(x),
      rows: rowsOf.get(x)!,
      more: moreOf.get(x)!,
      valueX: valueX(x),
      unreachable: unreachable(x),
      focus: x === scene.focus,
      weakTarget: shown.has(model.weakTarget(x)) ? model.weakTarget(x) : -1,
    };
  });
  const live = model.liveObjects;
  const note = nodes.length === 0
    ? 'No objects of the program are alive at this point.'
    : neighbourhood
      ? `${live} live objects: showing the ${nodes.length} nearest to #${scene.focus >= 0 ? scene.focus : nodes[0]}`
      : `${nodes.length} of ${live} live objects (the program's, and the interpreter's that touch them)` +
        (collection ? ` · collecting generation ${collection.generation}: ${collection.unreachable.size} unreachable` : '');
  return { frames: planFrames, nodes: planNodes, width: layout.width, height: layout.height, neighbourhood, note };
}

function pos(b: { x: number; y: number } | undefined): { x: number; y: number } {
  return { x: b?.x ?? 0, y: b?.y ?? 0 };
}
