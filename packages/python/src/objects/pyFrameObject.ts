// Frame objects (the heap objects) as 3.11 materialises them (_PyFrame_GetFrameObject): made when a traceback needs
// one and untracked while their frame runs; when the frame finishes while something else still
// holds the object, take_ownership moves the locals into it, links f_back and tracks it, else it
// is simply dropped. Mirrors Objects/frameobject.c (frame_getlocals, frame_getback) and
// Python/frame.c (_PyFrame_Clear, take_ownership).
import { BuiltinType } from '@pymem/object-model';
import type { Frame, Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';

/** Slots of a frame object: f_back (once owned), f_code, f_globals, then the locals it took over. */
const enum FrameSlot {
  Back = 0,
  Code = 1,
  Globals = 2,
  Locals = 3,
}

/** What a frame object knows beyond its slots. */
export interface FrameData {
  readonly frame: Frame;
  /** The frame has finished and its locals live in this object's slots. */
  owned: boolean;
  lineno: number;
}

/** The frame object of a running frame, made on first need (borrowed: the frame owns it). */
export function frameObject(I: Interp, frame: Frame): Handle {
  if (frame.fobj !== undefined && frame.fobj >= 0) return frame.fobj;
  const code = frame.code;
  const h = I.mem.allocate(BuiltinType.frame, { slots: FrameSlot.Locals, items: code.nlocals, track: false });
  I.setMeta(h, K.Frame, I.tFrame, { frame, owned: false, lineno: frame.line } satisfies FrameData);
  I.mem.setSlot(h, FrameSlot.Code, code.handle);
  I.mem.setSlot(h, FrameSlot.Globals, frame.globals);
  frame.fobj = h;
  return h;
}

/**
 * _PyFrame_Clear's part for the frame object, before the locals are cleared: if anything else
 * holds the object it takes the locals over (they stay alive with it) and is tracked; then the
 * frame's own reference goes.
 */
export function releaseFrameObject(I: Interp, frame: Frame): void {
  const h = frame.fobj;
  if (h === undefined || h < 0) return;
  frame.fobj = -1;
  if (I.mem.refcount(h) > 1) {
    const d = I.pv[h] as FrameData;
    d.owned = true;
    d.lineno = frame.line;
    const fast = frame.fast;
    I.mem.resizeSlots(h, FrameSlot.Locals + fast.length);
    for (let i = 0; i < fast.length; i++) {
      if (fast[i] >= 0) I.mem.putSlot(h, FrameSlot.Locals + i, fast[i]);
      fast[i] = -1;
    }
    if (frame.back) I.mem.setSlot(h, FrameSlot.Back, frameObject(I, frame.back));
    I.mem.track(h);
  }
  I.decref(h);
}

/** The value of local `i` of a frame object's frame (borrowed; -1 unbound). */
function localOf(I: Interp, h: Handle, i: number): Handle {
  const d = I.pv[h] as FrameData;
  return d.owned ? I.mem.rt.heap.slot(h, FrameSlot.Locals + i) : d.frame.fast[i]!;
}

/** A frame object's attributes (new reference), or -1 when it has no such attribute. */
export function frameGetattr(I: Interp, h: Handle, name: string): Handle {
  const d = I.pv[h] as FrameData;
  const frame = d.frame;
  switch (name) {
    case 'f_code':
      return I.incref(frame.code.handle);
    case 'f_globals':
      return I.incref(frame.globals);
    case 'f_lineno':
      return I.newInt(d.owned ? d.lineno : frame.line);
    case 'f_back': {
      if (d.owned) {
        const b = I.mem.rt.heap.slot(h, FrameSlot.Back);
        return I.incref(b >= 0 ? b : I.None);
      }
      return I.incref(frame.back ? frameObject(I, frame.back) : I.None);
    }
    case 'f_locals': {
      if (frame.code.isModule) return I.incref(frame.globals);
      const out = I.newDict();
      const names = frame.code.localNames;
      for (let i = 0; i < names.length; i++) {
        const v = localOf(I, h, i);
        if (v >= 0) I.dictSetStr(out, names[i]!, v);
      }
      return out;
    }
  }
  return -1;
}

/** `<frame at 0x..., file '...', line N, code NAME>` (frame_repr). */
export function frameRepr(I: Interp, h: Handle, filename: string): string {
  const d = I.pv[h] as FrameData;
  return `<frame at ${I.addr(h)}, file '${d.frame.code.source?.filename ?? filename}', line ${d.owned ? d.lineno : d.frame.line}, code ${d.frame.code.name}>`;
}
