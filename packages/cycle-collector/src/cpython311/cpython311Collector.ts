// CPython 3.11's generational cycle collector: Modules/gcmodule.c (`_PyObject_GC_Link`,
// `PyObject_GC_Del`, `gc_collect_generations`, `gc_collect_main` and the phases it calls) over
// intrusive lists of handles. Start at `collectMain`; each phase states its postcondition.
//
// States of a GC object (its node in `GcLists`):
//   untracked --onTrack--> gen0 --survives gen0--> gen1 --survives gen1--> gen2
//   any generation --freeze--> permanent --unfreeze--> gen2
//   during a collection: young --move_unreachable--> unreachable (or finalizers)
//     --resurrected / survives tp_clear--> old;   freed at any point --onFree--> untracked
import type { Collector, CollectorFactory, CollectorHost } from '../collector.js';
import { DebugFlag, ObjectFlag } from '../collector.js';
import type { CollectionReason, GcPhaseName } from '../events.js';
import { NULL, type Handle } from '../handle.js';
import { COLLECTING, GcLists, HEADS, Head, UNREACHABLE } from '../internal/gcLists.js';
import { CollectorSwitches } from '../collectorSwitches.js';
import { canUntrack, clearWeakrefsOf, deleteOne, finalizeOnce } from '../machinery.js';

/** Settings of the 3.11 collector: plain data, CPython's defaults. */
export interface CPython311Settings {
  /** `gc.get_threshold()` at start. */
  readonly thresholds: readonly [number, number, number];
  readonly enabled: boolean;
  /** `gc.set_debug` flags at start. */
  readonly debug: number;
  /** Emit a `gc.phase` event per step (default true). */
  readonly phaseEvents: boolean;
}

/** CPython 3.11's defaults: thresholds (700, 10, 10), enabled, no debug flags. */
export const cpython311Defaults: CPython311Settings = {
  thresholds: [700, 10, 10],
  enabled: true,
  debug: 0,
  phaseEvents: true,
};

const NUM_GENERATIONS = 3;

/** The 3.11 collector with its internal state exposed for tests and viewers. */
export interface CPython311Collector extends Collector {
  /** `gcstate->long_lived_total`: size of gen2 after the last full collection. */
  readonly longLivedTotal: number;
  /** `gcstate->long_lived_pending`: objects moved into gen2 since then. */
  readonly longLivedPending: number;
  generationOf(h: Handle): number;
  generationList(generation: number): Handle[];
}

/**
 * Creates CPython 3.11's collector for a host.
 *
 * @example
 * ```ts
 * const gc = createCPython311Collector(host, { thresholds: [700, 10, 10] });
 * gc.getThreshold(); // [700, 10, 10]
 * ```
 */
export const createCPython311Collector = ((host: CollectorHost, settings?: Partial<CPython311Settings>): CPython311Collector => {
  const s = { ...cpython311Defaults, ...settings };
  return new CPython311(host, s);
}) satisfies CollectorFactory<CPython311Settings>;

class CPython311 extends CollectorSwitches implements CPython311Collector {
  readonly name = 'cpython311';
  readonly generations = NUM_GENERATIONS;
  private readonly lists = new GcLists(1024);
  private readonly thresholds: number[];
  private readonly counts = [0, 0, 0];
  longLivedTotal = 0;
  longLivedPending = 0;
  private generation = 0;
  private phaseCount = 0;

  constructor(
    host: CollectorHost,
    private readonly settings: CPython311Settings,
  ) {
    super(host, { enabled: settings.enabled, debug: settings.debug, generations: NUM_GENERATIONS });
    this.thresholds = [...settings.thresholds];
  }

  // ---- lifecycle --------------------------------------------------------------------------

  /** `_PyObject_GC_Link`: count0 += 1, and maybe collect right here. */
  onAllocate(h: Handle): void {
    this.lists.ensure(h + 1);
    this.counts[0]!++;
    if (
      this.counts[0]! > this.thresholds[0]! &&
      this.enabled &&
      this.thresholds[0] !== 0 &&
      !this.collecting &&
      !(this.host.exceptionPending?.() ?? false)
    ) {
      this.collecting = true;
      try {
        this.collectGenerations();
      } finally {
        this.collecting = false;
      }
    }
  }

