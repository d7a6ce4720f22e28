import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRunReport } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];
const trace = join(dir, 'cycles.trace');
const script = join(dir, 'cycles.py');

beforeAll(async () => {
  // Cycles the collector frees, a list of strings kept to the end, a big temporary peak.
  writeFileSync(
    script,
    [
      'import gc',
      'class Node:',
      '    def __init__(self):',
      '        self.me = self',
      'for i in range(5000):',
      '    Node()',
      'kept = [str(i) * 5 for i in range(20000)]',
      'tmp = [[i] for i in range(60000)]',
      'del tmp',
      'gc.collect()',
      '',
    ].join('\n'),
  );
  const io = memoryIo();
  expect(await main(argv('record', '--out', trace, '--', script), io)).toBe(0);
}, 60_000);

/** A copy of the trace with one 32-bit word changed by `edit` (given the words). */
function tampered(name: string, edit: (words: Uint32Array) => void): string {
  const words = new Uint32Array(new Uint8Array(readFileSync(trace)).slice().buffer);
  edit(words);
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(words.buffer));
  return file;
}

describe('pymem report', () => {
  it('prints the findings and the tables in text, and --check passes on a real run', async () => {
    const io = memoryIo();
    expect(await main(argv('report', trace, '--check'), io)).toBe(0);
    expect(io.stdout).toMatch(/^pymem report .*cycles\.trace: python 3\.11\.\d+, [\d,]+ allocator calls in [\d.]+ s \(trace format 3\)\n\nFindings\n  1\. \d+ collections paused the program/);
    expect(io.stdout).toMatch(/\n {2}3\. /);
    expect(io.stdout).toContain("Allocator (replayed table against CPython's: equal)");
    expect(io.stdout).toContain('(counts against gc.get_stats(): equal)');
    const atEnd = io.stdout.split('Sites by live bytes at the end\n')[1]!.split('\n\n')[0]!;
    expect(atEnd).toMatch(/\n +1\.\d MiB +20,0\d\d +[\d,]+ +[^ ]+cycles\.py:7 <listcomp>\n/);
    expect(io.stderr).toMatch(/^pymem: checked: the table equals CPython's and \d+ collections equal gc\.get_stats\(\)\n$/);
  });

  it('gives the JSON fields: gc pauses and totals, allocator peak and end, sites, fragmentation', async () => {
    const io = memoryIo();
    expect(await main(argv('report', trace, '--json'), io)).toBe(0);
    const r = JSON.parse(io.stdout) as RecordedRunReport;
    expect(r.gc.checked).toBe(true);
    expect(r.allocator.checked).toBe(true);
    expect(r.gc.pauses.length).toBe(r.gc.collections!.reduce((t, n) => t + n, 0));
    for (const p of r.gc.pauses) expect(Object.keys(p)).toEqual(expect.arrayContaining(['generation', 'durationNs', 'collected', 'uncollectable', 'atCall']));
    const last = r.gc.pauses[r.gc.pauses.length - 1]!;
    expect(last.generation).toBe(2); // the explicit gc.collect()
    expect(r.gc.generations.reduce((t, g) => t + g.collected, 0)).toBeGreaterThanOrEqual(5000);
    for (const g of r.gc.generations) expect(g.p50Ns <= g.p90Ns && g.p90Ns <= g.p99Ns && g.p99Ns <= g.maxNs).toBe(true);
    // The 60000 one-item lists were alive at the peak and are gone at the end.
    expect(r.allocator.peak.blocks).toBeGreaterThan(r.allocator.final.blocks + 100_000);
    expect(r.allocator.peak.arenas).toBeGreaterThanOrEqual(r.allocator.final.arenas);
    const peakTop = r.sites.atPeak.slice(0, 3).map((s) => `${s.line} ${s.function}`);
    expect(peakTop).toContain('8 <listcomp>');
    expect(r.sites.atEnd.find((s) => s.line === 8 && s.file === script)).toBeUndefined();
    const kept = r.sites.atEnd.find((s) => s.line === 7 && s.file === script)!;
    expect(kept.liveBlocks).toBeGreaterThanOrEqual(20000);
    expect(r.sites.byAllocations[0]!.allocations).toBeGreaterThanOrEqual(r.sites.byAllocations[1]!.allocations);
    expect(r.fragmentation.atEnd.length).toBe(r.allocator.final.arenas);
    for (const a of r.fragmentation.atEnd) expect(a.usedBytes + a.freeBytes).toBe(1 << 20);
    expect(r.fragmentation.summary).toMatch(/^\d+ of \d+ arenas allocated at the end \(.*\) are held by fewer than 64 live blocks/);
    expect(r.findings).toHaveLength(3);
  });

  it('--check exits 1 when the table or the collections differ from what CPython reported', async () => {
    const text = new TextEncoder().encode('# arenas highwater mark');
    const badTable = tampered('table.trace', (words) => {
      const bytes = new Uint8Array(words.buffer);
      const at = Buffer.from(bytes).indexOf(Buffer.from(text));
      // The number ends the line: change its last digit.
      const end = bytes.indexOf(10, at) - 1;
      bytes[end] = bytes[end] === 57 ? 56 : bytes[end]! + 1;
    });
    let io = memoryIo();
    expect(await main(argv('report', badTable, '--check'), io)).toBe(1);
    expect(io.stdout).toContain("(replayed table against CPython's: DIFFERENT)");
    expect(io.stderr).toMatch(/report --check failed: the replayed allocator table differs from CPython's \(1 lines\)/);

    const badGc = tampered('gc.trace', (words) => {
      const head = 11 | (3 << 6) | (44 << 10); // the gc stats record
      const at = words.lastIndexOf(head);
      words[at + 1 + 18]! += 1; // gc.get_stats()[0]['collections'] at the end
    });
    io = memoryIo();
    expect(await main(argv('report', badGc, '--check'), io)).toBe(1);
    expect(io.stderr).toMatch(/the recorded collections differ from gc\.get_stats\(\): generation 0 collections: gc\.get_stats\(\) says \d+, the recorded collections \d+/);
  });

  it('exports the run to Perfetto: counters over the recorded time and a slice per collection on the gc track', async () => {
    const out = join(dir, 'run.json');
    const io = memoryIo();
    expect(await main(argv('export', trace, '--out', out, '--json'), io)).toBe(0);
    const summary = JSON.parse(io.stdout) as { calls: number; samples: number; collections: number };
    const events = (JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number; args: Record<string, number> }[] }).traceEvents;
    const reportIo = memoryIo();
    await main(argv('report', trace, '--json'), reportIo);
    const r = JSON.parse(reportIo.stdout) as RecordedRunReport;
    const slices = events.filter((e) => e.ph === 'X');
    expect(slices).toHaveLength(r.gc.pauses.length);
    expect(summary.collections).toBe(r.gc.pauses.length);
    const gcTrack = events.find((e) => e.ph === 'M' && e.name === 'thread_name')!;
    for (const [i, s] of slices.entries()) {
      expect(s.tid).toBe(gcTrack.tid);
      expect(s.dur).toBeCloseTo(r.gc.pauses[i]!.durationNs / 1000, 6);
      expect(s.args.generation).toBe(r.gc.pauses[i]!.generation);
    }
    const arenas = events.filter((e) => e.name === 'arenas');
    expect(arenas.length).toBe(summary.samples);
    expect(Math.max(...arenas.map((e) => e.args.arenas!))).toBeLessThanOrEqual(r.allocator.peak.arenas);
    expect(arenas[arenas.length - 1]!.args.arenas).toBe(r.allocator.final.arenas);
    expect(arenas.every((e, i) => i === 0 || e.ts >= arenas[i - 1]!.ts)).toBe(true);
    const bands = events.filter((e) => e.name === 'live bytes by size');
    const last = bands[bands.length - 1]!.args;
    expect(Object.values(last).reduce((t, v) => t + v, 0)).toBe(r.allocator.final.bytes);
  });

  it('refuses what is not an allocator trace with one clear line', async () => {
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'hello');
    const io = memoryIo();
    expect(await main(argv('report', file), io)).toBe(1);
    expect(io.stderr).toMatch(/^pymem: .*x\.txt: not an allocator trace/);
    const io2 = memoryIo();
    expect(await main(argv('report', join(dir, 'missing.trace')), io2)).toBe(1);
    expect(io2.stderr).toMatch(/^pymem: cannot read .*missing\.trace/);
  });
});
