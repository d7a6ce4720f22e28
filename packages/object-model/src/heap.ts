// The simulated heap: every object as a row of struct-of-arrays state indexed by a dense
// handle (type, address, size, flags), its references as an edge list (slots, in order), its
// auxiliary buffers, and the weak references pointing at it. Mirrors the object memory of
// CPython (PyObject header, PyGC_Head flags, tp_weaklist) without any JS object per object.
//
// States of a handle, changed only in `apply`:
//   FREE   --object.allocated-->                    ALIVE
//   ALIVE  --object.freed (toFreeList null)-->      FREE    (handle pushed on the LIFO stack)
//   ALIVE  --object.freed (toFreeList kind)-->      PARKED  (address kept for the free list)
//   PARKED --object.allocated (fromFreeList)-->     ALIVE   (same handle, same address)
//   PARKED --object.freed (fromFreeList)-->         FREE
// Start reading at `apply`.
import type { PymemEvent } from '@pymem/events';
import type { Hasher } from './digest.js';
import type { ObjectModelEvent } from './events.js';
import { InvariantViolation } from './invariant.js';
import { restoreFields, snapshotFields } from './snapshot.js';
import { IntStack } from './internal/intStack.js';
import { NULL, type Handle, type TypeId, type TypeInfo, type TypeView } from './types.js';

/** Object states: see the file header. */
export const ObjectState = { free: 0, alive: 1, parked: 2 } as const;
/** One of {@link ObjectState}. */
export type ObjectStateValue = (typeof ObjectState)[keyof typeof ObjectState];

const TRACKED = 1;
const FINALIZED = 2;
const STATIC = 4;

/** One auxiliary buffer of an object. */
export interface BufferInfo {
  readonly name: string;
  readonly size: number;
  readonly address: number;
}

/** Totals over the live objects. */
export interface HeapTotals {
  /** Live objects (static ones included). */
  readonly objects: number;
  /** Live objects that are not static. */
  readonly dynamicObjects: number;
  /** Bytes of the objects' own blocks (pre-headers included, static objects excluded). */
  readonly objectBytes: number;
  /** Bytes of live auxiliary buffers. */
  readonly bufferBytes: number;
  /** Objects currently tracked by the collector. */
  readonly tracked: number;
  /** Objects parked on free lists. */
  readonly parked: number;
}

/**
 * The read-only view of the heap that the other packages get.
 *
 * @example
 * ```ts
 * const h = runtime.allocate(BuiltinType.list, {});
 * runtime.heap.typeInfo(h).name; // 'list'
 * runtime.heap.referents(h);     // []
 * ```
 */
export interface HeapView {
  /** Handles 0..capacity-1 may be in use; the rest never were. */
  readonly capacity: number;
  /** The handle the next fresh allocation will get (LIFO reuse of freed handles). */
  nextHandle(): Handle;
  state(h: Handle): ObjectStateValue;
  isAlive(h: Handle): boolean;
  typeOf(h: Handle): TypeId;
  typeInfo(h: Handle): TypeInfo;
  /** `id()`: the object pointer (allocation + pre-header). */
  address(h: Handle): number;
  /** Bytes of the object's own block, pre-header included. */
  size(h: Handle): number;
  isTracked(h: Handle): boolean;
  isFinalized(h: Handle): boolean;
  isStatic(h: Handle): boolean;
  slotCount(h: Handle): number;
  slot(h: Handle, index: number): Handle;
  /** The non-NULL slots of `h`, in slot order (what tp_traverse visits). */
  referents(h: Handle): Handle[];
  /** Calls `fn` for each non-NULL slot in slot order, without allocating. */
  forEachReferent(h: Handle, fn: (target: Handle, index: number) => void): void;
  buffers(h: Handle): BufferInfo[];
  /** The object has at least one auxiliary buffer (cheap; no allocation). */
  hasBuffers(h: Handle): boolean;
  /** The name of the first of `h`'s buffers (the order of {@link HeapView.buffers}), or undefined. */
  firstBufferName(h: Handle): string | undefined;
  /** Size of the named buffer, 0 if it has none. */
  bufferSize(h: Handle, name: string): number;
  bufferAddress(h: Handle, name: string): number;
  /** Weak references to `h`, in list order (head first). */
  weakrefsTo(h: Handle): Handle[];
  /** The referent of a weak reference object, NULL once cleared. */
  weakrefTarget(ref: Handle): Handle;
  /** Calls `fn` for each live object, in handle order. */
  forEachLive(fn: (h: Handle) => void): void;
  totals(): HeapTotals;
}

