import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PY_EPILOGUE, PY_PRELUDE, runScenarioTs, scenarios } from './scenarios.js';

// One python3 process runs every scenario, each in a forked child with fresh globals, so the
// interpreter starts once; a child's stdout is one JSON line.
const DRIVER = `
import json, os, sys
import gc, weakref, _testcapi
programs = json.load(sys.stdin)
for src in programs:
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            exec(compile(src, '<scenario>', 'exec'), {'__name__': '__main__'})
        except BaseException as e:
            print(json.dumps({'error': repr(e)}))
        sys.stdout.flush()
        os._exit(0)
    os.waitpid(pid, 0)
`;

describe('the 3.11 collector against python3, scenario by scenario', () => {
  const expected = new Map<string, Record<string, unknown>>();

  beforeAll(() => {
    const programs = scenarios.map((s) => `${PY_PRELUDE}\n${s.py}\n${PY_EPILOGUE}`);
    const lines = execFileSync('python3', ['-I', '-c', DRIVER], { input: JSON.stringify(programs), encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(lines).toHaveLength(scenarios.length);
    scenarios.forEach((s, i) => expected.set(s.name, JSON.parse(lines[i]!) as Record<string, unknown>));
  }, 60_000);

  it('has at least fifty scenarios with distinct names', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(50);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  for (const scenario of scenarios) {
    it(`reports what python3 reports for ${scenario.name}`, () => {
      const py = expected.get(scenario.name)!;
      expect(py).not.toHaveProperty('error');
      expect(Object.keys(py).length).toBeGreaterThan(0);
      expect(runScenarioTs(scenario)).toEqual(py);
    });
  }
});
