// @pymem/tracing's JSON Lines reader slices lines with Node's `Buffer` (`Buffer.from(ab, off,
// len)`, `indexOf`, `toString('utf8', start, end)`). The page has no Buffer, so it gets this
// minimal stand-in over Uint8Array + TextDecoder, installed only when Buffer is missing.
const utf8 = new TextDecoder('utf-8');

class PageBytes extends Uint8Array {
  override toString(encoding?: string, start = 0, end = this.length): string {
    if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8') throw new Error(`Buffer stand-in: encoding ${encoding} not supported`);
    return utf8.decode(this.subarray(start, end));
  }
}

const PageBuffer = {
  from(source: unknown, byteOffset = 0, length?: number): PageBytes {
    if (source instanceof ArrayBuffer) return new PageBytes(source, byteOffset, length);
    if (typeof source === 'string') return new PageBytes(new TextEncoder().encode(source));
    return new PageBytes(source as ArrayLike<number>);
  },
};

/**
 * Installs the stand-in as `globalThis.Buffer` unless a real one exists.
 *
 * @example
 * ```ts
 * installBufferShim();
 * ```
 */
export function installBufferShim(): void {
  const g = globalThis as { Buffer?: unknown };
  if (g.Buffer === undefined) g.Buffer = PageBuffer;
}
