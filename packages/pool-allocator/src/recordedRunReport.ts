// The report of a run recorded from real CPython (`pymem report TRACE`): collections and
// their pauses checked against gc.get_stats(), the allocator's peak and end checked against
// CPython's own _debugmallocstats table, the allocation sites holding the memory, and the
// arenas that cannot be released because a few live blocks pin them. Built from one
// `analyzeRecordedRun` pass; `formatRecordedRunReport` prints it for a terminal.
import { formatMallocStats, mallocStats } from './mallocStats.js';
import type { ArenaSnapshot, RecordedRun, RunSnapshot } from './recordedRun.js';
import type { TraceCollection } from './traceAnnotations.js';

/** One collection in the report. */
export interface GcPause {
  readonly generation: number;
  readonly startNs: number;
  readonly durationNs: number;
  readonly collected: number;
  readonly uncollectable: number;
  /** Call records before it started. */
  readonly atCall: number;
  readonly countsBefore: readonly number[];
}

/** Totals of one generation's collections. */
export interface GenerationPauses {
  readonly generation: number;
  readonly collections: number;
  readonly totalNs: number;
  readonly maxNs: number;
  readonly p50Ns: number;
  readonly p90Ns: number;
  readonly p99Ns: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** A source location with what it holds. */
export interface SiteRow {
  readonly file: string;
  readonly line: number;
  readonly function: string;
  readonly liveBytes: number;
  readonly liveBlocks: number;
  readonly allocations: number;
}

/** An arena in the fragmentation section. */
export interface ArenaRow extends Omit<ArenaSnapshot, 'sites'> {
  readonly sites: readonly { readonly file: string; readonly line: number; readonly function: string; readonly blocks: number; readonly bytes: number }[];
}

/** Allocator counters at one moment. */
export interface AllocatorCounts {
  readonly arenas: number;
  readonly pools: number;
  readonly blocks: number;
  readonly bytes: number;
}

/** What `pymem report --json` prints. */
export interface RecordedRunReport {
  readonly python: string;
  readonly formatVersion: number;
  readonly calls: number;
  readonly recordedSeconds: number;
  readonly gc: {
    /** Collections per generation, as CPython counted them while recording (gc.get_stats() at the end minus at the start). */
    readonly collections: readonly number[] | null;
    readonly pauses: readonly GcPause[];
    readonly generations: readonly GenerationPauses[];
    readonly totalPauseNs: number;
    /** True when the recorded collections add up to gc.get_stats(); null when the trace has no gc record (format 1). */
    readonly checked: boolean | null;
    readonly differences: readonly string[];
    readonly thresholds: readonly number[] | null;
  };
  readonly allocator: {
    readonly peak: AllocatorCounts;
    readonly final: AllocatorCounts;
    /** When the run had the most arenas (the fragmentation's peak), and the most live bytes (the sites' peak). */
    readonly peakAtNs: number;
    readonly peakBytesAtNs: number;
    /** True when the replayed table equals CPython's; null when the trace has none. */
    readonly checked: boolean | null;
    readonly differences: readonly string[];
  };
  readonly sites: {
    readonly atPeak: readonly SiteRow[];
    readonly atEnd: readonly SiteRow[];
    readonly byAllocations: readonly SiteRow[];
  };
  readonly fragmentation: {
    readonly fewBlocks: number;
    readonly atEnd: readonly ArenaRow[];
    readonly atPeak: readonly ArenaRow[];
    readonly pinnedArenas: number;
    readonly pinnedBytes: number;
    readonly summary: string;
  };
  readonly findings: readonly string[];
}

/** Options of {@link buildRecordedRunReport}. */
export interface RecordedRunReportOptions {
  /** Sites listed in each ranking (default 10). */
  readonly topSites?: number;
  /** An arena is "pinned" when fewer than this many live blocks keep it (default 64). */
  readonly fewBlocks?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const pauseOf = (c: TraceCollection): GcPause => ({
  generation: c.generation,
  startNs: c.startNs,
  durationNs: c.endNs - c.startNs,
  collected: c.collected,
  uncollectable: c.uncollectable,
  atCall: c.atCall,
  countsBefore: c.countsBefore,
});

/** Human sizes: 1.5 MiB, 20.0 KiB, 312 B. */
export function formatBytes(n: number): string {
  if (Math.abs(n) >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (Math.abs(n) >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** `json/decoder.py` from `/usr/lib/python3.11/json/decoder.py`: the last two path parts. */
export function shortPath(file: string): string {
  const parts = file.split('/');
  return parts.length <= 2 ? file : parts.slice(-2).join('/');
}

const ms = (ns: number): string => `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;

/**
 * Builds the report of an analysed run.
 *
 * @example
 * ```ts
 * const report = buildRecordedRunReport(analyzeRecordedRun(bytes));
 * report.gc.checked && report.allocator.checked; // what `pymem report --check` requires
 * ```
 */
export function buildRecordedRunReport(run: RecordedRun, options: RecordedRunReportOptions = {}): RecordedRunReport {
  const top = options.topSites ?? 10;
  const few = options.fewBlocks ?? 64;
  const { footer, header } = run;
  const pauses = run.collections.map(pauseOf);
  const generations: GenerationPauses[] = [0, 1, 2].map((g) => {
    const own = pauses.filter((p) => p.generation === g);
    const sorted = own.map((p) => p.durationNs).sort((a, b) => a - b);
    return {
      generation: g,
      collections: own.length,
      totalNs: sorted.reduce((t, d) => t + d, 0),
      maxNs: sorted.length ? sorted[sorted.length - 1]! : 0,
      p50Ns: percentile(sorted, 50),
      p90Ns: percentile(sorted, 90),
      p99Ns: percentile(sorted, 99),
      collected: own.reduce((t, p) => t + p.collected, 0),
      uncollectable: own.reduce((t, p) => t + p.uncollectable, 0),
    };
  });
  const gcStats = footer.gc;
  const gcDifferences: string[] = [];
  let collections: number[] | null = null;
  if (gcStats) {
    collections = [0, 1, 2].map((g) => gcStats.atEnd[g]!.collections - gcStats.atStart[g]!.collections);
    for (const g of [0, 1, 2]) {
      const field = (name: 'collections' | 'collected' | 'uncollectable', recorded: number) => {
        const cpython = gcStats.atEnd[g]![name] - gcStats.atStart[g]![name];
        if (cpython !== recorded) gcDifferences.push(`generation ${g} ${name}: gc.get_stats() says ${cpython}, the recorded collections ${recorded}`);
      };
      field('collections', generations[g]!.collections);
      field('collected', generations[g]!.collected);
      field('uncollectable', generations[g]!.uncollectable);
    }
    for (const p of pauses) if (p.durationNs <= 0) gcDifferences.push(`a generation ${p.generation} collection at call ${p.atCall} has no duration`);
  }

  const stats = mallocStats(run.allocator);
  const allocatorDifferences: string[] = [];
  if (footer.stats !== undefined) {
    const a = footer.stats.split('\n');
    const b = formatMallocStats(stats).split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) allocatorDifferences.push(`line ${i + 1}: CPython "${a[i] ?? ''}", replayed "${b[i] ?? ''}"`);
    }
  }
  if (footer.allocatedBlocks !== undefined) {
    // sys.getallocatedblocks() counts pymalloc blocks in use and live raw blocks.
    const replayed = stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0);
    if (replayed !== footer.allocatedBlocks) allocatorDifferences.push(`sys.getallocatedblocks(): CPython ${footer.allocatedBlocks}, replayed ${replayed}`);
  }

  const location = (site: number) => run.locations[site] ?? { file: '?', line: 0, function: '?' };
  const row = (site: number, snap: Pick<RunSnapshot, 'siteBytes' | 'siteBlocks'> | undefined): SiteRow => {
    const l = location(site);
    return {
      file: l.file || '(no Python frame)',
      line: l.line,
      function: l.function,
      liveBytes: snap ? snap.siteBytes[site]! : 0,
      liveBlocks: snap ? snap.siteBlocks[site]! : 0,
      allocations: run.siteAllocations[site]!,
    };
  };
  const ranked = (score: (i: number) => number, snap: Pick<RunSnapshot, 'siteBytes' | 'siteBlocks'> | undefined): SiteRow[] => {
    const idx = Array.from({ length: run.locations.length }, (_, i) => i).filter((i) => score(i) > 0);
    idx.sort((x, y) => score(y) - score(x) || x - y);
    return idx.slice(0, top).map((i) => row(i, snap));
  };
  const arenaRows = (snap: RunSnapshot): ArenaRow[] =>
    snap.arenas.map((a) => ({
      ...a,
      sites: a.sites.map((s) => {
        const { file, line, function: fn } = row(s.site, undefined);
        return { file, line, function: fn, blocks: s.blocks, bytes: s.bytes };
      }),
    }));
  const atEnd = arenaRows(run.atEnd);
  const pinned = atEnd.filter((a) => a.liveBlocks > 0 && a.liveBlocks < few);
  const arenaSize = run.allocator.params.arenaSize;
  const pinnedBytes = pinned.length * arenaSize;
  const summary =
    atEnd.length === 0
      ? 'no arena is allocated at the end'
      : `${pinned.length} of ${atEnd.length} arenas allocated at the end (${formatBytes(pinnedBytes)}) are held by fewer than ${few} live blocks (${pinned.reduce((t, a) => t + a.liveBlocks, 0)} blocks, ${formatBytes(pinned.reduce((t, a) => t + a.usedBytes, 0))} in use)`;
  const counts = (s: RunSnapshot['sample'], arenas: number, pools: number): AllocatorCounts => ({ arenas, pools, blocks: s.blocks, bytes: s.bytes });

  const report: Omit<RecordedRunReport, 'findings'> = {
    python: header.pythonVersion,
    formatVersion: header.version,
    calls: footer.records,
    recordedSeconds: footer.elapsedNs / 1e9,
    gc: {
      collections,
      pauses,
      generations,
      totalPauseNs: generations.reduce((t, g) => t + g.totalNs, 0),
      checked: gcStats ? gcDifferences.length === 0 : null,
      differences: gcDifferences,
      thresholds: gcStats ? [...gcStats.thresholds] : null,
    },
    allocator: {
      peak: { ...run.peak },
      final: counts(run.atEnd.sample, run.atEnd.sample.arenas, run.atEnd.sample.pools),
      peakAtNs: run.atPeak.sample.ns,
      peakBytesAtNs: run.atBytesPeak.ns,
      checked: footer.stats === undefined ? null : allocatorDifferences.length === 0,
      differences: allocatorDifferences,
    },
    sites: {
      atPeak: ranked((i) => run.atBytesPeak.siteBytes[i]!, run.atBytesPeak),
      atEnd: ranked((i) => run.atEnd.siteBytes[i]!, run.atEnd),
      byAllocations: ranked((i) => run.siteAllocations[i]!, run.atEnd),
    },
    fragmentation: { fewBlocks: few, atEnd, atPeak: arenaRows(run.atPeak), pinnedArenas: pinned.length, pinnedBytes, summary },
  };
  return { ...report, findings: findings(report, run) };
}

/** The three biggest findings, in words. */
function findings(report: Omit<RecordedRunReport, 'findings'>, run: RecordedRun): string[] {
  const out: string[] = [];
  const { gc, allocator, sites, fragmentation } = report;
  const elapsed = run.footer.elapsedNs;
  if (gc.pauses.length > 0) {
    const longest = gc.pauses.reduce((a, b) => (b.durationNs > a.durationNs ? b : a));
    out.push(
      `${gc.pauses.length} collections paused the program for ${ms(gc.totalPauseNs)} in total (${((gc.totalPauseNs / Math.max(1, elapsed)) * 100).toFixed(1)}% of the ${(elapsed / 1e9).toFixed(2)} s run); ` +
        `the longest, of generation ${longest.generation} at ${(longest.startNs / 1e9).toFixed(3)} s, took ${ms(longest.durationNs)} and freed ${longest.collected} objects.`,
    );
  } else if (gc.checked !== null) out.push('No collection ran while recording.');
  const topPeak = sites.atPeak[0];
  if (topPeak) {
    const share = run.atBytesPeak.bytes > 0 ? ` (${((topPeak.liveBytes / run.atBytesPeak.bytes) * 100).toFixed(0)}% of the live bytes then)` : '';
    out.push(
      `At the peak of live bytes (${formatBytes(run.atBytesPeak.bytes)} at ${(allocator.peakBytesAtNs / 1e9).toFixed(3)} s) the biggest holder was ${shortPath(topPeak.file)}:${topPeak.line} in ${topPeak.function} with ${formatBytes(topPeak.liveBytes)} in ${topPeak.liveBlocks} blocks${share}.`,
    );
  }
  out.push(`${fragmentation.summary[0]!.toUpperCase()}${fragmentation.summary.slice(1)}; ${allocator.final.arenas} arenas stay allocated after a peak of ${allocator.peak.arenas}.`);
  return out.slice(0, 3);
}
