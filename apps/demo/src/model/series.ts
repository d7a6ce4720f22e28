// Memory over time, for the chart under the timeline: blocks in use (pymalloc's pools), arenas
// and live objects, sampled as the timeline folds its events. The sampling step doubles (and
// every other sample is dropped) when the series grows past its limit, so a million-event run
// keeps a few thousand points, evenly spaced.
import type { MemoryModel } from './memoryModel.js';

/** One sample: the state after `position` events. */
export interface MemorySample {
  readonly position: number;
  readonly blocks: number;
  readonly arenas: number;
  readonly objects: number;
}

/** The sampled series. */
export interface MemorySeries {
  /** Called after each event is applied to the timeline's tail model. */
  observe(model: MemoryModel): void;
  readonly samples: readonly MemorySample[];
  /** Events between samples now. */
  readonly step: number;
}

/** Blocks in use over every pool of the model. */
export function blocksInUse(model: MemoryModel): number {
  let n = 0;
  for (const p of model.pools.values()) n += p.used;
  return n;
}

/**
 * Creates an empty series (a sample every `step` events, at most about `limit` samples).
 *
 * @example
 * ```ts
 * const s = createMemorySeries(); events.forEach((e) => { model.apply(e); s.observe(model); });
 * ```
 */
export function createMemorySeries(limit = 2048, step = 16): MemorySeries {
  let samples: MemorySample[] = [];
  let every = step;
  return {
    observe(model) {
      if (model.position % every !== 0) return;
      samples.push({ position: model.position, blocks: blocksInUse(model), arenas: model.arenas.size, objects: model.liveObjects });
      if (samples.length > limit) {
        every *= 2;
        samples = samples.filter((s) => s.position % every === 0);
      }
    },
    get samples() {
      return samples;
    },
    get step() {
      return every;
    },
  };
}
