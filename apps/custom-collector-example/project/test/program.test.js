// A Python program run by pymem's interpreter on my collector prints what python3 prints.
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';
import { strictEqual } from 'node:assert';
import { runProgram } from '@pymem/python';
import { createBudgetCollector } from '../src/budgetCollector.js';

const PROGRAM = `import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('collected', gc.collect())
l = []
l.append(l)
del l
print('collected', gc.collect())
print('done')
`;

it('prints the same as python3 for a program that makes and collects cycles', () => {
  const expected = execFileSync('python3', ['-c', PROGRAM], { encoding: 'utf8' });
  let out = '';
  const code = runProgram(PROGRAM, {
    filename: 'cycles.py',
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    runtimeOptions: { collector: createBudgetCollector },
  });
  strictEqual(code, 0);
  strictEqual(out, expected);
});
