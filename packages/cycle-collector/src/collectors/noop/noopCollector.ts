// The smallest collector: it keeps CPython's gc module surface (counts, thresholds, freeze,
// stats, callbacks, events) and never finds garbage, so cycles leak as with `gc.disable()`
// forever. Copy this folder to start your own; the package README grows it into a real one.
import { defineCollector, type BaseSettings } from '../../defineCollector.js';

/** Settings of the no-op collector. */
export type NoopSettings = BaseSettings;

/**
 * A collector that collects nothing: every `collect` returns 0.
 *
 * @example
 * ```ts
 * const gc = createNoopCollector(host);
 * gc.collect(); // 0, whatever the heap holds
 * ```
 */
export const createNoopCollector = defineCollector<NoopSettings>({
  name: 'noop',
  defaults: { threshold: 700, enabled: true },
  collect: () => ({ collected: 0, uncollectable: 0 }),
});
