// The CPython 3.11 runtime: one bus, and the components that apply its events (types, heap,
// refcounts, intern table), plus an allocator and a collector that it calls. Every mutator
// call decides from current state, publishes the decision as events, and returns when the
// state is complete. Deallocation mirrors `_Py_Dealloc` and the tp_dealloc of each type
// (list_dealloc, tupledealloc, dict_dealloc, subtype_dealloc, weakref_dealloc) including
// Py_TRASHCAN_BEGIN/END (Objects/object.c `_PyTrash_begin`, `_PyTrash_thread_destroy_chain`).
// Start at `decref`, then `dealloc`.
import { createBus, type Bus, type Unsequenced } from '@pymem/events';
import {
  BuiltinType, InvariantViolation, NULL, createHasher, createHeap, createPayloadTable, createTypeRegistry, heapClassInfo,
  sizeofBytes, sizeofInt, sizeofStrValue, typePreHeaderSize, type Handle, type HeapClassSpec, type InvariantKind,
  type PayloadTable, type TypeId, type TypeInfo, type TypeRegistry,
} from '@pymem/object-model';
import { createRefcounter } from '@pymem/refcounter';
import {
  DICT_KEYS_FREE_LIST_SIZE, FREE_LIST_LIMITS, TUPLE_FREE_LIST_BUCKETS, createInternTable, isIdentifierLike,
  type FreeListName,
} from '@pymem/intern-table';
import {
  createCPython311Collector, type Collector, type CollectorHost, type GenerationStats,
} from '@pymem/cycle-collector';
import { createPoolAllocator, type PoolAllocatorEvent } from '@pymem/pool-allocator';
import type { Allocator } from './allocator.js';
import { createCollectorHeapView } from './collectorView.js';
import type { AllocInit, Runtime, RuntimeEvent, RuntimeHooks, RuntimeOptions } from './api.js';
import { STATIC_BASE, staticSpecs } from './statics.js';

function defaultSize(t: TypeInfo, items: number, pre: number, payload: unknown): number {
  if (t.id === BuiltinType.str && typeof payload === 'string') return sizeofStrValue(payload);
  if (t.id === BuiltinType.int && (typeof payload === 'bigint' || typeof payload === 'number')) return sizeofInt(payload);
  if (t.id === BuiltinType.bytes && payload instanceof Uint8Array) return sizeofBytes(payload.length);
  return t.basicSize + t.itemSize * items + pre;
}

/**
 * CPython's `_PyTrash_UNWIND_LEVEL`: container deallocs nested deeper than this are deferred.
 *
 * @example
 * ```ts
 * TRASHCAN_UNWIND_LEVEL; // 50
 * ```
 */
export const TRASHCAN_UNWIND_LEVEL = 50;

class CPythonRuntime implements Runtime {
  readonly bus: Bus<RuntimeEvent>;
  readonly types: TypeRegistry;
  readonly heap;
  readonly refcounts;
  readonly internTable;
  readonly allocator: Allocator;
  readonly collector: Collector | undefined;
  readonly collectorHost: CollectorHost;
  /** The collector's optional onDecref hook, bound once (undefined when it has none). */
  private readonly onDecref: ((h: Handle) => void) | undefined;
  readonly payloads: PayloadTable = createPayloadTable();
  readonly log: RuntimeEvent[] = [];
  readonly garbage: Handle[] = [];
  private readonly hooks: RuntimeHooks;
  private readonly checks: boolean;
  private trashNesting = 0;
  private readonly trashLater: Handle[] = [];
  private staticTop = STATIC_BASE;
  bytesInUse = 0;
  private memoryLimit = Infinity;
  private onMemoryOver: (() => void) | undefined;

  constructor(options: RuntimeOptions) {
    this.checks = options.checks ?? true;
    this.hooks = options.hooks ?? {};
    this.bus = createBus<RuntimeEvent>();
    this.types = createTypeRegistry();
    this.heap = createHeap(this.types, { checks: this.checks });
    this.refcounts = createRefcounter({ checks: this.checks });
    this.internTable = createInternTable();
    const emitAllocatorEvent = (event: Unsequenced<PoolAllocatorEvent>): void => {
      this.bus.emit(event);
    };
    const allocator = options.allocator;
    this.allocator =
      allocator === undefined
        ? createPoolAllocator({}, { emit: emitAllocatorEvent })
        : typeof allocator === 'function'
          ? allocator(emitAllocatorEvent)
          : allocator;
    const types = this.types;
    const heap = this.heap;
    const refcounts = this.refcounts;
    const intern = this.internTable;
    // One read of the type picks the components an event concerns: the counts-only events (the
    // bulk of a run) skip the heap, types and intern table, whose apply ignores them anyway.
    this.bus.subscribe((e) => {
      switch (e.type) {
        case 'ref.increfed':
        case 'ref.decrefed':
        case 'refcount.reachedZero':
          refcounts.apply(e);
          return;
        case 'slot.stored':
        case 'slots.resized':
        case 'slots.replaced':
        case 'object.tracked':
        case 'object.untracked':
          heap.apply(e);
          return;
        default:
          types.apply(e as never);
          heap.apply(e);
          refcounts.apply(e);
          intern.apply(e);
      }
    });
    if (options.record === true) this.bus.subscribe((e) => this.log.push(e));
    this.collectorHost = this.makeHost();
    const factory = options.collector === undefined ? createCPython311Collector : options.collector;
    this.collector = factory === null ? undefined : factory(this.collectorHost);
    const collector = this.collector;
    // Collector.onDecref (optional): a tracked object's count went down and stayed above zero
    this.onDecref = collector?.onDecref ? (h) => collector.onDecref!(h) : undefined;
    if (options.statics ?? true) this.createStatics();
  }

