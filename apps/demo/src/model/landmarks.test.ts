import { describe, expect, it } from 'vitest';
import { findLandmarks } from './landmarks.js';
import { createTimeline } from './timeline.js';
import { eventScript } from './eventScript.js';

const fullCollection = (s: ReturnType<typeof eventScript>): void => {
  s.raw({ type: 'gc.collectionStarted', collector: 'cpython', generation: 2, reason: 'manual', counts: [0, 0, 0] });
  s.raw({ type: 'gc.collectionFinished', collector: 'cpython', generation: 2, collected: 0, uncollectable: 0 });
};

describe('the landmarks of a run', () => {
  it('start at the first statement and end at the shutdown marker when the front end emits them', () => {
    const s = eventScript();
    s.alloc(12, 56);
    s.statement(1);
    s.alloc(12, 56);
    s.raw({ type: 'marker', label: 'shutdown' });
    fullCollection(s);
    const t = createTimeline();
    t.append(s.events);
    expect(findLandmarks(t, 'live')).toEqual({ programStart: 2, programEnd: 5 });
  });

  it("fall back to the interning of '__main__' and the two full collections of the shutdown", () => {
    const s = eventScript();
    s.alloc(12, 56);
    s.raw({ type: 'intern.added', handle: 9, text: '__main__' });
    fullCollection(s); // the program's own gc.collect()
    s.alloc(12, 56);
    const end = s.events.length;
    fullCollection(s);
    fullCollection(s);
    const t = createTimeline();
    t.append(s.events);
    expect(findLandmarks(t, 'live')).toEqual({ programStart: 3, programEnd: end });
    expect(findLandmarks(t, 'trace')).toEqual({ programStart: 3, programEnd: t.length });
  });
});
