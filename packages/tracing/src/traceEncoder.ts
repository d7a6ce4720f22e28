// Encoding events into either file format, in memory and incrementally: push events, take the
// bytes that are ready, end. The file writer (`createTraceWriter`) and the converters use this;
// it has no I/O of its own, so it also runs in a browser.
import { PmtBlockEncoder, encodePmtHeader } from './internal/pmtCodec.js';
import type { TraceEvent, TraceHeader } from './traceEvent.js';

/** The two event-log formats: JSON Lines and binary. */
export type EventLogFormat = 'jsonl' | 'pmt';

/** Options of {@link createTraceEncoder}. */
export interface TraceEncoderOptions {
  /** `.pmt` only: flush a block at this many payload bytes (default 64 KiB). */
  readonly blockBytes?: number;
  /** `.pmt` only: ... or at this many events (default 16384). */
  readonly blockEvents?: number;
}

/**
 * An incremental encoder: `header()` once, `push(event)` for each event (it returns bytes when
 * a buffer filled), `end()` for the rest.
 *
 * @example
 * ```ts
 * const enc = createTraceEncoder('pmt', createTraceHeader());
 * const parts = [enc.header()];
 * for (const e of events) { const b = enc.push(e); if (b) parts.push(b); }
 * parts.push(enc.end());
 * ```
 */
export interface TraceEncoder {
  readonly format: EventLogFormat;
  header(): Uint8Array;
  push(event: TraceEvent): Uint8Array | undefined;
  end(): Uint8Array;
  /** Events pushed so far. */
  readonly eventCount: number;
}

const textEncoder = new TextEncoder();
const JSONL_FLUSH = 1 << 20;

/**
 * Creates an encoder for one format.
 *
 * @example
 * ```ts
 * const enc = createTraceEncoder('jsonl', createTraceHeader());
 * new TextDecoder().decode(enc.header()); // '{"format":"pymem-trace","version":1,...}\n'
 * ```
 */
export function createTraceEncoder(format: EventLogFormat, header: TraceHeader, options: TraceEncoderOptions = {}): TraceEncoder {
  if (format === 'pmt') {
    const blocks = new PmtBlockEncoder(options);
    return {
      format,
      header: () => encodePmtHeader(header),
      push: (e) => blocks.add(e),
      end: () => blocks.finish(),
      get eventCount() {
        return blocks.eventCount;
      },
    };
  }
  let text = '';
  let count = 0;
  return {
    format,
    header: () => textEncoder.encode(`${JSON.stringify(header)}\n`),
    push(e) {
      text += `${JSON.stringify(e)}\n`;
      count++;
      if (text.length < JSONL_FLUSH) return undefined;
      const out = textEncoder.encode(text);
      text = '';
      return out;
    },
    end() {
      const out = textEncoder.encode(text);
      text = '';
      return out;
    },
    get eventCount() {
      return count;
    },
  };
}

/**
 * Encodes a whole trace into one byte array (for tests, small traces and the demo).
 *
 * @example
 * ```ts
 * const bytes = encodeTrace('pmt', createTraceHeader(), synthesizeEvents({ events: 100 }));
 * ```
 */
export function encodeTrace(
  format: EventLogFormat,
  header: TraceHeader,
  events: Iterable<TraceEvent>,
  options: TraceEncoderOptions = {},
): Uint8Array {
  const enc = createTraceEncoder(format, header, options);
  const parts = [enc.header()];
  for (const e of events) {
    const b = enc.push(e);
    if (b) parts.push(b);
  }
  parts.push(enc.end());
  return concatBytes(parts);
}

/**
 * Joins byte arrays into one.
 *
 * @example
 * ```ts
 * concatBytes([Uint8Array.of(1), Uint8Array.of(2, 3)]); // Uint8Array [1, 2, 3]
 * ```
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
