// The done-when test of issue #4: real programs nobody here wrote (standard-library modules run
// as scripts and parts of CPython's own test suite) are recorded by the C recorder and replayed
// through the pymalloc model, and every line of CPython's table must come out the same.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMallocStats, mallocStats, replayAllocatorTrace } from '@pymem/pool-allocator';
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
  ['pydoc writes the HTML page of json', ['-m', 'pydoc', '-w', 'json']],
  ['tokenize lists the tokens of json/encoder.py', ['-m', 'tokenize', join(jsonPackage, 'encoder.py')]],
  ['calendar prints a year', ['-m', 'calendar', '2024']],
];

describe('replaying real CPython runs through the pymalloc model', () => {
  const bin = buildRecorder();

  for (const [name, args] of workloads) {
    it(`gives CPython's exact malloc stats table when ${name}`, () => {
      const trace = join(dir, 'workload.trace');
      execFileSync(bin, [trace, ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, PYTHONHASHSEED: '0' } });
      const { allocator, footer } = replayAllocatorTrace(new Uint8Array(readFileSync(trace)));
      expect(footer.records).toBeGreaterThan(100_000);
      const recorded = footer.stats!;
      expect(recorded).toMatch(/# arenas allocated current/);
      const stats = mallocStats(allocator);
      expect(formatMallocStats(stats)).toBe(recorded);
      // sys.getallocatedblocks(): the table's blocks plus the live raw (0 or > 512 byte) blocks.
      expect(stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0)).toBe(footer.allocatedBlocks);
      if (args[1] === 'json.tool') expect(stats.arenasReclaimed).toBeGreaterThan(8);
    });
  }
});
