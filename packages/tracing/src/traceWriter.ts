// Writing a trace file: synchronously (so a bus subscriber can write each event as it is
// delivered), with bounded memory, into a temporary file beside the target that is renamed
// into place on `close`. A crash or an `abort` leaves no partial file under the target name.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTraceEncoder, type EventLogFormat, type TraceEncoderOptions } from './traceEncoder.js';
import { TraceError, type TraceEvent, type TraceHeader } from './traceEvent.js';

/**
 * The event-log format a file name asks for: `.jsonl` or `.pmt`.
 *
 * @example
 * ```ts
 * formatForPath('run.pmt'); // 'pmt'
 * ```
 */
export function formatForPath(path: string): EventLogFormat {
  if (/\.jsonl$/i.test(path)) return 'jsonl';
  if (/\.pmt$/i.test(path)) return 'pmt';
  throw new TraceError(`cannot tell the trace format of "${path}": use the extension .jsonl (JSON Lines) or .pmt (binary)`);
}

/**
 * A trace file being written.
 *
 * @example
 * ```ts
 * const w = createTraceWriter('run.pmt', createTraceHeader());
 * runtime.bus.subscribe((e) => w.write(e));
 * // ... run ...
 * w.close(); // run.pmt now exists, complete
 * ```
 */
export interface TraceWriter {
  readonly path: string;
  readonly format: EventLogFormat;
  write(event: TraceEvent): void;
  /** Finishes the file and moves it into place. */
  close(): void;
  /** Throws the partial file away. */
  abort(): void;
  readonly eventsWritten: number;
}

/** Options of {@link createTraceWriter}. */
export interface TraceWriterOptions extends TraceEncoderOptions {
  /** The format; by default from the file extension. */
  readonly format?: EventLogFormat;
}

/**
 * Opens a trace file for writing (into a temporary name until `close`).
 *
 * @example
 * ```ts
 * const w = createTraceWriter('out.jsonl', createTraceHeader({ profile: 'cpython-3.11' }));
 * w.write({ type: 'marker', seq: 0, label: 'start' });
 * w.close();
 * ```
 */
export function createTraceWriter(path: string, header: TraceHeader, options: TraceWriterOptions = {}): TraceWriter {
  const format = options.format ?? formatForPath(path);
  const enc = createTraceEncoder(format, header, options);
  const file = createAtomicFile(path);
  let open = true;
  file.write(enc.header());
  const ensureOpen = () => {
    if (!open) throw new TraceError(`trace writer for ${path} is already closed`);
  };
  return {
    path,
    format,
    write(e) {
      ensureOpen();
      const bytes = enc.push(e);
      if (bytes) file.write(bytes);
    },
    close() {
      ensureOpen();
      open = false;
      try {
        file.write(enc.end());
      } catch (error) {
        file.abort();
        throw error;
      }
      file.close();
    },
    abort() {
      open = false;
      file.abort();
    },
    get eventsWritten() {
      return enc.eventCount;
    },
  };
}

/**
 * Writes a whole file at once, atomically (temp file + rename). For outputs that are not traces.
 *
 * @example
 * ```ts
 * writeFileAtomic('report.json', JSON.stringify(report));
 * ```
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'w');
  try {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    writeAll(fd, bytes);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to clean
    }
    throw error;
  }
}

/**
 * A file written piece by piece under a temporary name and renamed into place on `close`
 * (whole or not at all), for large outputs such as an export.
 *
 * @example
 * ```ts
 * const f = createAtomicFile('trace.json');
 * f.write('{"traceEvents":[');
 * f.write(']}');
 * f.close();
 * ```
 */
export function createAtomicFile(path: string): { write(data: string | Uint8Array): void; close(): void; abort(): void } {
  const temp = tempPathFor(path);
  let fd: number | undefined = openSync(temp, 'w');
  const encoder = new TextEncoder();
  const abort = () => {
    if (fd !== undefined) {
      closeSync(fd);
      fd = undefined;
    }
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  return {
    write(data) {
      if (fd === undefined) throw new TraceError(`${path} is already closed`);
      writeAll(fd, typeof data === 'string' ? encoder.encode(data) : data);
    },
    close() {
      if (fd === undefined) throw new TraceError(`${path} is already closed`);
      try {
        closeSync(fd);
        fd = undefined;
        renameSync(temp, path);
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}

/** The temporary name an output is written under until it is whole: `.NAME.PID.RANDOM.tmp` beside it. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}
