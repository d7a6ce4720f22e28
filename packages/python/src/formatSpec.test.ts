// The format-spec mini-language against python3's format(): int, float and str values under
// specs built from every field of the grammar (fill, align, sign, z, #, 0, width, grouping,
// precision, type), drawn with a fixed seed; each (value, spec) pair is judged by python3 at
// test time, errors included (the ValueError message must match too).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FormatError, formatFloatSpec, formatIntSpec, formatStrSpec } from './formatSpec.js';
import { roundFloat } from './dtoa.js';

type Case = { kind: 'int' | 'float' | 'str'; value: string; spec: string };

const SEED = 20261202;
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function randomSpec(r: () => number, types: readonly string[]): string {
  const fillAlign = pick(r, ['', '', '<', '>', '^', '=', '*<', '*^', '0=', '.>', 'é<']);
  const sign = pick(r, ['', '', '+', '-', ' ']);
  const z = r() < 0.1 ? 'z' : '';
  const alt = r() < 0.2 ? '#' : '';
  const zero = r() < 0.2 ? '0' : '';
  const width = pick(r, ['', '', '1', '5', '12', '20']);
  const grouping = pick(r, ['', '', '', ',', '_']);
  const precision = pick(r, ['', '', '.0', '.1', '.3', '.12']);
  return fillAlign + sign + z + alt + zero + width + grouping + precision + pick(r, types);
}

function cases(): Case[] {
  const r = rng(SEED);
  const out: Case[] = [];
  const ints = ['0', '7', '-7', '255', '-1234567', '10**20', '-(2**64)', '1'];
  const floats = ['0.0', '-0.0', '1.5', '-2.5', '0.125', '2.675', '1234.5678', '1e16', '1e-7', '123456789.0', '-0.00001', '1e300', "float('inf')", "float('nan')", '0.5'];
  const strs = ["''", "'a'", "'abc'", "'héllo'", "'x' * 15"];
  for (let i = 0; i < 400; i++) out.push({ kind: 'int', value: pick(r, ints), spec: randomSpec(r, ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 's']) });
  for (let i = 0; i < 500; i++) out.push({ kind: 'float', value: pick(r, floats), spec: randomSpec(r, ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd']) });
  for (let i = 0; i < 150; i++) out.push({ kind: 'str', value: pick(r, strs), spec: randomSpec(r, ['', '', 's', 'd']) });
  return out;
}

function pythonAnswers(cs: readonly Case[]): string[] {
  const lines = cs.map((c) => `(${c.value}, ${JSON.stringify(c.spec)})`).join(',\n');
  const code = `import json\nfor v, s in [\n${lines}\n]:\n    try:\n        print(json.dumps(format(v, s)))\n    except ValueError as e:\n        print(json.dumps('ValueError: ' + str(e)))\n`;
  return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trimEnd().split('\n').map((l) => JSON.parse(l) as string);
}

function ours(c: Case): string {
  // the values as JS sees them (the python expressions above, evaluated the same way)
  const v = Function(`return ${c.value.replace("float('inf')", 'Infinity').replace("float('nan')", 'NaN').replace(/\*\*/g, '**')}`)() as number;
  try {
    if (c.kind === 'int') return formatIntSpec(c.value.includes('**') ? BigInt(Function(`return ${c.value.replace(/(\d+)/g, '$1n')}`)() as bigint) : v, c.spec);
    if (c.kind === 'float') return formatFloatSpec(v, c.spec);
    return formatStrSpec(Function(`return ${c.value.replace("'x' * 15", "'x'.repeat(15)")}`)() as string, c.spec);
  } catch (e) {
    if (e instanceof FormatError) return `${e.pyType}: ${e.message}`;
    throw e;
  }
}

describe('format specs', () => {
  it(`match python3's format() on 1050 (value, spec) pairs drawn with seed ${SEED}`, () => {
    const cs = cases();
    const want = pythonAnswers(cs);
    const bad = cs.map((c, i) => ({ c, want: want[i], got: ours(c) })).filter((x) => x.want !== x.got);
    expect(bad.slice(0, 10).map((x) => `format(${x.c.value}, ${JSON.stringify(x.c.spec)}): python ${JSON.stringify(x.want)}, pymem ${JSON.stringify(x.got)}`)).toEqual([]);
  });

  it("round(x, n) matches python3's correctly rounded results", () => {
    const xs = [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 1234.5678, 1e300, 5e-324, 0.1, -0.0, 123.456];
    const ns = [-3, -1, 0, 1, 2, 3, 10];
    const code = `for x in [${xs.map((x) => (Object.is(x, -0) ? '-0.0' : String(x))).join(', ')}]:\n    print(' '.join(repr(round(x, n)) for n in [${ns.join(', ')}]))`;
    const want = execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trimEnd().split('\n');
    const got = xs.map((x) => ns.map((n) => formatFloatSpec(roundFloat(x, n), '')).join(' '));
    expect(got).toEqual(want);
  });
});
