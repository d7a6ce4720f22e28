// Comparing runs recorded from real CPython (`pymem compare`): each run is reduced to the
// figures an engineer tunes by (run time, CPU, peak RSS, collections and pauses per generation,
// objects collected, arenas at the peak and the end, arenas pinned by a few live blocks) and
// its sites keyed by (file, line, function), so sites match across runs; the first run is the
// baseline the others are measured against. Start at `summarizeRecordedRun`.
import type { RecordedRun } from './recordedRun.js';
import { buildRecordedRunReport, formatBytes, shortPath, type AllocatorCounts, type RecordedRunReport } from './recordedRunReport.js';

/** The figures of one run, as `pymem compare --json` prints them. */
export interface RunFigures {
  readonly label: string;
  readonly python: string;
  readonly calls: number;
  /** Wall time of the recorded program (start-up to the end of recording). */
  readonly seconds: number;
  /** CPU time (user + system) and peak RSS of the recording process; null for traces before format 3. */
  readonly cpuSeconds: number | null;
  readonly maxRssBytes: number | null;
  readonly gc: {
    /** Per generation 0, 1, 2: collections recorded, total and longest pause, objects collected. */
    readonly collections: readonly number[];
    readonly totalPauseNs: readonly number[];
    readonly maxPauseNs: readonly number[];
    readonly collected: readonly number[];
    readonly uncollectable: readonly number[];
    /** The collector's settings at the end of the run (null before format 2). */
    readonly thresholds: readonly number[] | null;
    readonly enabled: boolean | null;
    /** `gc.get_freeze_count()` at the end. */
    readonly frozen: number | null;
    /** Recorded collections equal gc.get_stats() (null: not recorded). */
    readonly checked: boolean | null;
  };
  readonly allocator: {
    readonly peak: AllocatorCounts;
    readonly final: AllocatorCounts;
    /** The replayed table equals CPython's (null: not recorded). */
    readonly checked: boolean | null;
  };
  readonly fragmentation: { readonly fewBlocks: number; readonly pinnedArenas: number; readonly pinnedBytes: number };
}

/** What one site holds in one run. */
export interface SiteFigures {
  readonly liveBytesAtPeak: number;
  readonly liveBytesAtEnd: number;
  readonly allocations: number;
}

/** A run reduced for comparison: its figures and every site's figures, keyed by `file:line:function`. */
export interface RunSummary {
  readonly figures: RunFigures;
  readonly sites: ReadonlyMap<string, SiteFigures & { readonly file: string; readonly line: number; readonly function: string }>;
}

/** A site across runs: its figures in each run (zeros where a run never allocated there). */
export interface SiteComparison {
  readonly file: string;
  readonly line: number;
  readonly function: string;
  readonly runs: readonly SiteFigures[];
}

/** What `pymem compare --json` prints besides the configuration details the CLI adds. */
export interface RunComparison {
  /** Label of the first run, the one the others are measured against. */
  readonly baseline: string;
  readonly runs: readonly RunFigures[];
  /** The sites whose figures changed most against the baseline, per figure. */
  readonly sites: {
    readonly liveBytesAtPeak: readonly SiteComparison[];
    readonly liveBytesAtEnd: readonly SiteComparison[];
    readonly allocations: readonly SiteComparison[];
  };
  /** The main differences against the baseline, in words (one line per run and figure that changed by 5% or more). */
  readonly differences: readonly string[];
}

const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);

/**
 * Reduces an analysed run to what a comparison needs (the figures of its report and every site).
 *
 * @example
 * ```ts
 * const a = summarizeRecordedRun(analyzeRecordedRun(before), 'before');
 * const b = summarizeRecordedRun(analyzeRecordedRun(after), 'after');
 * compareRecordedRuns([a, b]).differences; // e.g. "after: 12 collections against 120 (-90%)"
 * ```
 */
export function summarizeRecordedRun(run: RecordedRun, label: string, options: { readonly fewBlocks?: number; readonly report?: RecordedRunReport } = {}): RunSummary {
  const report = options.report ?? buildRecordedRunReport(run, { topSites: 0, fewBlocks: options.fewBlocks });
  const { gc, allocator, fragmentation } = report;
  const resources = run.footer.resources;
  const gcStats = run.footer.gc;
  const figures: RunFigures = {
    label,
    python: report.python,
    calls: report.calls,
    seconds: report.recordedSeconds,
    cpuSeconds: resources ? (resources.userNs + resources.systemNs) / 1e9 : null,
    maxRssBytes: resources ? resources.maxRssBytes : null,
    gc: {
      collections: gc.generations.map((g) => g.collections),
      totalPauseNs: gc.generations.map((g) => g.totalNs),
      maxPauseNs: gc.generations.map((g) => g.maxNs),
      collected: gc.generations.map((g) => g.collected),
      uncollectable: gc.generations.map((g) => g.uncollectable),
      thresholds: gc.thresholds,
      enabled: gcStats ? gcStats.enabled : null,
      frozen: gcStats ? gcStats.frozen : null,
      checked: gc.checked,
    },
    allocator: { peak: allocator.peak, final: allocator.final, checked: allocator.checked },
    fragmentation: { fewBlocks: fragmentation.fewBlocks, pinnedArenas: fragmentation.pinnedArenas, pinnedBytes: fragmentation.pinnedBytes },
  };
  const sites = new Map<string, SiteFigures & { file: string; line: number; function: string }>();
  run.locations.forEach((l, i) => {
    const file = i === 0 ? '(no Python frame)' : l.file;
    const key = `${file}:${l.line}:${l.function}`;
    const s = sites.get(key) ?? { file, line: l.line, function: l.function, liveBytesAtPeak: 0, liveBytesAtEnd: 0, allocations: 0 };
    sites.set(key, {
      ...s,
      liveBytesAtPeak: s.liveBytesAtPeak + run.atBytesPeak.siteBytes[i]!,
      liveBytesAtEnd: s.liveBytesAtEnd + run.atEnd.siteBytes[i]!,
      allocations: s.allocations + run.siteAllocations[i]!,
    });
  });
  return { figures, sites };
}

