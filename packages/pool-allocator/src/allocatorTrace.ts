// Allocator traces recorded from real CPython by tools/recorder: the binary format (described
// in tools/recorder/FORMAT.md) and a streaming reader that decodes it in batches of typed
// arrays with bounded memory. Start at `readAllocatorTrace`; `encodeAllocatorTrace` writes
// the same format (tests and synthetic traces use it). Version 2 adds sites, timestamps and
// collections (traceAnnotations.ts); version 1 traces are still read.
import { checkTraceTail, type TailText } from './internal/traceTail.js';
import { decodeExtended, decodeLocation, extendedLength, type TraceAnnotationHandlers, type TraceEndRecords, type TraceGcStats, type TraceResources } from './traceAnnotations.js';

/**
 * The 8 bytes every allocator trace starts with.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(bytes.subarray(0, 8)) === ALLOCATOR_TRACE_MAGIC; // an allocator trace
 * ```
 */
export const ALLOCATOR_TRACE_MAGIC = 'PYMALTRC';
/**
 * The newest format version this reader understands (tools/recorder/FORMAT.md); it reads
 * every version from 1 up to it.
 *
 * @example
 * ```ts
 * new DataView(bytes.buffer).getUint32(8, true) <= ALLOCATOR_TRACE_VERSION;
 * ```
 */
export const ALLOCATOR_TRACE_VERSION = 3;

/**
 * Record types (the low 4 bits of a record's first word).
 *
 * @example
 * ```ts
 * readAllocatorTrace(bytes, (b) => { for (let i = 0; i < b.count; i++) if ((b.op[i]! & 15) === TraceOp.free) frees++; });
 * ```
 */
export const TraceOp = Object.freeze({
  malloc: 1,
  calloc: 2,
  realloc: 3,
  free: 4,
  arenaAlloc: 5,
  arenaFree: 6,
  /** `_PyObject_VirtualAlloc` outside pymalloc (3.11's frame data-stack chunks): not an arena. */
  virtualAlloc: 7,
  virtualFree: 8,
  /** Version 2: the location index (bits 6-31) of the allocation calls that follow. */
  site: 9,
  /** Version 2: a location (line, file, function), numbered in order. */
  location: 10,
  /** Version 2: a time, collection or gc stats record (traceAnnotations.ts). */
  extended: 11,
  allocatedBlocks: 12,
  typeStats: 13,
  stats: 14,
  end: 15,
});

/**
 * Bit 4 of a record's first word: the call came through the object domain (else the mem domain).
 *
 * @example
 * ```ts
 * const viaPyObjectMalloc = (batch.op[i]! & DOMAIN_OBJ) !== 0;
 * ```
 */
export const DOMAIN_OBJ = 16;
const BIG_SIZE = 32;
const SIZE_SHIFT = 6;
const TWO32 = 4294967296;
const HEADER_BYTES = 32;
/** Stats texts are a few KiB; a longer one means a corrupt length. */
const MAX_TEXT_WORDS = (16 * 1024 * 1024) / 4;

/** The fixed header of a trace. */
export interface AllocatorTraceHeader {
  readonly version: number;
  readonly pointerBits: number;
  /** `PY_VERSION_HEX` of the recorded interpreter, e.g. 0x030b07f0. */
  readonly pythonHexVersion: number;
  /** `3.11.7` from the hex version. */
  readonly pythonVersion: string;
}

/** What follows the calls: the counts and CPython's own tables. */
export interface AllocatorTraceFooter {
  /** Number of call records (malloc … arena free). */
  readonly records: number;
  /** Wall time of the recorded program, from start-up to the end of recording, in ns. */
  readonly elapsedNs: number;
  /** `_PyObject_DebugMallocStats` output at the end of recording. */
  readonly stats?: string;
  /** `_PyObject_DebugTypeStats` output (the free-list lines `sys._debugmallocstats` adds). */
  readonly typeStats?: string;
  /** `sys.getallocatedblocks()` at the end: pymalloc blocks in use plus live raw blocks. */
  readonly allocatedBlocks?: number;
  /** Version 2: the collector's state at the end (gc.get_stats() and more). */
  readonly gc?: TraceGcStats;
  /** Version 3: the recording process's peak RSS and CPU times. */
  readonly resources?: TraceResources;
  /** Version 2: number of locations defined. */
  readonly locations?: number;
}

