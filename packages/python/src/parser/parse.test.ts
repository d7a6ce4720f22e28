import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PySourceError, parseModule, runProgram } from '../index.js';

/** The error pymem reports for `src`, parsing and compiling it as `runProgram` does. */
function rejection(src: string): { kind: string; line: number; col: number; text: string } {
  let text = '';
  const code = runProgram(src, { filename: 'prog.py', stdout: () => {}, stderr: (t) => (text += t) });
  expect(code).toBe(1);
  const m = /(NotImplementedError): (.*) \(line (\d+), column (\d+)\)\n$/.exec(text);
  if (m) return { kind: m[1]!, line: Number(m[3]), col: Number(m[4]) - 1, text: m[2]! };
  // CPython 3.11's report: no column, the carets under the line show it
  const s = /^ {2}File "prog\.py", line (\d+)\n[^]*\n(SyntaxError|IndentationError|TabError): (.*)\n$/.exec(text);
  if (!s) throw new Error(`no subset or syntax error in: ${text}`);
  return { kind: s[2]!, line: Number(s[1]), col: -1, text: s[3]! };
}

// [program, construct named in the message, line, column (0-based)] — all valid Python 3.11.
const OUTSIDE: [string, RegExp, number, number][] = [
  ['x = 1\ntry:\n    pass\nexcept* Exception:\n    pass\n', /'except\*'/, 4, 0],
  ['def g():\n    return (x async for x in y)\n', /async comprehensions/, 2, 14],
  ['async def f():\n    pass\n', /'async def'/, 1, 0],
  ['match x:\n    case 1:\n        pass\n', /'match' statements/, 1, 0],
  ['y = (n := 5)\n', /assignment expressions/, 1, 5],
  ['import os\n', /importing module 'os'/, 1, 0],
  ['from os import path\n', /importing module 'os'/, 1, 5],
  ['class A: pass\nclass C(*A): pass\n', /'\*' and '\*\*' in class bases/, 2, 7],
  ['x = a @ b\n', /'@' operator/, 1, 6],
  ['x = {}\ny = x[1:2, 3]\n', /multi-dimensional slices/, 2, 5],
  ['for x in range(3):\n    pass\nelse:\n    print(1)\nclass M(**kw): pass\n', /'\*' and '\*\*' in class bases/, 5, 7],
];

describe('programs outside the subset', () => {
  it.each(OUTSIDE)('%j names the construct, line and column', (src, what, line, col) => {
    const r = rejection(src);
    expect(r.kind).toBe('NotImplementedError');
    expect(r.text).toMatch(what);
    expect([r.line, r.col]).toEqual([line, col]);
  });

  it('are all valid Python for python3 (so only pymem rejects them)', () => {
    const check = OUTSIDE.map(([src]) => src);
    const out = execFileSync('python3', ['-c', `import json,sys\nfor s in json.load(sys.stdin):\n    compile(s, 'p', 'exec')\nprint('ok')`], {
      input: JSON.stringify(check),
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('ok');
  });
});

describe('syntax errors', () => {
  const BAD = ['x = = 1\n', 'def f(:\n    pass\n', 'print("a"\nx = 1\n', 'if x\n    pass\n', 'x = 1 +\n', 'nonlocal x\n', 'def f():\n    print(x)\n    global x\n', 'return 5\n', 'def f(a, a):\n    pass\n', 'x = 01\n'];

  it.each(BAD)('%j is a SyntaxError on the line python3 names', (src) => {
    const r = rejection(src);
    expect(r.kind).toBe('SyntaxError');
    const pyLine = execFileSync('python3', ['-c', `import sys\ntry:\n    compile(sys.stdin.read(), 'p', 'exec')\nexcept SyntaxError as e:\n    print(e.lineno)`], { input: src, encoding: 'utf8' }).trim();
    expect(pyLine).not.toBe('');
    // lezer recovers at the point it cannot continue, which is at or just after CPython's line
    expect(r.line).toBeGreaterThanOrEqual(Number(pyLine));
    expect(r.line).toBeLessThanOrEqual(Number(pyLine) + 1);
  });

  it('throws PySourceError from parseModule with 1-based lines and 0-based columns', () => {
    expect(() => parseModule('a = 1\nb = (2 +\n')).toThrow(PySourceError);
    try {
      parseModule('x = 1\ny = [1, 2\n');
    } catch (e) {
      expect(e).toBeInstanceOf(PySourceError);
      expect((e as PySourceError).line).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('messages CPython words itself', () => {
  // bad targets and missing colons: message, line, offset and end offset as python3's compile() gives them
  const CASES = [
    '1 = x\n', 'f() = 1\n', 'x = f() = 1\n', 'a, 1 = x\n', 'f(), 1 = x\n', '(1) = 2\n', 'True = 1\n',
    'x if y else z = 1\n', '{a: 1} = 1\n', 'x.y = 1, 2 = 3\n', 'x = 1, 2 = 3\n', '[a] += 1\n', 'f() += 1\n',
    'del (a, f())\n', 'with f() as (a, 1):\n    pass\n', 'if True\n    pass\n', 'while x  # c\n    pass\n',
    'try pass\n', 'def f(a) return a\n', 'class A(B)\n    pass\n', 'if x:\n    pass\nelse\n    pass\n',
  ];

  it.each(CASES)('%j', (src) => {
    let err: PySourceError | null = null;
    try {
      parseModule(src);
    } catch (e) {
      err = e as PySourceError;
    }
    expect(err).toBeInstanceOf(PySourceError);
    const py = execFileSync('python3', ['-c', `import sys\ntry:\n    compile(sys.stdin.read(), 'p', 'exec')\nexcept SyntaxError as e:\n    print(e.msg, e.lineno, e.offset, e.end_offset if e.end_lineno == e.lineno else None, sep='|')`], { input: src, encoding: 'utf8' }).trim();
    const [msg, line, offset, endOffset] = py.split('|');
    expect(err!.detail).toBe(msg);
    expect(err!.line).toBe(Number(line));
    expect(err!.col + 1).toBe(Number(offset));
    // the carets printed: at least one, to the end offset when it is on the same line
    const carets = endOffset === 'None' ? 1 : Math.max(1, Number(endOffset) - Number(offset));
    expect(Math.max(1, (err!.endCol ?? err!.col + 1) - err!.col)).toBe(carets);
  });

  it('parses a with target that is a tuple, an attribute or a subscript at its own columns', () => {
    const m = parseModule('with f() as (a, b), g() as o.x, h() as d["k:"]:\n    pass\n');
    const s = m.body[0]!;
    expect(s.t).toBe('With');
    if (s.t !== 'With') return;
    expect(s.items.map((it) => [it.target?.t, it.target?.col])).toEqual([['Tuple', 12], ['Attribute', 27], ['Subscript', 39]]);
  });
});
