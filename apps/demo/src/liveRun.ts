// A live run: the program runs in a worker (runWorker.ts) on a fresh simulated runtime and every
// event of its bus lands in a timeline as it arrives, so the page stays responsive and shows
// progress. A program outside the subset, or one that raises, keeps its events and gets its
// message (with the line) in the page.
import { unpackEvents } from './eventPacking.js';
import { createTimeline } from './model/timeline.js';
import type { LoadedRun } from './runs.js';
import { builtinTypeNames } from './runs.js';
import type { RuntimeFinalState, WorkerReply, WorkerRequest } from './runProtocol.js';

/** Statements a live run may execute before it is stopped (a runaway loop ends with a message). */
export const MAX_STEPS = 5_000_000;

/**
 * The simulated memory of a live run, in bytes: past it the program gets MemoryError. Lower than
 * the CLI's 512 MiB because the page keeps every event of the run for time travel (a program that
 * grows to 64 MiB in 1,000-item lists already makes about 8 million events).
 */
export const MEMORY_LIMIT = 64 * 1024 * 1024;

/** A live run plus the runtime's own final state, for checking the views against it. */
export interface LiveRun extends LoadedRun {
  readonly final: RuntimeFinalState | undefined;
}

/**
 * The source line an error output names: `(line N, column C)` of a subset error, else the last
 * `line N` of a traceback. 0 when none.
 *
 * @example
 * ```ts
 * errorLine('  File "x.py", line 3, in <module>\nNameError: name \'y\' is not defined\n'); // 3
 * ```
 */
export function errorLine(stderr: string): number {
  const subset = /\(line (\d+), column \d+\)/.exec(stderr);
  if (subset) return Number(subset[1]);
  const all = [...stderr.matchAll(/line (\d+)/g)];
  return all.length ? Number(all[all.length - 1]![1]) : 0;
}

let worker: Worker | undefined;

/**
 * Runs `source` in a worker; `onProgress` hears how many events have arrived.
 *
 * @example
 * ```ts
 * const run = await runLive('a = []\n', 'demo.py', (n) => console.log(n));
 * ```
 */
export function runLive(source: string, filename: string, onProgress: (events: number) => void): Promise<LiveRun> {
  worker?.terminate();
  const w = new Worker(new URL('./runWorker.ts', import.meta.url), { type: 'module' });
  worker = w;
  const timeline = createTimeline({ typeNames: builtinTypeNames });
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (extra: Partial<LiveRun> & Pick<LiveRun, 'error'>): void => {
      w.terminate();
      if (worker === w) worker = undefined;
      resolve({ kind: 'live', title: filename, timeline, source, final: undefined, loadMs: performance.now() - started, ...extra });
    };
    w.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const m = ev.data;
      if (m.kind === 'events') {
        timeline.append(unpackEvents(m.packed));
        onProgress(timeline.length);
      } else if (m.kind === 'done') {
        const line = m.exitCode !== 0 ? errorLine(m.stderr) : 0;
        const error = m.exitCode !== 0 ? { message: m.stderr.trim() || `exit code ${m.exitCode}`, line } : undefined;
        finish({ stdout: m.stdout, stderr: m.stderr, exitCode: m.exitCode, final: m.final, error });
      } else {
        finish({ stdout: m.stdout, stderr: m.stderr, error: { message: `pymem could not run this program: ${m.message}` } });
      }
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      finish({ error: { message: `pymem could not run this program: ${ev.message || 'the worker failed to start'}` } });
    };
    w.postMessage({ source, filename, maxSteps: MAX_STEPS, memoryLimit: MEMORY_LIMIT } satisfies WorkerRequest);
  });
}
