// Reading traces: one streaming API for all three kinds of file, told apart by their first
// bytes: binary event logs ("PYMT"), JSON Lines event logs ('{'), and allocator traces recorded
// from real CPython. Events arrive in chunks (a `.pmt` block, or the lines of one read), so
// memory stays bounded by one read (1 MiB) plus one chunk of events, whatever the file's size.
import { bufferSource, fileSource, iterableSource, type ByteSource } from './internal/byteSource.js';
import { PmtFormatError, decodePmtBlock, decodePmtHeader, peekPmtFrame } from './internal/pmtCodec.js';
import { createTraceState, type TraceState } from './traceState.js';
import {
  TraceError,
  validateEventShape,
  validateHeader,
  type TraceEvent,
  type TraceFormat,
  type TraceHeader,
} from './traceEvent.js';
import { eventKinds } from './vocabulary.js';
import { createEventValidator } from './eventSchema.js';

/** What a trace can be read from: a file path, bytes, or a stream of byte chunks. */
export type TraceInput = string | Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Where a chunk starts in its file, so a reader can be reopened there (`start` option):
 * a byte offset, and for JSON Lines the 1-based line number at that offset.
 */
export interface TracePosition {
  readonly offset: number;
  readonly line: number;
}

/** Some consecutive events of a trace and where the first one is in the file. */
export interface TraceChunk {
  readonly events: readonly TraceEvent[];
  readonly position: TracePosition;
}

/** Options of {@link openTrace}. */
export interface OpenTraceOptions {
  /** Accept event types outside pymem's vocabulary (default false: they are errors). */
  readonly allowUnknownTypes?: boolean;
  /**
   * Check each event against the log so far (free of an unknown object, decref below zero,
   * counts that disagree) and stop with an error at the first contradiction. Default false.
   */
  readonly check?: boolean;
  /** Start reading at a position a previous reader reported (for seeking); files and bytes only. */
  readonly start?: TracePosition;
  /** JSON Lines: most events per chunk (default 4096). A `.pmt` chunk is always one block. */
  readonly chunkEvents?: number;
}

/**
 * An open trace. Iterate `chunks()` (or `events()`) once; errors are `TraceError`s naming the
 * line or byte offset, thrown after every event before the error has been delivered.
 *
 * @example
 * ```ts
 * const reader = await openTrace('run.pmt');
 * for await (const chunk of reader.chunks()) for (const e of chunk.events) count(e);
 * ```
 */
export interface TraceReader {
  readonly format: TraceFormat;
  readonly header: TraceHeader;
  /** The file's size in bytes when known (for progress). */
  readonly size: number | undefined;
  /** Bytes consumed so far. */
  readonly bytesRead: number;
  /** Events delivered so far. */
  readonly eventsRead: number;
  /** The log's own state, when the reader checks (`check: true`). */
  readonly state: TraceState | undefined;
  chunks(): AsyncGenerator<TraceChunk, void, undefined>;
  events(): AsyncGenerator<TraceEvent, void, undefined>;
  close(): Promise<void>;
}

/** A reader for a third kind of trace file (the allocator traces), registered by magic bytes. */
export interface TraceFormatPlugin {
  readonly format: TraceFormat;
  /** True when the first bytes of a file belong to this format. */
  sniff(first: Uint8Array): boolean;
  open(input: TraceInput, options: OpenTraceOptions): Promise<TraceReader>;
}

const plugins: TraceFormatPlugin[] = [];

/** Most events in one JSON Lines chunk (a `.pmt` chunk is one block, 16384 events at most by default). */
const JSONL_CHUNK_EVENTS = 4096;

/**
 * Lets `openTrace` open another kind of file (used for allocator traces).
 *
 * @example
 * ```ts
 * registerTraceFormat({ format: 'allocator', sniff: (b) => b[0] === 0x41, open: openAllocatorTrace });
 * ```
 */
export function registerTraceFormat(plugin: TraceFormatPlugin): void {
  if (!plugins.some((p) => p.format === plugin.format)) plugins.push(plugin);
}

