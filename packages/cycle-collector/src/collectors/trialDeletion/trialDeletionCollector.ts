// Bacon and Rajan's synchronous cycle collector ("Concurrent Cycle Collection in Reference
// Counted Systems", 2001, section 3): trial deletion from candidate roots. A decrement that
// leaves a count above zero makes the object a possible root (purple); a collection marks gray
// from the roots subtracting internal references, scans (whatever still has a count is black
// again, with all it reaches) and collects the white. Full collections take every tracked
// object as a root, so cycles are found even when the runtime never calls `onDecref`.
import { defineCollector, type BaseSettings, type CollectorContext } from '../../defineCollector.js';
import { NULL, type Handle } from '../../handle.js';

/** Settings of the trial-deletion collector. */
export type TrialDeletionSettings = BaseSettings;

const BLACK = 0;
const GRAY = 1;
const WHITE = 2;

interface State {
  buffered: Uint8Array;
  roots: Handle[];
}
const states = new WeakMap<object, State>();

function state(ctx: CollectorContext<TrialDeletionSettings>): State {
  let s = states.get(ctx);
  if (!s) states.set(ctx, (s = { buffered: new Uint8Array(1024), roots: [] }));
  if (s.buffered.length < ctx.host.heap.capacity) {
    const b = new Uint8Array(Math.max(ctx.host.heap.capacity, s.buffered.length * 2));
    b.set(s.buffered);
    s.buffered = b;
  }
  return s;
}

function possibleRoot(ctx: CollectorContext<TrialDeletionSettings>, h: Handle): void {
  const s = state(ctx);
  if (s.buffered[h] === 0) {
    s.buffered[h] = 1;
    s.roots.push(h);
  }
}

function collect(ctx: CollectorContext<TrialDeletionSettings>, generation: number) {
  const view = ctx.host.heap;
  const s = state(ctx);
  const full = generation >= 1; // generation 1 (the oldest) takes every tracked object as a root
  const roots = full ? ctx.tracked() : s.roots.filter((h) => ctx.isCandidate(h));
  for (const h of s.roots) s.buffered[h] = 0;
  s.roots = [];

  const cap = view.capacity;
  const color = new Uint8Array(cap);
  const rc = new Int32Array(cap);
  const touched = new Uint8Array(cap);
  const count = (h: Handle): void => {
    if (touched[h] === 0) {
      touched[h] = 1;
      rc[h] = view.refcount(h);
    }
  };

  // MarkGray: after it, rc[h] of every gray object counts only references from outside the gray set.
  let gray = 0;
  const stack: Handle[] = [];
  for (const r of roots) {
    if (color[r] === GRAY) continue;
    count(r);
    color[r] = GRAY;
    gray++;
    stack.push(r);
    while (stack.length > 0) {
      const h = stack.pop()!;
      const n = view.slotCount(h);
      for (let i = 0; i < n; i++) {
        const t = view.slot(h, i);
        if (t === NULL || !ctx.isCandidate(t)) continue;
        count(t);
        rc[t]!--;
        if (color[t] !== GRAY) {
          color[t] = GRAY;
          gray++;
          stack.push(t);
        }
      }
    }
  }
  ctx.phase('markGray', gray);

  // Scan + ScanBlack: after them, white objects are exactly the gray ones no outside reference reaches.
  const scanBlack = (start: Handle): void => {
    color[start] = BLACK;
    const st = [start];
    while (st.length > 0) {
      const h = st.pop()!;
      const n = view.slotCount(h);
      for (let i = 0; i < n; i++) {
        const t = view.slot(h, i);
        if (t === NULL || !ctx.isCandidate(t)) continue;
        rc[t]!++;
        if (color[t] !== BLACK) {
          color[t] = BLACK;
          st.push(t);
        }
      }
    }
  };
  for (const r of roots) {
    if (color[r] !== GRAY) continue;
    const st = [r];
    while (st.length > 0) {
      const h = st.pop()!;
      if (color[h] !== GRAY) continue;
      if (rc[h]! > 0) {
        scanBlack(h);
        continue;
      }
      color[h] = WHITE;
      const n = view.slotCount(h);
      for (let i = 0; i < n; i++) {
        const t = view.slot(h, i);
        if (t !== NULL && ctx.isCandidate(t) && color[t] === GRAY) st.push(t);
      }
    }
  }
  // A white object reached later by scanBlack turned black; collect what stayed white.
  const garbage: Handle[] = [];
  ctx.forEachTracked((h) => {
    if (h < cap && color[h] === WHITE) garbage.push(h);
  });
  ctx.phase('collectWhite', garbage.length);
  return ctx.disposer.dispose(garbage, ctx.debug);
}

/**
 * A synchronous trial-deletion cycle collector (Bacon and Rajan). `collect(0)` uses only the
 * possible roots buffered by `onDecref`; `collect(1)` (and automatic collections) every
 * tracked object.
 *
 * @example
 * ```ts
 * const gc = createTrialDeletionCollector(host);
 * gc.collect(); // full: every unreachable cycle
 * ```
 */
export const createTrialDeletionCollector = defineCollector<TrialDeletionSettings>({
  name: 'trial-deletion',
  defaults: { threshold: 700, enabled: true },
  generations: 2,
  collect,
  onDecref: possibleRoot,
  onTrack: possibleRoot,
});
