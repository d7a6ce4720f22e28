#!/usr/bin/env node
// Launcher of the `pymem` command. Runs the bundled build (dist/main.js) when it exists and
// PYMEM_FROM_SOURCE is not set; otherwise runs the TypeScript sources through tsx, so
// `npx pymem` works straight after `npm install`, before any build.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/main.js', import.meta.url);
if (existsSync(fileURLToPath(dist)) && !process.env.PYMEM_FROM_SOURCE) {
  const { main } = await import(dist.href);
  process.exitCode = await main(process.argv);
} else {
  const source = fileURLToPath(new URL('../src/run.ts', import.meta.url));
  const tsx = import.meta.resolve('tsx');
  const child = spawn(process.execPath, ['--conditions=@pymem/source', '--import', tsx, source, ...process.argv.slice(2)], { stdio: 'inherit' });
  // a signal sent to this launcher alone (kill PID) reaches pymem too, and ends the launcher as it ended pymem
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
