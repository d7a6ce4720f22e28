// Runs the whole corpus through python3 and pymem and summarises: pass rate by category,
// each failure with a diff snippet, and the outside-the-subset programs' verdicts.
import { dirname, resolve } from 'node:path';
import { type Comparison, compareRuns } from './compare.js';
import { ENDING_CATEGORIES, ERROR_CATEGORY, type Expectation, loadCorpus, loadOutside, parseExpectation, type Program } from './corpus.js';
import { mapLimit, runPython, type RunResult } from './runPython.js';
import { runPymem } from './runPymem.js';

/** One program's outcome. */
export interface ProgramOutcome {
  readonly program: Program;
  readonly python: RunResult;
  readonly pymem: RunResult;
  readonly pass: boolean;
  readonly diff: string;
}

/** One outside-the-subset program's outcome. */
export interface OutsideOutcome {
  readonly program: Program;
  readonly expect: Expectation | undefined;
  readonly pymem: RunResult;
  readonly pass: boolean;
  readonly why: string;
}

/** The whole run. */
export interface DifferentialReport {
  readonly outcomes: readonly ProgramOutcome[];
  readonly outside: readonly OutsideOutcome[];
}

/**
 * Whether pymem rejected an outside program as required: exit code 1 and a stderr message that
 * names the expected error class and `line N` (the column is checked by `column` or `col`).
 *
 * @example
 * ```ts
 * judgeOutside({ errorClass: 'NotImplementedError', line: 3 },
 *   { stdout: '', stderr: 'NotImplementedError: try statement (line 3, column 1)', exitCode: 1 }).pass; // true
 * ```
 */
export function judgeOutside(expect: Expectation | undefined, pymem: RunResult): { pass: boolean; why: string } {
  if (!expect) return { pass: false, why: 'the program has no "# expect: Error line N" header' };
  const problems: string[] = [];
  if (pymem.exitCode !== 1) problems.push(`exit code ${pymem.exitCode}, expected 1`);
  if (!pymem.stderr.includes(expect.errorClass)) problems.push(`stderr does not name ${expect.errorClass}`);
  if (!new RegExp(`line ${expect.line}\\b`).test(pymem.stderr)) problems.push(`stderr does not say line ${expect.line}`);
  if (!/col(umn)?\b/i.test(pymem.stderr)) problems.push('stderr does not give a column');
  if (/\n\s+at .*\.(ts|js):\d+/.test(pymem.stderr)) problems.push('stderr shows a stack trace of pymem itself');
  const tail = pymem.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 300);
  return { pass: problems.length === 0, why: problems.length ? `${problems.join('; ')} (stderr: ${tail})` : '' };
}

/**
 * Compares one corpus program's runs the way its header asks: stdout and exit code always,
 * stderr too under `# compare: stderr` (File paths normalised), the exception line of stderr under `# compare: error line`.
 *
 * @example
 * ```ts
 * compareProgram(program, pythonRun, pymemRun).same;
 * ```
 */
export function compareProgram(program: Program, python: RunResult, pymem: RunResult): Comparison {
  return compareRuns(python, pymem, { stderr: program.compareStderr, errorLine: program.comparesErrorLine });
}

/**
 * Whether python3 ran a corpus program as intended: the exit code of its `# expect-exit: N`
 * (else 1 with a traceback in errors/, 0 elsewhere, either or an exit in exceptions/ and with/),
 * and an empty stderr unless the program compares stderr or ends with an error.
 *
 * @example
 * ```ts
 * ranAsIntended(program, { stdout: '1\n', stderr: '', exitCode: 0 }); // true for a plain program
 * ```
 */
