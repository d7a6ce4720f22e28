// Compares a pymem run with a python3 run: stdout byte for byte, the exit code, and, when python3
// printed an uncaught exception's traceback, stderr line for line (the `File "..."` paths
// normalised); other stderr (_debugmallocstats tables) is not compared, except, for programs that
// ask for it, its last line: the uncaught exception's class and message, or all of it (`# compare:
// stderr`: SyntaxError texts, sys.stderr writes). Builds a short diff snippet.
import type { RunResult } from './runPython.js';

/** The verdict on one program. */
export interface Comparison {
  readonly same: boolean;
  /** Empty when `same`; otherwise what differs, a few lines around the first difference. */
  readonly diff: string;
}

/** How strictly two runs are compared. */
export interface CompareOptions {
  /** Lines of stdout shown before the first difference (2). */
  readonly context?: number;
  /** Also compare the last line of stderr (the exception line of an uncaught error). */
  readonly errorLine?: boolean;
  /** Compare stderr whole (paths normalised) even without a traceback: SyntaxError texts, sys.stderr writes. */
  readonly stderr?: boolean;
}

const TRACEBACK_HEAD = 'Traceback (most recent call last):';

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

/**
 * A stderr text with every `File "path"` of a traceback written `File "<program>"`, so python3's
 * absolute path and pymem's program id compare equal.
 *
 * @example
 * ```ts
 * normaliseTraceback('  File "/tmp/a.py", line 1, in <module>\n'); // '  File "<program>", line 1, in <module>\n'
 * ```
 */
export function normaliseTraceback(stderr: string): string {
  return stderr.replace(/^( *File )"[^"\n]*"/gm, '$1"<program>"');
}

function firstDifference(label: string, a: string[], b: string[], context: number): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const lines = [`${label} differs at line ${i + 1}:`];
  for (let k = Math.max(0, i - context); k < i; k++) lines.push(`  ${a[k]}`);
  lines.push(i < a.length ? `- ${JSON.stringify(a[i]).slice(1, -1)}` : '- <end of output>');
  lines.push(i < b.length ? `+ ${JSON.stringify(b[i]).slice(1, -1)}` : '+ <end of output>');
  return lines.join('\n');
}

/**
 * Compares two runs. The snippet shows up to `context` lines before the first differing line
 * of stdout (or of the traceback on stderr), marked `-` for python3 and `+` for pymem, and any
 * exit code difference. stderr is compared whole when python3's holds a traceback.
 *
 * @example
 * ```ts
 * compareRuns({ stdout: '1\n2\n', stderr: '', exitCode: 0 }, { stdout: '1\n3\n', stderr: '', exitCode: 0 }).diff;
 * // 'stdout differs at line 2:\n  1\n- 2\n+ 3'
 * ```
 */
export function compareRuns(python: RunResult, pymem: RunResult, options: CompareOptions = {}): Comparison {
  const context = options.context ?? 2;
  const parts: string[] = [];
  if (python.stdout !== pymem.stdout) parts.push(firstDifference('stdout', python.stdout.split('\n'), pymem.stdout.split('\n'), context));
  if (python.exitCode !== pymem.exitCode) {
    const why = pymem.stderr.trim().split('\n').slice(-3).join(' | ');
    parts.push(`exit code: python3 ${python.exitCode}, pymem ${pymem.exitCode}${why ? ` (pymem stderr: ${why.slice(0, 300)})` : ''}`);
  }
  if (options.stderr || python.stderr.includes(TRACEBACK_HEAD)) {
    const a = normaliseTraceback(python.stderr);
    const b = normaliseTraceback(pymem.stderr);
    const label = python.stderr.includes(TRACEBACK_HEAD) ? 'stderr (traceback)' : 'stderr';
    if (a !== b) parts.push(firstDifference(label, a.split('\n'), b.split('\n'), context));
  } else if (options.errorLine) {
    const a = lastLine(python.stderr);
    const b = lastLine(pymem.stderr);
    if (a !== b) parts.push(`last line of stderr differs:\n- ${a}\n+ ${b}`);
  }
  return { same: parts.length === 0, diff: parts.join('\n') };
}
