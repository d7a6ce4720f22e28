// Generator objects as 3.11 lays them out: the frame lives inside the object (PyGenObject's
// gi_iframe, so sys.getsizeof is 152 + 8 * (co_nlocalsplus + co_stacksize) + the GC head), the
// object references gi_code, gi_name, gi_qualname, then what _PyFrame_Traverse visits (frame
// object, f_func, f_code, the locals and the value stack). While the generator is suspended its
// frame's references are moved into the object's slots, so the collector sees a suspended
// generator's locals as its referents (and collects cycles through them); they move back into
// the frame when it resumes. The body runs as a JS generator (compiler/genCompile.ts) driven by
// `resume`: send/next/throw/close, "generator already executing", PEP 479, the exc_info the
// generator keeps while suspended (gi_exc_state), close on dealloc (_PyGen_Finalize).
// Mirrors Objects/genobject.c (gen_send_ex2, _gen_throw, gen_close, _PyGen_Finalize, gen_traverse).
import { NULL } from '@pymem/object-model';
import { PyException } from '../errors.js';
import type { Frame, FuncData, Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K, PyType } from '../objects.js';
import { ExcSlot, type ExcData, exceptionObject, excType, newException, raiseObject } from './exceptions.js';
import { frameObject } from './pyFrameObject.js';
import { traceHere } from './tracebackObject.js';

/** gi_frame_state, reduced to what Python can observe. */
export const enum GenState {
  Created = 0,
  Suspended = 1,
  Running = 2,
  Completed = 3,
}

/** The generator's reference slots (gen_traverse's order). */
const enum GenSlot {
  Code = 0,
  Name = 1,
  Qualname = 2,
  FrameObj = 3,
  Func = 4,
  FCode = 5,
  /** Then the frame's fast locals, its cells, and its value stack (Frame.stack). */
  Locals = 6,
}

/** A generator body: yields new references, receives the sent value (a new reference), returns a Flow code. */
export type GenBody = (f: Frame) => Generator<Handle, number, Handle>;

/** What a generator object knows beyond its slots. */
export interface GenData {
  readonly frame: Frame;
  js: Generator<Handle, number, Handle> | null;
  state: GenState;
  /** The exceptions being handled inside the suspended body (gi_exc_state), owned. */
  exc: Handle[];
  name: string;
  qualname: string;
  /** The value of the last `return` (owned), read by send/yield from; -1 when taken. */
  ret: Handle;
}

const TYPES = new WeakMap<Interp, PyType>();

/** The generator type (registered with the runtime on first use). */
export function genType(I: Interp): PyType {
  let t = TYPES.get(I);
  if (t) return t;
  const typeId = I.mem.rt.registerType({
    name: 'generator', basicSize: 152, itemSize: 8, gc: true, tracking: 'always', managedDict: false, weakrefable: true,
    releaseOrder: 'forward', trashcan: false, hasClear: false, hasFinalizer: true, freeList: null, heapType: true,
    typeObject: NULL, slotNames: null,
  });
  t = new PyType('generator', K.Iter, typeId, I.mem.allocate(0, {}), I.tObject, false);
  I.setMeta(t.h, K.Type, I.tType, t);
  t.weakrefable = true;
  TYPES.set(I, t);
  installGenType(I, t);
  return t;
}

/** Whether `h` is a generator object. */
export function isGen(I: Interp, h: Handle): boolean {
  const t = TYPES.get(I);
  return t !== undefined && I.ty[h] === t;
}

/** co_nlocalsplus + co_stacksize: the frame's size in pointers (a parameter that is also a cell has one slot). */
function frameItems(f: Frame): number {
  const c = f.code;
  const cells = c.cellvars.filter((n) => !c.varnames.includes(n)).length;
  return c.varnames.length + cells + c.freevars.length + (c.stacksize ?? 0);
}