function sourceFor(input: TraceInput, start = 0): Promise<ByteSource> | ByteSource {
  if (typeof input === 'string') return fileSource(input, start);
  if (input instanceof Uint8Array) return bufferSource(input, start);
  if (start !== 0) throw new TraceError('a stream cannot be reopened at a position; read it from a file');
  return iterableSource(input);
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

async function describeOpenError(input: TraceInput, error: unknown): Promise<never> {
  const code = (error as { code?: string }).code;
  if (typeof input === 'string' && (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')) {
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied';
    throw new TraceError(`cannot open trace ${input}: ${why}`);
  }
  throw error;
}

/**
 * Opens a trace of any kind and reads its header.
 *
 * @example
 * ```ts
 * const reader = await openTrace(bytes);
 * reader.format; // 'pmt'
 * reader.header.profile; // 'cpython-3.11'
 * ```
 */
export async function openTrace(input: TraceInput, options: OpenTraceOptions = {}): Promise<TraceReader> {
  let src: ByteSource;
  try {
    src = await sourceFor(input);
  } catch (error) {
    return describeOpenError(input, error);
  }
  // Read until the format is known: the first few bytes decide it.
  let buf: Uint8Array = new Uint8Array(0);
  for (;;) {
    const chunk = await src.read();
    if (chunk === null) break;
    buf = joinBytes(buf, chunk);
    if (buf.length >= 16) break;
  }
  if (buf.length === 0) {
    await src.close();
    throw new TraceError('the trace is empty (expected a header)', { offset: 0 });
  }
  for (const plugin of plugins) {
    if (plugin.sniff(buf)) {
      await src.close();
      return plugin.open(input, options);
    }
  }
  if (new TextDecoder().decode(buf.subarray(0, 8)) === 'PYMALTRC') {
    // An allocator trace from `pymem record`: @pymem/pool-allocator reads those (in synchronous
    // batches); until a plugin is registered for them, say where they go.
    await src.close();
    throw new TraceError(
      'this is an allocator trace (from `pymem record`), not an event log: `pymem replay` replays it and `pymem whatif` re-simulates it',
      { offset: 0 },
    );
  }
  let first = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) first = 3; // a UTF-8 byte order mark
  // a header that cannot be read must not leave its file open (closing twice is harmless)
  const closing = async (open: Promise<TraceReader>) => {
    try {
      return await open;
    } catch (error) {
      await src.close();
      throw error;
    }
  };
  if (buf[0] === 0x50 && buf[1] === 0x59 && buf[2] === 0x4d && buf[3] === 0x54) return closing(openPmt(input, src, buf, options));
  if (buf[first] === 0x7b) return closing(openJsonl(input, src, buf, first, options));
  await src.close();
  throw new TraceError(
    'unknown trace format: expected a binary pymem trace ("PYMT"), JSON Lines (starting with "{"), or an allocator trace',
    { offset: 0 },
  );
}

// Validates each event's type and (optionally) its consistency with the log. Returns the index
// of the first bad event after recording the error in `failure`, or -1.
function makeChecker(options: OpenTraceOptions, state: TraceState | undefined, fromStart: boolean) {
  const known = options.allowUnknownTypes ? undefined : eventKinds();
  // Every field of every event, as it is decoded: nothing downstream meets a malformed event.
  const fields = createEventValidator({ knownTypesOnly: fromStart });
  let failure: TraceError | undefined;
  return {
    get failure() {
      return failure;
    },
    run(events: readonly TraceEvent[], at: (i: number) => { line?: number; offset?: number }): number {
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        if (known !== undefined && !known.has(e.type)) {
          failure = new TraceError(`unknown event type "${e.type}"`, { ...at(i), seq: e.seq });
          return i;
        }
        try {
          fields.check(e, at(i));
        } catch (error) {
          failure = error as TraceError;
          return i;
        }
        if (state !== undefined) {
          try {
            state.apply(e);
          } catch (error) {
            if (!(error instanceof TraceError)) throw error;
            failure = new TraceError(error.message.replace(/^seq \d+: /, ''), { ...at(i), seq: e.seq });
            return i;
          }
        }
      }
      return -1;
    },
  };
}

interface ReaderCore {
  format: TraceFormat;
  header: TraceHeader;
  src: ByteSource;
  state: TraceState | undefined;
  bytesRead: number;
  eventsRead: number;
}

function makeReader(core: ReaderCore, chunks: () => AsyncGenerator<TraceChunk, void, undefined>): TraceReader {
  let started = false;
  const once = () => {
    if (started) throw new TraceError('a trace reader can be iterated only once; open the trace again');
    started = true;
    return chunks();
  };
  return {
    format: core.format,
    header: core.header,
    size: core.src.size,
    get bytesRead() {
      return core.bytesRead;
    },
    get eventsRead() {
      return core.eventsRead;
    },
    state: core.state,
    chunks: once,
    async *events() {
      for await (const chunk of once()) yield* chunk.events;
    },
    close: () => core.src.close(),
  };
}

