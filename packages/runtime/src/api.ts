// The runtime's public shapes: the event union, the hooks a front end gives, the options of
// createRuntime and the mutator API (docs/CONTRACTS.md). The implementation is runtime.ts.
import type { Bus, CoreEvent, Unsequenced } from '@pymem/events';
import type {
  Handle, HeapClassSpec, HeapView, ObjectModelEvent, PayloadTable, TypeId, TypeInfo, TypeView,
} from '@pymem/object-model';
import type { RefcountView, RefcounterEvent } from '@pymem/refcounter';
import type { InternTableEvent, InternView } from '@pymem/intern-table';
import type {
  Collector, CollectorFactory, CollectorHost, CycleCollectorEvent, GcCallbackInfo, GenerationStats,
} from '@pymem/cycle-collector';
import type { PoolAllocatorEvent } from '@pymem/pool-allocator';
import type { Allocator } from './allocator.js';

/** Every event a runtime's bus carries. */
export type RuntimeEvent =
  | CoreEvent
  | ObjectModelEvent
  | RefcounterEvent
  | InternTableEvent
  | CycleCollectorEvent
  | PoolAllocatorEvent;

/**
 * What a front end (the interpreter) gives the runtime: where Python code runs. Hooks must not
 * throw: an exception raised by `__del__` or a weakref callback is reported by CPython as
 * "Exception ignored in ..." and the deallocation goes on, so a front end catches it inside the
 * hook and prints it there.
 */
export interface RuntimeHooks {
  /** Runs the Python `__del__` of `h`. The runtime calls it at most once per object. */
  finalize?(h: Handle): void;
  /** Calls `callback(ref)` for a weak reference whose target died. */
  weakrefCallback?(ref: Handle, callback: Handle): void;
  /** The object `h` is dead: drop the front end's data for it (the payload table entry is already gone). */
  payloadFreed?(h: Handle): void;
  /**
   * `gc.garbage.append(h)` when the front end owns `gc.garbage` as a Python list (it takes the
   * reference, e.g. with setSlot). Without this hook the runtime keeps `runtime.garbage`.
   */
  appendGarbage?(h: Handle): void;
  /** Calls every `gc.callbacks` entry (the host owns that list). */
  gcCallbacks?(phase: 'start' | 'stop', info: GcCallbackInfo): void;
  /** An exception is set in the thread: automatic collections do not run. */
  exceptionPending?(): boolean;
}

/** Options of {@link createRuntime}. */
export interface RuntimeOptions {
  /**
   * The allocator for object blocks and buffers. Default: `createPoolAllocator()` (pymalloc,
   * CPython 3.11's parameters) publishing its pool and arena events on the runtime's bus.
   * A function receives the bus's emit, for allocators that publish events.
   */
  readonly allocator?: Allocator | ((emit: (event: Unsequenced<PoolAllocatorEvent>) => void) => Allocator);
  /** The collector factory (default `createCPython311Collector`); `null` for none (`collect()` returns 0). */
  readonly collector?: CollectorFactory | null;
  readonly hooks?: RuntimeHooks;
  /** Check each mutator call and event against the state (default true); violations throw InvariantViolation. */
  readonly checks?: boolean;
  /** Create the static objects at start-up (default true). */
  readonly statics?: boolean;
  /** Keep every event in `runtime.log` (default false). */
  readonly record?: boolean;
}

/** What `allocate` needs beyond the type. */
export interface AllocInit {
  /**
   * Bytes of the object's own block, pre-header included. Default: from the payload for str
   * (a string), int (a number or bigint) and bytes (a Uint8Array), else basicSize + itemSize ×
   * items + pre-header.
   */
  readonly size?: number;
  /** Inline items of a variable-size object (tuple length, int digits, bytes length). Picks the tuple free list. */
  readonly items?: number;
  /** Number of reference slots, all NULL at first (default: `items` for tuples, else 0). */
  readonly slots?: number;
  /** Track right away (default: the type's tracking is `always`). */
  readonly track?: boolean;
  /** Take the object from its type's free list when possible (default true). */
  readonly freeList?: boolean;
  /** Front-end data kept in `runtime.payloads`. */
  readonly payload?: unknown;
}

