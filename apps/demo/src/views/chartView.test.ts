// The memory chart's geometry: positions map along the width, values up the height, collections to ticks.
import { describe, expect, it } from 'vitest';
import { chartGeometry } from './chartView.js';
import type { CollectionSpan } from '../model/timeline.js';

describe('chartGeometry', () => {
  it('scales each line to its maximum and places collections by their start', () => {
    const samples = [0, 50, 100].map((p, i) => ({ position: p, blocks: [0, 10, 5][i]!, arenas: 1, objects: [1, 2, 4][i]! }));
    const collections = [{ generation: 0, start: 50, end: 60, unreachable: new Set<number>(), collected: 0 }] as CollectionSpan[];
    const g = chartGeometry(samples, collections, 100, 200, 64);
    expect(g.maxBlocks).toBe(10);
    expect(g.blocks.map(([x]) => x)).toEqual([0, 100, 200]);
    expect(g.blocks[1]![1]).toBeLessThan(g.blocks[2]![1]); // the peak is highest (smallest y)
    expect(g.blocks[0]![1]).toBe(62);
    expect(g.collections).toEqual([{ x: 100, generation: 0 }]);
  });
});