/** A generator over a new frame (the function's call made it; the frame's references are taken over). */
export function newGenerator(I: Interp, fn: Handle, frame: Frame): Handle {
  const fd = I.pv[fn] as FuncData;
  const t = genType(I);
  const data: GenData = { frame, js: null, state: GenState.Created, exc: [], name: fd.name, qualname: fd.qualname, ret: -1 };
  const h = I.mem.allocate(t.typeId, { slots: GenSlot.Locals, items: frameItems(frame) });
  I.setMeta(h, K.Iter, t, data);
  I.mem.setSlot(h, GenSlot.Code, frame.code.handle);
  I.mem.putSlot(h, GenSlot.Name, I.internStr(fd.name));
  I.mem.putSlot(h, GenSlot.Qualname, fd.qualname === fd.name ? I.internStr(fd.name) : I.newStr(fd.qualname));
  I.mem.setSlot(h, GenSlot.Func, fn);
  I.mem.setSlot(h, GenSlot.FCode, frame.code.handle);
  stash(I, h, frame);
  return h;
}

/** Suspending: the frame's references move into the generator's slots (no count changes). */
function stash(I: Interp, h: Handle, f: Frame): void {
  const stack = f.stack ?? [];
  const n = f.fast.length + f.cells.length + stack.length;
  I.mem.resizeSlots(h, GenSlot.Locals + n);
  if (f.fobj !== undefined && f.fobj >= 0) {
    I.mem.putSlot(h, GenSlot.FrameObj, f.fobj);
  }
  let i = GenSlot.Locals;
  for (const v of f.fast) I.mem.putSlot(h, i++, v);
  for (const v of f.cells) I.mem.putSlot(h, i++, v);
  for (const v of stack) I.mem.putSlot(h, i++, v);
}

/** Resuming: the references move back into the frame (the slots give them up without a release). */
function unstash(I: Interp, h: Handle, _f: Frame): void {
  const heap = I.mem.rt.heap;
  const n = heap.slotCount(h);
  for (let i = GenSlot.FrameObj; i < n; i++) {
    if (i === GenSlot.Func || i === GenSlot.FCode) continue;
    const v = heap.slot(h, i);
    if (v >= 0) I.incref(v);
  }
  if (heap.slot(h, GenSlot.FrameObj) >= 0) I.mem.setSlot(h, GenSlot.FrameObj, -1);
  I.mem.resizeSlots(h, GenSlot.Locals);
}

/** The frame finished: it is cleared and drops f_func and f_code (_PyFrame_Clear). */
function finish(I: Interp, h: Handle, d: GenData): void {
  d.state = GenState.Completed;
  d.js = null;
  for (const x of d.exc) I.decref(x);
  d.exc = [];
  I.clearFrame(d.frame);
  if (d.frame.stack) for (let i = 0; i < d.frame.stack.length; i++) {
    const v = d.frame.stack[i];
    d.frame.stack[i] = -1;
    if (v >= 0) I.decref(v);
  }
  I.mem.setSlot(h, GenSlot.Func, -1);
  I.mem.setSlot(h, GenSlot.FCode, -1);
}

/** PEP 479: a StopIteration leaving a generator's body becomes RuntimeError, caused by it. */
function stopIterationError(I: Interp, e: PyException, f: Frame): PyException {
  const si = exceptionObject(I, e);
  const re = new PyException('RuntimeError', 'generator raised StopIteration');
  const msg = I.newStr('generator raised StopIteration');
  const h = newException(I, excType(I, 'RuntimeError'), [msg]);
  I.decref(msg);
  I.mem.setSlot(h, ExcSlot.Cause, si);
  I.mem.setSlot(h, ExcSlot.Context, si);
  (I.pv[h] as ExcData).suppressContext = true;
  I.decref(si);
  e.exc = -1;
  re.exc = h;
  re.trace.push({ name: f.code.name, line: f.line });
  traceHere(I, re, f);
  return re;
}

/**
 * gen_send_ex2: runs the body until it yields (the value, a new reference) or finishes (-1, with
 * the returned value kept in GenData.ret). `arg` is the sent value (borrowed); `exc`, when given,
 * is raised at the point of suspension instead.
 */
