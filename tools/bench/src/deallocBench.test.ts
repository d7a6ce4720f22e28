import { describe, expect, it } from 'vitest';
import { formatReport } from './harness.js';
import { deallocBench } from './deallocBench.js';

describe('the dealloc benchmark', () => {
  it('runs in quick mode and reports build and free ratios against python3', async () => {
    const report = await deallocBench.run({ quick: true, log: () => {} });
    expect(report.rows.map((r) => r.label)).toEqual(['build, checks on', 'free, checks on', 'build, checks off', 'free, checks off']);
    for (const r of report.rows) {
      expect(r.subject.opsPerSec).toBeGreaterThan(0);
      expect(r.baseline.name).toBe('python3');
    }
    expect(formatReport(report)).toContain('ratio');
  });
});
