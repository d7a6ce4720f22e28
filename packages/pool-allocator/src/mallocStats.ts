// The `sys._debugmallocstats()` report: `_PyObject_DebugMallocStats` in Objects/obmalloc.c,
// computed from the model's state (`mallocStats`) and printed in CPython's exact text
// (`formatMallocStats`, including `printone`'s 35-column label and 21-column comma value).
import type { PoolAllocator } from './poolAllocator.js';

/** One row of the size-class table. */
export interface SizeClassStats {
  readonly sizeClass: number;
  readonly size: number;
  readonly pools: number;
  readonly blocksInUse: number;
  readonly availBlocks: number;
}

/** Everything the report prints, as data (the `--json` form). */
export interface MallocStats {
  readonly smallBlockThreshold: number;
  readonly numClasses: number;
  /** Classes with at least one pool in use, ascending. */
  readonly classes: readonly SizeClassStats[];
  readonly arenasAllocatedTotal: number;
  readonly arenasReclaimed: number;
  readonly arenasHighwater: number;
  readonly arenasAllocatedCurrent: number;
  readonly arenaSize: number;
  readonly poolSize: number;
  readonly bytesInAllocatedBlocks: number;
  readonly bytesInAvailableBlocks: number;
  readonly unusedPools: number;
  readonly bytesLostToPoolHeaders: number;
  readonly bytesLostToQuantization: number;
  readonly bytesLostToArenaAlignment: number;
  /** Sum of the six byte lines; always arenas × arena size. */
  readonly total: number;
  readonly arenaMap: {
    readonly midNodes: number;
    readonly botNodes: number;
    readonly rootBytes: number;
    readonly midBytes: number;
    readonly botBytes: number;
    readonly total: number;
  };
  /** Live raw-malloc blocks (not in the text report, so NaN when parsed from one). */
  readonly rawAllocatedBlocks: number;
}

/**
 * Computes the report's numbers the way `_PyObject_DebugMallocStats` does: walk every live
 * arena and every carved pool with blocks in use.
 *
 * @example
 * ```ts
 * const a = createPoolAllocator();
 * a.malloc(10);
 * mallocStats(a).classes; // [{ sizeClass: 0, size: 16, pools: 1, blocksInUse: 1, availBlocks: 1020 }]
 * ```
 */
export function mallocStats(allocator: PoolAllocator): MallocStats {
  const g = allocator.params;
  const pools = new Array<number>(g.numClasses).fill(0);
  const inUse = new Array<number>(g.numClasses).fill(0);
  const avail = new Array<number>(g.numClasses).fill(0);
  allocator.forEachUsedPool((sz, count) => {
    pools[sz]!++;
    inUse[sz]! += count;
    avail[sz]! += g.blocksPerPool[sz]! - count;
  });
  let unusedPools = 0;
  let alignment = 0;
  const arenas = allocator.arenas();
  for (const a of arenas) {
    unusedPools += a.freePools;
    if (a.address % g.poolSize !== 0) alignment += g.poolSize;
  }
  const classes: SizeClassStats[] = [];
  let allocated = 0;
  let available = 0;
  let headers = 0;
  let quantization = 0;
  for (let i = 0; i < g.numClasses; i++) {
    if (pools[i] === 0) continue;
    const size = (i + 1) * g.alignment;
    classes.push({ sizeClass: i, size, pools: pools[i]!, blocksInUse: inUse[i]!, availBlocks: avail[i]! });
    allocated += inUse[i]! * size;
    available += avail[i]! * size;
    headers += pools[i]! * g.poolOverhead;
    quantization += pools[i]! * ((g.poolSize - g.poolOverhead) % size);
  }
  const c = allocator.counters();
  const arenaBits = Math.log2(g.arenaSize);
  const interior = Math.floor((g.pointerBits - arenaBits + 2) / 3);
  const botBits = g.pointerBits - arenaBits - 2 * interior;
  const pointer = g.pointerBits / 8;
  const rootBytes = pointer * 2 ** interior;
  const midBytes = pointer * 2 ** interior * c.arenaMapMidNodes;
  const botBytes = 8 * 2 ** botBits * c.arenaMapBotNodes;
  return {
    smallBlockThreshold: g.smallRequestThreshold,
    numClasses: g.numClasses,
    classes,
    arenasAllocatedTotal: c.allocatedTotal,
    arenasReclaimed: c.allocatedTotal - arenas.length,
    arenasHighwater: c.highwater,
    arenasAllocatedCurrent: arenas.length,
    arenaSize: g.arenaSize,
    poolSize: g.poolSize,
    bytesInAllocatedBlocks: allocated,
    bytesInAvailableBlocks: available,
    unusedPools,
    bytesLostToPoolHeaders: headers,
    bytesLostToQuantization: quantization,
    bytesLostToArenaAlignment: alignment,
    total: allocated + available + unusedPools * g.poolSize + headers + quantization + alignment,
    arenaMap: { midNodes: c.arenaMapMidNodes, botNodes: c.arenaMapBotNodes, rootBytes, midBytes, botBytes, total: rootBytes + midBytes + botBytes },
    rawAllocatedBlocks: c.rawAllocatedBlocks,
  };
}

