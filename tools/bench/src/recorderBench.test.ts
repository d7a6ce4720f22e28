import { describe, expect, it } from 'vitest';
import { formatReport } from './harness.js';
import { recorderBench } from './recorderBench.js';

describe('the recorder benchmark', () => {
  it('times stdlib workloads under the recorder and under plain python3 and reports the ratios', async () => {
    const report = await recorderBench.run({ quick: true, log: () => {} });
    expect(report.rows.length).toBe(2);
    for (const r of report.rows) {
      expect(r.subject.opsPerSec).toBeGreaterThan(0);
      expect(r.slowdown).toBeGreaterThan(0);
    }
    expect(formatReport(report)).toMatch(/json\.tool on a JSON file +recorded: .* ratio [\d.]+x/);
    expect(report.notes?.[0]).toMatch(/[\d,]+ calls, [\d.]+ trace bytes per call, \d+ locations/);
  }, 120_000);
});
