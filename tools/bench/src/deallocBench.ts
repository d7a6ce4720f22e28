// Benchmark of deallocation through the trashcan: build a deeply nested list ([[[...]]], one
// list per level) on the runtime and free it with one decref, against python3 doing the same
// (`x = []; for _ in range(n): x = [x]; del x`), timed inside python3 so start-up is excluded.
// Rounds alternate runtime / python3 so machine drift hits both alike.
import { execFileSync } from 'node:child_process';
import { BuiltinType } from '@pymem/object-model';
import { createRuntime } from '@pymem/runtime';
import { row, type BenchContext, type BenchReport, type Benchmark, type VariantResult } from './harness.js';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Seconds to build and free a `depth`-deep nested list on a fresh runtime. */
function runtimeRound(depth: number, checks: boolean): { build: number; free: number } {
  const rt = createRuntime({ checks });
  const t0 = process.hrtime.bigint();
  let x = rt.allocate(BuiltinType.list);
  for (let i = 0; i < depth; i++) {
    const outer = rt.allocate(BuiltinType.list, { slots: 1 });
    rt.setSlot(outer, 0, x, true);
    x = outer;
  }
  const t1 = process.hrtime.bigint();
  rt.decref(x);
  const t2 = process.hrtime.bigint();
  if (rt.heap.totals().dynamicObjects !== 0) throw new Error('dealloc bench: objects left after the free');
  return { build: Number(t1 - t0) / 1e9, free: Number(t2 - t1) / 1e9 };
}

const PYTHON = `
import sys, time
n = int(sys.argv[1])
t0 = time.perf_counter()
x = []
for _ in range(n):
    x = [x]
t1 = time.perf_counter()
del x
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
`;

/** Seconds python3 takes for the same, measured inside python3. */
function pythonRound(depth: number): { build: number; free: number } {
  const [build, free] = execFileSync('python3', ['-c', PYTHON, String(depth)], { encoding: 'utf8' }).trim().split(' ').map(Number);
  return { build: build!, free: free! };
}

const result = (name: string, depth: number, seconds: number[]): VariantResult => {
  const rates = seconds.map((s) => depth / s);
  return { name, opsPerSec: median(rates), rounds: rates };
};

export const deallocBench: Benchmark = {
  name: 'dealloc',
  description: 'build and free a million-deep nested list (trashcan) on the runtime vs python3 doing the same',
  run(ctx: BenchContext): BenchReport {
    const depth = ctx.quick ? 20_000 : 1_000_000;
    const rounds = ctx.quick ? 1 : 5;
    const rt: { build: number[]; free: number[] } = { build: [], free: [] };
    const fast: { build: number[]; free: number[] } = { build: [], free: [] };
    const py: { build: number[]; free: number[] } = { build: [], free: [] };
    runtimeRound(Math.min(depth, 50_000), true); // warm-up
    for (let r = 0; r < rounds; r++) {
      ctx.log(`dealloc: round ${r + 1}/${rounds}, depth ${depth}`);
      const a = runtimeRound(depth, true);
      const b = runtimeRound(depth, false);
      const p = pythonRound(depth);
      rt.build.push(a.build);
      rt.free.push(a.free);
      fast.build.push(b.build);
      fast.free.push(b.free);
      py.build.push(p.build);
      py.free.push(p.free);
    }
    const rows = [
      row('build, checks on', result('runtime', depth, rt.build), result('python3', depth, py.build)),
      row('free, checks on', result('runtime', depth, rt.free), result('python3', depth, py.free)),
      row('build, checks off', result('runtime', depth, fast.build), result('python3', depth, py.build)),
      row('free, checks off', result('runtime', depth, fast.free), result('python3', depth, py.free)),
    ];
    return {
      name: 'dealloc',
      unit: 'lists per second; ratio = runtime time / python3 time for the same depth',
      rows,
      notes: [`depth ${depth}; every event goes through the bus (heap, refcounts, intern table, pool allocator, collector)`],
    };
  },
};
