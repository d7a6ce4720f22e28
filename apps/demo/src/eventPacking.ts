// Events from the worker to the page, packed. A live run of a few seconds makes over a million
// events, and posting them as objects cost more than running the program: the structured clone
// writes and reads every object field by field (pools.py, 1.4M events: 1.7 s in the worker and
// 0.7 s on the page, against 1 s of interpreting). The few shapes that make up nearly all events
// (a refcount change, a slot store, an allocation...) travel as numbers in one Float64Array,
// transferred without a copy, and the page rebuilds them as object literals with the same
// fields in the same order. Any other event travels as itself, structured-cloned.
import type { DemoEvent } from './model/demoEvent.js';

/**
 * The packed shapes: field names after `seq` and `type`, and each one's kind: i an int32 (`seq`
 * too; rebuilt as small integers, as the clone gives them: doubles in object fields cost a heap
 * number each), n any number, b boolean, z null, s string.
 */
const SHAPES: readonly (readonly [name: string, kind: 'i' | 'n' | 'b' | 'z' | 's'][])[] = [
  [['handle', 'i'], ['refcount', 'i']],
  [['handle', 'i']],
  [['owner', 'i'], ['index', 'i'], ['target', 'i']],
  [['handle', 'i'], ['typeId', 'i'], ['size', 'i'], ['address', 'n'], ['gc', 'b'], ['fromFreeList', 'z']],
  [['handle', 'i'], ['address', 'n'], ['toFreeList', 'z']],
  [['owner', 'i'], ['count', 'i']],
  [['label', 's'], ['line', 'i']],
  [['label', 's'], ['text', 's']],
];

const isInt32 = (v: unknown): boolean => typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);
/** Code of an event that is not packed: the next one of `others`. */
const OTHER = -1;

/**
 * A batch of events: per event, in `values`, its shape's code, then (packed shapes) `seq`, the
 * index of its type in `strings` and its fields; only the first `used` values count.
 */
export interface PackedEvents {
  readonly count: number;
  readonly values: Float64Array;
  readonly used: number;
  readonly strings: readonly string[];
  readonly others: readonly object[];
}

function shapeOf(e: Record<string, unknown>, keys: readonly string[]): number {
  if (keys[0] !== 'seq' || keys[1] !== 'type' || !isInt32(e.seq) || typeof e.type !== 'string') return OTHER;
  next: for (let s = 0; s < SHAPES.length; s++) {
    const fields = SHAPES[s]!;
    if (fields.length !== keys.length - 2) continue;
    for (let i = 0; i < fields.length; i++) {
      const [name, kind] = fields[i]!;
      if (keys[i + 2] !== name) continue next;
      const v = e[name];
      if (kind === 'i' ? !isInt32(v) : kind === 'n' ? typeof v !== 'number' : kind === 'b' ? typeof v !== 'boolean' : kind === 's' ? typeof v !== 'string' : v !== null) continue next;
    }
    return s;
  }
  return OTHER;
}

/**
 * Packs events for posting; transfer `values.buffer`.
 *
 * @example
 * ```ts
 * const packed = packEvents(runtime.log.splice(0));
 * self.postMessage({ kind: 'events', packed }, [packed.values.buffer]);
 * ```
 */
export function packEvents(events: readonly object[]): PackedEvents {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const others: object[] = [];
  const values = new Float64Array(events.length * 9);
  const stringIndex = (s: string): number => {
    let k = index.get(s);
    if (k === undefined) {
      k = strings.length;
      strings.push(s);
      index.set(s, k);
    }
    return k;
  };
  let used = 0;
  for (const event of events) {
    const e = event as Record<string, unknown>;
    const shape = shapeOf(e, Object.keys(e));
    values[used++] = shape;
    if (shape === OTHER) {
      others.push(event);
      continue;
    }
    values[used++] = e.seq as number;
    values[used++] = stringIndex(e.type as string);
    for (const [name, kind] of SHAPES[shape]!) {
      const v = e[name];
      values[used++] = kind === 'i' || kind === 'n' ? (v as number) : kind === 'b' ? (v ? 1 : 0) : kind === 's' ? stringIndex(v as string) : 0;
    }
  }
  return { count: events.length, values, used, strings, others };
}

/**
 * Rebuilds the events of a packed batch, in order, each with its fields in the original order.
 *
 * @example
 * ```ts
 * timeline.append(unpackEvents(message.packed));
 * ```
 */
export function unpackEvents(p: PackedEvents): DemoEvent[] {
  const out: DemoEvent[] = new Array<DemoEvent>(p.count);
  const { values: v, strings: str, others } = p;
  let at = 0;
  let other = 0;
  for (let n = 0; n < p.count; n++) {
    const code = v[at++]!;
    if (code === OTHER) {
      out[n] = others[other++] as DemoEvent;
      continue;
    }
    const seq = v[at++]! | 0;
    const type = str[v[at++]!]!;
    // object literals, one per shape, so each shape has one hidden class (fields as in SHAPES)
    switch (code) {
      case 0:
        out[n] = { seq, type, handle: v[at]! | 0, refcount: v[at + 1]! | 0 };
        break;
      case 1:
        out[n] = { seq, type, handle: v[at]! | 0 };
        break;
      case 2:
        out[n] = { seq, type, owner: v[at]! | 0, index: v[at + 1]! | 0, target: v[at + 2]! | 0 };
        break;
      case 3:
        out[n] = { seq, type, handle: v[at]! | 0, typeId: v[at + 1]! | 0, size: v[at + 2]! | 0, address: v[at + 3]!, gc: v[at + 4] === 1, fromFreeList: null };
        break;
      case 4:
        out[n] = { seq, type, handle: v[at]! | 0, address: v[at + 1]!, toFreeList: null };
        break;
      case 5:
        out[n] = { seq, type, owner: v[at]! | 0, count: v[at + 1]! | 0 };
        break;
      case 6:
        out[n] = { seq, type, label: str[v[at]!]!, line: v[at + 1]! | 0 };
        break;
      case 7:
        out[n] = { seq, type, label: str[v[at]!]!, text: str[v[at + 1]!]! };
        break;
      default:
        throw new Error(`packed events: unknown shape ${code} at event ${n}`);
    }
    at += SHAPES[code]!.length;
  }
  if (at !== p.used || other !== others.length) throw new Error(`packed events: read ${at} of ${p.used} values, ${other} of ${others.length} others`);
  return out;
}
