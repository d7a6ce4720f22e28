// `pymem run` on its worker thread: deep recursion as python3 allows it, the step limit, and
// SIGINT raising KeyboardInterrupt in the program (the signal sent by the test, python3 beside it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];
const script = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const python = (p: string) => spawnSync('python3', [p], { encoding: 'utf8' });

describe('pymem run on its own thread', () => {
  it('recurses 50,000 deep under sys.setrecursionlimit(10**5), as python3 does', async () => {
    const p = script('deep.py', 'import sys\nsys.setrecursionlimit(10**5)\ndef h(n):\n    if n == 0:\n        return 0\n    return h(n - 1) + 1\nprint(h(50000))\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(0);
    expect(io.stdout).toBe(python(p).stdout);
  });

  it('raises RecursionError at the default limit with the traceback python3 prints, repeated lines folded', async () => {
    const p = script('limit.py', 'def f(n):\n    return f(n + 1)\nprint("start")\nf(0)\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(1);
    const py = python(p);
    expect(io.stdout).toBe(py.stdout);
    expect(io.stderr).toBe(py.stderr);
  });

  it('stops `while True: pass` under --max-steps with one line and exit 1, keeping what was printed', async () => {
    const p = script('loop.py', 'print("before the loop")\nwhile True:\n    pass\n');
    const io = memoryIo();
    expect(await main(argv('run', p, '--max-steps', '5000'), io)).toBe(1);
    expect(io.stdout).toBe('before the loop\n');
    expect(io.stderr).toBe('pymem: stopped after 5000 steps (--max-steps); the program may not terminate\n');
  });

  it('ends a program that grows one list at a time with MemoryError at --memory-limit, exit 1, keeping what was printed', async () => {
    const p = script('grow.py', 'print("growing")\nl = []\nwhile True:\n    l.append([0] * 1000)\n');
    const io = memoryIo();
    expect(await main(argv('run', p, '--memory-limit', '16'), io)).toBe(1);
    expect(io.stdout).toBe('growing\n');
    expect(io.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*grow\.py", line 4, in <module>\n/);
    expect(io.stderr.endsWith('\nMemoryError\n')).toBe(true);
  });
});

describe('SIGINT during pymem run', () => {
  const cliSource = fileURLToPath(new URL('./run.ts', import.meta.url));
  /** Starts the program, waits for its first line, sends SIGINT, and collects the end. */
  const interrupted = (command: string, args: string[]) =>
    new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let sent = false;
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (!sent && stdout.includes('\n')) {
          sent = true;
          setTimeout(() => child.kill('SIGINT'), 300);
        }
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    });
  const pymem = (p: string) => interrupted(process.execPath, ['--conditions=@pymem/source', '--import', 'tsx', cliSource, 'run', p]);

  it('lets the program catch KeyboardInterrupt and go on', async () => {
    const p = script('catch.py', 'import sys\nprint("ready", flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught KeyboardInterrupt")\nprint("after")\n');
    const [py, pm] = await Promise.all([interrupted('python3', [p]), pymem(p)]);
    expect(py.stdout).toBe('ready\ncaught KeyboardInterrupt\nafter\n');
    expect(pm).toEqual({ status: 0, signal: null, stdout: py.stdout, stderr: '' });
  }, 30_000);

  it('prints the KeyboardInterrupt traceback and exits 130 when nothing catches it', async () => {
    const p = script('uncaught.py', 'print("ready", flush=True)\nn = 0\nwhile True:\n    n += 1\n');
    const [py, pm] = await Promise.all([interrupted('python3', [p]), pymem(p)]);
    // python3 ends by re-raising SIGINT on itself (a shell shows 130); pymem exits with 130
    expect(py.signal).toBe('SIGINT');
    expect(pm.status).toBe(130);
    expect(pm.stdout).toBe(py.stdout);
    const shape = (text: string) => text.replace(/line \d+/, 'line N').replace(/\n {4}\S.*\n/, '\n    SOURCE\n');
    expect(shape(pm.stderr)).toBe(shape(py.stderr));
    expect(pm.stderr.split('\n').slice(-2)).toEqual(['KeyboardInterrupt', '']);
  }, 30_000);
});
