// A small in-memory CollectorHost for testing collectors before (and without) @pymem/runtime:
// objects with refcounts, reference slots, kinds (list, tuple, dict, instance, weakref, ...),
// Python-level `__del__` and weakref callbacks as JS functions, gc.garbage and gc.callbacks.
// It plays the runtime's part of CPython (Py_DECREF to zero runs the type's dealloc) in a
// simplified form: no trashcan, no free lists, no sizes. Start with `createTestHost`.
import type { Collector, CollectorHeapView, CollectorHost, GcCallbackInfo } from '../collector.js';
import { ObjectFlag } from '../collector.js';
import type { CycleCollectorEventInput } from '../events.js';
import { NULL, type Handle } from '../handle.js';

/** The kinds of object a test host can make, each with CPython's gc-relevant type traits. */
export type TestObjectKind =
  | 'list'
  | 'tuple'
  | 'dict'
  | 'set'
  | 'instance'
  | 'legacy'
  | 'function'
  | 'weakref'
  | 'int'
  | 'str';

const KIND_FLAGS: Record<TestObjectKind, number> = {
  list: ObjectFlag.Gc | ObjectFlag.HasClear,
  tuple: ObjectFlag.Gc | ObjectFlag.ExactTuple,
  dict: ObjectFlag.Gc | ObjectFlag.ExactDict | ObjectFlag.HasClear,
  set: ObjectFlag.Gc | ObjectFlag.HasClear | ObjectFlag.Weakrefable,
  instance: ObjectFlag.Gc | ObjectFlag.HasClear | ObjectFlag.Weakrefable,
  legacy: ObjectFlag.Gc | ObjectFlag.HasClear | ObjectFlag.Weakrefable | ObjectFlag.LegacyFinalizer,
  function: ObjectFlag.Gc | ObjectFlag.HasClear | ObjectFlag.Weakrefable,
  weakref: ObjectFlag.Gc | ObjectFlag.HasClear | ObjectFlag.Weakref,
  int: 0,
  str: 0,
};

/** Python code as a test writes it: a JS function run with the host. */
export type TestScript = (host: TestHost, self: Handle) => void;

/** Options of {@link TestHost.alloc}. */
export interface TestAllocOptions {
  /** `__del__` (instances only): makes the object have tp_finalize. */
  readonly del?: TestScript;
  /** Items stored at creation (a tuple's items, a list display, a dict's keys and values). */
  readonly items?: readonly Handle[];
  /** A label for logs (defaults to kind + handle). */
  readonly label?: string;
  /** Keep the new reference as a name (default true); false returns a temporary the caller must store or drop. */
  readonly named?: boolean;
}

/** A test host: the CollectorHost plus a mutator API shaped like small Python programs. */
export interface TestHost extends CollectorHost {
  readonly heap: CollectorHeapView;
  /** Plugs the collector in: the host calls its lifecycle methods from now on. */
  attach(collector: Collector): void;
  readonly collector: Collector;
  /** Allocates an object (refcount 1, held as a name unless `named: false`), tracks it as CPython does. */
  alloc(kind: TestObjectKind, options?: TestAllocOptions): Handle;
  /** A weak reference to `target`, with an optional callback (a function object). */
  weakref(target: Handle, callback?: TestScript, label?: string): Handle;
  /** `owner[index] = target`: increfs target, decrefs the old occupant; grows the slot list. */
  setSlot(owner: Handle, index: number, target: Handle): void;
  /** `owner.append(target)`. */
  append(owner: Handle, target: Handle): void;
  /** Another name for `h` (a new external reference). */
  name(h: Handle): void;
  /** `del name`: drops one external reference. */
  drop(h: Handle): void;
  /** External references (names, gc.garbage entries) to `h`. */
  externalRefs(h: Handle): number;
  /** What happened, in order: `del <label>`, `callback <label>`, `free <label>`, `cb start 2`. */
  readonly log: string[];
  /** Every event the collector emitted. */
  readonly events: CycleCollectorEventInput[];
  /** gc.garbage. */
  readonly garbage: Handle[];
  /** gc.callbacks. */
  readonly gcCallbacks: ((phase: 'start' | 'stop', info: GcCallbackInfo) => void)[];
  label(h: Handle): string;
  /** Number of `__del__` runs per handle's label. */
  readonly finalizeCalls: Map<string, number>;
  /** Times `clearFreeLists` was called. */
  readonly freeListClears: number;
  /** Throws unless every live refcount equals external references plus slot references to it. */
  checkRefcounts(): void;
  /** Live handles reachable from external references, through slots. */
  reachableFromRoots(): Set<Handle>;
  /** Handles alive now. */
  liveHandles(): Handle[];
}

