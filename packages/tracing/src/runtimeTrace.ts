// Recording a runtime's run into a trace file: the events it emitted before the writer was
// attached (its start-up: static objects, interned constants) from `runtime.log`, then every
// event the bus delivers. This is what `pymem run --trace OUT` uses. The file takes over the
// runtime's log: it is emptied as the events are written, so memory stays bounded however long
// the run (the log of a 10 M-event run held about 1 GB).
import type { Runtime } from '@pymem/runtime';
import { createTraceHeader, TraceError, type TraceEvent } from './traceEvent.js';
import { createTraceWriter, type TraceWriter, type TraceWriterOptions } from './traceWriter.js';

/** Options of {@link createRuntimeTraceWriter}. */
export interface RuntimeTraceOptions extends TraceWriterOptions {
  /** Profile name for the header (default `cpython-3.11`). */
  readonly profile?: string;
  /** Configuration recorded in the header (thresholds are added from the runtime). */
  readonly config?: Record<string, unknown>;
  readonly meta?: Record<string, unknown>;
}

/**
 * Starts writing everything `runtime` emits into `path`; `close()` finishes the file (and
 * stops listening). The runtime must have been created with `record: true`, or the writer
 * attached before it emitted anything, so the trace holds the start-up events a replay needs.
 * From then on `runtime.log` is kept empty (the file is the record): events go to disk as they
 * are emitted, in bounded memory.
 *
 * @example
 * ```ts
 * const rt = createRuntime({ record: true });
 * const w = createRuntimeTraceWriter(rt, 'run.pmt');
 * // ... run the program ...
 * w.close();
 * ```
 */
export function createRuntimeTraceWriter(runtime: Runtime, path: string, options: RuntimeTraceOptions = {}): TraceWriter {
  const before = runtime.log.length;
  if (before < runtime.bus.nextSeq) {
    throw new TraceError(
      `the runtime emitted ${runtime.bus.nextSeq} events before the trace writer was attached but kept ${before}; create it with record: true`,
    );
  }
  const header = createTraceHeader({
    profile: options.profile ?? 'cpython-3.11',
    config: { thresholds: runtime.getThreshold(), ...options.config },
    meta: options.meta,
  });
  const writer = createTraceWriter(path, header, options);
  const log = runtime.log;
  for (const e of log) writer.write(e as unknown as TraceEvent);
  log.length = 0;
  // The runtime's own recorder (subscribed first) pushed the event; the file has it now.
  const unsubscribe = runtime.bus.subscribe((e) => {
    writer.write(e as unknown as TraceEvent);
    if (log.length >= 1024) log.length = 0;
  });
  return {
    path: writer.path,
    format: writer.format,
    write: (e) => writer.write(e),
    close() {
      unsubscribe();
      writer.close();
    },
    abort() {
      unsubscribe();
      writer.abort();
    },
    get eventsWritten() {
      return writer.eventsWritten;
    },
  };
}
