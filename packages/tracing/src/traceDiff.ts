// Where two runs first differ: read two traces side by side, compare headers, then events one
// by one (type, seq and every field, regardless of key order), and report the first difference
// with what led up to it (the last marker, the events just before). Both traces are then read
// to the end so the report can say how far apart they ended up (events per type).
import type { TraceReader } from './traceReader.js';
import { TraceError } from './traceEvent.js';
import type { TraceEvent } from './traceEvent.js';

/** One field that differs between two events (or two headers). */
export interface FieldDifference {
  readonly field: string;
  readonly a: unknown;
  readonly b: unknown;
}

/** The first place two traces disagree. */
export interface FirstDifference {
  /** 0-based index of the event in both traces. */
  readonly index: number;
  /** The events there (undefined when that trace had already ended). */
  readonly a: TraceEvent | undefined;
  readonly b: TraceEvent | undefined;
  /** Differing fields when both events exist. */
  readonly fields: readonly FieldDifference[];
  /** The last `marker` event before the difference (a statement or line), if any. */
  readonly lastMarker: TraceEvent | undefined;
  /** Up to 5 events both traces share just before the difference. */
  readonly before: readonly TraceEvent[];
}

/** What {@link diffTraces} reports. */
export interface TraceDiff {
  readonly identical: boolean;
  readonly header: readonly FieldDifference[];
  readonly first: FirstDifference | undefined;
  readonly eventsA: number;
  readonly eventsB: number;
  /** Event types whose counts differ, with both counts. */
  readonly countsByType: readonly { type: string; a: number; b: number }[];
  /** A trace that could not be read to its end: the comparison covers what came before. */
  readonly errors: readonly { trace: 'a' | 'b'; error: TraceError }[];
}

function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

/**
 * The fields in which two plain objects differ (compared as JSON values, key order ignored).
 *
 * @example
 * ```ts
 * compareFields({ a: 1, b: 2 }, { b: 2, a: 3 }); // [{ field: 'a', a: 1, b: 3 }]
 * ```
 */
export function compareFields(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): FieldDifference[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const out: FieldDifference[] = [];
  for (const k of keys) {
    if (canonical(a[k]) !== canonical(b[k])) out.push({ field: k, a: a[k], b: b[k] });
  }
  return out;
}

async function* eventsOf(reader: TraceReader, onChunk?: () => void): AsyncGenerator<TraceEvent> {
  for await (const chunk of reader.chunks()) {
    yield* chunk.events;
    onChunk?.();
  }
}

/**
 * Compares two open traces (of any formats) event by event.
 *
 * @example
 * ```ts
 * const d = await diffTraces(await openTrace('a.pmt'), await openTrace('b.jsonl'));
 * if (!d.identical) console.log(d.first?.index, d.first?.fields);
 * ```
 */
export async function diffTraces(a: TraceReader, b: TraceReader, options: { onProgress?: () => void } = {}): Promise<TraceDiff> {
  const header = compareFields(a.header as unknown as Record<string, unknown>, b.header as unknown as Record<string, unknown>);
  const ia = eventsOf(a, options.onProgress);
  const ib = eventsOf(b, options.onProgress);
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  const recent: TraceEvent[] = [];
  let lastMarker: TraceEvent | undefined;
  let first: FirstDifference | undefined;
  let index = 0;
  let na = 0;
  let nb = 0;
  let doneA = false;
  let doneB = false;
  const errors: { trace: 'a' | 'b'; error: TraceError }[] = [];
  const next = async (it: AsyncGenerator<TraceEvent>, trace: 'a' | 'b') => {
    try {
      return await it.next();
    } catch (error) {
      if (!(error instanceof TraceError)) throw error;
      errors.push({ trace, error });
      return undefined;
    }
  };
  while (!doneA || !doneB) {
    const ra = doneA ? undefined : await next(ia, 'a');
    const rb = doneB ? undefined : await next(ib, 'b');
    const ea = ra === undefined || ra.done ? undefined : ra.value;
    const eb = rb === undefined || rb.done ? undefined : rb.value;
    if (ea === undefined) doneA = true;
    else {
      na++;
      countsA.set(ea.type, (countsA.get(ea.type) ?? 0) + 1);
    }
    if (eb === undefined) doneB = true;
    else {
      nb++;
      countsB.set(eb.type, (countsB.get(eb.type) ?? 0) + 1);
    }
    if (ea === undefined && eb === undefined) break;
    if (errors.length > 0 && (ea === undefined || eb === undefined)) {
      // A trace that broke off is not a trace that ended: compare no further.
      index++;
      continue;
    }
    if (first === undefined) {
      const fields = ea !== undefined && eb !== undefined ? compareFields(ea, eb) : [];
      if (ea === undefined || eb === undefined || fields.length > 0) {
        first = { index, a: ea, b: eb, fields, lastMarker, before: [...recent] };
      } else {
        if (ea.type === 'marker') lastMarker = ea;
        recent.push(ea);
        if (recent.length > 5) recent.shift();
      }
    }
    index++;
  }
  const types = [...new Set([...countsA.keys(), ...countsB.keys()])].sort();
  const countsByType = types
    .map((type) => ({ type, a: countsA.get(type) ?? 0, b: countsB.get(type) ?? 0 }))
    .filter((r) => r.a !== r.b);
  const identical = header.length === 0 && first === undefined && errors.length === 0;
  return { identical, header, first, eventsA: na, eventsB: nb, countsByType, errors };
}

