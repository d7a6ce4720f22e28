// `pymem record --out FILE -- SCRIPT.py [ARGS...]`: runs a Python program under the C recorder
// (tools/recorder, built with make on first use) and writes its allocator trace. The trace is
// written to a temporary file and renamed only when complete, so FILE is whole or absent.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { readAllocatorTrace, AllocatorTraceError } from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
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

function record(out: string, program: readonly string[], io: CliIo): void {
  if (program.length === 0) throw new CliError('nothing to record: give a program after --, e.g. pymem record --out t.trace -- script.py');
  const first = program[0]!;
  if (!first.startsWith('-') && !existsSync(first)) throw new CliError(`no such Python script: ${first}`);
  const target = resolve(out);
  if (!existsSync(dirname(target))) throw new CliError(`cannot write ${out}: its folder does not exist`);
  const binary = ensureRecorder();
  const partial = `${target}.partial-${process.pid}`;
  // On a terminal the program talks to it directly; otherwise (tests, pipes) its output goes through io.
  const run = spawnSync(binary, [partial, ...program], { stdio: io.isTTY ? 'inherit' : ['inherit', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (run.stdout?.length) io.out(run.stdout.toString());
  if (run.stderr?.length) io.err(run.stderr.toString());
  try {
    if (run.error) throw new CliError(`cannot run the recorder: ${run.error.message}`);
    if (!existsSync(partial)) throw new CliError('the recorder wrote no trace');
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
    io.err(`pymem: recorded ${footer.records.toLocaleString('en-US')} allocator calls in ${(footer.elapsedNs / 1e9).toFixed(3)} s to ${out}\n`);
    io.exitCode = run.status ?? 1;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** `pymem record`. */
export const registerRecord: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('record')
    .description('run a Python program in the real CPython and record every pymalloc call to an allocator trace')
    .requiredOption('-o, --out <file>', 'the trace file to write')
    .argument('<program...>', 'after --: SCRIPT.py [ARGS...], or -m MODULE [ARGS...], or -c CODE')
    .usage('--out FILE -- SCRIPT.py [ARGS...]')
    .action((programArgs: string[], options: { out: string }) => record(options.out, programArgs, io));
};
