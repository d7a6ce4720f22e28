#!/usr/bin/env node
// `npm test`: everything CI checks, in order: lint, typecheck and unit tests of every project
// (nx, cached), then the build and package checks (publint, attw), then the packed-package
// smoke test. Ends with one summary line "N passed, N failed" counting test cases and checks.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });

const steps = [
  ['lint, typecheck and tests', ['npx', 'nx', 'run-many', '-t', 'lint', 'typecheck', 'test', '--outputStyle=static']],
  ['build and package checks', ['npx', 'nx', 'run-many', '-t', 'build', 'check-package', '--outputStyle=static']],
  ['packed packages work from import and require', ['node', 'tools/scripts/pack-smoke.mjs']],
  ['dependencies point downwards in the project graph', ['node', 'tools/scripts/check-graph.mjs']],
  ['npm start shows only the lessons and a pointer to the demo', ['node', 'tools/scripts/check-start.mjs']],
  // the demo in Debian's Chromium (fails if Chromium is missing); its checks land in .test-results
  ['the demo in a browser', ['npm', 'run', 'test:browser', '-w', '@pymem/demo']],
];
const failedSteps = [];
for (const [label, [cmd, ...args]] of steps) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failedSteps.push(label);
}

let passed = 0;
let failed = 0;
if (existsSync(resultsDir)) {
  // one file per project (scoped names in a subfolder, as nx.json's test outputs name them)
  for (const f of readdirSync(resultsDir, { recursive: true }).filter((f) => f.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  }
}
passed += steps.length - failedSteps.length;
failed += failedSteps.length;
console.log(`\n${failedSteps.length ? `failed steps: ${failedSteps.join('; ')}` : 'every step passed'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
