// ob_refcnt for every simulated object, in one Int32Array indexed by handle. The count moves
// only in `apply`: object.allocated sets 1, ref.increfed / ref.decrefed move it by one, and
// object.freed ends the object. Mirrors Py_INCREF / Py_DECREF of Include/object.h; the
// decision to deallocate (and in which order) is the runtime's, published as refcount.reachedZero.
//
// Per-handle state: DEAD --object.allocated--> LIVE --object.freed--> DEAD.
// With checks on, every event is checked against that state and throws InvariantViolation
// naming the event's seq: a count below zero, any event on a dead object (use after free),
// freeing a dead object (double free), freeing an object that still has references.
import type { PymemEvent } from '@pymem/events';
import { InvariantViolation, restoreFields, snapshotFields, type Hasher, type ObjectModelEvent } from '@pymem/object-model';
import type { RefcounterEvent } from './events.js';

/**
 * Read-only reference counts.
 *
 * @example
 * ```ts
 * runtime.refcounts.refcount(h); // 1 right after allocate
 * ```
 */
export interface RefcountView {
  /** ob_refcnt of a live object (0 for a dead one). */
  refcount(h: number): number;
  isLive(h: number): boolean;
}

/** The refcounter component. */
export interface Refcounter extends RefcountView {
  apply(event: RefcounterEvent | ObjectModelEvent | PymemEvent): void;
  /**
   * `apply` of a `ref.increfed` event given by its fields, for a runtime that applies its
   * counts-only events directly when no one else subscribes (same checks, same state).
   */
  applyIncref(seq: number, h: number, refcount: number): void;
  /** `apply` of a `ref.decrefed` event given by its fields (see {@link Refcounter.applyIncref}). */
  applyDecref(seq: number, h: number, refcount: number): void;
  /** `apply` of a `refcount.reachedZero` event given by its fields (see {@link Refcounter.applyIncref}). */
  applyReachedZero(seq: number, h: number): void;
  /** `apply` of an `object.allocated` event given by its fields (see {@link Refcounter.applyIncref}). */
  applyAllocated(seq: number, h: number): void;
  /** `apply` of an `object.freed` event given by its fields (see {@link Refcounter.applyIncref}). */
  applyFreed(seq: number, h: number, fromFreeList: boolean): void;
  digest(hasher: Hasher): void;
  /** An immutable copy of the counts, for {@link Refcounter.restore}. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

/** Options of {@link createRefcounter}. */
export interface RefcounterOptions {
  /** Check every event; throw {@link InvariantViolation} naming its seq (default true). */
  readonly checks?: boolean;
}

class Counts implements Refcounter {
  private rc = new Int32Array(1024);
  private live = new Uint8Array(1024);
  private high = 0;

  constructor(private readonly checks: boolean) {}

  refcount(h: number): number {
    return h >= 0 && h < this.high ? this.rc[h]! : 0;
  }
  isLive(h: number): boolean {
    return h >= 0 && h < this.high && this.live[h] === 1;
  }

  private ensure(h: number): void {
    if (h < this.rc.length) return;
    let n = this.rc.length * 2;
    while (n <= h) n *= 2;
    const rc = new Int32Array(n);
    rc.set(this.rc);
    const live = new Uint8Array(n);
    live.set(this.live);
    this.rc = rc;
    this.live = live;
  }

  private needLive(seq: number, h: number, what: string): void {
    if (h < 0 || h >= this.high || this.live[h] !== 1) {
      throw new InvariantViolation('useAfterFree', seq, h, `${what} of a dead object`);
    }
  }

  apply(event: PymemEvent): void {
    const e = event as RefcounterEvent | ObjectModelEvent;
    switch (e.type) {
      case 'object.allocated':
        return this.applyAllocated(e.seq, e.handle);
      case 'ref.increfed':
        return this.applyIncref(e.seq, e.handle, e.refcount);
      case 'ref.decrefed':
        return this.applyDecref(e.seq, e.handle, e.refcount);
      case 'refcount.reachedZero':
        return this.applyReachedZero(e.seq, e.handle);
      case 'object.freed':
        return this.applyFreed(e.seq, e.handle, e.fromFreeList !== undefined);
      default:
        return;
    }
  }

  applyAllocated(seq: number, h: number): void {
    this.ensure(h);
    if (this.checks && h < this.high && this.live[h] === 1) {
      throw new InvariantViolation('doubleAllocation', seq, h, 'allocated while alive');
    }
    if (h >= this.high) this.high = h + 1;
    this.rc[h] = 1;
    this.live[h] = 1;
  }

  applyFreed(seq: number, h: number, fromFreeList: boolean): void {
    if (fromFreeList) return; // a parked object's memory; its count ended earlier
    if (this.checks) {
      if (h < 0 || h >= this.high || this.live[h] !== 1) throw new InvariantViolation('doubleFree', seq, h, 'freed twice');
      if (this.rc[h] !== 0) throw new InvariantViolation('badEvent', seq, h, `freed with refcount ${this.rc[h]}`);
    }
    this.live[h] = 0;
    this.rc[h] = 0;
  }

  applyIncref(seq: number, h: number, refcount: number): void {
    if (this.checks) this.needLive(seq, h, 'incref');
    const n = ++this.rc[h]!;
    if (this.checks && n !== refcount) {
      throw new InvariantViolation('badEvent', seq, h, `incref gives ${n}, the event says ${refcount}`);
    }
  }

  applyDecref(seq: number, h: number, refcount: number): void {
    if (this.checks) {
      this.needLive(seq, h, 'decref');
      if (this.rc[h]! <= 0) throw new InvariantViolation('negativeRefcount', seq, h, 'decref of an object whose count is 0');
    }
    const n = --this.rc[h]!;
    if (this.checks && n !== refcount) {
      throw new InvariantViolation('badEvent', seq, h, `decref gives ${n}, the event says ${refcount}`);
    }
  }

  applyReachedZero(seq: number, h: number): void {
    if (this.checks) {
      this.needLive(seq, h, 'reachedZero');
      if (this.rc[h] !== 0) throw new InvariantViolation('badEvent', seq, h, `reachedZero with count ${this.rc[h]}`);
    }
  }

  snapshot(): unknown {
    return snapshotFields(this, ['checks']);
  }
  restore(snapshot: unknown): void {
    restoreFields(this, snapshot as Readonly<Record<string, unknown>>);
  }

  digest(hasher: Hasher): void {
    hasher.int(this.high);
    for (let h = 0; h < this.high; h++) {
      hasher.int(this.live[h]!);
      hasher.int(this.rc[h]!);
    }
  }
}

/**
 * A fresh refcounter: no live objects.
 *
 * @example
 * ```ts
 * const rc = createRefcounter();
 * rc.apply({ type: 'object.allocated', seq: 0, handle: 0, typeId: 12, size: 56, address: 16, gc: true, fromFreeList: null });
 * rc.apply({ type: 'ref.increfed', seq: 1, handle: 0, refcount: 2 });
 * rc.refcount(0); // 2
 * ```
 */
export function createRefcounter(options: RefcounterOptions = {}): Refcounter {
  return new Counts(options.checks ?? true);
}
