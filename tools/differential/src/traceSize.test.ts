// The binary trace format's size target, measured where the issue sets it: over the traces of
// the differential programs (each run the way `pymem run --trace` runs it, markers included),
// at most 8 bytes per event on average; and every trace converts .pmt -> .jsonl -> .pmt
// without loss.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { folderModuleFinder, runProgram } from '@pymem/python';
import type { Runtime } from '@pymem/runtime';
import { createTraceHeader, encodeTrace, readTrace, type TraceEvent } from '@pymem/tracing';
import { loadCorpus } from './corpus.js';
import { readKnownFailures } from './knownFailures.js';

const corpus = loadCorpus();

// A program rejected before it runs (a SyntaxError of sources/) makes no runtime and no trace;
// nor does a run where pymem itself crashed (the differential test reports those as failures).
function traceOf(source: string, filename: string, path: string): TraceEvent[] | undefined {
  let runtime: Runtime | undefined;
  try {
    runProgram(source, {
      filename,
      findModule: folderModuleFinder(dirname(resolve(path)), { isFile: (p) => existsSync(p) && statSync(p).isFile(), read: (p) => readFileSync(p, 'utf8') }),
      markers: true,
      stdout: () => {},
      stderr: () => {},
      runtimeOptions: { record: true },
      onRuntime: (rt) => (runtime = rt),
    });
  } catch {
    return undefined;
  }
  return runtime ? (runtime.log as unknown as TraceEvent[]) : undefined;
}

describe('binary traces of the differential programs', () => {
  it('average at most 8 bytes per event, and round-trip through JSON Lines unchanged', async () => {
    let events = 0;
    let pmtBytes = 0;
    let jsonlBytes = 0;
    let largest = { id: '', perEvent: 0 };
    let traced = 0;
    const known = readKnownFailures();
    for (const p of corpus) {
      const log = traceOf(p.source, p.id, p.path);
      if (log === undefined) {
        // Refused before it ran: fine where python3 refuses it too (a SyntaxError program), else only as a known failure.
        expect(`${p.id} ${p.id in known || p.expectExit !== undefined ? 'may be refused' : 'was refused before it ran'}`).toBe(`${p.id} may be refused`);
        continue;
      }
      traced += 1;
      const header = createTraceHeader({ meta: { program: p.id } });
      const pmt = encodeTrace('pmt', header, log);
      const jsonl = encodeTrace('jsonl', header, log);
      events += log.length;
      pmtBytes += pmt.length;
      jsonlBytes += jsonl.length;
      if (pmt.length / log.length > largest.perEvent) largest = { id: p.id, perEvent: pmt.length / log.length };
      // pmt -> events -> jsonl gives the very bytes of the direct JSON Lines encoding
      const back = await readTrace(pmt);
      expect(back.events.length).toBe(log.length);
      expect(Buffer.from(encodeTrace('jsonl', back.header, back.events)).equals(Buffer.from(jsonl))).toBe(true);
    }
    const perEvent = pmtBytes / events;
    console.log(
      `traces of ${traced} programs: ${events} events, .pmt ${perEvent.toFixed(2)} bytes/event ` +
        `(largest ${largest.perEvent.toFixed(2)} in ${largest.id}), .jsonl ${(jsonlBytes / events).toFixed(1)} bytes/event`,
    );
    expect(events).toBeGreaterThan(100_000);
    expect(traced).toBeGreaterThanOrEqual(300);
    expect(perEvent).toBeLessThanOrEqual(8);
  }, 600_000);
});
