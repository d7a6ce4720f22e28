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
  return {
    rt,
    staticObject: (key) => rt.internTable.cached(key),
    allocate: (typeId, init) => rt.allocate(typeId, init),
    incref,
    decref,
    setSlot: (o, i, t) => setSlot(o, i, t),
    putSlot: (o, i, t) => {
      if (t >= 0) setSlot(o, i, t, true);
    },
    relayout(owner, items) {
      for (const x of items) if (x >= 0) incref(x);
      resizeSlots(owner, 0);
      resizeSlots(owner, items.length);
      for (let i = 0; i < items.length; i++) if (items[i] >= 0) setSlot(owner, i, items[i], true);
    },
    resizeSlots,
    resizeBuffer: (o, b, n) => rt.resizeBuffer(o, b, n),
    refcount: (h) => refcounts.refcount(h),
    track: (h) => rt.track(h),
    untrack: (h) => rt.untrack(h),
    isTracked: (h) => heap.isTracked(h),
    address: (h) => heap.address(h),
    registerClass: (spec) => rt.registerClass(spec),
    intern: (h, text) => rt.intern(h, text),
  };
}

export { BuiltinType };
