// What the demo shows of a run recorded from real CPython (tools/recorder, format 2 and later):
// memory over recorded time with each collection's pause, and the arenas still allocated at the
// peak and at the end with the bytes each allocation site keeps in them. One streaming pass of
// @pymem/pool-allocator's analyzeRecordedRun; the view (views/recordedView.ts) only draws this.
import { analyzeRecordedRun, type AllocationSite, type ArenaSnapshot, type RecordedRun } from '@pymem/pool-allocator';

/** One point of the memory-over-time chart. */
export interface RecordedPoint {
  readonly ns: number;
  readonly bytes: number;
  readonly arenas: number;
}

/** One collection as a pause on the time axis. */
export interface RecordedPause {
  readonly generation: number;
  readonly startNs: number;
  readonly endNs: number;
  readonly collected: number;
}

/** A site with its colour in the map (the top sites by live bytes at the peak; the rest share one). */
export interface SiteColour {
  /** Location index; -1 for "every other site". */
  readonly site: number;
  readonly label: string;
  readonly colour: string;
}

/** One arena of the fragmentation map: its used bytes split by site, then its free bytes. */
export interface ArenaRowView {
  readonly address: number;
  readonly liveBlocks: number;
  readonly freeBytes: number;
  /** Bytes per coloured site, in legend order (the last entry: every other site). */
  readonly segments: readonly { readonly site: number; readonly bytes: number }[];
}

/** Everything the recorded-run panel draws. */
export interface RecordedRunView {
  readonly points: readonly RecordedPoint[];
  readonly pauses: readonly RecordedPause[];
  readonly endNs: number;
  readonly sites: readonly SiteColour[];
  readonly atPeak: readonly ArenaRowView[];
  readonly atEnd: readonly ArenaRowView[];
  /** False for a format-1 trace: no collections, sites or times were recorded. */
  readonly annotated: boolean;
}

/** Colours for the top sites, distinguishable on white (the last is "other"). */
export const SITE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'] as const;
const OTHER_COLOUR = '#b0b0b0';
const MAX_POINTS = 1500;

/**
 * Analyses a recorded allocator trace for the panel.
 * @throws AllocatorTraceError for a corrupt trace (the caller shows it; the timeline keeps what it read).
 * @example
 * ```ts
 * const view = recordedRunView(bytes);
 * view.pauses.length; // collections CPython made while recording
 * ```
 */
export function recordedRunView(bytes: Uint8Array): RecordedRunView {
  const points: RecordedPoint[] = [];
  const run = analyzeRecordedRun(bytes, {
    topSites: SITE_COLOURS.length,
    onSample: (s) => points.push({ ns: s.ns, bytes: s.bytes, arenas: s.arenas }),
  });
  const sites = topSites(run);
  const index = new Map(sites.map((s, i) => [s.site, i]));
  const rows = (arenas: readonly ArenaSnapshot[]): ArenaRowView[] =>
    arenas.map((a) => {
      const segments = sites.map((s) => ({ site: s.site, bytes: 0 }));
      let named = 0;
      for (const share of a.sites) {
        const i = index.get(share.site);
        if (i === undefined || i === sites.length - 1) continue;
        segments[i]!.bytes += share.bytes;
        named += share.bytes;
      }
      // the arena's used bytes not held by a coloured site go to "other"
      segments[segments.length - 1]!.bytes += Math.max(0, a.usedBytes - named);
      return { address: a.address, liveBlocks: a.liveBlocks, freeBytes: a.freeBytes, segments };
    });
  const endNs = Math.max(run.atEnd.sample.ns, ...run.collections.map((c) => c.endNs), points.at(-1)?.ns ?? 0);
  return {
    points: thin(points, MAX_POINTS),
    pauses: run.collections.map((c) => ({ generation: c.generation, startNs: c.startNs, endNs: c.endNs, collected: c.collected })),
    endNs,
    sites,
    atPeak: rows(run.atPeak.arenas),
    atEnd: rows(run.atEnd.arenas),
    annotated: run.locations.length > 1 || run.collections.length > 0,
  };
}

/** The sites that keep the most bytes in arenas at the peak, each with a colour, then "other". */
function topSites(run: RecordedRun): SiteColour[] {
  const bytes = new Map<number, number>();
  for (const a of [...run.atPeak.arenas, ...run.atEnd.arenas]) {
    for (const s of a.sites) bytes.set(s.site, (bytes.get(s.site) ?? 0) + s.bytes);
  }
  const ranked = [...bytes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, SITE_COLOURS.length - 1);
  const out: SiteColour[] = ranked.map(([site], i) => ({ site, label: siteLabel(run.locations[site]), colour: SITE_COLOURS[i]! }));
  out.push({ site: -1, label: 'every other site', colour: OTHER_COLOUR });
  return out;
}

/** `file:line function`, the file's last two path parts; "no Python frame" for index 0. */
export function siteLabel(loc: AllocationSite | undefined): string {
  if (!loc || loc.index === 0) return 'no Python frame (interpreter start-up, C code)';
  const file = loc.file.split(/[/\\]/).slice(-2).join('/');
  return `${file}:${loc.line} ${loc.function}`;
}

/** Keeps at most `max` points, the first and the last included, each kept point the largest of its stretch. */
function thin(points: readonly RecordedPoint[], max: number): RecordedPoint[] {
  if (points.length <= max) return points.slice();
  const out: RecordedPoint[] = [];
  const per = points.length / max;
  for (let i = 0; i < max; i++) {
    const from = Math.floor(i * per);
    const to = Math.min(points.length, Math.floor((i + 1) * per));
    let best = points[from]!;
    for (let j = from + 1; j < to; j++) if (points[j]!.bytes > best.bytes) best = points[j]!;
    out.push(best);
  }
  if (out.at(-1) !== points.at(-1)) out[out.length - 1] = points.at(-1)!;
  return out;
}
