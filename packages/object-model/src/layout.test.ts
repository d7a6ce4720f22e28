import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preHeaderSize } from './index.js';

// Ask the local python3 (the reference) for getsizeof(x) - type(x).__sizeof__(x).
function pythonPreHeaders(): Record<string, number> {
  const script = [
    'import sys, json',
    'class Plain: pass',
    'class Slots: __slots__ = ("a",)',
    'objs = {"plain": Plain(), "slots": Slots(), "list": [], "float": 1.5}',
    'print(json.dumps({k: sys.getsizeof(o) - type(o).__sizeof__(o) for k, o in objs.items()}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' }));
}

describe('pre-header sizes', () => {
  it('match what python3 adds in sys.getsizeof', () => {
    const py = pythonPreHeaders();
    expect(preHeaderSize({ gc: true, managedDict: true })).toBe(py.plain);
    expect(preHeaderSize({ gc: true, managedDict: false })).toBe(py.slots);
    expect(preHeaderSize({ gc: true, managedDict: false })).toBe(py.list);
    expect(preHeaderSize({ gc: false, managedDict: false })).toBe(py.float);
  });
});
