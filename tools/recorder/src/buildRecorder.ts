// Builds tools/recorder/build/pymem-recorder with make on first use (and whenever the C source
// is newer): the recorder embeds the local python3, so it is compiled on the machine that runs it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The recorder's folder (holds the Makefile). */
export const recorderDir = fileURLToPath(new URL('..', import.meta.url));

/** Path of the built recorder binary. */
export const recorderBinary = fileURLToPath(new URL('../build/pymem-recorder', import.meta.url));

/**
 * Runs `make` in tools/recorder (a no-op when the binary is up to date) and returns the binary.
 * @throws Error with make's output when the build fails (missing python3-dev or gcc).
 *
 * @example
 * ```ts
 * const bin = buildRecorder();
 * execFileSync(bin, ['out.trace', 'script.py']);
 * ```
 */
export function buildRecorder(): string {
  try {
    execFileSync('make', ['--no-print-directory', '-s', '-C', recorderDir], { stdio: 'pipe' });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`building the recorder failed (needs make, gcc and python3-dev):\n${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? e.message}`);
  }
  return recorderBinary;
}