export function resume(I: Interp, h: Handle, arg: Handle, exc: PyException | null): Handle {
  const d = I.pv[h] as GenData;
  if (d.state === GenState.Running) throw new PyException('ValueError', 'generator already executing');
  if (d.state === GenState.Completed) {
    if (exc) throw exc;
    return -1;
  }
  const f = d.frame;
  if (d.state === GenState.Created && exc === null && arg >= 0 && arg !== I.None) {
    throw new PyException('TypeError', "can't send non-None value to a just-started generator");
  }
  if (++I.depth > I.recursionLimit) {
    I.depth--;
    throw I.err('RecursionError', 'maximum recursion depth exceeded');
  }
  if (d.js === null) d.js = f.code.gen!(f);
  unstash(I, h, f);
  d.state = GenState.Running;
  (f as { back: Frame | null }).back = I.frame;
  const back = I.frame;
  I.frame = f;
  const markers = I.frameMarkers;
  if (markers !== null) markers.push(f);
  const base = I.excStack.length;
  for (const x of d.exc) I.excStack.push(x);
  d.exc = [];
  let r: IteratorResult<Handle, number>;
  try {
    r = exc ? d.js.throw(exc) : d.js.next(arg >= 0 ? I.incref(arg) : I.none());
  } catch (e) {
    while (I.excStack.length > base) I.decref(I.excStack.pop()!);
    let out = e;
    if (e instanceof PyException) {
      e.trace.unshift({ name: f.code.name, line: f.line });
      traceHere(I, e, f);
      if (I.isStopIteration(e)) out = stopIterationError(I, e, f);
    }
    finish(I, h, d);
    throw out;
  } finally {
    if (markers !== null) markers.pop(f);
    I.frame = back;
    I.depth--;
  }
  if (r.done) {
    while (I.excStack.length > base) I.decref(I.excStack.pop()!);
    d.ret = f.ret >= 0 ? f.ret : I.none();
    f.ret = -1;
    finish(I, h, d);
    return -1;
  }
  d.exc = I.excStack.splice(base);
  d.state = GenState.Suspended;
  stash(I, h, f);
  return r.value;
}

/** The returned value of a finished run (new reference; None when taken already). */
export function takeReturn(I: Interp, h: Handle): Handle {
  const d = I.pv[h] as GenData;
  const v = d.ret >= 0 ? d.ret : I.none();
  d.ret = -1;
  return v;
}

/** StopIteration(value) for a finished send (steals value; no argument when it is None). */
export function stopIteration(I: Interp, value: Handle): PyException {
  if (value === I.None) {
    I.decref(value);
    return new PyException('StopIteration', '');
  }
  const e = new PyException('StopIteration', I.str(value));
  e.arg = value;
  return e;
}

/** gen.send(v): the next yielded value, or StopIteration with the return value. */
export function genSend(I: Interp, h: Handle, v: Handle): Handle {
  const r = resume(I, h, v, null);
  if (r >= 0) return r;
  throw stopIteration(I, takeReturn(I, h));
}

/** next(gen[, default]) (borrows dflt; -1: none). */
export function genNext(I: Interp, h: Handle, dflt: Handle): Handle {
  const r = resume(I, h, -1, null);
  if (r >= 0) return r;
  const v = takeReturn(I, h);
  if (dflt >= 0) {
    I.decref(v);
    return I.incref(dflt);
  }
  throw stopIteration(I, v);
}

