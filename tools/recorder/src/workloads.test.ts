// The done-when tests of issues #4 and #16: real programs nobody here wrote (standard-library
// modules run as scripts and parts of CPython's own test suite) are recorded by the C recorder,
// and one report pass replays them through the pymalloc model: every line of CPython's table
// must come out the same, the recorded collections must add up to CPython's gc.get_stats(),
// every pause must last, and the allocation sites must be real lines of real files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeRecordedRun, buildRecordedRunReport, formatMallocStats, mallocStats } from '@pymem/pool-allocator';
import { buildRecorder } from './buildRecorder.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-workloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonPackage = dirname(execFileSync('python3', ['-c', 'import json; print(json.__file__)'], { encoding: 'utf8' }).trim());
writeFileSync(join(dir, 'data.json'), JSON.stringify(Array.from({ length: 45_000 }, (_, i) => ({ id: i, name: `n${i}`, tags: [i % 3, i % 5] }))));

const workloads: [string, string[]][] = [
  // Big enough to map and release more than 16 arenas.
  ['json.tool pretty-prints a 2 MB JSON file', ['-m', 'json.tool', 'data.json', 'out.json']],
  ["tabnanny checks the json package's sources", ['-m', 'tabnanny', jsonPackage]],
  ["CPython's test_heapq passes", ['-m', 'unittest', '-q', 'test.test_heapq']],
  ["CPython's test_bisect passes", ['-m', 'unittest', '-q', 'test.test_bisect']],
  // Many cycles: thousands of objects freed by the collector, in every generation.
  ["CPython's test_dataclasses passes", ['-m', 'unittest', '-q', 'test.test_dataclasses']],
  ['pydoc writes the HTML page of json', ['-m', 'pydoc', '-w', 'json']],
  ['tokenize lists the tokens of json/encoder.py', ['-m', 'tokenize', join(jsonPackage, 'encoder.py')]],
  ['calendar prints a year', ['-m', 'calendar', '2024']],
];

/** Per file: its number of lines and the first line (decorators included) defining each function or class name. */
const sources = new Map<string, { lines: number; defs: Map<string, number> }>();
function source(file: string) {
  let s = sources.get(file);
  if (!s) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const defs = new Map<string, number>();
    lines.forEach((l, i) => {
      const m = /^\s*(?:async\s+)?(?:def|class)\s+(\w+)/.exec(l);
      if (!m || defs.has(m[1]!)) return;
      // A decorated definition's code starts at its first decorator (co_firstlineno).
      let first = i;
      while (first > 0 && /^\s*@/.test(lines[first - 1]!)) first--;
      defs.set(m[1]!, first + 1);
    });
    s = { lines: lines.length, defs };
    sources.set(file, s);
  }
  return s;
}

/** A site is a real line: the line is in the file and the function is defined at or above it. */
function realLine(site: { file: string; line: number; function: string }): boolean {
  const s = source(site.file);
  if (site.line < 1 || site.line > s.lines) return false;
  if (site.function.startsWith('<')) return true; // <module>, <listcomp>, <lambda>, <genexpr>
  return (s.defs.get(site.function) ?? Infinity) <= site.line;
}

describe('reporting on real CPython runs', () => {
  const bin = buildRecorder();

  for (const [name, args] of workloads) {
    it(`gives CPython's exact malloc stats table and gc.get_stats() when ${name}`, () => {
      const trace = join(dir, 'workload.trace');
      execFileSync(bin, [trace, ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, PYTHONHASHSEED: '0' } });
      const run = analyzeRecordedRun(new Uint8Array(readFileSync(trace)));
      const { footer } = run;
      expect(footer.records).toBeGreaterThan(100_000);
      const recorded = footer.stats!;
      expect(recorded).toMatch(/# arenas allocated current/);
      const stats = mallocStats(run.allocator);
      expect(formatMallocStats(stats)).toBe(recorded);
      // sys.getallocatedblocks(): the table's blocks plus the live raw (0 or > 512 byte) blocks.
      expect(stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0)).toBe(footer.allocatedBlocks);
      if (args[1] === 'json.tool') expect(stats.arenasReclaimed).toBeGreaterThan(8);

      const report = buildRecordedRunReport(run);
      expect(report.allocator.checked).toBe(true);
      expect(report.gc.differences).toEqual([]);
      expect(report.gc.checked).toBe(true);
      expect(report.gc.pauses.length).toBeGreaterThan(0);
      for (const p of report.gc.pauses) expect(p.durationNs).toBeGreaterThan(0);
      if (args.includes('test.test_dataclasses')) expect(report.gc.generations.reduce((t, g) => t + g.collected, 0)).toBeGreaterThan(1000);
      // Every location in a file on disk (not <frozen …>, not <string>) is a real line of it.
      const onDisk = run.locations.filter((l) => l.file.startsWith('/') && existsSync(l.file));
      expect(onDisk.length).toBeGreaterThan(50);
      for (const l of onDisk) expect(realLine(l), `${l.file}:${l.line} ${l.function}`).toBe(true);
      expect(report.sites.byAllocations.length).toBe(10);
    });
  }
});
