import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHasher } from '@pymem/object-model';
import { InvariantViolation, createRefcounter } from './index.js';

const allocated = (seq: number, handle: number) =>
  ({ type: 'object.allocated', seq, handle, typeId: 12, size: 56, address: 4096 + 64 * handle, gc: true, fromFreeList: null }) as const;

describe('the refcounter', () => {
  it('starts an object at 1 and follows increfs and decrefs', () => {
    const rc = createRefcounter();
    rc.apply(allocated(0, 0));
    rc.apply({ type: 'ref.increfed', seq: 1, handle: 0, refcount: 2 });
    rc.apply({ type: 'ref.decrefed', seq: 2, handle: 0, refcount: 1 });
    expect(rc.refcount(0)).toBe(1);
  });

  it('names the seq of a decref below zero', () => {
    const rc = createRefcounter();
    rc.apply(allocated(0, 3));
    rc.apply({ type: 'ref.decrefed', seq: 1, handle: 3, refcount: 0 });
    expect(() => rc.apply({ type: 'ref.decrefed', seq: 2, handle: 3, refcount: -1 })).toThrow(/seq 2: negativeRefcount/);
  });

  it('names the seq of a use after free and of a double free', () => {
    const rc = createRefcounter();
    rc.apply(allocated(0, 0));
    rc.apply({ type: 'ref.decrefed', seq: 1, handle: 0, refcount: 0 });
    rc.apply({ type: 'object.freed', seq: 2, handle: 0, address: 4096, toFreeList: null });
    const errors = [
      () => rc.apply({ type: 'ref.increfed', seq: 3, handle: 0, refcount: 1 }),
      () => rc.apply({ type: 'object.freed', seq: 4, handle: 0, address: 4096, toFreeList: null }),
    ].map((f) => {
      try {
        f();
      } catch (e) {
        return e as InvariantViolation;
      }
      throw new Error('expected a violation');
    });
    expect(errors.map((e) => [e.seq, e.kind])).toEqual([
      [3, 'useAfterFree'],
      [4, 'doubleFree'],
    ]);
  });

  it('refuses to free an object that still has references', () => {
    const rc = createRefcounter();
    rc.apply(allocated(0, 0));
    expect(() => rc.apply({ type: 'object.freed', seq: 1, handle: 0, address: 4096, toFreeList: null })).toThrow(InvariantViolation);
  });

  it('replaying its events into a fresh refcounter rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.boolean()), { maxLength: 100 }), (steps) => {
        const log: Parameters<ReturnType<typeof createRefcounter>['apply']>[0][] = [];
        const live = createRefcounter();
        const emit = (e: (typeof log)[number]) => {
          live.apply(e);
          log.push(e);
        };
        const counts = new Map<number, number>();
        let seq = 0;
        for (const [h, up] of steps) {
          const n = counts.get(h);
          if (n === undefined) {
            emit(allocated(seq++, h));
            counts.set(h, 1);
          } else if (up) {
            emit({ type: 'ref.increfed', seq: seq++, handle: h, refcount: n + 1 } as never);
            counts.set(h, n + 1);
          } else {
            emit({ type: 'ref.decrefed', seq: seq++, handle: h, refcount: n - 1 } as never);
            if (n - 1 === 0) {
              emit({ type: 'object.freed', seq: seq++, handle: h, address: 0, toFreeList: null } as never);
              counts.delete(h);
            } else counts.set(h, n - 1);
          }
          for (const [k, v] of counts) expect(live.refcount(k)).toBe(v);
        }
        const replay = createRefcounter();
        for (const e of log) replay.apply(e);
        const a = createHasher();
        const b = createHasher();
        live.digest(a);
        replay.digest(b);
        expect(b.hex()).toBe(a.hex());
      }),
      { numRuns: 50 },
    );
  });
});
