import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createPoolAllocator, createSimulatedSystem, formatMallocStats, mallocStats, MallocStatsParseError, parseMallocStats } from './index.js';

/** What the local python3 writes for sys._debugmallocstats(), split at the type free-list lines. */
function realReport(): { malloc: string; typeLines: string[]; whole: string } {
  const whole = spawnSync('python3', ['-c', 'import sys; x = [[i] for i in range(5000)]; sys._debugmallocstats()'], {
    encoding: 'utf8',
  }).stderr;
  const lines = whole.split('\n');
  const cut = lines.findIndex((l) => / free Py\w+ \* /.test(l) || / free \d+-sized /.test(l));
  return { malloc: lines.slice(0, cut - 1).join('\n') + '\n', typeLines: lines.slice(cut).filter((l) => l !== ''), whole };
}

describe('the _debugmallocstats report', () => {
  it("reads python3's own report and prints it back byte for byte, free-list lines included", () => {
    const { malloc, typeLines, whole } = realReport();
    const stats = parseMallocStats(malloc);
    expect(stats.classes.length).toBeGreaterThan(5);
    expect(formatMallocStats(stats)).toBe(malloc);
    expect(formatMallocStats(stats, typeLines)).toBe(whole);
  });

  it("sums the byte lines to the arenas' size, as CPython's Total does", () => {
    const { malloc } = realReport();
    const s = parseMallocStats(malloc);
    const poolHeaderOverhead = s.classes.reduce((t, c) => t + c.pools * 48, 0);
    expect(s.bytesLostToPoolHeaders).toBe(poolHeaderOverhead);
    expect(s.total).toBe(s.arenasAllocatedCurrent * s.arenaSize);
  });

  it('computes every line from the model: classes, arenas, unused pools, quantization, alignment', () => {
    const a = createPoolAllocator({}, { system: createSimulatedSystem({ misalignment: (n) => (n === 0 ? 4096 : 0) }) });
    for (let i = 0; i < 1000; i++) a.malloc(100); // class 6 (112 bytes): 145 per pool
    for (let i = 0; i < 31 * 100; i++) a.malloc(500); // 100 pools: fills arena 0 (63) and spills into arena 1
    const s = mallocStats(a);
    expect(s.classes.find((c) => c.sizeClass === 6)).toEqual({ sizeClass: 6, size: 112, pools: 7, blocksInUse: 1000, availBlocks: 7 * 145 - 1000 });
    expect(s.arenasAllocatedCurrent).toBe(2);
    expect(s.bytesLostToArenaAlignment).toBe(16384);
    expect(s.bytesLostToQuantization).toBe(7 * (16336 % 112) + s.classes.find((c) => c.sizeClass === 31)!.pools * (16336 % 512));
    expect(s.total).toBe(2 * 1024 * 1024);
    expect(parseMallocStats(formatMallocStats(s))).toEqual({ ...s, rawAllocatedBlocks: Number.NaN });
  });

  it('names the line where a text stops looking like the report', () => {
    const { malloc } = realReport();
    const broken = malloc.replace('# arenas reclaimed', '# arenas recycled');
    expect(() => parseMallocStats(broken)).toThrow(MallocStatsParseError);
    expect(() => parseMallocStats(broken)).toThrow(/line \d+: expected "# arenas reclaimed"/);
  });
});
