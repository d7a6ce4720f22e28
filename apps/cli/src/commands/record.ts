// `pymem record --out FILE -- SCRIPT.py [ARGS...]`: runs a Python program under the C recorder
// (tools/recorder, built with make on first use) and writes its allocator trace. The trace is
// written to a temporary file and renamed only when complete, so FILE is whole or absent.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { readAllocatorTrace, AllocatorTraceError, type AllocatorTraceFooter } from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
import { cleanOnInterrupt } from '../outputFiles.js';
import { parseGcSettings } from './gcSettings.js';
import type { RegisterCommand } from './index.js';
import { withFileSource } from './replay.js';

/** The folder holding the recorder's Makefile: PYMEM_RECORDER_DIR, or tools/recorder found upwards. */
export function findRecorderDir(): string {
  const fromEnv = process.env.PYMEM_RECORDER_DIR;
  if (fromEnv) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'tools', 'recorder');
    if (existsSync(join(candidate, 'Makefile'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new CliError('cannot find tools/recorder (set PYMEM_RECORDER_DIR to its folder)');
    dir = up;
  }
}

/** Builds the recorder if needed (make is a no-op when it is up to date) and returns the binary. */
export function ensureRecorder(): string {
  const dir = findRecorderDir();
  const made = spawnSync('make', ['--no-print-directory', '-s', '-C', dir], { encoding: 'utf8' });
  if (made.error || made.status !== 0) {
    const why = made.error ? made.error.message : `${made.stderr}${made.stdout}`.trim();
    throw new CliError(`building the recorder failed (it needs make, gcc and python3-dev; see tools/scripts/install-system-deps.sh):\n${why}`);
  }
  return join(dir, 'build', 'pymem-recorder');
}

/** How {@link recordProgram} runs the recorder. */
export interface RecordProgramOptions {
  /** PYMEM_RECORDER_GC: collector settings applied before the program runs (gcSettings.ts). */
  readonly gc?: string;
  /** PYTHONHASHSEED for the run (default: the environment's). */
  readonly hashSeed?: string;
  /** Pass the program's stdin, stdout and stderr through (a terminal), else capture its output. */
  readonly passThrough: boolean;
  /** The program reads an empty stdin (runs repeated under several settings). */
  readonly ignoreStdin?: boolean;
  /** Receives the captured output as soon as the program ends (before the trace is checked). */
  readonly onOutput?: (stdout: string, stderr: string) => void;
}

/** A finished recording: the program's exit status and output (when captured) and the trace's footer. */
export interface RecordedProgram {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly footer: AllocatorTraceFooter;
}

/**
 * Checks the program given after `--` (a script that exists, or -m/-c) before any work.
 * @throws CliError when nothing is given or the script is missing.
 */
export function checkProgram(program: readonly string[], command: string): void {
  if (program.length === 0) throw new CliError(`nothing to record: give a program after --, e.g. pymem ${command} -- script.py`);
  const first = program[0]!;
  if (!first.startsWith('-') && !existsSync(first)) throw new CliError(`no such Python script: ${first}`);
}

/**
 * Runs `program` under the recorder, writing the trace to `target` only when it is complete
 * (through a temporary file beside it, removed whatever happens).
 * @throws CliError when the recorder cannot run or the program ends without finishing its trace.
 */
export function recordProgram(binary: string, target: string, program: readonly string[], options: RecordProgramOptions): RecordedProgram {
  const partial = `${target}.partial-${process.pid}`;
  cleanOnInterrupt(target);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.gc !== undefined) env.PYMEM_RECORDER_GC = options.gc;
  else delete env.PYMEM_RECORDER_GC;
  if (options.hashSeed !== undefined) env.PYTHONHASHSEED = options.hashSeed;
  const run = spawnSync(binary, [partial, ...program], {
    stdio: options.passThrough ? 'inherit' : [options.ignoreStdin ? 'ignore' : 'inherit', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env,
  });
  const stdout = run.stdout?.toString() ?? '';
  const stderr = run.stderr?.toString() ?? '';
  options.onOutput?.(stdout, stderr);
  try {
    if (run.error) throw new CliError(`cannot run the recorder: ${run.error.message}`);
    if (!existsSync(partial)) throw new CliError(`the recorder wrote no trace${stderr ? `: ${stderr.trim()}` : ''}`);
    let footer;
    try {
      footer = withFileSource(partial, (source) => readAllocatorTrace(source, () => {}).footer);
    } catch (error) {
      if (error instanceof AllocatorTraceError) {
        throw new CliError(`the program ended without finishing its trace (killed, os._exit or a crash?): ${error.message}`);
      }
      throw error;
    }
    renameSync(partial, target);
    return { status: run.status ?? 1, stdout, stderr, footer };
  } finally {
    rmSync(partial, { force: true });
  }
}

function record(out: string, program: readonly string[], gc: string | undefined, io: CliIo): void {
  checkProgram(program, 'record --out t.trace');
  const settings = gc === undefined ? undefined : parseGcSettings(gc).recorderSpec;
  const target = resolve(out);
  if (!existsSync(dirname(target))) throw new CliError(`cannot write ${out}: its folder does not exist`);
  const binary = ensureRecorder();
  // On a terminal the program talks to it directly; otherwise (tests, pipes) its output goes
  // through io, shown even when its trace turns out unusable.
  const result = recordProgram(binary, target, program, {
    gc: settings,
    passThrough: io.isTTY,
    onOutput: (stdout, stderr) => {
      if (stdout) io.out(stdout);
      if (stderr) io.err(stderr);
    },
  });
  io.err(`pymem: recorded ${result.footer.records.toLocaleString('en-US')} allocator calls in ${(result.footer.elapsedNs / 1e9).toFixed(3)} s to ${out}\n`);
  io.exitCode = result.status;
}

/** `pymem record`. */
export const registerRecord: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('record')
    .description('run a Python program in the real CPython and record every pymalloc call to an allocator trace')
    .requiredOption('-o, --out <file>', 'the trace file to write')
    .option('--gc <settings>', 'collector settings applied before the program runs: threshold=A/B/C, freeze, disable (joined by commas)')
    .argument('<program...>', 'after --: SCRIPT.py [ARGS...], or -m MODULE [ARGS...], or -c CODE')
    .usage('--out FILE [--gc SETTINGS] -- SCRIPT.py [ARGS...]')
    .action((programArgs: string[], options: { out: string; gc?: string }) => record(options.out, programArgs, options.gc, io));
};
