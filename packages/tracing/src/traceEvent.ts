// What a trace holds: a header (format version, profile, configuration) and a sequence of
// events, each a plain JSON-safe object with a dotted `type` and the bus's `seq`. Both file
// formats (JSON Lines and binary `.pmt`) carry exactly this; start with `TraceHeader`.
import type { PymemEvent } from '@pymem/events';

/** The version of the event-log formats this package writes and reads. */
export const TRACE_FORMAT_VERSION = 1;

/** The `format` field of every event-log header. */
export const TRACE_FORMAT_NAME = 'pymem-trace';

/**
 * An event as it sits in a trace: a `PymemEvent` whose payload fields are any JSON values.
 * The tracing package is schema-agnostic on purpose, so a trace written by a newer runtime
 * (with event types this version has never seen) still converts, diffs and exports losslessly.
 *
 * @example
 * ```ts
 * const e: TraceEvent = { type: 'ref.increfed', seq: 7, handle: 3, refcount: 2 };
 * ```
 */
export interface TraceEvent extends PymemEvent {
  readonly [field: string]: unknown;
}

/**
 * The first line of a JSON Lines trace, and the header block of a binary one.
 *
 * @example
 * ```ts
 * const h: TraceHeader = { format: 'pymem-trace', version: 1, profile: 'cpython-3.11', config: {} };
 * ```
 */
export interface TraceHeader {
  readonly format: typeof TRACE_FORMAT_NAME;
  readonly version: number;
  /** The runtime profile that produced the events, e.g. `cpython-3.11`. */
  readonly profile: string;
  /** The runtime configuration (thresholds, allocator parameters, ...), as plain data. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Anything else a producer wants to keep (program name, command line, date). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * A header with defaults filled in.
 *
 * @example
 * ```ts
 * createTraceHeader({ profile: 'cpython-3.11' }).version; // 1
 * ```
 */
export function createTraceHeader(
  init: { profile?: string; config?: Record<string, unknown>; meta?: Record<string, unknown> } = {},
): TraceHeader {
  const header: { -readonly [K in keyof TraceHeader]: TraceHeader[K] } = {
    format: TRACE_FORMAT_NAME,
    version: TRACE_FORMAT_VERSION,
    profile: init.profile ?? 'cpython-3.11',
    config: init.config ?? {},
  };
  if (init.meta !== undefined) header.meta = init.meta;
  return header;
}

/** Which kind of file a trace is. */
export type TraceFormat = 'jsonl' | 'pmt' | 'allocator';

/** Where in a file an error was found: a 1-based line (JSON Lines) or a byte offset (binary). */
export interface TraceLocation {
  readonly line?: number;
  readonly offset?: number;
  /** The `seq` of the event concerned, when there is one. */
  readonly seq?: number;
}

/**
 * A trace that cannot be read or that contradicts itself. The message names the place
 * (line, byte offset or seq) and what was expected; `eventsRead` says how far reading got.
 *
 * @example
 * ```ts
 * try { await readAll(trace); } catch (e) { if (e instanceof TraceError) console.log(e.message); }
 * ```
 */
export class TraceError extends Error {
  /** Events successfully read before the error. */
  eventsRead = 0;
  constructor(
    message: string,
    readonly where: TraceLocation = {},
  ) {
    super(`${describeLocation(where)}${message}`);
    this.name = 'TraceError';
  }
}

function describeLocation(where: TraceLocation): string {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.offset !== undefined) parts.push(`byte offset ${where.offset}`);
  if (where.seq !== undefined) parts.push(`seq ${where.seq}`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/**
 * Checks a parsed header and returns it typed, or throws a `TraceError` naming what is wrong.
 *
 * @example
 * ```ts
 * validateHeader({ format: 'pymem-trace', version: 1, profile: 'cpython-3.11', config: {} }, { line: 1 });
 * ```
 */
export function validateHeader(value: unknown, where: TraceLocation): TraceHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TraceError('expected a header object {"format":"pymem-trace","version":...}', where);
  }
  const h = value as Record<string, unknown>;
  if (h.format !== TRACE_FORMAT_NAME) {
    throw new TraceError(`not a pymem trace: header format is ${JSON.stringify(h.format)}, expected "${TRACE_FORMAT_NAME}"`, where);
  }
  if (h.version !== TRACE_FORMAT_VERSION) {
    throw new TraceError(
      `unsupported trace format version ${JSON.stringify(h.version)}; this pymem reads version ${TRACE_FORMAT_VERSION}`,
      where,
    );
  }
  if (typeof h.profile !== 'string') throw new TraceError('header has no "profile" string', where);
  if (typeof h.config !== 'object' || h.config === null || Array.isArray(h.config)) {
    throw new TraceError('header has no "config" object', where);
  }
  return h as unknown as TraceHeader;
}

/**
 * Checks that a parsed line is an event: an object with a string `type` and an integer `seq`.
 *
 * @example
 * ```ts
 * validateEventShape({ type: 'marker', seq: 0, label: 'x' }, { line: 2 });
 * ```
 */
export function validateEventShape(value: unknown, where: TraceLocation): TraceEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TraceError('expected an event object', where);
  }
  const e = value as Record<string, unknown>;
  if (typeof e.type !== 'string' || e.type.length === 0) throw new TraceError('event has no "type" string', where);
  if (!Number.isSafeInteger(e.seq)) throw new TraceError(`event ${e.type} has no integer "seq"`, where);
  return e as TraceEvent;
}
