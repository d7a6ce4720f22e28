// The graph layout: references run left to right, boxes never overlap, frames hold their names.
import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout.js';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutGraph', () => {
  it('places a referent to the right of its referrer', () => {
    const l = layoutGraph([{ id: 'a', width: 80, height: 30 }, { id: 'b', width: 80, height: 30 }], [['a', 'b']]);
    expect(l.boxes.get('b')!.x).toBeGreaterThan(l.boxes.get('a')!.x + 80);
  });

  it('a 60-object heap with cross references gets boxes that never overlap', () => {
    // a fixed pseudo-random graph (seed 7), as a program's heap might be
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, width: 150, height: 34 + 16 * (i % 4) }));
    const edges: [string, string][] = [];
    for (let i = 1; i < 60; i++) edges.push([`n${Math.floor(rand() * i)}`, `n${i}`]);
    for (let k = 0; k < 20; k++) edges.push([`n${Math.floor(rand() * 60)}`, `n${Math.floor(rand() * 60)}`]);
    const l = layoutGraph(nodes, edges);
    const boxes = [...l.boxes.values()];
    expect(boxes).toHaveLength(60);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} ${j}`).toBe(false);
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(l.width);
  });

  it('a frame cluster contains its names', () => {
    const l = layoutGraph(
      [{ id: 'v:a', width: 90, height: 22, parent: 'frame:module' }, { id: 'v:b', width: 90, height: 22, parent: 'frame:module' }, { id: 'o1', width: 150, height: 40 }],
      [['v:a', 'o1'], ['v:b', 'o1']],
      ['frame:module'],
    );
    const f = l.boxes.get('frame:module')!;
    for (const id of ['v:a', 'v:b']) {
      const v = l.boxes.get(id)!;
      expect(v.x).toBeGreaterThanOrEqual(f.x);
      expect(v.y).toBeGreaterThanOrEqual(f.y);
      expect(v.x + v.width).toBeLessThanOrEqual(f.x + f.width);
    }
    expect(l.boxes.get('o1')!.x).toBeGreaterThan(f.x + f.width - 1);
  });
});
