import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunComparison, RunFigures } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-compare-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];
const script = join(dir, 'cycles.py');
const seen = join(dir, 'seen.txt');

type ComparedRun = RunFigures & { settings: string | null; exitStatus: number | null; trace: string | null };

/** Runs the CLI with TMPDIR pointed at an empty folder, and checks that it is empty afterwards. */
async function run(...args: string[]) {
  const temp = mkdtempSync(join(dir, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  const io = memoryIo();
  try {
    const code = await main(argv(...args), io);
    return { code, io, leftovers: readdirSync(temp) };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

beforeAll(() => {
  // Many cycles (each Node refers to itself), kept briefly; the program notes the collector's
  // settings as CPython reports them to a file, one line per run.
  writeFileSync(
    script,
    [
      'import gc, sys',
      'class Node:',
      '    def __init__(self):',
      '        self.me = self',
      'for i in range(30000):',
      '    Node()',
      'with open(sys.argv[1], "a") as f:',
      '    f.write("%s %s %d\\n" % ("/".join(map(str, gc.get_threshold())), gc.isenabled(), gc.get_freeze_count() > 0))',
      '',
    ].join('\n'),
  );
});

describe('pymem compare, re-running a program under real CPython per setting', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let c: Omit<RunComparison, 'runs'> & { runs: ComparedRun[]; hashSeed: number };
  beforeAll(async () => {
    result = await run('compare', '--json', '--config', 'default', '--config', 'small:threshold=100/5/5', '--config', 'off:disable,freeze', '--', script, seen);
    c = JSON.parse(result.io.stdout);
  }, 120_000);

  it('records each run with its setting applied, as CPython itself reports the setting', () => {
    expect(result.code).toBe(0);
    expect(result.io.stderr).toMatch(/run 1 of 3 \(default\): recording\n.*run 2 of 3 \(small\).*\n.*run 3 of 3 \(off\)/);
    const lines = readFileSync(seen, 'utf8').trim().split('\n');
    const python = execFileSync('python3', ['-c', 'import gc; print("/".join(map(str, gc.get_threshold())))'], { encoding: 'utf8' }).trim();
    expect(lines).toEqual([`${python} True 0`, '100/5/5 True 0', `${python} False 1`]);
    expect(c.runs.map((r) => r.label)).toEqual(['default', 'small', 'off']);
    expect(c.runs.map((r) => r.settings)).toEqual(['default', 'threshold=100/5/5', 'disable,freeze']);
    expect(c.runs.map((r) => r.gc.thresholds!.join('/'))).toEqual([python, '100/5/5', python]);
    expect(c.runs.map((r) => r.gc.enabled)).toEqual([true, true, false]);
    expect(c.runs[2]!.gc.frozen).toBeGreaterThan(1000);
    expect(c.runs.map((r) => r.exitStatus)).toEqual([0, 0, 0]);
    expect(c.hashSeed).toBe(0);
    expect(c.baseline).toBe('default');
  });

  it("replays every run exactly: each table equals CPython's and the collections equal gc.get_stats()", () => {
    for (const r of c.runs) {
      expect(r.allocator.checked).toBe(true);
      expect(r.gc.checked).toBe(true);
      expect(r.cpuSeconds).toBeGreaterThan(0);
      expect(r.maxRssBytes).toBeGreaterThan(4 * 1024 * 1024);
    }
  });

  it('shows what the settings changed: more young collections, no collections of the cycles when disabled', () => {
    const [base, small, off] = c.runs as [ComparedRun, ComparedRun, ComparedRun];
    expect(small.gc.collections[0]).toBeGreaterThan(base.gc.collections[0]! * 3);
    const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);
    // With the collector off, the 30000 Node cycles stay: fewer collected, more live at the peak.
    expect(sum(off.gc.collected)).toBeLessThan(sum(base.gc.collected) - 25000);
    expect(off.allocator.peak.blocks).toBeGreaterThan(base.allocator.peak.blocks + 25000);
    const top = c.sites.liveBytesAtPeak[0]!;
    expect(top.file).toBe(script);
    expect(top.runs[2]!.liveBytesAtPeak).toBeGreaterThan(top.runs[0]!.liveBytesAtPeak * 10);
    expect(c.differences.some((d) => d.startsWith('small: collections '))).toBe(true);
    expect(c.differences.some((d) => /^off: objects collected [\d,]+ against [\d,]+ \(-\d+%\)$/.test(d))).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    expect(result.leftovers).toEqual([]);
  });
});

describe('pymem compare, on recorded traces', () => {
  const a = join(dir, 'a.trace');
  const b = join(dir, 'b.trace');
  beforeAll(async () => {
    const io = memoryIo();
    expect(await main(argv('record', '--out', a, '--', script, join(dir, 'seen-a.txt')), io)).toBe(0);
    expect(await main(argv('record', '--out', b, '--gc', 'threshold=50', '--', script, join(dir, 'seen-b.txt')), io)).toBe(0);
  }, 60_000);

  it('prints the figures side by side in text, each against the first run', async () => {
    const { code, io } = await run('compare', a, b);
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/^pymem compare: 2 runs of python 3\.11\.\d+, against the first \(a\.trace\)\n\n/);
    expect(io.stdout).toMatch(/\n {2}gc settings at the end +\d+\/\d+\/\d+ +50\/10\/10\n/);
    expect(io.stdout).toMatch(/\n {2}collections +[\d,]+ +[\d,]+ \(\+\d+%\)\n/);
    for (const row of ['run time', 'CPU time', 'peak RSS', 'total pause', 'longest pause', 'objects collected', 'peak arenas', 'pinned arenas at the end']) {
      expect(io.stdout).toMatch(new RegExp(`\\n  ${row} +\\S`));
    }
    expect(io.stdout).toContain('\nSites whose allocations changed most\n');
    expect(io.stdout).toMatch(/\nDifferences of 5% or more\n( {2}- .*\n)* {2}- b\.trace: collections [\d,]+ against [\d,]+ \(\+\d+%\)\n/);
  });

  it('finds no difference between a trace and itself', async () => {
    const { code, io } = await run('compare', a, a, '--json');
    expect(code).toBe(0);
    const c = JSON.parse(io.stdout) as Omit<RunComparison, 'runs'> & { runs: ComparedRun[] };
    expect(c.runs.map((r) => r.label)).toEqual(['a.trace', 'a.trace #2']);
    expect(c.differences).toEqual([]);
    expect(c.sites.liveBytesAtPeak).toEqual([]);
    expect(c.runs[1]).toEqual({ ...c.runs[0], label: 'a.trace #2' });
    expect(c.runs[0]!.trace).toBe(a);
  });

  it('keeps the traces of --config runs with --keep, readable by pymem report', async () => {
    const keep = join(dir, 'kept');
    mkdirSync(keep);
    const { code, io } = await run('compare', '--keep', keep, '--config', 'freeze', '--', '-c', 'x = [str(i) for i in range(1000)]');
    expect(code).toBe(0);
    expect(io.stdout).toContain(`Traces kept in ${keep}`);
    const traces = readdirSync(keep).sort();
    expect(traces).toEqual(['01-default.trace', '02-freeze.trace']);
    const report = memoryIo();
    expect(await main(argv('report', join(keep, traces[1]!), '--check', '--json'), report)).toBe(0);
    expect(JSON.parse(report.stdout).gc.checked).toBe(true);
  }, 60_000);
});

describe('pymem compare on bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['one trace', ['x.trace'], /^pymem: give two traces or more \(pymem compare A\.trace B\.trace\), or --config settings and a program after --\n$/],
    ['a script without settings', ['app.py'], /^pymem: give --config settings to run app\.py under, e\.g\. pymem compare --config default --config freeze -- app\.py\n$/],
    ['a missing trace', ['@/missing.trace', '@/missing.trace'], /^pymem: .*missing\.trace: no such file\n$/],
    ['a folder', ['@', '@'], /^pymem: .*: is a folder, not a trace\n$/],
    ['an unknown setting', ['--config', 'threshold=7000', '--config', 'fast', '--', 'x.py'], /^pymem: --config "fast": unknown setting "fast"; a setting is default, /],
    ['a bad threshold', ['--config', 'threshold=1/x', '--', '-c', 'pass'], /^pymem: --config "threshold=1\/x": threshold is one to three non-negative integers/],
    ['settings without a program', ['--config', 'freeze', '--', '@/missing.py'], /^pymem: no such Python script: .*missing\.py\n$/],
    ['a bad hash seed', ['--hash-seed', '-1', '--config', 'freeze', '--', '-c', 'pass'], /^pymem: --hash-seed must be an integer from 0 to 4294967295/],
    ['--keep with traces', ['--keep', '@', '@/a.trace', '@/b.trace'], /^pymem: --keep keeps the traces of runs made with --config; here the traces are given\n$/],
    ['--keep to a missing folder', ['--keep', '@/nowhere', '--config', 'freeze', '--', '-c', 'pass'], /^pymem: --keep .*nowhere\/x\.trace: the folder .*nowhere does not exist\n$/],
  ];
  for (const [name, args, message] of cases) {
    it(`says so clearly, exiting 1: ${name}`, async () => {
      const { code, io } = await run('compare', ...args.map((a) => a.replace(/^@/, dir)));
      expect(io.stderr).toMatch(message);
      expect(code).toBe(1);
      expect(io.stdout).toBe('');
    });
  }

  it('names an event trace and a damaged allocator trace with its byte offset', async () => {
    const events = join(dir, 'e.jsonl');
    writeFileSync(events, '{"format":"pymem-trace"}\n');
    const notTrace = await run('compare', events, events);
    expect(notTrace.io.stderr).toMatch(/^pymem: .*e\.jsonl: not an allocator trace \(an event trace of `pymem run --trace`: compare it with `pymem diff`\)/);
    const good = join(dir, 'a.trace');
    const cut = join(dir, 'cut.trace');
    writeFileSync(cut, readFileSync(good).subarray(0, 4096));
    const damaged = await run('compare', good, cut);
    expect(damaged.io.stderr).toMatch(/^pymem: .*cut\.trace: allocator trace: at byte offset 40\d\d: truncated/);
    expect(damaged.code).toBe(1);
    expect(existsSync(cut)).toBe(true);
  });

  it('explains itself in --help', async () => {
    const { code, io } = await run('compare', '--help');
    expect(code).toBe(0);
    expect(io.stdout).toContain('Usage: pymem compare A.trace B.trace [...]');
    expect(io.stdout).toContain('pymem compare --config SETTING [--config SETTING ...] -- SCRIPT.py [ARGS...]');
    expect(io.stdout).toContain('pymem whatif TRACE --config arenaSize=262144');
  });
});
