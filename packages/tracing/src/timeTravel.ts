// Time travel over a recorded trace: rebuild the state at any `seq` by restoring the nearest
// snapshot and applying the events after it, and step forward and backward from there. One
// indexing pass reads the whole trace once, noting where each chunk starts and taking a
// snapshot of the projection every `snapshotEvery` events; after that a seek reads at most
// one snapshot interval of events. Start at `openTimeTravel`.
//
// The projection is whatever state you want rebuilt: the log's own `TraceState` by default,
// or the runtime's projection. It needs `apply`; with `snapshot`/`restore` seeking is fast,
// without them a seek backwards replays from the start (correct, slow on long traces).
import { openTrace, type OpenTraceOptions, type TraceChunk, type TracePosition } from './traceReader.js';
import { createTraceState } from './traceState.js';
import { TraceError, type TraceEvent, type TraceHeader } from './traceEvent.js';

/** What time travel needs of the state it rebuilds. */
export interface ReplayProjection {
  apply(event: TraceEvent): void;
  /** A stable hash of the whole state, for comparing runs. */
  digest?(): string;
  /** An immutable copy of the state, restorable later. */
  snapshot?(): unknown;
  restore?(snapshot: unknown): void;
}

/** Options of {@link openTimeTravel}. */
export interface TimeTravelOptions<P extends ReplayProjection> {
  /** Makes a fresh projection (default: the log's own `TraceState`). */
  readonly createProjection?: () => P;
  /** Take a snapshot about every this many events (default 32768). */
  readonly snapshotEvery?: number;
  /** Reader options (unknown types, checking) for every read. */
  readonly read?: Omit<OpenTraceOptions, 'start'>;
  /** Called during the indexing pass with bytes read and the total (when known). */
  readonly onProgress?: (bytesRead: number, size: number | undefined) => void;
}

/**
 * A trace opened for time travel. `seq` is the seq of the last applied event (-1 before the
 * first); the projection holds the state after it.
 *
 * @example
 * ```ts
 * const tt = await openTimeTravel('run.pmt');
 * await tt.seek(1_000_000);
 * tt.projection.counters.liveObjects;
 * await tt.stepBackward();
 * ```
 */
export interface TimeTravel<P extends ReplayProjection> {
  readonly header: TraceHeader;
  readonly projection: P;
  readonly seq: number;
  /** The event last applied, if any. */
  readonly current: TraceEvent | undefined;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly eventCount: number;
  readonly snapshotCount: number;
  /** The state after every event with seq <= `seq` (before the first event for seq < firstSeq). */
  seek(seq: number): Promise<void>;
  /** Applies the next `n` events (stops at the end); returns how many were applied. */
  stepForward(n?: number): Promise<number>;
  /** Goes back `n` events (stops at the start); returns how many it went back. */
  stepBackward(n?: number): Promise<number>;
  /** Closes the file the time travel reads from (it reopens on the next move). */
  close(): Promise<void>;
}

interface ChunkEntry {
  readonly position: TracePosition;
  readonly firstSeq: number;
  readonly firstIndex: number;
  readonly count: number;
}

interface SnapshotEntry {
  /** Index of the chunk holding the first event after the snapshot. */
  readonly chunk: number;
  /** seq of the last event applied before it (-1 for none). */
  readonly seq: number;
  /** seq of the event before that one (-1 for none), so a step back from here needs no search. */
  readonly prev: number;
  readonly state: unknown;
}

/**
 * Indexes a trace file (or bytes) for time travel: one pass, taking snapshots as it goes.
 *
 * @example
 * ```ts
 * const tt = await openTimeTravel(bytes, { snapshotEvery: 10_000 });
 * await tt.seek(tt.lastSeq); // the final state
 * ```
 */
