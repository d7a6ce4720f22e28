// The guided examples shipped with the demo: Python programs inside pymem's subset (the .py
// files beside this one), each with what to watch for. Their expected output is whatever python3
// prints; tests check that. This file has no imports so Node scripts can read it too.

/** One guided example. */
export interface ExampleInfo {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  /** What to look at, in two or three sentences. */
  readonly lesson: string;
}

/** The examples, in the order of the guided tour. */
export const exampleCatalog: readonly ExampleInfo[] = [
  {
    id: 'refcount', title: 'Reference counting: getrefcount gives 3', file: 'refcount.py',
    lesson: 'The list has three references while getrefcount runs: `a`, `b`, and the argument of the call itself. Step by statement and watch its refcount in the graph go 1 → 2 → 3 → 2.',
  },
  {
    id: 'cycle', title: 'A cycle only the collector frees', file: 'cycle.py',
    lesson: 'After `del a` and `del b` the two nodes keep each other alive: their refcounts never reach zero. Step to the collection: the collector finds them unreachable (red) and frees them.',
  },
  {
    id: 'del-collect', title: 'del, then gc.collect()', file: 'del_collect.py',
    lesson: 'A list that contains itself survives `del x`. The first gc.collect() returns 1 (the list), the second finds nothing.',
  },
  {
    id: 'thresholds', title: 'Raising and lowering the thresholds', file: 'thresholds.py',
    lesson: 'Each new container adds one to generation 0\'s count (one taken from a free list does not); past the threshold a collection runs. With threshold 5 a collection comes every few Items: step by collection and watch the generations panel.',
  },
  {
    id: 'freeze', title: 'gc.freeze(): the permanent generation', file: 'freeze.py',
    lesson: 'gc.freeze() moves every tracked object to the permanent generation, which collections never examine (as a forking server does before fork). Watch the generations panel.',
  },
  {
    id: 'interning', title: 'Small ints and interned strings', file: 'interning.py',
    lesson: 'Ints from -5 to 256 are cached: every 256 is one object. 257 built at run time is a new object. Identifier-like string constants are interned; a string built by join is not until sys.intern.',
  },
  {
    id: 'freelists', title: 'Free lists and id() reuse', file: 'freelists.py',
    lesson: 'A freed list or float is parked on its type\'s free list, keeping its memory, and the next one of that type gets it back: same id().',
  },
  {
    id: 'pools', title: 'Pools filling, arenas released', file: 'pools.py',
    lesson: 'Forty thousand small tuples and ints fill pools of their size classes and then whole arenas. When they die the pools empty and wholly free arenas go back to the system (pymalloc map).',
  },
  {
    id: 'finalizers', title: '__del__ and weakref callbacks in a cycle', file: 'finalizers.py',
    lesson: 'A cycle of objects with __del__: since PEP 442 the collector runs the weakref callbacks, then each finalizer once, then breaks the cycle. The order of the printed lines is CPython\'s.',
  },
];
