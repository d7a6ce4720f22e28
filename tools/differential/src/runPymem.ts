// Runs a program through pymem's interpreter (`runProgram` of @pymem/python), in process.
// Until the interpreter exports it, every run fails with InterpreterUnavailable: the harness
// never pretends.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { RunResult } from './runPython.js';

/** The entry point the harness expects from @pymem/python (see docs/CONTRACTS.md). */
export type RunProgram = (
  source: string,
  options: {
    readonly filename: string;
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly maxSteps?: number;
    readonly findModule?: (name: string) => { filename: string; source: string; isPackage?: boolean } | null;
  },
) => number | Promise<number>;

/** @pymem/python's folderModuleFinder over node:fs, for the modules a program imports from its own folder. */
async function moduleFinder(dir: string): Promise<RunProgramFinder | undefined> {
  const mod = (await import('@pymem/python')) as Record<string, unknown>;
  const make = mod.folderModuleFinder as ((d: string, files: { isFile(p: string): boolean; read(p: string): string }) => RunProgramFinder) | undefined;
  return make?.(dir, { isFile: (p) => existsSync(p) && statSync(p).isFile(), read: (p) => readFileSync(p, 'utf8') });
}
type RunProgramFinder = NonNullable<Parameters<RunProgram>[1]['findModule']>;

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
export async function runPymem(source: string, filename: string, maxSteps = 50_000_000, moduleDir?: string): Promise<RunResult> {
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
      // the program's own modules beside it (`_helper.py`), as python3 finds them on sys.path[0]
      ...(moduleDir !== undefined ? { findModule: await moduleFinder(moduleDir) } : {}),
    });
    return { stdout, stderr, exitCode };
  } catch (e) {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { stdout, stderr: `${stderr}\n[pymem crashed] ${detail}`, exitCode: -1 };
  }
}