export async function openTimeTravel<P extends ReplayProjection = ReturnType<typeof createTraceState>>(
  input: string | Uint8Array,
  options: TimeTravelOptions<P> = {},
): Promise<TimeTravel<P>> {
  const create = options.createProjection ?? (() => createTraceState() as unknown as P);
  const every = options.snapshotEvery ?? 32768;
  const readOptions = options.read ?? {};
  let projection = create();
  const canSnapshot = typeof projection.snapshot === 'function' && typeof projection.restore === 'function';

  const chunks: ChunkEntry[] = [];
  const snapshots: SnapshotEntry[] = [{ chunk: 0, seq: -1, prev: -1, state: canSnapshot ? projection.snapshot!() : undefined }];
  const reader = await openTrace(input, readOptions);
  let index = 0;
  let sinceSnapshot = 0;
  let lastSeq = -1;
  let beforeLast = -1;
  for await (const chunk of reader.chunks()) {
    chunks.push({ position: chunk.position, firstSeq: chunk.events[0]!.seq, firstIndex: index, count: chunk.events.length });
    for (const e of chunk.events) {
      // Snapshots may fall inside a chunk: a seek restores one and skips the chunk's events up to it.
      if (canSnapshot && sinceSnapshot >= every) {
        snapshots.push({ chunk: chunks.length - 1, seq: lastSeq, prev: beforeLast, state: projection.snapshot!() });
        sinceSnapshot = 0;
      }
      if (e.seq <= lastSeq) throw new TraceError(`seq ${e.seq} does not follow seq ${lastSeq}; time travel needs increasing seqs`, { seq: e.seq });
      projection.apply(e);
      beforeLast = lastSeq;
      lastSeq = e.seq;
      sinceSnapshot++;
    }
    index += chunk.events.length;
    options.onProgress?.(reader.bytesRead, reader.size);
  }
  const header = reader.header;
  const firstSeq = chunks.length > 0 ? chunks[0]!.firstSeq : -1;
  const finalSeq = lastSeq;

  // Where we are: the projection holds the state after `seq`; `prevSeq` is the seq of the
  // event before it (to step back); `current` the last applied event.
  let seq = finalSeq;
  let prevSeq = beforeLast;
  let current: TraceEvent | undefined;

  // One open reader that follows the projection: stepping and seeking forward continue it;
  // anything else reopens it at the indexed chunk holding the first event after `seq`. Reading
  // on from one reader (not chunk by chunk) keeps every event, however the chunks fall.
  interface Cursor {
    readonly it: AsyncGenerator<TraceChunk, void, undefined>;
    buf: readonly TraceEvent[];
    i: number;
    /** The projection's `seq` when the cursor's next event is the one after it. */
    at: number;
  }
  let cursor: Cursor | undefined;

  const openCursor = async (): Promise<Cursor> => {
    if (cursor !== undefined && cursor.at === seq) return cursor;
    if (cursor !== undefined) await cursor.it.return(undefined);
    const r = await openTrace(input, { ...readOptions, check: false, start: chunks[chunkAfter(seq)]!.position });
    cursor = { it: r.chunks(), buf: [], i: 0, at: seq };
    return cursor;
  };

  // The chunk holding the first event with seq > after.
  const chunkAfter = (after: number): number => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid]!.firstSeq <= after) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Applies the events after `seq` up to `target`, at most `limit` of them.
  const advance = async (target: number, limit = Infinity): Promise<number> => {
    if (chunks.length === 0 || seq >= finalSeq) return 0;
    const c = await openCursor();
    let applied = 0;
    while (applied < limit) {
      if (c.i >= c.buf.length) {
        const r = await c.it.next();
        if (r.done) break;
        c.buf = r.value.events;
        c.i = 0;
        continue;
      }
      const e = c.buf[c.i]!;
      if (e.seq <= seq) {
        c.i++;
        continue;
      }
      if (e.seq > target) break;
      projection.apply(e);
      prevSeq = seq;
      seq = e.seq;
      current = e;
      c.at = seq;
      c.i++;
      applied++;
    }
    return applied;
  };

  const restoreBefore = (target: number) => {
    let s = snapshots.length - 1;
    while (s > 0 && snapshots[s]!.seq > target) s--;
    const snap = snapshots[s]!;
    if (canSnapshot) projection.restore!(snap.state);
    else projection = create();
    seq = snap.seq;
    prevSeq = snap.prev;
    current = undefined;
  };

  const tt: TimeTravel<P> = {
    header,
    get projection() {
      return projection;
    },
    get seq() {
      return seq;
    },
    get current() {
      return current;
    },
    firstSeq,
    lastSeq: finalSeq,
    eventCount: index,
    snapshotCount: snapshots.length,
    async seek(target) {
      if (target === seq) return;
      // Forward within reach of the current state: no restore needed.
      const nearest = snapshots.findLast((s) => s.seq <= target)!;
      if (!(target > seq && seq >= nearest.seq)) restoreBefore(target);
      await advance(target);
    },
    async stepForward(n = 1) {
      return advance(Infinity, n);
    },
    async stepBackward(n = 1) {
      let back = 0;
      while (back < n && seq !== -1) {
        await tt.seek(prevSeq);
        back++;
      }
      return back;
    },
    async close() {
      const c = cursor;
      cursor = undefined;
      if (c !== undefined) await c.it.return(undefined);
    },
  };

  return tt;
}
