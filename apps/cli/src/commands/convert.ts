// `pymem convert IN OUT`: between JSON Lines (.jsonl) and binary (.pmt) event logs, chosen by
// extension. Streaming, checked as it reads, and written whole or not at all: the output goes
// to a temporary file that is renamed into place only when every event was read.
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { createTraceWriter, formatForPath, TraceError, type EventLogFormat } from '@pymem/tracing';
import { checkOutputPath, CliError, type CliIo } from '../io.js';
import { cleanOnInterrupt } from '../outputFiles.js';
import { openForCli, readChunks, traceFailure } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface ConvertOptions {
  json?: boolean;
  quiet?: boolean;
  check?: boolean;
  allowUnknownTypes?: boolean;
}

export const registerConvert: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('convert')
    .description('convert an event trace between JSON Lines (.jsonl) and binary (.pmt), by file extension')
    .argument('<in>', 'the trace to read (.pmt or .jsonl)')
    .argument('<out>', 'the file to write (.pmt or .jsonl)')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--no-check', 'do not check that the events are consistent with each other')
    .option('--allow-unknown-types', 'accept event types this pymem does not know')
    .action(async (input: string, output: string, opts: ConvertOptions) => {
      let format: EventLogFormat;
      checkOutputPath(output, 'cannot write');
      cleanOnInterrupt(output);
      try {
        format = formatForPath(output);
      } catch (error) {
        throw traceFailure(output, error);
      }
      const reader = await openForCli(input, { check: opts.check !== false, allowUnknownTypes: opts.allowUnknownTypes });
      if (reader.format === 'allocator') throw new CliError(`${input} is an allocator trace; only event traces convert`);
      let writer;
      try {
        writer = createTraceWriter(output, reader.header, { format });
      } catch (error) {
        await reader.close();
        throw new CliError(`cannot write ${output}: ${(error as Error).message}`);
      }
      let error: TraceError | undefined;
      try {
        error = await readChunks(io, reader, `convert ${input}`, opts.quiet, (c) => {
          for (const e of c.events) writer.write(e);
        });
      } catch (unexpected) {
        writer.abort();
        throw unexpected;
      }
      if (error) {
        writer.abort();
        io.err(`pymem: ${output} was not written; ${writer.eventsWritten} events had been read before the error\n`);
        throw traceFailure(input, error);
      }
      try {
        writer.close();
      } catch (failure) {
        throw new CliError(`cannot write ${output}: ${(failure as Error).message}`);
      }
      const summary = {
        events: writer.eventsWritten,
        from: { path: input, format: reader.format, bytes: statSync(input).size },
        to: { path: output, format, bytes: statSync(output).size },
      };
      if (opts.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        const per = (b: number) => (summary.events > 0 ? ` (${(b / summary.events).toFixed(2)} bytes/event)` : '');
        io.out(
          `converted ${summary.events} events: ${input} (${summary.from.format}, ${summary.from.bytes} bytes${per(summary.from.bytes)}) -> ` +
            `${output} (${format}, ${summary.to.bytes} bytes${per(summary.to.bytes)})\n`,
        );
      }
    });
};
