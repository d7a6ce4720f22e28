// Where the CLI writes, injectable so tests capture output without spawning a process.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Output channels of the CLI and the exit code a command asks for. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars show only then). */
  readonly isTTY: boolean;
  exitCode?: number;
}

/** The real process's stdout and stderr. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

/** An error caused by the user's input: printed as one clear line, never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Collects output in memory, for tests. */
export function memoryIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    exitCode: undefined as number | undefined,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/**
 * Checks, before any work, that a file can be written at `path` (its folder exists and it is
 * not a folder itself); throws a `CliError` naming `what` otherwise.
 *
 * @example
 * ```ts
 * checkOutputPath('/no/such/dir/run.pmt', '--trace'); // CliError: --trace /no/such/dir/run.pmt: the folder /no/such/dir does not exist
 * ```
 */
export function checkOutputPath(path: string, what: string): void {
  const folder = dirname(resolve(path));
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      return 'none';
    }
  };
  if (path.endsWith('/') || kind(path) === 'dir') throw new CliError(`${what} ${path}: is a folder; give a file name`);
  const k = kind(folder);
  if (k === 'none') throw new CliError(`${what} ${path}: the folder ${folder} does not exist`);
  if (k === 'file') throw new CliError(`${what} ${path}: ${folder} is not a folder`);
}
