// `pymem compare`: real runs side by side. Either traces already recorded by `pymem record`
// (`pymem compare A.trace B.trace`), or one program re-run under real CPython once per
// collector setting (`pymem compare --config threshold=7000/10/10 --config freeze -- app.py`),
// each through the recorder with the same PYTHONHASHSEED. Every run is replayed (its table
// checked against CPython's) and the figures are shown against the first run's.
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  AllocatorTraceError,
  analyzeRecordedRun,
  compareRecordedRuns,
  formatRunComparison,
  isAllocatorTrace,
  summarizeRecordedRun,
  type RunSummary,
} from '@pymem/pool-allocator';
import { CliError, checkOutputPath, type CliIo } from '../io.js';
import { removeFolderOnInterrupt } from '../outputFiles.js';
import { parseGcSettings, type GcSettings } from './gcSettings.js';
import type { RegisterCommand } from './index.js';
import { checkProgram, ensureRecorder, recordProgram } from './record.js';
import { withFileSource } from './replay.js';

interface CompareOptions {
  config: string[];
  json?: boolean;
  hashSeed: string;
  keep?: string;
  top: string;
  fewBlocks: string;
}

const positive = (value: string, flag: string): number => {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1) throw new CliError(`${flag} must be a positive integer, not "${value}"`);
  return v;
};

/** Checks that `file` starts like an allocator trace, with a message that says what it is instead. */
function checkTraceFile(file: string): void {
  const head = new Uint8Array(8);
  let n: number;
  try {
    const fd = openSync(file, 'r');
    try {
      n = readSync(fd, head, 0, 8, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a folder, not a trace`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (isAllocatorTrace(head.subarray(0, n))) return;
  const text = new TextDecoder().decode(head.subarray(0, n));
  const hint = text.startsWith('PYMT') || text.startsWith('{') ? ' (an event trace of `pymem run --trace`: compare it with `pymem diff`)' : '';
  if (file.endsWith('.py')) throw new CliError(`${file}: a Python script, not a trace; to run it under several settings: pymem compare --config default --config freeze -- ${file}`);
  throw new CliError(`${file}: not an allocator trace${hint}; pymem compare reads what \`pymem record\` writes`);
}

function summarize(file: string, label: string, fewBlocks: number): RunSummary {
  try {
    return withFileSource(file, (source) => summarizeRecordedRun(analyzeRecordedRun(source), label, { fewBlocks }));
  } catch (error) {
    if (error instanceof AllocatorTraceError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Labels made unique: a repeated one gets " #2", " #3". */
function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} #${n}`;
  });
}

/** One run of the comparison: where its trace is and how it was made. */
interface RunSource {
  readonly label: string;
  readonly trace: string;
  readonly settings?: string;
  readonly exitStatus?: number;
}

/** Records `program` once per setting; returns the traces (in `dir`). */
function recordRuns(program: readonly string[], settings: readonly GcSettings[], dir: string, hashSeed: string, io: CliIo): RunSource[] {
  const binary = ensureRecorder();
  const labels = uniqueLabels(settings.map((s) => s.label));
  return settings.map((s, i) => {
    const label = labels[i]!;
    const trace = join(dir, `${String(i + 1).padStart(2, '0')}-${label.replace(/[^\w.=-]+/g, '_')}.trace`);
    io.err(`pymem: run ${i + 1} of ${settings.length} (${label}): recording\n`);
    let result;
    try {
      result = recordProgram(binary, trace, program, { gc: s.recorderSpec, hashSeed, passThrough: false, ignoreStdin: true });
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`run ${label}: ${error.message}`);
      throw error;
    }
    if (result.status !== 0) {
      const tail = result.stderr.trimEnd().split('\n').slice(-5).join('\n');
      io.err(`pymem: run ${label}: the program exited with status ${result.status}${tail ? `; its last lines of stderr:\n${tail}` : ''}\n`);
    }
    return { label, trace, settings: s.recorderSpec, exitStatus: result.status };
  });
}

