// `pymem report TRACE`: what a run recorded by `pymem record` did with its memory: the
// collections and their pauses, the allocator's peak and end, the allocation sites holding
// the memory and the arenas pinned by a few live blocks (text, or --json). --check exits 1
// when the replayed table or the recorded collections disagree with what CPython reported.
import { openSync, readSync, closeSync } from 'node:fs';
import type { Command } from 'commander';
import { AllocatorTraceError, analyzeRecordedRun, buildRecordedRunReport, formatRecordedRunReport, isAllocatorTrace } from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';
import { withFileSource } from './replay.js';

interface ReportOptions {
  json?: boolean;
  check?: boolean;
  top: string;
  fewBlocks: string;
  arenas: string;
}

const positive = (value: string, flag: string): number => {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1) throw new CliError(`${flag} must be a positive integer, not "${value}"`);
  return v;
};

function report(file: string, options: ReportOptions, io: CliIo): void {
  const topSites = positive(options.top, '--top');
  const fewBlocks = positive(options.fewBlocks, '--few-blocks');
  const arenas = positive(options.arenas, '--arenas');
  const head = new Uint8Array(8);
  try {
    const fd = openSync(file, 'r');
    readSync(fd, head, 0, 8, 0);
    closeSync(fd);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (!isAllocatorTrace(head)) throw new CliError(`${file}: not an allocator trace (pymem report reads what \`pymem record\` writes)`);
  let run;
  try {
    run = withFileSource(file, (source) => analyzeRecordedRun(source));
  } catch (error) {
    if (error instanceof AllocatorTraceError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  const result = buildRecordedRunReport(run, { topSites, fewBlocks });
  if (options.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
  else io.out(formatRecordedRunReport(result, file, { arenas }));
  if (options.check) {
    const failed: string[] = [];
    if (result.allocator.checked === null) failed.push('the trace carries no table of CPython to check against');
    else if (!result.allocator.checked) failed.push(`the replayed allocator table differs from CPython's (${result.allocator.differences.length} lines)`);
    if (result.gc.checked === null) failed.push('the trace carries no gc.get_stats() (recorded by a format 1 recorder)');
    else if (!result.gc.checked) failed.push(`the recorded collections differ from gc.get_stats(): ${result.gc.differences.join('; ')}`);
    if (failed.length > 0) {
      io.err(`pymem: report --check failed: ${failed.join('; ')}\n`);
      io.exitCode = 1;
    } else if (!options.json) {
      io.err(`pymem: checked: the table equals CPython's and ${result.gc.pauses.length} collections equal gc.get_stats()\n`);
    }
  }
}

/** `pymem report`. */
export const registerReport: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('report')
    .description('report on a run recorded by `pymem record`: collections and pauses, allocator peak and end, allocation sites, arenas pinned by a few live blocks')
    .argument('<trace>', 'an allocator trace from `pymem record`')
    .option('--json', 'print the report as JSON')
    .option('--check', "exit 1 unless the replayed table equals CPython's and the collections equal gc.get_stats()")
    .option('--top <n>', 'sites listed in each ranking', '10')
    .option('--few-blocks <n>', 'an arena is pinned when fewer than n live blocks hold it', '64')
    .option('--arenas <n>', 'arenas listed in the text form (emptiest first)', '12')
    .action((file: string, options: ReportOptions) => report(file, options, io));
};