/** The heap component: a {@link HeapView} that changes only in `apply`. */
export interface Heap extends HeapView {
  apply(event: ObjectModelEvent | PymemEvent): void;
  /**
   * `apply` of a `slot.stored` event given by its fields, for a runtime that applies its
   * events directly when no one else subscribes to its bus (same checks, same state).
   */
  applySlotStored(seq: number, owner: Handle, index: number, target: Handle): void;
  /** `apply` of `object.tracked` (`tracked` true) or `object.untracked`, given by its fields. */
  applyTracked(seq: number, h: Handle, tracked: boolean): void;
  /** `apply` of a `slots.resized` event given by its fields. */
  applySlotsResized(seq: number, owner: Handle, count: number): void;
  /** `apply` of an `object.allocated` event given by its fields. */
  applyAllocated(seq: number, h: Handle, typeId: TypeId, size: number, address: number, fromFreeList: boolean, isStatic: boolean): void;
  /** `apply` of an `object.freed` event given by its fields. */
  applyFreed(seq: number, h: Handle, toFreeList: boolean, fromFreeList: boolean): void;
  /** `apply` of an `object.bufferResized` event given by its fields. */
  applyBufferResized(seq: number, h: Handle, name: string, newSize: number, newAddress: number): void;
  digest(hasher: Hasher): void;
  /** An immutable copy of the whole state, for {@link Heap.restore}. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

/** Options of {@link createHeap}. */
export interface HeapOptions {
  /** Check every event against the state and throw {@link InvariantViolation} (default true). */
  readonly checks?: boolean;
  /** Initial handle capacity (grows by doubling). */
  readonly initialCapacity?: number;
}

const clz = Math.clz32;
function capClass(n: number): number {
  return n <= 4 ? 2 : 32 - clz(n - 1);
}

class SoaHeap implements Heap {
  capacity = 0;
  private cap: number;
  private high = 0;
  private freeHandles = new IntStack(1024);
  private typeId: Int32Array;
  private stateArr: Uint8Array;
  private flags: Uint8Array;
  private addr: Float64Array;
  private sizeArr: Int32Array;
  private slotStart: Int32Array;
  private slotCountArr: Int32Array;
  private slotCap: Int32Array;
  private firstBuffer: Int32Array;
  private wrTarget: Int32Array;
  private wrNext: Int32Array;
  private wrPrev: Int32Array;
  private wrHead: Int32Array;

  // The edge pool: segment capacities are powers of two, recycled per class.
  private edges: Int32Array = new Int32Array(4096).fill(NULL);
  private edgeTop = 0;
  private segFree: IntStack[] = Array.from({ length: 33 }, () => new IntStack());

  // Buffers: a linked list per object over these columns.
  private bufName: string[] = [];
  private bufSize: number[] = [];
  private bufAddr: number[] = [];
  private bufNext: number[] = [];
  private bufFree: number[] = [];

  private live = 0;
  private statics = 0;
  private objBytes = 0;
  private bufBytes = 0;
  private trackedCount = 0;
  private parkedCount = 0;

  constructor(
    private readonly types: TypeView,
    private readonly checks: boolean,
    initial: number,
  ) {
    this.cap = initial;
    this.typeId = new Int32Array(initial).fill(-1);
    this.stateArr = new Uint8Array(initial);
    this.flags = new Uint8Array(initial);
    this.addr = new Float64Array(initial);
    this.sizeArr = new Int32Array(initial);
    this.slotStart = new Int32Array(initial);
    this.slotCountArr = new Int32Array(initial);
    this.slotCap = new Int32Array(initial);
    this.firstBuffer = new Int32Array(initial).fill(-1);
    this.wrTarget = new Int32Array(initial).fill(NULL);
    this.wrNext = new Int32Array(initial).fill(NULL);
    this.wrPrev = new Int32Array(initial).fill(NULL);
    this.wrHead = new Int32Array(initial).fill(NULL);
  }

