// The switches of the `gc` module that every collector class in this package keeps the same
// way: enabled, debug flags, "collecting now", per-generation statistics, and the
// `gc.configured` event each change publishes. The 3.11 collector and `defineCollector`'s
// collectors extend it; start at `CollectorSwitches`.
import type { CollectorHost, GenerationStats } from './collector.js';

/**
 * Base class for a collector's `gc` switches. The subclass says what its thresholds are
 * (`getThreshold`), and the base publishes `gc.configured` with them on every change.
 *
 * @example
 * ```ts
 * class Mine extends CollectorSwitches {
 *   getThreshold() { return [700, 0, 0]; }
 * }
 * const c = new Mine(host, { enabled: true, debug: 0, generations: 1 });
 * c.disable(); // emits gc.configured { enabled: false, ... }
 * ```
 */
export abstract class CollectorSwitches {
  protected enabled: boolean;
  protected debug: number;
  protected collecting = false;
  protected readonly stats: { collections: number; collected: number; uncollectable: number }[];

  constructor(
    protected readonly host: CollectorHost,
    init: { readonly enabled: boolean; readonly debug: number; readonly generations: number },
  ) {
    this.enabled = init.enabled;
    this.debug = init.debug;
    this.stats = Array.from({ length: Math.max(3, init.generations) }, () => ({ collections: 0, collected: 0, uncollectable: 0 }));
  }

  abstract getThreshold(): readonly number[];

  enable(): void {
    this.enabled = true;
    this.configured();
  }
  disable(): void {
    this.enabled = false;
    this.configured();
  }
  isEnabled(): boolean {
    return this.enabled;
  }
  getDebug(): number {
    return this.debug;
  }
  setDebug(flags: number): void {
    this.debug = flags;
    this.configured();
  }
  isCollecting(): boolean {
    return this.collecting;
  }
  getStats(): readonly GenerationStats[] {
    return this.stats.map((s) => ({ ...s }));
  }

  /** Publishes the switches after a change (`gc.configured`). */
  protected configured(): void {
    this.host.emit({ type: 'gc.configured', thresholds: [...this.getThreshold()], enabled: this.enabled, debug: this.debug });
  }
}
