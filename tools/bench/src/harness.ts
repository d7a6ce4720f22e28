// The benchmark harness: every benchmark times its subject and a baseline in the same process,
// alternating them, and reports the median of each and their ratio. docs/DESIGN.md: on these
// machines one benchmark varies 2-3x between processes but ~13% within one, so only ratios
// measured side by side mean anything.

/** One timed variant: runs `work` once and returns how many operations it did. */
export interface Variant {
  readonly name: string;
  readonly run: () => number;
}

/** The measured rate of one variant. */
export interface VariantResult {
  readonly name: string;
  /** Median operations per second over the rounds. */
  readonly opsPerSec: number;
  /** Each round's operations per second, in the order measured. */
  readonly rounds: readonly number[];
}

/** A row of a benchmark's report. */
export interface BenchRow {
  readonly label: string;
  readonly subject: VariantResult;
  readonly baseline: VariantResult;
  /** subject time / baseline time = baseline rate / subject rate; 1.5 means 1.5x slower. */
  readonly slowdown: number;
}

/** What a benchmark returns: rows plus free-form notes and numbers for --json. */
export interface BenchReport {
  readonly name: string;
  readonly unit: string;
  readonly rows: readonly BenchRow[];
  readonly notes?: readonly string[];
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** Options every benchmark receives. */
export interface BenchContext {
  /** Fewer rounds and smaller inputs, for a smoke run (tests use it). */
  readonly quick: boolean;
  /** Progress lines go here (stderr in the CLI). */
  readonly log: (line: string) => void;
}

/** A benchmark the harness can run. */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<BenchReport> | BenchReport;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Times each variant `rounds` times, interleaved (A B C A B C ...) after one warm-up round,
 * so slow drift of the machine hits every variant alike.
 */
export function measure(variants: readonly Variant[], rounds: number): VariantResult[] {
  for (const v of variants) v.run();
  const rates = variants.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    variants.forEach((v, i) => {
      const t0 = process.hrtime.bigint();
      const ops = v.run();
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      rates[i]!.push(ops / dt);
    });
  }
  return variants.map((v, i) => ({ name: v.name, opsPerSec: median(rates[i]!), rounds: rates[i]! }));
}

/** A row comparing a subject with a baseline. */
export function row(label: string, subject: VariantResult, baseline: VariantResult): BenchRow {
  return { label, subject, baseline, slowdown: baseline.opsPerSec / subject.opsPerSec };
}

const fmtRate = (x: number) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(1)} /s`;

/** Renders a report as an aligned text table. */
export function formatReport(report: BenchReport): string {
  const lines = [`## ${report.name} (${report.unit})`];
  const w = Math.max(...report.rows.map((r) => r.label.length), 5);
  for (const r of report.rows) {
    lines.push(
      `${r.label.padEnd(w)}  ${r.subject.name}: ${fmtRate(r.subject.opsPerSec).padStart(11)}   ` +
        `${r.baseline.name}: ${fmtRate(r.baseline.opsPerSec).padStart(11)}   ratio ${r.slowdown.toFixed(2)}x`,
    );
  }
  for (const n of report.notes ?? []) lines.push(`  ${n}`);
  return lines.join('\n');
}