  /** `PyObject_GC_Del`: leave any list; count0 -= 1 unless already 0. */
  onFree(h: Handle): void {
    const node = h + HEADS;
    if (this.lists.linked(node)) this.lists.remove(node);
    if (node < this.lists.flags.length) this.lists.flags[node] = 0;
    if (this.counts[0]! > 0) this.counts[0]!--;
  }

  onTrack(h: Handle): void {
    this.lists.ensure(h + 1);
    const node = h + HEADS;
    if (this.lists.linked(node)) throw new Error(`object ${h} is already tracked`);
    this.lists.flags[node] = 0;
    this.lists.append(node, Head.gen0);
  }

  onUntrack(h: Handle): void {
    const node = h + HEADS;
    if (this.lists.linked(node)) this.lists.remove(node);
    if (node < this.lists.flags.length) this.lists.flags[node] = 0;
  }

  /** `gc.collect(generation)`: runs even when disabled; 0 when a collection is running. */
  collect(generation = NUM_GENERATIONS - 1): number {
    if (!Number.isInteger(generation) || generation < 0 || generation >= NUM_GENERATIONS) {
      throw new RangeError('invalid generation');
    }
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation, 'manual');
    } finally {
      this.collecting = false;
    }
  }

  // ---- the gc module surface ------------------------------------------------------------------

  getCount(): readonly number[] {
    return [...this.counts];
  }
  getThreshold(): readonly number[] {
    return [...this.thresholds];
  }
  setThreshold(...thresholds: number[]): void {
    if (thresholds.length < 1 || thresholds.length > 3 || !thresholds.every(Number.isInteger)) {
      throw new TypeError('set_threshold takes one to three integers');
    }
    thresholds.forEach((t, i) => (this.thresholds[i] = t));
    this.configured();
  }

  /** `gc.freeze()`: every generation into the permanent one; all three counts become 0. */
  freeze(): void {
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      this.lists.merge(Head.gen0 + i, Head.permanent);
      this.counts[i] = 0;
    }
    this.host.emit({ type: 'gc.frozen', frozen: this.lists.size(Head.permanent) });
  }
  /** `gc.unfreeze()`: the permanent generation goes to the end of gen2; counts stay. */
  unfreeze(): void {
    const thawed = this.lists.size(Head.permanent);
    this.lists.merge(Head.permanent, Head.gen2);
    this.host.emit({ type: 'gc.unfrozen', thawed });
  }
  getFreezeCount(): number {
    return this.lists.size(Head.permanent);
  }

  generationOf(h: Handle): number {
    const node = h + HEADS;
    if (!this.lists.linked(node)) return -1;
    for (let g = 0; g <= NUM_GENERATIONS; g++) {
      for (let n = this.lists.first(g); n !== g; n = this.lists.next[n]!) if (n === node) return g;
    }
    return -1;
  }
  generationList(generation: number): Handle[] {
    if (generation < 0 || generation > NUM_GENERATIONS) throw new RangeError('invalid generation');
    return this.lists.handles(generation);
  }

  // ---- triggering ---------------------------------------------------------------------------

  /**
   * `gc_collect_generations`: the oldest generation whose count exceeds its threshold, but a
   * full collection only once `long_lived_pending >= long_lived_total / 4`.
   */
  private collectGenerations(): number {
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.counts[i]! > this.thresholds[i]!) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
        return this.collectWithCallback(i, 'allocation');
      }
    }
    return 0;
  }

  /** `gc_collect_with_callback`: the collection between the "start" and "stop" callbacks. */
  private collectWithCallback(generation: number, reason: CollectionReason): number {
    this.host.emit({ type: 'gc.collectionStarted', collector: this.name, generation, reason, counts: [...this.counts] });
    this.host.runCallbacks('start', { generation, collected: 0, uncollectable: 0 });
    const [collected, uncollectable] = this.collectMain(generation);
    this.host.emit({ type: 'gc.collectionFinished', collector: this.name, generation, collected, uncollectable });
    this.host.runCallbacks('stop', { generation, collected, uncollectable });
    return collected + uncollectable;
  }

  private phase(phase: GcPhaseName, count: number): void {
    if (this.settings.phaseEvents) {
      this.host.emit({ type: 'gc.phase', collector: this.name, generation: this.generation, phase, count });
    }
  }

  // ---- gc_collect_main --------------------------------------------------------------------------

  private collectMain(generation: number): [number, number] {
    const L = this.lists;
    this.generation = generation;
    L.ensure(this.host.heap.capacity);
    let m = 0; // collected
    let n = 0; // uncollectable

    // Counters: the next generation counts one more collection; this one and younger restart.
    if (generation + 1 < NUM_GENERATIONS) this.counts[generation + 1]!++;
    for (let i = 0; i <= generation; i++) this.counts[i] = 0;

    // Younger lists are appended in index order: a full collection scans gen2, gen0, gen1.
    for (let i = 0; i < generation; i++) L.merge(Head.gen0 + i, Head.gen0 + generation);
    const young = Head.gen0 + generation;
    const old = generation < NUM_GENERATIONS - 1 ? young + 1 : young;

    L.init(Head.unreachable);
    this.deduceUnreachable(young, Head.unreachable, true);

    this.phase('untrackTuples', this.untrackTuples(young));
    if (young !== old) {
      if (generation === NUM_GENERATIONS - 2) this.longLivedPending += L.size(young);
      L.merge(young, old);
    } else {
      // Only full collections untrack dicts, to avoid quadratic dict build-up (bpo-14775).
      this.phase('untrackDicts', this.untrackDicts(young));
      this.longLivedPending = 0;
      this.longLivedTotal = L.size(young);
    }

    L.init(Head.finalizers);
    this.moveLegacyFinalizers(Head.unreachable, Head.finalizers);
    this.moveLegacyFinalizerReachable(Head.finalizers);
    this.phase('moveLegacyFinalizers', L.size(Head.finalizers));

    m += this.handleWeakrefs(Head.unreachable, old);

    this.finalizeGarbage(Head.unreachable);

    L.init(Head.stillUnreachable);
    this.handleResurrectedObjects(Head.unreachable, Head.stillUnreachable, old);

    const doomed = L.size(Head.stillUnreachable);
    m += doomed;
    this.deleteGarbage(Head.stillUnreachable, old);
    this.phase('deleteGarbage', doomed);

    n = L.size(Head.finalizers);
    this.handleLegacyFinalizers(Head.finalizers, old);
    this.phase('handleLegacyFinalizers', n);

    if (generation === NUM_GENERATIONS - 1) {
      this.host.clearFreeLists();
      this.phase('clearFreeLists', 0);
    }

    const st = this.stats[generation]!;
    st.collections++;
    st.collected += m;
    st.uncollectable += n;
    return [m, n];
  }

  /**
   * update_refs + subtract_refs + move_unreachable.
   * After it: `base` holds the objects reachable from outside it (COLLECTING cleared), and
   * `unreachable` the rest in scan order (COLLECTING and UNREACHABLE set).
   */
  private deduceUnreachable(base: number, unreachable: number, events: boolean): void {
    const L = this.lists;
    const view = this.host.heap;
    const next = L.next;
    const refs = L.refs;
    const flags = L.flags;

    // update_refs: gc_refs := ob_refcnt, and mark the set COLLECTING.
    let objects = 0;
    for (let node = next[base]!; node !== base; node = next[node]!) {
      refs[node] = view.refcount(node - HEADS);
      flags[node] = COLLECTING;
      objects++;
    }
    if (events) this.phase('updateRefs', objects);

    // subtract_refs: after it, gc_refs counts only references from outside the set.
    let edges = 0;
    for (let node = next[base]!; node !== base; node = next[node]!) {
      const h = node - HEADS;
      const k = view.slotCount(h);
      for (let i = 0; i < k; i++) {
        const t = view.slot(h, i);
        if (t === NULL) continue;
        const tn = t + HEADS;
        if (tn < flags.length && (flags[tn]! & COLLECTING) !== 0) {
          refs[tn]!--;
          edges++;
        }
      }
    }
    if (events) this.phase('subtractRefs', edges);

    // move_unreachable: objects with gc_refs > 0 are reachable and so is all they reach;
    // tentatively unreachable objects that turn out reachable go back to the end of `base`.
    let node = next[base]!;
    while (node !== base) {
      if (refs[node]! > 0) {
        const h = node - HEADS;
        const k = view.slotCount(h);
        for (let i = 0; i < k; i++) {
          const t = view.slot(h, i);
          if (t === NULL) continue;
          const tn = t + HEADS;
          if (tn >= flags.length) continue;
          const f = flags[tn]!;
          if ((f & COLLECTING) === 0) continue; // other generation, or already scanned
          if ((f & UNREACHABLE) !== 0) {
            flags[tn] = f & ~UNREACHABLE;
            L.move(tn, base);
            refs[tn] = 1;
          } else if (refs[tn] === 0) {
            refs[tn] = 1;
          }
        }
        flags[node]! &= ~COLLECTING;
        node = next[node]!;
      } else {
        const after = next[node]!;
        L.move(node, unreachable);
        flags[node]! |= UNREACHABLE;
        node = after;
      }
    }
    if (events) this.phase('moveUnreachable', L.size(unreachable));
  }

  /** untrack_tuples: after it, no surviving exact tuple in `head` holds only untracked items. */
  private untrackTuples(head: number): number {
    return this.untrackExact(head, ObjectFlag.ExactTuple, true);
  }

  /** untrack_dicts: after it, no exact dict in `head` holds only untracked keys and values. */
  private untrackDicts(head: number): number {
    return this.untrackExact(head, ObjectFlag.ExactDict, false);
  }

  /** Untracks every object of `head` with the exact-type `flag` whose contents allow it. */
  private untrackExact(head: number, flag: number, tuple: boolean): number {
    const L = this.lists;
    const view = this.host.heap;
    let untracked = 0;
    for (let node = L.first(head); node !== head; ) {
      const after = L.next[node]!;
      const h = node - HEADS;
      if ((view.objectFlags(h) & flag) !== 0 && canUntrack(view, h, tuple)) {
        this.untrackByCollector(node);
        untracked++;
      }
      node = after;
    }
    return untracked;
  }

  private untrackByCollector(node: number): void {
    this.lists.remove(node);
    this.lists.flags[node] = 0;
    this.host.untrack(node - HEADS);
  }

  /**
   * move_legacy_finalizers: after it, objects whose type has tp_del are in `finalizers`
   * (COLLECTING cleared) and the UNREACHABLE mark is gone from everything.
   */
  private moveLegacyFinalizers(unreachable: number, finalizers: number): void {
    const L = this.lists;
    const view = this.host.heap;
    for (let node = L.first(unreachable); node !== unreachable; ) {
      const after = L.next[node]!;
      L.flags[node]! &= ~UNREACHABLE;
      if ((view.objectFlags(node - HEADS) & ObjectFlag.LegacyFinalizer) !== 0) {
        L.flags[node]! &= ~COLLECTING;
        L.move(node, finalizers);
      }
      node = after;
    }
  }

  /** move_legacy_finalizer_reachable: after it, `finalizers` also holds all unreachable objects they reach. */
  private moveLegacyFinalizerReachable(finalizers: number): void {
    const L = this.lists;
    const view = this.host.heap;
    for (let node = L.first(finalizers); node !== finalizers; node = L.next[node]!) {
      const h = node - HEADS;
      const k = view.slotCount(h);
      for (let i = 0; i < k; i++) {
        const t = view.slot(h, i);
        if (t === NULL) continue;
        const tn = t + HEADS;
        if (tn < L.flags.length && (L.flags[tn]! & COLLECTING) !== 0) {
          L.move(tn, finalizers);
          L.flags[tn]! &= ~COLLECTING;
        }
      }
    }
  }

  /**
   * handle_weakrefs: after it, no weakref points at an object of `unreachable`, and the callbacks
   * of weakrefs that are not garbage themselves have run (before any __del__). Returns the
   * number of those weakrefs that died after their callback.
   */
  private handleWeakrefs(unreachable: number, old: number): number {
    const L = this.lists;
    const wrcb = Head.wrcbToCall;
    L.init(wrcb);
    const isGarbage = (ref: Handle): boolean => {
      const rn = ref + HEADS;
      return rn < L.flags.length && (L.flags[rn]! & COLLECTING) !== 0;
    };
    const toCall = (ref: Handle): void => {
      const rn = ref + HEADS;
      if (L.linked(rn)) L.move(rn, wrcb);
    };
    for (let node = L.first(unreachable); node !== unreachable; ) {
      const after = L.next[node]!;
      clearWeakrefsOf(this.host, node - HEADS, isGarbage, toCall);
      node = after;
    }
    let called = 0;
    let freed = 0;
    while (!L.isEmpty(wrcb)) {
      const node = L.first(wrcb);
      const ref = node - HEADS;
      this.host.callWeakrefCallback(ref);
      called++;
      this.host.decref(ref);
      if (L.first(wrcb) === node) L.move(node, old);
      else freed++;
    }
    this.phase('handleWeakrefs', called);
    return freed;
  }

  /** finalize_garbage: after it, every object of `collectable` with a __del__ has had it called once. */
  private finalizeGarbage(collectable: number): void {
    const L = this.lists;
    L.init(Head.seen);
    let finalized = 0;
    while (!L.isEmpty(collectable)) {
      const node = L.first(collectable);
      L.move(node, Head.seen);
      if (finalizeOnce(this.host, node - HEADS)) finalized++;
    }
    L.merge(Head.seen, collectable);
    this.phase('finalizeGarbage', finalized);
  }

  /**
   * handle_resurrected_objects: the reachability analysis again on the garbage. After it,
   * objects a finalizer made reachable (and all they reach) are in `old`; the rest are in
   * `stillUnreachable`.
   */
  private handleResurrectedObjects(unreachable: number, stillUnreachable: number, old: number): void {
    const L = this.lists;
    for (let node = L.first(unreachable); node !== unreachable; node = L.next[node]!) L.flags[node]! &= ~COLLECTING;
    this.deduceUnreachable(unreachable, stillUnreachable, false);
    for (let node = L.first(stillUnreachable); node !== stillUnreachable; node = L.next[node]!) {
      L.flags[node]! &= ~UNREACHABLE;
    }
    this.phase('handleResurrectedObjects', L.size(unreachable));
    L.merge(unreachable, old);
  }

  /**
   * delete_garbage: tp_clear each object (or save it with DEBUG_SAVEALL). After it, the list is
   * empty: objects were freed by the refcounter, or survived and went to `old`.
   */
  private deleteGarbage(collectable: number, old: number): void {
    const L = this.lists;
    while (!L.isEmpty(collectable)) {
      const node = L.first(collectable);
      deleteOne(this.host, node - HEADS, this.debug);
      if (L.first(collectable) === node) {
        L.flags[node]! &= ~COLLECTING;
        L.move(node, old);
      }
    }
  }

  /** handle_legacy_finalizers: objects with tp_del (all of them with DEBUG_SAVEALL) join gc.garbage; the list joins `old`. */
  private handleLegacyFinalizers(finalizers: number, old: number): void {
    const L = this.lists;
    const view = this.host.heap;
    const saveAll = (this.debug & DebugFlag.SAVEALL) !== 0;
    for (let node = L.first(finalizers); node !== finalizers; node = L.next[node]!) {
      if (saveAll || (view.objectFlags(node - HEADS) & ObjectFlag.LegacyFinalizer) !== 0) {
        this.host.appendGarbage(node - HEADS);
      }
    }
    L.merge(finalizers, old);
  }
}