  private grow(): void {
    const n = this.cap * 2;
    const g32 = (a: Int32Array, fill = 0): Int32Array => {
      const b = new Int32Array(n);
      if (fill !== 0) b.fill(fill, a.length);
      b.set(a);
      return b;
    };
    this.typeId = g32(this.typeId, -1);
    const s = new Uint8Array(n);
    s.set(this.stateArr);
    this.stateArr = s;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
    const ad = new Float64Array(n);
    ad.set(this.addr);
    this.addr = ad;
    this.sizeArr = g32(this.sizeArr);
    this.slotStart = g32(this.slotStart);
    this.slotCountArr = g32(this.slotCountArr);
    this.slotCap = g32(this.slotCap);
    this.firstBuffer = g32(this.firstBuffer, -1);
    this.wrTarget = g32(this.wrTarget, NULL);
    this.wrNext = g32(this.wrNext, NULL);
    this.wrPrev = g32(this.wrPrev, NULL);
    this.wrHead = g32(this.wrHead, NULL);
    this.cap = n;
  }

  nextHandle(): Handle {
    return this.freeHandles.length > 0 ? this.freeHandles.top() : this.high;
  }
  state(h: Handle): ObjectStateValue {
    return (h >= 0 && h < this.high ? this.stateArr[h] : 0) as ObjectStateValue;
  }
  isAlive(h: Handle): boolean {
    return h >= 0 && h < this.high && this.stateArr[h] === ObjectState.alive;
  }
  typeOf(h: Handle): TypeId {
    return this.typeId[h]!;
  }
  typeInfo(h: Handle): TypeInfo {
    return this.types.get(this.typeId[h]!);
  }
  address(h: Handle): number {
    return this.addr[h]!;
  }
  size(h: Handle): number {
    return this.sizeArr[h]!;
  }
  isTracked(h: Handle): boolean {
    return (this.flags[h]! & TRACKED) !== 0;
  }
  isFinalized(h: Handle): boolean {
    return (this.flags[h]! & FINALIZED) !== 0;
  }
  isStatic(h: Handle): boolean {
    return (this.flags[h]! & STATIC) !== 0;
  }
  slotCount(h: Handle): number {
    return this.slotCountArr[h]!;
  }
  slot(h: Handle, index: number): Handle {
    if (index < 0 || index >= this.slotCountArr[h]!) return NULL;
    return this.edges[this.slotStart[h]! + index]!;
  }
  referents(h: Handle): Handle[] {
    const out: Handle[] = [];
    const start = this.slotStart[h]!;
    const end = start + this.slotCountArr[h]!;
    for (let i = start; i < end; i++) {
      const t = this.edges[i]!;
      if (t !== NULL) out.push(t);
    }
    return out;
  }
  forEachReferent(h: Handle, fn: (target: Handle, index: number) => void): void {
    const start = this.slotStart[h]!;
    const n = this.slotCountArr[h]!;
    for (let i = 0; i < n; i++) {
      const t = this.edges[start + i]!;
      if (t !== NULL) fn(t, i);
    }
  }
  buffers(h: Handle): BufferInfo[] {
    const out: BufferInfo[] = [];
    for (let b = this.firstBuffer[h]!; b !== -1; b = this.bufNext[b]!) {
      out.push({ name: this.bufName[b]!, size: this.bufSize[b]!, address: this.bufAddr[b]! });
    }
    return out;
  }
  hasBuffers(h: Handle): boolean {
    return this.firstBuffer[h] !== -1;
  }
  firstBufferName(h: Handle): string | undefined {
    const b = this.firstBuffer[h]!;
    return b === -1 ? undefined : this.bufName[b];
  }
  private findBuffer(h: Handle, name: string): number {
    for (let b = this.firstBuffer[h]!; b !== -1; b = this.bufNext[b]!) if (this.bufName[b] === name) return b;
    return -1;
  }
  bufferSize(h: Handle, name: string): number {
    const b = this.findBuffer(h, name);
    return b === -1 ? 0 : this.bufSize[b]!;
  }
  bufferAddress(h: Handle, name: string): number {
    const b = this.findBuffer(h, name);
    return b === -1 ? 0 : this.bufAddr[b]!;
  }
  weakrefsTo(h: Handle): Handle[] {
    const out: Handle[] = [];
    for (let r = this.wrHead[h]!; r !== NULL; r = this.wrNext[r]!) out.push(r);
    return out;
  }
  weakrefTarget(ref: Handle): Handle {
    return ref >= 0 && ref < this.high ? this.wrTarget[ref]! : NULL;
  }
  forEachLive(fn: (h: Handle) => void): void {
    for (let h = 0; h < this.high; h++) if (this.stateArr[h] === ObjectState.alive) fn(h);
  }
  totals(): HeapTotals {
    return {
      objects: this.live,
      dynamicObjects: this.live - this.statics,
      objectBytes: this.objBytes,
      bufferBytes: this.bufBytes,
      tracked: this.trackedCount,
      parked: this.parkedCount,
    };
  }

