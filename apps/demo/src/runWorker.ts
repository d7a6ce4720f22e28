// Runs a program off the page's main thread: @pymem/python's runProgram on a fresh runtime,
// its bus's events posted to the page in batches as they happen, then the runtime's own final
// state (for checking the views) and the exit code. runProgram's markers give the timeline its
// statements (with lines), the printed text (`output`, right after the print) and the shutdown.
import { runProgram } from '@pymem/python';
import type { Runtime } from '@pymem/runtime';
import { packEvents } from './eventPacking.js';
import type { WorkerReply, WorkerRequest, RuntimeFinalState } from './runProtocol.js';

const BATCH = 8192;

function finalState(rt: Runtime): RuntimeFinalState {
  const handles: number[] = [];
  const refcounts: number[] = [];
  const generations: number[] = [];
  rt.heap.forEachLive((h: number) => {
    handles.push(h);
    refcounts.push(rt.refcounts.refcount(h));
    generations.push(rt.collector?.generationOf?.(h) ?? -2);
  });
  return { handles, refcounts, generations, counts: [...rt.getCount()], thresholds: [...rt.getThreshold()] };
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const { source, filename, maxSteps, memoryLimit } = ev.data;
  const post = (m: WorkerReply): void => self.postMessage(m);
  let runtime: Runtime | undefined;
  let stdout = '';
  let stderr = '';
  // the runtime records from its first event (the static objects come before onRuntime); each
  // batch is packed, handed over and dropped from the record so the worker holds one batch at a time
  const flush = (): void => {
    if (!runtime || !runtime.log.length) return;
    const packed = packEvents(runtime.log.splice(0));
    self.postMessage({ kind: 'events', packed } satisfies WorkerReply, { transfer: [packed.values.buffer] });
  };
  try {
    const code = runProgram(source, {
      filename,
      maxSteps,
      memoryLimit,
      // statement, output and shutdown markers on the bus, so the timeline knows lines and output
      markers: true,
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      runtimeOptions: { record: true },
      onRuntime: (rt) => {
        runtime = rt;
        rt.bus.subscribe(() => {
          if (rt.log.length >= BATCH) flush();
        });
      },
    });
    flush();
    post({ kind: 'done', exitCode: code, stdout, stderr, final: runtime ? finalState(runtime) : undefined });
  } catch (error) {
    flush();
    post({ kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error), stdout, stderr });
  }
};
