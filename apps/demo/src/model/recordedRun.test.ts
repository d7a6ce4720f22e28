// The recorded-run panel's data, from a trace the C recorder makes of real python3 at test time:
// the pauses are CPython's collections, the arenas at the end are the ones the program's
// survivors keep, coloured by the line that allocated them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedRunView, type RecordedRunView } from './recordedRun.js';
import { recordedGeometry } from '../views/recordedView.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-demo-recorded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** tools/recorder, found upwards from this file; built with make (a no-op when up to date). */
function recorder(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'tools', 'recorder', 'Makefile'))) {
    const up = dirname(d);
    if (up === d) throw new Error('tools/recorder not found above apps/demo');
    d = up;
  }
  const folder = join(d, 'tools', 'recorder');
  execFileSync('make', ['--no-print-directory', '-C', folder], { stdio: 'pipe' });
  return join(folder, 'build', 'pymem-recorder');
}

let view: RecordedRunView;
/** What CPython counted (gc.get_stats()) at the program's first line and at its end. */
let atStart = 0;
let collections = 0;
const script = join(dir, 'survivors.py');

beforeAll(() => {
  // automatic collections off once the program starts: it ends with three it asks for
  writeFileSync(
    script,
    [
      'import gc',
      'print(sum(s["collections"] for s in gc.get_stats()))',
      'gc.disable()',
      'tmp = [[i] for i in range(200000)]',
      'kept = tmp[::4]',
      'del tmp',
      'gc.collect()',
      'gc.collect()',
      'gc.collect()',
      'print(sum(s["collections"] for s in gc.get_stats()))',
      '',
    ].join('\n'),
  );
  const trace = join(dir, 'survivors.trace');
  [atStart, collections] = execFileSync(recorder(), [trace, script], { env: { ...process.env, PYTHONHASHSEED: '0' } }).toString().trim().split('\n').map(Number) as [number, number];
  view = recordedRunView(new Uint8Array(readFileSync(trace)));
}, 120_000);

describe('recordedRunView of a real recorded run', () => {
  it('has one pause per collection CPython made, in order on the time axis', () => {
    expect(view.annotated).toBe(true);
    expect(collections).toBeGreaterThan(3);
    // the recorder hooks the collector before the program's first line, after CPython's first collections
    expect(view.pauses.length).toBeGreaterThanOrEqual(collections - atStart);
    expect(view.pauses.length).toBeLessThanOrEqual(collections);
    expect(view.pauses.slice(-3).map((p) => p.generation)).toEqual([2, 2, 2]);
    for (const [i, p] of view.pauses.entries()) {
      expect(p.endNs).toBeGreaterThanOrEqual(p.startNs);
      if (i > 0) expect(p.startNs).toBeGreaterThanOrEqual(view.pauses[i - 1]!.endNs);
    }
    expect(view.endNs).toBeGreaterThanOrEqual(view.pauses.at(-1)!.endNs);
  });

  it('colours the survivors by the line that made them, in arenas the freed three quarters left mostly empty', () => {
    expect(view.atEnd.length).toBeGreaterThan(0);
    const line4 = view.sites.findIndex((s) => /survivors\.py:4 <listcomp>$/.test(s.label));
    expect(line4).toBeGreaterThanOrEqual(0);
    // the survivors' lists sit in arenas that are mostly free: a row with line 3's bytes and more free than used
    const rows = view.atEnd.filter((r) => r.segments[line4]!.bytes > 0);
    expect(rows.length).toBeGreaterThan(0);
    const used = (r: (typeof rows)[number]) => r.segments.reduce((s, x) => s + x.bytes, 0);
    expect(rows.filter((r) => r.freeBytes > used(r)).length).toBeGreaterThan(rows.length / 2);
    expect(view.sites.at(-1)!.site).toBe(-1);
  });

  it('scales to the chart: every pause inside it, at least a pixel wide', () => {
    const g = recordedGeometry(view, 760, 120);
    expect(g.pauses).toHaveLength(view.pauses.length);
    for (const p of g.pauses) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(761);
      expect(p.width).toBeGreaterThanOrEqual(1);
    }
    expect(g.bytes.startsWith('M')).toBe(true);
  });
});