/** `printone`: the label padded to 35 columns, `=`, the value with commas right-aligned in 21. */
function printone(label: string, value: number): string {
  const digits = Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${label.padEnd(35)}=${digits.padStart(21)}\n`;
}

const rightAlign = (n: number, width: number) => String(n).padStart(width);

/**
 * Prints the report exactly as `_PyObject_DebugMallocStats` writes it. With `extraLines` (the
 * type free-list lines, which belong to other components) it is exactly what
 * `sys._debugmallocstats()` writes to stderr: the report, an empty line, those lines.
 *
 * @example
 * ```ts
 * const text = formatMallocStats(mallocStats(createPoolAllocator()));
 * text.startsWith('Small block threshold = 512, in 32 size classes.\n'); // true
 * ```
 */
export function formatMallocStats(stats: MallocStats, extraLines: readonly string[] = []): string {
  let out = `Small block threshold = ${stats.smallBlockThreshold}, in ${stats.numClasses} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n';
  for (const c of stats.classes) {
    out += `${rightAlign(c.sizeClass, 5)} ${rightAlign(c.size, 6)} ${rightAlign(c.pools, 11)} ${rightAlign(c.blocksInUse, 15)} ${rightAlign(c.availBlocks, 13)}\n`;
  }
  out += '\n';
  out += printone('# arenas allocated total', stats.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', stats.arenasReclaimed);
  out += printone('# arenas highwater mark', stats.arenasHighwater);
  out += printone('# arenas allocated current', stats.arenasAllocatedCurrent);
  out += printone(`${stats.arenasAllocatedCurrent} arenas * ${stats.arenaSize} bytes/arena`, stats.arenasAllocatedCurrent * stats.arenaSize);
  out += '\n';
  out += printone('# bytes in allocated blocks', stats.bytesInAllocatedBlocks);
  out += printone('# bytes in available blocks', stats.bytesInAvailableBlocks);
  out += printone(`${stats.unusedPools} unused pools * ${stats.poolSize} bytes`, stats.unusedPools * stats.poolSize);
  out += printone('# bytes lost to pool headers', stats.bytesLostToPoolHeaders);
  out += printone('# bytes lost to quantization', stats.bytesLostToQuantization);
  out += printone('# bytes lost to arena alignment', stats.bytesLostToArenaAlignment);
  out += printone('Total', stats.total);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', stats.arenaMap.midNodes);
  out += printone('# arena map bot nodes', stats.arenaMap.botNodes);
  out += '\n';
  out += printone('# bytes lost to arena map root', stats.arenaMap.rootBytes);
  out += printone('# bytes lost to arena map mid', stats.arenaMap.midBytes);
  out += printone('# bytes lost to arena map bot', stats.arenaMap.botBytes);
  out += printone('Total', stats.arenaMap.total);
  // sys._debugmallocstats() puts an empty line between the report and the type free lists.
  if (extraLines.length > 0) out += '\n';
  for (const line of extraLines) out += line.endsWith('\n') ? line : `${line}\n`;
  return out;
}

/**
 * A stats text that does not have the report's shape, with the 1-based line that broke it.
 *
 * @example
 * ```ts
 * try { parseMallocStats('hello'); } catch (e) { (e as MallocStatsParseError).line; } // 1
 * ```
 */
export class MallocStatsParseError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`malloc stats: line ${line}: ${detail}`);
    this.name = 'MallocStatsParseError';
  }
}

