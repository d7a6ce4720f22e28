// `pymem replay` for event traces (.pmt and .jsonl): applies the log to the runtime's projection
// (fresh components that decide nothing), optionally only up to `--until SEQ`, and prints the
// state reached: its digest and the log's own figures. `--check` stops at the first event that
// contradicts the log, naming its line or byte offset and seq.
import { createProjection } from '@pymem/runtime';
import { createTraceState, TraceError, type TraceEvent } from '@pymem/tracing';
import { CliError, type CliIo } from '../io.js';
import { openForCli, readChunks, traceFailure } from '../progress.js';
import type { ReplayOptions, TraceReplayer } from './replay.js';

const isEventTrace = (b: Uint8Array): boolean => {
  if (b[0] === 0x50 && b[1] === 0x59 && b[2] === 0x4d && b[3] === 0x54) return true; // "PYMT"
  const first = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return b[first] === 0x7b; // '{': JSON Lines
};

/** Event logs written by pymem (`.pmt`, `.jsonl`), replayed into the runtime's projection. */
export const eventTraceReplayer: TraceReplayer = {
  name: 'event trace (.pmt / .jsonl)',
  matches: isEventTrace,
  async run(file: string, options: ReplayOptions, io: CliIo) {
    let until = Infinity;
    if (options.until !== undefined) {
      until = Number(options.until);
      if (!Number.isSafeInteger(until) || until < -1) throw new CliError(`--until must be an event seq (an integer), not "${options.until}"`);
    }
    const check = options.check === true;
    const reader = await openForCli(file, { check });
    const projection = createProjection({ checks: check });
    const state = createTraceState({ strict: false });
    let applied = 0;
    let last: TraceEvent | undefined;
    let failure: unknown;
    const stop = new Error('until');
    const error = await readChunks(io, reader, `replay ${file}`, options.quiet, (chunk) => {
      for (const e of chunk.events) {
        if (e.seq > until) throw stop;
        try {
          projection.apply(e);
        } catch (cause) {
          // The projection refused the event (an impossible log): report it like a read error.
          failure = new TraceError(`${e.type}: ${(cause as Error).message}`, { seq: e.seq });
          throw stop;
        }
        state.apply(e);
        applied++;
        last = e;
      }
    }).catch((thrown: unknown) => {
      if (thrown === stop) return undefined;
      throw thrown;
    });
    await reader.close();
    const c = state.counters;
    const result = {
      trace: file,
      format: reader.format,
      profile: reader.header.profile,
      events: applied,
      lastSeq: last?.seq ?? -1,
      complete: error === undefined && failure === undefined,
      digest: projection.digest(),
      liveObjects: c.liveObjects,
      liveBytes: c.liveBytes,
      peakBytes: c.peakBytes,
      collections: c.collections,
      freedByRefcount: c.freedByRefcount,
      freedByCollector: c.freedByCollector,
      arenas: c.arenas,
      pools: c.pools,
    };
    if (options.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.out(
        `replayed ${applied.toLocaleString('en-US')} events (to seq ${result.lastSeq}) of a ${result.profile} trace; state digest ${result.digest}\n` +
          `live objects ${c.liveObjects.toLocaleString('en-US')} (${c.liveBytes.toLocaleString('en-US')} bytes, peak ${c.peakBytes.toLocaleString('en-US')}); ` +
          `collections ${c.collections.join('/')}; freed by refcount ${c.freedByRefcount.toLocaleString('en-US')}, by the collector ${c.freedByCollector.toLocaleString('en-US')}; ` +
          `arenas ${c.arenas}, pools ${c.pools}\n`,
      );
    }
    if (error) throw traceFailure(file, error);
    if (failure) throw traceFailure(file, failure);
  },
};
