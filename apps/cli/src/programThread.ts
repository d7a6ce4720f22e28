// `pymem run` runs the program on a worker thread, for two reasons:
// - the stack. The interpreter walks compiled closures, so each Python call costs JavaScript
//   frames: about 1.5 KiB of stack per Python frame of plain recursion (measured: 516 frames in
//   a 1 MiB worker stack, 10,836 in 16 MiB, 44,472 in 64 MiB, 184,120 in 256 MiB), more when the
//   recursion passes through __repr__ or __eq__. Node's main thread has about 1 MiB (984 KiB), not
//   even enough for the default limit of 1000, and `node --stack-size` past the thread's real
//   stack (8 MiB under ulimit -s) crashes with SIGSEGV. A worker's resourceLimits.stackSizeMb
//   gives the thread a real stack of that size, so STACK_MB below holds a program that sets
//   sys.setrecursionlimit(10**5) and recurses that deep (150 MiB) with room to spare; the
//   memory is reserved, not used, until the recursion reaches it. An explicit stack in the
//   interpreter would lift the limit altogether, at the cost of rewriting every call path. If a
//   program outgrows even this stack, the run ends with pymem's one line (StackExhausted in
//   @pymem/python), never a RecursionError python3 would not raise.
// - SIGINT. The main thread stays free to receive the signal while the worker runs; it sets a
//   shared flag that the interpreter polls between steps and turns into KeyboardInterrupt.
import { Worker } from 'node:worker_threads';
import { CliError, type CliIo } from './io.js';
import type { RunOptions } from './commands/run.js';

/** The stack of the program's thread, in MiB (see the header). */
export const STACK_MB = 512;

/** Worker → main thread. */
export type ThreadReply =
  | { readonly kind: 'out' | 'err'; readonly text: string }
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'cliError'; readonly message: string; readonly code: number }
  | { readonly kind: 'crash'; readonly message: string; readonly stack: string };

/** The worker's entry and how to start it: the built file next to this one, or the sources through tsx. */
function workerEntry(): { url: URL; execArgv: string[]; entry?: string } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return { url: new URL('./workerBoot.mjs', here), execArgv: ['--conditions=@pymem/source'], entry: new URL('./programWorker.ts', here).href };
  }
  return { url: new URL('./programWorker.js', here), execArgv: [] };
}

/**
 * Runs `pymem run FILE` on a worker thread with a {@link STACK_MB} MiB stack, relaying its output
 * to `io` as it comes, and SIGINT to the program as KeyboardInterrupt. Resolves to the exit code.
 *
 * @example
 * ```ts
 * const code = await runScriptInThread('lesson.py', {}, processIo);
 * ```
 */
export function runScriptInThread(file: string, opts: RunOptions, io: CliIo): Promise<number> {
  // [0]: set by SIGINT, cleared by the interpreter when it raises; [1]: interrupts delivered
  const interrupt = new SharedArrayBuffer(8);
  const flag = new Int32Array(interrupt);
  const { url, execArgv, entry } = workerEntry();
  const worker = new Worker(url, {
    workerData: { file, opts: { ...opts }, interrupt, entry },
    execArgv,
    resourceLimits: { stackSizeMb: STACK_MB },
    stdout: false,
    stderr: false,
  });
  // python3's handler only sets a flag too (signal_handler → trip_signal); the program raises at its next step
  const onSigint = (): void => void Atomics.store(flag, 0, 1);
  process.on('SIGINT', onSigint);
  return new Promise<number>((resolve, reject) => {
    let result: ThreadReply | undefined;
    worker.on('message', (m: ThreadReply) => {
      if (m.kind === 'out') io.out(m.text);
      else if (m.kind === 'err') io.err(m.text);
      else result = m;
    });
    worker.on('error', (error) => {
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // the simulated limit (--memory-limit) normally ends such a program with MemoryError first
        result ??= { kind: 'cliError', message: 'the program ran out of JavaScript memory before reaching the simulated memory limit (a lower --memory-limit MiB ends it with MemoryError)', code: 1 };
      }
      result ??= { kind: 'crash', message: error.message, stack: error.stack ?? '' };
    });
    worker.on('exit', () => {
      process.off('SIGINT', onSigint);
      if (result?.kind === 'exit') resolve(result.code);
      else if (result?.kind === 'cliError') reject(new CliError(result.message, result.code));
      else if (result?.kind === 'crash') reject(Object.assign(new Error(result.message), { stack: result.stack }));
      else reject(new Error('the program thread ended without a result'));
    });
  });
}