  // ---- applying events ----

  apply(event: PymemEvent): void {
    const e = event as ObjectModelEvent;
    switch (e.type) {
      case 'object.allocated':
        return this.applyAllocated(e.seq, e.handle, e.typeId, e.size, e.address, e.fromFreeList !== null, e.static === true);
      case 'object.tracked':
        return this.applyTracked(e.seq, e.handle, true);
      case 'object.untracked':
        return this.applyTracked(e.seq, e.handle, false);
      case 'object.finalized':
        this.need(e.seq, e.handle);
        this.flags[e.handle]! |= FINALIZED;
        return;
      case 'object.resized':
        this.need(e.seq, e.handle);
        this.objBytes += e.newSize - this.sizeArr[e.handle]!;
        this.sizeArr[e.handle] = e.newSize;
        this.addr[e.handle] = e.newAddress;
        return;
      case 'slot.stored':
        return this.applySlotStored(e.seq, e.owner, e.index, e.target);
      case 'slots.resized':
        return this.applySlotsResized(e.seq, e.owner, e.count);
      case 'slots.replaced': {
        this.need(e.seq, e.owner);
        const n = e.targets.length;
        if (this.checks) for (let i = 0; i < n; i++) if (e.targets[i] !== NULL) this.need(e.seq, e.targets[i]!);
        this.resizeSlots(e.owner, n);
        const start = this.slotStart[e.owner]!;
        for (let i = 0; i < n; i++) this.edges[start + i] = e.targets[i]!;
        return;
      }
      case 'object.bufferResized':
        return this.applyBufferResized(e.seq, e.handle, e.buffer, e.newSize, e.newAddress);
      case 'object.freed':
        return this.applyFreed(e.seq, e.handle, e.toFreeList !== null, e.fromFreeList !== undefined);
      case 'weakref.created':
        return this.weakrefCreated(e.seq, e.ref, e.target, e.after);
      case 'weakref.cleared':
        return this.unlinkWeakref(e.ref);
      case 'type.registered':
        return;
      default:
        return;
    }
  }

  applyTracked(seq: number, h: Handle, tracked: boolean): void {
    this.need(seq, h);
    const was = (this.flags[h]! & TRACKED) !== 0;
    if (tracked) {
      if (!was) this.trackedCount++;
      this.flags[h]! |= TRACKED;
    } else {
      if (was) this.trackedCount--;
      this.flags[h]! &= ~TRACKED;
    }
  }

  applySlotStored(seq: number, owner: Handle, index: number, target: Handle): void {
    this.need(seq, owner);
    if (this.checks && target !== NULL) this.need(seq, target);
    if (this.checks && (index < 0 || index >= this.slotCountArr[owner]!)) {
      throw new InvariantViolation('badEvent', seq, owner, `slot ${index} out of range 0..${this.slotCountArr[owner]! - 1}`);
    }
    this.edges[this.slotStart[owner]! + index] = target;
  }

  applySlotsResized(seq: number, owner: Handle, count: number): void {
    this.need(seq, owner);
    this.resizeSlots(owner, count);
  }

  private need(seq: number, h: Handle): void {
    // Checked even with invariant checks off (one load and a compare): an event on a handle that
    // is not a live object would index the per-object arrays past their end and walk buffer or
    // slot lists that are not there (a replay of a JSON Lines trace with two lines swapped looped
    // forever in bufferResized: fuzz seed 103 case 6403). An index past the array, negative or
    // fractional reads undefined, which is not alive either.
    if (this.stateArr[h] === ObjectState.alive) return;
    if (!Number.isInteger(h) || h < 0 || h >= this.high) throw new InvariantViolation('unknownObject', seq, h, 'no such object');
    throw new InvariantViolation('useAfterFree', seq, h, 'the object was freed');
  }

