import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeAllocatorTrace, type AllocatorTraceCall } from '@pymem/pool-allocator';
import { createTraceHeader, encodeTrace, synthesizeEvents } from '@pymem/tracing';
import { main } from '../main.js';
import { memoryIo } from '../io.js';
import { parseConfig } from './whatif.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-whatif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A program's allocator calls: many small objects of mixed sizes, half freed, some reallocs. */
function calls(): AllocatorTraceCall[] {
  const out: AllocatorTraceCall[] = [];
  const live: number[] = [];
  let next = 0x10000;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 30_000; i++) {
    if (live.length > 0 && rnd() < 0.4) {
      const k = Math.floor(rnd() * live.length);
      const ptr = live[k]!;
      live[k] = live[live.length - 1]!;
      live.pop();
      out.push({ op: 'free', ptr, obj: true });
    } else if (live.length > 0 && rnd() < 0.05) {
      const ptr = live.pop()!;
      const result = (next += 4096);
      out.push({ op: 'realloc', ptr, size: 8 + Math.floor(rnd() * 600), result, obj: true });
      live.push(result);
    } else {
      const result = (next += 4096);
      out.push({ op: 'malloc', size: 8 + Math.floor(rnd() * 500), result, obj: true });
      live.push(result);
    }
  }
  return out;
}

const trace = join(dir, 'alloc.trace');
writeFileSync(trace, encodeAllocatorTrace(calls()));

async function run(...args: string[]) {
  const io = memoryIo();
  const code = await main(['node', 'pymem', ...args], io);
  expect(io.stderr).not.toMatch(/\n\s+at /);
  return { code, out: io.stdout, err: io.stderr };
}

describe('pymem whatif on an allocator trace', () => {
  it('re-simulates the same calls under each configuration and prints them side by side', async () => {
    const { code, out } = await run('whatif', trace, '--config', 'default', '--config', 'small:arenaSize=262144');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/default\s+small$/);
    expect(out).toMatch(/peak arenas\s+[\d,]+\s+[\d,]+/);
  });

  it('keeps the program the same and lets the allocator decide: quarter-size arenas need more of them', async () => {
    const { out } = await run('whatif', trace, '--json', '--config', 'default', '--config', 'arenaSize=262144', '--config', 'poolSize=4096');
    const [base, small, pools] = JSON.parse(out).configs;
    expect(small.figures.calls).toBe(base.figures.calls);
    expect(small.figures.bytesInAllocatedBlocks).toBe(base.figures.bytesInAllocatedBlocks);
    expect(small.figures.peakArenas).toBeGreaterThan(base.figures.peakArenas * 2);
    expect(small.figures.peakArenaBytes).toBeLessThanOrEqual(base.figures.peakArenaBytes * 1.5);
    expect(pools.figures.poolsClaimed).toBeGreaterThan(base.figures.poolsClaimed);
    expect(pools.figures.bytesLostToPoolHeaders).toBeGreaterThan(base.figures.bytesLostToPoolHeaders);
  });

  it('explains why an event trace without its program cannot be re-simulated', async () => {
    const events = join(dir, 'events.pmt');
    writeFileSync(events, encodeTrace('pmt', createTraceHeader(), synthesizeEvents({ events: 100 })));
    const { code, err } = await run('whatif', events, '--config', 'default');
    expect(code).toBe(1);
    expect(err).toMatch(/does not carry its program's source.*cannot be re-simulated/);
  });

  it('names a bad configuration', async () => {
    expect(() => parseConfig('poolSize=3000')).toThrow(/poolSize must be a power of two/);
    expect(() => parseConfig('bogus=1')).toThrow(/unknown parameter "bogus"/);
    expect(parseConfig('big:arenaSize=4194304')).toEqual({ label: 'big', params: { arenaSize: 4194304 } });
    const { code, err } = await run('whatif', trace, '--config', 'arenaSize=1000');
    expect(code).toBe(1);
    expect(err).toMatch(/arenaSize must be a power of two/);
  });
});