async function reopen(input: TraceInput, src: ByteSource, start: TracePosition | undefined, headerEnd: number) {
  if (start === undefined || start.offset === headerEnd) return { src, fresh: false };
  await src.close();
  return { src: await sourceFor(input, start.offset), fresh: true };
}

async function openPmt(input: TraceInput, src0: ByteSource, buf0: Uint8Array, options: OpenTraceOptions): Promise<TraceReader> {
  let buf = buf0;
  let info;
  for (;;) {
    try {
      info = decodePmtHeader(buf, false);
    } catch (error) {
      await src0.close();
      if (error instanceof PmtFormatError) throw new TraceError(error.message, { offset: error.at });
      throw error;
    }
    if (info !== undefined) break;
    const more = await src0.read();
    if (more === null) {
      await src0.close();
      try {
        decodePmtHeader(buf, true);
      } catch (error) {
        if (error instanceof PmtFormatError) throw new TraceError(error.message, { offset: error.at });
        throw error;
      }
    } else buf = joinBytes(buf, more);
  }
  const header = validateHeader(info.header, { offset: 12 });
  const state = options.check ? createTraceState() : undefined;
  const { src, fresh } = await reopen(input, src0, options.start, info.length);
  const core: ReaderCore = { format: 'pmt', header, src, state, bytesRead: info.length, eventsRead: 0 };
  const fromStart = options.start === undefined || options.start.offset === info.length;
  let base = fresh ? options.start!.offset : 0; // file offset of buf[0]
  let pos = fresh ? 0 : info.length;
  if (fresh) buf = new Uint8Array(0);
  const checker = makeChecker(options, state, fromStart);

  async function* chunks(): AsyncGenerator<TraceChunk, void, undefined> {
    let blocks = 0;
    try {
      for (;;) {
        let frame;
        try {
          frame = peekPmtFrame(buf, pos);
        } catch (error) {
          if (error instanceof PmtFormatError) throw new TraceError(error.message, { offset: base + error.at });
          throw error;
        }
        if (frame === undefined || pos + frame.length > buf.length) {
          const more = await src.read();
          if (more === null) {
            const at = base + pos;
            if (pos === buf.length) throw new TraceError('the file ends without its end block (truncated)', { offset: at });
            throw new TraceError(
              `the file ends inside a ${frame === undefined ? 'block header' : `block of ${frame.length} bytes`} (truncated)`,
              { offset: at },
            );
          }
          buf = joinBytes(buf.subarray(pos), more);
          base += pos;
          pos = 0;
          continue;
        }
        if (frame.kind === 'end') {
          if (fromStart && (frame.blockCount !== blocks || frame.eventCount !== core.eventsRead)) {
            throw new TraceError(
              `the end block counts ${frame.blockCount} blocks and ${frame.eventCount} events, but the file has ${blocks} and ${core.eventsRead}`,
              { offset: base + pos },
            );
          }
          pos += frame.length;
          core.bytesRead = base + pos;
          if (pos < buf.length || (await src.read()) !== null) {
            throw new TraceError('unexpected bytes after the end block', { offset: base + pos });
          }
          return;
        }
        const events: TraceEvent[] = [];
        const blockAt = base + pos;
        try {
          decodePmtBlock(buf, pos, events);
        } catch (error) {
          if (!(error instanceof PmtFormatError)) throw error;
          throw new TraceError(error.message, { offset: base + error.at });
        }
        const bad = checker.run(events, () => ({ offset: blockAt }));
        const good = bad < 0 ? events : events.slice(0, bad);
        core.eventsRead += good.length;
        if (good.length > 0) yield { events: good, position: { offset: blockAt, line: 0 } };
        if (bad >= 0) throw checker.failure!;
        blocks++;
        pos += frame.length;
        core.bytesRead = base + pos;
      }
    } catch (error) {
      if (error instanceof TraceError) error.eventsRead = core.eventsRead;
      throw error;
    } finally {
      await src.close();
    }
  }
  return makeReader(core, chunks);
}