  applyAllocated(seq: number, h: Handle, typeId: TypeId, size: number, address: number, fromFreeList: boolean, isStatic: boolean): void {
    if (fromFreeList) {
      if (this.checks && this.state(h) !== ObjectState.parked) {
        throw new InvariantViolation('badEvent', seq, h, 'allocated from a free list but not parked on one');
      }
      this.parkedCount--;
    } else {
      if (this.freeHandles.length > 0 && this.freeHandles.top() === h) this.freeHandles.pop();
      else if (h === this.high) {
        while (this.high >= this.cap) this.grow();
        this.high++;
      } else if (this.checks || h > this.high) {
        throw new InvariantViolation('doubleAllocation', seq, h, `expected handle ${this.nextHandle()}`);
      } else {
        this.freeHandles.remove(h);
      }
    }
    this.capacity = this.high;
    this.typeId[h] = typeId;
    this.stateArr[h] = ObjectState.alive;
    this.flags[h] = isStatic ? STATIC : 0;
    this.addr[h] = address;
    this.sizeArr[h] = size;
    this.slotCountArr[h] = 0;
    this.wrTarget[h] = NULL;
    this.wrHead[h] = NULL;
    this.live++;
    if (isStatic) this.statics++;
    else this.objBytes += size;
  }

  applyFreed(seq: number, h: Handle, toFreeList: boolean, fromFreeList: boolean): void {
    if (fromFreeList) {
      if (this.checks && this.state(h) !== ObjectState.parked) {
        throw new InvariantViolation('doubleFree', seq, h, 'released from a free list it is not on');
      }
      this.parkedCount--;
      this.stateArr[h] = ObjectState.free;
      this.typeId[h] = -1;
      this.freeHandles.push(h);
      return;
    }
    // checked even when invariant checks are off: freeing an unknown or dead handle would walk
    // buffer lists that are not there (a replay of a damaged trace looped until V8 gave up)
    if (h < 0 || h >= this.high || !Number.isInteger(h)) throw new InvariantViolation('unknownObject', seq, h, 'no such object');
    if (this.stateArr[h] !== ObjectState.alive) throw new InvariantViolation('doubleFree', seq, h, 'the object was already freed');
    if ((this.flags[h]! & TRACKED) !== 0) this.trackedCount--;
    // Release the edge segment and any buffers still attached.
    this.resizeSlots(h, 0);
    for (let b = this.firstBuffer[h]!; b !== -1; ) {
      const next = this.bufNext[b]!;
      this.bufBytes -= this.bufSize[b]!;
      this.bufFree.push(b);
      b = next;
    }
    this.firstBuffer[h] = -1;
    if (this.wrTarget[h] !== NULL) this.unlinkWeakref(h);
    this.live--;
    if ((this.flags[h]! & STATIC) !== 0) this.statics--;
    else this.objBytes -= this.sizeArr[h]!;
    this.flags[h] = 0;
    if (toFreeList) {
      this.stateArr[h] = ObjectState.parked;
      this.parkedCount++;
    } else {
      this.stateArr[h] = ObjectState.free;
      this.typeId[h] = -1;
      this.freeHandles.push(h);
    }
  }

  private resizeSlots(h: Handle, count: number): void {
    const cap = this.slotCap[h]!;
    const old = this.slotCountArr[h]!;
    if (count === 0) {
      if (cap > 0) {
        this.segFree[capClass(cap)]!.push(this.slotStart[h]!);
        this.slotCap[h] = 0;
      }
      this.slotCountArr[h] = 0;
      return;
    }
    if (count > cap) {
      const cls = capClass(count);
      const newCap = 1 << cls;
      const pool = this.segFree[cls]!;
      let start: number;
      if (pool.length > 0) start = pool.pop()!;
      else {
        start = this.edgeTop;
        this.edgeTop += newCap;
        if (this.edgeTop > this.edges.length) {
          let n = this.edges.length * 2;
          while (n < this.edgeTop) n *= 2;
          const e = new Int32Array(n).fill(NULL);
          e.set(this.edges);
          this.edges = e;
        }
      }
      if (old > 0) this.edges.copyWithin(start, this.slotStart[h]!, this.slotStart[h]! + old);
      if (cap > 0) this.segFree[capClass(cap)]!.push(this.slotStart[h]!);
      this.slotStart[h] = start;
      this.slotCap[h] = newCap;
    }
    if (count > old) {
      const start = this.slotStart[h]!;
      if (count - old <= 8) for (let i = start + old; i < start + count; i++) this.edges[i] = NULL;
      else this.edges.fill(NULL, start + old, start + count);
    }
    this.slotCountArr[h] = count;
  }

