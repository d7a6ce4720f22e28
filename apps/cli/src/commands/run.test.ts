import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../io.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];
const script = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('pymem run', () => {
  it('prints exactly what python3 prints, reference counts included', async () => {
    const p = script('lesson.py', 'import sys\na = []\nb = a\nprint(sys.getrefcount(a))\nprint([1.5, 1e16, -0.0], {"k": (1,)})\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(0);
    expect(io.stdout).toBe(execFileSync('python3', [p], { encoding: 'utf8' }));
  });

  it('imports modules beside the script, with tracebacks naming files as python3 does', async () => {
    script('mhelper.py', 'def half(x):\n    return x / 0\nVALUE = [1]\n');
    const p = script('mmain.py', 'import sys\nimport mhelper\nprint(mhelper.VALUE, sys.argv[0] == __file__, __name__)\nmhelper.half(3)\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(1);
    const py = spawnSync('python3', [p], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(io.stdout).toBe(py.stdout);
    expect(io.stderr).toBe(py.stderr);
  });

  it("exits with 1 and a traceback when the program's exception is not caught", async () => {
    const p = script('boom.py', 'print("before")\nx = {}\nprint(x["missing"])\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(1);
    const py = spawnSync('python3', [p], { encoding: 'utf8' });
    expect(io.stdout).toBe(py.stdout);
    expect(io.stderr).toContain('Traceback (most recent call last):');
    expect(io.stderr.trim().split('\n').at(-1)).toBe(py.stderr.trim().split('\n').at(-1));
  });

  it('stops a runaway loop after --max-steps with exit code 1', async () => {
    const p = script('loop.py', 'n = 0\nwhile True:\n    n += 1\n');
    const io = memoryIo();
    expect(await main(argv('run', p, '--max-steps', '500'), io)).toBe(1);
    expect(io.stderr).toMatch(/stopped after 500 steps/);
  });

  it('writes the run as JSON Lines events with --trace', async () => {
    const p = script('traced.py', 'x = [[], []]\ndel x\n');
    const out = join(dir, 'traced.jsonl');
    const io = memoryIo();
    expect(await main(argv('run', p, '--trace', out), io)).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type?: string });
    expect(lines.some((e) => e.type === 'object.freed')).toBe(true);
    expect(lines.some((e) => e.type === 'object.allocated')).toBe(true);
  });

  it('marks statements (with their lines), output and the shutdown in a --trace', async () => {
    const p = script('marked.py', 'x = 1\nif x:\n    print("hi")\ny = [x]\n');
    const out = join(dir, 'marked.jsonl');
    const io = memoryIo();
    expect(await main(argv('run', p, '--trace', out), io)).toBe(0);
    const markers = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type?: string; label?: string; line?: number; text?: string })
      .filter((e) => e.type === 'marker' && e.label !== 'value'); // value markers name objects (python's own)
    const summary = markers.map((m) => (m.label === 'statement' ? `s${m.line}` : m.label === 'output' ? `o:${m.text}` : m.label));
    expect(summary).toEqual(['s1', 's2', 's3', 'o:hi\n', 's4', 'shutdown']);
  });

  it('applies --threshold before the first line', async () => {
    const p = script('thr.py', 'import gc\nprint(gc.get_threshold())\n');
    const io = memoryIo();
    expect(await main(argv('run', p, '--threshold', '100,5,5'), io)).toBe(0);
    expect(io.stdout).toBe('(100, 5, 5)\n');
  });

  it('rejects a program outside the subset with the construct, line and column', async () => {
    const p = script('outside.py', 'x = 1\ntry:\n    pass\nexcept* Exception:\n    pass\n');
    const io = memoryIo();
    expect(await main(argv('run', p), io)).toBe(1);
    expect(io.stderr).toMatch(/NotImplementedError: pymem does not support 'except\*' \(exception groups\) \(line 4, column 1\)/);
  });

  it('names a missing file, an unknown collector and bad numbers without a stack trace', async () => {
    for (const args of [['run', join(dir, 'nope.py')], ['run', script('ok.py', 'pass\n'), '--collector', 'nope'], ['run', script('ok2.py', 'pass\n'), '--max-steps', 'x']]) {
      const io = memoryIo();
      expect(await main(argv(...args), io)).toBe(1);
      expect(io.stderr).toMatch(/^pymem: /);
      expect(io.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
