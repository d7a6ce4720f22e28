import { describe, expect, it } from 'vitest';
import { formatReport } from './harness.js';
import { poolBench } from './poolBench.js';

describe('the pool benchmark', () => {
  it('records a real CPython run, replays it to the same table and reports both ratios', async () => {
    const report = await poolBench.run({ quick: true, log: () => {} });
    const text = formatReport(report);
    expect(text).toContain('replay vs decode-only loop');
    expect(text).toContain('replay vs CPython alone');
    expect(text).toContain('pymem report vs decode-only loop');
    expect(report.notes?.[0]).toMatch(/replayed table equals CPython's: true/);
    for (const r of report.rows) expect(r.subject.opsPerSec).toBeGreaterThan(0);
  });
});
