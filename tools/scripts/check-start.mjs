// Checks `npm start`'s promise: its output is the lessons' output (as `pymem run` prints it)
// and one line pointing at the demo, nothing of the build (which goes to .logs/start-build.log).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const start = spawnSync(process.execPath, ['tools/scripts/start.mjs'], { cwd: root, encoding: 'utf8' });
const lessons = spawnSync(process.execPath, ['apps/cli/bin/pymem.js', 'run', 'packages/python/examples/lessons.py'], { cwd: root, encoding: 'utf8' });
const pointer = 'Next: npm run demo opens the guided examples in the browser: frames, objects, pools, step by step (http://127.0.0.1:5173).';
const expected = `${lessons.stdout}\n${pointer}\n`;
const problems = [];
if (start.status !== lessons.status) problems.push(`exit ${start.status}, the lessons exit ${lessons.status}`);
if (start.stdout !== expected) problems.push(`stdout is not the lessons plus the pointer line:\n${start.stdout.slice(0, 2000)}`);
if (start.stderr !== lessons.stderr) problems.push(`stderr differs from the lessons':\n${start.stderr.slice(0, 2000)}`);
const log = readFileSync(join(root, '.logs', 'start-build.log'), 'utf8');
if (!/@pymem\/cli:build/.test(log)) problems.push('the build log does not hold the build output');
if (problems.length) {
  console.error(`npm start: ${problems.join('\n')}`);
  process.exit(1);
}
console.log(`npm start prints the lessons (${lessons.stdout.split('\n').length} lines) and one pointer line; the build output is in .logs/start-build.log`);
