// Export to the Chrome trace-event JSON format, which Perfetto (ui.perfetto.dev) and
// chrome://tracing open: collections as slices on a "gc" track, objects freed by refcount vs
// by the collector, live objects, heap bytes, arenas and pools as counter tracks, and program
// markers as instant events. Time is the event's seq: one event = one microsecond ("ts" is in
// microseconds in this format), so the x axis reads as "events into the run".
// Written as a stream of text pieces, so exporting a trace larger than memory works.
import { createTraceState } from './traceState.js';
import type { TraceEvent, TraceHeader } from './traceEvent.js';

/** Options of {@link createPerfettoExporter}. */
export interface PerfettoOptions {
  /** Emit counter samples at most every this many events (default 1000), plus at every collection boundary. */
  readonly counterEvery?: number;
  /** Include `marker` events as instants (default: markers other than plain statements). */
  readonly markers?: 'all' | 'labelled' | 'none';
}

const PID = 1;
const TID_GC = 1;
const TID_PROGRAM = 2;

/**
 * Turns a stream of events into trace-event JSON text: `begin()`, then `add(chunk)` for each
 * chunk (each returns text to write), then `end()`.
 *
 * @example
 * ```ts
 * const ex = createPerfettoExporter(header);
 * let json = ex.begin();
 * json += ex.add(events);
 * json += ex.end();
 * JSON.parse(json).traceEvents.length;
 * ```
 */
export function createPerfettoExporter(
  header: TraceHeader,
  options: PerfettoOptions = {},
): { begin(): string; add(events: readonly TraceEvent[]): string; end(): string } {
  const every = options.counterEvery ?? 1000;
  const markers = options.markers ?? 'labelled';
  // Strict off: an export shows what the log says even where it contradicts itself.
  const state = createTraceState({ strict: false });
  let lastSample = -Infinity;
  let first = true;
  let open: { generation: number; freed: number } | undefined;
  let freedBefore = 0;

  const item = (o: Record<string, unknown>): string => {
    const s = `${first ? '' : ',\n'}${JSON.stringify(o)}`;
    first = false;
    return s;
  };

  const counters = (ts: number): string => {
    const c = state.counters;
    lastSample = ts;
    return (
      item({ name: 'live objects', ph: 'C', ts, pid: PID, tid: 0, args: { objects: c.liveObjects } }) +
      item({ name: 'heap bytes', ph: 'C', ts, pid: PID, tid: 0, args: { bytes: c.liveBytes } }) +
      item({
        name: 'objects freed',
        ph: 'C',
        ts,
        pid: PID,
        tid: 0,
        args: { byRefcount: c.freedByRefcount, byCollector: c.freedByCollector },
      }) +
      item({ name: 'arenas', ph: 'C', ts, pid: PID, tid: 0, args: { arenas: c.arenas } }) +
      item({ name: 'pools', ph: 'C', ts, pid: PID, tid: 0, args: { pools: c.pools } })
    );
  };

  return {
    begin() {
      const meta = (name: string, tid: number, args: Record<string, unknown>) =>
        item({ name, ph: 'M', pid: PID, tid, ts: 0, args });
      return (
        `{"displayTimeUnit":"ms","otherData":${JSON.stringify({ producer: 'pymem', profile: header.profile, config: header.config, timeUnit: '1 us = 1 event (seq)' })},\n"traceEvents":[\n` +
        meta('process_name', 0, { name: `pymem ${header.profile}` }) +
        meta('thread_name', TID_GC, { name: 'gc' }) +
        meta('thread_name', TID_PROGRAM, { name: 'program' })
      );
    },
    add(events) {
      let out = '';
      for (const e of events) {
        state.apply(e);
        const ts = e.seq;
        switch (e.type) {
          case 'gc.collectionStarted':
            out += counters(ts);
            open = { generation: typeof e.generation === 'number' ? e.generation : -1, freed: 0 };
            freedBefore = state.counters.freedByCollector;
            out += item({
              name: `collect gen ${open.generation}`,
              cat: 'gc',
              ph: 'B',
              ts,
              pid: PID,
              tid: TID_GC,
              args: { generation: e.generation, reason: e.reason, counts: e.counts },
            });
            break;
          case 'gc.collectionFinished':
            if (open !== undefined) {
              out += item({
                name: `collect gen ${open.generation}`,
                cat: 'gc',
                ph: 'E',
                ts,
                pid: PID,
                tid: TID_GC,
                args: {
                  collected: e.collected,
                  uncollectable: e.uncollectable,
                  freed: state.counters.freedByCollector - freedBefore,
                },
              });
              open = undefined;
            }
            out += counters(ts);
            break;
          case 'gc.phase':
            out += item({ name: String(e.phase), cat: 'gc', ph: 'i', s: 't', ts, pid: PID, tid: TID_GC, args: { count: e.count } });
            break;
          case 'marker':
            if (markers === 'all' || (markers === 'labelled' && e.label !== 'statement')) {
              out += item({
                name: String(e.label),
                cat: 'program',
                ph: 'i',
                s: 't',
                ts,
                pid: PID,
                tid: TID_PROGRAM,
                args: { line: e.line, text: e.text },
              });
            }
            break;
          default:
            if (ts - lastSample >= every) out += counters(ts);
        }
      }
      return out;
    },
    end() {
      const ts = Math.max(state.counters.lastSeq, 0);
      let out = '';
      if (open !== undefined) {
        out += item({ name: `collect gen ${open.generation}`, cat: 'gc', ph: 'E', ts, pid: PID, tid: TID_GC, args: { unfinished: true } });
      }
      if (ts > lastSample) out += counters(ts);
      return `${out}\n]}\n`;
    },
  };
}
