import { describe, expect, it } from 'vitest';
import { measure, row, formatReport } from './harness.js';
import { busBench } from './busBench.js';

describe('the benchmark harness', () => {
  it('reports a slowdown above 1 for a variant that does strictly more work', () => {
    const work = (n: number) => {
      let x = 0;
      for (let i = 0; i < n; i++) x = (x + Math.sqrt(i)) % 1e9;
      return x;
    };
    let sink = 0;
    const [light, heavy] = measure(
      [
        { name: 'light', run: () => ((sink += work(20_000)), 1) },
        { name: 'heavy', run: () => ((sink += work(400_000)), 1) },
      ],
      5,
    );
    expect(sink).toBeGreaterThan(0);
    expect(row('x', heavy!, light!).slowdown).toBeGreaterThan(2);
  });

  it('runs the bus benchmark in quick mode and prints every subscriber count', async () => {
    const report = await busBench.run({ quick: true, log: () => {} });
    const text = formatReport(report);
    for (const n of ['1 subscriber,', '3 subscribers,', '6 subscribers,']) expect(text).toContain(n);
    for (const r of report.rows) expect(r.subject.opsPerSec).toBeGreaterThan(0);
  });
});
