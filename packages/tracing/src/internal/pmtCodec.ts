// The binary `.pmt` event-log format: a versioned header, then checksummed blocks, then an end
// block. Each block is self-contained (its own string table, shape table and delta state), so a
// reader can start at any block, and corruption is found in the block where it is.
//
// File:   "PYMT" u8 version u8 0 u8 0 u8 0  u32 headerLength  header JSON  u32 crc32(all before)
// Block:  'B' u32 payloadLength u32 eventCount f64 firstSeq u32 crc32(tag..firstSeq + payload) payload
// End:    'E' u32 blockCount f64 eventCount f64 lastSeq u32 crc32(tag..lastSeq)
//
// Payload, per event: uvarint (shapeRef << 1 | seqGap); if shapeRef is new, the shape follows
// (type string, key count, per key a string and a kind); if seqGap, a zigzag seq delta follows;
// then one value per key of the shape: integers as zigzag deltas against the previous value of
// the same key in the block, strings as string-table references, booleans and null in the shape
// itself (no bytes). Keys keep their order, so JSON Lines -> .pmt -> JSON Lines is byte-identical.
import { crc32 } from './crc32.js';
import { ByteCursor, ByteSink, OutOfBytes, readF64, readU32 } from './bytes.js';
import type { TraceEvent, TraceHeader } from '../traceEvent.js';

export const PMT_MAGIC = [0x50, 0x59, 0x4d, 0x54]; // "PYMT"
export const PMT_VERSION = 1;
export const BLOCK_TAG = 0x42; // 'B'
export const END_TAG = 0x45; // 'E'
export const BLOCK_HEADER_BYTES = 21;
export const END_BYTES = 25;
/** Largest payload a reader accepts; anything above is a corrupt length field. */
export const MAX_PAYLOAD = 64 * 1024 * 1024;

const textEncoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

// Value kinds of a shape's keys.
const K_INT = 0;
const K_FLOAT = 1;
const K_STR = 2;
const K_TRUE = 3;
const K_FALSE = 4;
const K_NULL = 5;
const K_JSON = 6;
const K_TYPE = 7;
const K_SEQ = 8;
const K_LAST = 8;

// Integers up to 2^51 in magnitude are delta-coded; the zigzag of a difference of two such
// values stays below 2^53, so it is exact. Larger integers are stored as float64 (also exact).
const INT_LIMIT = 2 ** 51;

interface EncShape {
  readonly ref: number;
  readonly type: string;
  readonly keys: string[];
  readonly kinds: Uint8Array;
  /** Delta-context slot of each key (-1 for keys that are not integers). */
  readonly slots: Int32Array;
}

/** Options of the block encoder. */
export interface PmtEncoderOptions {
  /** Flush a block when its payload reaches this many bytes (default 64 KiB). */
  readonly blockBytes?: number;
  /** ... or this many events (default 16384). */
  readonly blockEvents?: number;
}

function kindOf(key: string, v: unknown): number {
  if (key === 'type') return K_TYPE;
  if (key === 'seq') return K_SEQ;
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) && v < INT_LIMIT && v > -INT_LIMIT ? K_INT : K_FLOAT;
    case 'string':
      return K_STR;
    case 'boolean':
      return v ? K_TRUE : K_FALSE;
    case 'object':
      return v === null ? K_NULL : K_JSON;
    default:
      return -1; // undefined, functions: JSON drops them, so do we
  }
}

/** Encodes the header bytes of a `.pmt` file. */
export function encodePmtHeader(header: TraceHeader): Uint8Array {
  const json = textEncoder.encode(JSON.stringify(header));
  const out = new Uint8Array(12 + json.length + 4);
  out.set(PMT_MAGIC, 0);
  out[4] = PMT_VERSION;
  const dv = new DataView(out.buffer);
  dv.setUint32(8, json.length, true);
  out.set(json, 12);
  dv.setUint32(12 + json.length, crc32(out.subarray(0, 12 + json.length)), true);
  return out;
}

