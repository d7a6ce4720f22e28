// `npm run differential` (in tools/differential) or `npx nx run @pymem/differential:report`:
// runs the corpus through python3 and pymem, prints the pass rate by category and writes the
// full report (every failure with a diff) to tools/differential/.report/report.md.
// Options: --filter SUBSTRING (only programs whose id contains it), --out FILE,
// --update-known-failures (rewrite known-failures.json to the programs failing now, keeping
// the reasons already written and giving new failures their first diff line as a reason).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TOOL_DIR } from './corpus.js';
import { formatReport, passRates, runDifferential } from './differential.js';
import { readKnownFailures, writeKnownFailures } from './knownFailures.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const filter = option('--filter');
const out = option('--out') ?? join(TOOL_DIR, '.report', 'report.md');
const report = await runDifferential({ filter: filter ? (p) => p.id.includes(filter) : undefined });
const rates = passRates(report);
const width = Math.max(...rates.map((r) => r.category.length), 8);
for (const r of rates) {
  console.log(`${r.category.padEnd(width)}  ${String(r.passed).padStart(4)}/${String(r.total).padEnd(4)} ${r.total ? ((100 * r.passed) / r.total).toFixed(1) : '-'}%`);
}
const passed = rates.reduce((s, r) => s + r.passed, 0);
const total = rates.reduce((s, r) => s + r.total, 0);
console.log(`${'total'.padEnd(width)}  ${String(passed).padStart(4)}/${String(total).padEnd(4)} ${total ? ((100 * passed) / total).toFixed(1) : '-'}%`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, formatReport(report));
console.log(`report: ${out}`);

if (process.argv.includes('--update-known-failures')) {
  if (filter) throw new Error('--update-known-failures needs the whole corpus: drop --filter');
  const old = readKnownFailures();
  const next: Record<string, string> = {};
  for (const o of report.outcomes) if (!o.pass) next[o.program.id] = old[o.program.id] ?? `new failure: ${o.diff.split('\n').slice(0, 4).join(' / ')}`;
  for (const o of report.outside) if (!o.pass) next[o.program.id] = old[o.program.id] ?? `new failure: ${o.why}`;
  writeKnownFailures(next);
  console.log(`known-failures.json: ${Object.keys(next).length} programs`);
}
