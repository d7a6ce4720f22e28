// The worker thread of `pymem run` (see programThread.ts): runs the script with runScript and
// posts every write to stdout and stderr to the main thread as it happens, then the exit code,
// a CliError's one line, or the crash of pymem's own code.
import { parentPort, workerData } from 'node:worker_threads';
import { CliError, type CliIo } from './io.js';
import { runScript, type RunOptions } from './commands/run.js';
import type { ThreadReply } from './programThread.js';

const { file, opts, interrupt } = workerData as { file: string; opts: RunOptions; interrupt: SharedArrayBuffer };
const post = (m: ThreadReply): void => parentPort!.postMessage(m);
const io: CliIo = { out: (text) => post({ kind: 'out', text }), err: (text) => post({ kind: 'err', text }), isTTY: false };
try {
  post({ kind: 'exit', code: runScript(file, opts, io, new Int32Array(interrupt)) });
} catch (error) {
  if (error instanceof CliError) post({ kind: 'cliError', message: error.message, code: error.exitCode });
  else post({ kind: 'crash', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? '') : '' });
}