/**
 * A batch of decoded call records, as parallel typed arrays (reused between batches: copy
 * what you keep). For record i: `op[i]` is the type plus `DOMAIN_OBJ`; `size[i]` the bytes
 * requested; `a[i]` the result of malloc/calloc/arena alloc or the pointer of
 * free/realloc/arena free; `b[i]` the result of realloc; `offset[i]` its byte offset;
 * `site[i]` the location index of the last site record before it (version 2; 0 = none) and
 * `time[i]` the nanoseconds of the last time record before it (version 2; else 0).
 */
export interface AllocatorTraceBatch {
  count: number;
  readonly op: Uint8Array;
  readonly size: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly offset: Float64Array;
  readonly site: Uint32Array;
  readonly time: Float64Array;
}

/** Bytes of a trace: all in memory, or a positional read (`fs.readSync(fd, target, 0, target.length, position)`). */
export type TraceByteSource = Uint8Array | ((target: Uint8Array, position: number) => number);

/**
 * A trace that cannot be read, or a replay that diverged, with the byte offset of the record.
 *
 * @example
 * ```ts
 * try { replayAllocatorTrace(bytes); } catch (e) { if (e instanceof AllocatorTraceError) console.error(e.offset); }
 * ```
 */
export class AllocatorTraceError extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {
    super(`allocator trace: at byte offset ${offset}: ${detail}`);
    this.name = 'AllocatorTraceError';
  }
}

/** Options of {@link readAllocatorTrace}. */
export interface ReadAllocatorTraceOptions {
  /** Records per batch (default 65536). */
  readonly batchSize?: number;
  /** Bytes read at a time (default 4 MiB; grows only for a larger stats record). */
  readonly chunkBytes?: number;
  /** Called with the header before the first batch. */
  readonly onHeader?: (header: AllocatorTraceHeader) => void;
}

/** Options of {@link walkAllocatorTrace}: the reader's plus the annotation records' handlers. */
export interface WalkAllocatorTraceOptions extends Pick<ReadAllocatorTraceOptions, 'chunkBytes' | 'onHeader'>, TraceAnnotationHandlers {}

/**
 * True when the bytes start with the allocator-trace magic (how the CLI picks a reader).
 *
 * @example
 * ```ts
 * isAllocatorTrace(new TextEncoder().encode('PYMALTRC')); // true
 * ```
 */
