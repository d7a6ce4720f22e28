// Allocator traces recorded from real CPython by tools/recorder: the binary format (described
// in tools/recorder/FORMAT.md) and a streaming reader that decodes it in batches of typed
// arrays with bounded memory. Start at `readAllocatorTrace`; `encodeAllocatorTrace` writes
// the same format (tests and synthetic traces use it).

/** The 8 bytes every allocator trace starts with. */
export const ALLOCATOR_TRACE_MAGIC = 'PYMALTRC';
/** The format version this reader understands. */
export const ALLOCATOR_TRACE_VERSION = 1;

/** Record types (the low 4 bits of a record's first word). */
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
  typeStats: 13,
  stats: 14,
  end: 15,
});

/** Bit 4 of a record's first word: the call came through the object domain (else the mem domain). */
export const DOMAIN_OBJ = 16;
const BIG_SIZE = 32;
const SIZE_SHIFT = 6;
const TWO32 = 4294967296;
const HEADER_BYTES = 32;

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
}

/**
 * A batch of decoded call records, as parallel typed arrays (reused between batches: copy
 * what you keep). For record i: `op[i]` is the type plus `DOMAIN_OBJ`; `size[i]` the bytes
 * requested; `a[i]` the result of malloc/calloc/arena alloc or the pointer of
 * free/realloc/arena free; `b[i]` the result of realloc; `offset[i]` its byte offset.
 */
export interface AllocatorTraceBatch {
  count: number;
  readonly op: Uint8Array;
  readonly size: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly offset: Float64Array;
}

/** Bytes of a trace: all in memory, or a positional read (`fs.readSync(fd, target, 0, target.length, position)`). */
export type TraceByteSource = Uint8Array | ((target: Uint8Array, position: number) => number);

/** A trace that cannot be read, with the byte offset where reading failed. */
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