  private emit(event: Unsequenced<RuntimeEvent>): void {
    // Events are built with `seq: 0` in place, so the bus overwrites a field instead of adding
    // one (adding a property to each event shape made that store the hottest line of a free).
    this.bus.emit(event);
  }

  private violation(kind: InvariantKind, h: Handle, detail: string): InvariantViolation {
    return new InvariantViolation(kind, this.bus.nextSeq, h, detail);
  }

  private needAlive(h: Handle, what: string): void {
    if (!this.heap.isAlive(h)) {
      throw this.violation(h >= 0 && h < this.heap.capacity ? 'useAfterFree' : 'unknownObject', h, `${what} of an object that is not alive`);
    }
  }

  private createStatics(): void {
    for (const spec of staticSpecs()) {
      const h = this.heap.nextHandle();
      const t = this.types.get(spec.typeId);
      const pre = typePreHeaderSize(t);
      this.emit({
        seq: 0, type: 'object.allocated', handle: h, typeId: spec.typeId, size: spec.size, address: this.staticTop + pre,
        gc: t.gc, fromFreeList: null, static: true,
      });
      this.staticTop += (spec.size + 15) & ~15;
      this.emit({ seq: 0, type: 'intern.cached', handle: h, key: spec.key });
    }
  }

  // ---- allocation ----

  /**
   * Registers a static type of an extension module (collections.deque, itertools.count...) with
   * its probed layout; instances allocate with the returned id.
   */
  registerType(info: Omit<TypeInfo, 'id'>): TypeId {
    const full: TypeInfo = { ...info, id: this.types.nextId };
    this.emit({ seq: 0, type: 'type.registered', info: full });
    return full.id;
  }

  registerClass(spec: HeapClassSpec): TypeId {
    const info = heapClassInfo(this.types.nextId, spec);
    this.emit({ seq: 0, type: 'type.registered', info });
    return info.id;
  }

  allocate(typeId: TypeId, init: AllocInit = {}): Handle {
    const t = this.types.get(typeId);
    const items = init.items ?? 0;
    const slots = init.slots ?? (typeId === BuiltinType.tuple ? items : 0);
    let h: Handle = NULL;
    const kind = init.freeList === false ? null : t.freeList;
    const bucket = kind === 'tuple' ? items : undefined;
    if (kind !== null && (kind !== 'tuple' || (items >= 1 && items <= TUPLE_FREE_LIST_BUCKETS))) {
      const top = this.internTable.freeListTop(kind, bucket);
      if (top >= 0) {
        h = top;
        if (this.direct()) {
          const seq = this.bus.takeSeq();
          this.heap.applyAllocated(seq, h, typeId, this.heap.size(h), this.heap.address(h), true, false);
          this.refcounts.applyAllocated(seq, h);
          this.internTable.applyFreeListObject(seq, kind, bucket, h, true);
        } else {
          const e: Unsequenced<RuntimeEvent> = {
            type: 'object.allocated', handle: h, typeId, size: this.heap.size(h), address: this.heap.address(h),
            gc: t.gc, fromFreeList: kind,
          };
          if (bucket !== undefined) (e as { bucket?: number }).bucket = bucket;
          this.emit(e);
        }
      }
    }
    if (h === NULL) {
      const pre = typePreHeaderSize(t);
      const size = init.size ?? defaultSize(t, items, pre, init.payload);
      const block = this.allocator.malloc(size);
      if ((this.bytesInUse += size) > this.memoryLimit) this.onMemoryOver?.();
      h = this.heap.nextHandle();
      if (this.direct()) {
        const seq = this.bus.takeSeq();
        this.heap.applyAllocated(seq, h, typeId, size, block + pre, false, false);
        this.refcounts.applyAllocated(seq, h);
      } else {
        this.emit({ seq: 0, type: 'object.allocated', handle: h, typeId, size, address: block + pre, gc: t.gc, fromFreeList: null });
      }
      // _PyObject_GC_Link: count0 += 1, and maybe a whole collection, before the object is initialised.
      if (t.gc) this.collector?.onAllocate(h);
      if (t.typeObject !== NULL) this.incref(t.typeObject);
    }
    if (slots > 0) {
      if (this.direct()) this.heap.applySlotsResized(this.bus.takeSeq(), h, slots);
      else this.emit({ seq: 0, type: 'slots.resized', owner: h, count: slots });
    }
    if (init.payload !== undefined) this.payloads.set(h, init.payload);
    if (init.track ?? t.tracking === 'always') this.track(h);
    return h;
  }

