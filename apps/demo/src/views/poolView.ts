// The pymalloc map: each arena a row of pools, each pool coloured by its size class and filled
// in proportion to the blocks in use (obmalloc.c's arenas → pools → blocks). Drawn on a canvas
// so hundreds of arenas stay fast; hovering a pool names it.
import { h, hex } from '../dom.js';
import type { MemoryModel } from '../model/memoryModel.js';

const LABEL = 30;
const MAX_ROWS = 160;

/** Hue of a size class (0..31), spread round the colour wheel. */
function hue(sizeClass: number): number {
  return (sizeClass * 137.5) % 360;
}

/**
 * Creates the pool-map panel's content.
 *
 * @example
 * ```ts
 * const v = createPoolView(); v.render(model);
 * ```
 */
export function createPoolView(): { root: HTMLElement; render(model: MemoryModel): void } {
  const summary = h('div', { class: 'pool-summary' });
  const canvas = h('canvas', { class: 'pool-canvas', width: 600, height: 40 });
  const tip = h('div', { class: 'pool-tip' }, 'Hover a pool.');
  const root = h('div', { class: 'pools' }, summary, canvas, tip);
  let cells: { x: number; y: number; text: string }[] = [];
  let CELL = 9;
  let ROW = 12;

  canvas.addEventListener('mousemove', (ev) => {
    const r = canvas.getBoundingClientRect();
    const x = ((ev.clientX - r.left) * canvas.width) / r.width;
    const y = ((ev.clientY - r.top) * canvas.height) / r.height;
    const c = cells.find((c) => x >= c.x && x < c.x + CELL && y >= c.y && y < c.y + CELL);
    tip.textContent = c ? c.text : 'Hover a pool.';
  });

  function render(model: MemoryModel): void {
    const { shape } = model;
    const arenas = [...model.arenas.values()].sort((a, b) => a.index - b.index);
    const perArena = shape.arenaSize / shape.poolSize;
    const shownArenas = arenas.slice(0, MAX_ROWS);
    // one pool per cell, as wide as the panel allows (at least 3 pixels)
    const room = Math.max(200, root.clientWidth || 320);
    CELL = Math.max(3, Math.min(12, Math.floor((room - LABEL - 4) / perArena) - 1));
    ROW = CELL + 3;
    canvas.width = LABEL + perArena * (CELL + 1) + 4;
    canvas.height = Math.max(1, shownArenas.length) * ROW + 4;
    const ctx = canvas.getContext('2d');
    cells = [];
    let usedPools = 0;
    let blocks = 0;
    for (const p of model.pools.values()) {
      if (p.inUse) usedPools++; // claimed and not emptied (allocator traces carry no block counts)
      blocks += p.used;
    }
    summary.textContent =
      `${arenas.length} arenas · ${usedPools} pools in use · ${blocks} blocks in use · ` +
      `${model.shape.poolSize / 1024} KiB pools, ${model.shape.arenaSize / 1024} KiB arenas` +
      (arenas.length > MAX_ROWS ? ` · first ${MAX_ROWS} arenas drawn` : '');
    summary.dataset.arenas = String(arenas.length);
    summary.dataset.pools = String(usedPools);
    summary.dataset.blocks = String(blocks);
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = '9px ui-monospace, monospace';
    shownArenas.forEach((a, row) => {
      const y = 2 + row * ROW;
      ctx.fillStyle = '#667';
      ctx.fillText(`#${a.index}`, 2, y + Math.min(9, CELL));
      const first = Math.ceil(a.address / shape.poolSize) * shape.poolSize;
      for (let i = 0; i < a.pools; i++) {
        const addr = first + i * shape.poolSize;
        const x = LABEL + i * (CELL + 1);
        const p = model.pools.get(addr);
        ctx.strokeStyle = '#c8ccd4';
        ctx.strokeRect(x + 0.5, y + 0.5, CELL - 1, CELL - 1);
        if (!p || p.sizeClass < 0) {
          cells.push({ x, y, text: `arena #${a.index} pool ${hex(addr)}: never used` });
          continue;
        }
        const capacity = model.blocksPerPool(p.sizeClass);
        const fill = p.inUse ? Math.min(1, p.used / capacity) : 0;
        ctx.fillStyle = `hsl(${hue(p.sizeClass)} 65% 88%)`;
        ctx.fillRect(x, y, CELL, CELL);
        ctx.fillStyle = `hsl(${hue(p.sizeClass)} 70% 42%)`;
        const fh = Math.max(p.used > 0 ? 1 : 0, Math.round(fill * CELL));
        ctx.fillRect(x, y + CELL - fh, CELL, fh);
        cells.push({
          x, y,
          text: `arena #${a.index} pool ${hex(addr)}: size class ${p.sizeClass} (${(p.sizeClass + 1) * shape.alignment}-byte blocks), ${p.used}/${capacity} blocks in use${p.inUse ? '' : ' (empty, in freepools)'}`,
        });
      }
    });
  }

  return { root, render };
}
