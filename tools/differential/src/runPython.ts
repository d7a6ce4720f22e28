// Runs a program with the real python3, as `python3 FILE.py` with PYTHONHASHSEED=0.
import { execFileSync, spawn } from 'node:child_process';
import { dirname } from 'node:path';

/** What one run printed and how it ended. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit code; -1 if the run could not start or was killed (see `stderr`). */
  readonly exitCode: number;
}

let executable: string | undefined;

/**
 * The real interpreter behind `python3` (`sys.executable`), resolved once: launching it
 * directly skips version-manager shims (pyenv's cost seconds per run on a loaded machine).
 *
 * @example
 * ```ts
 * pythonExecutable(); // '/usr/bin/python3.11' or similar
 * ```
 */
export function pythonExecutable(): string {
  if (executable === undefined) {
    try {
      executable = execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim() || 'python3';
    } catch {
      executable = 'python3';
    }
  }
  return executable;
}

/**
 * Runs `python3 path` (cwd = the program's folder, PYTHONHASHSEED=0, 60 s limit).
 *
 * @example
 * ```ts
 * const r = await runPython('tools/differential/programs/printing/print_sep.py');
 * r.exitCode; // 0
 * ```
 */
export function runPython(path: string, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(pythonExecutable(), [path], {
      cwd: dirname(path),
      env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: `could not run python3: ${e.message}`, exitCode: -1 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8') + (timedOut ? `\n[killed after ${timeoutMs} ms]` : '');
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr, exitCode: timedOut ? -1 : (code ?? -1) });
    });
  });
}

/**
 * Runs `fn` over `items` with at most `limit` running at once, keeping the order of results.
 *
 * @example
 * ```ts
 * await mapLimit([1, 2, 3], 2, async (x) => x * 2); // [2, 4, 6]
 * ```
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
