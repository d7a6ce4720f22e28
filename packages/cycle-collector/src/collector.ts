// The seam between a runtime and a cycle collector: `Collector` (what the runtime calls) and
// `CollectorHost` (what the runtime gives a collector). CPython 3.11's gc module is one
// implementation (cpython311/); Modules/gcmodule.c's `_PyObject_GC_Link`, `PyObject_GC_Del`,
// `gc_collect_main` and the gc module functions are the model. Start with `Collector`.
import type { Handle } from './handle.js';
import type { CycleCollectorEventInput } from './events.js';

/**
 * Bits describing an object as the collector needs it; `CollectorHeapView.objectFlags`
 * returns their union. They come from the object's type (and, for `Finalized`, nothing else:
 * that bit lives in `isFinalized`).
 *
 * @example
 * ```ts
 * const isTuple = (view.objectFlags(h) & ObjectFlag.ExactTuple) !== 0;
 * ```
 */
export const ObjectFlag = {
  /** `Py_TPFLAGS_HAVE_GC`: has a PyGC_Head; count0 moves on its allocation and free. */
  Gc: 1,
  /** `PyTuple_CheckExact`: untrack_tuples may untrack it. */
  ExactTuple: 2,
  /** `PyDict_CheckExact`: untrack_dicts (full collections) may untrack it. */
  ExactDict: 4,
  /** `tp_finalize` (a Python `__del__`, PEP 442): run once by finalize_garbage. */
  HasFinalizer: 8,
  /** `tp_del` (legacy, pre-PEP-442 C finalizer): makes a cycle uncollectable, into gc.garbage. */
  LegacyFinalizer: 16,
  /** `PyWeakref_Check`: a weak reference object (cleared without callback if it is garbage). */
  Weakref: 32,
  /** `tp_clear` exists: delete_garbage can break cycles through this object. */
  HasClear: 64,
  /** `_PyType_SUPPORTS_WEAKREFS`: weak references to it may exist. */
  Weakrefable: 128,
} as const;

/** The read-only heap as a collector sees it. The runtime's heap view implements it. */
export interface CollectorHeapView {
  /** Handles are below this number. */
  readonly capacity: number;
  /** The handle names an allocated object (not freed). */
  isAlive(h: Handle): boolean;
  /** `ob_refcnt`. */
  refcount(h: Handle): number;
  /** A union of {@link ObjectFlag} bits. */
  objectFlags(h: Handle): number;
  /** In the collector's lists (`_PyObject_GC_IS_TRACKED`). */
  isTracked(h: Handle): boolean;
  /** tp_finalize already ran for it (the FINALIZED bit of PyGC_Head). */
  isFinalized(h: Handle): boolean;
  /**
   * Number of reference slots; `slot(h, i)` is each one, NULL (-1) when empty. Together they are
   * what tp_traverse visits, in its order (an instance's type object included).
   */
  slotCount(h: Handle): number;
  slot(h: Handle, index: number): Handle;
  /** Weak reference objects pointing at `h`, in CPython's `tp_weaklist` order (head first). */
  weakrefsTo(h: Handle): readonly Handle[];
  /** The callback of a weak reference object, NULL (-1) when it has none. */
  weakrefCallback(ref: Handle): Handle;
  /** Calls `fn` for each live object in handle order. */
  forEachLive(fn: (h: Handle) => void): void;
}

