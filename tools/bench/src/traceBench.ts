// Benchmark of trace files: events per second to write, read and replay a 10-million-event
// trace in each format (streaming, from and to real files), against plain baselines measured
// in the same run: JSON.stringify per event (plain encode), JSON.parse per line of the same
// JSON Lines file (plain decode), and reading without applying (for replay). Also the seek
// latency of time travel, and the heap used while streaming (the memory bound).
import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTraceHeader,
  createTraceState,
  createTraceWriter,
  openTimeTravel,
  openTrace,
  synthesizeEvents,
  type EventLogFormat,
} from '@pymem/tracing';
import { createProjection } from '@pymem/runtime';
import type { BenchContext, BenchReport, BenchRow, Benchmark, VariantResult } from './harness.js';

interface AsyncVariant {
  readonly name: string;
  readonly run: () => Promise<number>;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// The harness's `measure`, for async variants: interleaved rounds, median rate.
async function measureAsync(variants: readonly AsyncVariant[], rounds: number): Promise<VariantResult[]> {
  const rates = variants.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < variants.length; i++) {
      const t0 = process.hrtime.bigint();
      const ops = await variants[i]!.run();
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      rates[i]!.push(ops / dt);
    }
  }
  return variants.map((v, i) => ({ name: v.name, opsPerSec: median(rates[i]!), rounds: rates[i]! }));
}

const rowOf = (label: string, subject: VariantResult, baseline: VariantResult): BenchRow => ({
  label,
  subject,
  baseline,
  slowdown: baseline.opsPerSec / subject.opsPerSec,
});

// Plain decode: split the JSON Lines file into lines and JSON.parse each, nothing else.
async function plainDecode(path: string): Promise<number> {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let rest = '';
  let n = -1; // the header line
  let sink = 0;
  try {
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      const text = rest + buf.toString('utf8', 0, got);
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        sink += JSON.parse(line).seq ?? 0;
        n++;
      }
    }
  } finally {
    closeSync(fd);
  }
  return sink >= 0 ? n : 0;
}

async function readAll(path: string, apply: 'none' | 'log' | 'runtime'): Promise<number> {
  const reader = await openTrace(path);
  const state = apply === 'log' ? createTraceState() : apply === 'runtime' ? createProjection({ checks: false }) : undefined;
  let n = 0;
  let sink = 0;
  for await (const chunk of reader.chunks()) {
    n += chunk.events.length;
    if (state) for (const e of chunk.events) state.apply(e);
    else sink += chunk.events[chunk.events.length - 1]!.seq;
  }
  await reader.close();
  return sink >= 0 ? n : 0;
}

