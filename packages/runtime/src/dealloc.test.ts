import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BuiltinType, NULL, type Handle } from '@pymem/object-model';
import { createRuntime, type Runtime } from './index.js';

// The reference: python3 runs the equivalent program and prints what its __del__ and
// callbacks saw, one token per event, space separated.
function python(body: string): string[] {
  const prelude = [
    'import sys, weakref',
    'out = []',
    'class M:',
    '    def __init__(self, i): self.i = i',
    '    def __del__(self): out.append(str(self.i))',
  ].join('\n');
  const script = `${prelude}\n${body}\nprint(" ".join(out))`;
  return execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean);
}

// The same world on the runtime: class M has a __del__ that records the payload.
function world(): { rt: Runtime; out: string[]; M: number; m: (label: string | number) => Handle } {
  const out: string[] = [];
  const rt = createRuntime({
    hooks: {
      finalize: (h) => out.push(String(rt.payloads.get(h))),
      weakrefCallback: (ref) => out.push(String(rt.payloads.get(ref))),
    },
  });
  const M = rt.registerClass({ name: 'M', hasFinalizer: true });
  const m = (label: string | number): Handle => rt.allocate(M, { payload: label });
  return { rt, out, M, m };
}

/** A container of `type` holding `items` (the references are stolen). */
function container(rt: Runtime, type: number, items: Handle[]): Handle {
  const h = rt.allocate(type, type === BuiltinType.tuple ? { items: items.length } : { slots: items.length });
  items.forEach((item, i) => rt.setSlot(h, i, item, true));
  return h;
}

describe('release order on refcount death, against python3', () => {
  it('a list releases its items from the end', () => {
    const { rt, out, m } = world();
    rt.decref(container(rt, BuiltinType.list, [m(0), m(1), m(2)]));
    expect(out).toEqual(python('x = [M(0), M(1), M(2)]\ndel x'));
  });

  it('a tuple releases its items from the end', () => {
    const { rt, out, m } = world();
    rt.decref(container(rt, BuiltinType.tuple, [m(0), m(1), m(2)]));
    expect(out).toEqual(python('x = (M(0), M(1), M(2))\ndel x'));
  });

  it('a dict releases key then value, in insertion order', () => {
    const { rt, out, m } = world();
    rt.decref(container(rt, BuiltinType.dict, [m(0), m(1), m(2), m(3)]));
    expect(out).toEqual(python('x = {M(0): M(1), M(2): M(3)}\ndel x'));
  });

  it('an instance releases its attributes in order, after its own __del__', () => {
    const { rt, out, m } = world();
    const P = rt.registerClass({ name: 'P', hasFinalizer: true });
    const p = rt.allocate(P, { slots: 3, payload: 'p' });
    [m('a'), m('b'), m('c')].forEach((x, i) => rt.setSlot(p, i, x, true));
    rt.decref(p);
    const expected = python(
      'class P:\n    def __del__(self): out.append("p")\np = P(); p.a = M("a"); p.b = M("b"); p.c = M("c")\ndel p',
    );
    expect(out).toEqual(expected);
  });

  it('nested lists release depth-first from the last item', () => {
    const { rt, out, m } = world();
    const inner1 = container(rt, BuiltinType.list, [m(0), m(1)]);
    const inner2 = container(rt, BuiltinType.list, [m(2), m(3)]);
    rt.decref(container(rt, BuiltinType.list, [inner1, m(4), inner2]));
    expect(out).toEqual(python('x = [[M(0), M(1)], M(4), [M(2), M(3)]]\ndel x'));
  });

  it('__del__ runs first, then the weakref callbacks, newest first', () => {
    const { rt, out, m } = world();
    const w = m('del');
    const keep: Handle[] = [];
    for (let i = 0; i < 4; i++) {
      const cb = rt.allocate(BuiltinType.function);
      const ref = rt.newWeakref(w, cb);
      rt.payloads.set(ref, `cb${i}`);
      rt.decref(cb);
      keep.push(ref);
    }
    const plain = rt.newWeakref(w);
    rt.decref(w);
    expect(out).toEqual(
      python(
        'w = M("del")\nrefs = [weakref.ref(w, lambda r, i=i: out.append("cb%d" % i)) for i in range(4)]\nr0 = weakref.ref(w)\ndel w',
      ),
    );
    expect(rt.weakrefGet(plain)).toBe(NULL);
    for (const r of keep) expect(rt.weakrefGet(r)).toBe(NULL);
  });

  it('a resurrecting __del__ keeps the object alive and never runs twice', () => {
    const out: string[] = [];
    let saved: Handle = NULL;
    const rt = createRuntime({
      hooks: {
        finalize: (h) => {
          out.push('del');
          if (saved === NULL) {
            saved = h;
            rt.incref(h); // the __del__ stores self somewhere
          }
        },
      },
    });
    const R = rt.registerClass({ name: 'R', hasFinalizer: true });
    const r = rt.allocate(R);
    rt.decref(r);
    expect(rt.heap.isAlive(r)).toBe(true);
    expect(rt.refcounts.refcount(r)).toBe(1);
    rt.decref(saved);
    expect(rt.heap.isAlive(r)).toBe(false);
    const expected = python(
      'saved = []\nclass R:\n    def __del__(self):\n        out.append("del")\n        if not saved: saved.append(self)\nr = R()\ndel r\nsaved.clear()',
    );
    expect(out).toEqual(expected);
  });
});

