// A projection: fresh components that apply a recorded log as is, deciding nothing. Tracing
// uses it to rebuild the state at any seq and compare digests with the live runtime.
import type { PymemEvent } from '@pymem/events';
import { createHeap, createTypeRegistry, type HeapView, type TypeView } from '@pymem/object-model';
import { createRefcounter, type RefcountView } from '@pymem/refcounter';
import { createInternTable, type InternView } from '@pymem/intern-table';
import { digestComponents } from './runtime.js';

/** Options of {@link createProjection}. */
export interface ProjectionOptions {
  /** Check each event against the state (default true): an impossible log throws InvariantViolation. */
  readonly checks?: boolean;
}

/** The event-sourced state of a runtime, rebuilt from its log. */
export interface Projection {
  readonly heap: HeapView;
  readonly types: TypeView;
  readonly refcounts: RefcountView;
  readonly intern: InternView;
  /** The `seq` of the last applied event, -1 before any. */
  readonly lastSeq: number;
  apply(event: PymemEvent): void;
  applyAll(events: Iterable<PymemEvent>): void;
  /** Equal to `runtime.digest()` when the same log was applied. */
  digest(): string;
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
  const apply = (e: PymemEvent): void => {
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
    get lastSeq() {
      return lastSeq;
    },
    apply,
    applyAll(events) {
      for (const e of events) apply(e);
    },
    digest: () => digestComponents(types, heap, refcounts, intern),
  };
}
