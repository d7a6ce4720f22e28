import { describe, expect, it } from 'vitest';
import { BuiltinType } from '@pymem/object-model';
import { createProjection, createRuntime } from './index.js';

describe('the README example', () => {
  it('runs as written: a self-cycle with an M inside is collected, __del__ once, the log rebuilds the state', () => {
    const finalized: number[] = [];
    const rt = createRuntime({ record: true, hooks: { finalize: (h) => finalized.push(h) } });
    const M = rt.registerClass({ name: 'M', hasFinalizer: true });
    const list = rt.allocate(BuiltinType.list, { slots: 2 });
    const m = rt.allocate(M);
    rt.setSlot(list, 0, m, true);
    rt.setSlot(list, 1, list);
    rt.decref(list);
    expect(rt.heap.isAlive(list)).toBe(true);
    expect(rt.collect()).toBe(2);
    expect(rt.heap.isAlive(list)).toBe(false);
    expect(finalized).toEqual([m]);
    const p = createProjection();
    p.applyAll(rt.log);
    expect(p.digest()).toBe(rt.digest());
  });
});
