import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BuiltinType, NULL, type Handle } from '@pymem/object-model';
import { createCPython311Collector } from '@pymem/cycle-collector';
import { createRuntime, type Runtime } from './index.js';

// python3 runs the program and prints a JSON value; the runtime builds the same objects
// through the mutator API with the CPython 3.11 collector plugged in.
const py = (body: string): unknown =>
  JSON.parse(execFileSync('python3', ['-c', `import gc, json, weakref\nout = []\n${body}`], { encoding: 'utf8' }));

function world(): { rt: Runtime; out: string[] } {
  const out: string[] = [];
  const rt: Runtime = createRuntime({
    hooks: {
      finalize: (h) => out.push(`del:${String(rt.payloads.get(h))}`),
      weakrefCallback: (ref) => out.push(`cb:${String(rt.payloads.get(ref))}`),
    },
  });
  rt.collect(2);
  return { rt, out };
}

describe('the runtime with the CPython 3.11 collector, against python3', () => {
  it('a self-referencing list is collected: gc.collect() returns 1', () => {
    const { rt } = world();
    const l = rt.allocate(BuiltinType.list, { slots: 1 });
    rt.setSlot(l, 0, l);
    rt.decref(l);
    expect(rt.collect()).toBe(py('gc.collect()\nl = []\nl.append(l)\ndel l\nprint(gc.collect())'));
    expect(rt.heap.isAlive(l)).toBe(false);
  });

  it('two plain instances in a cycle are collected without dict objects: 2', () => {
    const { rt } = world();
    const C = rt.registerClass({ name: 'C' });
    const a = rt.allocate(C, { slots: 1 });
    const b = rt.allocate(C, { slots: 1 });
    rt.setSlot(a, 0, b);
    rt.setSlot(b, 0, a);
    rt.decref(a);
    rt.decref(b);
    expect(rt.collect()).toBe(py('class C: pass\ngc.collect()\na = C(); b = C(); a.o = b; b.o = a\ndel a, b\nprint(gc.collect())'));
  });

  it('a 3-cycle with __del__ is finalized in creation order, once, and collected', () => {
    const { rt, out } = world();
    const D = rt.registerClass({ name: 'D', hasFinalizer: true });
    const [x, y, z] = ['x', 'y', 'z'].map((n) => rt.allocate(D, { slots: 1, payload: n })) as [Handle, Handle, Handle];
    rt.setSlot(z, 0, y);
    rt.setSlot(y, 0, x);
    rt.setSlot(x, 0, z);
    for (const h of [x, y, z]) rt.decref(h);
    const n = rt.collect();
    const expected = py(
      'class D:\n    def __init__(self, n): self.n = n\n    def __del__(self): out.append("del:" + self.n)\n' +
        'gc.collect()\nx, y, z = D("x"), D("y"), D("z")\nz.o = y; y.o = x; x.o = z\ndel x, y, z\nn = gc.collect()\nprint(json.dumps([n, out]))',
    );
    expect([n, out]).toEqual(expected);
  });

  it('in GC death the weakref callback runs before __del__; in refcount death after', () => {
    const { rt, out } = world();
    const D = rt.registerClass({ name: 'D', hasFinalizer: true });
    const cb = rt.allocate(BuiltinType.function);
    const mk = (name: string, cycle: boolean): Handle => {
      const o = rt.allocate(D, { slots: 1, payload: name });
      if (cycle) rt.setSlot(o, 0, o);
      const ref = rt.newWeakref(o, cb);
      rt.payloads.set(ref, name);
      rt.decref(o);
      return ref;
    };
    const r1 = mk('rc', false);
    const r2 = mk('gc', true);
    rt.collect();
    const expected = py(
      'class D:\n    def __init__(self, n): self.n = n\n    def __del__(self): out.append("del:" + self.n)\n' +
        'gc.collect()\nnames = {}\ndef cb(r): out.append("cb:" + names[id(r)])\n' +
        'o = D("rc"); r1 = weakref.ref(o, cb); names[id(r1)] = "rc"; del o\n' +
        'o = D("gc"); o.me = o; r2 = weakref.ref(o, cb); names[id(r2)] = "gc"; del o\ngc.collect()\nprint(json.dumps(out))',
    );
    expect(out).toEqual(expected);
    expect([rt.weakrefGet(r1), rt.weakrefGet(r2)]).toEqual([NULL, NULL]);
  });

  it('a chain of instances deallocates through the trashcan in the same runs as CPython', () => {
    const { rt, out } = world();
    const N = rt.registerClass({ name: 'N', hasFinalizer: true });
    let x: Handle = NULL;
    for (let i = 119; i >= 0; i--) {
      const o = rt.allocate(N, { slots: 1, payload: i });
      if (x !== NULL) rt.setSlot(o, 0, x, true);
      x = o;
    }
    rt.decref(x);
    const expected = py(
      'class N:\n    def __init__(self, i, nxt): self.i = i; self.nxt = nxt\n    def __del__(self): out.append("del:%d" % self.i)\n' +
        'x = None\nfor i in range(119, -1, -1): x = N(i, x)\ndel x\nprint(json.dumps(out))',
    );
    expect(out).toEqual(expected);
  });

  it('count0 moves on fresh GC allocations only, as gc.get_count() shows', () => {
    const { rt } = world();
    const before = rt.getCount()[0]!;
    const l = rt.allocate(BuiltinType.list);
    const f = rt.allocate(BuiltinType.float);
    const d = rt.allocate(BuiltinType.dict);
    const afterAlloc = rt.getCount()[0]! - before;
    for (const h of [l, f, d]) rt.decref(h);
    const afterFree = rt.getCount()[0]! - before;
    const l2 = rt.allocate(BuiltinType.list);
    const reuse = rt.getCount()[0]! - before;
    rt.decref(l2);
    // gc.collect() empties the free lists, so [] and {} are fresh allocations, then freed to the
    // free lists. The first get_count() tuple is itself a fresh allocation; later ones reuse it.
    const expected = py(
      'gc.collect()\ngc.get_count()\nc = gc.get_count()[0]\nl = []; f = float("1.5"); d = {}\na = gc.get_count()[0] - c\n' +
        'del l, f, d\nb = gc.get_count()[0] - c\nl2 = []\nr = gc.get_count()[0] - c\nprint(json.dumps([a, b, r]))',
    );
    expect([afterAlloc, afterFree, reuse]).toEqual(expected);
  });
});

describe("the collector's onDecref hook", () => {
  for (const watched of [false, true]) {
    it(`is called when a tracked object's count drops and stays above zero${watched ? ' (a subscriber watching)' : ''}`, () => {
      const seen: Handle[] = [];
      const rt = createRuntime({
        collector: (host) => {
          const c = createCPython311Collector(host);
          return Object.assign(c, { onDecref: (h: Handle) => seen.push(h) });
        },
      });
      if (watched) rt.bus.subscribe(() => {});
      const list = rt.allocate(BuiltinType.list, { slots: 0 });
      const float = rt.allocate(BuiltinType.float);
      rt.incref(list);
      rt.incref(float);
      rt.decref(list); // 2 -> 1, tracked: a possible root
      rt.decref(float); // untracked: no call
      expect(seen).toEqual([list]);
      rt.decref(list); // 1 -> 0: freed, no call
      rt.decref(float);
      expect(seen).toEqual([list]);
    });
  }
});
