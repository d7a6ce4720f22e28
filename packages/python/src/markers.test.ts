// The viewer markers of runProgram's `markers: true`: a call's frame pushed and popped around
// its body with its locals as they change, the values of new str/int/float objects and the
// names of instance attributes; and none of them without `markers`.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '@pymem/runtime';
import { runProgram } from './index.js';

interface Marker { label: string; line?: number; text?: string }

function markersOf(src: string, markers: boolean): { markers: Marker[]; rt: Runtime; out: string } {
  let rt: Runtime | undefined;
  let out = '';
  const code = runProgram(src, { filename: 'm.py', markers, stdout: (t) => (out += t), stderr: (t) => (out += t), runtimeOptions: { record: true }, onRuntime: (r) => (rt = r) });
  expect(code, out).toBe(0);
  const all = rt!.log.filter((e) => e.type === 'marker') as unknown as Marker[];
  return { markers: all, rt: rt!, out };
}

const data = (m: Marker): Record<string, unknown> => JSON.parse(m.text ?? '{}') as Record<string, unknown>;

const PROGRAM = `class P:
    def __init__(self, name):
        self.name = name
        self.size = 1.5
def f(n):
    q = [n]
    r = len(q)
    return r
p = P("alpha" + "beta")
f(300)
big = 10 ** 20
`;

describe('viewer markers', () => {
  const { markers, rt } = markersOf(PROGRAM, true);
  const kinds = (label: string): Marker[] => markers.filter((m) => m.label === label);

  it('each call pushes a frame named by its qualname and pops it, in nesting order', () => {
    const ops = kinds('frame').map((m) => data(m));
    expect(ops.map((o) => (o.op === 'push' ? `+${String(o.name)}` : `-${String(o.id)}`))).toEqual(['+P.__init__', '-0', '+f', '-1']);
  });

  it("a call's locals are told as they change, each with the object it refers to", () => {
    const locals = kinds('local').map((m) => data(m)).filter((d) => d.frame === 1);
    expect(locals.map((d) => d.name)).toEqual(['n', 'q', 'r']);
    const n = locals[0]!.handle as number;
    const q = locals[1]!.handle as number;
    // the values told: n is the int 300, q a list holding it
    expect(kinds('value').map((m) => data(m)).find((d) => d.handle === n)?.text).toBe('300');
    expect(rt.refcounts.isLive(q)).toBe(false); // freed when f returned
  });

  it('new str, int and float objects get their values; cached small ints do not', () => {
    const values = kinds('value').map((m) => data(m).text);
    expect(values).toContain('alphabeta');
    expect(values).toContain('1.5');
    expect(values).toContain('100000000000000000000');
    expect(values).not.toContain('1');
    expect(values).toContain('function f');
    expect(values).toContain('built-in len');
    expect(markersOf('import gc\n', true).markers.filter((m) => m.label === 'value').map((m) => data(m).text)).toContain('module gc');
  });

  it("instance attributes are named in the class's slot order", () => {
    const attrs = kinds('attr').map((m) => data(m));
    expect(attrs.map((a) => [a.index, a.name])).toEqual([[0, 'name'], [1, 'size']]);
    expect(new Set(attrs.map((a) => a.type)).size).toBe(1);
  });

  it('a run without markers has none of them, and prints the same', () => {
    const plain = markersOf(PROGRAM + 'print(p.name, f(2))\n', false);
    expect(plain.markers).toEqual([]);
    expect(markersOf(PROGRAM + 'print(p.name, f(2))\n', true).out).toBe(plain.out);
  });
});
