// tools/differential/known-failures.json: programs that pymem does not pass yet, each with a
// reason. The differential test holds the list honest both ways: every program not listed
// passes, and every listed program still fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_DIR } from './corpus.js';

/** Program id (path relative to tools/differential) → why it does not pass yet. */
export type KnownFailures = Readonly<Record<string, string>>;

/** Where the list lives. */
export const KNOWN_FAILURES_PATH = join(TOOL_DIR, 'known-failures.json');

/**
 * Reads the list; a missing or malformed file is an error with the file named.
 *
 * @example
 * ```ts
 * const known = readKnownFailures();
 * known['programs/refcounts/list_alias.py']; // a reason, or undefined if it passes
 * ```
 */
export function readKnownFailures(path = KNOWN_FAILURES_PATH): KnownFailures {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: expected an object of id → reason`);
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string' || v.length === 0) throw new Error(`${path}: the reason for ${k} must be a non-empty string`);
  }
  return data as KnownFailures;
}

/**
 * Writes the list sorted by id, one entry a line, so diffs stay small.
 *
 * @example
 * ```ts
 * writeKnownFailures({ 'programs/x/y.py': 'interpreter not yet available' }, '/tmp/k.json');
 * ```
 */
export function writeKnownFailures(list: KnownFailures, path = KNOWN_FAILURES_PATH): void {
  const ids = Object.keys(list).sort();
  const body = ids.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(list[id])}`).join(',\n');
  writeFileSync(path, ids.length ? `{\n${body}\n}\n` : '{}\n');
}
