// The heap as a collector sees it (`CollectorHeapView` of @pymem/cycle-collector), over the
// runtime's heap, refcounts and types. An instance of a heap class also refers to its class
// (subtype_traverse visits the type last), so that reference appears as one more slot. Lists and
// tuples are traversed from their last item, as list_traverse and tupletraverse do.
import type { CollectorHeapView } from '@pymem/cycle-collector';
import { ObjectFlag } from '@pymem/cycle-collector';
import { BuiltinType, NULL, type Handle, type HeapView, type TypeInfo, type TypeView } from '@pymem/object-model';
import type { RefcountView } from '@pymem/refcounter';

function flagsOf(t: TypeInfo): number {
  let f = 0;
  if (t.gc) f |= ObjectFlag.Gc;
  if (t.id === BuiltinType.tuple) f |= ObjectFlag.ExactTuple;
  if (t.id === BuiltinType.dict) f |= ObjectFlag.ExactDict;
  if (t.hasFinalizer) f |= ObjectFlag.HasFinalizer;
  if (t.id === BuiltinType.weakref) f |= ObjectFlag.Weakref;
  if (t.hasClear) f |= ObjectFlag.HasClear;
  if (t.weakrefable) f |= ObjectFlag.Weakrefable;
  return f;
}

/**
 * Adapts a runtime's components to the collector's read-only view.
 *
 * @example
 * ```ts
 * const view = createCollectorHeapView(rt.heap, rt.refcounts, rt.types);
 * view.objectFlags(h) & ObjectFlag.Gc; // non-zero for a list
 * ```
 */
export function createCollectorHeapView(heap: HeapView, refcounts: RefcountView, types: TypeView): CollectorHeapView {
  const flagCache: number[] = [];
  const typeFlags = (id: number): number => (flagCache[id] ??= flagsOf(types.get(id)));
  const typeObjectOf = (h: Handle): Handle => types.get(heap.typeOf(h)).typeObject;
  const reverseCache: boolean[] = [];
  const reverseTraverse = (id: number): boolean => (reverseCache[id] ??= types.get(id).releaseOrder === 'reverse');
  return {
    get capacity() {
      return heap.capacity;
    },
    isAlive: (h) => heap.isAlive(h),
    refcount: (h) => refcounts.refcount(h),
    objectFlags: (h) => typeFlags(heap.typeOf(h)),
    isTracked: (h) => heap.isTracked(h),
    isFinalized: (h) => heap.isFinalized(h),
    slotCount: (h) => heap.slotCount(h) + (typeObjectOf(h) !== NULL ? 1 : 0),
    slot: (h, i) => {
      const n = heap.slotCount(h);
      if (i >= n) return i === n ? typeObjectOf(h) : NULL;
      // list_traverse and tupletraverse visit their items from the end, as their deallocs release them
      return reverseTraverse(heap.typeOf(h)) ? heap.slot(h, n - 1 - i) : heap.slot(h, i);
    },
    weakrefsTo: (h) => heap.weakrefsTo(h),
    weakrefCallback: (ref) => heap.slot(ref, 0),
    forEachLive: (fn) => heap.forEachLive(fn),
  };
}
