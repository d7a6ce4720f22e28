// The program's frames and the names bound in them, as Python Tutor draws them: the module's
// globals (the dict whose `__name__` is '__main__', as PyRun_SimpleFile's __main__ module) shown
// as a frame of names, and function frames pushed and popped by `frame` markers with their
// locals bound by `local` markers (CPython 3.11 keeps those in _PyInterpreterFrame's
// localsplus, which no heap event shows; the interpreter says it when run with markers).
import type { DemoEvent } from './demoEvent.js';
import { str } from './demoEvent.js';
import type { MemoryModel } from './memoryModel.js';

/** One name and the object it refers to. */
export interface Binding {
  readonly name: string;
  readonly target: number;
}

/** A frame as the frames view draws it. */
export interface Frame {
  /** `module` for the globals; `f#3` for the third call frame the run pushed. */
  readonly id: string;
  readonly title: string;
  readonly bindings: readonly Binding[];
}

/** Names CPython's module dict holds before the program's first statement (hidden, as Python Tutor does). */
export const isDunderName = (name: string): boolean => name.length > 4 && name.startsWith('__') && name.endsWith('__');

/**
 * The handle of the module's globals dict: a live dict with the key `'__name__'` bound to
 * `'__main__'` (both interned strings), or -1.
 *
 * @example
 * ```ts
 * const g = findModuleDict(timeline.seek(landmarks.programEnd));
 * ```
 */
export function findModuleDict(model: MemoryModel): number {
  for (let h = 0; h < model.highWater; h++) {
    if (!model.isLive(h) || model.typeName(h) !== 'dict') continue;
    const s = model.slots(h);
    for (let i = 0; i + 1 < s.length; i += 2) {
      if (model.interned.get(s[i]!) === '__name__' && model.interned.get(s[i + 1]!) === '__main__') return h;
    }
  }
  return -1;
}

/**
 * A dict's entries whose keys are strings with known text, in insertion order (slot pairs:
 * key at 2i, value at 2i + 1, as the runtime stores a dict's entries).
 *
 * @example
 * ```ts
 * dictBindings(model, globals); // [{ name: 'a', target: 937 }, ...]
 * ```
 */
export function dictBindings(model: MemoryModel, dict: number, text: (h: number) => string | undefined = (h) => model.interned.get(h)): Binding[] {
  const out: Binding[] = [];
  const s = model.slots(dict);
  for (let i = 0; i + 1 < s.length; i += 2) {
    const k = s[i]!;
    const v = s[i + 1]!;
    if (k < 0 || v < 0) continue;
    const name = text(k);
    if (name !== undefined) out.push({ name, target: v });
  }
  return out;
}

interface StackFrame {
  id: number;
  name: string;
  locals: Map<string, number>;
}

/** Call frames from `frame` / `local` markers (text: JSON), replayable to any position. */
export interface FrameIndex {
  /** Looks at one event (index i of the timeline); keeps it if it is a frame or local marker. */
  add(e: DemoEvent, i: number): void;
  /** The call frames live after `position` events, outermost first. */
  at(position: number): Frame[];
  /** Frame and local markers seen. */
  readonly size: number;
}

type Op = { i: number; push?: { id: number; name: string }; pop?: number; local?: { frame: number; name: string; target: number } };

/** Parses a `frame` or `local` marker's JSON text; undefined when it is not one. */
export function parseFrameMarker(e: DemoEvent): Omit<Op, 'i'> | undefined {
  if (e.type !== 'marker') return undefined;
  const label = str(e, 'label');
  if (label !== 'frame' && label !== 'local') return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(str(e, 'text', '{}')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const n = (k: string): number => (typeof data[k] === 'number' ? (data[k] as number) : -1);
  if (label === 'frame' && data.op === 'push' && typeof data.name === 'string') return { push: { id: n('id'), name: data.name } };
  if (label === 'frame' && data.op === 'pop') return { pop: n('id') };
  if (label === 'local' && typeof data.name === 'string') return { local: { frame: n('frame'), name: data.name, target: n('handle') } };
  return undefined;
}

const CHECKPOINT = 512;

/**
 * Creates an empty frame index; the timeline feeds it every event.
 *
 * @example
 * ```ts
 * const f = createFrameIndex(); events.forEach((e, i) => f.add(e, i)); f.at(120);
 * ```
 */
export function createFrameIndex(): FrameIndex {
  const ops: Op[] = [];
  // the stack after every CHECKPOINT ops, so a position is one copy plus a short replay
  const checkpoints: StackFrame[][] = [[]];
  const stack: StackFrame[] = [];
  const copy = (s: StackFrame[]): StackFrame[] => s.map((f) => ({ id: f.id, name: f.name, locals: new Map(f.locals) }));
  const run = (s: StackFrame[], op: Op): void => {
    if (op.push) s.push({ id: op.push.id, name: op.push.name, locals: new Map() });
    else if (op.pop !== undefined) {
      const k = s.findIndex((f) => f.id === op.pop);
      if (k >= 0) s.length = k;
    } else if (op.local) {
      const f = s.find((x) => x.id === op.local!.frame);
      if (!f) return;
      if (op.local.target < 0) f.locals.delete(op.local.name);
      else f.locals.set(op.local.name, op.local.target);
    }
  };
  return {
    add(e, i) {
      const parsed = parseFrameMarker(e);
      if (!parsed) return;
      const op = { i, ...parsed };
      ops.push(op);
      run(stack, op);
      if (ops.length % CHECKPOINT === 0) checkpoints.push(copy(stack));
    },
    at(position) {
      // ops with event index < position: binary search for their count
      let lo = 0;
      let hi = ops.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ops[mid]!.i < position) lo = mid + 1;
        else hi = mid;
      }
      const c = Math.floor(lo / CHECKPOINT);
      const s = copy(checkpoints[c]!);
      for (let k = c * CHECKPOINT; k < lo; k++) run(s, ops[k]!);
      return s.map((f) => ({ id: `f#${f.id}`, title: `${f.name}()`, bindings: [...f.locals].map(([name, target]) => ({ name, target })) }));
    },
    get size() {
      return ops.length;
    },
  };
}

/**
 * Every frame to draw at one point: the module's globals (names only, not the interpreter's
 * dunder entries) and then the call frames, outermost first.
 *
 * @example
 * ```ts
 * framesAt(model, globals, index.at(position));
 * ```
 */
export function framesAt(model: MemoryModel, moduleDict: number, calls: readonly Frame[]): Frame[] {
  // names are interned strings, or one-character strings (static, cached as `str:a`)
  const chars = new Map<number, string>();
  for (const [key, h] of model.cached) if (key.startsWith('str:')) chars.set(h, key.slice(4));
  const text = (h: number): string | undefined => model.interned.get(h) ?? chars.get(h);
  const globals = moduleDict >= 0 && model.isLive(moduleDict) ? dictBindings(model, moduleDict, text).filter((b) => !isDunderName(b.name)) : [];
  return [{ id: 'module', title: 'module globals', bindings: globals }, ...calls];
}
