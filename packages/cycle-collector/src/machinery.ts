// The machinery every cycle collector needs once it has decided what is garbage: legacy
// finalizers, weak references and their callbacks, PEP 442 finalization (once), the
// resurrection check and tp_clear, in the order of Modules/gcmodule.c (3.11) after
// move_unreachable. The per-object steps are shared with the CPython 3.11 collector; the
// `createDisposer` driver runs all of them on an ordered array. Start with `createDisposer`.
import type { CollectorHeapView, CollectorHost } from './collector.js';
import { DebugFlag, ObjectFlag } from './collector.js';
import { NULL, type Handle } from './handle.js';

/**
 * `_PyObject_GC_MAY_BE_TRACKED`: a GC object other than an untracked tuple. A tuple or dict
 * holding only objects for which this is false can be untracked.
 *
 * @example
 * ```ts
 * mayBeTracked(host.heap, h); // false for an int, true for a list
 * ```
 */
export function mayBeTracked(view: CollectorHeapView, h: Handle): boolean {
  const f = view.objectFlags(h);
  if ((f & ObjectFlag.Gc) === 0) return false;
  if ((f & ObjectFlag.ExactTuple) !== 0) return view.isTracked(h);
  return true;
}

/**
 * `_PyTuple_MaybeUntrack` / `_PyDict_MaybeUntrack`'s test: every item may not be tracked (a
 * NULL item keeps a tuple tracked, as in CPython; dicts skip empty slots).
 *
 * @example
 * ```ts
 * if (canUntrack(host.heap, t, true)) host.untrack(t);
 * ```
 */
export function canUntrack(view: CollectorHeapView, h: Handle, isTuple: boolean): boolean {
  const n = view.slotCount(h);
  for (let i = 0; i < n; i++) {
    const item = view.slot(h, i);
    if (item === NULL) {
      if (isTuple) return false;
      continue;
    }
    if (mayBeTracked(view, item)) return false;
  }
  return true;
}

/**
 * handle_weakrefs' first pass for one garbage object `h`: if `h` is itself a weakref, clear it;
 * then clear every weakref to `h`, and hand each one that has a callback and is not garbage
 * (`isGarbage(ref)` false) to `toCall`, holding a new reference to it.
 *
 * @example
 * ```ts
 * const pending: Handle[] = [];
 * clearWeakrefsOf(host, h, (r) => set.has(r), (r) => pending.push(r));
 * ```
 */
export function clearWeakrefsOf(
  host: CollectorHost,
  h: Handle,
  isGarbage: (ref: Handle) => boolean,
  toCall: (ref: Handle) => void,
): void {
  const view = host.heap;
  const f = view.objectFlags(h);
  if ((f & ObjectFlag.Weakref) !== 0) host.clearWeakref(h);
  if ((f & ObjectFlag.Weakrefable) === 0) return;
  const refs = view.weakrefsTo(h);
  if (refs.length === 0) return;
  for (const ref of refs.slice()) {
    host.clearWeakref(ref);
    if (view.weakrefCallback(ref) === NULL) continue;
    if (isGarbage(ref)) continue;
    host.incref(ref);
    toCall(ref);
  }
}

/**
 * handle_weakrefs' second pass for one weakref: call its callback, then drop the reference
 * the first pass took. The caller sees whether the weakref died (CPython counts it collected).
 *
 * @example
 * ```ts
 * callWeakrefCallbackAndRelease(host, ref);
 * ```
 */
export function callWeakrefCallbackAndRelease(host: CollectorHost, ref: Handle): void {
  host.callWeakrefCallback(ref);
  host.decref(ref);
}

/**
 * finalize_garbage for one object: `__del__` runs if the type has one and it never ran.
 *
 * @example
 * ```ts
 * finalizeOnce(host, h); // true the first time for an object with __del__
 * ```
 */
export function finalizeOnce(host: CollectorHost, h: Handle): boolean {
  const view = host.heap;
  if ((view.objectFlags(h) & ObjectFlag.HasFinalizer) === 0 || view.isFinalized(h)) return false;
  return host.finalize(h);
}