class Host implements TestHost {
  collector!: Collector;
  readonly log: string[] = [];
  readonly events: CycleCollectorEventInput[] = [];
  readonly garbage: Handle[] = [];
  readonly gcCallbacks: ((phase: 'start' | 'stop', info: GcCallbackInfo) => void)[] = [];
  readonly finalizeCalls = new Map<string, number>();
  freeListClears = 0;

  private alive: boolean[] = [];
  private kind: TestObjectKind[] = [];
  private refcnt: number[] = [];
  private external: number[] = [];
  private slots: Handle[][] = [];
  private tracked: boolean[] = [];
  private finalized: boolean[] = [];
  private del: (TestScript | undefined)[] = [];
  private labels: string[] = [];
  private wrTarget: Handle[] = [];
  private wrList: Handle[][] = [];
  private scripts = new Map<Handle, TestScript>();
  private freeHandles: Handle[] = [];
  /** CPython's list free list (80 entries): parked lists are untracked, not alive, never passed to onFree. */
  private listFreeList: Handle[] = [];

  readonly heap: CollectorHeapView;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.heap = {
      get capacity() {
        return self.alive.length;
      },
      isAlive: (h) => this.alive[h] === true,
      refcount: (h) => this.refcnt[h] ?? 0,
      objectFlags: (h) => this.flagsOf(h),
      isTracked: (h) => this.tracked[h] === true,
      isFinalized: (h) => this.finalized[h] === true,
      slotCount: (h) => this.slots[h]?.length ?? 0,
      slot: (h, i) => this.slots[h]![i]!,
      weakrefsTo: (h) => this.wrList[h] ?? [],
      weakrefCallback: (ref) => (this.kind[ref] === 'weakref' ? (this.slots[ref]![0] ?? NULL) : NULL),
      forEachLive: (fn) => {
        for (let h = 0; h < this.alive.length; h++) if (this.alive[h]) fn(h);
      },
    };
  }

  private flagsOf(h: Handle): number {
    const k = this.kind[h];
    if (k === undefined) return 0;
    let f = KIND_FLAGS[k];
    if (this.del[h]) f |= ObjectFlag.HasFinalizer;
    return f;
  }

  attach(collector: Collector): void {
    this.collector = collector;
  }

  label(h: Handle): string {
    return this.labels[h] ?? `#${h}`;
  }

  // ---- the mutator side (what the runtime does for a Python program) -----------------------

  alloc(kind: TestObjectKind, options: TestAllocOptions = {}): Handle {
    const reused = kind === 'list' && this.listFreeList.length > 0;
    const h = reused ? this.listFreeList.pop()! : this.freeHandles.length > 0 ? this.freeHandles.pop()! : this.alive.length;
    this.alive[h] = true;
    this.kind[h] = kind;
    this.refcnt[h] = 1;
    this.external[h] = options.named === false ? 0 : 1;
    this.slots[h] = [];
    this.tracked[h] = false;
    this.finalized[h] = false;
    this.del[h] = options.del;
    this.labels[h] = options.label ?? `${kind}${h}`;
    this.wrTarget[h] = NULL;
    this.wrList[h] = [];
    const gc = (KIND_FLAGS[kind] & ObjectFlag.Gc) !== 0;
    if (gc && !reused) this.collector.onAllocate(h);
    for (const item of options.items ?? []) {
      this.incref(item);
      this.slots[h]!.push(item);
    }
    if (gc && (kind !== 'dict' || this.slots[h]!.some((t) => this.mayBeTracked(t)))) this.track(h);
    if (options.named === false) {
      // A temporary: the caller's reference is the refcount 1 with no external holder.
      this.external[h] = 0;
    }
    return h;
  }

  weakref(target: Handle, callback?: TestScript, label?: string): Handle {
    let cb = NULL;
    if (callback) {
      cb = this.alloc('function', { label: `${label ?? 'wr'}.callback`, named: false });
      this.scripts.set(cb, callback);
    }
    const ref = this.alloc('weakref', { label });
    if (cb !== NULL) {
      this.slots[ref]!.push(cb); // the weakref owns the temporary's reference
    }
    this.wrTarget[ref] = target;
    this.wrList[target]!.unshift(ref);
    return ref;
  }

  private mayBeTracked(t: Handle): boolean {
    if (t === NULL) return false;
    const f = this.flagsOf(t);
    if ((f & ObjectFlag.Gc) === 0) return false;
    return (f & ObjectFlag.ExactTuple) === 0 || this.tracked[t] === true;
  }

  private track(h: Handle): void {
    this.tracked[h] = true;
    this.collector.onTrack(h);
  }

  setSlot(owner: Handle, index: number, target: Handle): void {
    const s = this.slots[owner]!;
    if (target !== NULL) this.incref(target);
    while (s.length <= index) s.push(NULL);
    const old = s[index]!;
    s[index] = target;
    if (this.kind[owner] === 'dict' && !this.tracked[owner] && this.mayBeTracked(target)) this.track(owner);
    if (old !== NULL) this.decref(old);
  }

  append(owner: Handle, target: Handle): void {
    this.setSlot(owner, this.slots[owner]!.length, target);
  }

  name(h: Handle): void {
    this.external[h]!++;
    this.incref(h);
  }

  drop(h: Handle): void {
    if (!this.alive[h] || this.external[h]! <= 0) throw new Error(`drop: ${this.label(h)} has no name to drop`);
    this.external[h]!--;
    this.decref(h);
  }

  externalRefs(h: Handle): number {
    return this.external[h] ?? 0;
  }

  // ---- services the collector calls --------------------------------------------------------

  incref(h: Handle): void {
    if (!this.alive[h]) throw new Error(`incref of dead object ${h}`);
    this.refcnt[h]!++;
  }

  decref(h: Handle): void {
    if (!this.alive[h]) throw new Error(`decref of dead object ${h}`);
    const r = --this.refcnt[h]!;
    if (r < 0) throw new Error(`negative refcount on ${this.label(h)}`);
    if (r === 0) this.dealloc(h);
    else if ((this.flagsOf(h) & ObjectFlag.Gc) !== 0) this.collector.onDecref?.(h);
  }

  /** The type's tp_dealloc, CPython's order for instances: __del__, untrack, weakrefs, slots, free. */
  private dealloc(h: Handle): void {
    if (this.del[h] && !this.finalized[h]) {
      // PyObject_CallFinalizerFromDealloc: temporarily resurrect, run __del__, see if it stuck.
      this.refcnt[h] = 1;
      this.runDel(h);
      if (--this.refcnt[h]! > 0) return;
    }
    if (this.tracked[h]) {
      this.tracked[h] = false;
      this.collector.onUntrack(h);
    }
    if (this.kind[h] === 'weakref') this.unlinkWeakref(h);
    const refs = this.wrList[h]!;
    while (refs.length > 0) {
      const ref = refs[0]!;
      this.unlinkWeakref(ref);
      const cb = this.slots[ref]![0] ?? NULL;
      if (cb !== NULL) {
        this.incref(ref);
        this.callWeakrefCallback(ref);
        this.decref(ref);
      }
    }
    const items = this.slots[h]!;
    this.slots[h] = [];
    const order = this.kind[h] === 'list' || this.kind[h] === 'tuple' ? [...items].reverse() : items;
    for (const t of order) if (t !== NULL) this.decref(t);
    this.alive[h] = false;
    this.log.push(`free ${this.label(h)}`);
    this.scripts.delete(h);
    if (this.kind[h] === 'list' && this.listFreeList.length < 80) {
      this.listFreeList.push(h); // list_dealloc: to the free list, no PyObject_GC_Del
      return;
    }
    const gc = (this.flagsOf(h) & ObjectFlag.Gc) !== 0;
    this.kind[h] = 'int';
    this.del[h] = undefined;
    if (gc) this.collector.onFree(h);
    this.freeHandles.push(h);
  }

  private unlinkWeakref(ref: Handle): void {
    const t = this.wrTarget[ref]!;
    if (t === NULL) return;
    const list = this.wrList[t]!;
    const i = list.indexOf(ref);
    if (i >= 0) list.splice(i, 1);
    this.wrTarget[ref] = NULL;
  }

  private runDel(h: Handle): void {
    this.finalized[h] = true;
    const label = this.label(h);
    this.finalizeCalls.set(label, (this.finalizeCalls.get(label) ?? 0) + 1);
    this.log.push(`del ${label}`);
    this.del[h]!(this, h);
  }

  finalize(h: Handle): boolean {
    if (!this.del[h] || this.finalized[h]) return false;
    this.incref(h);
    this.runDel(h);
    this.decref(h);
    return true;
  }

  clear(h: Handle): void {
    if ((this.flagsOf(h) & ObjectFlag.HasClear) === 0) return;
    this.incref(h);
    const items = this.slots[h]!;
    this.slots[h] = [];
    const order = this.kind[h] === 'list' ? [...items].reverse() : items;
    for (const t of order) if (t !== NULL) this.decref(t);
    this.decref(h);
  }

  clearWeakref(ref: Handle): void {
    this.unlinkWeakref(ref);
  }

  callWeakrefCallback(ref: Handle): void {
    const cb = this.slots[ref]![0] ?? NULL;
    if (cb === NULL) return;
    this.log.push(`callback ${this.label(ref)}`);
    this.scripts.get(cb)?.(this, ref);
  }

  untrack(h: Handle): void {
    this.tracked[h] = false;
  }

  appendGarbage(h: Handle): void {
    this.garbage.push(h);
    this.name(h);
  }

  runCallbacks(phase: 'start' | 'stop', info: GcCallbackInfo): void {
    for (const cb of [...this.gcCallbacks]) cb(phase, info);
  }

  clearFreeLists(): void {
    this.freeListClears++;
    for (const h of this.listFreeList.splice(0)) {
      this.kind[h] = 'int';
      this.collector.onFree(h);
      this.freeHandles.push(h);
    }
  }

  emit(event: CycleCollectorEventInput): void {
    this.events.push(event);
  }

  roots(visit: (h: Handle) => void): void {
    for (let h = 0; h < this.alive.length; h++) if (this.alive[h] && this.external[h]! > 0) visit(h);
  }

  // ---- checks --------------------------------------------------------------------------------

  liveHandles(): Handle[] {
    const out: Handle[] = [];
    this.heap.forEachLive((h) => out.push(h));
    return out;
  }

  checkRefcounts(): void {
    const expected = new Map<Handle, number>();
    for (const h of this.liveHandles()) {
      expected.set(h, (expected.get(h) ?? 0) + this.external[h]!);
      for (const t of this.slots[h]!) {
        if (t === NULL) continue;
        if (!this.alive[t]) throw new Error(`${this.label(h)} refers to freed object ${t}`);
        expected.set(t, (expected.get(t) ?? 0) + 1);
      }
    }
    for (const h of this.liveHandles()) {
      if (this.refcnt[h] !== expected.get(h)) {
        throw new Error(`refcount of ${this.label(h)} is ${this.refcnt[h]} but ${expected.get(h)} references exist`);
      }
    }
  }

  reachableFromRoots(): Set<Handle> {
    const seen = new Set<Handle>();
    const stack: Handle[] = [];
    this.roots((h) => {
      seen.add(h);
      stack.push(h);
    });
    while (stack.length > 0) {
      const h = stack.pop()!;
      for (const t of this.slots[h]!) {
        if (t !== NULL && !seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
      }
    }
    return seen;
  }
}

/**
 * Creates a test host. Attach a collector before allocating.
 *
 * @example
 * ```ts
 * const host = createTestHost();
 * host.attach(createCPython311Collector(host));
 * const a = host.alloc('list');
 * host.append(a, a);        // a self-referencing list
 * host.drop(a);             // del a
 * host.collector.collect(); // 1
 * ```
 */
export function createTestHost(): TestHost {
  return new Host();
}
