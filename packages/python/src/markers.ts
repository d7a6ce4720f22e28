// Markers for viewers (runProgram's `markers: true` only): what CPython 3.11 keeps outside the
// heap events, told on the bus so a viewer can draw it as Python Tutor does. A call frame
// (_PyInterpreterFrame, pushed by _PyEval_EvalFrame, popped on return) and its fast locals
// (localsplus, no heap slot holds them); the value of a new str, int or float (a payload the
// events do not carry); the name of each instance attribute (a class's shared keys,
// Objects/dictobject.c's insert_into_dictkeys). Each is a `marker` event whose `text` is JSON:
//   frame  {"op":"push","id":N,"name":"f"} · {"op":"pop","id":N}
//   local  {"frame":N,"name":"q","handle":H}   (handle -1: unbound)
//   value  {"handle":H,"text":"300"}
//   attr   {"type":T,"index":I,"name":"x"}   (T: the class's runtime type id)
// Normal runs install none of this: the hooks below are added to one Interp only when asked.
import type { Handle } from './mem.js';
import type { Frame, Interp } from './interp.js';
import type { PyType } from './objects.js';
import { formatFloat } from './format.js';

/** Per-run state of the markers: frame ids and the locals last told per frame. */
export interface FrameMarkers {
  /** A function frame starts running (not the module, not a class body). */
  push(frame: Frame): void;
  /** Tells the locals of `frame` that changed since last told (called before each statement). */
  locals(frame: Frame): void;
  /** The frame returned or raised. */
  pop(frame: Frame): void;
}

const told = (frame: Frame): boolean => !frame.code.isModule && frame.ns < 0;

/**
 * Creates the frame markers of one run, publishing on `I`'s runtime.
 *
 * @example
 * ```ts
 * I.frameMarkers = createFrameMarkers(I);
 * ```
 */
export function createFrameMarkers(I: Interp): FrameMarkers {
  const rt = I.mem.rt;
  const ids = new Map<Frame, number>();
  const last = new Map<Frame, Handle[]>();
  let next = 0;
  const tellLocals = (frame: Frame, id: number): void => {
    const before = last.get(frame)!;
    const { fast } = frame;
    const names = frame.code.localNames;
    for (let i = 0; i < names.length && i < fast.length; i++) {
      const h = fast[i]! >= 0 ? fast[i]! : -1;
      if (before[i] === h) continue;
      before[i] = h;
      rt.mark('local', undefined, JSON.stringify({ frame: id, name: names[i], handle: h }));
    }
  };
  return {
    push(frame) {
      if (!told(frame)) return;
      const id = next++;
      ids.set(frame, id);
      last.set(frame, new Array<Handle>(frame.fast.length).fill(-1));
      rt.mark('frame', undefined, JSON.stringify({ op: 'push', id, name: frame.code.qualname }));
      tellLocals(frame, id);
    },
    locals(frame) {
      const id = ids.get(frame);
      if (id !== undefined) tellLocals(frame, id);
    },
    pop(frame) {
      const id = ids.get(frame);
      if (id === undefined) return;
      ids.delete(frame);
      last.delete(frame);
      rt.mark('frame', undefined, JSON.stringify({ op: 'pop', id }));
    },
  };
}

/**
 * Makes `I` tell the value of each str, int and float it creates, and each function's and
 * builtin's name
 * (own properties over the prototype's constructors: only this run pays for them). Cached
 * objects (small ints, one-character strings) are left out: their values are in `intern.cached`.
 *
 * @example
 * ```ts
 * installValueMarkers(I);
 * ```
 */
export function installValueMarkers(I: Interp): void {
  const rt = I.mem.rt;
  const tell = (h: Handle, text: string): void => markValue(I, h, text);
  const proto = Object.getPrototypeOf(I) as Interp;
  const target = I as unknown as Record<string, unknown>;
  target.newInt = function (this: Interp, v: number | bigint): Handle {
    const h = proto.newInt.call(this, v);
    if (!rt.heap.isStatic(h)) tell(h, String(v));
    return h;
  };
  target.newFloat = function (this: Interp, v: number): Handle {
    const h = proto.newFloat.call(this, v);
    tell(h, formatFloat(v));
    return h;
  };
  target.newStrObject = function (this: Interp, s: string): Handle {
    const h = proto.newStrObject.call(this, s);
    tell(h, s);
    return h;
  };
  target.newBuiltin = function (this: Interp, ...args: Parameters<Interp['newBuiltin']>): Handle {
    const h = proto.newBuiltin.apply(this, args);
    tell(h, `built-in ${args[0]}`);
    return h;
  };
  target.newFunction = function (this: Interp, ...args: Parameters<Interp['newFunction']>): Handle {
    const h = proto.newFunction.apply(this, args);
    tell(h, `function ${args[0].qualname}`);
    return h;
  };
}

/**
 * Tells the value of object `h` as a viewer shows it (a `value` marker).
 *
 * @example
 * ```ts
 * markValue(I, m, 'module sys');
 * ```
 */
export function markValue(I: Interp, h: Handle, text: string): void {
  I.mem.rt.mark('value', undefined, JSON.stringify({ handle: h, text }));
}

/**
 * Tells the name of attribute slot `index` of instances of class `t` (an `attr` marker).
 *
 * @example
 * ```ts
 * markAttribute(I, t, 0, 'name');
 * ```
 */
export function markAttribute(I: Interp, t: PyType, index: number, name: string): void {
  I.mem.rt.mark('attr', undefined, JSON.stringify({ type: t.typeId, index, name }));
}
