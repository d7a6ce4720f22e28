// Benchmark of allocator-trace replay: a real CPython run (CPython's own test_statistics, about
// 30 million pymalloc calls; test_bisect in quick mode) is recorded by tools/recorder at bench
// time, then replayed through the pymalloc model, against two baselines from the same run: a
// plain loop that only decodes the trace's records, and the time CPython took to produce them.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeRecordedRun,
  buildRecordedRunReport,
  formatMallocStats,
  mallocStats,
  replayAllocatorTrace,
  resimulateAllocatorTrace,
  TraceOp,
  walkAllocatorTrace,
  type TraceByteSource,
} from '@pymem/pool-allocator';
import { measure, row, type BenchContext, type BenchReport, type Benchmark, type VariantResult } from './harness.js';

const recorderDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'recorder');

function withFile<T>(path: string, use: (source: TraceByteSource) => T): T {
  const fd = openSync(path, 'r');
  try {
    return use((target, position) => readSync(fd, target, 0, target.length, position));
  } finally {
    closeSync(fd);
  }
}

// The plain decode loop: every call record's fields read and folded into a sum, nothing applied.
function decodeOnly(path: string): number {
  let sink = 0;
  const consumer = { calls: 0, consume: (_words: Uint32Array, pos: number, _avail: number) => pos };
  consumer.consume = (words, pos, avail) => {
      while (pos < avail) {
        const w = words[pos]!;
        const op = w & 15;
        if (op < 1 || op > 8) return pos;
        const len = 1 + ((w & 32) !== 0 ? 2 : 0) + (op === TraceOp.realloc ? 4 : 2);
        if (pos + len > avail) return pos;
        const p = pos + len - 2;
        sink += (w >>> 6) + words[p]! + words[p + 1]! * 4294967296;
        consumer.calls++;
        pos += len;
      }
      return pos;
  };
  const { footer } = withFile(path, (source) => walkAllocatorTrace(source, consumer));
  if (sink < 0) throw new Error('unreachable');
  return footer.records;
}

// `pymem report TRACE`: the replay plus the live blocks by site, counters, snapshots and the report.
function reportOnce(path: string): number {
  const run = withFile(path, (source) => analyzeRecordedRun(source));
  const report = buildRecordedRunReport(run);
  if (report.allocator.checked === false) throw new Error("report: the replayed table differs from CPython's");
  return report.calls;
}

function replayOnce(path: string): { records: number; elapsedNs: number; matches: boolean } {
  const { allocator, footer } = withFile(path, (source) => replayAllocatorTrace(source));
  return { records: footer.records, elapsedNs: footer.elapsedNs, matches: formatMallocStats(mallocStats(allocator)) === footer.stats };
}

export const poolBench: Benchmark = {
  name: 'pool',
  description: 'allocator-trace replay and pymem report (calls/s) of a recorded CPython run vs a decode-only loop and vs CPython itself',
  run(ctx: BenchContext): BenchReport {
    const workload = ctx.quick ? ['-m', 'unittest', '-q', 'test.test_bisect'] : ['-m', 'unittest', '-q', 'test.test_statistics'];
    const rounds = ctx.quick ? 3 : 5;
    const dir = mkdtempSync(join(tmpdir(), 'pymem-poolbench-'));
    try {
      execFileSync('make', ['--no-print-directory', '-s', '-C', recorderDir], { stdio: 'pipe' });
      const trace = join(dir, 'run.trace');
      const env = { ...process.env, PYTHONHASHSEED: '0' };
      ctx.log(`pool: recording python3 ${workload.join(' ')}`);
      execFileSync(join(recorderDir, 'build', 'pymem-recorder'), [trace, ...workload], { cwd: dir, stdio: 'pipe', env });
      if (!existsSync(trace)) throw new Error('the recorder wrote no trace');
      // CPython's own time for the same work, without the recorder, measured in this run.
      const t0 = process.hrtime.bigint();
      const plain = spawnSync('python3', workload, { cwd: dir, stdio: 'pipe', env });
      const plainSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (plain.status !== 0) throw new Error(`python3 ${workload.join(' ')} failed`);

      const first = replayOnce(trace);
      if (!first.matches) throw new Error("the replayed table differs from CPython's: run `pymem replay --check` on the trace");
      const records = first.records;
      const recordedSeconds = first.elapsedNs / 1e9;
      ctx.log(`pool: ${records} calls, replaying ${rounds} rounds`);
      const [replay, decode, resim, report] = measure(
        [
          { name: 'replay', run: () => replayOnce(trace).records },
          { name: 'decode only', run: () => decodeOnly(trace) },
          // whatif / replay --arena-size: the same calls under other parameters (addresses decided anew)
          { name: 're-simulation (256 KiB arenas)', run: () => withFile(trace, (source) => resimulateAllocatorTrace(source, { arenaSize: 256 * 1024 })).footer.records },
          { name: 'pymem report (sites, snapshots, report)', run: () => reportOnce(trace) },
        ],
        rounds,
      );
      const cpython = (name: string, seconds: number): VariantResult => ({ name, opsPerSec: records / seconds, rounds: [records / seconds] });
      const rows = [
        row('replay vs decode-only loop', replay!, decode!),
        row('re-simulation (whatif, --arena-size) vs replay --check', resim!, replay!),
        row('pymem report vs decode-only loop', report!, decode!),
        row('pymem report vs replay --check', report!, replay!),
        row('replay vs CPython recording it (hooks on)', replay!, cpython('python3 + recorder', recordedSeconds)),
        row('replay vs CPython alone (plain python3 run)', replay!, cpython('python3', plainSeconds)),
      ];
      const rate = replay!.opsPerSec / 1e6;
      return {
        name: 'pool',
        unit: 'pymalloc calls per second; ratio = replay time / baseline time (below 1 means replay is faster)',
        rows,
        notes: [
          `trace: ${records.toLocaleString('en-US')} calls of python3 ${workload.join(' ')}; replayed table equals CPython's: ${first.matches}`,
          `target: >= 20 M calls/s and faster than the recorded program; measured ${rate.toFixed(1)} M/s, ` +
            `${(replay!.opsPerSec / (records / plainSeconds)).toFixed(1)}x the rate of plain python3 producing them`,
          `pymem report: ${(report!.opsPerSec / 1e6).toFixed(1)} M calls/s (issue 16's target: >= 20 M/s)`,
          `load average during the run: ${loadavg()[0]!.toFixed(1)} (absolute rates shrink with load; the ratios hold)`,
        ],
        extra: { records, recordedSeconds, plainSeconds, replayPerSec: replay!.opsPerSec, decodePerSec: decode!.opsPerSec, reportPerSec: report!.opsPerSec },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
