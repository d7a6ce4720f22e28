// The pymalloc map (obmalloc.c's arenas → pools → blocks): each arena a labelled block of pools,
// each pool a square coloured by its size class, outlined when empty, filled in proportion to
// its blocks in use, dark when full; a legend of the size classes present and of the states.
// The selected object's pool is ringed, and drawn below block by block with its block marked.
// Drawn on canvases so hundreds of arenas stay fast; hovering a pool names it.
import { h, hex } from '../dom.js';
import type { MemoryModel } from '../model/memoryModel.js';

const MAX_ARENAS = 40;
const PER_ROW = 32;
const CELL = 10;
const GAP = 2;
const LABEL_H = 14;

/** Hue of a size class (0..31), spread round the colour wheel. */
export function hue(sizeClass: number): number {
  return (sizeClass * 137.5) % 360;
}

/** Where an object's block is, block by block, for the pool detail. */
export interface BlockPlace {
  readonly pool: number;
  readonly arena: number;
  readonly poolIndex: number;
  readonly sizeClass: number;
  readonly blockSize: number;
  readonly block: number;
  readonly capacity: number;
  readonly used: number;
  /** Blocks of the pool holding a live object (their index). */
  readonly objectBlocks: readonly number[];
}

/** State of a pool for the legend: never used, empty (in freepools), used, full. */
export function poolState(model: MemoryModel, address: number): 'unused' | 'empty' | 'used' | 'full' {
  const p = model.pools.get(address);
  if (!p || p.sizeClass < 0) return 'unused';
  if (!p.inUse || p.used === 0) return 'empty';
  return p.used >= model.blocksPerPool(p.sizeClass) ? 'full' : 'used';
}

/**
 * The block of object `x` in its pool, or undefined (not live, too big for pymalloc, static).
 *
 * @example
 * ```ts
 * blockOf(model, 937); // { arena: 0, poolIndex: 3, blockSize: 64, block: 12, ... }
 * ```
 */
export function blockOf(model: MemoryModel, x: number): BlockPlace | undefined {
  if (!model.isLive(x) || model.isStatic(x) || model.size(x) > model.shape.smallRequestThreshold) return undefined;
  const { poolSize, alignment, poolHeaderSize } = model.shape;
  const overhead = Math.ceil(poolHeaderSize / alignment) * alignment;
  const address = model.address(x);
  const pool = address - (address % poolSize);
  const p = model.pools.get(pool);
  if (!p || p.sizeClass < 0) return undefined;
  const blockSize = (p.sizeClass + 1) * alignment;
  const index = (a: number): number => Math.floor((a - pool - overhead) / blockSize);
  const objectBlocks: number[] = [];
  for (let y = 0; y < model.highWater; y++) {
    const a = model.address(y);
    if (model.isLive(y) && !model.isStatic(y) && a >= pool && a < pool + poolSize && model.size(y) <= model.shape.smallRequestThreshold) objectBlocks.push(index(a));
  }
  const arena = model.arenas.get(p.arena);
  const first = arena ? Math.ceil(arena.address / poolSize) * poolSize : pool;
  return { pool, arena: p.arena, poolIndex: Math.round((pool - first) / poolSize), sizeClass: p.sizeClass, blockSize, block: index(address), capacity: model.blocksPerPool(p.sizeClass), used: p.used, objectBlocks };
}

/**
 * Creates the pool-map panel's content.
 *
 * @example
 * ```ts
 * const v = createPoolView(); v.render(model, selectedHandle);
 * ```
 */
