// Benchmark of the recorder's overhead: real standard-library workloads run under plain
// python3 and under tools/recorder (every pymalloc call, the site of every allocation, a time
// every 256 calls, every collection), alternating, same PYTHONHASHSEED; the ratio is the
// recorded run's CPU time (user + system of the child) over plain python3's. Target: within 3x.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAllocatorTrace } from '@pymem/pool-allocator';
import { row, type BenchContext, type BenchReport, type Benchmark, type VariantResult } from './harness.js';

const recorderDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'recorder');

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU seconds (user + system) of one run of `argv`, measured by a python3 parent with
 * os.wait4's resource usage, so neither node nor a shell is counted.
 */
function cpuSeconds(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const probe = 'import os, sys, subprocess\np = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n_, status, ru = os.wait4(p.pid, 0)\nif status != 0: sys.exit("failed: %r" % (sys.argv[1:],))\nprint(ru.ru_utime + ru.ru_stime)\n';
  const r = spawnSync('python3', ['-c', probe, ...argv], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

export const recorderBench: Benchmark = {
  name: 'recorder',
  description: 'recording overhead: CPU time of stdlib workloads under tools/recorder vs plain python3 (target within 3x)',
  run(ctx: BenchContext): BenchReport {
    const rounds = ctx.quick ? 2 : 5;
    const dir = mkdtempSync(join(tmpdir(), 'pymem-recorderbench-'));
    try {
      execFileSync('make', ['--no-print-directory', '-s', '-C', recorderDir], { stdio: 'pipe' });
      const bin = join(recorderDir, 'build', 'pymem-recorder');
      const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
      writeFileSync(join(dir, 'data.json'), JSON.stringify(Array.from({ length: ctx.quick ? 5000 : 45_000 }, (_, i) => ({ id: i, name: `n${i}`, tags: [i % 3, i % 5] }))));
      const workloads: [string, string[]][] = [
        ['json.tool on a JSON file', ['-m', 'json.tool', 'data.json', 'out.json']],
        ["CPython's test_heapq", ['-m', 'unittest', '-q', 'test.test_heapq']],
        ["CPython's test_dataclasses (many cycles)", ['-m', 'unittest', '-q', 'test.test_dataclasses']],
        ['pydoc -w json', ['-m', 'pydoc', '-w', 'json']],
      ];
      if (ctx.quick) workloads.splice(1, 2);
      const env = { ...process.env, PYTHONHASHSEED: '0' };
      const trace = join(dir, 'run.trace');
      const rows = [];
      const notes: string[] = [];
      const extra: Record<string, unknown> = {};
      for (const [label, args] of workloads) {
        ctx.log(`recorder: ${label}, ${rounds} rounds each`);
        const plain: number[] = [];
        const recorded: number[] = [];
        cpuSeconds([python, ...args], dir, env); // warm the file cache
        for (let r = 0; r < rounds; r++) {
          plain.push(cpuSeconds([python, ...args], dir, env));
          recorded.push(cpuSeconds([bin, trace, ...args], dir, env));
        }
        const { footer } = readAllocatorTrace(new Uint8Array(readFileSync(trace)), () => {});
        const size = statSync(trace).size;
        const calls = footer.records;
        const variant = (name: string, xs: number[]): VariantResult => ({ name, opsPerSec: calls / median(xs), rounds: xs.map((x) => calls / x) });
        rows.push(row(label, variant('recorded', recorded), variant('python3', plain)));
        notes.push(`${label}: ${calls.toLocaleString('en-US')} calls, ${(size / calls).toFixed(1)} trace bytes per call, ${footer.locations ?? 0} locations, CPU s plain ${median(plain).toFixed(2)} / recorded ${median(recorded).toFixed(2)}`);
        extra[label] = { calls, traceBytes: size, plainCpuSeconds: plain, recordedCpuSeconds: recorded };
      }
      notes.push(`load average during the run: ${loadavg()[0]!.toFixed(1)}`);
      return { name: 'recorder', unit: 'pymalloc calls per CPU second; ratio = recorded CPU time / plain python3 CPU time (target <= 3)', rows, notes, extra };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
