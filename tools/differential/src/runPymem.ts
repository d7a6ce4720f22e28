// Runs a program through pymem's interpreter (`runProgram` of @pymem/python), in process.
// Until the interpreter exports it, every run fails with InterpreterUnavailable: the harness
// never pretends.
import type { RunResult } from './runPython.js';

/** The entry point the harness expects from @pymem/python (see docs/CONTRACTS.md). */
export type RunProgram = (
  source: string,
  options: {
    readonly filename: string;
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly maxSteps?: number;
  },
) => number | Promise<number>;

/** Raised for every run while @pymem/python has no `runProgram`. */
export class InterpreterUnavailable extends Error {
  constructor(detail: string) {
    super(`interpreter not yet available: ${detail}`);
    this.name = 'InterpreterUnavailable';
  }
}

let cached: Promise<RunProgram | Error> | undefined;

/**
 * Finds `runProgram` in @pymem/python, or the reason it is not there.
 *
 * @example
 * ```ts
 * const run = await loadRunProgram(); // a function, or an InterpreterUnavailable error
 * ```
 */
export function loadRunProgram(): Promise<RunProgram | Error> {
  cached ??= import('@pymem/python').then(
    (mod) => {
      const fn = (mod as Record<string, unknown>).runProgram;
      return typeof fn === 'function' ? (fn as RunProgram) : new InterpreterUnavailable('@pymem/python does not export runProgram');
    },
    (e: unknown) => new InterpreterUnavailable(`@pymem/python failed to load: ${e instanceof Error ? e.message : String(e)}`),
  );
  return cached;
}

/**
 * Runs `source` in pymem and collects what it printed. A crash of the interpreter itself
 * (an exception escaping `runProgram`) is a failed run with exit code -1 and the error on stderr.
 *
 * @example
 * ```ts
 * const r = await runPymem('print(1)\n', 'one.py');
 * // r.stdout === '1\n' once the interpreter exists; until then r.exitCode === -1
 * ```
 */
export async function runPymem(source: string, filename: string, maxSteps = 50_000_000): Promise<RunResult> {
  const run = await loadRunProgram();
  if (run instanceof Error) return { stdout: '', stderr: run.message, exitCode: -1 };
  let stdout = '';
  let stderr = '';
  try {
    const exitCode = await run(source, {
      filename,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      maxSteps,
    });
    return { stdout, stderr, exitCode };
  } catch (e) {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { stdout, stderr: `${stderr}\n[pymem crashed] ${detail}`, exitCode: -1 };
  }
}
