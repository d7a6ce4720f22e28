// The seam between the interpreter and @pymem/runtime: the mutator calls the interpreter makes
// (CONTRACTS.md "The runtime's mutator API"), wrapped with the two helpers the interpreter
// needs on top: `putSlot` (store a reference the caller owns into an empty slot) and
// `relayout` (rearrange a container's references the way a memmove does, releasing the
// dropped ones from the end). Start with `createMem`.
import { BuiltinType, type TypeInfo } from '@pymem/object-model';
import type { Runtime } from '@pymem/runtime';

/** A simulated object (see CONTRACTS.md). */
export type Handle = number;

/** What the interpreter asks of the runtime. Every call emits its events before it returns. */
export interface Mem {
  readonly rt: Runtime;
  /** The handle of a static object (`int:5`, `None`, `str:a`, `tuple:`), never freed; -1 if none. */
  staticObject(key: string): Handle;
  allocate(typeId: number, init: { slots?: number; items?: number; size?: number; track?: boolean }): Handle;
  incref(h: Handle): void;
  decref(h: Handle): void;
  /** Stores a reference (increfs target, then decrefs the old one). */
  setSlot(owner: Handle, index: number, target: Handle): void;
  /** Moves a reference the caller owns into an EMPTY slot (no count changes). */
  putSlot(owner: Handle, index: number, target: Handle): void;
  /** Makes the slots exactly `items` (NULL allowed); references no longer held are released from the end. */
  relayout(owner: Handle, items: readonly Handle[]): void;
  resizeSlots(owner: Handle, count: number): void;
  resizeBuffer(owner: Handle, buffer: string, bytes: number): void;
  refcount(h: Handle): number;
  track(h: Handle): void;
  untrack(h: Handle): void;
  isTracked(h: Handle): boolean;
  /** `id(x)`. */
  address(h: Handle): number;
  /** Registers a heap class; its instances allocate with the returned type id. */
  registerClass(spec: { name: string; slots?: readonly string[]; hasFinalizer: boolean; typeObject: Handle; base?: TypeInfo; baseBasicSize?: number; baseHasDict?: boolean }): number;
  /** Interns a str (its text is passed along); returns a new reference to the interned one. */
  intern(h: Handle, text: string): Handle;
  /**
   * Makes instances of a class keep their instance dict in slot 0, ahead of the items (list, dict
   * and tuple subclasses: the dict pointer CPython keeps at tp_dictoffset). Every slot index the
   * other calls take for such an object is then an item index, one past the physical slot.
   */
  shiftItems(typeId: number): void;
  /** The instance dict of an object whose type has {@link Mem.shiftItems}, NULL if none yet; -2 for other objects. */
  itemsDict(owner: Handle): Handle;
  /** Moves a dict reference the caller owns into the (empty) dict slot of such an object. */
  putItemsDict(owner: Handle, d: Handle): void;
}

/**
 * Wraps a runtime as the interpreter's {@link Mem}.
 * @example
 * ```ts
 * const mem = createMem(createRuntime());
 * mem.staticObject('None'); // the None handle
 * ```
 */
export function createMem(rt: Runtime): Mem {
  // bound once: these run for every reference the program makes
  const setSlot = rt.setSlot.bind(rt);
  const incref = rt.incref.bind(rt);
  const decref = rt.decref.bind(rt);
  const resizeSlots = rt.resizeSlots.bind(rt);
  const refcounts = rt.refcounts;
  const heap = rt.heap;
  // type id -> 1 when its instances keep their dict in slot 0 (checked only once one exists)
  const shifted: number[] = [];
  let anyShifted = false;
  const off = (o: Handle): number => (anyShifted && shifted[heap.typeOf(o)] === 1 ? 1 : 0);
  return {
    rt,
    staticObject: (key) => rt.internTable.cached(key),
    allocate: (typeId, init) =>
      rt.allocate(typeId, anyShifted && shifted[typeId] === 1 ? { ...init, slots: (init.slots ?? 0) + 1 } : init),
    incref,
    decref,
    setSlot: (o, i, t) => setSlot(o, i + off(o), t),
    putSlot: (o, i, t) => {
      if (t >= 0) setSlot(o, i + off(o), t, true);
    },
    relayout(owner, items) {
      const k = off(owner);
      for (const x of items) if (x >= 0) incref(x);
      resizeSlots(owner, k);
      resizeSlots(owner, items.length + k);
      for (let i = 0; i < items.length; i++) if (items[i] >= 0) setSlot(owner, i + k, items[i], true);
    },
    resizeSlots: (o, n) => resizeSlots(o, n + off(o)),
    resizeBuffer: (o, b, n) => rt.resizeBuffer(o, b, n),
    refcount: (h) => refcounts.refcount(h),
    track: (h) => rt.track(h),
    untrack: (h) => rt.untrack(h),
    isTracked: (h) => heap.isTracked(h),
    address: (h) => heap.address(h),
    registerClass: (spec) => rt.registerClass(spec),
    intern: (h, text) => rt.intern(h, text),
    shiftItems(typeId) {
      shifted[typeId] = 1;
      anyShifted = true;
    },
    itemsDict: (o) => (off(o) === 1 ? heap.slot(o, 0) : -2),
    putItemsDict(o, d) {
      setSlot(o, 0, d, true);
    },
  };
}

export { BuiltinType };
