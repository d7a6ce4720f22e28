// Byte-level helpers of the binary trace format: a growable output buffer with LEB128 varints
// (zigzag for signed deltas), and a bounds-checked cursor for decoding. Numbers stay exact up
// to 2^53: above 2^31 the varint code switches from bit operations to arithmetic.

const TWO32 = 4294967296;

/** A growable byte buffer that the encoder appends to. */
export class ByteSink {
  buf: Uint8Array;
  len = 0;
  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }
  ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b: number): void {
    if (this.len >= this.buf.length) this.ensure(1);
    this.buf[this.len++] = b;
  }
  /** Unsigned LEB128 of a non-negative safe integer. */
  uvarint(v: number): void {
    this.ensure(8);
    const buf = this.buf;
    let len = this.len;
    if (v < 0x80) {
      buf[len++] = v;
      this.len = len;
      return;
    }
    while (v >= 0x80000000) {
      buf[len++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    while (v >= 0x80) {
      buf[len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[len++] = v;
    this.len = len;
  }
  /** Zigzag-encoded signed integer (|v| < 2^52). */
  svarint(v: number): void {
    this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  f64(v: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.len, 8).setFloat64(0, v, true);
    this.len += 8;
  }
  u32(v: number): void {
    this.ensure(4);
    const b = this.buf;
    const l = this.len;
    b[l] = v & 0xff;
    b[l + 1] = (v >>> 8) & 0xff;
    b[l + 2] = (v >>> 16) & 0xff;
    b[l + 3] = (v >>> 24) & 0xff;
    this.len += 4;
  }
  /** Takes the written bytes (a copy) and empties the sink. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.len);
    this.len = 0;
    return out;
  }
}

/** Thrown by `ByteCursor` when a read would pass the end of its range. */
export class OutOfBytes extends Error {
  constructor(readonly at: number) {
    super('unexpected end of data');
  }
}

/** Reads varints and fixed-width numbers from a range of bytes, never past its end. */
export class ByteCursor {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }
  byte(): number {
    if (this.pos >= this.end) throw new OutOfBytes(this.pos);
    return this.buf[this.pos++]!;
  }
  uvarint(): number {
    const buf = this.buf;
    let pos = this.pos;
    const end = this.end;
    if (pos >= end) throw new OutOfBytes(pos);
    let b = buf[pos++]!;
    if (b < 0x80) {
      this.pos = pos;
      return b;
    }
    let v = b & 0x7f;
    let shift = 7;
    // The first four continuation bytes fit in 32-bit arithmetic; beyond that, multiply.
    while (shift < 28) {
      if (pos >= end) throw new OutOfBytes(pos);
      b = buf[pos++]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) {
        this.pos = pos;
        return v >>> 0;
      }
    }
    let scale = 2 ** 28;
    v >>>= 0;
    for (;;) {
      if (pos >= end) throw new OutOfBytes(pos);
      if (shift > 56) throw new RangeError('varint longer than 8 bytes');
      b = buf[pos++]!;
      v += (b & 0x7f) * scale;
      scale *= 128;
      shift += 7;
      if (b < 0x80) break;
    }
    this.pos = pos;
    return v;
  }
  svarint(): number {
    const z = this.uvarint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  f64(): number {
    if (this.pos + 8 > this.end) throw new OutOfBytes(this.pos);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0, true);
    this.pos += 8;
    return v;
  }
  u32(): number {
    if (this.pos + 4 > this.end) throw new OutOfBytes(this.pos);
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
  }
  slice(n: number): Uint8Array {
    if (this.pos + n > this.end) throw new OutOfBytes(this.pos);
    const s = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }
}

/** Little-endian u32 at `at`. */
export function readU32(buf: Uint8Array, at: number): number {
  return (buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24)) >>> 0;
}

/** Little-endian f64 at `at`. */
export function readF64(buf: Uint8Array, at: number): number {
  return new DataView(buf.buffer, buf.byteOffset + at, 8).getFloat64(0, true);
}

export { TWO32 };
