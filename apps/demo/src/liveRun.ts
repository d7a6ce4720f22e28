// A live run: the program runs in the page on a fresh simulated runtime and every event of its
// bus lands in a timeline. The interpreter is @pymem/python's `runProgram`.
import type { LoadedRun } from './runs.js';

/** Why a program could not run, shown in the page. */
export interface ProgramProblem {
  readonly message: string;
  readonly line?: number;
}

/**
 * Runs `source` on the interpreter and returns the run, or a problem to show.
 *
 * @example
 * ```ts
 * const run = await runLive('a = []\n');
 * ```
 */
export async function runLive(source: string, title: string): Promise<LoadedRun | ProgramProblem> {
  void source;
  void title;
  return {
    message:
      'The Python interpreter (@pymem/python runProgram) is not part of this build yet: programs cannot run in the page. Open a trace file (pymem run FILE.py --trace OUT.pmt) to see a run.',
  };
}