export const traceBench: Benchmark = {
  name: 'trace',
  description: 'trace files: write/read/replay events/s per format on a 10M-event trace vs plain JSON, seek latency, memory',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const total = Number(process.env.PYMEM_TRACE_BENCH_EVENTS ?? (ctx.quick ? 200_000 : 10_000_000));
    // One round each on 10M events (minutes per round on a shared machine); the rates are over
    // millions of events, so a round is already an average; ratios are within the same run.
    const rounds = Number(process.env.PYMEM_TRACE_BENCH_ROUNDS ?? 1);
    const dir = mkdtempSync(join(tmpdir(), 'pymem-trace-bench-'));
    const header = createTraceHeader();
    const path = (f: EventLogFormat) => join(dir, `bench.${f}`);
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    const extra: Record<string, unknown> = { events: total };
    try {
      // Write: the synthetic program streamed into each format, vs JSON.stringify of each event.
      const write = (format: EventLogFormat): AsyncVariant => ({
        name: `write .${format}`,
        run: async () => {
          const w = createTraceWriter(path(format), header);
          for (const e of synthesizeEvents({ events: total, seed: 1 })) w.write(e);
          w.close();
          return w.eventsWritten;
        },
      });
      const stringify: AsyncVariant = {
        name: 'JSON.stringify',
        run: async () => {
          let n = 0;
          let len = 0;
          for (const e of synthesizeEvents({ events: total, seed: 1 })) {
            len += JSON.stringify(e).length;
            n++;
          }
          return len > 0 ? n : 0;
        },
      };
      const generateOnly: AsyncVariant = {
        name: 'generate only',
        run: async () => {
          let n = 0;
          for (const _ of synthesizeEvents({ events: total, seed: 1 })) n++;
          return n;
        },
      };
      ctx.log(`trace: writing ${total} events x ${rounds} rounds per format`);
      const [wp, wj, js, gen] = await measureAsync([write('pmt'), write('jsonl'), stringify, generateOnly], rounds);
      rows.push(rowOf('write .pmt (incl. generating)', wp!, js!), rowOf('write .jsonl (incl. generating)', wj!, js!));
      const events = statSync(path('pmt')).size;
      extra.bytesPerEvent = { pmt: events / total, jsonl: statSync(path('jsonl')).size / total };
      notes.push(
        `file size: .pmt ${(statSync(path('pmt')).size / total).toFixed(2)} bytes/event, .jsonl ${(statSync(path('jsonl')).size / total).toFixed(1)} bytes/event`,
        `generating the synthetic events alone: ${(gen!.opsPerSec / 1e6).toFixed(2)} M/s (included in every write rate)`,
      );

      // Read: streaming decode of each format vs plain JSON.parse of the JSON Lines file.
      ctx.log(`trace: reading ${total} events x ${rounds} rounds per format`);
      // The memory bound: the largest heap seen while streaming (absolute; garbage not yet
      // collected included), next to the file sizes it did not grow with.
      let heapPeak = 0;
      const sampler = setInterval(() => {
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }, 5);
      const [rp, rj, plain] = await measureAsync(
        [
          { name: 'read .pmt', run: () => readAll(path('pmt'), 'none') },
          { name: 'read .jsonl', run: () => readAll(path('jsonl'), 'none') },
          { name: 'plain decode', run: () => plainDecode(path('jsonl')) },
        ],
        rounds,
      );
      clearInterval(sampler);
      rows.push(rowOf('read .pmt', rp!, plain!), rowOf('read .jsonl', rj!, plain!));
      extra.plainDecodeRatio = { pmt: rp!.opsPerSec / plain!.opsPerSec, jsonl: rj!.opsPerSec / plain!.opsPerSec };
      notes.push(
        `plain-decode ratio (reader speed / JSON.parse per line): .pmt ${(rp!.opsPerSec / plain!.opsPerSec).toFixed(2)}x, .jsonl ${(rj!.opsPerSec / plain!.opsPerSec).toFixed(2)}x`,
        `heap while streaming ${total} events: at most ${(heapPeak / 2 ** 20).toFixed(0)} MiB in use (whole process, sampled every 5 ms; the files are ${(statSync(path('pmt')).size / 2 ** 20).toFixed(0)} and ${(statSync(path('jsonl')).size / 2 ** 20).toFixed(0)} MiB)`,
      );
      extra.heapPeakMiB = heapPeak / 2 ** 20;

      // Replay: read and apply every event to the log's projection, vs reading alone.
      ctx.log(`trace: replaying ${total} events x ${rounds} rounds per format`);
      const [pp, pr, jp, jr, rp2] = await measureAsync(
        [
          { name: 'replay .pmt', run: () => readAll(path('pmt'), 'log') },
          { name: 'read .pmt', run: () => readAll(path('pmt'), 'none') },
          { name: 'replay .jsonl', run: () => readAll(path('jsonl'), 'log') },
          { name: 'read .jsonl', run: () => readAll(path('jsonl'), 'none') },
          { name: 'replay .pmt', run: () => readAll(path('pmt'), 'runtime') },
        ],
        rounds,
      );
      rows.push(
        rowOf('replay .pmt (TraceState)', pp!, pr!),
        rowOf('replay .jsonl (TraceState)', jp!, jr!),
        rowOf('replay .pmt (runtime projection)', rp2!, pr!),
      );

      // Seek: index once, then seek to random seqs (and step back from each).
      const travels: [string, EventLogFormat, boolean][] = [
        ['pmt', 'pmt', false],
        ['jsonl', 'jsonl', false],
        ['pmt_runtime', 'pmt', true],
      ];
      for (const [name, format, runtime] of travels) {
        ctx.log(`trace: indexing the .${format} trace for time travel${runtime ? ' (runtime projection)' : ''}`);
        const t0 = performance.now();
        const tt = runtime
          ? await openTimeTravel(path(format), { createProjection: () => createProjection({ checks: false }) })
          : await openTimeTravel(path(format));
        const indexMs = performance.now() - t0;
        let seed = 12345;
        const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
        const seeks: number[] = [];
        const backs: number[] = [];
        for (let i = 0; i < (ctx.quick ? 10 : 40); i++) {
          const target = Math.floor(rnd() * tt.lastSeq);
          const s0 = performance.now();
          await tt.seek(target);
          seeks.push(performance.now() - s0);
          const b0 = performance.now();
          await tt.stepBackward();
          backs.push(performance.now() - b0);
        }
        await tt.close();
        const sorted = [...seeks].sort((a, b) => a - b);
        const seekMs = { median: median(seeks), max: sorted.at(-1)!, stepBackMedian: median(backs), index: indexMs, snapshots: tt.snapshotCount };
        extra[`seek_${name}`] = seekMs;
        notes.push(
          `seek .${format}${runtime ? ' (runtime projection)' : ''}: median ${seekMs.median.toFixed(1)} ms, max ${seekMs.max.toFixed(1)} ms, step back median ${seekMs.stepBackMedian.toFixed(1)} ms ` +
            `(${tt.snapshotCount} snapshots; one indexing pass ${(indexMs / 1000).toFixed(1)} s = ${((seekMs.median / indexMs) * 100).toFixed(2)}% of it per seek)`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      name: 'trace',
      unit: `events per second over ${total.toLocaleString('en-US')} events; ratio = slowdown against the baseline`,
      rows,
      notes,
      extra,
    };
  },
};
