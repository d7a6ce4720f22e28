// The text form of a comparison of recorded runs (`pymem compare`): one column per run, the
// first being the baseline, each other cell followed by its change against it; then the sites
// whose live bytes or allocations changed most, and the differences in words.
import { formatBytes, shortPath } from './recordedRunReport.js';
import { relativeChange, type RunComparison, type RunFigures, type SiteComparison, type SiteFigures } from './recordedRunCompare.js';

const count = (v: number) => v.toLocaleString('en-US');
const ms = (ns: number) => `${(ns / 1e6).toFixed(2)} ms`;
const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);

/** A row: its name, and for each run the value (null: not recorded) shown by `show`. */
type Row = readonly [string, (r: RunFigures) => number | null, (v: number) => string];

const ROWS: readonly Row[] = [
  ['run time', (r) => r.seconds, (v) => `${v.toFixed(3)} s`],
  ['CPU time', (r) => r.cpuSeconds, (v) => `${v.toFixed(3)} s`],
  ['peak RSS', (r) => r.maxRssBytes, formatBytes],
  ['allocator calls', (r) => r.calls, count],
  ['collections', (r) => sum(r.gc.collections), count],
  ...[0, 1, 2].map((g): Row => [`  gen ${g}`, (r) => r.gc.collections[g]!, count]),
  ['total pause', (r) => sum(r.gc.totalPauseNs), ms],
  ...[0, 1, 2].map((g): Row => [`  gen ${g}`, (r) => r.gc.totalPauseNs[g]!, ms]),
  ['longest pause', (r) => Math.max(...r.gc.maxPauseNs), ms],
  ...[0, 1, 2].map((g): Row => [`  gen ${g}`, (r) => r.gc.maxPauseNs[g]!, ms]),
  ['objects collected', (r) => sum(r.gc.collected), count],
  ['uncollectable', (r) => sum(r.gc.uncollectable), count],
  ['peak arenas', (r) => r.allocator.peak.arenas, count],
  ['peak pools', (r) => r.allocator.peak.pools, count],
  ['peak live blocks', (r) => r.allocator.peak.blocks, count],
  ['peak live bytes', (r) => r.allocator.peak.bytes, formatBytes],
  ['arenas at the end', (r) => r.allocator.final.arenas, count],
  ['live bytes at the end', (r) => r.allocator.final.bytes, formatBytes],
  ['pinned arenas at the end', (r) => r.fragmentation.pinnedArenas, count],
];

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}`.trimEnd()).join('\n');
}

function settings(r: RunFigures): string {
  if (r.gc.thresholds === null) return 'not recorded';
  const parts = [r.gc.enabled === false ? 'disabled' : r.gc.thresholds.join('/')];
  if (r.gc.frozen) parts.push(`${count(r.gc.frozen)} frozen`);
  return parts.join(', ');
}

const checked = (c: boolean | null) => (c === null ? 'not recorded' : c ? 'equal' : 'DIFFERENT');

function siteTable(title: string, sites: readonly SiteComparison[], field: keyof SiteFigures, labels: readonly string[]): string[] {
  if (sites.length === 0) return [];
  const show = field === 'allocations' ? count : formatBytes;
  const where = (s: SiteComparison) => (s.line === 0 && s.function === '' ? s.file : `${shortPath(s.file)}:${s.line} ${s.function}`);
  const rows = sites.map((s) => [where(s), ...s.runs.map((r, i) => (i === 0 ? show(r[field]) : `${show(r[field])} (${relativeChange(r[field], s.runs[0]![field])})`))]);
  return ['', title, table([['site', ...labels], ...rows])];
}

/**
 * Prints a comparison for a terminal: the figures side by side, the sites that changed most, the differences.
 *
 * @example
 * ```ts
 * process.stdout.write(formatRunComparison(compareRecordedRuns([a, b])));
 * ```
 */
export function formatRunComparison(comparison: RunComparison): string {
  const { runs } = comparison;
  const labels = runs.map((r) => r.label);
  const out: string[] = [];
  out.push(`pymem compare: ${runs.length} runs of python ${runs[0]!.python}, against the first (${comparison.baseline})`, '');
  const rows: string[][] = [['', ...labels], ['gc settings at the end', ...runs.map(settings)]];
  for (const [name, value, show] of ROWS) {
    const base = value(runs[0]!);
    rows.push([
      name,
      ...runs.map((r, i) => {
        const v = value(r);
        if (v === null) return '-';
        return i === 0 || base === null ? show(v) : `${show(v)} (${relativeChange(v, base)})`;
      }),
    ]);
  }
  rows.push(["table against CPython's", ...runs.map((r) => checked(r.allocator.checked))], ['collections against gc.get_stats()', ...runs.map((r) => checked(r.gc.checked))]);
  out.push(table(rows));
  out.push(...siteTable('Sites whose live bytes at the peak changed most', comparison.sites.liveBytesAtPeak, 'liveBytesAtPeak', labels));
  out.push(...siteTable('Sites whose live bytes at the end changed most', comparison.sites.liveBytesAtEnd, 'liveBytesAtEnd', labels));
  out.push(...siteTable('Sites whose allocations changed most', comparison.sites.allocations, 'allocations', labels));
  out.push('', 'Differences of 5% or more');
  if (comparison.differences.length === 0) out.push('  (none in these figures)');
  for (const d of comparison.differences) out.push(`  - ${d}`);
  return `${out.join('\n')}\n`;
}
