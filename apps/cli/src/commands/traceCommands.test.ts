// The trace commands (stats, convert, diff, export) end to end on files in a temporary folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runProgram } from '@pymem/python';
import { createRuntimeTraceWriter, createTraceHeader, encodeTrace, readTrace, synthesizeEvents, type TraceEvent } from '@pymem/tracing';
import { main } from '../main.js';
import { memoryIo } from '../io.js';
import { createProgress } from '../progress.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = createTraceHeader({ config: { threshold: [700, 10, 10] } });
const events = [...synthesizeEvents({ events: 5000, seed: 2 })];
const file = (name: string, bytes?: Uint8Array) => {
  const p = join(dir, name);
  if (bytes) writeFileSync(p, bytes);
  return p;
};
const pmt = file('run.pmt', encodeTrace('pmt', header, events));
const jsonl = file('run.jsonl', encodeTrace('jsonl', header, events));

async function run(...args: string[]) {
  const io = memoryIo();
  const code = await main(['node', 'pymem', ...args], io);
  expect(io.stderr).not.toMatch(/\n\s+at /);
  expect(io.stderr).not.toMatch(/internal error/);
  return { code, out: io.stdout, err: io.stderr };
}

describe('pymem stats', () => {
  it('prints counts by event type, objects, collections and peak memory', async () => {
    const { code, out } = await run('stats', pmt);
    expect(code).toBe(0);
    const allocs = events.filter((e) => e.type === 'object.allocated').length;
    expect(out).toMatch(new RegExp(`object\\.allocated\\s+mutator\\s+${allocs.toLocaleString('en-US')}`));
    expect(out).toMatch(/collections: gen0 \d+/);
    expect(out).toMatch(/memory: peak [\d,]+ bytes/);
  });

  it('gives the same figures as JSON for both formats', async () => {
    const a = JSON.parse((await run('stats', pmt, '--json')).out);
    const b = JSON.parse((await run('stats', jsonl, '--json')).out);
    expect(a.complete).toBe(true);
    expect(a.events).toBe(events.length);
    expect({ ...a, trace: 0, format: 0 }).toEqual({ ...b, trace: 0, format: 0 });
  });

  it('reports the figures read before a corruption, then the error with its offset, exit 1', async () => {
    const bytes = encodeTrace('pmt', header, events, { blockEvents: 500 });
    const broken = bytes.slice();
    broken[Math.floor(bytes.length * 0.7)] ^= 4;
    const { code, out, err } = await run('stats', file('broken.pmt', broken), '--json');
    expect(code).toBe(1);
    const r = JSON.parse(out);
    expect(r.complete).toBe(false);
    expect(r.events).toBeGreaterThan(0);
    expect(r.events % 500).toBe(0);
    expect(err).toMatch(/^pymem: .*broken\.pmt: byte offset \d+: block checksum mismatch/);
  });

  it('names the line of an event that contradicts the log', async () => {
    const bad = [...events.slice(0, 50), { type: 'ref.decrefed', seq: 50, handle: 123456, refcount: 0 } as TraceEvent];
    const { code, out, err } = await run('stats', file('bad.jsonl', encodeTrace('jsonl', header, bad)));
    expect(code).toBe(1);
    expect(out).toMatch(/incomplete/);
    expect(err).toMatch(/line 52, byte offset \d+, seq 50: ref\.decrefed: handle 123456 is not a live object/);
  });

  it('says clearly when the file does not exist', async () => {
    const { code, err } = await run('stats', join(dir, 'nope.pmt'));
    expect(code).toBe(1);
    expect(err).toMatch(/cannot open trace .*nope\.pmt: no such file/);
  });
});

describe('pymem convert', () => {
  it('converts JSON Lines to binary and back to identical bytes', async () => {
    const out1 = file('conv.pmt');
    const out2 = file('conv.jsonl');
    const first = await run('convert', jsonl, out1);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/converted 5\d{3} events/);
    expect((await run('convert', out1, out2, '--json')).code).toBe(0);
    expect(readFileSync(out2).equals(readFileSync(jsonl))).toBe(true);
    expect(readFileSync(out1).length * 8).toBeLessThan(readFileSync(jsonl).length);
  });

  it('writes nothing when the input breaks off, and says how far it got', async () => {
    const cut = file('cut.pmt', readFileSync(pmt).subarray(0, 2000));
    const target = file('never.jsonl');
    const { code, err } = await run('convert', cut, target);
    expect(code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(err).toMatch(/never\.jsonl was not written; \d+ events had been read before the error/);
    expect(err).toMatch(/cut\.pmt: byte offset \d+: the file ends inside/);
  });

  it('refuses an output name without a known extension', async () => {
    const { code, err } = await run('convert', pmt, file('out.bin'));
    expect(code).toBe(1);
    expect(err).toMatch(/use the extension \.jsonl .* or \.pmt/);
  });
});

