// Fidelity scenarios: each is a small Python program and the same object graph built through
// the test host, both reporting into an `out` record that the test compares. The Python side
// runs after `gc.freeze(); gc.collect()` so the interpreter's own objects stay out of the way.
// Shared with the demo's guided tours later (names follow STYLE.md's fixture naming).
import type { CPython311Collector } from './cpython311Collector.js';
import { createCPython311Collector } from './cpython311Collector.js';
import { createTestHost, type TestHost } from '../testing/testHost.js';
import { NULL, type Handle } from '../handle.js';
import { DebugFlag } from '../collector.js';

/** What a scenario's TS side gets. */
export interface ScenarioContext {
  readonly host: TestHost;
  readonly gc: CPython311Collector;
  /** `rc()` of the Python prelude: records gc.get_count(), allocating the result tuple as CPython does. */
  rc(): void;
  /** `C()`: a plain instance. */
  C(label?: string): Handle;
  /** `D(name)`: an instance whose `__del__` logs `del <name>`. */
  D(name: string): Handle;
  /** `R(name)`: an instance whose `__del__` logs and appends itself to the prelude's `saved` list. */
  R(name: string): Handle;
  /** The prelude's `saved` list. */
  readonly saved: Handle;
  /** `x.attr = y` on an instance (attributes are slots in order of first assignment). */
  set(x: Handle, attr: string, y: Handle): void;
  /** `gc.set_threshold(...)`, with the argument tuple CPython builds for it. */
  setThreshold(...thresholds: number[]): void;
  /** A small int or other atomic object (not GC). */
  atom(): Handle;
  /** The `out` record. */
  readonly out: Record<string, unknown>;
  /** The log entries Python's `log` list would hold (`del x`, `callback w`). */
  log(): string[];
}

/** One scenario: Python source (a body run after the prelude) and its mirror. */
export interface Scenario {
  readonly name: string;
  readonly py: string;
  readonly ts: (t: ScenarioContext) => void;
}

/** The Python prelude every scenario runs after: classes, helpers, a clean collector. */
export const PY_PRELUDE = `
import gc, json, weakref, _testcapi
gc.disable()
log = []
counts = []
saved = []
out = {}
class C: pass
class S:
    __slots__ = ('o', '__weakref__')
class D:
    def __init__(self, name): self.name = name
    def __del__(self): log.append('del ' + self.name)
class R:
    def __init__(self, name): self.name = name
    def __del__(self):
        log.append('del ' + self.name)
        saved.append(self)
@_testcapi.with_tp_del
class L:
    def __tp_del__(self): pass
def rc():
    x, y, z = gc.get_count()
    counts.append(x); counts.append(y); counts.append(z)
# The allocation loop of the threshold scenarios, run once first so that 3.11's adaptive
# interpreter has specialized it (the unspecialized path allocates a temporary GC object).
# It uses its own class: each instance of a class shrinks the values arrays of later ones.
class G: pass
def grow(n, keep):
    for i in range(n):
        keep.append(G()); rc()
grow(100, []); counts.clear()
base_stats = gc.get_stats()
gc.freeze()
gc.collect()
base_frozen = gc.get_freeze_count()
gc.get_count()
`;

/** Turns a Python run's `out` into the shape the TS side produces. */
export const PY_EPILOGUE = `
if counts:
    out['counts'] = [counts[i:i + 3] for i in range(0, len(counts), 3)]
print(json.dumps(out))
`;

/** Runs a scenario's TS side on a fresh test host with the 3.11 collector. */
export function runScenarioTs(scenario: Scenario): Record<string, unknown> {
  const host = createTestHost();
  const gc = createCPython311Collector(host, { enabled: false });
  host.attach(gc);
  const out: Record<string, unknown> = {};
  const counts: number[][] = [];
  const attrs = new Map<Handle, string[]>();
  const saved = host.alloc('list', { label: 'saved' });
  gc.freeze();
  gc.collect();
  // CPython builds small tuples (gc.get_count()'s result, set_threshold's args) from the tuple
  // free list, which only a full collection empties; a fresh one counts in count0. Model the
  // free list per size, with each fresh tuple an untracked object that stays alive.
  let seenClears = -1;
  const freeTuples = new Map<number, number>();
  const tempTuple = (size: number): void => {
    if (host.freeListClears !== seenClears) {
      seenClears = host.freeListClears;
      freeTuples.clear();
    }
    const free = freeTuples.get(size) ?? 0;
    if (free > 0) freeTuples.set(size, free - 1);
    else host.alloc('dict', { label: 'tuple' });
    freeTuples.set(size, (freeTuples.get(size) ?? 0) + 1);
  };
  tempTuple(3);
  const t: ScenarioContext = {
    host,
    gc,
    out,
    saved,
    rc() {
      counts.push([...gc.getCount()]);
      tempTuple(3);
    },
    C: (label) => host.alloc('instance', { label: label ?? 'C' }),
    D: (name) => host.alloc('instance', { label: name, del: () => undefined }),
    R: (name) => host.alloc('instance', { label: name, del: (h, self) => h.append(saved, self) }),
    set(x, attr, y) {
      let names = attrs.get(x);
      if (!names) attrs.set(x, (names = []));
      let i = names.indexOf(attr);
      if (i < 0) {
        names.push(attr);
        i = names.length - 1;
      }
      host.setSlot(x, i, y);
    },
    setThreshold(...th) {
      tempTuple(th.length);
      gc.setThreshold(...th);
    },
    atom: () => host.alloc('int', { label: 'int' }),
    log: () => host.log.filter((e) => e.startsWith('del ') || e.startsWith('callback ')),
  };
  scenario.ts(t);
  if (counts.length > 0) out['counts'] = counts;
  return out;
}