export function ranAsIntended(program: Program, r: RunResult): boolean {
  if (program.expectExit !== undefined) return r.exitCode === program.expectExit && (program.compareStderr || r.exitCode !== 0 || r.stderr === '');
  const uncaught = r.exitCode === 1 && r.stderr.includes('Traceback (most recent call last)');
  const clean = r.exitCode === 0 && (program.compareStderr || r.stderr === '');
  if (program.category === ERROR_CATEGORY) return uncaught;
  if (!ENDING_CATEGORIES.has(program.category)) return clean;
  const exits = /\bexit\(/.test(program.source) && r.exitCode >= 0 && !r.stderr.includes('Traceback');
  return clean || uncaught || exits;
}

/**
 * Runs python3 (`concurrency` processes at once) and pymem on every program.
 *
 * @example
 * ```ts
 * const report = await runDifferential();
 * report.outcomes.filter((o) => o.pass).length;
 * ```
 */
export async function runDifferential(options: { concurrency?: number; filter?: (p: Program) => boolean } = {}): Promise<DifferentialReport> {
  const keep = options.filter ?? (() => true);
  const corpus = loadCorpus().filter(keep);
  // python3 runs in child processes while pymem runs in this one.
  const pythonDone = mapLimit(corpus, options.concurrency ?? 3, (p) => runPython(p.path));
  const pymemRuns: RunResult[] = [];
  for (const program of corpus) pymemRuns.push(await runPymem(program.source, program.id, undefined, dirname(resolve(program.path))));
  const pythonRuns = await pythonDone;
  const outcomes: ProgramOutcome[] = [];
  for (let i = 0; i < corpus.length; i++) {
    const { same, diff } = compareProgram(corpus[i]!, pythonRuns[i]!, pymemRuns[i]!);
    outcomes.push({ program: corpus[i]!, python: pythonRuns[i]!, pymem: pymemRuns[i]!, pass: same, diff });
  }
  const outside: OutsideOutcome[] = [];
  for (const program of loadOutside().filter(keep)) {
    const expect = parseExpectation(program.source);
    const pymem = await runPymem(program.source, program.id, undefined, dirname(resolve(program.path)));
    const { pass, why } = judgeOutside(expect, pymem);
    outside.push({ program, expect, pymem, pass, why });
  }
  return { outcomes, outside };
}

/** Pass counts of one category. */
export interface CategoryRate {
  readonly category: string;
  readonly passed: number;
  readonly total: number;
}

/**
 * Pass counts by category (outside programs as the category `outside`), sorted by name.
 *
 * @example
 * ```ts
 * passRates(report); // [{ category: 'arithmetic', passed: 30, total: 31 }, ...]
 * ```
 */
export function passRates(report: DifferentialReport): CategoryRate[] {
  const by = new Map<string, { passed: number; total: number }>();
  const add = (category: string, pass: boolean): void => {
    const r = by.get(category) ?? { passed: 0, total: 0 };
    r.total += 1;
    if (pass) r.passed += 1;
    by.set(category, r);
  };
  for (const o of report.outcomes) add(o.program.category, o.pass);
  for (const o of report.outside) add('outside', o.pass);
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, r]) => ({ category, ...r }));
}

/**
 * The report as Markdown: a table of pass rates, then each failure with its diff snippet.
 *
 * @example
 * ```ts
 * formatReport(report).startsWith('# pymem differential report'); // true
 * ```
 */
export function formatReport(report: DifferentialReport): string {
  const rates = passRates(report);
  const passed = rates.reduce((s, r) => s + r.passed, 0);
  const total = rates.reduce((s, r) => s + r.total, 0);
  const pct = (p: number, t: number): string => (t ? `${((100 * p) / t).toFixed(1)}%` : '-');
  const lines = [
    '# pymem differential report',
    '',
    `${passed}/${total} programs pass (${pct(passed, total)}).`,
    '',
    '| category | passed | total | rate |',
    '|---|---:|---:|---:|',
    ...rates.map((r) => `| ${r.category} | ${r.passed} | ${r.total} | ${pct(r.passed, r.total)} |`),
    '',
  ];
  const failures = report.outcomes.filter((o) => !o.pass);
  const outsideFailures = report.outside.filter((o) => !o.pass);
  if (failures.length || outsideFailures.length) lines.push('## Failures', '');
  for (const f of failures) lines.push(`### ${f.program.id}`, `${f.program.description}`, '```', f.diff, '```', '');
  for (const f of outsideFailures) lines.push(`### ${f.program.id}`, `${f.program.description}`, '```', f.why, '```', '');
  return lines.join('\n');
}
