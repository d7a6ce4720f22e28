// The open collector registry: a name → factory table that users add to without editing a
// list or a switch (STYLE.md "Extension points"). `collectors` comes with the shipped ones;
// front ends resolve `--collector NAME` through it. Start with `createCollectorRegistry`.
import type { Collector, CollectorFactory, CollectorHost } from './collector.js';
import { createCPython311Collector } from './cpython311/cpython311Collector.js';
import { createMarkSweepCollector } from './collectors/markSweep/markSweepCollector.js';
import { createNoopCollector } from './collectors/noop/noopCollector.js';
import { createTrialDeletionCollector } from './collectors/trialDeletion/trialDeletionCollector.js';

/** One registered collector. */
export interface CollectorEntry {
  readonly name: string;
  readonly description: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly factory: CollectorFactory<any>;
}

/** A name → collector table. */
export interface CollectorRegistry {
  /** Adds a collector; a name already taken is an error unless `replace` is set. */
  register<S>(name: string, factory: CollectorFactory<S>, options?: { description?: string; replace?: boolean }): void;
  has(name: string): boolean;
  get(name: string): CollectorEntry | undefined;
  /** Registered names, in registration order. */
  names(): string[];
  /** Creates the named collector for a host; an unknown name throws, listing the known ones. */
  create(name: string, host: CollectorHost, settings?: unknown): Collector;
}

/**
 * An empty registry (or one seeded with `entries`).
 *
 * @example
 * ```ts
 * const registry = createCollectorRegistry();
 * registry.register('mine', createMyCollector, { description: 'my first collector' });
 * registry.create('mine', host).collect();
 * ```
 */
export function createCollectorRegistry(entries: readonly CollectorEntry[] = []): CollectorRegistry {
  const table = new Map<string, CollectorEntry>();
  const registry: CollectorRegistry = {
    register(name, factory, options = {}) {
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(name)) {
        throw new Error(`collector name "${name}" must be lowercase letters, digits, '.' or '-'`);
      }
      if (table.has(name) && !options.replace) throw new Error(`a collector named "${name}" is already registered`);
      table.set(name, { name, factory, description: options.description ?? '' });
    },
    has: (name) => table.has(name),
    get: (name) => table.get(name),
    names: () => [...table.keys()],
    create(name, host, settings) {
      const entry = table.get(name);
      if (!entry) throw new Error(`unknown collector "${name}" (known: ${[...table.keys()].join(', ')})`);
      return entry.factory(host, settings as never);
    },
  };
  for (const e of entries) registry.register(e.name, e.factory, { description: e.description });
  return registry;
}

/**
 * The shipped collectors: `cpython311` (the default), `noop`, `mark-sweep`, `trial-deletion`.
 * Add your own with `collectors.register(name, factory)`.
 *
 * @example
 * ```ts
 * collectors.names(); // ['cpython311', 'noop', 'mark-sweep', 'trial-deletion']
 * ```
 */
export const collectors: CollectorRegistry = createCollectorRegistry([
  { name: 'cpython311', factory: createCPython311Collector, description: "CPython 3.11's generational collector (gcmodule.c)" },
  { name: 'noop', factory: createNoopCollector, description: 'never collects (the template to copy)' },
  { name: 'mark-sweep', factory: createMarkSweepCollector, description: "tracing mark-sweep from the runtime's roots" },
  { name: 'trial-deletion', factory: createTrialDeletionCollector, description: 'synchronous trial deletion (Bacon and Rajan)' },
]);