describe('pymem whatif on a Python program', () => {
  const program = join(dir, 'cycles.py');
  writeFileSync(
    program,
    [
      'class Node:',
      '    def __init__(self, i):',
      '        self.other = None',
      'for i in range(400):',
      '    a = Node(i)',
      '    b = Node(i)',
      '    a.other = b',
      '    b.other = a',
      'print("done")',
      '',
    ].join('\n'),
  );

  it('runs the program again under each configuration: lower thresholds collect more often, smaller', async () => {
    const { code, out } = await run('whatif', program, '--json', '--config', 'default', '--config', 'threshold=100/10/10', '--config', 'gc=off');
    expect(code).toBe(0);
    const [base, low, off] = JSON.parse(out).configs.map((c: { figures: Record<string, number> }) => c.figures);
    for (const f of [base, low, off]) expect(f).toMatchObject({ exitCode: 0, sameOutput: 1 });
    expect(low.gen0).toBeGreaterThan(base.gen0);
    expect(low.largestCollection).toBeLessThan(base.largestCollection);
    expect(off.gen0).toBe(0);
    expect(off.peakBytes).toBeGreaterThan(base.peakBytes);
    // Every cycle dies in the end, whoever frees it.
    expect(off.freedByCollector + off.freedByRefcount).toBe(base.freedByCollector + base.freedByRefcount);
  });

  it('compares collectors from the registry, and names an unknown one', async () => {
    const { out } = await run('whatif', program, '--config', 'default', '--config', 'ms:collector=mark-sweep');
    expect(out.split('\n')[0]).toMatch(/default\s+ms$/);
    expect(out).toMatch(/same output as the first \(1 = yes\)\s+1\s+1/);
    const bad = await run('whatif', program, '--config', 'collector=nope');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/unknown collector "nope" \(known: cpython311/);
  });

  it('re-runs a traced program that imports its own modules from the modules the trace carries', async () => {
    const sub = mkdtempSync(join(dir, 'mods-'));
    writeFileSync(join(sub, 'wmod.py'), 'import wdeep\nITEMS = [[i] for i in range(50)]\n');
    writeFileSync(join(sub, 'wdeep.py'), 'DEEP = {"k": 1}\n');
    const main = join(sub, 'wmain.py');
    writeFileSync(main, 'import wmod\nprint(len(wmod.ITEMS), wmod.wdeep.DEEP)\n');
    const traced = join(sub, 'wmain.pmt');
    expect((await run('run', main, '--trace', traced)).out).toBe("50 {'k': 1}\n");
    // the modules' files go away: the trace alone must be enough
    rmSync(join(sub, 'wmod.py'));
    rmSync(join(sub, 'wdeep.py'));
    const fromTrace = await run('whatif', traced, '--json', '--config', 'default');
    expect(fromTrace.err).toBe('');
    expect(JSON.parse(fromTrace.out).configs[0].figures).toMatchObject({ exitCode: 0 });
  });

  it('re-simulates a trace written by pymem run --trace: the recorded run is reproduced, then each configuration decides', async () => {
    const traced = join(dir, 'cycles.pmt');
    expect((await run('run', program, '--trace', traced, '--threshold', '500')).code).toBe(0);
    const fromTrace = await run('whatif', traced, '--json', '--config', 'default', '--config', 'threshold=100/10/10');
    expect(fromTrace.code).toBe(0);
    expect(fromTrace.err).toBe('');
    const parsed = JSON.parse(fromTrace.out);
    expect(parsed.reproduced).toBe(true);
    expect(parsed.program).toBe(program);
    // The same figures as re-running the .py itself.
    const fromSource = JSON.parse((await run('whatif', program, '--json', '--config', 'default', '--config', 'threshold=100/10/10')).out);
    expect(parsed.configs).toEqual(fromSource.configs);
  });

  it('warns when the program in the trace no longer reproduces the trace', async () => {
    const traced = join(dir, 'cycles.jsonl');
    expect((await run('run', program, '--trace', traced)).code).toBe(0);
    // The header keeps a different program than the one that made the events.
    const lines = readFileSync(traced, 'utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.meta.source = header.meta.source.replace('range(400)', 'range(300)');
    lines[0] = JSON.stringify(header);
    writeFileSync(traced, lines.join('\n'));
    const { code, out, err } = await run('whatif', traced, '--json');
    expect(code).toBe(0);
    expect(err).toMatch(/does not reproduce .*first difference at event \d+/);
    expect(JSON.parse(out).reproduced).toBe(false);
  });

  it('freezes at a source line: the objects made before it leave the collections', async () => {
    const longLived = join(dir, 'long_lived.py');
    writeFileSync(
      longLived,
      [
        'import gc',
        'keep = [[i] for i in range(5000)]',
        'for i in range(3000):',
        '    a = []',
        '    a.append(a)',
        'gc.collect()',
        'print(len(keep))',
        '',
      ].join('\n'),
    );
    const { code, out } = await run('whatif', longLived, '--json', '--config', 'default', '--config', 'frozen:freeze=3');
    expect(code).toBe(0);
    const [base, frozen] = JSON.parse(out).configs.map((c: { figures: Record<string, number> }) => c.figures);
    expect(frozen.sameOutput).toBe(1);
    expect(frozen.examined).toBeLessThan(base.examined - 5000);
    expect((await run('whatif', longLived, '--config', 'freeze=x')).err).toMatch(/freeze is a source line number/);
  });
});
