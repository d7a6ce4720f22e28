import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BuiltinType } from '@pymem/object-model';
import { FREE_LIST_LIMITS, isIdentifierLike } from '@pymem/intern-table';
import { createRuntime, staticSpecs } from './index.js';

const py = (script: string, args: string[] = []): string =>
  execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' }).trim();

describe('static objects, against python3', () => {
  it('have the sys.getsizeof python3 reports for every cached value', () => {
    const specs = staticSpecs();
    const script = `
import sys, json
def value(key):
    if key.startswith('int:'): return int(key[4:])
    if key == 'tuple:': return ()
    if key == 'bytes:': return b''
    if key.startswith('bytes:'): return bytes([int(key[6:])])
    if key.startswith('str:'): return key[4:]
    return {'None': None, 'True': True, 'False': False, 'Ellipsis': ..., 'NotImplemented': NotImplemented}[key]
keys = json.loads(sys.stdin.read())
print(json.dumps([sys.getsizeof(value(k)) for k in keys]))`;
    const sizes = JSON.parse(
      execFileSync('python3', ['-c', script], { input: JSON.stringify(specs.map((s) => s.key)), encoding: 'utf8' }),
    ) as number[];
    expect(specs.map((s) => s.size)).toEqual(sizes);
  });

  it('cover exactly the values python3 caches: small ints, latin-1 characters, single bytes', () => {
    const ints = [-6, -5, 0, 256, 257];
    const chars = [0, 97, 200, 255, 256, 1000];
    // int(str(v)) and chr(c) build a new object unless the value is cached.
    const script = `
import json
ints = [int(str(v)) is int(str(v)) for v in ${JSON.stringify(ints)}]
chars = [chr(c) is chr(c) for c in ${JSON.stringify(chars)}]
print(json.dumps({'ints': ints, 'chars': chars, 'byte': bytes([65]) is bytes([65]), 'tuple': tuple([]) is ()}))`;
    const expected = JSON.parse(py(script)) as { ints: boolean[]; chars: boolean[]; byte: boolean; tuple: boolean };
    const rt = createRuntime();
    expect(ints.map((v) => rt.internTable.smallInt(v) >= 0)).toEqual(expected.ints);
    expect(chars.map((c) => rt.internTable.cached(`str:${String.fromCharCode(c)}`) >= 0)).toEqual(expected.chars);
    expect(rt.internTable.cached('bytes:65') >= 0).toBe(expected.byte);
    expect(rt.internTable.cached('tuple:') >= 0).toBe(expected.tuple);
  });

  it('are not allocated from the pool allocator and never counted as dynamic objects', () => {
    const rt = createRuntime();
    expect(rt.heap.totals().dynamicObjects).toBe(0);
    expect(rt.heap.totals().objects).toBe(staticSpecs().length);
  });
});

