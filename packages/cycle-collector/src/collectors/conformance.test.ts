import { describe, expect, it } from 'vitest';
import { collectors } from '../registry.js';
import { conformanceCases, describeCollector } from '../testing/conformance.js';
import { createNoopCollector } from './noop/noopCollector.js';
import { defineCollector } from '../defineCollector.js';

for (const name of collectors.names()) {
  describeCollector(name, collectors.get(name)!.factory, { describe, it }, { freesCycles: name !== 'noop' });
}

describe('the conformance suite itself', () => {
  it('fails a collector that frees nothing when it claims to free cycles', () => {
    const failures = conformanceCases({ freesCycles: true }).filter((c) => {
      try {
        c.run(createNoopCollector, {});
        return false;
      } catch {
        return true;
      }
    });
    expect(failures.map((c) => c.name)).toContain('frees a self-referencing list on a full collection');
  });

  it('fails a collector that clears reachable objects', () => {
    const reckless = defineCollector({
      name: 'reckless',
      defaults: { threshold: 700, enabled: true },
      collect: (ctx) => {
        const victims = ctx.tracked().filter((_h, i) => i % 2 === 0);
        victims.forEach((h) => ctx.host.clear(h));
        return { collected: victims.length, uncollectable: 0 };
      },
    });
    const failed = conformanceCases().some((c) => {
      if (c.name !== 'never frees an object reachable from a name') return false;
      try {
        c.run(reckless, {});
        return false;
      } catch {
        return true;
      }
    });
    expect(failed).toBe(true);
  });
});