/**
 * Turns events into blocks. `add` returns a finished block when one fills; `finish` returns
 * the last partial block and the end block.
 */
export class PmtBlockEncoder {
  private readonly sink = new ByteSink();
  private readonly blockBytes: number;
  private readonly blockEvents: number;
  private strings = new Map<string, number>();
  private shapesByType = new Map<string, EncShape[]>();
  private shapeCount = 0;
  private slotsByKey = new Map<string, number>();
  private ctx = new Float64Array(64);
  private count = 0;
  private firstSeq = 0;
  private prevSeq = 0;
  private lastSeq = -1;
  private blocks = 0;
  private total = 0;
  private readonly keyScratch: string[] = [];
  private readonly kindScratch = new Uint8Array(256);

  constructor(options: PmtEncoderOptions = {}) {
    this.blockBytes = options.blockBytes ?? 1 << 16;
    this.blockEvents = options.blockEvents ?? 16384;
  }

  /** Events encoded so far. */
  get eventCount(): number {
    return this.total;
  }

  /** Adds one event; returns a finished block when this event filled one. */
  add(e: TraceEvent): Uint8Array | undefined {
    const seq = e.seq;
    if (this.count === 0) {
      this.firstSeq = seq;
      this.prevSeq = seq - 1;
    }
    const shape = this.shapeFor(e);
    const sink = this.sink;
    const gap = seq !== this.prevSeq + 1;
    const isNew = shape.ref === this.shapeCount;
    sink.uvarint(shape.ref * 2 + (gap ? 1 : 0));
    if (isNew) {
      this.shapeCount++;
      this.str(shape.type);
      sink.uvarint(shape.keys.length);
      for (let i = 0; i < shape.keys.length; i++) {
        this.str(shape.keys[i]!);
        sink.byte(shape.kinds[i]!);
      }
    }
    if (gap) sink.svarint(seq - this.prevSeq - 1);
    this.prevSeq = seq;
    const keys = shape.keys;
    const kinds = shape.kinds;
    for (let i = 0; i < keys.length; i++) {
      const kind = kinds[i]!;
      if (kind === K_INT) {
        const v = e[keys[i]!] as number;
        const slot = shape.slots[i]!;
        sink.svarint(v - this.ctx[slot]!);
        this.ctx[slot] = v;
      } else if (kind === K_STR) {
        this.str(e[keys[i]!] as string);
      } else if (kind === K_FLOAT) {
        sink.f64(e[keys[i]!] as number);
      } else if (kind === K_JSON) {
        this.str(JSON.stringify(e[keys[i]!]));
      }
    }
    this.count++;
    this.total++;
    this.lastSeq = seq;
    if (sink.len >= this.blockBytes || this.count >= this.blockEvents) return this.flush();
    return undefined;
  }

  /** The last partial block (if any) followed by the end block. */
  finish(): Uint8Array {
    const last = this.count > 0 ? this.flush() : new Uint8Array(0);
    const end = new ByteSink(END_BYTES);
    end.byte(END_TAG);
    end.u32(this.blocks);
    end.f64(this.total);
    end.f64(this.lastSeq);
    end.u32(crc32(end.buf.subarray(0, end.len)));
    const tail = end.take();
    const out = new Uint8Array(last.length + tail.length);
    out.set(last, 0);
    out.set(tail, last.length);
    return out;
  }

  private flush(): Uint8Array {
    const payload = this.sink.buf.subarray(0, this.sink.len);
    const out = new Uint8Array(BLOCK_HEADER_BYTES + payload.length);
    const dv = new DataView(out.buffer);
    out[0] = BLOCK_TAG;
    dv.setUint32(1, payload.length, true);
    dv.setUint32(5, this.count, true);
    dv.setFloat64(9, this.firstSeq, true);
    out.set(payload, BLOCK_HEADER_BYTES);
    dv.setUint32(17, crc32(payload, crc32(out.subarray(0, 17))), true);
    this.sink.len = 0;
    this.strings.clear();
    this.shapesByType.clear();
    this.slotsByKey.clear();
    this.ctx.fill(0);
    this.shapeCount = 0;
    this.count = 0;
    this.blocks++;
    return out;
  }

