// `pymem run FILE.py`: runs a Python-subset program on the simulated CPython 3.11 runtime and
// prints what `python3 FILE.py` prints; the exit code is the program's. `--trace OUT` also
// writes every event of the run (JSON Lines for .jsonl, else the binary .pmt format).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collectors } from '@pymem/cycle-collector';
import { KEYBOARD_INTERRUPT_EXIT, runProgram, type ModuleFinder } from '@pymem/python';
import type { Runtime } from '@pymem/runtime';
import { createRuntimeTraceWriter, formatForPath, type TraceWriter } from '@pymem/tracing';
import { checkOutputPath, CliError, type CliIo } from '../io.js';
import { cleanOnInterrupt } from '../outputFiles.js';
import type { RegisterCommand } from './index.js';
import { collectModuleSources, scriptModuleFinder } from '../moduleFinder.js';
import { runScriptInThread } from '../programThread.js';

/** The options of `pymem run`. */
export interface RunOptions {
  maxSteps?: string;
  memoryLimit?: string;
  trace?: string;
  collector?: string;
  threshold?: string;
}

/** Parses `--threshold a[,b[,c]]` into 1 to 3 non-negative integers. */
export function parseThresholds(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 1 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) {
    throw new CliError(`--threshold expects 1 to 3 non-negative integers separated by commas, got "${text}"`);
  }
  return parts.map(Number);
}

/** Where a program came from, beyond its source: sys.argv[0] and where `import` finds the user's modules. */
export interface ProgramInput {
  readonly argv0?: string;
  readonly findModule?: ModuleFinder;
}

/** How `pymem run` sets up a run; a trace's header keeps it, so `pymem whatif` can run it again the same way. */
export interface RunSetup {
  /** A name in the collector registry. */
  readonly collector: string;
  /** `--threshold`: applied before the first line runs, like gc.set_threshold. */
  readonly setThreshold?: readonly number[];
  /** `--max-steps` of the recorded run: a re-run stops where it stopped. */
  readonly maxSteps?: number;
}

/**
 * Runs `source` the way `pymem run` does under `setup`: the collector from the registry, the
 * thresholds before the first line, and with `traced` the event log kept and the statement,
 * output and shutdown markers published. Returns the exit code.
 *
 * @example
 * ```ts
 * runWithSetup('print(1)\n', 'x.py', { collector: 'cpython311' }, { stdout: (t) => t, stderr: (t) => t, traced: true });
 * ```
 */
export function runWithSetup(
  source: string,
  filename: string,
  setup: RunSetup,
  options: {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly maxSteps?: number;
    readonly traced: boolean;
    readonly onRuntime?: (rt: Runtime) => void;
    /** Where `import` finds the user's own modules (none: only the builtin ones). */
    readonly findModule?: ModuleFinder;
    /** sys.argv[0], when it is not `filename`. */
    readonly argv0?: string;
    /** The interrupt flag (SIGINT), see RunOptions.interrupt of @pymem/python. */
    readonly interrupt?: Int32Array;
    /** The simulated memory limit in bytes (MemoryError past it). */
    readonly memoryLimit?: number;
  },
): number {
  return runProgram(source, {
    filename,
    ...(options.findModule ? { findModule: options.findModule } : {}),
    ...(options.argv0 !== undefined ? { argv0: options.argv0 } : {}),
    stdout: options.stdout,
    stderr: options.stderr,
    maxSteps: options.maxSteps,
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
    ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    // a trace carries the statement lines, the output and the shutdown as markers
    markers: options.traced,
    runtimeOptions: {
      record: options.traced,
      collector: (host) => collectors.create(setup.collector, host),
    },
    onRuntime: (rt: Runtime) => {
      if (setup.setThreshold) rt.setThreshold(...setup.setThreshold);
      options.onRuntime?.(rt);
    },
  });
}

