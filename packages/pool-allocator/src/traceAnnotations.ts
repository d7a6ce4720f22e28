// The records of an allocator trace (format version 2, tools/recorder/FORMAT.md) that are not
// allocator calls: allocation sites (the innermost Python frame of each allocation, as a table
// of locations and site records pointing into it), coarse timestamps, the collections of
// CPython's cycle collector (from gc.callbacks) and gc.get_stats() at the end. Decoded here;
// `walkAllocatorTrace` calls these on the records its consumer leaves to it.
import { AllocatorTraceError } from './allocatorTrace.js';

const TWO32 = 4294967296;

/** Kinds of extended records (type 11): bits 6-9 of the first word. */
export const TraceExtendedKind = Object.freeze({ time: 1, collection: 2, gcStats: 3, resources: 4 });

/** A source location: the innermost Python frame of an allocation. Index 0 means none (C code before any frame). */
export interface TraceLocation {
  /** 1, 2, … in the order the recorder first saw them. */
  readonly index: number;
  readonly file: string;
  readonly function: string;
  readonly line: number;
}

/** One collection, as CPython's gc.callbacks saw it. */
export interface TraceCollection {
  readonly generation: number;
  /** Nanoseconds since the recorder started (the "start" and "stop" callbacks). */
  readonly startNs: number;
  readonly endNs: number;
  readonly collected: number;
  readonly uncollectable: number;
  /** `gc.get_count()` of each generation when the collection started. */
  readonly countsBefore: readonly [number, number, number];
  /** Number of call records before the collection started. */
  readonly atCall: number;
}

/** `gc.get_stats()` entries. */
export interface GcGenerationStats {
  readonly collections: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** The gc state the recorder wrote at the end. */
export interface TraceGcStats {
  /** `gc.get_stats()` when the hook was installed (collections before it are not in the trace). */
  readonly atStart: readonly GcGenerationStats[];
  /** `gc.get_stats()` at the end of recording. */
  readonly atEnd: readonly GcGenerationStats[];
  readonly thresholds: readonly [number, number, number];
  readonly counts: readonly [number, number, number];
  readonly enabled: boolean;
  /** `gc.get_freeze_count()`. */
  readonly frozen: number;
}

/** Version 3: what the recording process used, from getrusage(RUSAGE_SELF) at the end of recording. */
export interface TraceResources {
  /** Peak resident set size (ru_maxrss) in bytes. */
  readonly maxRssBytes: number;
  /** CPU time in user and system mode, in ns. */
  readonly userNs: number;
  readonly systemNs: number;
}

/** The records of the end of a trace that {@link decodeExtended} fills in. */
export interface TraceEndRecords {
  gc?: TraceGcStats;
  resources?: TraceResources;
}

/** Callbacks for the annotation records, in trace order; `calls` is the number of call records before. */
export interface TraceAnnotationHandlers {
  readonly onLocation?: (location: TraceLocation) => void;
  readonly onCollection?: (collection: TraceCollection) => void;
  readonly onTime?: (ns: number, calls: number) => void;
  /** A site record: the allocation calls from here on were made at this location (0: none). */
  readonly onSite?: (location: number, calls: number) => void;
}

const u64 = (words: Uint32Array, p: number, at: number): number => {
  if (words[p + 1]! >= 1 << 21) throw new AllocatorTraceError(at, 'a 64-bit field does not fit in 53 bits');
  return words[p]! + words[p + 1]! * TWO32;
};

/** Payload words each extended kind must have. */
const EXTENDED_WORDS: Record<number, number> = { 1: 2, 2: 14, 3: 44, 4: 6 };

/**
 * Decodes a location record (type 10) at `words[pos]`: the line, then "file\0function".
 * @throws AllocatorTraceError when the text has no separator.
 */
export function decodeLocation(bytes: Uint8Array, words: Uint32Array, pos: number, index: number, at: number, decoder: { decode(b: Uint8Array): string }): TraceLocation {
  const n = words[pos]! >>> 6;
  const start = (pos + 2) * 4;
  const text = bytes.subarray(start, start + n);
  const nul = text.indexOf(0);
  if (nul < 0) throw new AllocatorTraceError(at, 'a location record without the NUL between file and function');
  return { index, line: words[pos + 1]!, file: decoder.decode(text.subarray(0, nul)), function: decoder.decode(text.subarray(nul + 1)) };
}

/** Words of the extended record at `words[pos]` (its first word included). */
export function extendedLength(w: number): number {
  return 1 + (w >>> 10);
}

/**
 * Decodes an extended record (type 11): times and collections go to `handlers`, the gc stats
 * and resources records into `end`. `version` is the trace's format version (kind 4 is new in 3).
 * @throws AllocatorTraceError on an unknown kind, a payload of the wrong length or a record given twice.
 */
export function decodeExtended(words: Uint32Array, pos: number, at: number, calls: number, handlers: TraceAnnotationHandlers, end: TraceEndRecords, version: number): void {
  const w = words[pos]!;
  const kind = (w >>> 6) & 15;
  const n = w >>> 10;
  if (EXTENDED_WORDS[kind] === undefined || (kind === TraceExtendedKind.resources && version < 3)) {
    throw new AllocatorTraceError(at, `unknown extended record kind ${kind}${kind === TraceExtendedKind.resources ? ` in a format ${version} trace` : ''}`);
  }
  if (EXTENDED_WORDS[kind] !== n) throw new AllocatorTraceError(at, `an extended record of kind ${kind} has ${n} payload words, not ${EXTENDED_WORDS[kind]}`);
  const p = pos + 1;
  if (kind === TraceExtendedKind.time) {
    handlers.onTime?.(u64(words, p, at), calls);
    return;
  }
  if (kind === TraceExtendedKind.collection) {
    const generation = words[p]!;
    if (generation > 2) throw new AllocatorTraceError(at, `a collection of generation ${generation}`);
    const startNs = u64(words, p + 1, at);
    const endNs = u64(words, p + 3, at);
    if (endNs < startNs) throw new AllocatorTraceError(at, 'a collection that ends before it starts');
    handlers.onCollection?.({
      generation,
      startNs,
      endNs,
      collected: u64(words, p + 5, at),
      uncollectable: u64(words, p + 7, at),
      countsBefore: [words[p + 9]! | 0, words[p + 10]! | 0, words[p + 11]! | 0],
      atCall: u64(words, p + 12, at),
    });
    return;
  }
  if (kind === TraceExtendedKind.resources) {
    if (end.resources) throw new AllocatorTraceError(at, 'a second resources record');
    end.resources = { maxRssBytes: u64(words, p, at), userNs: u64(words, p + 2, at), systemNs: u64(words, p + 4, at) };
    return;
  }
  if (end.gc) throw new AllocatorTraceError(at, 'a second gc stats record');
  const gens = (q: number): GcGenerationStats[] =>
    [0, 1, 2].map((g) => ({ collections: u64(words, q + g * 6, at), collected: u64(words, q + g * 6 + 2, at), uncollectable: u64(words, q + g * 6 + 4, at) }));
  end.gc = {
    atStart: gens(p),
    atEnd: gens(p + 18),
    thresholds: [words[p + 36]! | 0, words[p + 37]! | 0, words[p + 38]! | 0],
    counts: [words[p + 39]! | 0, words[p + 40]! | 0, words[p + 41]! | 0],
    enabled: words[p + 42] !== 0,
    frozen: words[p + 43]!,
  };
}