/**
 * delete_garbage for one object: with DEBUG_SAVEALL append it to gc.garbage, else tp_clear it.
 *
 * @example
 * ```ts
 * deleteOne(host, h, collector.getDebug());
 * ```
 */
export function deleteOne(host: CollectorHost, h: Handle, debug: number): void {
  if ((debug & DebugFlag.SAVEALL) !== 0) host.appendGarbage(h);
  else if ((host.heap.objectFlags(h) & ObjectFlag.HasClear) !== 0) host.clear(h);
}

/**
 * The objects referenced from outside the heap, derived from refcounts: those whose refcount
 * exceeds the references other live objects hold to them (what a full CPython collection
 * computes as gc_refs > 0, over the whole heap). Tracing collectors use it when the host has
 * no `roots`.
 *
 * @example
 * ```ts
 * for (const r of externalRoots(host.heap)) mark(r);
 * ```
 */
export function externalRoots(view: CollectorHeapView): Handle[] {
  const internal = new Int32Array(view.capacity);
  view.forEachLive((h) => {
    const n = view.slotCount(h);
    for (let i = 0; i < n; i++) {
      const t = view.slot(h, i);
      if (t !== NULL) internal[t]!++;
    }
  });
  const roots: Handle[] = [];
  view.forEachLive((h) => {
    if (view.refcount(h) > internal[h]!) roots.push(h);
  });
  return roots;
}

/** What a disposal did. */
export interface DisposeResult {
  /** Objects freed by clearing plus weakrefs that died after their callback (CPython's `m`). */
  readonly collected: number;
  /** Objects kept because of legacy finalizers (CPython's `n`). */
  readonly uncollectable: number;
  /** Objects a finalizer brought back to life (with what they reference). */
  readonly resurrected: number;
  /** `__del__` calls made. */
  readonly finalized: number;
  /** Weakref callbacks called. */
  readonly callbacks: number;
}

/**
 * Runs gc_collect_main's steps after move_unreachable on an ordered array of garbage. A
 * collector that uses it forwards its `onFree` calls, so objects freed while Python code runs
 * are dropped from the set (their handles may be reused at once).
 */
export interface Disposer {
  /** Disposes of `garbage` (tracked objects nothing outside the set references), in its order. */
  dispose(garbage: readonly Handle[], debug?: number): DisposeResult;
  /** Call from the collector's `onFree`: forgets `h` if a disposal is running. */
  onFree(h: Handle): void;
  /**
   * Call from the collector's `onUntrack`: an object untracked during a disposal leaves the set,
   * as it leaves CPython's lists (a list or dict parked on its free list is untracked, never freed).
   */
  onUntrack(h: Handle): void;
}

const IN_SET = 1;
const FREED = 2;
const REACHED = 4;

/**
 * The garbage-disposal driver of the machinery library. Order of the steps (3.11): legacy
 * finalizers and all they reach become uncollectable; weakrefs to the rest are cleared and the
 * callbacks of live weakrefs run; `__del__` runs once per object; objects reachable again from
 * outside are spared; the rest are cleared (or saved with DEBUG_SAVEALL); legacy ones go to
 * gc.garbage.
 *
 * @example
 * ```ts
 * const disposer = createDisposer(host);
 * const { collected } = disposer.dispose(unreachableHandles);
 * ```
 */
