// The reference interpreter every fidelity test compares with: the local python3, which must
// be CPython 3.11. Tests call `referencePython()` so a wrong python3 fails loudly, never silently.
import { execFileSync } from 'node:child_process';

/** The CPython version pymem's profile models. */
export const REFERENCE_VERSION = { major: 3, minor: 11 } as const;

/** What `referencePython` found. */
export interface ReferencePython {
  readonly executable: string;
  readonly version: string;
  readonly implementation: string;
}

/**
 * Finds python3 (or `$PYMEM_PYTHON`) and checks that it is CPython 3.11.
 * @throws Error naming what was found when it is another version or implementation.
 * @example
 * ```ts
 * const py = referencePython(); // { executable: 'python3', version: '3.11.7', ... }
 * ```
 */
export function referencePython(executable = process.env.PYMEM_PYTHON ?? 'python3'): ReferencePython {
  const out = execFileSync(
    executable,
    ['-c', 'import sys, platform; print(platform.python_implementation(), platform.python_version(), sys.maxsize > 2**32)'],
    { encoding: 'utf8' },
  ).trim();
  const [implementation, version, is64] = out.split(' ');
  const [major, minor] = (version ?? '').split('.').map(Number);
  if (implementation !== 'CPython' || major !== REFERENCE_VERSION.major || minor !== REFERENCE_VERSION.minor || is64 !== 'True') {
    throw new Error(`pymem models 64-bit CPython 3.11, but ${executable} is ${out}`);
  }
  return { executable, version: version!, implementation: implementation! };
}