  private str(s: string): void {
    const ref = this.strings.get(s);
    if (ref !== undefined) {
      this.sink.uvarint(ref);
      return;
    }
    const id = this.strings.size;
    this.strings.set(s, id);
    this.sink.uvarint(id);
    const bytes = textEncoder.encode(s);
    this.sink.uvarint(bytes.length);
    this.sink.bytes(bytes);
  }

  private shapeFor(e: TraceEvent): EncShape {
    const keys = this.keyScratch;
    const kinds = this.kindScratch;
    let n = 0;
    for (const k in e) {
      const kind = kindOf(k, e[k]);
      if (kind < 0) continue;
      if (n >= kinds.length) throw new RangeError(`event ${e.type} has more than ${kinds.length} fields`);
      keys[n] = k;
      kinds[n] = kind;
      n++;
    }
    let list = this.shapesByType.get(e.type);
    if (list === undefined) {
      list = [];
      this.shapesByType.set(e.type, list);
    }
    search: for (let s = 0; s < list.length; s++) {
      const shape = list[s]!;
      if (shape.keys.length !== n) continue;
      for (let i = 0; i < n; i++) {
        if (shape.kinds[i] !== kinds[i] || shape.keys[i] !== keys[i]) continue search;
      }
      // Move a hit to the front: most types have one shape, a few alternate between two.
      if (s > 0) {
        list[s] = list[0]!;
        list[0] = shape;
      }
      return shape;
    }
    const slots = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== K_INT) continue;
      let slot = this.slotsByKey.get(keys[i]!);
      if (slot === undefined) {
        slot = this.slotsByKey.size;
        this.slotsByKey.set(keys[i]!, slot);
        if (slot >= this.ctx.length) {
          const grown = new Float64Array(this.ctx.length * 2);
          grown.set(this.ctx);
          this.ctx = grown;
        }
      }
      slots[i] = slot;
    }
    const shape: EncShape = {
      ref: this.shapeCount,
      type: e.type,
      keys: keys.slice(0, n),
      kinds: kinds.slice(0, n),
      slots,
    };
    list.unshift(shape);
    return shape;
  }
}

/** Why a `.pmt` byte range could not be decoded; the caller adds the file offset. */
export class PmtFormatError extends Error {
  constructor(
    message: string,
    /** Byte offset relative to the start of the buffer given to the decoder. */
    readonly at: number,
    /** Events of the block decoded before the problem. */
    readonly eventsDecoded = 0,
  ) {
    super(message);
  }
}

/** A parsed `.pmt` file header. */
export interface PmtHeaderInfo {
  readonly header: unknown;
  /** Bytes the header takes; blocks start here. */
  readonly length: number;
}

/**
 * Parses the file header from `buf` (which must start at byte 0 of the file). Returns
 * undefined when more bytes are needed.
 */
export function decodePmtHeader(buf: Uint8Array, complete: boolean): PmtHeaderInfo | undefined {
  if (buf.length < 12) {
    if (complete) throw new PmtFormatError(`file ends after ${buf.length} bytes, inside the 12-byte .pmt header`, buf.length);
    return undefined;
  }
  for (let i = 0; i < 4; i++) {
    if (buf[i] !== PMT_MAGIC[i]) throw new PmtFormatError('not a .pmt trace: the file does not start with "PYMT"', i);
  }
  if (buf[4] !== PMT_VERSION) {
    throw new PmtFormatError(`unsupported .pmt format version ${buf[4]}; this pymem reads version ${PMT_VERSION}`, 4);
  }
  const len = readU32(buf, 8);
  if (len > MAX_PAYLOAD) throw new PmtFormatError(`header length ${len} is implausible (corrupt header)`, 8);
  if (buf.length < 12 + len + 4) {
    if (complete) throw new PmtFormatError(`file ends at byte ${buf.length}, inside the ${len}-byte header`, buf.length);
    return undefined;
  }
  const want = readU32(buf, 12 + len);
  if (crc32(buf.subarray(0, 12 + len)) !== want) throw new PmtFormatError('header checksum mismatch (corrupt header)', 12 + len);
  let header: unknown;
  try {
    header = JSON.parse(utf8.decode(buf.subarray(12, 12 + len)));
  } catch {
    throw new PmtFormatError('header is not valid JSON', 12);
  }
  return { header, length: 12 + len + 4 };
}

