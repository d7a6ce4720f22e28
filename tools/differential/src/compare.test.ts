// The comparison and the outside-program verdicts on hand-made runs.
import { describe, expect, it } from 'vitest';
import { compareRuns, normaliseTraceback } from './compare.js';
import { parseExpectation, type Program } from './corpus.js';
import { judgeOutside, ranAsIntended } from './differential.js';

const run = (stdout: string, exitCode = 0, stderr = '') => ({ stdout, stderr, exitCode });

describe('compareRuns', () => {
  it('calls identical stdout and exit code the same, whatever stderr says when it holds no traceback', () => {
    expect(compareRuns(run('a\n', 1, 'pool table'), run('a\n', 1, 'other')).same).toBe(true);
  });
  it("compares python3's traceback line for line, with the file paths normalised", () => {
    const tb = (path: string, last: string) => `Traceback (most recent call last):\n  File "${path}", line 2, in <module>\n    f()\n${last}\n`;
    expect(compareRuns(run('', 1, tb('/abs/p.py', 'ValueError: x')), run('', 1, tb('programs/p.py', 'ValueError: x'))).same).toBe(true);
    const c = compareRuns(run('', 1, tb('/abs/p.py', 'ValueError: x')), run('', 1, tb('p.py', 'ValueError: y')));
    expect(c.diff).toBe('stderr (traceback) differs at line 4:\n    File "<program>", line 2, in <module>\n      f()\n- ValueError: x\n+ ValueError: y');
  });
  it('normalises every File line of a traceback', () => {
    expect(normaliseTraceback('  File "/a b/c.py", line 3, in f\nFile "x"\n')).toBe('  File "<program>", line 3, in f\nFile "<program>"\n');
  });
  it('shows the first differing line with the lines before it', () => {
    expect(compareRuns(run('1\n2\n3\n'), run('1\n2\n4\n')).diff).toBe('stdout differs at line 3:\n  1\n  2\n- 3\n+ 4');
  });
  it('reports a missing trailing newline and an exit code difference', () => {
    const c = compareRuns(run('x\n'), run('x', 1, 'boom'));
    expect(c.same).toBe(false);
    expect(c.diff).toContain('- ');
    expect(c.diff).toContain('exit code: python3 0, pymem 1 (pymem stderr: boom)');
  });
  it('compares the last line of a stderr without a traceback only when asked', () => {
    const py = run('', 1, 'Exception ignored in: f\n  File "x.py"\nTypeError: f() missing 1 required positional argument: \'b\'\n');
    const same = run('', 1, 'Exception ignored in: g\nTypeError: f() missing 1 required positional argument: \'b\'');
    const other = run('', 1, 'TypeError: f() takes 2 arguments');
    expect(compareRuns(py, other).same).toBe(true);
    expect(compareRuns(py, same, { errorLine: true }).same).toBe(true);
    expect(compareRuns(py, other, { errorLine: true }).diff).toBe(
      "last line of stderr differs:\n- TypeError: f() missing 1 required positional argument: 'b'\n+ TypeError: f() takes 2 arguments",
    );
  });
});

describe('outside programs', () => {
  it('reads the expectation header', () => {
    expect(parseExpectation('# with statement\n# expect: NotImplementedError line 2\n')).toEqual({ errorClass: 'NotImplementedError', line: 2 });
    expect(parseExpectation('print(1)\n')).toBeUndefined();
  });
  it('accepts a clear rejection and refuses a wrong line, a missing column or a zero exit', () => {
    const e = { errorClass: 'NotImplementedError', line: 2 };
    expect(judgeOutside(e, run('', 1, 'NotImplementedError: with statement at line 2, column 1')).pass).toBe(true);
    expect(judgeOutside(e, run('', 1, 'NotImplementedError: with statement at line 3, column 1')).pass).toBe(false);
    expect(judgeOutside(e, run('', 1, 'NotImplementedError: with statement at line 2')).pass).toBe(false);
    expect(judgeOutside(e, run('', 0, 'NotImplementedError: line 2, column 1')).pass).toBe(false);
  });
});

describe('stderr a program asks to compare', () => {
  it('compares the whole stderr with File paths normalised', () => {
    const syntax = (path: string, line: number) => `  File "${path}", line ${line}\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n`;
    expect(compareRuns(run('', 1, syntax('/abs/p.py', 7)), run('', 1, syntax('programs/p.py', 7)), { stderr: true }).same).toBe(true);
    expect(compareRuns(run('', 1, syntax('/abs/p.py', 7)), run('', 1, syntax('p.py', 6)), { stderr: true }).diff).toContain('stderr differs at line 1');
    expect(compareRuns(run('', 0, 'warning\n'), run('', 0, '')).same).toBe(true);
    expect(compareRuns(run('', 0, 'warning\n'), run('', 0, ''), { stderr: true }).same).toBe(false);
  });
});

describe('what python3 must do with a program', () => {
  const program = (over: Partial<Program>): Program => ({
    id: 'programs/x/p.py', category: 'x', path: '/p.py', source: '', description: 'a program', compareStderr: false, comparesErrorLine: false, silent: false, ...over,
  });
  it('holds a program to its expect-exit code and allows stderr only where it is compared or the run failed', () => {
    expect(ranAsIntended(program({ expectExit: 3 }), run('', 3))).toBe(true);
    expect(ranAsIntended(program({ expectExit: 3 }), run('', 0))).toBe(false);
    expect(ranAsIntended(program({}), run('x', 0, 'warning'))).toBe(false);
    expect(ranAsIntended(program({ compareStderr: true }), run('x', 0, 'warning'))).toBe(true);
    expect(ranAsIntended(program({ category: 'errors' }), run('', 1, 'Traceback (most recent call last):\nE'))).toBe(true);
    expect(ranAsIntended(program({ category: 'with' }), run('', 1, 'Traceback (most recent call last):\nE'))).toBe(true);
  });
});
