// The interpreter's limits: the step limit, the interrupt flag (KeyboardInterrupt between two
// steps, as SIGINT gives python3) and the JavaScript stack running out before the recursion limit.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KEYBOARD_INTERRUPT_EXIT, runProgram } from './index.js';

const run = (source: string, extra: { maxSteps?: number; interrupt?: Int32Array; memoryLimit?: number } = {}) => {
  let stdout = '';
  let stderr = '';
  const code = runProgram(source, { filename: 'p.py', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
};

describe('the step limit', () => {
  it('stops a loop that never ends with one line and exit code 1, keeping what it printed', () => {
    const r = run('print("before")\nwhile True:\n    pass\n', { maxSteps: 1000 });
    expect(r).toEqual({ code: 1, stdout: 'before\n', stderr: 'pymem: stopped after 1000 steps (--max-steps); the program may not terminate\n' });
  });
});

describe('the simulated memory limit', () => {
  const MiB = 1024 * 1024;
  const grow = (limit: number) =>
    run('l = []\ntry:\n    while True:\n        l.append([0] * 1000)\nexcept MemoryError as e:\n    n = len(l)\n    l = None\n    print(type(e).__name__, n)\nprint(len([0] * 1000))\n', { memoryLimit: limit });

  it('raises MemoryError when growth one object at a time passes it; the program catches it, frees, and goes on', () => {
    const r = grow(16 * MiB);
    expect(r.code).toBe(0);
    const [name, n, after] = r.stdout.trim().split(/\s+/);
    expect(name).toBe('MemoryError');
    expect(after).toBe('1000');
    // each [0] * 1000 is getsizeof([0] * 1000) bytes (python3 says) plus its 8-byte slot in l:
    // the limit is reached within a few lists of 16 MiB
    const list = Number(execFileSync('python3', ['-c', 'import sys; print(sys.getsizeof([0] * 1000))'], { encoding: 'utf8' }));
    const count = Number(n);
    expect(count * list).toBeLessThan(16 * MiB);
    expect(count * (list + 8) + 2 * MiB).toBeGreaterThan(16 * MiB);
  });

  it('scales with the limit: twice the limit holds about twice the lists', () => {
    const a = Number(grow(8 * MiB).stdout.split(/\s+/)[1]);
    const b = Number(grow(16 * MiB).stdout.split(/\s+/)[1]);
    expect(b - a).toBeGreaterThan((8 * MiB) / 8200);
    expect(b - a).toBeLessThan((8 * MiB) / 8000);
  });

  it('counts what is already in use when one allocation asks for more', () => {
    const r = run('a = [0] * (600 * 1024)\ntry:\n    b = [0] * (600 * 1024)\nexcept MemoryError:\n    print("second refused")\na = None\nb = [0] * (600 * 1024)\nprint(len(b))\n', { memoryLimit: 8 * MiB });
    expect(r).toEqual({ code: 0, stdout: 'second refused\n614400\n', stderr: '' });
  });

  it('prints the MemoryError traceback and exits 1 when nothing catches it', () => {
    const r = run('l = []\nwhile True:\n    l.append(list(range(100)))\n', { memoryLimit: 4 * MiB });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).at(-1)).toBe('MemoryError');
  });
});

describe('the interrupt flag', () => {
  it('raises KeyboardInterrupt at a step, which the program can catch', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    flag[0] = 1;
    const r = run('n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print("caught", type(e).__name__, repr(e.args))\n', { interrupt: flag });
    expect(r).toEqual({ code: 0, stdout: 'caught KeyboardInterrupt ()\n', stderr: '' });
    expect(flag[0]).toBe(0);
  });

  it('prints the KeyboardInterrupt traceback and exits 130 when nothing catches it', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    flag[0] = 1;
    const r = run('print("go")\nwhile True:\n    pass\n', { interrupt: flag });
    expect(r.code).toBe(KEYBOARD_INTERRUPT_EXIT);
    expect(r.stdout).toBe('go\n');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "p.py", line \d, in <module>\n[^]*KeyboardInterrupt\n$/);
  });
});

describe('the JavaScript stack', () => {
  it('ends the run with one line, never a RecursionError the program could catch, when it runs out first', () => {
    const r = run('import sys\nsys.setrecursionlimit(10**7)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print("caught")\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pymem: the JavaScript stack ran out at Python recursion depth \d+ \(sys.getrecursionlimit\(\) is 10000000\); run pymem with a larger stack\n$/);
  });
});
