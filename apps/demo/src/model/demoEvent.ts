// The events the demo reads: any object with a dotted `type` and a `seq`, as docs/CONTRACTS.md
// lists them. The demo folds live runs and trace files alike, and a trace may come from a newer
// pymem, so payload fields are read defensively here rather than trusted to a compile-time union.

/**
 * An event as the demo receives it, from a live run's bus or a trace file.
 *
 * @example
 * ```ts
 * const e: DemoEvent = { type: 'ref.increfed', seq: 4, handle: 2, refcount: 2 };
 * ```
 */
export interface DemoEvent {
  readonly type: string;
  readonly seq: number;
  readonly [field: string]: unknown;
}

/**
 * A numeric payload field, or `fallback` when absent or not a number.
 *
 * @example
 * ```ts
 * num({ type: 'ref.increfed', seq: 0, handle: 3 }, 'handle'); // 3
 * ```
 */
export function num(e: DemoEvent, field: string, fallback = -1): number {
  const v = e[field];
  return typeof v === 'number' ? v : fallback;
}

/**
 * A string payload field, or `fallback`.
 *
 * @example
 * ```ts
 * str({ type: 'marker', seq: 0, label: 'statement' }, 'label'); // 'statement'
 * ```
 */
export function str(e: DemoEvent, field: string, fallback = ''): string {
  const v = e[field];
  return typeof v === 'string' ? v : fallback;
}

/**
 * One line describing an event for the event log: its type and payload, without `seq`.
 *
 * @example
 * ```ts
 * describeEvent({ type: 'ref.increfed', seq: 4, handle: 2, refcount: 2 }); // 'ref.increfed handle=2 refcount=2'
 * ```
 */
export function describeEvent(e: DemoEvent): string {
  let out = e.type;
  for (const key of Object.keys(e)) {
    if (key === 'type' || key === 'seq') continue;
    const v = e[key];
    out += ` ${key}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`;
  }
  return out;
}
