// Limits on a program that a command runs for the user (`pymem whatif`'s re-simulations): a step
// limit (the interpreter's maxSteps) and a memory ceiling (the JS heap, checked every 64 Ki
// events), so a recorded program that loops or grows forever ends with one line, not a hang or
// Node's heap running out.
import { getHeapStatistics } from 'node:v8';
import type { Runtime } from '@pymem/runtime';
import { CliError } from '../io.js';

/** How far a program run by a command may go. */
export interface RunLimits {
  /** Statements (and comprehension iterations) before the run is stopped. */
  readonly maxSteps: number;
  /** JS heap in use, in MiB, before the run is stopped. */
  readonly maxMemoryMb: number;
  /** The step limit is the recorded run's own (`run --max-steps`): reaching it is the expected end, not an error. */
  readonly recordedSteps?: boolean;
}

/** Default step limit: about 10-20 s of a simple loop. */
export const DEFAULT_MAX_STEPS = 100_000_000;

/** Default memory ceiling: 2 GiB, or three quarters of Node's heap limit when that is lower. */
export function defaultMaxMemoryMb(): number {
  return Math.min(2048, Math.floor((getHeapStatistics().heap_size_limit / 1048576) * 0.75));
}

/**
 * Reads `--max-steps` and `--max-memory` (MiB), with the defaults when absent.
 *
 * @example
 * ```ts
 * parseRunLimits({ maxSteps: '1000' }).maxSteps; // 1000
 * ```
 */
export function parseRunLimits(opts: { maxSteps?: string; maxMemory?: string }): RunLimits {
  const positive = (text: string | undefined, flag: string, fallback: number): number => {
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new CliError(`${flag} expects a positive integer, got "${text}"`);
    return Number(text);
  };
  return { maxSteps: positive(opts.maxSteps, '--max-steps', DEFAULT_MAX_STEPS), maxMemoryMb: positive(opts.maxMemory, '--max-memory', defaultMaxMemoryMb()) };
}

const STEP_LIMIT_TEXT = /pymem: stopped after \d+ steps/;

/**
 * Guards one run: `onRuntime` starts the memory watch, `finish` turns a run that reached a
 * limit (or threw because of the ceiling) into a `CliError` of one line naming `what`.
 *
 * @example
 * ```ts
 * const guard = guardRun(limits, 'whatif default');
 * try { code = runProgram(src, { maxSteps: limits.maxSteps, onRuntime: guard.onRuntime, ... }); } catch (e) { guard.failed(e); }
 * guard.finish(output);
 * ```
 */
export function guardRun(limits: RunLimits, what: string): {
  onRuntime(rt: Runtime): void;
  /** Rethrows `error`, as the ceiling's one line when the ceiling caused it. */
  failed(error: unknown): never;
  /** Throws when the program's output says the step limit stopped it. */
  finish(output: string): void;
} {
  const ceiling = limits.maxMemoryMb * 1048576;
  let reached = false;
  let events = 0;
  const ceilingError = () =>
    new CliError(`${what}: the program reached the memory ceiling of ${limits.maxMemoryMb} MiB after ${events.toLocaleString('en-US')} events (--max-memory MiB allows more)`);
  return {
    onRuntime(rt) {
      rt.bus.subscribe(() => {
        if ((++events & 0xffff) !== 0 || reached) return;
        if (process.memoryUsage().heapUsed > ceiling) {
          reached = true;
          throw ceilingError();
        }
      });
    },
    failed(error) {
      if (reached) throw ceilingError();
      throw error;
    },
    finish(output) {
      if (!limits.recordedSteps && STEP_LIMIT_TEXT.test(output.slice(-200))) {
        throw new CliError(`${what}: the program did not finish within ${limits.maxSteps.toLocaleString('en-US')} steps (--max-steps N allows more)`);
      }
    },
  };
}
