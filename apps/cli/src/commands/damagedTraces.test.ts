// Issue 15's cases, each a regression test: damaged traces and runaway programs end with one
// `pymem:` line and exit 1, never an internal error, a crash, or exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTraceHeader, encodeTrace, synthesizeEvents, type TraceEvent } from '@pymem/tracing';
import { encodeAllocatorTrace } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';

const bin = fileURLToPath(new URL('../../bin/pymem.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pymem-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes?: Uint8Array | string) => {
  const p = join(dir, name);
  if (bytes !== undefined) writeFileSync(p, bytes);
  return p;
};

async function run(...args: string[]) {
  const io = memoryIo();
  const code = await main(['node', 'pymem', ...args], io);
  expect(io.stderr).not.toMatch(/internal error|\n\s+at /);
  return { code, out: io.stdout, err: io.stderr };
}

const header = createTraceHeader();
const events = [...synthesizeEvents({ events: 300, seed: 15 })];
const withEvent = (type: string, change: (e: Record<string, unknown>) => Record<string, unknown>): TraceEvent[] => {
  const i = events.findIndex((e) => e.type === type);
  return events.map((e, j) => (j === i ? (change({ ...e }) as TraceEvent) : e));
};

describe('malformed event fields (issue 15)', () => {
  it('replay of an object.freed without handle says so (Node crashed with an invalid size, exit 133)', async () => {
    const t = file('nohandle.jsonl', encodeTrace('jsonl', header, withEvent('object.freed', ({ handle: _, ...e }) => e)));
    for (const args of [['replay', t, '--check', '--json'], ['replay', t], ['stats', t, '--json']]) {
      const { code, err } = await run(...args);
      expect(code).toBe(1);
      expect(err).toMatch(/^pymem: .*nohandle\.jsonl: line \d+, byte offset \d+, seq \d+: object\.freed: "handle" must be an object handle/);
    }
  });

  it('replay of a run trace with a buffer change of a later object moved up stops at it, not looping forever', async () => {
    // fuzz seed 103 case 6403 (lines 19 and 6352 of a `run --trace` log swapped): the heap,
    // invariant checks off, walked a buffer list past its arrays' end forever
    const prog = file('lists.py', 'xs = []\nfor i in range(300):\n    xs.append([i] * (i % 7))\nprint(len(xs))\n');
    const traced = file('lists.jsonl');
    expect((await run('run', prog, '--trace', traced)).code).toBe(0);
    const lines = readFileSync(traced, 'utf8').split('\n');
    const late = lines.findLastIndex((l) => l.includes('"type":"object.bufferResized"') && l.includes('"oldSize":0'));
    expect(late).toBeGreaterThan(1000);
    [lines[19], lines[late]] = [lines[late]!, lines[19]!];
    const t = file('swapped.jsonl', lines.join('\n'));
    // In child processes with a time limit: in this process a loop that never ends would hang
    // the test file instead of failing it.
    for (const args of [['replay', t, '-q'], ['replay', t, '--check', '--json'], ['stats', t]]) {
      const child = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 50_000, env: { ...process.env, PYMEM_FROM_SOURCE: '1' } });
      expect(child.signal, `pymem ${args.join(' ')} was stopped after 50 s`).toBeNull();
      expect(child.status).toBe(1);
      expect(child.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(child.stderr).toMatch(/^pymem: .*swapped\.jsonl: .*object\.bufferResized: .*(no such object|not a live object)/);
    }
  }, 200_000);

  it('stats refuses typeId 1.5, and convert writes no .pmt of it', async () => {
    const t = file('type15.jsonl', encodeTrace('jsonl', header, withEvent('object.allocated', (e) => ({ ...e, typeId: 1.5 }))));
    const stats = await run('stats', t);
    expect(stats.code).toBe(1);
    expect(stats.err).toMatch(/"typeId" must be a type id .*found 1\.5/);
    const target = file('type15.pmt');
    const conv = await run('convert', t, target);
    expect(conv.code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  for (const size of [1e21, 1.5, 'x', -1000]) {
    it(`refuses an object size of ${JSON.stringify(size)} instead of printing it as a figure`, async () => {
      const t = file(`size${String(size)}.pmt`, encodeTrace('pmt', header, withEvent('object.allocated', (e) => ({ ...e, size }))));
      const { code, err } = await run('stats', t, '--json');
      expect(code).toBe(1);
      expect(err).toMatch(/"size" must be a non-negative integer/);
    });
  }
});

describe('allocator traces (issue 15)', () => {
  const stats = '# arenas allocated total = 0\n';
  const bytes = encodeAllocatorTrace([{ op: 'malloc', size: 600, result: 0x1000 }], { stats, allocatedBlocks: 1 });
  it('replay --check on a flipped bit in the table part ends with a pymem: line (was silent exit 1)', async () => {
    for (let i = bytes.length - 60; i < bytes.length - 20; i++) {
      const flipped = bytes.slice();
      flipped[i] ^= 1;
      const { code, err } = await run('replay', file('flip.trace', flipped), '--check');
      expect(code).toBe(1);
      expect(err).toMatch(/^pymem: /m);
    }
  });
});

describe('whatif on damaged traces and runaway programs (issue 15)', () => {
  it('whatif on a truncated .pmt exits 1 naming the byte offset (was exit 0)', async () => {
    const t = file('prog.pmt');
    expect((await run('run', file('prog.py', 'xs = [str(i) for i in range(300)]\nprint(len(xs))\n'), '--trace', t)).code).toBe(0);
    const whole = readFileSync(t);
    const { code, err } = await run('whatif', file('cut.pmt', whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(code).toBe(1);
    expect(err).toMatch(/^pymem: .*cut\.pmt: byte offset \d+: .*truncated/);
  });

  it('a program that loops forever stops at the step limit with one line', async () => {
    const loop = file('loop.py', 'x = 0\nwhile True:\n    x += 1\n');
    const { code, err } = await run('whatif', loop, '--max-steps', '20000');
    expect(code).toBe(1);
    expect(err).toBe('pymem: whatif default: the program did not finish within 20,000 steps (--max-steps N allows more)\n');
  });

  it('a trace of a run stopped by --max-steps re-runs to the same stop (its limit is in the header)', async () => {
    const t = file('loop.pmt');
    expect((await run('run', file('loop.py'), '--trace', t, '--max-steps', '5000')).code).toBe(1);
    const { code, out, err } = await run('whatif', t, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).reproduced).toBe(true);
  });

  it('a program that grows forever stops at the memory ceiling with one line', async () => {
    const grow = file('grow.py', 'xs = []\nwhile True:\n    xs.append([1, 2, 3])\n');
    const { code, err } = await run('whatif', grow, '--max-memory', '64');
    expect(code).toBe(1);
    expect(err).toMatch(/^pymem: whatif default: the program reached the memory ceiling of 64 MiB after [\d,]+ events \(--max-memory MiB allows more\)\n$/);
  });
});

describe('run --trace to a place it cannot write (issue 15)', () => {
  const prog = () => file('ok.py', 'print(1)\n');
  const cases: [string, string, RegExp][] = [
    ['a missing folder', join(dir, 'nope', 'x.pmt'), /--trace .*x\.pmt: the folder .*nope does not exist/],
    ['a folder', dir, /--trace .*: is a folder; give a file name/],
    ['an unknown extension', join(dir, 'x.bin'), /--trace cannot tell the trace format of .*x\.bin/],
  ];
  for (const [name, target, message] of cases) {
    it(`refuses ${name} before running, with one line`, async () => {
      const { code, out, err } = await run('run', prog(), '--trace', target);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(message);
    });
  }
});

describe('found by the fuzz campaign (npm run fuzz)', () => {
  it('whatif on an event trace whose recorded source no longer compiles says so (seed 3872608396 case 4042: an internal error, no rerun trace)', async () => {
    const t = file('flip-source.jsonl');
    expect((await run('run', file('src.py', 'import gc\nxs = [str(i) for i in range(50)]\nprint(len(xs))\n'), '--trace', t)).code).toBe(0);
    // the case's damage: one bit of the header's source flipped ("import" -> "kmport")
    const text = readFileSync(t, 'utf8').replace('import gc', 'kmport gc');
    const { code, err } = await run('whatif', file('flip-source2.jsonl', text), '--json', '-q');
    expect(code).toBe(1);
    expect(err).toMatch(/^pymem: whatif: the recorded program does not run: SyntaxError: invalid syntax/);
  });
});
