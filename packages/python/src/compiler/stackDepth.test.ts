import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.js';

const python = (code: string): string => execFileSync('python3', ['-c', code], { encoding: 'utf8' });

async function pymem(code: string): Promise<string> {
  let out = '';
  const rc = await runProgram(code, { filename: 'stack.py', stdout: (t) => (out += t), stderr: (t) => (out += t) });
  expect(rc).toBe(0);
  return out;
}

/** Each shape is one def named f; the program prints its co_stacksize. */
const shapes: Record<string, string> = {
  'a call with three arguments': 'def f(a): return g(a, a, a)',
  'a method call with keywords': 'def f(a): return a.m(a, k=1, j=2)',
  'a call through *args and **kwargs': 'def f(*a, **k): return g(1, *a, **k, z=1)',
  'a chained comparison': 'def f(a): return a < a < a',
  'an f-string with a nested spec': "def f(a): return f'{a!r:>{a}} {a}'",
  'a with block of two items': 'def f(a):\n    with a, a:\n        return a',
  'try, except as, else and finally': 'def f(a):\n    try:\n        pass\n    except E as e:\n        return g(a, a)\n    else:\n        pass\n    finally:\n        pass',
  'a return from a for loop through finally': 'def f(a):\n    for x in a:\n        try:\n            return x\n        finally:\n            h(a, a, a)',
  'a constant branch the optimizer drops': 'def f(a):\n    if 0:\n        g(a, a, a, a, a)\n    return a',
  'a list display of more than 30 items': `def f(a): return [${Array(35).fill('a').join(', ')}]`,
  'a closure over two cells': 'def f(a, b):\n    return lambda: a + b',
  'star-unpacking targets': 'def f(a):\n    x, (y, *z), w = a',
};

describe('co_stacksize', () => {
  for (const [name, src] of Object.entries(shapes)) {
    it(`matches python3 for ${name}`, async () => {
      const prog = `${src}\nprint(f.__code__.co_stacksize)\n`;
      expect(await pymem(prog)).toBe(python(prog));
    });
  }

  it('sizes a generator expression by its stack depth as python3 does', async () => {
    const prog = 'import sys\nprint(sys.getsizeof((x * x for x in range(10))), sys.getsizeof((str(x) + "a" for x in range(3) if x)))\n';
    expect(await pymem(prog)).toBe(python(prog));
  });
});