/**
 * Reads the text `_PyObject_DebugMallocStats` printed (for example the table a recorded trace
 * carries) back into numbers. Lines after the report (the type free lists) are ignored.
 * @throws MallocStatsParseError naming the line that does not fit.
 *
 * @example
 * ```ts
 * const s = parseMallocStats(recordedText);
 * formatMallocStats(s) === recordedText; // true
 * ```
 */
export function parseMallocStats(text: string): MallocStats {
  const lines = text.split('\n');
  let n = 0;
  const next = (): string => {
    if (n >= lines.length) throw new MallocStatsParseError(n + 1, 'the report ends early');
    return lines[n++]!;
  };
  const expectLine = (pattern: RegExp, what: string): RegExpMatchArray => {
    const line = next();
    const m = line.match(pattern);
    if (!m) throw new MallocStatsParseError(n, `expected ${what}, found ${JSON.stringify(line)}`);
    return m;
  };
  const num = (s: string) => Number(s.replace(/,/g, ''));
  const value = (label: string | RegExp): [number, RegExpMatchArray] => {
    const src = typeof label === 'string' ? label.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&') : label.source;
    const m = expectLine(new RegExp(`^(?:${src}) *= *([\\d,]+)$`), typeof label === 'string' ? `"${label}"` : 'a value line');
    return [num(m[m.length - 1]!), m];
  };
  const head = expectLine(/^Small block threshold = (\d+), in (\d+) size classes\.$/, 'the threshold line');
  expectLine(/^$/, 'an empty line');
  expectLine(/^class {3}size {3}num pools {3}blocks in use {2}avail blocks$/, 'the table heading');
  expectLine(/^-----/, 'the table rule');
  const classes: SizeClassStats[] = [];
  for (;;) {
    const line = next();
    if (line === '') break;
    const m = line.match(/^ *(\d+) +(\d+) +(\d+) +(\d+) +(\d+)$/);
    if (!m) throw new MallocStatsParseError(n, `expected a size-class row, found ${JSON.stringify(line)}`);
    classes.push({ sizeClass: num(m[1]!), size: num(m[2]!), pools: num(m[3]!), blocksInUse: num(m[4]!), availBlocks: num(m[5]!) });
  }
  const [total] = value('# arenas allocated total');
  const [reclaimed] = value('# arenas reclaimed');
  const [highwater] = value('# arenas highwater mark');
  const [current] = value('# arenas allocated current');
  const [, arenaLine] = value(/(\d+) arenas \* (\d+) bytes\/arena/);
  expectLine(/^$/, 'an empty line');
  const [allocated] = value('# bytes in allocated blocks');
  const [available] = value('# bytes in available blocks');
  const [, unusedLine] = value(/(\d+) unused pools \* (\d+) bytes/);
  const [headers] = value('# bytes lost to pool headers');
  const [quantization] = value('# bytes lost to quantization');
  const [alignment] = value('# bytes lost to arena alignment');
  const [sum] = value('Total');
  expectLine(/^$/, 'an empty line');
  expectLine(/^arena map counts$/, '"arena map counts"');
  const [mid] = value('# arena map mid nodes');
  const [bot] = value('# arena map bot nodes');
  expectLine(/^$/, 'an empty line');
  const [rootBytes] = value('# bytes lost to arena map root');
  const [midBytes] = value('# bytes lost to arena map mid');
  const [botBytes] = value('# bytes lost to arena map bot');
  const [mapTotal] = value('Total');
  return {
    smallBlockThreshold: num(head[1]!),
    numClasses: num(head[2]!),
    classes,
    arenasAllocatedTotal: total,
    arenasReclaimed: reclaimed,
    arenasHighwater: highwater,
    arenasAllocatedCurrent: current,
    arenaSize: num(arenaLine[2]!),
    poolSize: num(unusedLine[2]!),
    bytesInAllocatedBlocks: allocated,
    bytesInAvailableBlocks: available,
    unusedPools: num(unusedLine[1]!),
    bytesLostToPoolHeaders: headers,
    bytesLostToQuantization: quantization,
    bytesLostToArenaAlignment: alignment,
    total: sum,
    arenaMap: { midNodes: mid, botNodes: bot, rootBytes, midBytes, botBytes, total: mapTotal },
    rawAllocatedBlocks: Number.NaN,
  };
}