export function createPoolView(): { root: HTMLElement; render(model: MemoryModel, selected: number, describe: (h: number) => string): void } {
  const summary = h('div', { class: 'pool-summary' });
  const legend = h('div', { class: 'pool-legend' });
  const canvas = h('canvas', { class: 'pool-canvas', width: 400, height: 40 });
  const tip = h('div', { class: 'pool-tip' }, 'Hover a pool.');
  const detailText = h('div', { class: 'pool-detail-text' });
  const detail = h('canvas', { class: 'pool-detail', width: 400, height: 10 });
  const root = h('div', { class: 'pools' }, summary, legend, canvas, tip, detailText, detail);
  let cells: { x: number; y: number; text: string }[] = [];

  canvas.addEventListener('mousemove', (ev) => {
    const r = canvas.getBoundingClientRect();
    const x = ((ev.clientX - r.left) * canvas.width) / r.width;
    const y = ((ev.clientY - r.top) * canvas.height) / r.height;
    const c = cells.find((c) => x >= c.x && x < c.x + CELL && y >= c.y && y < c.y + CELL);
    tip.textContent = c ? c.text : 'Hover a pool.';
  });

  function drawPool(ctx: CanvasRenderingContext2D, x: number, y: number, state: string, sizeClass: number, fill: number, ring: boolean): void {
    ctx.lineWidth = 1;
    if (state === 'unused') {
      ctx.strokeStyle = '#d0d5dd';
      ctx.strokeRect(x + 0.5, y + 0.5, CELL - 1, CELL - 1);
    } else {
      ctx.fillStyle = state === 'empty' ? '#fff' : `hsl(${hue(sizeClass)} 65% 86%)`;
      ctx.fillRect(x, y, CELL, CELL);
      ctx.fillStyle = `hsl(${hue(sizeClass)} 70% ${state === 'full' ? 32 : 45}%)`;
      const fh = state === 'full' ? CELL : Math.round(fill * CELL);
      if (state !== 'empty') ctx.fillRect(x, y + CELL - Math.max(1, fh), CELL, Math.max(1, fh));
      ctx.strokeStyle = `hsl(${hue(sizeClass)} 70% 40%)`;
      ctx.strokeRect(x + 0.5, y + 0.5, CELL - 1, CELL - 1);
    }
    if (ring) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = '#f5a300';
      ctx.strokeRect(x - 2, y - 2, CELL + 4, CELL + 4);
    }
  }

  function render(model: MemoryModel, selected: number, describe: (h: number) => string): void {
    const { shape } = model;
    const arenas = [...model.arenas.values()].sort((a, b) => a.index - b.index);
    const shownArenas = arenas.slice(0, MAX_ARENAS);
    const place = selected >= 0 ? blockOf(model, selected) : undefined;
    let usedPools = 0;
    let blocks = 0;
    const classes = new Set<number>();
    for (const p of model.pools.values()) {
      if (p.inUse) usedPools++; // claimed and not emptied (allocator traces carry no block counts)
      blocks += p.used;
      if (p.inUse && p.sizeClass >= 0) classes.add(p.sizeClass);
    }
    summary.textContent =
      `${arenas.length} arenas · ${usedPools} pools in use · ${blocks} blocks in use · ` +
      `${shape.poolSize / 1024} KiB pools, ${shape.arenaSize / 1024} KiB arenas` + (arenas.length > MAX_ARENAS ? ` · first ${MAX_ARENAS} arenas drawn` : '');
    summary.dataset.arenas = String(arenas.length);
    summary.dataset.pools = String(usedPools);
    summary.dataset.blocks = String(blocks);
    const swatch = (style: string, label: string, cls = ''): HTMLElement => h('span', { class: `pool-key ${cls}` }, h('i', { style }), label);
    legend.replaceChildren(
      swatch('background:#fff;border-color:#d0d5dd', 'never used'),
      swatch('background:#fff;border-color:#667085', 'empty'),
      swatch('background:linear-gradient(#e4e7ec 50%,#667085 50%)', 'partly used'),
      swatch('background:#344054', 'full'),
      swatch('background:transparent;border:2px solid #f5a300', 'selected object\'s pool'),
      ...[...classes].sort((a, b) => a - b).map((c) => swatch(`background:hsl(${hue(c)} 70% 45%)`, `${(c + 1) * shape.alignment} B`, 'size-class')),
    );
    const perArena = shape.arenaSize / shape.poolSize;
    const rowsPerArena = Math.ceil(perArena / PER_ROW);
    const arenaH = LABEL_H + rowsPerArena * (CELL + GAP) + 6;
    canvas.width = PER_ROW * (CELL + GAP) + 8;
    canvas.height = Math.max(1, shownArenas.length) * arenaH + 4;
    cells = [];
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = '11px system-ui, sans-serif';
      shownArenas.forEach((a, k) => {
        const top = 2 + k * arenaH;
        const first = Math.ceil(a.address / shape.poolSize) * shape.poolSize;
        let inUse = 0;
        for (let i = 0; i < a.pools; i++) if (model.pools.get(first + i * shape.poolSize)?.inUse) inUse++;
        ctx.fillStyle = '#344054';
        ctx.fillText(`arena ${a.index} · ${inUse} of ${a.pools} pools in use`, 2, top + 10);
        for (let i = 0; i < a.pools; i++) {
          const addr = first + i * shape.poolSize;
          const x = 2 + (i % PER_ROW) * (CELL + GAP);
          const y = top + LABEL_H + Math.floor(i / PER_ROW) * (CELL + GAP);
          const p = model.pools.get(addr);
          const state = poolState(model, addr);
          const capacity = p && p.sizeClass >= 0 ? model.blocksPerPool(p.sizeClass) : 0;
          drawPool(ctx, x, y, state, p?.sizeClass ?? 0, capacity ? Math.min(1, p!.used / capacity) : 0, place?.pool === addr);
          cells.push({
            x, y,
            text: state === 'unused'
              ? `arena ${a.index}, pool ${i} (${hex(addr)}): never used`
              : `arena ${a.index}, pool ${i} (${hex(addr)}): ${(p!.sizeClass + 1) * shape.alignment}-byte blocks (size class ${p!.sizeClass}), ${p!.used}/${capacity} blocks in use${state === 'empty' ? ' (empty, back in the arena\'s free pools)' : ''}`,
          });
        }
      });
    }
    // the selected object's pool, block by block
    const dctx = detail.getContext('2d');
    if (!place) {
      detailText.textContent = selected >= 0 ? `${describe(selected)} has no pymalloc block (a static object, or too big for pymalloc).` : 'Select an object (step to an event or click a box) to see its block.';
      detail.height = 1;
      detailText.dataset.block = '';
      return;
    }
    detailText.textContent = `${describe(selected)}: block ${place.block} of pool ${place.poolIndex} in arena ${place.arena}, ${place.blockSize}-byte blocks, ${place.used} of ${place.capacity} in use (${place.objectBlocks.length} hold objects${place.used > place.objectBlocks.length ? '; the rest hold buffers: list items, dict tables' : ''}).`;
    detailText.dataset.block = `${place.arena}:${place.poolIndex}:${place.block}`;
    const cols = 48;
    const c = 6;
    detail.width = cols * (c + 1) + 4;
    detail.height = Math.ceil(place.capacity / cols) * (c + 1) + 4;
    if (!dctx) return;
    const objects = new Set(place.objectBlocks);
    for (let b = 0; b < place.capacity; b++) {
      const x = 2 + (b % cols) * (c + 1);
      const y = 2 + Math.floor(b / cols) * (c + 1);
      dctx.fillStyle = b === place.block ? '#1d2330' : objects.has(b) ? `hsl(${hue(place.sizeClass)} 70% 45%)` : '#eef0f4';
      dctx.fillRect(x, y, c, c);
    }
  }

  return { root, render };
}