/** The mutator API (docs/CONTRACTS.md). */
export interface Runtime {
  readonly bus: Bus<RuntimeEvent>;
  readonly heap: HeapView;
  readonly types: TypeView;
  readonly refcounts: RefcountView;
  /** Static objects, interned strings and free lists. */
  readonly internTable: InternView;
  readonly allocator: Allocator;
  /** The plugged collector, or undefined. */
  readonly collector: Collector | undefined;
  /** The collector's view of this runtime (also handy for tests of collectors). */
  readonly collectorHost: CollectorHost;
  readonly payloads: PayloadTable;
  /** Recorded events when `record` was set. */
  readonly log: RuntimeEvent[];
  /** `gc.garbage` when no front end owns it: handles with one reference each. */
  readonly garbage: readonly Handle[];
  /**
   * Bytes the program holds from the allocator: every live object's block (those parked on a
   * free list too, as their memory stays allocated) and every auxiliary buffer.
   */
  readonly bytesInUse: number;

  /**
   * Watches the simulated memory: after each new block or growth that leaves {@link bytesInUse}
   * above `limit`, calls `onOver` (a front end raises MemoryError at its next checkpoint).
   *
   * @example
   * ```ts
   * rt.watchMemory(512 * 2 ** 20, () => { overLimit = true; });
   * ```
   */
  watchMemory(limit: number, onOver: () => void): void;

  allocate(typeId: TypeId, init?: AllocInit): Handle;
  /** Registers a class (`class C: ...`); returns its type id. */
  registerClass(spec: HeapClassSpec): TypeId;
  /** Registers an extension module's static type with its probed layout (a `type.registered` event); returns its id. */
  registerType(info: Omit<TypeInfo, 'id'>): TypeId;
  track(h: Handle): void;
  untrack(h: Handle): void;
  incref(h: Handle): void;
  decref(h: Handle): void;
  /** Stores `target` in slot `index` of `owner`: increfs it (unless `steal`), then decrefs the old occupant. */
  setSlot(owner: Handle, index: number, target: Handle, steal?: boolean): void;
  /** Sets the number of slots; dropped slots are decref'd from the end after the resize. */
  resizeSlots(owner: Handle, count: number): void;
  /**
   * Makes the slots of `owner` exactly `targets` in one step (list.insert, pop, sort, slice
   * assignment: CPython's memmove plus the new and dropped references). Objects that gain
   * references are incref'd first; references no longer held are dropped from the end of the
   * old slots last. `stolen` lists handles in `targets` whose new reference the caller already
   * owns (no incref for one occurrence of each).
   */
  replaceSlots(owner: Handle, targets: readonly Handle[], stolen?: readonly Handle[]): void;
  /** Allocates, reallocs or (size 0) frees an auxiliary buffer of `owner`. */
  resizeBuffer(owner: Handle, buffer: string, newSize: number): void;
  /** Reallocs the object's own block (may change its id()). */
  setSize(h: Handle, size: number): void;
  /** `sys.intern`: returns a new reference to the interned string equal to `h`. */
  intern(h: Handle, text?: string): Handle;
  /** Compile-time interning: interns identifier-like strings, else returns a new reference to `h`. */
  internConstant(h: Handle, text?: string): Handle;
  /** A new weak reference to `target` (or the existing plain one when there is no callback). */
  newWeakref(target: Handle, callback?: Handle): Handle;
  /** The referent of a weak reference, NULL when dead (no new reference). */
  weakrefGet(ref: Handle): Handle;
  /** Empties every free list (a gen2 collection does this). */
  clearFreeLists(): void;
  collect(generation?: number): number;
  /** A stable hash of the whole event-sourced state (types, heap, refcounts, intern table). */
  digest(): string;
  /** Publishes a front-end marker (a statement, a line). */
  mark(label: string, line?: number, text?: string): void;

  getCount(): readonly number[];
  getThreshold(): readonly number[];
  setThreshold(...thresholds: number[]): void;
  enable(): void;
  disable(): void;
  isEnabled(): boolean;
  freeze(): void;
  unfreeze(): void;
  getFreezeCount(): number;
  getStats(): readonly GenerationStats[];
  getDebug(): number;
  setDebug(flags: number): void;
}