/** What `gc.callbacks` receive as `info` (CPython passes a dict with these keys). */
export interface GcCallbackInfo {
  readonly generation: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/**
 * What the runtime gives a collector: a read-only heap and the services that change it.
 * Services that run Python code (finalizers, weakref callbacks, gc.callbacks, tp_clear's
 * decrefs) may re-enter the collector through `onAllocate`/`onFree`/`onTrack`/`onUntrack`
 * before they return; a collector must keep its lists valid across those calls.
 *
 * @example
 * ```ts
 * const host = createTestHost();           // from '@pymem/cycle-collector' (testing)
 * const collector = createCPython311Collector(host);
 * host.attach(collector);
 * ```
 */
export interface CollectorHost {
  readonly heap: CollectorHeapView;
  /**
   * Objects referenced from outside the heap (frames, globals, the interpreter). Optional:
   * tracing collectors derive them from refcounts when the host does not say
   * (see `externalRoots` in the machinery library).
   */
  roots?(visit: (h: Handle) => void): void;
  /** Py_INCREF. */
  incref(h: Handle): void;
  /** Py_DECREF: may deallocate `h` and a cascade, calling `onFree` for each GC object. */
  decref(h: Handle): void;
  /**
   * Runs tp_finalize (`__del__`) of `h` as finalize_garbage does: only if it has one and it never
   * ran, setting FINALIZED first, holding a reference around the call. Returns whether it ran.
   */
  finalize(h: Handle): boolean;
  /**
   * tp_clear as delete_garbage calls it: incref, clear the references `h` holds (decref each,
   * in the type's order), decref. Does nothing for types without tp_clear. `h` may be freed.
   */
  clear(h: Handle): void;
  /** `_PyWeakref_ClearRef`: the weakref no longer points at anything; its callback is kept. */
  clearWeakref(ref: Handle): void;
  /** Calls the callback of a cleared weak reference with the weakref as argument. */
  callWeakrefCallback(ref: Handle): void;
  /**
   * The collector untracked `h` itself (untrack_tuples, untrack_dicts). The host records it and
   * emits `object.untracked`; it does not call the collector's `onUntrack` back.
   */
  untrack(h: Handle): void;
  /** `gc.garbage.append(h)`: the list holds a new reference. */
  appendGarbage(h: Handle): void;
  /** Calls every `gc.callbacks` entry with the phase and info (Python code may run). */
  runCallbacks(phase: 'start' | 'stop', info: GcCallbackInfo): void;
  /** `_PyGC_ClearAllFreeLists`: a full collection empties the tuple/float/list/dict/... free lists. */
  clearFreeLists(): void;
  /** An exception is set in the thread: no automatic collection then (`!_PyErr_Occurred`). */
  exceptionPending?(): boolean;
  /** Publishes a collector event on the runtime's bus (the host assigns `seq`). */
  emit(event: CycleCollectorEventInput): void;
}

/** `gc.get_stats()[g]`. */
export interface GenerationStats {
  readonly collections: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** `gc.DEBUG_*` bits, CPython's values. */
export const DebugFlag = {
  STATS: 1,
  COLLECTABLE: 2,
  UNCOLLECTABLE: 4,
  SAVEALL: 32,
  LEAK: 38,
} as const;

/**
 * A cycle collector plugged into a runtime. The required part is the runtime's calls (the five
 * lifecycle methods) and the `gc` module surface; collectors without generations answer the
 * surface plainly (see `defineCollector`, which fills it in).
 *
 * Timing of the lifecycle calls (CPython 3.11):
 * - `onAllocate(h)`: memory for GC object `h` was just allocated (`_PyObject_GC_Link`), before
 *   it is tracked and before the caller returns. A collection it triggers runs synchronously,
 *   inside this call, and does not see `h` (untracked). Not called for free-list reuse.
 * - `onFree(h)`: the memory of GC object `h` is released (`PyObject_GC_Del`), after its dealloc;
 *   remove it from any list if still tracked; count0 goes down by one unless already 0.
 *   Not called when `h` goes to a free list. May happen in the middle of a collection.
 * - `onTrack(h)` / `onUntrack(h)`: `_PyObject_GC_TRACK` / `_PyObject_GC_UNTRACK` by the runtime.
 * - `collect(g)`: `gc.collect(g)`, g in 0..2 as CPython accepts (a collector with fewer generations
 *   treats the higher numbers as its oldest); returns collected + uncollectable, 0 if already collecting.
 *
 * @example
 * ```ts
 * const c = createCPython311Collector(host);
 * c.onAllocate(h); c.onTrack(h);
 * c.getCount(); // [1, 0, 0]
 * c.collect(2); // 0: h is still referenced from outside
 * ```
 */
export interface Collector {
  /** The registry name (`'cpython311'`, `'noop'`, `'mark-sweep'`, ...). */
  readonly name: string;
  onAllocate(h: Handle): void;
  onFree(h: Handle): void;
  onTrack(h: Handle): void;
  onUntrack(h: Handle): void;
  collect(generation?: number): number;

  /** `gc.get_count()`. */
  getCount(): readonly number[];
  /** `gc.get_threshold()`. */
  getThreshold(): readonly number[];
  /** `gc.set_threshold(t0[, t1[, t2]])`: only the given ones change. */
  setThreshold(...thresholds: number[]): void;
  enable(): void;
  disable(): void;
  isEnabled(): boolean;
  /** Moves every tracked object to the permanent generation (`gc.freeze`). */
  freeze(): void;
  unfreeze(): void;
  getFreezeCount(): number;
  /** `gc.get_stats()`: one entry per generation. */
  getStats(): readonly GenerationStats[];
  getDebug(): number;
  setDebug(flags: number): void;
  /** A collection is running (`gcstate->collecting`). */
  isCollecting(): boolean;
  /** Number of distinct generations (3 for CPython); `collect` accepts at least 0..2 whatever this is. */
  readonly generations: number;

  /**
   * Optional: the refcount of GC object `h` went down and stayed above zero (a possible root of
   * a garbage cycle, Bacon and Rajan's "purple"). Called after the decrement; runtimes may skip it
   * for speed, so collectors must stay correct without it on full collections.
   */
  onDecref?(h: Handle): void;
  /** Optional: the generation each tracked object is in (-1 untracked, 3 permanent), for viewers. */
  generationOf?(h: Handle): number;
  /** Optional: the tracked objects of a generation in list order (3 = permanent). */
  generationList?(generation: number): Handle[];
}

/** Builds a collector for one host; `settings` are plain data with defaults. */
export type CollectorFactory<S = unknown> = (host: CollectorHost, settings?: Partial<S>) => Collector;
