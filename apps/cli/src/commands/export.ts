// `pymem export TRACE --format perfetto --out FILE.json`: the trace as Chrome trace-event JSON
// for ui.perfetto.dev or chrome://tracing. Streaming in and out; the output file appears only
// when the whole trace was exported.
import type { Command } from 'commander';
import { closeSync, openSync, readSync } from 'node:fs';
import { AllocatorTraceError, exportRecordedRunPerfetto, isAllocatorTrace } from '@pymem/pool-allocator';
import { createAtomicFile, createPerfettoExporter } from '@pymem/tracing';
import { checkOutputPath, CliError, type CliIo } from '../io.js';
import { cleanOnInterrupt } from '../outputFiles.js';
import { openForCli, readChunks, traceFailure } from '../progress.js';
import type { RegisterCommand } from './index.js';
import { withFileSource } from './replay.js';

interface ExportOptions {
  format: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  counterEvery: string;
  markers: string;
  allowUnknownTypes?: boolean;
  sampleMs: string;
}

/** True when the file exists and starts with the allocator-trace magic. */
function startsAsAllocatorTrace(path: string): boolean {
  const head = new Uint8Array(8);
  try {
    const fd = openSync(path, 'r');
    readSync(fd, head, 0, 8, 0);
    closeSync(fd);
  } catch {
    return false; // openForCli says what is wrong with it
  }
  return isAllocatorTrace(head);
}

/** A run recorded by `pymem record`: counters over the recorded time and a slice per collection. */
function exportAllocatorTrace(path: string, opts: ExportOptions, io: CliIo): void {
  const sampleMs = Number(opts.sampleMs);
  if (!(sampleMs > 0)) throw new CliError(`--sample-ms must be a positive number, not "${opts.sampleMs}"`);
  let file;
  try {
    file = createAtomicFile(opts.out!);
  } catch (error) {
    throw new CliError(`cannot write ${opts.out}: ${(error as Error).message}`);
  }
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    file.write(pending.join(''));
    pending = [];
    size = 0;
  };
  let result;
  try {
    result = withFileSource(path, (source) =>
      exportRecordedRunPerfetto(
        source,
        (text) => {
          pending.push(text);
          size += text.length;
          if (size > 1 << 20) flush();
        },
        { sampleEveryNs: sampleMs * 1e6 },
      ),
    );
    flush();
  } catch (error) {
    file.abort();
    if (error instanceof AllocatorTraceError) throw new CliError(`${path}: ${error.message} (${opts.out} was not written)`);
    throw error;
  }
  try {
    file.close();
  } catch (failure) {
    throw new CliError(`cannot write ${opts.out}: ${(failure as Error).message}`);
  }
  const { run, samples, slices } = result;
  if (opts.json) io.out(`${JSON.stringify({ trace: path, calls: run.footer.records, samples, collections: slices, format: 'perfetto', out: opts.out })}\n`);
  else io.out(`exported ${run.footer.records.toLocaleString('en-US')} allocator calls as ${samples} counter samples and ${slices} collections to ${opts.out} (open it in https://ui.perfetto.dev)\n`);
}

export const registerExport: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('export')
    .description('export a trace to a standard viewer format (perfetto: Chrome trace-event JSON)')
    .argument('<trace>', 'a trace file (.pmt or .jsonl), or an allocator trace from `pymem record`')
    .option('--format <format>', 'output format: perfetto', 'perfetto')
    .option('--out <file>', 'the file to write (required)')
    .option('--counter-every <n>', 'sample counter tracks at most every n events', '1000')
    .option('--sample-ms <ms>', 'allocator traces: sample the counters at most every this many recorded milliseconds', '1')
    .option('--markers <which>', 'program markers as instants: all, labelled (not plain statements), none', 'labelled')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--allow-unknown-types', 'accept event types this pymem does not know')
    .action(async (path: string, opts: ExportOptions) => {
      if (opts.format !== 'perfetto') throw new CliError(`unknown export format "${opts.format}" (known: perfetto)`);
      if (!opts.out) throw new CliError('export needs --out FILE.json');
      const counterEvery = Number(opts.counterEvery);
      if (!Number.isInteger(counterEvery) || counterEvery < 1) throw new CliError(`--counter-every must be a positive integer, not "${opts.counterEvery}"`);
      if (!['all', 'labelled', 'none'].includes(opts.markers)) throw new CliError(`--markers must be all, labelled or none, not "${opts.markers}"`);
      checkOutputPath(opts.out, '--out');
      cleanOnInterrupt(opts.out);
      if (startsAsAllocatorTrace(path)) {
        exportAllocatorTrace(path, opts, io);
        return;
      }
      const reader = await openForCli(path, { allowUnknownTypes: opts.allowUnknownTypes });
      if (reader.format === 'allocator') throw new CliError(`${path} is an allocator trace; export reads it from a file`);
      const exporter = createPerfettoExporter(reader.header, { counterEvery, markers: opts.markers as 'all' });
      let file;
      try {
        file = createAtomicFile(opts.out);
      } catch (error) {
        await reader.close();
        throw new CliError(`cannot write ${opts.out}: ${(error as Error).message}`);
      }
      let events = 0;
      let error;
      try {
        file.write(exporter.begin());
        error = await readChunks(io, reader, `export ${path}`, opts.quiet, (c) => {
          events += c.events.length;
          file.write(exporter.add(c.events));
        });
      } catch (unexpected) {
        file.abort();
        throw unexpected;
      }
      if (error) {
        file.abort();
        io.err(`pymem: ${opts.out} was not written; ${events} events had been read before the error\n`);
        throw traceFailure(path, error);
      }
      file.write(exporter.end());
      try {
        file.close();
      } catch (failure) {
        throw new CliError(`cannot write ${opts.out}: ${(failure as Error).message}`);
      }
      if (opts.json) io.out(`${JSON.stringify({ trace: path, events, format: 'perfetto', out: opts.out })}\n`);
      else io.out(`exported ${events} events to ${opts.out} (open it in https://ui.perfetto.dev)\n`);
    });
};