/** "+12%", "-3.4%", "=" or "new" (the baseline is zero). */
export function relativeChange(value: number, baseline: number): string {
  if (value === baseline) return '=';
  if (baseline === 0) return 'new';
  const p = ((value - baseline) / Math.abs(baseline)) * 100;
  const text = Math.abs(p) >= 10 ? p.toFixed(0) : p.toFixed(1);
  return `${p > 0 ? '+' : ''}${text}%`;
}

/**
 * Compares runs against the first: the sites that changed most (at most `topSites` per figure,
 * default 10) and the main differences in words.
 * @throws Error when given fewer than two runs.
 *
 * @example
 * ```ts
 * const c = compareRecordedRuns([summarizeRecordedRun(runA, 'a'), summarizeRecordedRun(runB, 'b')]);
 * c.runs[1]!.gc.collections; // generation 0, 1, 2 collections of run b
 * ```
 */
export function compareRecordedRuns(summaries: readonly RunSummary[], options: { readonly topSites?: number } = {}): RunComparison {
  if (summaries.length < 2) throw new Error('a comparison needs two runs or more');
  const top = options.topSites ?? 10;
  const keys = new Set<string>();
  for (const s of summaries) for (const k of s.sites.keys()) keys.add(k);
  const zero: SiteFigures = { liveBytesAtPeak: 0, liveBytesAtEnd: 0, allocations: 0 };
  const all: SiteComparison[] = [...keys].map((key) => {
    const named = summaries.map((s) => s.sites.get(key)).find((x) => x !== undefined)!;
    return {
      file: named.file,
      line: named.line,
      function: named.function,
      runs: summaries.map((s) => {
        const f = s.sites.get(key) ?? zero;
        return { liveBytesAtPeak: f.liveBytesAtPeak, liveBytesAtEnd: f.liveBytesAtEnd, allocations: f.allocations };
      }),
    };
  });
  const ranked = (field: keyof SiteFigures) => {
    const change = (s: SiteComparison) => Math.max(...s.runs.slice(1).map((r) => Math.abs(r[field] - s.runs[0]![field])));
    return all
      .map((s) => ({ s, d: change(s) }))
      .filter((x) => x.d > 0)
      .sort((x, y) => y.d - x.d || (x.s.file < y.s.file ? -1 : x.s.file > y.s.file ? 1 : x.s.line - y.s.line))
      .slice(0, top)
      .map((x) => x.s);
  };
  const sites = { liveBytesAtPeak: ranked('liveBytesAtPeak'), liveBytesAtEnd: ranked('liveBytesAtEnd'), allocations: ranked('allocations') };
  const runs = summaries.map((s) => s.figures);
  return { baseline: runs[0]!.label, runs, sites, differences: differences(runs, sites.liveBytesAtPeak) };
}

/** The main differences of each run against the baseline, in words. */
function differences(runs: readonly RunFigures[], peakSites: readonly SiteComparison[]): string[] {
  const base = runs[0]!;
  const out: string[] = [];
  const ms = (ns: number) => `${(ns / 1e6).toFixed(2)} ms`;
  runs.slice(1).forEach((run, i) => {
    const against = (what: string, value: number, baseline: number, show: (v: number) => string) => {
      // Below 5% a figure is within what two runs of the same program differ by (timings, RSS).
      if (value !== baseline && (baseline === 0 || Math.abs(value - baseline) >= 0.05 * Math.abs(baseline))) out.push(`${run.label}: ${what} ${show(value)} against ${show(baseline)} (${relativeChange(value, baseline)})`);
    };
    const count = (v: number) => v.toLocaleString('en-US');
    against('run time', run.seconds, base.seconds, (v) => `${v.toFixed(3)} s`);
    against('collections', sum(run.gc.collections), sum(base.gc.collections), count);
    against('total pause', sum(run.gc.totalPauseNs), sum(base.gc.totalPauseNs), ms);
    against('longest pause', Math.max(...run.gc.maxPauseNs), Math.max(...base.gc.maxPauseNs), ms);
    against('generation 2 collections', run.gc.collections[2]!, base.gc.collections[2]!, count);
    against('objects collected', sum(run.gc.collected), sum(base.gc.collected), count);
    against('peak arenas', run.allocator.peak.arenas, base.allocator.peak.arenas, count);
    against('arenas at the end', run.allocator.final.arenas, base.allocator.final.arenas, count);
    against('pinned arenas at the end', run.fragmentation.pinnedArenas, base.fragmentation.pinnedArenas, count);
    if (run.maxRssBytes !== null && base.maxRssBytes !== null) against('peak RSS', run.maxRssBytes, base.maxRssBytes, formatBytes);
    const site = peakSites.find((s) => s.runs[i + 1]!.liveBytesAtPeak !== s.runs[0]!.liveBytesAtPeak);
    if (site) {
      const where = site.line === 0 && site.function === '' ? site.file : `${shortPath(site.file)}:${site.line} ${site.function}`;
      against(`live bytes at the peak from ${where}`, site.runs[i + 1]!.liveBytesAtPeak, site.runs[0]!.liveBytesAtPeak, formatBytes);
    }
  });
  return out;
}
