// Python programs run by pymem's interpreter on the real runtime print what python3 prints,
// with my collector and with every collector pymem ships that frees cycles.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { strictEqual } from 'node:assert';
import { runProgram } from '@pymem/python';
import { collectors } from '@pymem/cycle-collector';
import { createBudgetCollector } from '../src/budgetCollector.js';

const dir = new URL('../programs/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

/** @type {[string, import('@pymem/cycle-collector').CollectorFactory<any>][]} */
const plugged = [
  ['budget', createBudgetCollector],
  ...collectors.names().filter((n) => n !== 'noop').map((n) => /** @type {[string, any]} */ ([n, collectors.get(n)?.factory])),
];

for (const file of programs) {
  describe(file, () => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const expected = execFileSync('python3', ['-c', source], { encoding: 'utf8' });
    for (const [name, collector] of plugged) {
      it(`prints what python3 prints on the ${name} collector`, () => {
        let out = '';
        const code = runProgram(source, {
          filename: file,
          stdout: (t) => (out += t),
          stderr: (t) => (out += t),
          runtimeOptions: { collector },
        });
        strictEqual(out, expected);
        strictEqual(code, 0);
      });
    }
  });
}