  track(h: Handle): void {
    if (this.checks) this.needAlive(h, 'track');
    if (this.heap.isTracked(h) || !this.heap.typeInfo(h).gc) return;
    if (this.direct()) this.heap.applyTracked(this.bus.takeSeq(), h, true);
    else this.emit({ seq: 0, type: 'object.tracked', handle: h });
    this.collector?.onTrack(h);
  }

  untrack(h: Handle): void {
    if (this.checks) this.needAlive(h, 'untrack');
    if (!this.heap.isTracked(h)) return;
    if (this.direct()) this.heap.applyTracked(this.bus.takeSeq(), h, false);
    else this.emit({ seq: 0, type: 'object.untracked', handle: h });
    this.collector?.onUntrack(h);
  }

  // ---- counts and references ----

  /**
   * True when the components' handler is the bus's only subscriber and nothing is being
   * delivered: a counts-only event is then applied to the refcounter directly, with the seq it
   * would have had, instead of being built and delivered (no other handler exists to see it).
   */
  private direct(): boolean {
    const bus = this.bus;
    return bus.subscriberCount === 1 && !bus.delivering;
  }

  incref(h: Handle): void {
    if (this.checks) this.needAlive(h, 'incref');
    const n = this.refcounts.refcount(h) + 1;
    if (this.direct()) this.refcounts.applyIncref(this.bus.takeSeq(), h, n);
    else this.emit({ seq: 0, type: 'ref.increfed', handle: h, refcount: n });
  }

  decref(h: Handle): void {
    if (this.checks) {
      this.needAlive(h, 'decref');
      if (this.refcounts.refcount(h) <= 0) throw this.violation('negativeRefcount', h, 'decref of an object whose count is 0');
    }
    const n = this.refcounts.refcount(h) - 1;
    if (this.direct()) {
      this.refcounts.applyDecref(this.bus.takeSeq(), h, n);
      if (n !== 0) {
        if (this.onDecref !== undefined && this.heap.isTracked(h)) this.onDecref(h);
        return;
      }
      this.refcounts.applyReachedZero(this.bus.takeSeq(), h);
      this.dealloc(h);
      return;
    }
    this.emit({ seq: 0, type: 'ref.decrefed', handle: h, refcount: n });
    if (n === 0) {
      this.emit({ seq: 0, type: 'refcount.reachedZero', handle: h });
      this.dealloc(h);
    } else if (this.onDecref !== undefined && this.heap.isTracked(h)) {
      this.onDecref(h);
    }
  }

  setSlot(owner: Handle, index: number, target: Handle, steal = false): void {
    if (this.checks) {
      this.needAlive(owner, 'setSlot owner');
      if (target !== NULL) this.needAlive(target, 'setSlot target');
      if (index < 0 || index >= this.heap.slotCount(owner)) {
        throw this.violation('badEvent', owner, `slot ${index} out of range (the object has ${this.heap.slotCount(owner)})`);
      }
    }
    const old = this.heap.slot(owner, index);
    if (target !== NULL && !steal) this.incref(target);
    if (this.direct()) this.heap.applySlotStored(this.bus.takeSeq(), owner, index, target);
    else this.emit({ seq: 0, type: 'slot.stored', owner, index, target });
    // MAINTAIN_TRACKING (dict): the first reference that may be tracked tracks the container.
    if (target !== NULL && !this.heap.isTracked(owner) && this.heap.typeInfo(owner).tracking === 'lazy' && this.mayBeTracked(target)) {
      this.track(owner);
    }
    if (old !== NULL) this.decref(old);
  }

  /** `_PyObject_GC_MAY_BE_TRACKED`: a GC object, except an untracked exact tuple. */
  private mayBeTracked(h: Handle): boolean {
    const t = this.heap.typeInfo(h);
    if (!t.gc) return false;
    if (t.id === BuiltinType.tuple) return this.heap.isTracked(h);
    return true;
  }

  resizeSlots(owner: Handle, count: number): void {
    if (this.checks) {
      this.needAlive(owner, 'resizeSlots');
      if (!Number.isInteger(count) || count < 0) throw this.violation('badEvent', owner, `slot count ${count}`);
    }
    const old = this.heap.slotCount(owner);
    if (count === old) return;
    if (count > old) {
      if (this.direct()) this.heap.applySlotsResized(this.bus.takeSeq(), owner, count);
      else this.emit({ seq: 0, type: 'slots.resized', owner, count });
      return;
    }
    const dropped: Handle[] = [];
    for (let i = count; i < old; i++) dropped.push(this.heap.slot(owner, i));
    if (this.direct()) this.heap.applySlotsResized(this.bus.takeSeq(), owner, count);
    else this.emit({ seq: 0, type: 'slots.resized', owner, count });
    for (let i = dropped.length - 1; i >= 0; i--) if (dropped[i] !== NULL) this.decref(dropped[i]!);
  }

