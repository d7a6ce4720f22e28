// `npm start`: builds the CLI (its output goes to .logs/start-build.log, shown only if the build
// fails), runs the guided lessons (packages/python/examples/lessons.py) on the simulated runtime,
// then prints one line pointing at the web demo. Exits with the lessons' exit code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the build's output goes. */
export const buildLog = join(root, '.logs', 'start-build.log');
/** The line after the lessons. */
export const demoPointer = 'Next: npm run demo opens the guided examples in the browser: frames, objects, pools, step by step (http://127.0.0.1:5173).';

mkdirSync(join(root, '.logs'), { recursive: true });
const build = spawnSync('npx', ['nx', 'run', '@pymem/cli:build', '--outputStyle=static'], { cwd: root, encoding: 'utf8', env: { ...process.env, NX_TUI: 'false' } });
const log = `${build.stdout ?? ''}${build.stderr ?? ''}${build.error ? String(build.error) : ''}`;
writeFileSync(buildLog, log);
if (build.status !== 0) {
  process.stderr.write(`${log}\nnpm start: building the CLI failed (exit ${build.status}); its output is above and in ${buildLog}\n`);
  process.exit(build.status ?? 1);
}
const lessons = spawnSync(process.execPath, ['apps/cli/bin/pymem.js', 'run', 'packages/python/examples/lessons.py'], { cwd: root, stdio: 'inherit' });
process.stdout.write(`\n${demoPointer}\n`);
process.exit(lessons.status ?? 1);
