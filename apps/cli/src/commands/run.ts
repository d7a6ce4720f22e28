// `pymem run FILE.py`: runs a Python-subset program on the simulated CPython 3.11 runtime and
// prints what `python3 FILE.py` prints; the exit code is the program's. `--trace OUT` also
// writes every event of the run (JSON Lines for .jsonl, else the binary .pmt format).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { collectors } from '@pymem/cycle-collector';
import { runProgram } from '@pymem/python';
import type { Runtime } from '@pymem/runtime';
import { createRuntimeTraceWriter, type TraceWriter } from '@pymem/tracing';
import { CliError, type CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

interface RunOptions {
  maxSteps?: string;
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

export const registerRun: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('run')
    .description('run a Python program (the subset in PYTHON_SUBSET.md) on the simulated memory manager')
    .argument('<file>', 'a .py file')
    .option('--max-steps <n>', 'stop (exit code 1) after this many statements, for runaway loops')
    .option('--trace <out>', 'write the run\'s events to OUT (.jsonl: JSON Lines, else .pmt)')
    .option('--collector <name>', `the cycle collector (${collectors.names().join(', ')})`, 'cpython311')
    .option('--threshold <a,b,c>', 'gc thresholds before the first line runs (like gc.set_threshold)')
    .action((file: string, opts: RunOptions) => {
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
      const name = opts.collector ?? 'cpython311';
      if (!collectors.has(name)) throw new CliError(`unknown collector "${name}" (known: ${collectors.names().join(', ')})`);
      const thresholds = opts.threshold !== undefined ? parseThresholds(opts.threshold) : undefined;
      let writer: TraceWriter | undefined;
      let exitCode: number;
      try {
        exitCode = runProgram(source, {
          filename: file,
          stdout: (t) => io.out(t),
          stderr: (t) => io.err(t),
          maxSteps,
          // a trace carries the statement lines, the output and the shutdown as markers
          markers: opts.trace !== undefined,
          runtimeOptions: {
            record: opts.trace !== undefined,
            collector: (host) => collectors.create(name, host),
          },
          onRuntime: (rt: Runtime) => {
            if (thresholds) rt.setThreshold(...thresholds);
            if (opts.trace !== undefined) writer = createRuntimeTraceWriter(rt, opts.trace, {
              // the collector and the program's source: `pymem whatif TRACE` runs it again under other settings
              config: { collector: name, ...(thresholds ? { setThreshold: thresholds } : {}) },
              meta: { program: file, source },
            });
          },
        });
      } catch (e) {
        writer?.abort();
        throw e;
      }
      writer?.close();
      io.exitCode = exitCode;
    });
};
