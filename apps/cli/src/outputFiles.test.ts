// An interrupted `pymem run --trace` leaves no temporary file (issue 15): Ctrl-C or SIGTERM
// ends pymem at once (status 128 + signal) and the sentinel of outputFiles.ts removes the
// `.NAME.PID.x.tmp` the trace was being written to.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pymem-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const launcher = fileURLToPath(new URL('../bin/pymem.js', import.meta.url));
// a program that runs for minutes, allocating all along (so its trace grows)
const loop = join(dir, 'loop.py');
writeFileSync(loop, 'xs = []\ni = 0\nwhile i < 100000000:\n    xs.append(str(i))\n    if len(xs) > 100:\n        xs = []\n    i += 1\n');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp') || f.includes('.partial-'));

async function interrupt(signal: NodeJS.Signals, name: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; seen: string[] }> {
  const folder = mkdtempSync(join(dir, 'out-'));
  const child = spawn(process.execPath, [launcher, 'run', loop, '--trace', join(folder, name)], {
    stdio: 'ignore',
    env: { ...process.env, PYMEM_FROM_SOURCE: '1' },
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, sig) => r({ code, signal: sig })));
  // wait until the trace is being written (its temporary file exists)
  let seen: string[] = [];
  for (let i = 0; i < 600 && seen.length === 0; i++) {
    await sleep(100);
    seen = temps(folder);
  }
  child.kill(signal);
  const result = await ended;
  // the sentinel cleans right after pymem ends
  for (let i = 0; i < 50 && (temps(folder).length > 0 || readdirSync(folder).length > 0); i++) await sleep(100);
  expect(readdirSync(folder)).toEqual([]);
  return { ...result, seen };
}

describe('interrupted outputs (issue 15)', () => {
  it('SIGINT to a long run --trace: exits as interrupted (130) and leaves no temporary file nor trace', async () => {
    const r = await interrupt('SIGINT', 't.pmt');
    expect(r.seen.length).toBe(1);
    expect(r.seen[0]).toMatch(/^\.t\.pmt\.\d+\.\w+\.tmp$/);
    // the launcher re-raises the signal pymem ended with: a shell shows status 130
    expect(r.signal === 'SIGINT' || r.code === 130).toBe(true);
  }, 90_000);

  it('SIGTERM likewise (a JSON Lines trace)', async () => {
    const r = await interrupt('SIGTERM', 't.jsonl');
    expect(r.seen.length).toBe(1);
    expect(r.signal === 'SIGTERM' || r.code === 143).toBe(true);
  }, 90_000);

  it('a finished run leaves its trace and nothing else', async () => {
    const folder = mkdtempSync(join(dir, 'ok-'));
    writeFileSync(join(folder, 'p.py'), 'print(1)\n');
    const child = spawn(process.execPath, [launcher, 'run', join(folder, 'p.py'), '--trace', join(folder, 't.pmt')], { stdio: 'ignore', env: { ...process.env, PYMEM_FROM_SOURCE: '1' } });
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    await sleep(300);
    expect(readdirSync(folder).sort()).toEqual(['p.py', 't.pmt']);
    expect(existsSync(join(folder, 't.pmt'))).toBe(true);
  }, 90_000);
});