export function isAllocatorTrace(firstBytes: Uint8Array): boolean {
  if (firstBytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (firstBytes[i] !== ALLOCATOR_TRACE_MAGIC.charCodeAt(i)) return false;
  return true;
}

function fromSource(source: TraceByteSource): (target: Uint8Array, position: number) => number {
  if (typeof source === 'function') return source;
  return (target, position) => {
    const n = Math.max(0, Math.min(target.length, source.length - position));
    target.set(source.subarray(position, position + n));
    return n;
  };
}

/** Reads words into `buf` from `position` until full or the end; returns bytes read. */
function fill(read: (target: Uint8Array, position: number) => number, target: Uint8Array, position: number): number {
  let got = 0;
  while (got < target.length) {
    const n = read(target.subarray(got), position + got);
    if (n <= 0) break;
    got += n;
  }
  return got;
}

function decodeHeader(bytes: Uint8Array, length: number): AllocatorTraceHeader {
  if (length < 8 || !isAllocatorTrace(bytes)) throw new AllocatorTraceError(0, `expected the magic "${ALLOCATOR_TRACE_MAGIC}": not an allocator trace`);
  if (length < HEADER_BYTES) throw new AllocatorTraceError(length, `the ${HEADER_BYTES}-byte header is cut short`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = view.getUint32(8, true);
  if (version < 1 || version > ALLOCATOR_TRACE_VERSION) throw new AllocatorTraceError(8, `expected format version 1 to ${ALLOCATOR_TRACE_VERSION}, found ${version}`);
  const headerBytes = view.getUint32(12, true);
  if (headerBytes !== HEADER_BYTES) throw new AllocatorTraceError(12, `expected header size ${HEADER_BYTES}, found ${headerBytes}`);
  const pointerBits = view.getUint32(16, true);
  if (pointerBits !== 64) throw new AllocatorTraceError(16, `expected 64-bit pointers, found ${pointerBits}`);
  const hex = view.getUint32(20, true);
  const pythonVersion = `${hex >>> 24}.${(hex >>> 16) & 0xff}.${(hex >>> 8) & 0xff}`;
  return { version, pointerBits, pythonHexVersion: hex, pythonVersion };
}

/**
 * Consumes call records straight from the trace's words: called with the words read so far,
 * the word index of the next record and the number of whole words available, it handles as
 * many complete call records (types 1-8) as it can and returns the index where it stopped:
 * at a record that is not a call or not complete, or at `avail`. The walker deals with the
 * rest (text records, END, reading more, errors). `base` is the byte offset of `words[0]`.
 * `calls` counts the call records handled so far (the walker checks it against END).
 */
export interface TraceRecordConsumer {
  consume(words: Uint32Array, pos: number, avail: number, base: number): number;
  readonly calls: number;
}

/** The words of the trace from `pos`, as record lengths: the length in words, or -1 for an unknown type. */
function recordLength(words: Uint32Array, pos: number, avail: number, version: number): number {
  const w = words[pos]!;
  const op = w & 15;
  const sizeWords = (w & BIG_SIZE) !== 0 ? 2 : 0;
  if (op >= 1 && op <= 8) return 1 + sizeWords + (op === TraceOp.realloc ? 4 : 2);
  if (version >= 2) {
    if (op === TraceOp.site) return 1;
    if (op === TraceOp.location) return (w & BIG_SIZE) !== 0 ? -1 : 2 + Math.ceil((w >>> SIZE_SHIFT) / 4);
    if (op === TraceOp.extended) return extendedLength(w);
  }
  if (op === TraceOp.stats || op === TraceOp.typeStats) {
    if (pos + 1 + sizeWords > avail) return 1 + sizeWords;
    const n = sizeWords ? words[pos + 1]! + words[pos + 2]! * TWO32 : w >>> SIZE_SHIFT;
    return 1 + sizeWords + Math.ceil(n / 4);
  }
  if (op === TraceOp.end) return 5;
  if (op === TraceOp.allocatedBlocks) return 3;
  return -1;
}

/**
 * Validates the fields of the complete call record at `words[pos]` that a consumer trusts
 * (sizes and addresses below 2^53, no domain on arena records); throws with the offset.
 *
 * @example
 * ```ts
 * checkCallRecord(words, pos, base); // inside a TraceRecordConsumer, before decoding
 * ```
 */
export function checkCallRecord(words: Uint32Array, pos: number, base: number): void {
  const w = words[pos]!;
  const op = w & 15;
  const at = base + pos * 4;
  const big = (w & BIG_SIZE) !== 0;
  if (big && (w >>> SIZE_SHIFT !== 0 || words[pos + 2]! >= 1 << 21)) throw new AllocatorTraceError(at, 'size does not fit in 53 bits');
  if (op >= TraceOp.arenaAlloc && (w & DOMAIN_OBJ) !== 0) throw new AllocatorTraceError(at, 'an arena record cannot carry a domain');
  if (op === TraceOp.free && (w >>> 5) !== 0) throw new AllocatorTraceError(at, 'a free record carries no size');
  const p = pos + 1 + (big ? 2 : 0);
  if (words[p + 1]! >= 1 << 21) throw new AllocatorTraceError(at + (p + 1 - pos) * 4, 'address does not fit in 53 bits');
  if (op === TraceOp.realloc && words[p + 3]! >= 1 << 21) throw new AllocatorTraceError(at + (p + 3 - pos) * 4, 'address does not fit in 53 bits');
}

/**
 * Walks a trace with bounded memory: validates the header, hands call records to `consume`,
 * collects the text records and checks the END record.
 * @throws AllocatorTraceError naming the byte offset of a corrupt or truncated record.
 *
 * @example
 * ```ts
 * let calls = 0;
 * const consumer = {
 *   calls: 0,
 *   consume(words: Uint32Array, pos: number, avail: number) {
 *     // decode complete call records from words[pos] on, counting them in `calls`
 *     return pos; // where it stopped
 *   },
 * };
 * walkAllocatorTrace(bytes, consumer);
 * ```
 */
export function walkAllocatorTrace(
  source: TraceByteSource,
  consumer: TraceRecordConsumer,
  options: WalkAllocatorTraceOptions = {},
): { header: AllocatorTraceHeader; footer: AllocatorTraceFooter } {
  const read = fromSource(source);
  let bytes = new Uint8Array(Math.max(64, (options.chunkBytes ?? 4 * 1024 * 1024) & ~3));
  let words = new Uint32Array(bytes.buffer);
  let have = fill(read, bytes, 0);
  const header = decodeHeader(bytes, have);
  options.onHeader?.(header);

  let base = 0; // file offset of bytes[0]
  let pos = HEADER_BYTES >> 2; // word index of the next record
  let stats: TailText | undefined;
  let typeStats: TailText | undefined;
  let allocatedBlocks: number | undefined;
  let allocatedBlocksAt = 0;
  const end: TraceEndRecords = {};
  let locations = 0;
  const decoder = new TextDecoder();
  const strict = new TextDecoder('utf-8', { fatal: true });

  for (;;) {
    const avail = have >> 2;
    let needMore = 0;
    while (pos < avail) {
      pos = consumer.consume(words, pos, avail, base);
      if (pos >= avail) break;
      const len = recordLength(words, pos, avail, header.version);
      const w = words[pos]!;
      const op = w & 15;
      if (len < 0) throw new AllocatorTraceError(base + pos * 4, `unknown record type ${op} (first word 0x${w.toString(16).padStart(8, '0')})`);
      if ((op === TraceOp.stats || op === TraceOp.typeStats) && len > MAX_TEXT_WORDS) {
        throw new AllocatorTraceError(base + pos * 4, `a stats text of ${(len - 1) * 4} bytes is implausible (the limit is ${MAX_TEXT_WORDS * 4})`);
      }
      if (pos + len > avail) {
        needMore = len;
        break;
      }
      if (op <= 8) throw new Error(`internal: the consumer stopped at a complete call record (offset ${base + pos * 4})`);
      const at = base + pos * 4;
      if (op === TraceOp.end) {
        if (w !== TraceOp.end) throw new AllocatorTraceError(at, 'malformed END record');
        const count = words[pos + 1]! + words[pos + 2]! * TWO32;
        const elapsedNs = words[pos + 3]! + words[pos + 4]! * TWO32;
        const records = consumer.calls;
        if (count !== records) throw new AllocatorTraceError(at, `END says ${count} call records, the trace holds ${records}`);
        const endAt = (pos + len) * 4;
        if (have > endAt || fill(read, new Uint8Array(1), base + endAt) > 0) {
          throw new AllocatorTraceError(base + endAt, 'unexpected data after the END record');
        }
        checkTraceTail(stats, typeStats, allocatedBlocks === undefined ? undefined : { value: allocatedBlocks, offset: allocatedBlocksAt });
        const v2 = header.version >= 2 ? { gc: end.gc, locations } : {};
        const v3 = end.resources ? { resources: end.resources } : {};
        return { header, footer: { records, elapsedNs, stats: stats?.text, typeStats: typeStats?.text, allocatedBlocks, ...v2, ...v3 } };
      }
      if (op === TraceOp.site) {
        if (w >>> SIZE_SHIFT > locations) throw new AllocatorTraceError(at, `a site record names location ${w >>> SIZE_SHIFT}, only ${locations} are defined`);
        if ((w & 48) !== 0) throw new AllocatorTraceError(at, 'a site record cannot carry a domain or the big-size flag');
        options.onSite?.(w >>> SIZE_SHIFT, consumer.calls);
        pos += len;
        continue;
      }
      if (op === TraceOp.location) {
        const location = decodeLocation(bytes, words, pos, ++locations, at, decoder);
        options.onLocation?.(location);
        pos += len;
        continue;
      }
      if (op === TraceOp.extended) {
        decodeExtended(words, pos, at, consumer.calls, options, end, header.version);
        pos += len;
        continue;
      }
      if (op === TraceOp.allocatedBlocks) {
        if (w !== TraceOp.allocatedBlocks || words[pos + 2]! >= 1 << 21) throw new AllocatorTraceError(at, 'malformed allocated-blocks record');
        allocatedBlocks = words[pos + 1]! + words[pos + 2]! * TWO32;
        allocatedBlocksAt = at;
        pos += len;
        continue;
      }
      const big = (w & BIG_SIZE) !== 0;
      if (big && (w >>> SIZE_SHIFT !== 0 || words[pos + 2]! >= 1 << 21)) throw new AllocatorTraceError(at, 'size does not fit in 53 bits');
      const size = big ? words[pos + 1]! + words[pos + 2]! * TWO32 : w >>> SIZE_SHIFT;
      const p = (pos + 1 + (big ? 2 : 0)) << 2;
      let text: string;
      try {
        text = strict.decode(bytes.subarray(p, p + size));
      } catch {
        throw new AllocatorTraceError(base + p, `the ${op === TraceOp.stats ? '_debugmallocstats table' : 'free-list text'} is not valid UTF-8`);
      }
      if ((op === TraceOp.stats ? stats : typeStats) !== undefined) throw new AllocatorTraceError(at, `a second ${op === TraceOp.stats ? 'stats' : 'type stats'} record`);
      if (op === TraceOp.stats) stats = { text, offset: base + p };
      else typeStats = { text, offset: base + p };
      pos += len;
    }
    // Move the unread tail to the front and read more.
    const consumed = pos * 4;
    const rest = have - consumed;
    if (needMore * 4 > bytes.length) {
      const bigger = new Uint8Array(Math.ceil((needMore * 4) / 4096) * 4096 * 2);
      bigger.set(bytes.subarray(consumed, have));
      bytes = bigger;
      words = new Uint32Array(bytes.buffer);
    } else {
      bytes.copyWithin(0, consumed, have);
    }
    base += consumed;
    pos = 0;
    const got = fill(read, bytes.subarray(rest), base + rest);
    have = rest + got;
    if (got === 0) {
      if (rest > 0) throw new AllocatorTraceError(base, `truncated: the record here needs ${Math.max(needMore * 4, 4)} bytes, only ${rest} remain`);
      throw new AllocatorTraceError(base, 'truncated: the trace ends without its END record');
    }
  }
}

/**
 * Streams a trace: validates the header, decodes the call records into batches handed to
 * `onBatch`, and returns the header and footer. Memory stays bounded by the chunk and batch
 * sizes whatever the trace's length.
 * @throws AllocatorTraceError naming the byte offset of a corrupt or truncated record.
 *
 * @example
 * ```ts
 * let calls = 0;
 * const { footer } = readAllocatorTrace(bytes, (batch) => { calls += batch.count; });
 * calls === footer.records; // true
 * ```
 */
export function readAllocatorTrace(
  source: TraceByteSource,
  onBatch: (batch: AllocatorTraceBatch) => void,
  options: ReadAllocatorTraceOptions & Omit<TraceAnnotationHandlers, 'onSite' | 'onTime'> = {},
): { header: AllocatorTraceHeader; footer: AllocatorTraceFooter } {
  const batchSize = options.batchSize ?? 65536;
  const batch: AllocatorTraceBatch = {
    count: 0,
    op: new Uint8Array(batchSize),
    size: new Float64Array(batchSize),
    a: new Float64Array(batchSize),
    b: new Float64Array(batchSize),
    offset: new Float64Array(batchSize),
    site: new Uint32Array(batchSize),
    time: new Float64Array(batchSize),
  };
  const { op: ops, size: sizes, a, b, offset, site, time } = batch;
  let currentSite = 0;
  let currentTime = 0;
  const consumer = { calls: 0, consume: (_words: Uint32Array, pos: number, _avail: number, _base: number) => pos };
  consumer.consume = (words, pos, avail, base) => {
    while (pos < avail) {
      const w = words[pos]!;
      const op = w & 15;
      if (op < 1 || op > 8) return pos;
      const big = (w & BIG_SIZE) !== 0;
      const p = pos + 1 + (big ? 2 : 0);
      const len = p - pos + (op === TraceOp.realloc ? 4 : 2);
      if (pos + len > avail) return pos;
      checkCallRecord(words, pos, base);
      const i = batch.count;
      ops[i] = w & 31;
      sizes[i] = big ? words[pos + 1]! + words[pos + 2]! * TWO32 : w >>> SIZE_SHIFT;
      a[i] = words[p]! + words[p + 1]! * TWO32;
      if (op === TraceOp.realloc) b[i] = words[p + 2]! + words[p + 3]! * TWO32;
      offset[i] = base + pos * 4;
      site[i] = currentSite;
      time[i] = currentTime;
      consumer.calls++;
      pos += len;
      if (++batch.count === batchSize) {
        onBatch(batch);
        batch.count = 0;
      }
    }
    return pos;
  };
  try {
    return walkAllocatorTrace(source, consumer, {
      ...options,
      onSite: (location) => (currentSite = location),
      onTime: (ns) => (currentTime = ns),
    });
  } finally {
    // Whatever was decoded before an error is still delivered.
    if (batch.count > 0) onBatch(batch);
    batch.count = 0;
  }
}

/** One call for {@link encodeAllocatorTrace}. */
export type AllocatorTraceCall =
  | { readonly op: 'malloc' | 'calloc'; readonly size: number; readonly result: number; readonly obj?: boolean }
  | { readonly op: 'realloc'; readonly ptr: number; readonly size: number; readonly result: number; readonly obj?: boolean }
  | { readonly op: 'free'; readonly ptr: number; readonly obj?: boolean }
  | { readonly op: 'arenaAlloc'; readonly size: number; readonly result: number }
  | { readonly op: 'arenaFree'; readonly ptr: number; readonly size: number };

/**
 * Writes calls (and optionally the tables and timing) in the recorder's format.
 *
 * @example
 * ```ts
 * const bytes = encodeAllocatorTrace([{ op: 'arenaAlloc', size: 1 << 20, result: 0x7f0000000000 }]);
 * isAllocatorTrace(bytes); // true
 * ```
 */
export function encodeAllocatorTrace(
  calls: readonly AllocatorTraceCall[],
  footer: { stats?: string; typeStats?: string; allocatedBlocks?: number; elapsedNs?: number; pythonHexVersion?: number } = {},
): Uint8Array {
  const out: number[] = [];
  const put64 = (v: number) => out.push(v % TWO32 >>> 0, Math.floor(v / TWO32));
  const head = (op: number, size: number) => {
    if (size < 2 ** 26) out.push((op | (size << SIZE_SHIFT)) >>> 0);
    else {
      out.push(op | BIG_SIZE);
      put64(size);
    }
  };
  const magic = new TextEncoder().encode(ALLOCATOR_TRACE_MAGIC);
  const m = new DataView(magic.buffer);
  out.push(m.getUint32(0, true), m.getUint32(4, true), ALLOCATOR_TRACE_VERSION, HEADER_BYTES, 64, footer.pythonHexVersion ?? 0x030b07f0, 0, 0);
  for (const c of calls) {
    const dom = 'obj' in c && c.obj ? DOMAIN_OBJ : 0;
    switch (c.op) {
      case 'malloc':
      case 'calloc':
        head(TraceOp[c.op] | dom, c.size);
        put64(c.result);
        break;
      case 'realloc':
        head(TraceOp.realloc | dom, c.size);
        put64(c.ptr);
        put64(c.result);
        break;
      case 'free':
        head(TraceOp.free | dom, 0);
        put64(c.ptr);
        break;
      case 'arenaAlloc':
        head(TraceOp.arenaAlloc, c.size);
        put64(c.result);
        break;
      case 'arenaFree':
        head(TraceOp.arenaFree, c.size);
        put64(c.ptr);
        break;
    }
  }
  if (footer.allocatedBlocks !== undefined) {
    out.push(TraceOp.allocatedBlocks);
    put64(footer.allocatedBlocks);
  }
  for (const [op, text] of [[TraceOp.stats, footer.stats], [TraceOp.typeStats, footer.typeStats]] as const) {
    if (text === undefined) continue;
    const b = new TextEncoder().encode(text);
    head(op, b.length);
    const padded = new Uint8Array(Math.ceil(b.length / 4) * 4);
    padded.set(b);
    const v = new DataView(padded.buffer);
    for (let i = 0; i < padded.length; i += 4) out.push(v.getUint32(i, true));
  }
  out.push(TraceOp.end);
  put64(calls.length);
  put64(footer.elapsedNs ?? 0);
  return new Uint8Array(Uint32Array.from(out).buffer);
}