export const registerRun: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('run')
    .description('run a Python program (the Python in docs/PYTHON.md) on the simulated memory manager')
    .argument('<file>', 'a .py file')
    .option('--max-steps <n>', 'stop (exit code 1) after this many statements, for runaway loops')
    .option('--memory-limit <MiB>', 'the simulated memory: an allocation that would take the program past this raises MemoryError in it (default 512)')
    .option('--trace <out>', 'write the run\'s events to OUT (.jsonl: JSON Lines, else .pmt)')
    .option('--collector <name>', `the cycle collector (${collectors.names().join(', ')})`, 'cpython311')
    .option('--threshold <a,b,c>', 'gc thresholds before the first line runs (like gc.set_threshold)')
    .addHelpText('after', '\nThe program runs on a worker thread whose stack holds deep recursion (sys.setrecursionlimit(10**5) and\nmore). Ctrl-C (SIGINT) raises KeyboardInterrupt in the program at its next step, as in python3;\nuncaught, it prints the traceback and pymem exits with 130.')
    .action(async (file: string, opts: RunOptions) => {
      io.exitCode = await runScriptInThread(file, opts, io);
    });
};

/**
 * What `pymem run FILE` does, on the thread it is called on (programThread.ts calls it on a
 * worker thread with a stack sized for deep recursion). Returns the program's exit code; bad
 * input is a CliError.
 *
 * @example
 * ```ts
 * runScript('lesson.py', {}, memoryIo()); // 0
 * ```
 */
export function runScript(file: string, opts: RunOptions, io: CliIo, interrupt?: Int32Array): number {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let maxSteps: number | undefined;
  if (opts.maxSteps !== undefined) {
    if (!/^\d+$/.test(opts.maxSteps) || Number(opts.maxSteps) < 1) throw new CliError(`--max-steps expects a positive integer, got "${opts.maxSteps}"`);
    maxSteps = Number(opts.maxSteps);
  }
  let memoryLimit: number | undefined;
  if (opts.memoryLimit !== undefined) {
    if (!/^\d+$/.test(opts.memoryLimit) || Number(opts.memoryLimit) < 1) throw new CliError(`--memory-limit expects a positive number of MiB, got "${opts.memoryLimit}"`);
    memoryLimit = Number(opts.memoryLimit) * 1024 * 1024;
  }
  const name = opts.collector ?? 'cpython311';
  if (!collectors.has(name)) throw new CliError(`unknown collector "${name}" (known: ${collectors.names().join(', ')})`);
  const thresholds = opts.threshold !== undefined ? parseThresholds(opts.threshold) : undefined;
  if (opts.trace !== undefined) {
    // refuse a trace that cannot be written before the program runs, not after
    checkOutputPath(opts.trace, '--trace');
    cleanOnInterrupt(opts.trace);
    try {
      formatForPath(opts.trace);
    } catch (error) {
      throw new CliError(`--trace ${(error as Error).message}`);
    }
  }
  let writer: TraceWriter | undefined;
  let exitCode: number;
  try {
    const setup: RunSetup = { collector: name, ...(thresholds ? { setThreshold: thresholds } : {}), ...(maxSteps !== undefined ? { maxSteps } : {}) };
    const trace = opts.trace;
    // python3 FILE.py: tracebacks and __file__ name the script by its absolute path, sys.argv[0] as typed
    const findModule = scriptModuleFinder(file);
    // a trace carries the user modules too, so `pymem whatif` runs the same program again
    const modules = trace !== undefined ? collectModuleSources(source, findModule) : {};
    const meta = { program: file, filename: resolve(file), source, ...(Object.keys(modules).length ? { modules } : {}) };
    exitCode = runWithSetup(source, resolve(file), setup, {
      argv0: file,
      stdout: (t) => io.out(t),
      stderr: (t) => io.err(t),
      maxSteps,
      ...(interrupt ? { interrupt } : {}),
      ...(memoryLimit !== undefined ? { memoryLimit } : {}),
      traced: trace !== undefined,
      findModule,
      onRuntime: (rt) => {
        // the set-up and the program's source: `pymem whatif TRACE` runs it again under other settings
        if (trace !== undefined) writer = createRuntimeTraceWriter(rt, trace, { config: { ...setup }, meta });
      },
    });
  } catch (e) {
    writer?.abort();
    throw e;
  }
  // the user interrupted the run and the program let KeyboardInterrupt end it: no trace, as if
  // pymem had stopped at once (a caught KeyboardInterrupt leaves a whole run, and its trace)
  if (writer && exitCode === KEYBOARD_INTERRUPT_EXIT && interrupt && interrupt.length > 1 && interrupt[1]! > 0) {
    writer.abort();
    writer = undefined;
  }
  try {
    writer?.close();
  } catch (error) {
    throw new CliError(`--trace ${opts.trace}: could not be written: ${(error as Error).message}`);
  }
  return exitCode;
}
