// What the views draw, from a real run of the seed's lesson: the graph's frames and boxes, the
// generation lists and the pool map's selected block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltinType } from '@pymem/object-model';
import { findLandmarks } from '../model/landmarks.js';
import { moduleDictOf, sceneAt } from '../model/scene.js';
import { runToTimeline } from '../model/lessonRun.js';
import { planGraph } from './graphPlan.js';
import { generationLists } from './gcView.js';
import { blockOf, poolState } from './poolView.js';
import { drawPlan } from './graphView.js';

const source = readFileSync(join(__dirname, '../examples/refcount.py'), 'utf8');
const { timeline } = runToTimeline(source);
const landmarks = findLandmarks(timeline, 'live');
const options = { sourceLines: source.split('\n'), moduleDict: moduleDictOf(timeline, landmarks.programEnd), builtinTypes: new Set<number>(Object.values(BuiltinType)) };
const line6 = timeline.statements.find((i) => timeline.event(i).line === 6)!;
let three = line6;
while (!(timeline.event(three).type === 'ref.increfed' && timeline.event(three).refcount === 3 && timeline.event(three).handle !== 861)) three++;
const scene = sceneAt(timeline, three + 1, options);
const list = Number(timeline.event(three).handle);

describe('the graph plan at getrefcount', () => {
  const plan = planGraph(scene, undefined, landmarks.programStart);
  it('draws the module frame with a, b (and sys), each with an arrow to its box', () => {
    expect(plan.frames.map((f) => f.id)).toEqual(['module']);
    const vars = plan.frames[0]!.vars;
    expect(vars.map((v) => v.label)).toEqual(['sys', 'a', 'b']);
    expect(vars.every((v) => v.arrow)).toBe(true);
    expect(vars.find((v) => v.label === 'a')!.target).toBe(list);
  });
  it("the list's box has refcount 3 and is the focus; the module dict and sys's contents are not boxes", () => {
    const box = plan.nodes.find((n) => n.handle === list)!;
    expect(box).toMatchObject({ type: 'list', refcount: 3, focus: true });
    expect(plan.nodes.some((n) => n.handle === options.moduleDict)).toBe(false);
    expect(plan.nodes.map((n) => n.type).sort()).toEqual(['list', 'module']);
    const svg = drawPlan(plan);
    expect(svg).toContain(`data-handle="${list}" data-type="list" data-refcount="3"`);
    expect(svg).toContain('<g data-view="frames">');
  });
  it('frames sit left of the boxes they point at', () => {
    const f = plan.frames[0]!;
    for (const n of plan.nodes) expect(n.x).toBeGreaterThanOrEqual(f.x + f.width);
  });
});

describe('generations and pools at getrefcount', () => {
  it("generation 0's list names the list by its names first", () => {
    const lists = generationLists(scene, landmarks.programStart);
    expect(lists[0]!.items[0]!.label).toBe(`list #${list} a, b`);
    expect(lists[0]!.total).toBe(scene.model.generationSizes()[1]);
  });
  it("the list's block is in a used pool of its size class, among the pool's object blocks", () => {
    const b = blockOf(scene.model, list)!;
    expect(b.blockSize).toBeGreaterThanOrEqual(scene.model.size(list));
    expect(b.objectBlocks).toContain(b.block);
    expect(b.block).toBeLessThan(b.capacity);
    expect(poolState(scene.model, b.pool)).toBe('used');
  });
});