/** What the next item in a `.pmt` stream is. */
export type PmtFrame =
  | { readonly kind: 'block'; readonly length: number; readonly eventCount: number; readonly firstSeq: number }
  | { readonly kind: 'end'; readonly length: number; readonly blockCount: number; readonly eventCount: number; readonly lastSeq: number };

/**
 * Looks at the frame starting at `at`. Returns undefined when the buffer ends before the frame
 * header does; throws on a bad tag or length. Checksums are verified by `decodePmtBlock`.
 */
export function peekPmtFrame(buf: Uint8Array, at: number): PmtFrame | undefined {
  if (at >= buf.length) return undefined;
  const tag = buf[at];
  if (tag === BLOCK_TAG) {
    if (buf.length - at < BLOCK_HEADER_BYTES) return undefined;
    const payload = readU32(buf, at + 1);
    if (payload > MAX_PAYLOAD) throw new PmtFormatError(`block payload length ${payload} is implausible (corrupt block header)`, at + 1);
    const eventCount = readU32(buf, at + 5);
    const firstSeq = readF64(buf, at + 9);
    return { kind: 'block', length: BLOCK_HEADER_BYTES + payload, eventCount, firstSeq };
  }
  if (tag === END_TAG) {
    if (buf.length - at < END_BYTES) return undefined;
    if (crc32(buf.subarray(at, at + 21)) !== readU32(buf, at + 21)) {
      throw new PmtFormatError('end block checksum mismatch (corrupt end block)', at);
    }
    return {
      kind: 'end',
      length: END_BYTES,
      blockCount: readU32(buf, at + 1),
      eventCount: readF64(buf, at + 5),
      lastSeq: readF64(buf, at + 13),
    };
  }
  throw new PmtFormatError(`expected a block ('B') or the end block ('E'), found byte 0x${(tag ?? 0).toString(16).padStart(2, '0')}`, at);
}

interface DecShape {
  readonly type: string;
  readonly keys: string[];
  readonly kinds: Uint8Array;
  readonly slots: Int32Array;
}


/**
 * Decodes the block at `at` (whose frame `peekPmtFrame` returned) into `out`. Verifies the
 * checksum first, so a flipped bit is reported as such, at this block.
 */
