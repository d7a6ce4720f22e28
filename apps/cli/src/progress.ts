// A progress bar on stderr for commands that read long traces, and the loop that reads a trace
// with it. The bar appears only on a terminal, only without --quiet, and only once a read has
// taken more than a second, so short runs and scripts never see it.
import { TraceError, openTrace, type OpenTraceOptions, type TraceChunk, type TraceInput, type TraceReader } from '@pymem/tracing';
import { CliError, type CliIo } from './io.js';

/** A progress display; every method is cheap to call often. */
export interface Progress {
  /** Reports `done` of `total` units (bytes); `total` undefined draws a counter only. */
  update(done: number, total: number | undefined): void;
  /** Removes the bar (call before printing results). */
  finish(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  readonly quiet?: boolean;
  /** Show the bar only after this long (ms, default 1000). */
  readonly delayMs?: number;
  /** Now, in ms (tests pass a fake clock). */
  readonly now?: () => number;
  /** Bar width in characters (default 30). */
  readonly width?: number;
}

const fmtBytes = (n: number) =>
  n >= 1 << 30 ? `${(n / 2 ** 30).toFixed(1)} GiB` : n >= 1 << 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;

/**
 * A progress bar for `label` on `io.err`, shown only when `io.isTTY` and not `quiet`.
 *
 * @example
 * ```ts
 * const p = createProgress(io, 'reading run.pmt', { quiet: opts.quiet });
 * p.update(reader.bytesRead, reader.size);
 * p.finish();
 * ```
 */
export function createProgress(io: CliIo, label: string, options: ProgressOptions = {}): Progress {
  if (!io.isTTY || options.quiet) return { update() {}, finish() {} };
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const width = options.width ?? 30;
  const start = now();
  let lastDraw = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - start < delay || t - lastDraw < 100) return;
      lastDraw = t;
      shown = true;
      let line: string;
      if (total !== undefined && total > 0) {
        const frac = Math.min(1, done / total);
        const full = Math.round(frac * width);
        line = `${label} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(frac * 100).toFixed(0).padStart(3)}% ${fmtBytes(done)}/${fmtBytes(total)}`;
      } else {
        line = `${label} ${fmtBytes(done)}`;
      }
      io.err(`\r${line}\x1b[K`);
    },
    finish() {
      if (shown) io.err('\r\x1b[K');
      shown = false;
    },
  };
}

/** Turns a trace error into the CLI's one-line error, naming the file. */
export function traceFailure(path: string, error: unknown, exitCode = 1): unknown {
  if (error instanceof TraceError) return new CliError(`${path}: ${error.message}`, exitCode);
  return error;
}

/**
 * Opens a trace for a command: a missing or unreadable file becomes a `CliError`.
 *
 * @example
 * ```ts
 * const reader = await openForCli('run.pmt', { check: true });
 * ```
 */
export async function openForCli(path: string, options: OpenTraceOptions = {}, exitCode = 1): Promise<TraceReader> {
  try {
    return await openTrace(path as TraceInput, options);
  } catch (error) {
    throw traceFailure(path, error, exitCode);
  }
}

/**
 * Reads every chunk of `reader`, showing progress. Returns the error that stopped the read (a
 * `TraceError`), or undefined; whatever `onChunk` gathered before it stays valid.
 *
 * @example
 * ```ts
 * const error = await readChunks(io, reader, 'stats', quiet, (c) => stats.add(c.events));
 * ```
 */
export async function readChunks(
  io: CliIo,
  reader: TraceReader,
  label: string,
  quiet: boolean | undefined,
  onChunk: (chunk: TraceChunk) => void,
): Promise<TraceError | undefined> {
  const progress = createProgress(io, label, { quiet });
  try {
    for await (const chunk of reader.chunks()) {
      onChunk(chunk);
      progress.update(reader.bytesRead, reader.size);
    }
    return undefined;
  } catch (error) {
    if (error instanceof TraceError) return error;
    throw error;
  } finally {
    progress.finish();
    await reader.close();
  }
}