describe('the trashcan, against python3', () => {
  const chain = (kind: 'list' | 'tuple' | 'dict', depth: number) => {
    const { rt, out, m } = world();
    let x: Handle = NULL;
    for (let i = depth - 1; i >= 0; i--) {
      const mi = m(i);
      if (x === NULL) {
        x = rt.allocate(BuiltinType.list, { slots: 2 });
        rt.setSlot(x, 0, mi, true);
        continue;
      }
      let c: Handle;
      if (kind === 'dict') c = container(rt, BuiltinType.dict, [rt.internTable.cached('str:d'), x, rt.internTable.cached('str:m'), mi].map((h, j) => {
        if (j % 2 === 0) rt.incref(h);
        return h;
      }));
      else c = container(rt, kind === 'list' ? BuiltinType.list : BuiltinType.tuple, [mi, x]);
      x = c;
    }
    rt.decref(x);
    return out;
  };

  for (const kind of ['list', 'tuple', 'dict'] as const) {
    it(`a 120-deep ${kind} chain finalizes in the same runs as CPython`, () => {
      const build =
        kind === 'dict'
          ? 'x = [M(119), None]\nfor i in range(118, -1, -1): x = {"d": x, "m": M(i)}'
          : kind === 'tuple'
            ? 'x = [M(119), None]\nfor i in range(118, -1, -1): x = (M(i), x)'
            : 'x = [M(119), None]\nfor i in range(118, -1, -1): x = [M(i), x]';
      expect(chain(kind, 120)).toEqual(python(`${build}\ndel x`));
    });
  }
});

