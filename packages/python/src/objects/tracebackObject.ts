// Traceback objects: each frame an exception passes through prepends one (PyTraceBack_Here), so
// the head is the outermost frame and tb_next leads inwards; each holds its frame object. Mirrors
// Python/traceback.c (tb_create_raw, PyTraceBack_Here, tb_getattr members).
import type { ExprPos, PyException } from '../errors.js';
import type { Frame, Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import { ExcSlot, excGet, exceptionObject } from './exceptions.js';
import { frameObject } from './pyFrameObject.js';

/** Slots of a traceback: tb_next, tb_frame. */
const enum TbSlot {
  Next = 0,
  Frame = 1,
}

/** A traceback's line. */
export interface TracebackData {
  readonly lineno: number;
  /** The expression that raised in this frame, if it is known (the carets' span). */
  readonly pos: ExprPos | null;
}

/**
 * PyTraceBack_Here: the exception `e` reached `frame` (once per frame per raise): a traceback
 * entry for the frame's current line goes in front of the exception's `__traceback__`.
 */
export function traceHere(I: Interp, e: PyException, frame: Frame): void {
  if (e.lastFrame === frame) return;
  e.lastFrame = frame;
  const exc = exceptionObject(I, e);
  const fobj = frameObject(I, frame);
  const pos = e.posFrame === frame ? e.pos : null;
  const tb = I.alloc(I.tTraceback, K.Traceback, { lineno: pos ? pos.line : frame.line, pos } satisfies TracebackData, 2);
  const old = excGet(I, exc, ExcSlot.Traceback);
  if (old >= 0) I.mem.setSlot(tb, TbSlot.Next, old);
  I.mem.setSlot(tb, TbSlot.Frame, fobj);
  I.mem.setSlot(exc, ExcSlot.Traceback, tb);
  I.decref(tb);
}

/** tb_next (borrowed; -1 at the innermost entry). */
export function tbNext(I: Interp, tb: Handle): Handle {
  return I.mem.rt.heap.slot(tb, TbSlot.Next);
}

/** tb_frame (borrowed). */
export function tbFrame(I: Interp, tb: Handle): Handle {
  return I.mem.rt.heap.slot(tb, TbSlot.Frame);
}

/** tb_lineno. */
export function tbLineno(I: Interp, tb: Handle): number {
  return (I.pv[tb] as TracebackData).lineno;
}

/** A traceback's attributes (new reference), or -1. */
export function tbGetattr(I: Interp, h: Handle, name: string): Handle {
  switch (name) {
    case 'tb_next': {
      const n = tbNext(I, h);
      return I.incref(n >= 0 ? n : I.None);
    }
    case 'tb_frame':
      return I.incref(tbFrame(I, h));
    case 'tb_lineno':
      return I.newInt(tbLineno(I, h));
    case 'tb_lasti':
      return I.newInt(-1);
  }
  return -1;
}