describe('pymem diff', () => {
  it('exits 0 for the same run in two formats', async () => {
    const { code, out } = await run('diff', pmt, jsonl);
    expect(code).toBe(0);
    expect(out).toMatch(/^identical: \d+ events/);
  });

  it('exits 1 and shows the first differing event and its fields', async () => {
    const changed = events.map((e) => (e.seq === 3000 && e.type === 'ref.increfed' ? { ...e, refcount: 77 } : e));
    const target = events.find((e) => e.seq >= 3000 && e.type === 'ref.increfed')!;
    const other = changed.map((e) => (e.seq === target.seq ? { ...e, refcount: 77 } : e));
    const { code, out } = await run('diff', pmt, file('other.pmt', encodeTrace('pmt', header, other)));
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`first difference at event #${events.indexOf(target)} \\(seq ${target.seq}\\)`));
    expect(out).toContain(`refcount: ${target.refcount as number} -> 77`);
    const json = JSON.parse((await run('diff', pmt, file('other.pmt'), '--json')).out);
    expect(json.first.fields).toEqual([{ field: 'refcount', a: target.refcount, b: 77 }]);
  });

  it('exits 2 with the error when a trace cannot be read', async () => {
    const { code, err } = await run('diff', pmt, file('cut.pmt'));
    expect(code).toBe(2);
    expect(err).toMatch(/cut\.pmt: byte offset/);
  });
});

describe('pymem export', () => {
  it('writes Perfetto trace-event JSON with collections as slices and counter tracks', async () => {
    const out = file('trace.json');
    const r = await run('export', pmt, '--format', 'perfetto', '--out', out);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const phases = new Set(doc.traceEvents.map((e: { ph: string }) => e.ph));
    expect(phases).toEqual(new Set(['M', 'B', 'E', 'C']));
    expect(doc.traceEvents.filter((e: { ph: string }) => e.ph === 'B').length).toBe(events.filter((e) => e.type === 'gc.collectionStarted').length);
  });

  it('rejects an unknown format and a missing --out', async () => {
    expect((await run('export', pmt, '--format', 'speedscope', '--out', file('x.json'))).err).toMatch(/unknown export format "speedscope"/);
    expect((await run('export', pmt)).err).toMatch(/needs --out/);
  });
});

