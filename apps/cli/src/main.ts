// The `pymem` command: one commander program, one file per command under ./commands.
// `main` never lets an exception of pymem's own code reach the user as a stack trace:
// commands throw `CliError` for bad input, and anything else is reported as an internal error.
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { CliError, type CliIo, processIo } from './io.js';
import { VERSION } from './version.js';

/** Builds the program with every registered command; `io` receives all output. */
export function createProgram(io: CliIo = processIo): Command {
  const program = new Command('pymem')
    .description(
      "CPython 3.11's memory manager, simulated: reference counts, the cycle collector,\n" +
        'pymalloc and the intern table, as an event stream you can record, replay and inspect.',
    )
    .version(VERSION, '-V, --version', 'print the pymem version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
    })
    .exitOverride();
  for (const register of commands) register(program, io);
  return program;
}

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv]);
    return io.exitCode ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are normal exits; commander already printed the message.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.err(`pymem: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`pymem: internal error: ${message}\n(this is a bug in pymem; set PYMEM_DEBUG=1 for details)\n`);
    if (process.env.PYMEM_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return 70;
  }
}
