// Where a reader's bytes come from: a file (read in chunks, with its size known for progress),
// bytes in memory, or any async iterable of byte chunks (a stream, stdin).
import { open, type FileHandle } from 'node:fs/promises';

/** A pull source of byte chunks. */
export interface ByteSource {
  /** Total size when known (files and buffers). */
  readonly size: number | undefined;
  /** The next chunk, or null at the end. */
  read(): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

/** Bytes a file source reads at a time. */
export const FILE_CHUNK = 1 << 20;

/** A file, read from `start` in chunks of `FILE_CHUNK` bytes. */
export async function fileSource(path: string, start = 0): Promise<ByteSource> {
  const fh: FileHandle = await open(path, 'r');
  const { size } = await fh.stat();
  let pos = start;
  let closed = false;
  return {
    size,
    async read() {
      if (closed || pos >= size) return null;
      const buf = Buffer.allocUnsafe(Math.min(FILE_CHUNK, size - pos));
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) return null;
      pos += bytesRead;
      return bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
    },
    async close() {
      if (closed) return;
      closed = true;
      await fh.close();
    },
  };
}

/** Bytes already in memory, from `start`. */
export function bufferSource(bytes: Uint8Array, start = 0): ByteSource {
  let done = false;
  return {
    size: bytes.length,
    async read() {
      if (done) return null;
      done = true;
      return start === 0 ? bytes : bytes.subarray(start);
    },
    async close() {},
  };
}

/** Any async iterable of chunks (a Node stream, stdin). */
export function iterableSource(chunks: AsyncIterable<Uint8Array>): ByteSource {
  const it = chunks[Symbol.asyncIterator]();
  return {
    size: undefined,
    async read() {
      const r = await it.next();
      return r.done ? null : r.value;
    },
    async close() {
      await it.return?.();
    },
  };
}