  replaceSlots(owner: Handle, targets: readonly Handle[], stolen: readonly Handle[] = []): void {
    if (this.checks) {
      this.needAlive(owner, 'replaceSlots owner');
      for (const t of targets) if (t !== NULL) this.needAlive(t, 'replaceSlots target');
    }
    const n = this.heap.slotCount(owner);
    const old: Handle[] = new Array<Handle>(n);
    const delta = new Map<Handle, number>();
    for (let i = 0; i < n; i++) {
      const t = this.heap.slot(owner, i);
      old[i] = t;
      if (t !== NULL) delta.set(t, (delta.get(t) ?? 0) - 1);
    }
    for (const t of targets) if (t !== NULL) delta.set(t, (delta.get(t) ?? 0) + 1);
    for (const t of stolen) if (t !== NULL) delta.set(t, (delta.get(t) ?? 0) - 1);
    const increfed = new Set<Handle>();
    for (const t of targets) {
      if (t === NULL || increfed.has(t)) continue;
      increfed.add(t);
      for (let k = delta.get(t) ?? 0; k > 0; k--) this.incref(t);
    }
    this.emit({ seq: 0, type: 'slots.replaced', owner, targets: [...targets] });
    if (!this.heap.isTracked(owner) && this.heap.typeInfo(owner).tracking === 'lazy') {
      for (const t of targets) {
        if (t !== NULL && this.mayBeTracked(t)) {
          this.track(owner);
          break;
        }
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      const t = old[i]!;
      if (t === NULL) continue;
      const d = delta.get(t)!;
      if (d < 0) {
        delta.set(t, d + 1);
        this.decref(t);
      }
    }
    // A stolen reference the slots do not keep is the caller's to drop: it is released here.
    for (const [t, d] of delta) for (let k = d; k < 0; k++) this.decref(t);
  }

  resizeBuffer(owner: Handle, buffer: string, newSize: number): void {
    if (this.checks) {
      this.needAlive(owner, 'resizeBuffer');
      if (!Number.isInteger(newSize) || newSize < 0) throw this.violation('badEvent', owner, `buffer size ${newSize}`);
    }
    const oldSize = this.heap.bufferSize(owner, buffer);
    const oldAddress = this.heap.bufferAddress(owner, buffer);
    if (oldSize === newSize) return;
    if (buffer === 'keys' && (oldSize === DICT_KEYS_FREE_LIST_SIZE || newSize === DICT_KEYS_FREE_LIST_SIZE)) {
      // dictresize / new_keys_object always make a new keys object; the 8-slot str-key ones
      // come from and go to the keys free list (dictobject.c free_keys_object).
      if (oldSize > 0) this.releaseBuffer(owner, buffer, oldSize, oldAddress);
      if (newSize > 0) {
        const top = this.internTable.freeListTop('dictKeys');
        if (newSize === DICT_KEYS_FREE_LIST_SIZE && top >= 0) {
          this.bufferResized(owner, buffer, 0, newSize, 0, top, true);
        } else {
          const address = this.allocator.malloc(newSize);
          this.grew(newSize);
          this.bufferResized(owner, buffer, 0, newSize, 0, address, false);
        }
      }
      return;
    }
    if (newSize === 0) return this.releaseBuffer(owner, buffer, oldSize, oldAddress);
    const newAddress = oldSize === 0 ? this.allocator.malloc(newSize) : this.allocator.realloc(oldAddress, newSize);
    this.grew(newSize - oldSize);
    this.bufferResized(owner, buffer, oldSize, newSize, oldAddress, newAddress, false);
  }

  /** Counts `delta` bytes more in use; tells the memory watch when that passes its limit. */
  private grew(delta: number): void {
    if ((this.bytesInUse += delta) > this.memoryLimit && delta > 0) this.onMemoryOver?.();
  }

  watchMemory(limit: number, onOver: () => void): void {
    this.memoryLimit = limit;
    this.onMemoryOver = onOver;
  }

  /** Publishes `object.bufferResized` (applied directly when the components are the only subscriber). */
  private bufferResized(
    owner: Handle, buffer: string, oldSize: number, newSize: number, oldAddress: number, newAddress: number, keysFreeList: boolean,
  ): void {
    if (this.direct()) {
      const seq = this.bus.takeSeq();
      this.heap.applyBufferResized(seq, owner, buffer, newSize, newAddress);
      if (keysFreeList) this.internTable.applyFreeListKeys(seq, oldAddress, newSize, newAddress);
      return;
    }
    const e: Unsequenced<RuntimeEvent> = { seq: 0, type: 'object.bufferResized', handle: owner, buffer, oldSize, newSize, oldAddress, newAddress };
    if (keysFreeList) (e as { freeList?: 'dictKeys' }).freeList = 'dictKeys';
    this.emit(e);
  }

  private releaseBuffer(owner: Handle, buffer: string, size: number, address: number): void {
    if (buffer === 'keys' && size === DICT_KEYS_FREE_LIST_SIZE && this.internTable.freeListHasRoom('dictKeys')) {
      this.bufferResized(owner, buffer, size, 0, address, 0, true);
      return;
    }
    this.bufferResized(owner, buffer, size, 0, address, 0, false);
    this.allocator.free(address);
    this.bytesInUse -= size;
  }

  setSize(h: Handle, size: number): void {
    if (this.checks) this.needAlive(h, 'setSize');
    const oldSize = this.heap.size(h);
    if (size === oldSize) return;
    const pre = typePreHeaderSize(this.heap.typeInfo(h));
    const oldAddress = this.heap.address(h);
    const newAddress = this.allocator.realloc(oldAddress - pre, size) + pre;
    this.grew(size - oldSize);
    this.emit({ seq: 0, type: 'object.resized', handle: h, oldSize, newSize: size, oldAddress, newAddress });
  }

  // ---- interning ----

  private textOf(h: Handle, text: string | undefined): string {
    const t = text ?? this.payloads.get(h);
    if (typeof t !== 'string') throw new TypeError(`intern: object ${h} has no text (pass it, or set its payload to a string)`);
    return t;
  }

  intern(h: Handle, text?: string): Handle {
    if (this.checks) this.needAlive(h, 'intern');
    if (this.heap.typeOf(h) !== BuiltinType.str) throw new TypeError(`intern() argument must be str, not ${this.heap.typeInfo(h).name}`);
    const s = this.textOf(h, text);
    const existing = this.internTable.lookup(s);
    if (existing >= 0) {
      this.incref(existing);
      return existing;
    }
    // 3.11 PyUnicode_InternInPlace: the table's two references are taken back (mortal interned strings).
    this.emit({ seq: 0, type: 'intern.added', handle: h, text: s });
    this.incref(h);
    return h;
  }

  internConstant(h: Handle, text?: string): Handle {
    const s = this.textOf(h, text);
    if (isIdentifierLike(s)) return this.intern(h, s);
    this.incref(h);
    return h;
  }

  // ---- weak references ----

  newWeakref(target: Handle, callback: Handle = NULL): Handle {
    if (this.checks) {
      this.needAlive(target, 'weakref target');
      if (callback !== NULL) this.needAlive(callback, 'weakref callback');
    }
    const t = this.heap.typeInfo(target);
    if (!t.weakrefable) throw new TypeError(`cannot create weak reference to '${t.name}' object`);
    // get_basic_refs: a callback-less ref sits at the head of the list and is shared.
    const head = this.heap.weakrefsTo(target)[0] ?? NULL;
    const basic = head !== NULL && this.heap.slot(head, 0) === NULL ? head : NULL;
    if (callback === NULL && basic !== NULL) {
      this.incref(basic);
      return basic;
    }
    const ref = this.allocate(BuiltinType.weakref, { slots: 1, track: false });
    if (callback !== NULL) this.setSlot(ref, 0, callback);
    this.emit({ seq: 0, type: 'weakref.created', ref, target, after: callback === NULL ? NULL : basic });
    this.track(ref);
    return ref;
  }

  weakrefGet(ref: Handle): Handle {
    return this.heap.weakrefTarget(ref);
  }

  /**
   * PyObject_ClearWeakRefs (refcount death): every weakref to `h` is cleared, then the
   * callbacks run in list order (newest callback first). With more than one weakref, CPython
   * holds them in a fresh tuple of 2n items, which is a real allocation.
   */
  private clearWeakrefs(h: Handle): void {
    const refs = this.heap.weakrefsTo(h);
    if (refs.length === 0) return;
    if (refs.length === 1) {
      const ref = refs[0]!;
      const callback = this.heap.slot(ref, 0);
      if (callback !== NULL) {
        this.incref(callback);
        this.setSlot(ref, 0, NULL);
      }
      this.emit({ seq: 0, type: 'weakref.cleared', ref });
      if (callback !== NULL) {
        if (this.refcounts.refcount(ref) > 0) this.hooks.weakrefCallback?.(ref, callback);
        this.decref(callback);
      }
      return;
    }
    const tuple = this.allocate(BuiltinType.tuple, { items: 2 * refs.length });
    refs.forEach((ref, i) => {
      const callback = this.heap.slot(ref, 0);
      if (this.refcounts.refcount(ref) > 0) {
        this.setSlot(tuple, 2 * i, ref);
        if (callback !== NULL) this.setSlot(tuple, 2 * i + 1, callback);
      }
      if (callback !== NULL) this.setSlot(ref, 0, NULL);
      this.emit({ seq: 0, type: 'weakref.cleared', ref });
    });
    for (let i = 0; i < refs.length; i++) {
      const callback = this.heap.slot(tuple, 2 * i + 1);
      if (callback !== NULL) this.hooks.weakrefCallback?.(this.heap.slot(tuple, 2 * i), callback);
    }
    this.decref(tuple);
  }

  /** _PyWeakref_ClearRef for each remaining weakref: no callbacks (weakrefs created by a __del__). */
  private clearWeakrefsQuietly(h: Handle): void {
    for (const ref of this.heap.weakrefsTo(h)) this.emit({ seq: 0, type: 'weakref.cleared', ref });
  }

  // ---- deallocation ----

  /**
   * `_Py_Dealloc`: the count of `h` is zero. Container types run inside the trashcan: past
   * TRASHCAN_UNWIND_LEVEL nested deallocs the object is deferred to a LIFO stack that the
   * outermost dealloc drains when it ends, so nesting (and the JS stack) stays bounded.
   */
  private dealloc(h: Handle): void {
    const t = this.heap.typeInfo(h);
    if (this.heap.isStatic(h)) {
      if (this.checks) throw this.violation('negativeRefcount', h, `the static ${t.name} object reached refcount 0`);
      return;
    }
    if (!t.trashcan) return this.deallocBody(h, t);
    // PyObject_GC_UnTrack comes before Py_TRASHCAN_BEGIN in every container dealloc.
    if (this.heap.isTracked(h)) this.untrack(h);
    if (this.trashNesting >= TRASHCAN_UNWIND_LEVEL) {
      this.emit({ seq: 0, type: 'object.deallocDeferred', handle: h, depth: this.trashNesting });
      this.trashLater.push(h);
      return;
    }
    this.trashNesting++;
    this.deallocBody(h, t);
    this.trashNesting--;
    if (this.trashLater.length > 0 && this.trashNesting <= 0) this.destroyChain();
  }

  /** `_PyTrash_thread_destroy_chain`: drained objects run with nesting 1, newest deposit first. */
  private destroyChain(): void {
    this.trashNesting++;
    while (this.trashLater.length > 0) {
      const h = this.trashLater.pop()!;
      this.dealloc(h);
    }
    this.trashNesting--;
  }

  private deallocBody(h: Handle, t: TypeInfo): void {
    if (t.heapType) return this.subtypeDealloc(h, t);
    if (this.heap.isTracked(h)) this.untrack(h);
    if (t.id === BuiltinType.weakref) {
      if (this.heap.weakrefTarget(h) !== NULL) this.emit({ seq: 0, type: 'weakref.cleared', ref: h });
    } else if (t.weakrefable) {
      this.clearWeakrefs(h);
    }
    if (t.id === BuiltinType.str && this.internTable.isInterned(h)) {
      this.emit({ seq: 0, type: 'intern.removed', handle: h, text: this.internTable.internedText(h)! });
    }
    this.releaseSlots(h, t);
    this.freeBuffers(h);
    this.freeObject(h, t);
  }

  /** subtype_dealloc: __del__ (resurrection aborts), weakrefs, slots, values, memory, then the class. */
  private subtypeDealloc(h: Handle, t: TypeInfo): void {
    if (t.hasFinalizer && !this.heap.isFinalized(h)) {
      // PyObject_CallFinalizerFromDealloc: tracked again, count 1 during the call.
      this.track(h);
      this.emit({ seq: 0, type: 'ref.increfed', handle: h, refcount: 1 });
      this.hooks.finalize?.(h);
      this.emit({ seq: 0, type: 'object.finalized', handle: h });
      const n = this.refcounts.refcount(h) - 1;
      this.emit({ seq: 0, type: 'ref.decrefed', handle: h, refcount: n });
      if (n > 0) return; // resurrected: stays alive (and tracked)
      if (this.heap.isTracked(h)) this.untrack(h);
    }
    if (t.weakrefable) {
      this.clearWeakrefs(h);
      if (t.hasFinalizer) this.clearWeakrefsQuietly(h);
    }
    this.releaseSlots(h, t);
    this.freeBuffers(h);
    this.freeObject(h, t);
    if (t.typeObject !== NULL) this.decref(t.typeObject);
  }

  private releaseSlots(h: Handle, t: TypeInfo): void {
    const n = this.heap.slotCount(h);
    if (n === 0) return;
    if (t.releaseOrder === 'reverse') {
      for (let i = n - 1; i >= 0; i--) {
        const target = this.heap.slot(h, i);
        if (target !== NULL) this.decref(target);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const target = this.heap.slot(h, i);
        if (target !== NULL) this.decref(target);
      }
    }
  }

  private freeBuffers(h: Handle): void {
    if (!this.heap.hasBuffers(h)) return;
    if (this.direct()) {
      // each release unlinks the first buffer at once: the same order as a snapshot, without one
      const heap = this.heap;
      for (let name = heap.firstBufferName(h); name !== undefined; name = heap.firstBufferName(h)) {
        this.releaseBuffer(h, name, heap.bufferSize(h, name), heap.bufferAddress(h, name));
      }
      return;
    }
    for (const b of this.heap.buffers(h)) this.releaseBuffer(h, b.name, b.size, b.address);
  }

  private freeObject(h: Handle, t: TypeInfo): void {
    const address = this.heap.address(h);
    const kind = t.freeList;
    let bucket: number | undefined;
    if (kind === 'tuple') bucket = this.heap.slotCount(h);
    if (kind !== null && this.internTable.freeListHasRoom(kind, bucket)) {
      if (this.direct()) {
        const seq = this.bus.takeSeq();
        this.heap.applyFreed(seq, h, true, false);
        this.refcounts.applyFreed(seq, h, false);
        this.internTable.applyFreeListObject(seq, kind, bucket, h, false);
      } else {
        const e: Unsequenced<RuntimeEvent> = { seq: 0, type: 'object.freed', handle: h, address, toFreeList: kind };
        if (bucket !== undefined) (e as { bucket?: number }).bucket = bucket;
        this.emit(e);
      }
    } else {
      this.bytesInUse -= this.heap.size(h);
      if (this.direct()) {
        const seq = this.bus.takeSeq();
        this.heap.applyFreed(seq, h, false, false);
        this.refcounts.applyFreed(seq, h, false);
      } else {
        this.emit({ seq: 0, type: 'object.freed', handle: h, address, toFreeList: null });
      }
      if (t.gc) this.collector?.onFree(h);
      this.allocator.free(address - typePreHeaderSize(t));
    }
    if (this.payloads.has(h)) this.payloads.delete(h);
    this.hooks.payloadFreed?.(h);
  }

  clearFreeLists(): void {
    // clear_freelists (gcmodule.c): tuple, float, list, dict (objects, then keys).
    const release = (kind: FreeListName, bucket?: number): void => {
      while (this.internTable.freeListCount(kind, bucket) > 0) {
        const h = this.internTable.freeListTop(kind, bucket);
        const t = this.heap.typeInfo(h);
        const address = this.heap.address(h);
        this.bytesInUse -= this.heap.size(h);
        const e: Unsequenced<RuntimeEvent> = { seq: 0, type: 'object.freed', handle: h, address, toFreeList: null, fromFreeList: kind as never };
        if (bucket !== undefined) (e as { bucket?: number }).bucket = bucket;
        this.emit(e);
        if (t.gc) this.collector?.onFree(h);
        this.allocator.free(address - typePreHeaderSize(t));
      }
    };
    for (let n = 1; n <= TUPLE_FREE_LIST_BUCKETS; n++) release('tuple', n);
    release('float');
    release('list');
    release('dict');
    while (this.internTable.freeListCount('dictKeys') > 0) {
      const address = this.internTable.freeListTop('dictKeys');
      this.emit({ seq: 0, type: 'freelist.bufferReleased', kind: 'dictKeys', address, size: DICT_KEYS_FREE_LIST_SIZE });
      this.allocator.free(address);
      this.bytesInUse -= DICT_KEYS_FREE_LIST_SIZE;
    }
  }

  // ---- the collector's services ----

  /** finalize_garbage for one object: FINALIZED first, a reference held around the call. */
  finalizeForGc(h: Handle): boolean {
    const t = this.heap.typeInfo(h);
    if (!t.hasFinalizer || this.heap.isFinalized(h)) return false;
    this.emit({ seq: 0, type: 'object.finalized', handle: h });
    this.incref(h);
    this.hooks.finalize?.(h);
    this.decref(h);
    return true;
  }

  /** tp_clear of `h` wrapped in incref/decref, as delete_garbage calls it. */
  clearForGc(h: Handle): void {
    const t = this.heap.typeInfo(h);
    if (!t.hasClear) return;
    this.incref(h);
    if (t.id === BuiltinType.weakref) {
      // gc_clear of a weakref: unlink it and drop its callback.
      if (this.heap.weakrefTarget(h) !== NULL) this.emit({ seq: 0, type: 'weakref.cleared', ref: h });
      if (this.heap.slot(h, 0) !== NULL) this.setSlot(h, 0, NULL);
    } else if (t.heapType) {
      // subtype_clear: each slot cleared in order, the layout kept.
      const n = this.heap.slotCount(h);
      for (let i = 0; i < n; i++) if (this.heap.slot(h, i) !== NULL) this.setSlot(h, i, NULL);
    } else {
      // list_clear, dict clear, set_clear, func_clear: emptied first, then each reference dropped.
      const n = this.heap.slotCount(h);
      const old: Handle[] = [];
      for (let i = 0; i < n; i++) old.push(this.heap.slot(h, i));
      this.emit({ seq: 0, type: 'slots.resized', owner: h, count: 0 });
      if (t.releaseOrder === 'reverse') {
        for (let i = n - 1; i >= 0; i--) if (old[i] !== NULL) this.decref(old[i]!);
      } else {
        for (let i = 0; i < n; i++) if (old[i] !== NULL) this.decref(old[i]!);
      }
      if (this.heap.isAlive(h)) this.freeBuffers(h);
    }
    this.decref(h);
  }

  private makeHost(): CollectorHost {
    const host: CollectorHost = {
      heap: createCollectorHeapView(this.heap, this.refcounts, this.types),
      incref: (h) => this.incref(h),
      decref: (h) => this.decref(h),
      finalize: (h) => this.finalizeForGc(h),
      clear: (h) => this.clearForGc(h),
      clearWeakref: (ref) => {
        if (this.heap.weakrefTarget(ref) !== NULL) this.emit({ seq: 0, type: 'weakref.cleared', ref });
      },
      callWeakrefCallback: (ref) => {
        const callback = this.heap.slot(ref, 0);
        if (callback === NULL) return;
        this.incref(callback);
        this.hooks.weakrefCallback?.(ref, callback);
        this.decref(callback);
      },
      untrack: (h) => {
        if (this.heap.isTracked(h)) this.emit({ seq: 0, type: 'object.untracked', handle: h });
      },
      appendGarbage: (h) => {
        if (this.hooks.appendGarbage !== undefined) return this.hooks.appendGarbage(h);
        this.incref(h);
        this.garbage.push(h);
      },
      runCallbacks: (phase, info) => this.hooks.gcCallbacks?.(phase, info),
      clearFreeLists: () => this.clearFreeLists(),
      exceptionPending: () => this.hooks.exceptionPending?.() ?? false,
      emit: (event) => {
        this.emit(event as Unsequenced<RuntimeEvent>);
      },
    };
    return host;
  }

  // ---- gc surface ----

  collect(generation = 2): number {
    return this.collector?.collect(generation) ?? 0;
  }
  getCount(): readonly number[] {
    return this.collector?.getCount() ?? [0, 0, 0];
  }
  getThreshold(): readonly number[] {
    return this.collector?.getThreshold() ?? [0, 0, 0];
  }
  setThreshold(...thresholds: number[]): void {
    this.collector?.setThreshold(...thresholds);
  }
  enable(): void {
    this.collector?.enable();
  }
  disable(): void {
    this.collector?.disable();
  }
  isEnabled(): boolean {
    return this.collector?.isEnabled() ?? false;
  }
  freeze(): void {
    this.collector?.freeze();
  }
  unfreeze(): void {
    this.collector?.unfreeze();
  }
  getFreezeCount(): number {
    return this.collector?.getFreezeCount() ?? 0;
  }
  getStats(): readonly GenerationStats[] {
    return this.collector?.getStats() ?? [];
  }
  getDebug(): number {
    return this.collector?.getDebug() ?? 0;
  }
  setDebug(flags: number): void {
    this.collector?.setDebug(flags);
  }

  mark(label: string, line?: number, text?: string): void {
    const e: { seq: number; type: 'marker'; label: string; line?: number; text?: string } = { seq: 0, type: 'marker', label };
    if (line !== undefined) e.line = line;
    if (text !== undefined) e.text = text;
    this.emit(e);
  }

  digest(): string {
    return digestComponents(this.types, this.heap, this.refcounts, this.internTable);
  }
}

/**
 * The digest of the event-sourced components, shared by runtimes and projections.
 *
 * @example
 * ```ts
 * digestComponents(p.types, p.heap, p.refcounts, p.intern) === rt.digest(); // after replaying rt.log into p
 * ```
 */
export function digestComponents(
  types: TypeRegistry,
  heap: { digest(h: ReturnType<typeof createHasher>): void },
  refcounts: { digest(h: ReturnType<typeof createHasher>): void },
  intern: { digest(h: ReturnType<typeof createHasher>): void },
): string {
  const hasher = createHasher();
  hasher.int(types.size);
  for (const t of types.all()) hasher.str(JSON.stringify(t));
  heap.digest(hasher);
  refcounts.digest(hasher);
  intern.digest(hasher);
  return hasher.hex();
}

/**
 * Limits of the free lists, re-exported for front ends that show them.
 *
 * @example
 * ```ts
 * freeListLimits.float; // 100
 * ```
 */
export const freeListLimits = FREE_LIST_LIMITS;

/**
 * Creates a CPython 3.11 runtime: bus, types, heap, refcounts, intern table (with the static
 * objects already created), an allocator and, if given, a collector.
 *
 * @example
 * ```ts
 * const rt = createRuntime();
 * const list = rt.allocate(BuiltinType.list, { slots: 1 });
 * const f = rt.allocate(BuiltinType.float);
 * rt.setSlot(list, 0, f);   // the list holds f: refcount 2
 * rt.decref(f);             // only the list holds it now
 * rt.decref(list);          // frees the list, then f (to the float free list)
 * rt.heap.isAlive(f);       // false
 * ```
 */
export function createRuntime(options: RuntimeOptions = {}): Runtime {
  return new CPythonRuntime(options);
}
