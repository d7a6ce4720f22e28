import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoolAllocator, encodeAllocatorTrace, formatMallocStats, mallocStats, parseMallocStats, readAllocatorTrace } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';
import { ensureRecorder } from './record.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];
const trace = join(dir, 'real.trace');

beforeAll(() => {
  execFileSync(ensureRecorder(), [trace, '-c', 'import json; s = json.dumps([{"k": i} for i in range(2000)])'], { env: { ...process.env, PYTHONHASHSEED: '0' } });
});

describe('pymem replay of an allocator trace', () => {
  it("checks the replayed table against CPython's and says they match", async () => {
    const io = memoryIo();
    expect(await main(argv('replay', trace, '--check'), io)).toBe(0);
    expect(io.stdout).toMatch(/^tables match: [\d,]+ calls replayed, \d+ arenas, \d+ size classes in use\n$/);
  });

  it("prints the table in sys._debugmallocstats() format, the recorded one's twin", async () => {
    const io = memoryIo();
    expect(await main(argv('replay', trace, '--malloc-stats'), io)).toBe(0);
    const { footer } = readAllocatorTrace(new Uint8Array(readFileSync(trace)), () => {});
    expect(io.stdout).toBe(footer.stats);
  });

  it('gives the same numbers as JSON', async () => {
    const io = memoryIo();
    expect(await main(argv('replay', trace, '--malloc-stats', '--json'), io)).toBe(0);
    const json = JSON.parse(io.stdout);
    const { footer } = readAllocatorTrace(new Uint8Array(readFileSync(trace)), () => {});
    expect(json.stats.classes).toEqual(parseMallocStats(footer.stats!).classes);
    expect(json.records).toBe(footer.records);
  });

  it('exits 1 and shows the differing lines when the tables differ', async () => {
    const base = 0x7f00_0000_0000;
    // A whole, self-consistent table (the model's own after two mallocs): one more block than the trace makes.
    const model = createPoolAllocator();
    model.malloc(8);
    model.malloc(8);
    const recorded = formatMallocStats(mallocStats(model));
    const bytes = encodeAllocatorTrace(
      [
        { op: 'arenaAlloc', size: 1 << 20, result: base },
        { op: 'malloc', size: 8, result: base + 48 },
      ],
      { stats: recorded },
    );
    const file = join(dir, 'doctored.trace');
    writeFileSync(file, bytes);
    const io = memoryIo();
    expect(await main(argv('replay', file, '--check'), io)).toBe(1);
    expect(io.stdout).toContain('-   5:     0     16           1               2          1019\n');
    expect(io.stdout).toContain('+   5:     0     16           1               1          1020\n');
    const json = memoryIo();
    expect(await main(argv('replay', file, '--check', '--json'), json)).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ match: false, differences: expect.arrayContaining([{ line: 5, recorded: expect.any(String), replayed: expect.any(String) }]) });
  });

  it('names the byte offset of a truncated trace, without a stack trace', async () => {
    const cut = join(dir, 'cut.trace');
    writeFileSync(cut, readFileSync(trace).subarray(0, 5003));
    const io = memoryIo();
    expect(await main(argv('replay', cut, '--check'), io)).toBe(1);
    expect(io.stderr).toMatch(/^pymem: .*cut\.trace: allocator trace: at byte offset \d+: truncated/);
    expect(io.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a file that is no trace it knows', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, 'hello\n');
    const io = memoryIo();
    expect(await main(argv('replay', other), io)).toBe(1);
    expect(io.stderr).toMatch(/not a trace pymem knows \(at byte offset 0/);
    expect(await main(argv('replay', join(dir, 'nope.trace')), io)).toBe(1);
    expect(io.stderr).toMatch(/cannot read .*nope\.trace/);
  });
});

describe('pymem replay with other pool parameters', () => {
  it('re-simulates the trace: 4 KiB pools need more pools for the same blocks', async () => {
    const exact = memoryIo();
    await main(argv('replay', trace, '--malloc-stats', '--json'), exact);
    const small = memoryIo();
    expect(await main(argv('replay', trace, '--malloc-stats', '--json', '--pool-size', '4k', '--arena-size', '256k'), small)).toBe(0);
    const a = JSON.parse(exact.stdout).stats;
    const b = JSON.parse(small.stdout).stats;
    const sum = (s: { classes: { blocksInUse: number; pools: number }[] }, k: 'blocksInUse' | 'pools') => s.classes.reduce((t, c) => t + c[k], 0);
    expect(sum(b, 'blocksInUse')).toBe(sum(a, 'blocksInUse'));
    expect(sum(b, 'pools')).toBeGreaterThan(sum(a, 'pools'));
    expect(b.poolSize).toBe(4096);
  });

  it('refuses parameters pymalloc cannot have, and --check with them', async () => {
    const io = memoryIo();
    expect(await main(argv('replay', trace, '--pool-size', '3000'), io)).toBe(1);
    expect(io.stderr).toMatch(/poolSize must be a power of two, got 3000/);
    expect(await main(argv('replay', trace, '--check', '--pool-size', '4k'), io)).toBe(1);
    expect(io.stderr).toMatch(/cannot be combined/);
  });
});