export function decodePmtBlock(buf: Uint8Array, at: number, out: TraceEvent[]): void {
  const payloadLen = readU32(buf, at + 1);
  const count = readU32(buf, at + 5);
  const firstSeq = readF64(buf, at + 9);
  const start = at + BLOCK_HEADER_BYTES;
  const end = start + payloadLen;
  if (end > buf.length) throw new PmtFormatError('block ends past the end of the data', at);
  const want = readU32(buf, at + 17);
  if (crc32(buf.subarray(start, end), crc32(buf.subarray(at, at + 17))) !== want) {
    throw new PmtFormatError(`block checksum mismatch (corrupt block of ${count} events starting at seq ${firstSeq})`, at);
  }
  if (!Number.isSafeInteger(firstSeq)) throw new PmtFormatError('block first seq is not an integer', at + 9);
  const cur = new ByteCursor(buf, start, end);
  const strings: string[] = [];
  const shapes: DecShape[] = [];
  const slotsByKey = new Map<string, number>();
  let ctx = new Float64Array(64);
  let prevSeq = firstSeq - 1;
  let decoded = 0;
  const str = (): string => {
    const ref = cur.uvarint();
    if (ref < strings.length) return strings[ref]!;
    if (ref !== strings.length) throw new PmtFormatError(`string reference ${ref} is undefined (table has ${strings.length})`, cur.pos);
    const n = cur.uvarint();
    let s: string;
    try {
      s = utf8.decode(cur.slice(n));
    } catch (e) {
      if (e instanceof OutOfBytes) throw e;
      throw new PmtFormatError('string is not valid UTF-8', cur.pos);
    }
    strings.push(s);
    return s;
  };
  try {
    for (; decoded < count; decoded++) {
      const head = cur.uvarint();
      const ref = Math.floor(head / 2);
      let shape: DecShape;
      if (ref < shapes.length) {
        shape = shapes[ref]!;
      } else if (ref === shapes.length) {
        const type = str();
        const n = cur.uvarint();
        if (n > 255) throw new PmtFormatError(`shape with ${n} fields is implausible`, cur.pos);
        const keys: string[] = [];
        const kinds = new Uint8Array(n);
        const slots = new Int32Array(n).fill(-1);
        for (let i = 0; i < n; i++) {
          keys.push(str());
          const kind = cur.byte();
          if (kind > K_LAST) throw new PmtFormatError(`unknown value kind ${kind}`, cur.pos - 1);
          kinds[i] = kind;
          if (kind === K_INT) {
            let slot = slotsByKey.get(keys[i]!);
            if (slot === undefined) {
              slot = slotsByKey.size;
              slotsByKey.set(keys[i]!, slot);
              if (slot >= ctx.length) {
                const grown = new Float64Array(ctx.length * 2);
                grown.set(ctx);
                ctx = grown;
              }
            }
            slots[i] = slot;
          }
        }
        shape = { type, keys, kinds, slots };
        shapes.push(shape);
      } else {
        throw new PmtFormatError(`shape reference ${ref} is undefined (block has ${shapes.length})`, cur.pos);
      }
      const seq = head & 1 ? prevSeq + 1 + cur.svarint() : prevSeq + 1;
      prevSeq = seq;
      const e: Record<string, unknown> = {};
      const keys = shape.keys;
      const kinds = shape.kinds;
      for (let i = 0; i < keys.length; i++) {
        switch (kinds[i]) {
          case K_INT: {
            const slot = shape.slots[i]!;
            const v = ctx[slot]! + cur.svarint();
            ctx[slot] = v;
            e[keys[i]!] = v;
            break;
          }
          case K_TYPE:
            e[keys[i]!] = shape.type;
            break;
          case K_SEQ:
            e[keys[i]!] = seq;
            break;
          case K_STR:
            e[keys[i]!] = str();
            break;
          case K_TRUE:
            e[keys[i]!] = true;
            break;
          case K_FALSE:
            e[keys[i]!] = false;
            break;
          case K_NULL:
            e[keys[i]!] = null;
            break;
          case K_FLOAT:
            e[keys[i]!] = cur.f64();
            break;
          case K_JSON: {
            const at0 = cur.pos;
            const text = str();
            try {
              e[keys[i]!] = JSON.parse(text);
            } catch {
              throw new PmtFormatError('nested value is not valid JSON', at0);
            }
            break;
          }
        }
      }
      if (e.type === undefined) e.type = shape.type;
      if (e.seq === undefined) e.seq = seq;
      out.push(e as TraceEvent);
    }
  } catch (error) {
    if (error instanceof OutOfBytes) {
      throw new PmtFormatError(`block payload ends inside event ${decoded} of ${count}`, error.at, decoded);
    }
    if (error instanceof PmtFormatError) throw new PmtFormatError(error.message, error.at, decoded);
    if (error instanceof RangeError) throw new PmtFormatError(error.message, cur.pos, decoded);
    throw error;
  }
  if (cur.pos !== end) {
    throw new PmtFormatError(`block has ${end - cur.pos} bytes left after its ${count} events`, cur.pos, decoded);
  }
}
