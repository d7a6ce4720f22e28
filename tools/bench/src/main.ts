// `npm run bench [-- --filter NAME] [--json FILE] [--quick] [--list]`: runs the benchmarks and
// prints each as a table of rates and ratios against its same-run baseline.
import { writeFileSync, renameSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchmarks } from './registry.js';
import { formatReport, type BenchReport } from './harness.js';

function usage(): string {
  return [
    'usage: npm run bench -- [--filter NAME[,NAME]] [--json FILE] [--quick] [--list]',
    '',
    'Runs pymem benchmarks. Each prints rates for a subject and a baseline measured in the same',
    'process, alternated, and their ratio (slowdown of the subject).',
    '',
    '  --filter NAMES  only these benchmarks (comma-separated)',
    '  --json FILE     also write the results as JSON to FILE',
    '  --quick         smaller inputs and fewer rounds (a smoke run)',
    '  --list          list the benchmarks and exit',
  ].join('\n');
}

async function run(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        filter: { type: 'string' },
        json: { type: 'string' },
        quick: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (values.help) {
    console.log(usage());
    return 0;
  }
  if (values.list) {
    for (const b of benchmarks) console.log(`${b.name.padEnd(16)} ${b.description}`);
    return 0;
  }
  const wanted = values.filter?.split(',').map((s) => s.trim());
  const unknown = wanted?.filter((w) => !benchmarks.some((b) => b.name === w)) ?? [];
  if (unknown.length) {
    console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = benchmarks.filter((b) => !wanted || wanted.includes(b.name));
  const reports: BenchReport[] = [];
  for (const b of selected) {
    const report = await b.run({ quick: values.quick, log: (l) => console.error(`  … ${l}`) });
    reports.push(report);
    console.log(formatReport(report) + '\n');
  }
  if (values.json) {
    const doc = { node: process.version, date: new Date().toISOString(), quick: values.quick, reports };
    // Written whole or not at all: a temporary file renamed into place.
    writeFileSync(`${values.json}.tmp`, JSON.stringify(doc, null, 2));
    renameSync(`${values.json}.tmp`, values.json);
    console.error(`bench: results written to ${values.json}`);
  }
  return 0;
}

process.exitCode = await run();
