import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHasher } from '@pymem/object-model';
import { FREE_LIST_LIMITS, createInternTable, isIdentifierLike } from './index.js';

const digest = (t: ReturnType<typeof createInternTable>): string => {
  const h = createHasher();
  t.digest(h);
  return h.hex();
};

describe('the intern table', () => {
  it('keeps free lists LIFO: the last object parked is the first reused', () => {
    const t = createInternTable();
    let seq = 0;
    for (const h of [10, 11, 12]) t.apply({ type: 'object.freed', seq: seq++, handle: h, address: h * 64, toFreeList: 'list' });
    expect(t.freeListTop('list')).toBe(12);
    t.apply({ type: 'object.allocated', seq: seq++, handle: 12, typeId: 12, size: 56, address: 768, gc: true, fromFreeList: 'list' });
    expect(t.freeListTop('list')).toBe(11);
    expect(t.freeListCount('list')).toBe(2);
  });

  it('has one tuple free list per length 1..20 and none for 0 or 21', () => {
    const t = createInternTable();
    expect(t.freeListHasRoom('tuple', 1)).toBe(true);
    expect(t.freeListHasRoom('tuple', 20)).toBe(true);
    expect(t.freeListHasRoom('tuple', 0)).toBe(false);
    expect(t.freeListHasRoom('tuple', 21)).toBe(false);
  });

  it('reports a full list once it holds its limit', () => {
    const t = createInternTable();
    for (let h = 0; h < FREE_LIST_LIMITS.dict; h++) {
      t.apply({ type: 'object.freed', seq: h, handle: h, address: 0, toFreeList: 'dict' });
    }
    expect(t.freeListHasRoom('dict')).toBe(false);
  });

  it('rejects an allocation that takes something other than the top of the list', () => {
    const t = createInternTable();
    t.apply({ type: 'object.freed', seq: 0, handle: 5, address: 0, toFreeList: 'float' });
    expect(() =>
      t.apply({ type: 'object.allocated', seq: 1, handle: 6, typeId: 6, size: 24, address: 0, gc: false, fromFreeList: 'float' }),
    ).toThrow(/seq 1/);
  });

  it('interning is idempotent and a removed string is gone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(50)), { maxLength: 30 }), (entries) => {
        const t = createInternTable();
        let seq = 0;
        const seen = new Map<string, number>();
        for (const [text, h] of entries) {
          if (seen.has(text)) continue;
          seen.set(text, h);
          t.apply({ type: 'intern.added', seq: seq++, handle: h, text });
        }
        for (const [text, h] of seen) expect(t.lookup(text)).toBe(h);
        const [first] = seen;
        if (first !== undefined) {
          t.apply({ type: 'intern.removed', seq: seq++, handle: first[1], text: first[0] });
          expect(t.lookup(first[0])).toBe(-1);
        }
      }),
    );
  });

  it('replaying its events into a fresh table rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('float', 'list', 'dict'), fc.boolean()), { maxLength: 60 }), (steps) => {
        const live = createInternTable();
        const log: Parameters<typeof live.apply>[0][] = [];
        const apply = (e: Parameters<typeof live.apply>[0]) => {
          live.apply(e);
          log.push(e);
        };
        let seq = 0;
        let next = 100;
        for (const [kind, park] of steps) {
          const top = live.freeListTop(kind);
          if (park || top < 0) apply({ type: 'object.freed', seq: seq++, handle: next++, address: 0, toFreeList: kind } as never);
          else apply({ type: 'object.allocated', seq: seq++, handle: top, typeId: 0, size: 0, address: 0, gc: false, fromFreeList: kind } as never);
        }
        const replay = createInternTable();
        for (const e of log) replay.apply(e);
        expect(digest(replay)).toBe(digest(live));
      }),
    );
  });

  it('calls identifier-like exactly the strings made of ASCII letters, digits and underscores', () => {
    expect(['abc', 'A_1', '_', '123'].every(isIdentifierLike)).toBe(true);
    expect(['a b', 'a-b', 'é', 'a\n'].some(isIdentifierLike)).toBe(false);
  });
});