describe('the interned-string table, against python3', () => {
  it('holds its strings without counted references (3.11: mortal interned strings)', () => {
    // python3: getrefcount of a fresh string before and after sys.intern (the argument adds 1).
    const [before, after, same] = py(
      "import sys\nt = ''.join(['ab', 'cd'])\nb = sys.getrefcount(t)\nu = sys.intern(t)\nprint(b, sys.getrefcount(t), u is t)",
    ).split(' ');
    const rt = createRuntime();
    const t = rt.allocate(BuiltinType.str, { size: 53, payload: 'abcd' });
    expect(rt.refcounts.refcount(t) + 1).toBe(Number(before));
    const u = rt.intern(t);
    expect(rt.refcounts.refcount(t) + 1).toBe(Number(after));
    expect(String(u === t)).toBe(same === 'True' ? 'true' : 'false');
  });

  it('returns the interned object for an equal string and lets it die with its last reference', () => {
    const [isFirst, vCount] = py(
      "import sys\nt = sys.intern(''.join(['ab', 'cd']))\nv = ''.join(['ab', 'cd'])\nw = sys.intern(v)\nprint(w is t, sys.getrefcount(v))",
    ).split(' ');
    const rt = createRuntime();
    const t = rt.intern(rt.allocate(BuiltinType.str, { payload: 'abcd' }));
    rt.decref(t); // the argument's own reference, now replaced by the returned one
    const v = rt.allocate(BuiltinType.str, { payload: 'abcd' });
    const w = rt.intern(v);
    expect(w === t).toBe(isFirst === 'True');
    expect(rt.refcounts.refcount(v) + 1).toBe(Number(vCount));
    rt.decref(w);
    rt.decref(t);
    expect(rt.heap.isAlive(t)).toBe(false);
    expect(rt.internTable.lookup('abcd')).toBe(-1);
  });

  it('interns at compile time exactly the strings python3 interns', () => {
    const samples = ['hello', 'hello world', 'a_b_1', '1abc', 'a-b', 'é', 'x'.repeat(5000), 'Spam_Eggs'];
    const script = `
import sys, json
out = []
for s in json.loads(sys.argv[1]):
    a = {}; b = {}
    exec(compile('x = ' + repr(s), 'a', 'exec'), a)
    exec(compile('x = ' + repr(s), 'b', 'exec'), b)
    out.append(a['x'] is b['x'])
print(json.dumps(out))`;
    const expected = JSON.parse(py(script, [JSON.stringify(samples)])) as boolean[];
    const rt = createRuntime();
    // A front end builds a one-character latin-1 literal as the static cached string.
    const constant = (s: string) => {
      const cached = s.length === 1 ? rt.internTable.cached(`str:${s}`) : -1;
      if (cached >= 0) {
        rt.incref(cached);
        return cached;
      }
      return rt.internConstant(rt.allocate(BuiltinType.str, { payload: s }));
    };
    const got = samples.map((s) => constant(s) === constant(s));
    expect(got).toEqual(expected);
    expect(samples.filter((s) => s.length > 1).map(isIdentifierLike)).toEqual(expected.filter((_, i) => samples[i]!.length > 1));
  });
});

describe('free lists, against python3', () => {
  it('keep at most as many objects as CPython (float 100, list 80, dict 80, 2-tuple 2000)', () => {
    const script = `
import sys, gc
gc.collect()
fs = [float(i) + 0.5 for i in range(300)]
ls = [[] for i in range(300)]
ds = [{} for i in range(300)]
ts = [(i, i) for i in range(3000)]
del fs, ls, ds, ts
sys._debugmallocstats()`;
    // _debugmallocstats writes to the C-level stderr.
    const stderr = spawnSync('python3', ['-c', script], { encoding: 'utf8' }).stderr;
    const count = (label: RegExp): number => Number(stderr.match(label)![1]!.replace(/,/g, ''));
    const python = {
      float: count(/(\d[\d,]*) free PyFloatObjects/),
      list: count(/(\d[\d,]*) free PyListObjects/),
      dict: count(/(\d[\d,]*) free PyDictObjects/),
      tuple2: count(/(\d[\d,]*) free 2-sized PyTupleObjects/),
    };
    const rt = createRuntime();
    const make = (n: number, f: () => number) => Array.from({ length: n }, f);
    for (const h of make(300, () => rt.allocate(BuiltinType.float))) rt.decref(h);
    for (const h of make(300, () => rt.allocate(BuiltinType.list))) rt.decref(h);
    for (const h of make(300, () => rt.allocate(BuiltinType.dict))) rt.decref(h);
    for (const h of make(3000, () => rt.allocate(BuiltinType.tuple, { items: 2 }))) rt.decref(h);
    expect({
      float: rt.internTable.freeListCount('float'),
      list: rt.internTable.freeListCount('list'),
      dict: rt.internTable.freeListCount('dict'),
      tuple2: rt.internTable.freeListCount('tuple', 2),
    }).toEqual(python);
    expect(FREE_LIST_LIMITS.float).toBe(python.float);
  });

  it('are emptied by a full collection and kept by gen0 and gen1 collections', () => {
    const rt = createRuntime();
    rt.decref(rt.allocate(BuiltinType.list));
    rt.collect(0);
    rt.collect(1);
    expect(rt.internTable.freeListCount('list')).toBe(1);
    rt.collect(2);
    expect(rt.internTable.freeListCount('list')).toBe(0);
  });
});
