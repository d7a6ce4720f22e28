// Where a run's program starts and ends, for the views: objects born before the start are the
// interpreter's own, and a live run ends with the interpreter's shutdown (Py_FinalizeEx: a full
// collection, the module's globals cleared, another full collection), which would otherwise be
// the first thing a reader sees. Marker events say it when a front end emits them; until the
// interpreter does, two signs of @pymem/python's runProgram stand in (named below).
import { num, str } from './demoEvent.js';
import type { Timeline } from './timeline.js';

/** Positions (events applied) of the program's start and end. */
export interface Landmarks {
  /** Objects born at or before this position belong to the interpreter's start-up. */
  readonly programStart: number;
  /** Position just before the interpreter's shutdown, or the run's length. */
  readonly programEnd: number;
}

/**
 * Finds the landmarks: the first `statement` marker (else the interning of `'__main__'`, which
 * runProgram does right after installing the builtins); the `shutdown` marker (else, for a
 * run that ends in two manual full collections, the start of the first of them).
 *
 * @example
 * ```ts
 * const { programStart, programEnd } = findLandmarks(timeline, 'live');
 * ```
 */
export function findLandmarks(t: Timeline, kind: 'live' | 'trace'): Landmarks {
  let programStart = t.statements.length ? t.statements[0]! : 0;
  let programEnd = t.length;
  if (!t.statements.length) {
    for (let i = 0; i < t.length; i++) {
      const e = t.event(i);
      if (e.type === 'intern.added' && str(e, 'text') === '__main__') {
        programStart = i + 1;
        break;
      }
    }
  }
  if (kind !== 'live') return { programStart, programEnd };
  // the shutdown marker is near the end: searched from there (a forward scan of a million-event
  // run cost ~100 ms before the page could show it)
  let shutdownMarker = -1;
  for (let i = t.length - 1; i >= 0; i--) {
    const e = t.event(i);
    if (e.type === 'marker' && str(e, 'label') === 'shutdown') {
      shutdownMarker = i;
      break;
    }
  }
  if (shutdownMarker >= 0) programEnd = shutdownMarker;
  else {
    const cs = t.collections;
    const [a, b] = [cs[cs.length - 2], cs[cs.length - 1]];
    const fullManual = (i: number): boolean => {
      const e = t.event(i);
      return num(e, 'generation') === 2 && str(e, 'reason', 'manual') === 'manual';
    };
    if (a && b && fullManual(a.start) && fullManual(b.start)) programEnd = a.start;
  }
  return { programStart, programEnd };
}
