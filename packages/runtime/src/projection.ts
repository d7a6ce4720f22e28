// A projection: fresh components that apply a recorded log as is, deciding nothing. Tracing
// uses it to rebuild the state at any seq and compare digests with the live runtime.
import type { PymemEvent } from '@pymem/events';
import {
  InvariantViolation, createHeap, createTypeRegistry, typePreHeaderSize, type HeapView, type ObjectModelEvent, type TypeView,
} from '@pymem/object-model';
import type { InternTableEvent } from '@pymem/intern-table';
import type { Allocator } from './allocator.js';
import { createRefcounter, type RefcountView } from '@pymem/refcounter';
import { createInternTable, type InternView } from '@pymem/intern-table';
import { digestComponents } from './runtime.js';

/** Options of {@link createProjection}. */
export interface ProjectionOptions {
  /** Check each event against the state (default true): an impossible log throws InvariantViolation. */
  readonly checks?: boolean;
  /**
   * A fresh allocator (say `createPoolAllocator()`) to replay the allocator calls the log implies:
   * every object block and buffer is malloc'd, realloc'd and freed again in log order, and each
   * address must come out as the log says (else InvariantViolation naming the seq). Afterwards its
   * state (arenas, pools, stats) is the live runtime's at that seq.
   */
  readonly allocator?: Allocator;
}

/** The event-sourced state of a runtime, rebuilt from its log. */
export interface Projection {
  readonly heap: HeapView;
  readonly types: TypeView;
  readonly refcounts: RefcountView;
  readonly intern: InternView;
  /** The replayed allocator, when one was given. */
  readonly allocator: Allocator | undefined;
  /** The `seq` of the last applied event, -1 before any. */
  readonly lastSeq: number;
  apply(event: PymemEvent): void;
  applyAll(events: Iterable<PymemEvent>): void;
  /** Equal to `runtime.digest()` when the same log was applied. */
  digest(): string;
  /**
   * An immutable copy of the state (types, heap, refcounts, intern table) for time travel.
   * Not available with an allocator (pymalloc's state is not copied): then it throws.
   */
  snapshot(): unknown;
  /** Returns to a state taken by {@link Projection.snapshot} (of this or another projection). */
  restore(snapshot: unknown): void;
}

interface ProjectionSnapshot {
  readonly types: unknown;
  readonly heap: unknown;
  readonly refcounts: unknown;
  readonly intern: unknown;
  readonly lastSeq: number;
}

/**
 * Fresh components that rebuild a runtime's state from its event log.
 *
 * @example
 * ```ts
 * const rt = createRuntime({ record: true });
 * rt.decref(rt.allocate(BuiltinType.list));
 * const p = createProjection();
 * p.applyAll(rt.log);
 * p.digest() === rt.digest(); // true
 * ```
 */
export function createProjection(options: ProjectionOptions = {}): Projection {
  const checks = options.checks ?? true;
  const types = createTypeRegistry();
  const heap = createHeap(types, { checks });
  const refcounts = createRefcounter({ checks });
  const intern = createInternTable();
  let lastSeq = -1;
  const allocator = options.allocator;
  const expect = (e: PymemEvent, handle: number, got: number, want: number): void => {
    if (got !== want) {
      throw new InvariantViolation('badEvent', e.seq, handle, `the replayed allocator returned 0x${got.toString(16)}, the log says 0x${want.toString(16)}`);
    }
  };
  // The allocator calls the runtime made around each event, in the same order (runtime.ts).
  const replayAllocator = (a: Allocator, event: PymemEvent): void => {
    const e = event as ObjectModelEvent | InternTableEvent;
    switch (e.type) {
      case 'object.allocated': {
        if (e.static === true || e.fromFreeList !== null) return;
        const pre = typePreHeaderSize(types.get(e.typeId));
        expect(e, e.handle, a.malloc(e.size) + pre, e.address);
        return;
      }
      case 'object.freed': {
        if (e.toFreeList !== null) return;
        a.free(e.address - typePreHeaderSize(heap.typeInfo(e.handle)));
        return;
      }
      case 'object.bufferResized':
        if (e.freeList !== undefined) return;
        if (e.newSize === 0) a.free(e.oldAddress);
        else if (e.oldSize === 0) expect(e, e.handle, a.malloc(e.newSize), e.newAddress);
        else expect(e, e.handle, a.realloc(e.oldAddress, e.newSize), e.newAddress);
        return;
      case 'object.resized': {
        const pre = typePreHeaderSize(heap.typeInfo(e.handle));
        expect(e, e.handle, a.realloc(e.oldAddress - pre, e.newSize) + pre, e.newAddress);
        return;
      }
      case 'freelist.bufferReleased':
        a.free(e.address);
        return;
      default:
        return;
    }
  };
  const apply = (e: PymemEvent): void => {
    // Before the components: a freed object's type is still readable.
    if (allocator !== undefined) replayAllocator(allocator, e);
    types.apply(e as never);
    heap.apply(e);
    refcounts.apply(e);
    intern.apply(e);
    lastSeq = e.seq;
  };
  return {
    heap,
    types,
    refcounts,
    intern,
    allocator,
    get lastSeq() {
      return lastSeq;
    },
    apply,
    applyAll(events) {
      for (const e of events) apply(e);
    },
    digest: () => digestComponents(types, heap, refcounts, intern),
    snapshot(): unknown {
      if (allocator !== undefined) throw new Error('a projection with an allocator cannot take snapshots');
      const s: ProjectionSnapshot = {
        types: types.snapshot(),
        heap: heap.snapshot(),
        refcounts: refcounts.snapshot(),
        intern: intern.snapshot(),
        lastSeq,
      };
      return Object.freeze(s);
    },
    restore(snapshot: unknown): void {
      if (allocator !== undefined) throw new Error('a projection with an allocator cannot restore snapshots');
      const s = snapshot as ProjectionSnapshot;
      types.restore(s.types);
      heap.restore(s.heap);
      refcounts.restore(s.refcounts);
      intern.restore(s.intern);
      lastSeq = s.lastSeq;
    },
  };
}