export function createDisposer(host: CollectorHost): Disposer {
  let marks = new Uint8Array(0);
  let running = false;
  const freedDuring: Handle[] = [];
  const view = host.heap;
  const freed = (h: Handle): boolean => h < marks.length && (marks[h]! & FREED) !== 0;

  const ensure = (): void => {
    if (marks.length < view.capacity) {
      const m = new Uint8Array(Math.max(view.capacity, marks.length * 2));
      m.set(marks);
      marks = m;
    }
  };
  const has = (h: Handle): boolean => h >= 0 && h < marks.length && (marks[h]! & IN_SET) !== 0;

  function dispose(garbage: readonly Handle[], debug = 0): DisposeResult {
    ensure();
    running = true;
    try {
      for (const h of garbage) marks[h] = IN_SET;

      // move_legacy_finalizers + move_legacy_finalizer_reachable: the list grows while scanned.
      const finalizers: Handle[] = [];
      for (const h of garbage) {
        if ((view.objectFlags(h) & ObjectFlag.LegacyFinalizer) !== 0) {
          marks[h]! &= ~IN_SET;
          finalizers.push(h);
        }
      }
      for (let i = 0; i < finalizers.length; i++) {
        const h = finalizers[i]!;
        const n = view.slotCount(h);
        for (let k = 0; k < n; k++) {
          const t = view.slot(h, k);
          if (has(t)) {
            marks[t]! &= ~IN_SET;
            finalizers.push(t);
          }
        }
      }
      let set = garbage.filter(has);

      // handle_weakrefs: clear all first, then call the callbacks of live weakrefs.
      const toCall: Handle[] = [];
      for (const h of set) if (has(h)) clearWeakrefsOf(host, h, has, (r) => toCall.push(r));
      let collected = 0;
      for (const ref of toCall) {
        callWeakrefCallbackAndRelease(host, ref);
        if (freed(ref)) collected++;
      }

      // finalize_garbage: each __del__ once, in order.
      let finalized = 0;
      for (const h of set) if (has(h) && finalizeOnce(host, h)) finalized++;

      // handle_resurrected_objects: what is referenced from outside the set now survives.
      set = set.filter(has);
      const still = stillUnreachable(set);
      const resurrected = set.length - still.length;
      for (const h of set) if ((marks[h]! & REACHED) !== 0) marks[h]! &= ~(IN_SET | REACHED);

      // delete_garbage.
      collected += still.length;
      for (const h of still) if (has(h)) deleteOne(host, h, debug);

      // handle_legacy_finalizers.
      for (const h of finalizers) {
        if (freed(h)) continue;
        if ((debug & DebugFlag.SAVEALL) !== 0 || (view.objectFlags(h) & ObjectFlag.LegacyFinalizer) !== 0) {
          host.appendGarbage(h);
        }
      }
      for (const h of garbage) marks[h] = 0;
      for (const h of freedDuring) if (h < marks.length) marks[h] = 0;
      freedDuring.length = 0;
      return { collected, uncollectable: finalizers.length, resurrected, finalized, callbacks: toCall.length };
    } finally {
      running = false;
    }
  }

  // deduce_unreachable restricted to `set`: gc_refs = refcount - references from inside;
  // whatever is reached from an object with gc_refs > 0 is marked REACHED.
  function stillUnreachable(set: readonly Handle[]): Handle[] {
    const refs = new Map<Handle, number>();
    for (const h of set) refs.set(h, view.refcount(h));
    for (const h of set) {
      const n = view.slotCount(h);
      for (let k = 0; k < n; k++) {
        const t = view.slot(h, k);
        const r = refs.get(t);
        if (r !== undefined) refs.set(t, r - 1);
      }
    }
    const stack: Handle[] = [];
    for (const h of set) {
      if (refs.get(h)! > 0) {
        marks[h]! |= REACHED;
        stack.push(h);
      }
    }
    while (stack.length > 0) {
      const h = stack.pop()!;
      const n = view.slotCount(h);
      for (let k = 0; k < n; k++) {
        const t = view.slot(h, k);
        if (has(t) && (marks[t]! & REACHED) === 0) {
          marks[t]! |= REACHED;
          stack.push(t);
        }
      }
    }
    return set.filter((h) => (marks[h]! & REACHED) === 0);
  }

  const forget = (h: Handle): void => {
    if (!running) return;
    if (h >= marks.length) ensure();
    if (h < marks.length) {
      marks[h] = (marks[h]! & ~IN_SET) | FREED;
      freedDuring.push(h);
    }
  };
  return { dispose, onFree: forget, onUntrack: forget };
}