async function openJsonl(
  input: TraceInput,
  src0: ByteSource,
  buf0: Uint8Array,
  first: number,
  options: OpenTraceOptions,
): Promise<TraceReader> {
  let buf = buf0;
  let nl = buf.indexOf(0x0a, first);
  while (nl < 0) {
    const more = await src0.read();
    if (more === null) break;
    const from = buf.length;
    buf = joinBytes(buf, more);
    nl = buf.indexOf(0x0a, from);
  }
  const headerEnd = nl < 0 ? buf.length : nl;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + first, headerEnd - first).toString('utf8'));
  } catch (error) {
    await src0.close();
    throw new TraceError(`the header is not valid JSON (${(error as Error).message})`, { line: 1 });
  }
  let header: TraceHeader;
  try {
    header = validateHeader(parsed, { line: 1 });
  } catch (error) {
    await src0.close();
    throw error;
  }
  const state = options.check ? createTraceState() : undefined;
  const eventsStart = nl < 0 ? buf.length : nl + 1;
  const { src, fresh } = await reopen(input, src0, options.start, eventsStart);
  const core: ReaderCore = { format: 'jsonl', header, src, state, bytesRead: eventsStart, eventsRead: 0 };
  let base = fresh ? options.start!.offset : 0;
  let pos = fresh ? 0 : eventsStart;
  let line = fresh ? options.start!.line : 2;
  if (fresh) buf = new Uint8Array(0);
  const checker = makeChecker(options, state, !fresh);
  const chunkEvents = options.chunkEvents ?? JSONL_CHUNK_EVENTS;

  async function* chunks(): AsyncGenerator<TraceChunk, void, undefined> {
    try {
      let ended = false;
      while (!ended) {
        // Make sure buf holds at least one complete line, or the end of the input.
        let lastNl = buf.lastIndexOf(0x0a);
        while (lastNl < pos) {
          const more = await src.read();
          if (more === null) {
            ended = true;
            break;
          }
          buf = joinBytes(buf.subarray(pos), more);
          base += pos;
          pos = 0;
          lastNl = buf.lastIndexOf(0x0a);
        }
        const stop = ended ? buf.length : lastNl + 1;
        if (pos >= stop) break;
        const chunkAt = { offset: base + pos, line };
        const events: TraceEvent[] = [];
        const lines: number[] = [];
        const offsets: number[] = [];
        const text = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
        let failure: TraceError | undefined;
        while (pos < stop && events.length < chunkEvents) {
          let end = text.indexOf(0x0a, pos);
          if (end < 0 || end >= stop) end = stop;
          const lineText = text.toString('utf8', pos, end);
          const where = { line, offset: base + pos };
          let value: unknown;
          try {
            value = JSON.parse(lineText);
          } catch (error) {
            const cut = ended && end === stop ? ' (the file ends inside this line: truncated?)' : '';
            failure = new TraceError(`not valid JSON: ${(error as Error).message}${cut}`, where);
            break;
          }
          try {
            events.push(validateEventShape(value, where));
          } catch (error) {
            failure = error as TraceError;
            break;
          }
          lines.push(line);
          offsets.push(base + pos);
          pos = end + 1;
          line++;
        }
        if (pos > stop) pos = stop;
        const bad = checker.run(events, (i) => ({ line: lines[i]!, offset: offsets[i]! }));
        const good = bad < 0 ? events : events.slice(0, bad);
        core.eventsRead += good.length;
        core.bytesRead = base + pos;
        if (good.length > 0) yield { events: good, position: chunkAt };
        if (bad >= 0) throw checker.failure!;
        if (failure) throw failure;
      }
    } catch (error) {
      if (error instanceof TraceError) error.eventsRead = core.eventsRead;
      throw error;
    } finally {
      await src.close();
    }
  }
  return makeReader(core, chunks);
}

/**
 * Reads a whole (small) trace into memory.
 *
 * @example
 * ```ts
 * const { header, events } = await readTrace('run.jsonl');
 * ```
 */
export async function readTrace(
  input: TraceInput,
  options: OpenTraceOptions = {},
): Promise<{ header: TraceHeader; format: TraceFormat; events: TraceEvent[] }> {
  const reader = await openTrace(input, options);
  const events: TraceEvent[] = [];
  for await (const chunk of reader.chunks()) for (const e of chunk.events) events.push(e);
  return { header: reader.header, format: reader.format, events };
}