describe('identity: free lists and the allocator reuse ids as CPython does', () => {
  const pyReuse = (make: string) =>
    execFileSync('python3', ['-c', `x = ${make}\na = id(x)\ndel x\ny = ${make}\nprint(id(y) == a)`], { encoding: 'utf8' }).trim() === 'True';

  for (const [name, type, make, init] of [
    ['float', BuiltinType.float, 'float("1.5")', {}],
    ['list', BuiltinType.list, '[]', {}],
    ['dict', BuiltinType.dict, '{}', {}],
    // list() and dict() go through PyType_GenericAlloc, never the free list; the free list is
    // still filled by their dealloc, so the next list() gets fresh memory.
    ['list via list()', BuiltinType.list, 'list()', { freeList: false }],
    ['dict via dict()', BuiltinType.dict, 'dict()', { freeList: false }],
    ['2-tuple', BuiltinType.tuple, 'tuple([object(), object()])', { items: 2 }],
    ['object', BuiltinType.object, 'object()', {}],
  ] as const) {
    it(`a new ${name} right after del reuses the id: ${name}`, () => {
      const rt = createRuntime();
      const x = rt.allocate(type, init);
      const a = rt.heap.address(x);
      rt.decref(x);
      const y = rt.allocate(type, init);
      expect(rt.heap.address(y) === a).toBe(pyReuse(make));
    });
  }

  it('a list comes back from the free list without counting as an allocation', () => {
    const rt = createRuntime({ record: true });
    const x = rt.allocate(BuiltinType.list);
    rt.decref(x);
    expect(rt.internTable.freeListCount('list')).toBe(1);
    const y = rt.allocate(BuiltinType.list);
    expect(y).toBe(x);
    expect(rt.internTable.freeListCount('list')).toBe(0);
    const last = rt.log.filter((e) => e.type === 'object.allocated').at(-1)!;
    expect(last).toMatchObject({ handle: y, fromFreeList: 'list' });
  });

  it('clearFreeLists really frees the parked objects', () => {
    const rt = createRuntime();
    const xs = [rt.allocate(BuiltinType.float), rt.allocate(BuiltinType.float)];
    xs.forEach((x) => rt.decref(x));
    expect(rt.heap.totals().parked).toBe(2);
    rt.clearFreeLists();
    expect(rt.heap.totals().parked).toBe(0);
    expect(rt.internTable.freeListCount('float')).toBe(0);
  });
});

describe('deep structures', () => {
  it('a million-deep nested list is built and freed without a stack overflow', () => {
    const rt = createRuntime({ checks: false });
    const before = rt.heap.totals().objects;
    let x = rt.allocate(BuiltinType.list);
    for (let i = 0; i < 1_000_000; i++) {
      const outer = rt.allocate(BuiltinType.list, { slots: 1 });
      rt.setSlot(outer, 0, x, true);
      x = outer;
    }
    expect(rt.heap.totals().objects).toBe(before + 1_000_001);
    rt.decref(x);
    expect(rt.heap.totals().objects).toBe(before);
  });

  for (const kind of ['tuple', 'dict', 'instance'] as const) {
    it(`a 50000-deep ${kind} chain frees without a stack overflow`, () => {
      const rt = createRuntime({ checks: false, collector: null });
      const C = rt.registerClass({ name: 'C' });
      const before = rt.heap.totals().objects;
      let x = rt.allocate(BuiltinType.list);
      for (let i = 0; i < 50_000; i++) {
        const outer =
          kind === 'tuple'
            ? rt.allocate(BuiltinType.tuple, { items: 1 })
            : rt.allocate(kind === 'dict' ? BuiltinType.dict : C, { slots: 1 });
        rt.setSlot(outer, 0, x, true);
        x = outer;
      }
      rt.decref(x);
      expect(rt.heap.totals().objects).toBe(before);
    });
  }
});

describe('weak references, against python3', () => {
  it('share the plain ref, make a new one per callback, and refuse a list', () => {
    const expected = execFileSync(
      'python3',
      [
        '-c',
        'import weakref, json\nclass C: pass\no = C()\ncb = lambda r: None\n' +
          'a = weakref.ref(o); b = weakref.ref(o); c = weakref.ref(o, cb); d = weakref.ref(o, cb)\n' +
          'try:\n    weakref.ref([])\n    lst = True\nexcept TypeError:\n    lst = False\n' +
          'print(json.dumps([a is b, c is d, c is a, weakref.getweakrefcount(o), lst]))',
      ],
      { encoding: 'utf8' },
    );
    const rt = createRuntime();
    const C = rt.registerClass({ name: 'C' });
    const o = rt.allocate(C);
    const cb = rt.allocate(BuiltinType.function);
    const a = rt.newWeakref(o);
    const b = rt.newWeakref(o);
    const c = rt.newWeakref(o, cb);
    const d = rt.newWeakref(o, cb);
    let list = true;
    try {
      rt.newWeakref(rt.allocate(BuiltinType.list));
    } catch {
      list = false;
    }
    expect([a === b, c === d, c === a, rt.heap.weakrefsTo(o).length, list]).toEqual(JSON.parse(expected));
    expect(rt.weakrefGet(a)).toBe(o);
  });
});