const labelType = (host: TestHost, h: Handle): string => host.label(h).replace(/[0-9]+$/, '');

/** A cycle of `n` lists; returns nothing named. */
function listRing(t: ScenarioContext, n: number): void {
  const first = t.host.alloc('list');
  let cur = first;
  for (let i = 1; i < n; i++) {
    const next = t.host.alloc('list');
    t.host.append(cur, next);
    if (cur !== first) t.host.drop(cur);
    cur = next;
  }
  t.host.append(cur, first);
  if (cur !== first) t.host.drop(cur);
  t.host.drop(first);
}

function twoCycle(t: ScenarioContext, a: Handle, b: Handle, attr = 'o'): void {
  t.set(a, attr, b);
  t.set(b, attr, a);
}

/** The scenarios, each mirrored by hand from the Python program beside it. */
export const scenarios: readonly Scenario[] = [
  {
    name: 'selfLoopList',
    py: `l = []\nl.append(l)\ndel l\nout['r'] = gc.collect()`,
    ts: (t) => {
      const l = t.host.alloc('list');
      t.host.append(l, l);
      t.host.drop(l);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'twoListCycle',
    py: `a = []; b = [a]; a.append(b)\ndel a, b\nout['r'] = gc.collect()`,
    ts: (t) => {
      const a = t.host.alloc('list');
      const b = t.host.alloc('list', { items: [a] });
      t.host.append(a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'longListCycle',
    py: `first = []; cur = first\nfor i in range(49):\n    n = []; cur.append(n); cur = n\ncur.append(first)\ndel first, cur, n\nout['r'] = gc.collect()`,
    ts: (t) => {
      listRing(t, 50);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'veryLongListCycle',
    py: `first = []; cur = first\nfor i in range(999):\n    n = []; cur.append(n); cur = n\ncur.append(first)\ndel first, cur, n\nout['r'] = gc.collect()`,
    ts: (t) => {
      listRing(t, 1000);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'twoInstanceCycle',
    py: `a = C(); b = C(); a.o = b; b.o = a\ndel a, b\nout['r'] = gc.collect()`,
    ts: (t) => {
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'twoInstanceCycleWithMaterializedDicts',
    py: `a = C(); b = C(); a.o = b; b.o = a\na.__dict__; b.__dict__\ndel a, b\nout['r'] = gc.collect()`,
    ts: (t) => {
      const a = t.C();
      const b = t.C();
      const da = t.host.alloc('dict');
      const db = t.host.alloc('dict');
      t.host.setSlot(a, 0, da);
      t.host.setSlot(b, 0, db);
      t.host.drop(da);
      t.host.drop(db);
      t.host.setSlot(da, 0, b);
      t.host.setSlot(db, 0, a);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'slotsInstanceCycle',
    py: `a = S(); b = S(); a.o = b; b.o = a\ndel a, b\nout['r'] = gc.collect()`,
    ts: (t) => {
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'instanceSelfLoop',
    py: `c = C(); c.me = c\ndel c\nout['r'] = gc.collect()`,
    ts: (t) => {
      const c = t.C();
      t.set(c, 'me', c);
      t.host.drop(c);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'tupleListCycle',
    py: `l = []; t = (l,); l.append(t)\ndel l, t\nout['r'] = gc.collect()`,
    ts: (t) => {
      const l = t.host.alloc('list');
      const tup = t.host.alloc('tuple', { items: [l] });
      t.host.append(l, tup);
      t.host.drop(l);
      t.host.drop(tup);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'dictSelfLoop',
    py: `d = {}; d['d'] = d\ndel d\nout['r'] = gc.collect()`,
    ts: (t) => {
      const d = t.host.alloc('dict');
      const k = t.atom();
      t.host.setSlot(d, 0, k);
      t.host.setSlot(d, 1, d);
      t.host.drop(k);
      t.host.drop(d);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'dictListCycle',
    py: `d = {}; l = [d]; d['l'] = l\ndel d, l\nout['r'] = gc.collect()`,
    ts: (t) => {
      const d = t.host.alloc('dict');
      const l = t.host.alloc('list', { items: [d] });
      const k = t.atom();
      t.host.setSlot(d, 0, k);
      t.host.setSlot(d, 1, l);
      t.host.drop(k);
      t.host.drop(d);
      t.host.drop(l);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'setInstanceCycle',
    py: `s = set(); c = C(); c.s = s; s.add(c)\ndel s, c\nout['r'] = gc.collect()`,
    ts: (t) => {
      const s = t.host.alloc('set');
      const c = t.C();
      t.set(c, 's', s);
      t.host.append(s, c);
      t.host.drop(s);
      t.host.drop(c);
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'manyIndependentCycles',
    py: `for i in range(100):\n    a = C(); b = C(); a.o = b; b.o = a\ndel a, b\nout['r'] = gc.collect()`,
    ts: (t) => {
      for (let i = 0; i < 100; i++) {
        const a = t.C();
        const b = t.C();
        twoCycle(t, a, b);
        t.host.drop(a);
        t.host.drop(b);
      }
      t.out.r = t.gc.collect();
    },
  },
  {
    name: 'cycleHeldByLiveListIsKept',
    py: `keep = []\na = C(); b = C(); a.o = b; b.o = a; keep.append(a)\ndel a, b\nout['r'] = gc.collect()\nkeep.clear()\nout['r2'] = gc.collect()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.append(keep, a);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
      t.host.setSlot(keep, 0, NULL);
      t.out.r2 = t.gc.collect();
    },
  },
  {
    name: 'threeCycleWithDel',
    py: `x = D('x'); y = D('y'); z = D('z'); x.n = y; y.n = z; z.n = x\ndel x, y, z\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const [x, y, z] = [t.D('x'), t.D('y'), t.D('z')];
      t.set(x, 'n', y);
      t.set(y, 'n', z);
      t.set(z, 'n', x);
      [x, y, z].forEach((h) => t.host.drop(h));
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'delOrderIgnoresLinkDirection',
    py: `x = D('x'); y = D('y'); z = D('z'); z.n = y; y.n = x; x.n = z\ndel x, y, z\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const [x, y, z] = [t.D('x'), t.D('y'), t.D('z')];
      t.set(z, 'n', y);
      t.set(y, 'n', x);
      t.set(x, 'n', z);
      [x, y, z].forEach((h) => t.host.drop(h));
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'finalizerResurrects',
    py: `r = R('r'); r.me = r\ndel r\nout['r1'] = gc.collect()\nsaved.clear()\nout['r2'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const r = t.R('r');
      t.set(r, 'me', r);
      t.host.drop(r);
      t.out.r1 = t.gc.collect();
      t.host.setSlot(t.saved, 0, NULL);
      t.out.r2 = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'resurrectionKeepsReferents',
    py: `r = R('r'); r.me = r; r.l = [r]\ndel r\nout['r1'] = gc.collect()\nsaved.clear()\nout['r2'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const r = t.R('r');
      t.set(r, 'me', r);
      const l = t.host.alloc('list', { items: [r] });
      t.set(r, 'l', l);
      t.host.drop(l);
      t.host.drop(r);
      t.out.r1 = t.gc.collect();
      t.host.setSlot(t.saved, 0, NULL);
      t.out.r2 = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'oneResurrectorSavesItsCycle',
    py: `a = R('a'); b = D('b'); a.o = b; b.o = a\ndel a, b\nout['r1'] = gc.collect(); out['log1'] = list(log)\nsaved.clear()\nout['r2'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const a = t.R('a');
      const b = t.D('b');
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r1 = t.gc.collect();
      t.out.log1 = t.log();
      t.host.setSlot(t.saved, 0, NULL);
      t.out.r2 = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'finalizerAllocatesDuringCollection',
    py: `class M:\n    def __del__(self):\n        saved.append(C()); saved.append([])\nm = M(); m.me = m\ndel m\nout['r'] = gc.collect()\nout['kept'] = len(saved)\nsaved.clear()\nout['r2'] = gc.collect()`,
    ts: (t) => {
      const m = t.host.alloc('instance', {
        label: 'm',
        del: (h) => {
          const c = h.alloc('instance', { named: false });
          h.append(t.saved, c);
          h.decref(c);
          const l = h.alloc('list', { named: false });
          h.append(t.saved, l);
          h.decref(l);
        },
      });
      t.set(m, 'me', m);
      t.host.drop(m);
      t.out.r = t.gc.collect();
      t.out.kept = t.host.heap.slotCount(t.saved);
      t.host.setSlot(t.saved, 1, NULL);
      t.host.setSlot(t.saved, 0, NULL);
      t.out.r2 = t.gc.collect();
    },
  },
  {
    name: 'debugSaveAllTwoCycle',
    py: `gc.set_debug(gc.DEBUG_SAVEALL)\na = C(); b = C(); a.o = b; b.o = a\ndel a, b\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]\ngc.set_debug(0); gc.garbage.clear()\nout['r2'] = gc.collect()`,
    ts: (t) => {
      t.gc.setDebug(DebugFlag.SAVEALL);
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
      t.gc.setDebug(0);
      for (const h of t.host.garbage.splice(0)) t.host.drop(h);
      t.out.r2 = t.gc.collect();
    },
  },
  {
    name: 'debugSaveAllSelfLoopList',
    py: `gc.set_debug(gc.DEBUG_SAVEALL)\nl = []; l.append(l); del l\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]\ngc.set_debug(0)`,
    ts: (t) => {
      t.gc.setDebug(DebugFlag.SAVEALL);
      const l = t.host.alloc('list', { label: 'list' });
      t.host.append(l, l);
      t.host.drop(l);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
      t.gc.setDebug(0);
    },
  },
  {
    name: 'legacyFinalizerSelfCycleHoldingList',
    py: `l = L(); l.me = l; l.x = []\ndel l\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]\nout['unc'] = gc.get_stats()[2]['uncollectable'] - base_stats[2]['uncollectable']`,
    ts: (t) => {
      const l = t.host.alloc('legacy', { label: 'L' });
      t.set(l, 'me', l);
      const x = t.host.alloc('list');
      t.set(l, 'x', x);
      t.host.drop(x);
      t.host.drop(l);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
      t.out.unc = t.gc.getStats()[2]!.uncollectable;
    },
  },
  {
    name: 'legacyFinalizerSaveAllKeepsEverything',
    py: `gc.set_debug(gc.DEBUG_SAVEALL)\nl = L(); l.me = l; l.x = []\ndel l\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]\ngc.set_debug(0)`,
    ts: (t) => {
      t.gc.setDebug(DebugFlag.SAVEALL);
      const l = t.host.alloc('legacy', { label: 'L' });
      t.set(l, 'me', l);
      const x = t.host.alloc('list', { label: 'list' });
      t.set(l, 'x', x);
      t.host.drop(x);
      t.host.drop(l);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
      t.gc.setDebug(0);
    },
  },
  {
    name: 'legacyFinalizerMakesItsCycleUncollectable',
    py: `a = C(); l = L(); a.l = l; l.a = a\ndel a, l\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]`,
    ts: (t) => {
      const a = t.C();
      const l = t.host.alloc('legacy', { label: 'L' });
      t.set(a, 'l', l);
      t.set(l, 'a', a);
      t.host.drop(a);
      t.host.drop(l);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
    },
  },
  {
    name: 'legacyObjectFreedByClearingItsOwner',
    py: `a = C(); l = L(); a.l = l; a.me = a\ndel a, l\nout['r'] = gc.collect()\nout['garbage'] = [type(o).__name__ for o in gc.garbage]`,
    ts: (t) => {
      const a = t.C();
      const l = t.host.alloc('legacy', { label: 'L' });
      t.set(a, 'l', l);
      t.set(a, 'me', a);
      t.host.drop(a);
      t.host.drop(l);
      t.out.r = t.gc.collect();
      t.out.garbage = t.host.garbage.map((h) => labelType(t.host, h));
    },
  },
  {
    name: 'externalWeakrefDiesAfterItsCallback',
    py: `holder = []\ndef cb(r):\n    log.append('callback w'); holder.clear()\nc = C(); c.me = c\nholder.append(weakref.ref(c, cb))\ndel c\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const holder = t.host.alloc('list');
      const c = t.C();
      t.set(c, 'me', c);
      const w = t.host.weakref(c, (h) => h.setSlot(holder, 0, NULL), 'w');
      t.host.append(holder, w);
      t.host.drop(w);
      t.host.drop(c);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'weakrefInsideTheCycleSkipsItsCallback',
    py: `c = C(); c.me = c; c.w = weakref.ref(c, lambda r: log.append('callback w'))\ndel c\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const c = t.C();
      t.set(c, 'me', c);
      const w = t.host.weakref(c, () => undefined, 'w');
      t.set(c, 'w', w);
      t.host.drop(w);
      t.host.drop(c);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'gcDeathRunsCallbackBeforeDel',
    py: `d = D('d'); d.me = d\nw = weakref.ref(d, lambda r: log.append('callback w'))\ndel d\nout['r'] = gc.collect(); out['log'] = log; out['dead'] = w() is None`,
    ts: (t) => {
      const d = t.D('d');
      t.set(d, 'me', d);
      const w = t.host.weakref(d, () => undefined, 'w');
      t.host.drop(d);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
      t.out.dead = !t.host.heap.weakrefsTo(d).includes(w);
    },
  },
  {
    name: 'refcountDeathRunsDelBeforeCallback',
    py: `d = D('d')\nw = weakref.ref(d, lambda r: log.append('callback w'))\ndel d\nout['log'] = log`,
    ts: (t) => {
      const d = t.D('d');
      t.host.weakref(d, () => undefined, 'w');
      t.host.drop(d);
      t.out.log = t.log();
    },
  },
  {
    name: 'severalWeakrefCallbacksRunNewestFirst',
    py: `c = C(); c.me = c\nw0 = weakref.ref(c, lambda r: log.append('callback 0'))\nw1 = weakref.ref(c, lambda r: log.append('callback 1'))\nw2 = weakref.ref(c, lambda r: log.append('callback 2'))\nw3 = weakref.ref(c, lambda r: log.append('callback 3'))\ndel c\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const c = t.C();
      t.set(c, 'me', c);
      for (let i = 0; i < 4; i++) t.host.weakref(c, () => undefined, `${i}`);
      t.host.drop(c);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'weakrefCallbacksFollowListOrder',
    py: `k1 = C(); k2 = C(); k1.o = k2; k2.o = k1\nw2 = weakref.ref(k2, lambda r: log.append('callback k2'))\nw1 = weakref.ref(k1, lambda r: log.append('callback k1'))\ndel k1, k2\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const k1 = t.C();
      const k2 = t.C();
      twoCycle(t, k1, k2);
      t.host.weakref(k2, () => undefined, 'k2');
      t.host.weakref(k1, () => undefined, 'k1');
      t.host.drop(k1);
      t.host.drop(k2);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'weakrefWithoutCallbackIsCleared',
    py: `c = C(); c.me = c\nw = weakref.ref(c)\ndel c\nout['r'] = gc.collect(); out['dead'] = w() is None`,
    ts: (t) => {
      const c = t.C();
      t.set(c, 'me', c);
      const w = t.host.weakref(c);
      t.host.drop(c);
      t.out.r = t.gc.collect();
      t.out.dead = !t.host.heap.weakrefsTo(c).includes(w);
    },
  },
  {
    name: 'tupleOfAtomsUntrackedByAnyCollection',
    py: `a = 1000; t = (a, 2)\nout['tracked'] = [gc.is_tracked(t)]\ngc.collect(0)\nout['tracked'].append(gc.is_tracked(t))`,
    ts: (t) => {
      const tup = t.host.alloc('tuple', { items: [t.atom(), t.atom()] });
      t.out.tracked = [t.host.heap.isTracked(tup)];
      t.gc.collect(0);
      (t.out.tracked as boolean[]).push(t.host.heap.isTracked(tup));
    },
  },
  {
    name: 'tupleHoldingListStaysTracked',
    py: `t = ([],)\ngc.collect()\nout['tracked'] = gc.is_tracked(t)`,
    ts: (t) => {
      const l = t.host.alloc('list');
      const tup = t.host.alloc('tuple', { items: [l] });
      t.host.drop(l);
      t.gc.collect();
      t.out.tracked = t.host.heap.isTracked(tup);
    },
  },
  {
    name: 'nestedTuplesUntrackInOnePass',
    py: `a = 1000; inner = (a, 2); outer = (inner, a)\ngc.collect(1)\nout['tracked'] = [gc.is_tracked(inner), gc.is_tracked(outer)]`,
    ts: (t) => {
      const a = t.atom();
      const inner = t.host.alloc('tuple', { items: [a, t.atom()] });
      const outer = t.host.alloc('tuple', { items: [inner, a] });
      t.gc.collect(1);
      t.out.tracked = [t.host.heap.isTracked(inner), t.host.heap.isTracked(outer)];
    },
  },
  {
    name: 'dictsUntrackOnlyInFullCollections',
    py: `d = {}\ntr = [gc.is_tracked(d)]\nd['a'] = 1000\ntr.append(gc.is_tracked(d))\nd['b'] = []\ntr.append(gc.is_tracked(d))\nd['b'] = 1000\ntr.append(gc.is_tracked(d))\ngc.collect(0); tr.append(gc.is_tracked(d))\ngc.collect(1); tr.append(gc.is_tracked(d))\ngc.collect(2); tr.append(gc.is_tracked(d))\nout['tracked'] = tr`,
    ts: (t) => {
      const d = t.host.alloc('dict');
      const tr = [t.host.heap.isTracked(d)];
      t.host.setSlot(d, 0, t.atom());
      t.host.setSlot(d, 1, t.atom());
      tr.push(t.host.heap.isTracked(d));
      const l = t.host.alloc('list');
      t.host.setSlot(d, 2, t.atom());
      t.host.setSlot(d, 3, l);
      t.host.drop(l);
      tr.push(t.host.heap.isTracked(d));
      t.host.setSlot(d, 3, t.atom());
      tr.push(t.host.heap.isTracked(d));
      for (const g of [0, 1, 2]) {
        t.gc.collect(g);
        tr.push(t.host.heap.isTracked(d));
      }
      t.out.tracked = tr;
    },
  },
  {
    name: 'dictOfUntrackableTupleUntracksAfterTheTuple',
    py: `a = 1000\nd = {'t': (a, 2)}\ntr = [gc.is_tracked(d)]\ngc.collect(2)\ntr.append(gc.is_tracked(d)); tr.append(gc.is_tracked(d['t']))\nout['tracked'] = tr`,
    ts: (t) => {
      const a = t.atom();
      const tup = t.host.alloc('tuple', { items: [a, t.atom()] });
      const d = t.host.alloc('dict', { items: [t.atom(), tup] });
      t.host.drop(tup);
      const tr = [t.host.heap.isTracked(d)];
      t.gc.collect(2);
      tr.push(t.host.heap.isTracked(d), t.host.heap.isTracked(tup));
      t.out.tracked = tr;
    },
  },
  {
    name: 'isTrackedByKind',
    py: `out['tracked'] = [gc.is_tracked([]), gc.is_tracked(1000), gc.is_tracked({}), gc.is_tracked(C()), gc.is_tracked(set())]`,
    ts: (t) => {
      const kinds = ['list', 'int', 'dict', 'instance', 'set'] as const;
      t.out.tracked = kinds.map((k) => t.host.heap.isTracked(t.host.alloc(k)));
    },
  },
  {
    name: 'fullCollectionScansGen2ThenGen0ThenGen1',
    py: `c = D('c_in_gen2')\ngc.collect()\na = D('a_in_gen1')\ngc.collect(0)\nb = D('b_in_gen0')\na.n = b; b.n = c; c.n = a\ndel a, b, c\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const c = t.D('c_in_gen2');
      t.gc.collect();
      const a = t.D('a_in_gen1');
      t.gc.collect(0);
      const b = t.D('b_in_gen0');
      t.set(a, 'n', b);
      t.set(b, 'n', c);
      t.set(c, 'n', a);
      [a, b, c].forEach((h) => t.host.drop(h));
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'rescuedObjectsMoveToTheEndOfTheirGeneration',
    py: `a = D('a'); b = D('b'); c = D('c'); c.n = a\ndel a\ngc.collect(0)\nc.n.n = b; b.n = c\ndel b, c\nout['r'] = gc.collect(); out['log'] = log`,
    ts: (t) => {
      const a = t.D('a');
      const b = t.D('b');
      const c = t.D('c');
      t.set(c, 'n', a);
      t.host.drop(a);
      t.gc.collect(0);
      t.set(a, 'n', b);
      t.set(b, 'n', c);
      t.host.drop(b);
      t.host.drop(c);
      t.out.r = t.gc.collect();
      t.out.log = t.log();
    },
  },
  {
    name: 'youngCollectionsMissCyclesThroughOlderGenerations',
    py: `c = C(); gc.collect()\na = C(); a.o = c; c.o = a\ndel a, c\nout['r'] = [gc.collect(0), gc.collect(1), gc.collect(2)]`,
    ts: (t) => {
      const c = t.C();
      t.gc.collect();
      const a = t.C();
      twoCycle(t, a, c);
      t.host.drop(a);
      t.host.drop(c);
      t.out.r = [t.gc.collect(0), t.gc.collect(1), t.gc.collect(2)];
    },
  },
  {
    name: 'gen1CollectionFindsPromotedCycle',
    py: `a = C(); gc.collect(0)\nb = C(); a.o = b; b.o = a\ndel a, b\nout['r'] = [gc.collect(0), gc.collect(1)]`,
    ts: (t) => {
      const a = t.C();
      t.gc.collect(0);
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.out.r = [t.gc.collect(0), t.gc.collect(1)];
    },
  },
  {
    name: 'frozenCycleIsNotCollectedUntilUnfrozen',
    py: `a = C(); b = C(); a.o = b; b.o = a\ngc.freeze()\nout['frozen'] = gc.get_freeze_count() - base_frozen\ndel a, b\nout['r1'] = gc.collect()\ngc.unfreeze()\nout['r2'] = gc.collect()`,
    ts: (t) => {
      const base = t.gc.getFreezeCount();
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.gc.freeze();
      t.out.frozen = t.gc.getFreezeCount() - base;
      t.host.drop(a);
      t.host.drop(b);
      t.out.r1 = t.gc.collect();
      t.gc.unfreeze();
      t.out.r2 = t.gc.collect();
    },
  },
  {
    name: 'freezeZeroesAllCounts',
    py: `keep = [C(), C(), C()]\ngc.collect(0); keep.append(C()); gc.collect(1); keep.append(C()); gc.collect(0); keep.append(C())\nrc()\ngc.freeze()\nrc()\ngc.unfreeze()\nrc()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      for (let i = 0; i < 3; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
      }
      const push = (): void => {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
      };
      t.gc.collect(0);
      push();
      t.gc.collect(1);
      push();
      t.gc.collect(0);
      push();
      t.rc();
      t.gc.freeze();
      t.rc();
      t.gc.unfreeze();
      t.rc();
    },
  },
  {
    name: 'manualCollectionsUpdateCounts',
    py: `rc(); gc.collect(0); rc(); gc.collect(0); rc(); gc.collect(1); rc(); gc.collect(2); rc(); rc()`,
    ts: (t) => {
      t.rc();
      for (const g of [0, 0, 1, 2]) {
        t.gc.collect(g);
        t.rc();
      }
      t.rc();
    },
  },
  {
    name: 'allocationsAndFreesMoveCount0',
    py: `rc(); a = C(); rc(); b = C(); rc(); del a; rc(); del b; rc()`,
    ts: (t) => {
      t.rc();
      const a = t.C();
      t.rc();
      const b = t.C();
      t.rc();
      t.host.drop(a);
      t.rc();
      t.host.drop(b);
      t.rc();
    },
  },
  {
    name: 'freesNeverTakeCount0BelowZero',
    py: `a = C(); b = C(); c = C()\ngc.collect(0)\ndel a, b, c\nrc()`,
    ts: (t) => {
      const hs = [t.C(), t.C(), t.C()];
      t.gc.collect(0);
      hs.forEach((h) => t.host.drop(h));
      t.rc();
    },
  },
  {
    name: 'collectionRunsInsideTheAllocation',
    py: `keep = []\ngc.set_threshold(5); gc.enable()\ngrow(40, keep)\ngc.disable()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      t.setThreshold(5);
      t.gc.enable();
      for (let i = 0; i < 40; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
        t.rc();
      }
      t.gc.disable();
    },
  },
  {
    name: 'gen1IsCollectedEveryTwelfthTrigger',
    py: `keep = []\ngc.set_threshold(3, 10, 10); gc.enable()\ngrow(60, keep)\ngc.disable()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      t.setThreshold(3, 10, 10);
      t.gc.enable();
      for (let i = 0; i < 60; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
        t.rc();
      }
      t.gc.disable();
    },
  },
  {
    name: 'longLivedPendingGatesFullCollections',
    py: `keep = []\ngc.set_threshold(2, 1, 1); gc.enable()\ngrow(120, keep)\ngc.disable()\ns = gc.get_stats()\nout['collections'] = [s[i]['collections'] - base_stats[i]['collections'] for i in range(3)]`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      t.setThreshold(2, 1, 1);
      t.gc.enable();
      for (let i = 0; i < 120; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
        t.rc();
      }
      t.gc.disable();
      t.out.collections = t.gc.getStats().map((s) => s.collections);
    },
  },
  {
    name: 'automaticCollectionsFreeShortLivedCycles',
    py: `gc.set_threshold(10, 2, 2); gc.enable()\nfor i in range(100):\n    a = C(); b = C(); a.o = b; b.o = a\n    del a, b\n    rc()\ngc.disable()\ns = gc.get_stats()\nout['stats'] = [[s[i][k] - base_stats[i][k] for k in ('collections', 'collected', 'uncollectable')] for i in range(3)]`,
    ts: (t) => {
      t.setThreshold(10, 2, 2);
      t.gc.enable();
      for (let i = 0; i < 100; i++) {
        const a = t.C();
        const b = t.C();
        twoCycle(t, a, b);
        t.host.drop(a);
        t.host.drop(b);
        t.rc();
      }
      t.gc.disable();
      t.out.stats = t.gc.getStats().map((s) => [s.collections, s.collected, s.uncollectable]);
    },
  },
  {
    name: 'thresholdZeroNeverCollects',
    py: `keep = []\ngc.set_threshold(0); gc.enable()\nfor i in range(50):\n    keep.append(C())\nrc(); gc.disable()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      t.setThreshold(0);
      t.gc.enable();
      for (let i = 0; i < 50; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
      }
      t.rc();
      t.gc.disable();
    },
  },
  {
    name: 'disabledGcKeepsCounting',
    py: `keep = []\ngc.set_threshold(5)\nfor i in range(30):\n    keep.append(C())\nrc()`,
    ts: (t) => {
      const keep = t.host.alloc('list');
      t.setThreshold(5);
      for (let i = 0; i < 30; i++) {
        const c = t.C();
        t.host.append(keep, c);
        t.host.drop(c);
      }
      t.rc();
    },
  },
  {
    name: 'setThresholdChangesOnlyTheGivenOnes',
    py: `gc.set_threshold(500); a = gc.get_threshold()\ngc.set_threshold(100, 3); b = gc.get_threshold()\nout['t'] = [list(a), list(b)]`,
    ts: (t) => {
      t.setThreshold(500);
      const a = [...t.gc.getThreshold()];
      t.setThreshold(100, 3);
      t.out.t = [a, [...t.gc.getThreshold()]];
    },
  },
  {
    name: 'callbacksSeeStartAndStopInfo',
    py: `ev = []\ndef cb(phase, info):\n    ev.append(phase); ev.append(info['generation']); ev.append(info['collected']); ev.append(info['uncollectable'])\ngc.callbacks.append(cb)\na = C(); b = C(); a.o = b; b.o = a\ndel a, b\ngc.collect(0)\nl = L(); l.me = l; del l\ngc.collect()\ngc.callbacks.remove(cb)\nout['ev'] = ev`,
    ts: (t) => {
      const ev: unknown[] = [];
      t.host.gcCallbacks.push((phase, info) => ev.push(phase, info.generation, info.collected, info.uncollectable));
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.gc.collect(0);
      const l = t.host.alloc('legacy');
      t.set(l, 'me', l);
      t.host.drop(l);
      t.gc.collect();
      t.out.ev = ev;
    },
  },
  {
    name: 'nestedCollectInsideCallbackReturnsZero',
    py: `res = []\ndef cb(phase, info):\n    res.append(gc.collect())\ngc.callbacks.append(cb)\ngc.collect()\ngc.callbacks.remove(cb)\nout['res'] = res`,
    ts: (t) => {
      const res: number[] = [];
      t.host.gcCallbacks.push(() => res.push(t.gc.collect()));
      t.gc.collect();
      t.out.res = res;
    },
  },
  {
    name: 'invalidGenerationIsRejected',
    py: `errs = []\nfor g in (3, -1):\n    try:\n        gc.collect(g)\n    except ValueError as e:\n        errs.append(str(e))\nout['errs'] = errs`,
    ts: (t) => {
      const errs: string[] = [];
      for (const g of [3, -1]) {
        try {
          t.gc.collect(g);
        } catch (e) {
          errs.push((e as Error).message);
        }
      }
      t.out.errs = errs;
    },
  },
  {
    name: 'statsCountCollectionsAndCollectedPerGeneration',
    py: `a = C(); b = C(); a.o = b; b.o = a\ndel a, b\ngc.collect(0)\nl = []; l.append(l); del l\ngc.collect(1)\ngc.collect(1)\ns = gc.get_stats()\nout['stats'] = [[s[i][k] - base_stats[i][k] for k in ('collections', 'collected', 'uncollectable')] for i in range(3)]`,
    ts: (t) => {
      const a = t.C();
      const b = t.C();
      twoCycle(t, a, b);
      t.host.drop(a);
      t.host.drop(b);
      t.gc.collect(0);
      const l = t.host.alloc('list');
      t.host.append(l, l);
      t.host.drop(l);
      t.gc.collect(1);
      t.gc.collect(1);
      t.out.stats = t.gc.getStats().map((s) => [s.collections, s.collected, s.uncollectable]);
    },
  },
];
