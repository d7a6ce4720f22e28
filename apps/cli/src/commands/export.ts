// `pymem export TRACE --format perfetto --out FILE.json`: the trace as Chrome trace-event JSON
// for ui.perfetto.dev or chrome://tracing. Streaming in and out; the output file appears only
// when the whole trace was exported.
import type { Command } from 'commander';
import { createAtomicFile, createPerfettoExporter } from '@pymem/tracing';
import { CliError, type CliIo } from '../io.js';
import { openForCli, readChunks, traceFailure } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface ExportOptions {
  format: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  counterEvery: string;
  markers: string;
  allowUnknownTypes?: boolean;
}

export const registerExport: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('export')
    .description('export a trace to a standard viewer format (perfetto: Chrome trace-event JSON)')
    .argument('<trace>', 'a trace file (.pmt or .jsonl)')
    .option('--format <format>', 'output format: perfetto', 'perfetto')
    .option('--out <file>', 'the file to write (required)')
    .option('--counter-every <n>', 'sample counter tracks at most every n events', '1000')
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
      const reader = await openForCli(path, { allowUnknownTypes: opts.allowUnknownTypes });
      if (reader.format === 'allocator') throw new CliError(`${path} is an allocator trace; only event traces export`);
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
      file.close();
      if (opts.json) io.out(`${JSON.stringify({ trace: path, events, format: 'perfetto', out: opts.out })}\n`);
      else io.out(`exported ${events} events to ${opts.out} (open it in https://ui.perfetto.dev)\n`);
    });
};
