import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@pymem/runtime';
import { runProgram } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-python-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function both(name: string, src: string): { py: { out: string; err: string; code: number }; pm: { out: string; err: string; code: number } } {
  const file = join(dir, name);
  writeFileSync(file, src);
  const r = spawnSync('python3', [file], { encoding: 'utf8' });
  let out = '';
  let err = '';
  const code = runProgram(src, { filename: file, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { py: { out: r.stdout, err: r.stderr, code: r.status ?? -1 }, pm: { out, err, code } };
}

const PROGRAMS: Record<string, string> = {
  refcounts: `import sys
a = []
b = a
print(sys.getrefcount(a))
x = 1.5
print(sys.getrefcount(x))
def f(p):
    return sys.getrefcount(p)
print(f(a))
t = (a, a)
print(sys.getrefcount(a), sys.getrefcount(t))
`,
  arithmetic: `print(7 // -2, -7 % 3, 2 ** -2, 10 ** 30 // 7, (-10) ** 21 % 13, 1 / 3, 2 ** 0.5, 10 ** 400 // 10 ** 398)
print(1e16, 1e-5, 123456789.125, -0.0, 3 * 1.1, round(2.5), round(3.5), divmod(-7, 2))
print(True + True, 7 & 3, 1 << 70, -(2 ** 63) >> 3, int('-42'), float('1e3'), int(3.9), abs(-2 ** 80))
`,
  containers: `d = {'b': 1, 'a': [1, 2, (3,)]}
d['c'] = {1, 2, 3}
print(d, len(d), sorted(d), list(d.items())[0])
s = {5, 1, 9, 33, 17}
s.discard(9)
print(s, 33 in s, [x * x for x in range(6) if x % 2], {k: v for k, v in zip('ab', [1, 2])})
print([1, 2, 3][::-1], 'hello world'.split(), '-'.join(['a', 'b']), 'abc'[1:], (1, 2) + (3,), [0] * 3)
print(b'ab\\x00', repr('it\\'s'), f"{d['b']} and {s!r}", str(None), max([3, 8, 1]), min(4, 2, key=lambda v: -v))
`,
  classes_and_del: `class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('del', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
import gc
print('collected', gc.collect())
c = Node('c')
print(type(c).__name__, isinstance(c, Node), hasattr(c, 'name'), getattr(c, 'missing', 'dflt'))
print('end')
`,
  traceback: `def inner(x):
    return x['key']
def outer():
    return inner({})
print('start')
outer()
`,
};

describe('runProgram against python3', () => {
  it.each(Object.keys(PROGRAMS))('%s prints the same stdout and exits the same', (name) => {
    const { py, pm } = both(`${name}.py`, PROGRAMS[name]!);
    expect(pm.out).toBe(py.out);
    expect(pm.code).toBe(py.code);
  });

  it('reports an uncaught exception as a traceback on stderr, innermost frame last', () => {
    const { py, pm } = both('tb.py', PROGRAMS.traceback!);
    const frames = (s: string) => s.split('\n').filter((l) => l.startsWith('  File '));
    expect(frames(pm.err)).toEqual(frames(py.err));
    expect(pm.err.trim().split('\n').at(-1)).toBe(py.err.trim().split('\n').at(-1));
  });

  it('runs the guided lessons exactly as python3 does', () => {
    const path = fileURLToPath(new URL('../examples/lessons.py', import.meta.url));
    const { py, pm } = both('lessons.py', readFileSync(path, 'utf8'));
    expect(pm.out).toBe(py.out);
    expect(pm.out).toContain('sys.getrefcount(a) = 3');
  });

  it('stops after maxSteps with exit code 1 and says why', () => {
    let err = '';
    const code = runProgram('while True:\n    pass\n', { filename: 'loop.py', stdout: () => {}, stderr: (t) => (err += t), maxSteps: 1000 });
    expect(code).toBe(1);
    expect(err).toMatch(/stopped after 1000 steps/);
  });

  it('refuses dir() of a builtin object (its method table is not complete) with a clear message', () => {
    let err = '';
    const code = runProgram('print(dir([1, 2]))\n', { filename: 'dir.py', stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/NotImplementedError: pymem does not support dir\(\) of 'list' objects yet/);
  });

  it('calls __del__ of objects still alive at exit, as interpreter shutdown does', () => {
    const { py, pm } = both('atexit.py', "class D:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\na = D('a')\n_b = D('_b')\nprint('end')\n");
    expect(pm.out).toBe(py.out);
  });
});

describe('runProgram with and without bus subscribers', () => {
  it('ends in the same runtime state, seq and output whether or not anyone else listens to the events', () => {
    const src = `import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
rows = []
for i in range(300):
    a = Node(i)
    a.next = Node(a)
    a.next.next = a
    rows.append((i, [i, i + 1000], {'k': i * 1000}))
    if len(rows) > 20:
        rows = rows[10:]
print(len(rows), gc.collect(), sum([r[0] for r in rows]))
`;
    const go = (listen: boolean): { out: string; digest: string; seq: number; events: number } => {
      let out = '';
      let rt: Runtime | undefined;
      let events = 0;
      const code = runProgram(src, {
        filename: 'same.py', stdout: (t) => (out += t), stderr: (t) => (out += t),
        onRuntime: (r) => {
          rt = r;
          if (listen) r.bus.subscribe(() => events++);
        },
      });
      expect(code).toBe(0);
      return { out, digest: rt!.digest(), seq: rt!.bus.nextSeq, events };
    };
    const alone = go(false);
    const watched = go(true);
    expect(alone.out).toBe(watched.out);
    expect(alone.digest).toBe(watched.digest);
    expect(alone.seq).toBe(watched.seq);
    expect(watched.events).toBeGreaterThan(10_000);
  });
});