/** gen.throw(typ[, val[, tb]]) (3.11's signatures): the exception object to raise in the body. */
export function throwArgs(I: Interp, a: Handle[]): PyException {
  const [typ, val = -1, tb = -1] = a;
  if (tb >= 0 && tb !== I.None && I.kind[tb] !== K.Traceback) throw new PyException('TypeError', 'throw() third argument must be a traceback object');
  let exc: Handle;
  if (I.kind[typ] === K.Exception) {
    if (val >= 0 && val !== I.None) throw new PyException('TypeError', 'instance exception may not have a separate value');
    exc = I.incref(typ);
  } else if (I.kind[typ] === K.Type && (I.pv[typ] as PyType).kind === K.Exception) {
    if (val >= 0 && I.kind[val] === K.Exception && I.ty[val].isSubtypeOf(I.pv[typ] as PyType)) exc = I.incref(val);
    else {
      const args = val < 0 || val === I.None ? [] : I.kind[val] === K.Tuple ? I.tupleItems(val).map((x) => I.incref(x)) : [I.incref(val)];
      exc = I.call(I.incref(typ), args, null);
    }
  } else {
    throw new PyException('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${I.ty[typ].name}`);
  }
  if (tb >= 0 && tb !== I.None) I.mem.setSlot(exc, ExcSlot.Traceback, tb);
  return raiseObject(I, exc);
}

/** gen_close: GeneratorExit at the point of suspension; a yield then is a RuntimeError. */
export function genClose(I: Interp, h: Handle): void {
  const d = I.pv[h] as GenData;
  if (d.state === GenState.Created) {
    unstash(I, h, d.frame);
    finish(I, h, d);
    return;
  }
  if (d.state === GenState.Completed) return;
  let r: Handle;
  try {
    r = resume(I, h, -1, new PyException('GeneratorExit', ''));
  } catch (e) {
    if (I.excMatches(e, 'GeneratorExit') || I.isStopIteration(e)) {
      I.discardException(e);
      return;
    }
    throw e;
  }
  if (r >= 0) {
    I.decref(r);
    throw new PyException('RuntimeError', 'generator ignored GeneratorExit');
  }
  I.decref(takeReturn(I, h));
}

/** _PyGen_Finalize (tp_finalize, from dealloc or the collector): close a frame that has not finished. */
export function genFinalize(I: Interp, h: Handle): void {
  const d = I.pv[h] as GenData;
  if (d.state === GenState.Completed) return;
  genClose(I, h);
}

function installGenType(I: Interp, t: PyType): void {
  const data = (h: Handle): GenData => I.pv[h] as GenData;
  t.ext = {
    next: (h) => {
      const r = resume(I, h, -1, null);
      if (r < 0) I.decref(takeReturn(I, h));
      return r;
    },
    iter: (h) => I.incref(h),
    finalize: (h) => genFinalize(I, h),
    repr: (h) => `<generator object ${data(h).qualname} at 0x${I.mem.address(h).toString(16)}>`,
    getattr: (h, name) => {
      const d = data(h);
      switch (name) {
        case '__name__':
          return I.newStr(d.name);
        case '__qualname__':
          return I.newStr(d.qualname);
        case 'gi_code':
          return I.incref(d.frame.code.handle);
        case 'gi_running':
          return I.newBool(d.state === GenState.Running);
        case 'gi_suspended':
          return I.newBool(d.state === GenState.Suspended);
        case 'gi_yieldfrom':
          return I.incref(d.frame.yf !== undefined && d.frame.yf >= 0 && d.state !== GenState.Completed ? d.frame.yf : I.None);
        case 'gi_frame': {
          if (d.state === GenState.Completed) return I.none();
          const had = d.frame.fobj !== undefined && d.frame.fobj >= 0;
          const fo = frameObject(I, d.frame);
          // a suspended frame's references are the generator's slots, its frame object's too
          if (!had && d.state !== GenState.Running) I.mem.putSlot(h, GenSlot.FrameObj, fo);
          return I.incref(fo);
        }
      }
      return -1;
    },
  };
  t.methods.set('send', (a) => {
    if (a.length !== 2) throw new PyException('TypeError', `generator.send() takes exactly one argument (${a.length - 1} given)`);
    return genSend(I, a[0], a[1]);
  });
  t.methods.set('__next__', (a) => genSend(I, a[0], I.None));
  t.methods.set('__iter__', (a) => I.incref(a[0]));
  t.methods.set('throw', (a) => {
    if (a.length < 2 || a.length > 4) throw new PyException('TypeError', `throw expected at least 1 argument, got ${a.length - 1}`);
    const e = throwArgs(I, a.slice(1));
    const r = resume(I, a[0], -1, e);
    if (r >= 0) return r;
    throw stopIteration(I, takeReturn(I, a[0]));
  });
  t.methods.set('close', (a) => {
    genClose(I, a[0]);
    return I.none();
  });
}