describe('the progress bar', () => {
  const tty = () => {
    const io = memoryIo();
    (io as { isTTY: boolean }).isTTY = true;
    return io;
  };
  it('stays hidden for the first second, then draws on stderr, and clears itself', () => {
    let t = 0;
    const io = tty();
    const p = createProgress(io, 'reading', { now: () => t });
    p.update(10, 100);
    expect(io.stderr).toBe('');
    t = 1500;
    p.update(50, 100);
    expect(io.stderr).toContain('[###############---------------]  50%');
    p.finish();
    expect(io.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('never draws when stderr is not a terminal or with --quiet', () => {
    let t = 0;
    for (const [io, quiet] of [[memoryIo(), false], [tty(), true]] as const) {
      const p = createProgress(io, 'reading', { now: () => t, quiet });
      t += 5000;
      p.update(1, 2);
      p.finish();
      expect(io.stderr).toBe('');
    }
  });
});

describe('pymem replay (event traces)', () => {
  it('replays a synthetic trace in both formats to the same digest', async () => {
    const a = JSON.parse((await run('replay', pmt, '--json')).out);
    const b = JSON.parse((await run('replay', jsonl, '--json')).out);
    expect(a.complete).toBe(true);
    expect(a.events).toBe(events.length);
    expect(a.digest).toMatch(/^[0-9a-f]+$/);
    expect(b.digest).toBe(a.digest);
    expect(a.liveObjects).toBe(events.filter((e) => e.type === 'object.allocated').length - events.filter((e) => e.type === 'object.freed').length);
  });

  it('stops after --until SEQ, and a different seq gives a different state', async () => {
    const half = JSON.parse((await run('replay', pmt, '--json', '--until', '2500')).out);
    expect(half.lastSeq).toBe(2500);
    expect(half.events).toBe(events.filter((e) => e.seq <= 2500).length);
    const full = JSON.parse((await run('replay', pmt, '--json')).out);
    expect(half.digest).not.toBe(full.digest);
    const text = await run('replay', pmt, '--until', '10');
    expect(text.out).toMatch(/^replayed 11 events \(to seq 10\)/);
  });

  it('with --check, stops at an impossible event naming its line and seq', async () => {
    const bad = [...events.slice(0, 40), { type: 'object.freed', seq: 40, handle: 77777, address: 0, toFreeList: null } as TraceEvent];
    const { code, out, err } = await run('replay', file('bad-replay.jsonl', encodeTrace('jsonl', header, bad)), '--check');
    expect(code).toBe(1);
    expect(out).toMatch(/^replayed 40 events/);
    expect(err).toMatch(/line 42, byte offset \d+, seq 40: object\.freed: free of an unknown object 77777/);
  });

  it('rejects a --until that is not a seq', async () => {
    const { code, err } = await run('replay', pmt, '--until', 'soon');
    expect(code).toBe(1);
    expect(err).toMatch(/--until must be an event seq/);
  });
});

describe('a Python run, traced and replayed', () => {
  const program = [
    'import gc',
    'class Node:',
    '    def __init__(self, name):',
    '        self.name = name',
    '        self.other = None',
    'for i in range(20):',
    '    a = Node("a" + str(i))',
    '    b = Node("b")',
    '    a.other = b',
    '    b.other = a',
    'del a, b',
    'print(gc.collect())',
    'xs = [[i, str(i)] for i in range(60)]',
    'print(len(xs), xs[7])',
    '',
  ].join('\n');

  for (const ext of ['pmt', 'jsonl']) {
    it(`replays a .${ext} trace of the run to the run's final state digest`, async () => {
      const trace = file(`program.${ext}`);
      let out = '';
      let writer: ReturnType<typeof createRuntimeTraceWriter> | undefined;
      let runtimeOf: { digest(): string } | undefined;
      const code = runProgram(program, {
        filename: 'cycles.py',
        // What the program prints goes into the trace too, as the demo does: output markers.
        markers: true,
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => (out += t),
        runtimeOptions: { record: true },
        onRuntime: (runtime) => {
          writer = createRuntimeTraceWriter(runtime, trace, { meta: { program: 'cycles.py' } });
          runtimeOf = runtime;
        },
      });
      writer!.close();
      const digest = runtimeOf!.digest();
      expect(code).toBe(0);
      const expected = execFileSync('python3', ['-c', program], { encoding: 'utf8' });
      expect(out).toBe(expected);
      // The program-visible results, read back from the trace alone.
      const fromTrace = (await readTrace(trace)).events.filter((e) => e.type === 'marker' && e.label === 'output');
      expect(fromTrace.map((e) => e.text).join('')).toBe(expected);
      const replayed = JSON.parse((await run('replay', trace, '--json', '--check')).out);
      expect(replayed.complete).toBe(true);
      expect(replayed.digest).toBe(digest);
      expect(replayed.collections[2]).toBeGreaterThan(0);
      // stats names builtin types and the program's own classes.
      const stats = JSON.parse((await run('stats', trace, '--json')).out);
      const byName = Object.fromEntries(stats.byObjectType.map((t: { name: string; allocated: number }) => [t.name, t.allocated]));
      expect(byName.Node).toBe(40);
      expect(byName.list).toBeGreaterThan(60);
    });
  }
});

describe('damaged traces never crash a command (fuzz)', () => {
  const small = events.slice(0, 300);
  const inputs = {
    pmt: encodeTrace('pmt', header, small, { blockEvents: 50 }),
    jsonl: encodeTrace('jsonl', header, small),
  };
  const mutation = fc.record({
    format: fc.constantFrom('pmt' as const, 'jsonl' as const),
    at: fc.nat(),
    kind: fc.constantFrom('flip', 'cut', 'insert'),
    byte: fc.integer({ min: 0, max: 255 }),
    command: fc.constantFrom('stats', 'replay', 'convert', 'export', 'diff'),
  });
  it('each ends with exit 0, 1 or 2 and a one-line message, never an internal error', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const src = inputs[m.format];
        const at = m.at % src.length;
        const bytes =
          m.kind === 'flip'
            ? Uint8Array.from(src, (b, i) => (i === at ? b ^ (1 << (m.byte & 7)) : b))
            : m.kind === 'cut'
              ? src.subarray(0, at)
              : Buffer.concat([src.subarray(0, at), Uint8Array.of(m.byte), src.subarray(at)]);
        const input = file(`fuzz${n++}.${m.format}`, bytes);
        const args = {
          stats: ['stats', input, '--json'],
          replay: ['replay', input, '--check', '--json'],
          convert: ['convert', input, file(`fuzz-out${n}.${m.format === 'pmt' ? 'jsonl' : 'pmt'}`)],
          export: ['export', input, '--out', file(`fuzz-out${n}.json`)],
          diff: ['diff', input, file(`run.${m.format}`)],
        }[m.command];
        const { code, err } = await run(...args);
        expect([0, 1, 2]).toContain(code);
        if (code !== 0 && !(m.command === 'diff' && code === 1)) expect(err).toMatch(/^pymem: /);
      }),
      { numRuns: 60 },
    );
  });
});
