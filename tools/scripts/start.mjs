// `npm start`: builds the CLI, runs the guided lessons (packages/python/examples/lessons.py) on
// the simulated runtime, then says where to go next (the web demo, a trace). Exits with the
// lessons' exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const built = run('npx', ['nx', 'run', '@pymem/cli:build', '--outputStyle=static']);
if (built !== 0) process.exit(built);
const code = run(process.execPath, ['apps/cli/bin/pymem.js', 'run', 'packages/python/examples/lessons.py']);
process.stdout.write(`
Next:
  npm run demo        guided examples in the browser: object graph, generations, pools, time travel
                      (serves http://127.0.0.1:5173; PORT=8080 npm run demo to change the port)
  npx pymem run packages/python/examples/lessons.py --trace run.pmt
                      write every event of the run, then: npx pymem stats run.pmt
  npx pymem --help    every command (run, record, replay, stats, diff, whatif, export, ...)
`);
process.exit(code);
