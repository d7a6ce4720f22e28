// The text form of a recorded run's report (`pymem report TRACE`): a short header, the three
// findings in words, then the tables (collections, allocator, sites, fragmentation), each
// sized to be read at a glance.
import { formatBytes, shortPath, type RecordedRunReport, type SiteRow } from './recordedRunReport.js';

const n = (v: number) => v.toLocaleString('en-US');
const ms = (ns: number) => `${(ns / 1e6).toFixed(2)} ms`;
const yes = (checked: boolean | null) => (checked === null ? 'not recorded' : checked ? 'equal' : 'DIFFERENT');


/** Block sizes present: all of them when few, else the range and how many. */
function sizes(classes: readonly number[]): string {
  if (classes.length === 0) return '-';
  if (classes.length <= 5) return classes.join(',');
  return `${classes[0]}-${classes[classes.length - 1]} (${classes.length} sizes)`;
}

function table(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      `  ${r
        .map((cell, c) => (c === r.length - 1 ? cell : rightAligned[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')}`.trimEnd(),
    )
    .join('\n');
}

const site = (s: { file: string; line: number; function: string }) => (s.line === 0 && s.function === '' ? s.file : `${shortPath(s.file)}:${s.line} ${s.function}`);

function siteTable(rows: readonly SiteRow[]): string {
  if (rows.length === 0) return '  (none)';
  return table([['live bytes', 'blocks', 'allocations', 'site'], ...rows.map((r) => [formatBytes(r.liveBytes), n(r.liveBlocks), n(r.allocations), site(r)])], [true, true, true, false]);
}

/**
 * Prints the report for a terminal.
 *
 * @example
 * ```ts
 * process.stdout.write(formatRecordedRunReport(buildRecordedRunReport(analyzeRecordedRun(bytes)), 't.trace'));
 * ```
 */
export function formatRecordedRunReport(report: RecordedRunReport, name: string, options: { readonly arenas?: number } = {}): string {
  const out: string[] = [];
  const { gc, allocator, sites, fragmentation } = report;
  out.push(`pymem report ${name}: python ${report.python}, ${n(report.calls)} allocator calls in ${report.recordedSeconds.toFixed(2)} s (trace format ${report.formatVersion})`);
  out.push('', 'Findings');
  report.findings.forEach((f, i) => out.push(`  ${i + 1}. ${f}`));

  out.push('', `Collections: ${n(gc.pauses.length)}, ${ms(gc.totalPauseNs)} of pauses (counts against gc.get_stats(): ${yes(gc.checked)})`);
  if (gc.thresholds) out.push(`  thresholds at the end ${gc.thresholds.join('/')}`);
  out.push(
    table(
      [
        ['gen', 'count', 'total', 'max', 'p50', 'p90', 'p99', 'collected', 'uncollectable'],
        ...gc.generations.map((g) => [String(g.generation), n(g.collections), ms(g.totalNs), ms(g.maxNs), ms(g.p50Ns), ms(g.p90Ns), ms(g.p99Ns), n(g.collected), n(g.uncollectable)]),
      ],
      [true, true, true, true, true, true, true, true, true],
    ),
  );
  for (const d of gc.differences) out.push(`  ! ${d}`);

  out.push('', `Allocator (replayed table against CPython's: ${yes(allocator.checked)})`);
  out.push(
    table(
      [
        ['', 'arenas', 'pools', 'blocks', 'bytes'],
        ['peak', n(allocator.peak.arenas), n(allocator.peak.pools), n(allocator.peak.blocks), formatBytes(allocator.peak.bytes)],
        ['end', n(allocator.final.arenas), n(allocator.final.pools), n(allocator.final.blocks), formatBytes(allocator.final.bytes)],
      ],
      [false, true, true, true, true],
    ),
  );
  for (const d of allocator.differences.slice(0, 10)) out.push(`  ! ${d}`);

  out.push('', `Sites by live bytes at the peak (${formatBytes(allocator.peak.bytes)} at ${(allocator.peakBytesAtNs / 1e9).toFixed(3)} s)`, siteTable(sites.atPeak));
  out.push('', 'Sites by live bytes at the end', siteTable(sites.atEnd));
  out.push('', 'Sites by allocations', siteTable(sites.byAllocations));

  out.push('', `Fragmentation: ${fragmentation.summary}`);
  const shown = [...fragmentation.atEnd].sort((a, b) => a.liveBlocks - b.liveBlocks).slice(0, options.arenas ?? 12);
  if (shown.length > 0) {
    out.push(
      table(
        [
          ['arena', 'live blocks', 'used', 'free', 'free pools', 'block sizes', 'held by'],
          ...shown.map((a) => [
            `0x${a.address.toString(16)}`,
            n(a.liveBlocks),
            formatBytes(a.usedBytes),
            formatBytes(a.freeBytes),
            `${a.freePools}/${a.pools}`,
            sizes(a.sizeClasses),
            a.sites.map((s) => `${site(s)} (${n(s.blocks)})`).join('; ') || '-',
          ]),
        ],
        [false, true, true, true, true, false, false],
      ),
    );
    if (fragmentation.atEnd.length > shown.length) out.push(`  … ${fragmentation.atEnd.length - shown.length} fuller arenas not shown (--json lists them all)`);
  }
  return `${out.join('\n')}\n`;
}
