// Where a run comes from: a trace file read with @pymem/tracing's streaming reader (chunk by
// chunk, yielding to the page between chunks so the progress bar moves), or a live run of the
// interpreter in the page. Both end as a Timeline. Nothing in a trace is ever executed: its
// events are data that the model folds.
import { openTrace, TraceError } from '@pymem/tracing';
import { BuiltinType } from '@pymem/object-model';
import { AllocatorTraceError, isAllocatorTrace, replayAllocatorTrace } from '@pymem/pool-allocator';
import type { DemoEvent } from './model/demoEvent.js';
import { recordedRunView, type RecordedRunView } from './model/recordedRun.js';
import { createTimeline, type Timeline, type TimelineOptions } from './model/timeline.js';

/** A run ready to show. */
export interface LoadedRun {
  readonly kind: 'live' | 'trace';
  readonly title: string;
  readonly timeline: Timeline;
  /** The program's text when known (live runs; traces whose header carries it). */
  readonly source: string | undefined;
  /** A problem to show above the views, with its line or byte offset; the events before it are kept. */
  readonly error: { message: string; line?: number } | undefined;
  /** stdout/stderr/exit code of a live run. */
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  /** Milliseconds spent reading (and folding) the events. */
  readonly loadMs: number;
  /** A run recorded from real CPython: its memory over time, GC pauses and arenas by site. */
  readonly recorded?: RecordedRunView;
}

/** Type id to name for the builtin types (heap classes come from `type.registered` events). */
export const builtinTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(BuiltinType).map(([name, id]) => [id, name]));

function numbers(v: unknown): number[] | undefined {
  return Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;
}

/** Model options from a trace header's configuration, where it says anything the model uses. */
export function optionsFromConfig(config: Readonly<Record<string, unknown>>): TimelineOptions {
  const gc = (config.gc ?? {}) as Record<string, unknown>;
  const pool = (config.pool ?? config.allocator ?? {}) as Record<string, unknown>;
  const poolShape: Record<string, number> = {};
  for (const k of ['alignment', 'smallRequestThreshold', 'poolSize', 'arenaSize', 'poolHeaderSize']) {
    if (typeof pool[k] === 'number') poolShape[k] = pool[k];
  }
  return { typeNames: builtinTypeNames, thresholds: numbers(config.thresholds) ?? numbers(gc.thresholds), poolShape };
}

const frame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads a trace (JSON Lines or binary) from bytes into a timeline, reporting progress (0..1).
 * A corrupt or unsupported file ends with `error` set and the events before it kept.
 *
 * @example
 * ```ts
 * const run = await loadTrace(bytes, 'run.pmt', (f) => bar.value = f);
 * ```
 */
export async function loadTrace(bytes: Uint8Array, name: string, onProgress: (fraction: number, events: number) => void): Promise<LoadedRun> {
  if (isAllocatorTrace(bytes.subarray(0, 8))) return loadAllocatorTrace(bytes, name);
  const started = performance.now();
  let timeline = createTimeline({ typeNames: builtinTypeNames });
  let source: string | undefined;
  let error: LoadedRun['error'];
  try {
    const reader = await openTrace(bytes, { allowUnknownTypes: true });
    timeline = createTimeline(optionsFromConfig(reader.header.config));
    const meta = reader.header.meta ?? {};
    if (typeof meta.source === 'string') source = meta.source;
    let last = performance.now();
    for await (const chunk of reader.chunks()) {
      timeline.append(chunk.events as readonly DemoEvent[]);
      if (performance.now() - last > 40) {
        onProgress(reader.size ? reader.bytesRead / reader.size : 0, timeline.length);
        await frame();
        last = performance.now();
      }
    }
    onProgress(1, timeline.length);
  } catch (e) {
    const message = e instanceof TraceError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    error = { message: `${name}: ${message}${timeline.length ? ` (the ${timeline.length} events before it are shown)` : ''}` };
  }
  return { kind: 'trace', title: name, timeline, source, error, loadMs: performance.now() - started };
}

/**
 * An allocator trace recorded from real CPython (tools/recorder): replayed through the pool
 * allocator, whose decisions (pools claimed and emptied, arenas allocated and released) become
 * the timeline. It has no objects, so the map of arenas and pools is what it shows.
 *
 * @example
 * ```ts
 * const run = loadAllocatorTrace(bytes, 'json.trace');
 * ```
 */
export function loadAllocatorTrace(bytes: Uint8Array, name: string): LoadedRun {
  const started = performance.now();
  const timeline = createTimeline({ typeNames: builtinTypeNames });
  const events: DemoEvent[] = [];
  let error: LoadedRun['error'];
  try {
    const replay = replayAllocatorTrace(bytes, { emit: (e) => events.push({ ...e, seq: events.length } as DemoEvent) });
    timeline.append(events);
    const lines = [`# Allocator trace recorded from CPython ${replay.header.pythonVersion}: ${replay.footer.records.toLocaleString('en')} allocator calls,`, '# replayed through pymem\'s pool allocator. Its decisions are the events; the program is not in the file.'];
    if (replay.footer.stats) lines.push('', ...replay.footer.stats.split('\n').slice(0, 40).map((l) => `# ${l}`));
    // a second pass for the recorded-run panel: pauses over time, arenas by allocation site
    const recorded = recordedRunView(bytes);
    return { kind: 'trace', title: name, timeline, source: lines.join('\n'), error, loadMs: performance.now() - started, recorded };
  } catch (e) {
    timeline.append(events);
    const message = e instanceof AllocatorTraceError || e instanceof Error ? e.message : String(e);
    error = { message: `${name}: ${message}${events.length ? ` (the ${events.length} events before it are shown)` : ''}` };
  }
  return { kind: 'trace', title: name, timeline, source: undefined, error, loadMs: performance.now() - started };
}
