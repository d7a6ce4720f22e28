// Benchmark of a full collection: a heap of N tracked lists (each holding the previous one, all
// held by one outer list) collected with gc.collect() on the runtime (CPython 3.11's collector,
// and the mark-sweep collector for comparison) against python3 collecting the same shape of
// heap, timed inside python3. Rounds alternate runtime / python3; heaps are built once.
import { execFileSync } from 'node:child_process';
import { createMarkSweepCollector, type CollectorFactory } from '@pymem/cycle-collector';
import { BuiltinType } from '@pymem/object-model';
import { createRuntime, type Runtime } from '@pymem/runtime';
import { row, type BenchContext, type BenchReport, type Benchmark, type VariantResult } from './harness.js';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** A runtime holding `n` tracked lists in a chain, all moved to gen2 by one collection. */
function buildHeap(n: number, collector?: CollectorFactory): Runtime {
  const rt = createRuntime({ checks: false, ...(collector ? { collector } : {}) });
  rt.disable();
  const outer = rt.allocate(BuiltinType.list, { slots: n });
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const l = rt.allocate(BuiltinType.list, { slots: 1 });
    if (prev >= 0) rt.setSlot(l, 0, prev);
    rt.setSlot(outer, i, l, true);
    prev = l;
  }
  if (rt.collect() !== 0) throw new Error('gc bench: the heap should hold no garbage');
  return rt;
}

/** Seconds for one full collection on the runtime. */
function runtimeRound(rt: Runtime): number {
  const t0 = process.hrtime.bigint();
  const found = rt.collect();
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  if (found !== 0) throw new Error(`gc bench: collect() found ${found} objects in a live heap`);
  return dt;
}

const PYTHON = `
import gc, sys, time
n, rounds = int(sys.argv[1]), int(sys.argv[2])
gc.disable()
a = [[] for _ in range(n)]
for i in range(1, n):
    a[i].append(a[i - 1])
gc.collect()
out = []
for _ in range(rounds):
    t0 = time.perf_counter()
    found = gc.collect()
    out.append(time.perf_counter() - t0)
    assert found == 0
print(' '.join(map(str, out)))
`;

/** Seconds python3 takes for full collections of the same shape of heap (median of `inner`). */
function pythonRound(n: number, inner: number): number {
  const out = execFileSync('python3', ['-c', PYTHON, String(n), String(inner)], { encoding: 'utf8' });
  return median(out.trim().split(' ').map(Number));
}

const result = (name: string, n: number, seconds: number[]): VariantResult => {
  const rates = seconds.map((s) => n / s);
  return { name, opsPerSec: median(rates), rounds: rates };
};

export const gcBench: Benchmark = {
  name: 'gc',
  description: 'a full collection over a million tracked objects on the runtime vs gc.collect() in python3',
  run(ctx: BenchContext): BenchReport {
    const n = ctx.quick ? 20_000 : 1_000_000;
    const rounds = ctx.quick ? 2 : 5;
    ctx.log(`gc: building two runtime heaps of ${n} lists`);
    const cpython = buildHeap(n);
    const markSweep = buildHeap(n, createMarkSweepCollector);
    runtimeRound(cpython);
    runtimeRound(markSweep);
    const rt: number[] = [];
    const ms: number[] = [];
    const py: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ctx.log(`gc: round ${r + 1}/${rounds}`);
      rt.push(runtimeRound(cpython));
      ms.push(runtimeRound(markSweep));
      py.push(pythonRound(n, 3));
    }
    const pyResult = result('python3', n, py);
    return {
      name: 'gc',
      unit: 'objects scanned per second by a full collection; ratio = runtime time / python3 time',
      rows: [
        row('cpython311 collector', result('runtime', n, rt), pyResult),
        row('mark-sweep collector', result('runtime', n, ms), pyResult),
      ],
      notes: [
        `${n} tracked lists in a chain plus one outer list; every collection finds nothing (all reachable)`,
        'target (issue 5): the cpython311 row within 10x of python3',
      ],
      extra: { objects: n, nsPerObject: { cpython311: (median(rt) * 1e9) / n, markSweep: (median(ms) * 1e9) / n, python3: (median(py) * 1e9) / n } },
    };
  },
};