  applyBufferResized(seq: number, h: Handle, name: string, newSize: number, newAddress: number): void {
    this.need(seq, h);
    this.bufferResized(h, name, newSize, newAddress);
  }

  private bufferResized(h: Handle, name: string, newSize: number, newAddress: number): void {
    let prev = -1;
    let b = this.firstBuffer[h]!;
    while (b !== -1 && this.bufName[b] !== name) {
      prev = b;
      b = this.bufNext[b]!;
    }
    if (newSize === 0) {
      if (b === -1) return;
      this.bufBytes -= this.bufSize[b]!;
      if (prev === -1) this.firstBuffer[h] = this.bufNext[b]!;
      else this.bufNext[prev] = this.bufNext[b]!;
      this.bufFree.push(b);
      return;
    }
    if (b === -1) {
      b = this.bufFree.length > 0 ? this.bufFree.pop()! : this.bufName.length;
      this.bufName[b] = name;
      this.bufSize[b] = 0;
      this.bufNext[b] = -1;
      // Append, so buffers keep their creation order (a dealloc frees them in that order).
      if (prev === -1) this.firstBuffer[h] = b;
      else this.bufNext[prev] = b;
    }
    this.bufBytes += newSize - this.bufSize[b]!;
    this.bufSize[b] = newSize;
    this.bufAddr[b] = newAddress;
  }

  private weakrefCreated(seq: number, ref: Handle, target: Handle, after: Handle): void {
    this.need(seq, ref);
    this.need(seq, target);
    this.wrTarget[ref] = target;
    if (after === NULL) {
      const head = this.wrHead[target]!;
      this.wrPrev[ref] = NULL;
      this.wrNext[ref] = head;
      if (head !== NULL) this.wrPrev[head] = ref;
      this.wrHead[target] = ref;
    } else {
      const next = this.wrNext[after]!;
      this.wrPrev[ref] = after;
      this.wrNext[ref] = next;
      if (next !== NULL) this.wrPrev[next] = ref;
      this.wrNext[after] = ref;
    }
  }

  private unlinkWeakref(ref: Handle): void {
    const target = this.wrTarget[ref]!;
    if (target === NULL) return;
    const prev = this.wrPrev[ref]!;
    const next = this.wrNext[ref]!;
    if (prev === NULL) this.wrHead[target] = next;
    else this.wrNext[prev] = next;
    if (next !== NULL) this.wrPrev[next] = prev;
    this.wrTarget[ref] = NULL;
    this.wrNext[ref] = NULL;
    this.wrPrev[ref] = NULL;
  }

  snapshot(): unknown {
    return snapshotFields(this, ['types', 'checks']);
  }
  restore(snapshot: unknown): void {
    restoreFields(this, snapshot as Readonly<Record<string, unknown>>);
  }

  digest(hasher: Hasher): void {
    const n = this.high;
    hasher.int(n);
    hasher.ints(this.freeHandles.toArray());
    for (let h = 0; h < n; h++) {
      const st = this.stateArr[h]!;
      hasher.int(st);
      if (st === ObjectState.free) continue;
      hasher.int(this.typeId[h]!);
      hasher.int(this.flags[h]!);
      hasher.int(this.addr[h]!);
      hasher.int(this.sizeArr[h]!);
      const start = this.slotStart[h]!;
      const count = this.slotCountArr[h]!;
      hasher.int(count);
      for (let i = 0; i < count; i++) hasher.int(this.edges[start + i]!);
      for (let b = this.firstBuffer[h]!; b !== -1; b = this.bufNext[b]!) {
        hasher.str(this.bufName[b]!);
        hasher.int(this.bufSize[b]!);
        hasher.int(this.bufAddr[b]!);
      }
      hasher.int(this.wrTarget[h]!);
      hasher.int(this.wrHead[h]!);
      hasher.int(this.wrNext[h]!);
    }
  }
}

/**
 * A fresh, empty heap over a type registry.
 *
 * @example
 * ```ts
 * const types = createTypeRegistry();
 * const heap = createHeap(types);
 * heap.apply({ type: 'object.allocated', seq: 0, handle: 0, typeId: BuiltinType.list,
 *   size: 56, address: 4096, gc: true, fromFreeList: null });
 * heap.isAlive(0); // true
 * ```
 */
export function createHeap(types: TypeView, options: HeapOptions = {}): Heap {
  return new SoaHeap(types, options.checks ?? true, Math.max(16, options.initialCapacity ?? 1024));
}
