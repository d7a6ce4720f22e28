import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCPython311Collector, createTestHost } from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const source = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the README', () => {
  it('runs its first example as written: a self-referencing list is collected', () => {
    const host = createTestHost();
    const gc = createCPython311Collector(host);
    host.attach(gc);
    const l = host.alloc('list');
    host.append(l, l);
    host.drop(l);
    expect(gc.collect()).toBe(1);
    expect(gc.getCount()).toEqual([0, 0, 0]);
  });

  it('shows the no-op template and the mark-sweep collect function exactly as the files hold them', () => {
    const noop = source('./collectors/noop/noopCollector.ts');
    const template = noop.slice(noop.indexOf('export const createNoopCollector'));
    expect(readme).toContain(template.trim());
    const ms = source('./collectors/markSweep/markSweepCollector.ts');
    const fn = ms.slice(ms.indexOf('function collect('), ms.indexOf('\n}\n', ms.indexOf('function collect(')) + 2);
    expect(readme).toContain(fn);
  });
});