function compare(inputs: readonly string[], options: CompareOptions, io: CliIo): void {
  const top = positive(options.top, '--top');
  const fewBlocks = positive(options.fewBlocks, '--few-blocks');
  if (!/^\d+$/.test(options.hashSeed) || Number(options.hashSeed) > 4294967295) {
    throw new CliError(`--hash-seed must be an integer from 0 to 4294967295 (PYTHONHASHSEED), not "${options.hashSeed}"`);
  }
  let runs: RunSource[];
  let temp: string | undefined;
  try {
    if (options.config.length > 0) {
      const settings = options.config.map(parseGcSettings);
      checkProgram(inputs, 'compare --config default --config freeze');
      // One setting alone is compared against the default.
      if (settings.length === 1) settings.unshift({ label: 'default', recorderSpec: 'default' });
      let dir: string;
      if (options.keep !== undefined) {
        dir = resolve(options.keep);
        checkOutputPath(join(dir, 'x.trace'), '--keep');
      } else {
        dir = temp = mkdtempSync(join(tmpdir(), 'pymem-compare-'));
        removeFolderOnInterrupt(temp);
      }
      runs = recordRuns(inputs, settings, dir, options.hashSeed, io);
    } else {
      if (options.keep !== undefined) throw new CliError('--keep keeps the traces of runs made with --config; here the traces are given');
      if (inputs.length < 2) {
        throw new CliError(
          inputs.length === 1 && inputs[0]!.endsWith('.py')
            ? `give --config settings to run ${inputs[0]} under, e.g. pymem compare --config default --config freeze -- ${inputs[0]}`
            : 'give two traces or more (pymem compare A.trace B.trace), or --config settings and a program after --',
        );
      }
      for (const file of inputs) checkTraceFile(file);
      runs = uniqueLabels(inputs.map((f) => basename(f))).map((label, i) => ({ label, trace: inputs[i]! }));
    }
    const summaries = runs.map((r) => summarize(r.trace, r.label, fewBlocks));
    const comparison = compareRecordedRuns(summaries, { topSites: top });
    if (options.json) {
      const withSources = {
        ...comparison,
        hashSeed: options.config.length > 0 ? Number(options.hashSeed) : null,
        runs: comparison.runs.map((r, i) => ({ ...r, trace: options.keep !== undefined || options.config.length === 0 ? runs[i]!.trace : null, settings: runs[i]!.settings ?? null, exitStatus: runs[i]!.exitStatus ?? null })),
      };
      io.out(`${JSON.stringify(withSources, null, 2)}\n`);
    } else {
      io.out(formatRunComparison(comparison));
      if (options.keep !== undefined) io.out(`\nTraces kept in ${options.keep} (pymem report TRACE for one run in full)\n`);
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/** `pymem compare`. */
export const registerCompare: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('compare')
    .description(
      'compare real runs: traces recorded by `pymem record`, or a program re-run under real CPython once per collector setting ' +
        '(run time, CPU, peak RSS, collections and pauses per generation, objects collected, arenas, sites that changed)',
    )
    .argument('<inputs...>', 'two traces or more, or (with --config) after --: SCRIPT.py [ARGS...] | -m MODULE | -c CODE')
    .usage('A.trace B.trace [...]\n       pymem compare --config SETTING [--config SETTING ...] -- SCRIPT.py [ARGS...]')
    .option(
      '--config <setting>',
      'run the program under this collector setting (repeatable): default, threshold=A[/B[/C]], freeze, disable, joined by commas, optionally LABEL:SETTING; one setting alone is compared against default',
      (value: string, list: string[]) => [...list, value],
      [] as string[],
    )
    .option('--hash-seed <n>', 'PYTHONHASHSEED of every run made with --config', '0')
    .option('--keep <dir>', 'keep the traces of the runs made with --config in this folder')
    .option('--json', 'print the comparison as JSON')
    .option('--top <n>', 'sites listed in each ranking', '10')
    .option('--few-blocks <n>', 'an arena is pinned when fewer than n live blocks hold it', '64')
    .addHelpText(
      'after',
      '\nSettings are applied just before the program runs (after start-up and site): gc.set_threshold(A, B, C), gc.freeze()\n' +
        '(everything allocated by start-up moves to the permanent generation), gc.disable(). The program reads an empty stdin;\n' +
        "its output is not shown unless it fails. To try pymalloc's own parameters (arena and pool sizes) instead, which real\n" +
        'CPython cannot change, re-simulate a trace: pymem whatif TRACE --config arenaSize=262144.\n',
    )
    .action((inputs: string[], options: CompareOptions) => compare(inputs, options, io));
};
