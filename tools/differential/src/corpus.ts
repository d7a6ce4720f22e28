// The differential corpus: Python programs inside the subset (programs/<category>/<name>.py),
// compared between python3 and pymem, and programs outside it (outside/<name>.py) that pymem
// must reject. Each program's first line is a comment saying what it checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this tool (tools/differential). */
export const TOOL_DIR = fileURLToPath(new URL('..', import.meta.url));

/** One program of the corpus. */
export interface Program {
  /** Path relative to tools/differential, e.g. `programs/refcounts/list_alias.py`. */
  readonly id: string;
  /** `refcounts`, `cycles`, ... for programs inside the subset; `outside` for the others. */
  readonly category: string;
  readonly path: string;
  readonly source: string;
  /** The first line's comment, without `# ` (a byte-order mark before it is skipped), or the text of a `NAME.about` file beside it. */
  readonly description: string;
  /** The exit code python3 must end with (`# expect-exit: N`); undefined means the category's default. */
  readonly expectExit?: number;
  /** Whether stderr is compared too (`# compare: stderr`), with python3's path of the file replaced by the id. */
  readonly compareStderr: boolean;
  /** Whether the program asks (with a line `# compare: error line`) for the last line of stderr to be compared too. */
  readonly comparesErrorLine: boolean;
  /** Whether the program may print nothing at all (`# prints: nothing`, or an `.about` file for a file that must stay empty). */
  readonly silent: boolean;
}

/** What pymem must say about a program outside the subset (`# expect: Error line N`). */
export interface Expectation {
  readonly errorClass: string;
  readonly line: number;
}

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    // `_name.py` and `_name/` are modules the programs beside them import, not programs
    if (entry.name.startsWith('_')) continue;
    if (entry.isDirectory()) out.push(...pythonFiles(p));
    else if (entry.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

function load(path: string, category: string): Program {
  const source = readFileSync(path, 'utf8');
  const first = (source.split('\n', 1)[0] ?? '').replace(/^\uFEFF/, '');
  const about = path.replace(/\.py$/, '.about');
  const hasAbout = existsSync(about);
  const exit = /^#\s*expect-exit:\s*(\d+)\s*$/m.exec(source);
  return {
    id: relative(TOOL_DIR, path),
    category,
    path,
    source,
    description: hasAbout ? readFileSync(about, 'utf8').trim() : first.startsWith('#') ? first.replace(/^#\s*/, '').trim() : '',
    expectExit: exit ? Number(exit[1]) : undefined,
    compareStderr: /^#\s*compare:\s*stderr\s*$/m.test(source),
    comparesErrorLine: /^# compare: error line$/m.test(source),
    silent: hasAbout || /^#\s*prints:\s*nothing\s*$/m.test(source),
  };
}

/**
 * The programs inside the subset, sorted by path.
 *
 * @example
 * ```ts
 * const programs = loadCorpus();
 * programs.filter((p) => p.category === 'refcounts').length; // > 0
 * ```
 */
export function loadCorpus(root = TOOL_DIR): Program[] {
  const dir = join(root, 'programs');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => pythonFiles(join(dir, d.name)).map((p) => load(p, d.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The programs outside the subset, sorted by path.
 *
 * @example
 * ```ts
 * loadOutside().every((p) => parseExpectation(p.source) !== undefined); // true
 * ```
 */
export function loadOutside(root = TOOL_DIR): Program[] {
  return pythonFiles(join(root, 'outside')).map((p) => load(p, 'outside'));
}

/**
 * Reads the `# expect: ErrorClass line N` header of an outside program.
 *
 * @example
 * ```ts
 * parseExpectation('# try/except\n# expect: NotImplementedError line 3\n'); // { errorClass: 'NotImplementedError', line: 3 }
 * ```
 */
export function parseExpectation(source: string): Expectation | undefined {
  const m = /^#\s*expect:\s*(\w+)\s+line\s+(\d+)\s*$/m.exec(source);
  return m ? { errorClass: m[1]!, line: Number(m[2]) } : undefined;
}

/** Programs of this category are expected to end with an uncaught exception (exit 1). */
export const ERROR_CATEGORY = 'errors';

/** Categories whose programs may also end with an uncaught exception or a `sys.exit(n)` / `exit(n)`. */
export const ENDING_CATEGORIES: ReadonlySet<string> = new Set(['exceptions', 'with']);
