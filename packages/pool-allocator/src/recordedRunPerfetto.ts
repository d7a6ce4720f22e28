// Perfetto (Chrome trace-event JSON) export of a run recorded from real CPython: counter
// tracks over the recorded time (arenas, pools, live blocks, live bytes per size band) and a
// slice per collection on a "gc" track, so the pauses line up with memory. Streams: the text
// goes to `write` piece by piece while the trace is replayed.
import type { TraceByteSource } from './allocatorTrace.js';
import { analyzeRecordedRun, SIZE_BANDS, type RecordedRun, type RunSample } from './recordedRun.js';
import type { TraceCollection } from './traceAnnotations.js';

const PID = 1;
const TID_GC = 1;
const BAND_NAMES = [...SIZE_BANDS.map((b, i) => `${i === 0 ? 1 : SIZE_BANDS[i - 1]! + 1}-${b} B`), 'raw > 512 B'];

/** Options of {@link exportRecordedRunPerfetto}. */
export interface RecordedRunPerfettoOptions {
  /** Counter samples at most this often, in recorded nanoseconds (default 1 ms), plus after each collection. */
  readonly sampleEveryNs?: number;
  readonly chunkBytes?: number;
}

/**
 * Replays a recorded run and writes it as trace-event JSON for ui.perfetto.dev.
 * @returns the analysed run and how many counter samples and slices were written.
 * @throws AllocatorTraceError for a corrupt trace (part of the text may have been written).
 *
 * @example
 * ```ts
 * let json = '';
 * exportRecordedRunPerfetto(bytes, (s) => (json += s));
 * JSON.parse(json).traceEvents.filter((e) => e.ph === 'X').length; // one slice per collection
 * ```
 */
export function exportRecordedRunPerfetto(
  source: TraceByteSource,
  write: (text: string) => void,
  options: RecordedRunPerfettoOptions = {},
): { run: RecordedRun; samples: number; slices: number } {
  let first = true;
  const item = (o: Record<string, unknown>) => {
    write(`${first ? '' : ',\n'}${JSON.stringify(o)}`);
    first = false;
  };
  write('{"displayTimeUnit":"ms","traceEvents":[\n');
  item({ name: 'process_name', ph: 'M', pid: PID, tid: 0, args: { name: 'CPython (recorded by pymem)' } });
  item({ name: 'thread_name', ph: 'M', pid: PID, tid: TID_GC, args: { name: 'gc' } });
  let samples = 0;
  let slices = 0;
  const counters = (s: RunSample) => {
    const ts = s.ns / 1000;
    item({ name: 'arenas', ph: 'C', ts, pid: PID, tid: 0, args: { arenas: s.arenas } });
    item({ name: 'pools in use', ph: 'C', ts, pid: PID, tid: 0, args: { pools: s.pools } });
    item({ name: 'live blocks', ph: 'C', ts, pid: PID, tid: 0, args: { blocks: s.blocks } });
    item({ name: 'live bytes by size', ph: 'C', ts, pid: PID, tid: 0, args: Object.fromEntries(BAND_NAMES.map((n, i) => [n, s.bands[i]!])) });
    samples++;
  };
  const slice = (c: TraceCollection) => {
    item({
      name: `gen ${c.generation} collection`,
      ph: 'X',
      ts: c.startNs / 1000,
      dur: (c.endNs - c.startNs) / 1000,
      pid: PID,
      tid: TID_GC,
      args: { generation: c.generation, collected: c.collected, uncollectable: c.uncollectable, countsBefore: c.countsBefore, atCall: c.atCall },
    });
    slices++;
  };
  const run = analyzeRecordedRun(source, {
    chunkBytes: options.chunkBytes,
    sampleEveryNs: options.sampleEveryNs,
    onSample: (s, collection) => {
      if (collection) slice(collection);
      counters(s);
    },
  });
  counters(run.atEnd.sample);
  write('\n]}\n');
  return { run, samples, slices };
}