/** True when the bytes start with the allocator-trace magic (how the CLI picks a reader). */
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
  if (version !== ALLOCATOR_TRACE_VERSION) throw new AllocatorTraceError(8, `expected format version ${ALLOCATOR_TRACE_VERSION}, found ${version}`);
  const headerBytes = view.getUint32(12, true);
  if (headerBytes !== HEADER_BYTES) throw new AllocatorTraceError(12, `expected header size ${HEADER_BYTES}, found ${headerBytes}`);
  const pointerBits = view.getUint32(16, true);
  if (pointerBits !== 64) throw new AllocatorTraceError(16, `expected 64-bit pointers, found ${pointerBits}`);
  const hex = view.getUint32(20, true);
  const pythonVersion = `${hex >>> 24}.${(hex >>> 16) & 0xff}.${(hex >>> 8) & 0xff}`;
  return { version, pointerBits, pythonHexVersion: hex, pythonVersion };
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
  options: ReadAllocatorTraceOptions = {},
): { header: AllocatorTraceHeader; footer: AllocatorTraceFooter } {
  const read = fromSource(source);
  const batchSize = options.batchSize ?? 65536;
  let chunk = Math.max(64, (options.chunkBytes ?? 4 * 1024 * 1024) & ~3);
  let bytes = new Uint8Array(chunk);
  let words = new Uint32Array(bytes.buffer);
  let have = fill(read, bytes, 0);
  const header = decodeHeader(bytes, have);
  options.onHeader?.(header);

  const batch: AllocatorTraceBatch = {
    count: 0,
    op: new Uint8Array(batchSize),
    size: new Float64Array(batchSize),
    a: new Float64Array(batchSize),
    b: new Float64Array(batchSize),
    offset: new Float64Array(batchSize),
  };
  const flush = () => {
    if (batch.count > 0) onBatch(batch);
    batch.count = 0;
  };

  let base = 0; // file offset of bytes[0]
  let pos = HEADER_BYTES >> 2; // word index of the next record
  let records = 0;
  let stats: string | undefined;
  let typeStats: string | undefined;
  const decoder = new TextDecoder();

  for (;;) {
    const avail = have >> 2;
    let needMore = 0;
    while (pos < avail) {
      const w = words[pos]!;
      const op = w & 15;
      const big = (w & BIG_SIZE) !== 0;
      const sizeWords = big ? 2 : 0;
      let len: number;
      if (op >= 1 && op <= 8) len = 1 + sizeWords + (op === TraceOp.realloc ? 4 : 2);
      else if (op === TraceOp.stats || op === TraceOp.typeStats) {
        if (pos + 1 + sizeWords > avail) {
          needMore = 1 + sizeWords;
          break;
        }
        const n = big ? words[pos + 1]! + words[pos + 2]! * TWO32 : w >>> SIZE_SHIFT;
        len = 1 + sizeWords + Math.ceil(n / 4);
      } else if (op === TraceOp.end) len = 5;
      else throw new AllocatorTraceError(base + pos * 4, `unknown record type ${op} (first word 0x${w.toString(16).padStart(8, '0')})`);
      if (pos + len > avail) {
        needMore = len;
        break;
      }
      const at = base + pos * 4;
      let size = w >>> SIZE_SHIFT;
      if (big) {
        const hi = words[pos + 2]!;
        if (size !== 0 || hi >= 1 << 21) throw new AllocatorTraceError(at, 'size does not fit in 53 bits');
        size = words[pos + 1]! + hi * TWO32;
      }
      const p = pos + 1 + sizeWords;
      if (op <= 8) {
        if (op >= TraceOp.arenaAlloc && (w & DOMAIN_OBJ) !== 0) {
          throw new AllocatorTraceError(at, 'an arena record cannot carry a domain');
        }
        if (op === TraceOp.free && size !== 0) throw new AllocatorTraceError(at, `a free record carries no size, found ${size}`);
        const hiA = words[p + 1]!;
        if (hiA >= 1 << 21) throw new AllocatorTraceError(at + (p + 1 - pos) * 4, 'address does not fit in 53 bits');
        const i = batch.count;
        batch.op[i] = w & 31;
        batch.size[i] = size;
        batch.a[i] = words[p]! + hiA * TWO32;
        if (op === TraceOp.realloc) {
          const hiB = words[p + 3]!;
          if (hiB >= 1 << 21) throw new AllocatorTraceError(at + (p + 3 - pos) * 4, 'address does not fit in 53 bits');
          batch.b[i] = words[p + 2]! + hiB * TWO32;
        }
        batch.offset[i] = at;
        records++;
        if (++batch.count === batchSize) flush();
      } else if (op === TraceOp.end) {
        if ((w >>> 4) !== 0) throw new AllocatorTraceError(at, 'malformed END record');
        const count = words[pos + 1]! + words[pos + 2]! * TWO32;
        const elapsedNs = words[pos + 3]! + words[pos + 4]! * TWO32;
        if (count !== records) throw new AllocatorTraceError(at, `END says ${count} call records, the trace holds ${records}`);
        const endAt = (pos + len) * 4;
        if (have > endAt || fill(read, new Uint8Array(1), base + endAt) > 0) {
          throw new AllocatorTraceError(base + endAt, 'unexpected data after the END record');
        }
        flush();
        return { header, footer: { records, elapsedNs, stats, typeStats } };
      } else {
        const text = decoder.decode(bytes.subarray((p << 2), (p << 2) + size));
        if (op === TraceOp.stats) stats = text;
        else typeStats = text;
      }
      pos += len;
    }
    // Move the unread tail to the front and read more.
    const consumed = pos * 4;
    const rest = have - consumed;
    if (needMore * 4 > bytes.length) {
      chunk = Math.ceil((needMore * 4) / 4096) * 4096 * 2;
      const bigger = new Uint8Array(chunk);
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
      flush();
      if (rest > 0) throw new AllocatorTraceError(base, `truncated: the record here needs ${Math.max(needMore * 4, 4)} bytes, only ${rest} remain`);
      throw new AllocatorTraceError(base, 'truncated: the trace ends without its END record');
    }
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
  footer: { stats?: string; typeStats?: string; elapsedNs?: number; pythonHexVersion?: number } = {},
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
