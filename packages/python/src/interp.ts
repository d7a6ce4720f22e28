// The evaluator: interpreter state, frames, calls (argument binding, bound methods, builtins,
// types), unpacking and the step counter. Mirrors Python/ceval.c (_PyEval_EvalFrame, CALL,
// UNPACK_SEQUENCE) and Objects/call.c. The object operations live in objects/*.ts as method
// tables merged into Interp below (one file per CPython source: object.c, abstract.c, listobject.c...).
// Reference rule: arguments are BORROWED unless a name says "steal"; results are NEW references.
import { PyException, StackExhausted, StepLimitExceeded } from './errors.js';
import { releaseFrameObject } from './objects/pyFrameObject.js';
import { traceHere } from './objects/tracebackObject.js';
import { bindArguments } from './bindArgs.js';
import type { Handle, Mem } from './mem.js';
import type { FrameMarkers } from './markers.js';
import { AttrHook, K, PyType, Space, type ListData } from './objects.js';
import { abstractOps, type AbstractOps } from './objects/abstract.js';
import { attrOps, type AttrOps } from './objects/attrs.js';
import { dictOps, type DictOps } from './objects/dictObject.js';
import { floatOps, type FloatOps } from './objects/floatObject.js';
import { intOps, type IntOps } from './objects/intObject.js';
import { iterOps, type IterOps } from './objects/iterObject.js';
import { listOps, type ListOps } from './objects/listObject.js';
import { objectOps, type ObjectOps } from './objects/object.js';
import { compareOps, type CompareOps } from './objects/richCompare.js';
import { setOps, type SetOps } from './objects/setObject.js';
import { ownSlotWrapper } from './objects/slotWrapper.js';
import { sliceOps, type SliceOps } from './objects/sliceObject.js';
import { formatOps, type FormatOps } from './objects/strFormat.js';
import { percentOps, type PercentOps } from './objects/percentFormat.js';
import { cellOps, type CellOps } from './objects/cellObject.js';
import { funcOps, type FuncOps } from './objects/funcObject.js';
import { propertyOps, type PropertyOps } from './objects/propertyObject.js';
import { frameOps, type FrameOps } from './objects/frameObject.js';
import type { ModuleFinder } from './modules/userModule.js';
import { newGenerator, type GenBody } from './objects/genObject.js';
import { metaCall } from './objects/metaclass.js';

/** A compiled code unit (module, function, lambda or class body). */
/** A source file other than the main program's: its name and lines, for tracebacks. */
export interface SourceFile {
  readonly filename: string;
  readonly lines: readonly string[];
}

export interface Code {
  readonly name: string;
  readonly qualname: string;
  /** The named parameters in frame order: positional (co_argcount), then keyword-only. */
  readonly params: readonly { name: string; kwOnly: boolean }[];
  /** co_argcount, co_posonlyargcount, co_kwonlyargcount. */
  readonly nPositional: number;
  readonly nPosOnly: number;
  readonly nKwOnly: number;
  /** `*args` / `**kwargs`: their fast slots follow the named parameters. */
  readonly varargs: boolean;
  readonly varkw: boolean;
  readonly nlocals: number;
  readonly localNames: readonly string[];
  /** co_varnames (parameters, then the other locals that are not cells). */
  readonly varnames: readonly string[];
  /** co_cellvars and co_freevars; a frame's cells are the cellvars' new cells, then the closure's. */
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  /** For each cellvar, the fast slot of the parameter whose value starts in it, or -1. */
  readonly cellParams: readonly number[];
  /** co_flags. */
  readonly flags: number;
  /** Only named positional parameters (no keyword-only, *args or **kwargs): calls may skip binding. */
  readonly simple: boolean;
  /** The docstring (co_consts[0] when a str), -1 when none; borrowed from co_consts. */
  readonly doc: Handle;
  readonly body: (f: Frame) => number;
  /** Code object on the heap (a constant of its parent). */
  handle: Handle;
  readonly isModule: boolean;
  /** The file this code was compiled from, when it is not the main program (an imported module of the user's). */
  readonly source?: SourceFile;
  /** A generator's body (CO_GENERATOR): calling the function makes a generator object over its frame. */
  readonly gen?: GenBody;
  /** co_stacksize (compiler/stackDepth.ts): a generator's size depends on it. */
  readonly stacksize?: number;
  /** How many values a generator body holds across its yields (Frame.stack's length). */
  readonly nstack?: number;
  /** co_firstlineno. */
  readonly firstLine?: number;
}

/** One activation: fast locals, cells, the globals dict, the class namespace (class bodies). */
export interface Frame {
  readonly code: Code;
  readonly fast: Handle[];
  /** The cells of code.cellvars (made at entry), then those of code.freevars (from the closure). */
  readonly cells: Handle[];
  readonly globals: Handle;
  readonly ns: Handle;
  line: number;
  ret: Handle;
  readonly back: Frame | null;
  /** The frame object made for this frame (a traceback's tb_frame), owned by the frame; absent or -1 if none. */
  fobj?: Handle;
  /** The dict locals() returned (f_locals), -1 before the first call. */
  locals: Handle;
  /** A generator frame's value stack: what its body holds across a yield (iterators, pending operands), -1 when empty. */
  stack?: Handle[];
  /** The iterator a `yield from` in this generator frame is delegating to (gi_yieldfrom), -1 or absent when none. */
  yf?: Handle;
}

/** A function object's fields (its references are also slots: see objects/funcObject.ts). */
export interface FuncData {
  code: Code;
  /** Items of the __defaults__ tuple (borrowed). */
  defaults: Handle[];
  /** Entries of the __kwdefaults__ dict (borrowed). */
  kwdefaults: Map<string, Handle>;
  globals: Handle;
  name: string;
  qualname: string;
  /** The __closure__ tuple, -1 when none; `cells` are its items. */
  closure: Handle;
  cells: Handle[];
}

const NO_CELLS: Handle[] = [];

/**
 * The default simulated memory limit: 512 MiB. A list of that many bytes is 64 Mi handles and a
 * str of it is just under V8's longest string (2**29 - 24 characters), so what the limit allows
 * stays well inside Node's heap.
 */
export const DEFAULT_MEMORY_LIMIT = 512 * 1024 * 1024;

/**
 * Steps between two looks at the interrupt flag: an Atomics.exchange on every statement cost
 * more than the statement in simple loops; 16 statements is still well under a millisecond.
 */
const INTERRUPT_STRIDE = 16;

/** Statement outcome codes of compiled statements. */
export const enum Flow {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/**
 * The operations of objects/*.ts, merged into Interp's prototype at the end of this file: a
 * new type's operations go in their own table, listed in both places.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Interp extends ObjectOps, CompareOps, AbstractOps, IntOps, FloatOps, PercentOps, ListOps, DictOps, SetOps, IterOps, AttrOps, SliceOps, FormatOps, CellOps, FuncOps, PropertyOps, FrameOps {}

/** Interpreter state + object operations. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Interp extends Space {
  out: (text: string) => void = () => {};
  frame: Frame | null = null;
  depth = 0;
  steps = 0;
  /**
   * The step count at which compiled code calls stepLimit(): the step limit itself, or sooner
   * when an interrupt flag is watched (every INTERRUPT_STRIDE steps, so a step stays one
   * increment and one compare).
   */
  maxSteps = Infinity;
  /** The run's step limit (RunOptions.maxSteps). */
  stepBudget = Infinity;
  /** Set to non-zero by another thread (the CLI's SIGINT handler): KeyboardInterrupt at the next checkpoint. */
  interrupt: Int32Array | null = null;
  /** Py_ReprEnter's list, once the first container repr made it (its dict is never released). */
  reprListHandle: Handle = -1;
  /** Compile statements so that each publishes a `statement` marker (line) before it runs. */
  markStatements = false;
  /** Frame and local markers (runProgram's `markers: true` only; see markers.ts). */
  frameMarkers: FrameMarkers | null = null;
  readonly builtins = new Map<string, Handle>();
  /** sys.modules: the modules `import` finds, by name (modules/import.ts fills it). */
  readonly modules = new Map<string, Handle>();
  /** The sys.modules dict once sys exists (newModule adds each later module to it), else -1. */
  modulesDict: Handle = -1;
  /** sys.stdout / sys.stderr (print's file= compares against them), -1 until sys exists. */
  readonly streams = { stdout: -1 as Handle, stderr: -1 as Handle };
  /**
   * The simulated memory limit in bytes (RunOptions.memoryLimit; set with setMemoryLimit): one
   * allocation that would take the program's memory past it raises MemoryError, as malloc failing
   * does in CPython, before the JavaScript heap is asked for it; growth past it one object at a
   * time raises MemoryError at the next step (memoryOver).
   */
  memoryLimit = DEFAULT_MEMORY_LIMIT;
  /** The runtime said its memory went past memoryLimit: the next step checks and raises MemoryError. */
  private memoryOver = false;
  /** sys.getrecursionlimit(). */
  recursionLimit = 1000;
  /** sys.get_int_max_str_digits(): int/str conversions of more digits raise ValueError (0: no limit). */
  maxStrDigits = 4300;
  /** tp_new of types whose constructor lives outside objects/typeObject.ts (weakref.ref). */
  readonly constructors = new Map<PyType, (t: PyType, args: Handle[], kw: Map<string, Handle> | null) => Handle>();
  /** The builtin exception types by name (objects/exceptions.ts). */
  readonly excTypes = new Map<string, PyType>();
  /** The exceptions being handled, innermost last (the thread state's exc_info stack; owned references). */
  readonly excStack: Handle[] = [];
  /** The traceback and frame types (objects/tracebackObject.ts, objects/frameObject.ts). */
  tTraceback!: PyType;
  tFrame!: PyType;
  /** Attributes of exceptions, tracebacks, frames and code objects (new reference, or -1 to look on). */
  specialGetattr!: (h: Handle, name: string) => Handle;
  /** The program's file name (frame reprs, tracebacks). */
  filename = '<string>';
  /** Attributes of the builtin exception types (`__mro__`, `__init__`), or -1. */
  excTypeAttr!: (t: PyType, name: string) => Handle;
  /** `exc.name = v` (borrows v). */
  specialSetattr!: (h: Handle, name: string, v: Handle) => void;
  /** How a new frame's body is run (set by the compiler module). */
  reprDepth = 0;

  constructor(mem: Mem) {
    super(mem);
    this.callFunction = (f, a, kw) => this.callFunctionImpl(f, a, kw);
    this.setMemoryLimit(DEFAULT_MEMORY_LIMIT);
  }

  /** Sets the simulated memory limit (bytes) and has the runtime report growth past it. */
  setMemoryLimit(bytes: number): void {
    this.memoryLimit = bytes;
    this.mem.rt.watchMemory(bytes, () => {
      // the allocation in progress completes; the program sees MemoryError between two steps
      this.memoryOver = true;
      this.maxSteps = this.steps;
    });
  }

  err(type: string, msg: string): PyException {
    return new PyException(type, msg);
  }

  /** The referent of a weak reference, or -1 when it died (set up by the builtins). */
  weakrefTarget: (ref: Handle) => Handle = () => -1;

  /** Static attributes of builtin type objects (`dict.fromkeys`, `int.__name__`). */
  builtinTypeAttr: (t: PyType, name: string) => Handle = () => -1;

  // ================================================================ calls
  /**
   * Calls `f` with `args` and `kw`. Steals `f`, every arg and every kw value (3.11's CALL: a
   * Python function's frame takes the arguments over; a builtin borrows them and they are
   * released after it returns, first to last). Returns a new reference.
   */
  call(f: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const k = this.kind[f];
    if (k === K.Func) {
      try {
        return this.callFunction(f, args, kw);
      } finally {
        this.decref(f);
      }
    }
    if (k === K.Method) {
      const m = this.pv[f] as { func: Handle; self: Handle };
      args.unshift(this.incref(m.self));
      const fn = this.incref(m.func);
      this.decref(f);
      return this.call(fn, args, kw);
    }
    if (k === K.Builtin) {
      const b = this.pv[f] as { fn: (a: Handle[], kw: Map<string, Handle> | null) => Handle; self: Handle };
      try {
        if (b.self >= 0 && this.kind[b.self] !== K.Module) return b.fn([b.self, ...args], kw);
        return b.fn(args, kw);
      } finally {
        for (const a of args) this.decref(a);
        if (kw) for (const v of kw.values()) this.decref(v);
        this.decref(f);
      }
    }
    if (k === K.Type) {
      // a metaclass __call__ makes the instances (type_call otherwise)
      const mc = metaCall(this, f);
      if (mc >= 0) {
        args.unshift(f);
        return this.call(this.incref(mc), args, kw);
      }
      try {
        return this.callType(this.pv[f] as PyType, args, kw);
      } finally {
        this.decref(f);
      }
    }
    if (k === K.Weakref) {
      const t = this.weakrefTarget(f);
      for (const a of args) this.decref(a);
      this.decref(f);
      return this.incref(t >= 0 ? t : this.None);
    }
    if (k === K.Instance) {
      const c = this.lookupClassAttr(this.ty[f], '__call__');
      if (c >= 0) {
        args.unshift(f);
        return this.call(this.incref(c), args, kw);
      }
    }
    const ext = this.ty[f].ext;
    if (ext?.call) {
      try {
        return ext.call(f, args, kw);
      } finally {
        for (const a of args) this.decref(a);
        if (kw) for (const v of kw.values()) this.decref(v);
        this.decref(f);
      }
    }
    const name = this.ty[f].name;
    for (const a of args) this.decref(a);
    if (kw) for (const v of kw.values()) this.decref(v);
    this.decref(f);
    throw this.typeError(`'${name}' object is not callable`);
  }

  /** Set by the compiler: runs a Python function (steals args). */
  callFunction!: (f: Handle, args: Handle[], kw: Map<string, Handle> | null) => Handle;
  /** Set by the builtins: constructs instances of builtin types and classes. */
  callType!: (t: PyType, args: Handle[], kw: Map<string, Handle> | null) => Handle;

  /** The str `'__main__'` (module name), set up by the builtins. */
  mainName: Handle = -1;
  /** `import gc` etc.: a new reference to the module object. */
  importModule!: (name: string) => Handle;
  /** Where `import` finds the user's own modules (RunOptions.findModule); null: only the builtin ones. */
  findModule: ModuleFinder | null = null;
  /** type(name, bases, ns) with class keywords: creates a class object (set up by the builtins; borrows its arguments). */
  makeClass!: (name: string, qualname: string, bases: Handle, ns: Handle, kw: Map<string, Handle> | null, meta?: PyType) => Handle;

  /** Sets the step limit and the interrupt flag to watch (runProgram). */
  setStepLimit(budget: number, interrupt: Int32Array | null): void {
    this.stepBudget = budget;
    this.interrupt = interrupt;
    this.maxSteps = interrupt ? Math.min(budget, this.steps + INTERRUPT_STRIDE) : budget;
  }

  /** A step checkpoint: the step limit ran out, or the interrupt flag is polled (eval_frame_handle_pending). */
  stepLimit(): void {
    if (this.steps > this.stepBudget) throw new StepLimitExceeded(this.stepBudget);
    const flag = this.interrupt;
    this.maxSteps = flag === null ? this.stepBudget : Math.min(this.stepBudget, this.steps + INTERRUPT_STRIDE);
    if (this.memoryOver) {
      this.memoryOver = false;
      // still past the limit (the program may have dropped what it grew since): malloc would fail
      if (this.mem.rt.bytesInUse > this.memoryLimit) throw this.err('MemoryError', '');
    }
    if (flag === null) return;
    // the signal handler only sets the flag; the exception is raised here, between two steps
    if (Atomics.exchange(flag, 0, 0) !== 0) {
      // a second slot, when there is one, counts the interrupts delivered (the CLI reads it)
      if (flag.length > 1) Atomics.add(flag, 1, 1);
      throw this.err('KeyboardInterrupt', '');
    }
  }

  /** Runs a frame's code; adds the frame to the traceback of an escaping exception. */
  runFrame(frame: Frame): number {
    // _Py_EnterRecursivePy: every Python frame counts one against the limit, the module's too
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      // the frame was pushed with its arguments: they go with it (_PyEvalFrameClearAndPop)
      this.clearFrame(frame);
      throw this.err('RecursionError', 'maximum recursion depth exceeded');
    }
    const back = this.frame;
    this.frame = frame;
    const markers = this.frameMarkers;
    if (markers !== null) markers.push(frame);
    try {
      return frame.code.body(frame);
    } catch (e) {
      if (e instanceof PyException) {
        e.trace.unshift({ name: frame.code.name, line: frame.line });
        traceHere(this, e, frame);
        // the frame exits with the exception: its locals go now (or move into its frame object)
        this.clearFrame(frame);
      } else if (e instanceof RangeError && e.message.includes('call stack')) {
        // (includes, not a regex: a regex compiled this close to the stack's end overflows it again)
        // never a RecursionError the program could catch at a depth python3 would not raise it
        throw new StackExhausted(this.depth, this.recursionLimit);
      }
      throw e;
    } finally {
      if (markers !== null) markers.pop(frame);
      this.frame = back;
      this.depth--;
    }
  }

  /** Clears a finished frame: locals, then cells, released first to last (_PyFrame_Clear). */
  clearFrame(frame: Frame): void {
    if (frame.fobj !== undefined) releaseFrameObject(this, frame);
    if (frame.locals >= 0) {
      const d = frame.locals;
      frame.locals = -1;
      this.decref(d);
    }
    const fast = frame.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (v >= 0) {
        fast[i] = -1;
        this.decref(v);
      }
    }
    const cells = frame.cells;
    for (let i = 0; i < cells.length; i++) this.decref(cells[i]);
  }

  /** COPY_FREE_VARS and MAKE_CELL: the frame's cells; a cell parameter's value moves into its cell. */
  frameCells(code: Code, fast: Handle[], fd: FuncData): Handle[] {
    if (code.cellvars.length === 0 && code.freevars.length === 0) return NO_CELLS;
    const cells: Handle[] = [];
    for (let i = 0; i < code.cellvars.length; i++) {
      const p = code.cellParams[i];
      if (p >= 0) {
        cells.push(this.newCell(fast[p]));
        fast[p] = -1;
      } else cells.push(this.newCell(-1));
    }
    for (const c of fd.cells) cells.push(this.incref(c));
    return cells;
  }

  /** Runs a function's frame over bound fast locals (stolen) and returns the result. */
  runFunction(fd: FuncData, fast: Handle[]): Handle {
    const code = fd.code;
    const cells = this.frameCells(code, fast, fd);
    const frame: Frame = { code, fast, cells, globals: fd.globals, ns: -1, line: 0, ret: -1, back: this.frame, locals: -1 };
    // an escaping exception leaves the frame to its traceback (not cleared here)
    this.runFrame(frame);
    const r = frame.ret >= 0 ? frame.ret : this.none();
    this.clearFrame(frame);
    return r;
  }

  callFunctionImpl(fh: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const fd = this.pv[fh] as FuncData;
    const code = fd.code;
    if (code.gen !== undefined) return this.generatorCall(fh, fd, args, kw);
    const np = code.nPositional;
    if (kw === null && args.length === np && code.simple) {
      // every parameter given positionally: no defaults, no errors to report (the common call)
      const fast: Handle[] = new Array(code.nlocals).fill(-1);
      for (let i = 0; i < np; i++) fast[i] = args[i];
      return this.runFunction(fd, fast);
    }
    return this.runFunction(fd, bindArguments(this, fd, args, kw));
  }

  /** Calling a generator function: the bound frame goes into a new generator object, not run yet. */
  generatorCall(fh: Handle, fd: FuncData, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const code = fd.code;
    let fast: Handle[];
    if (kw === null && args.length === code.nPositional && code.simple) {
      fast = new Array(code.nlocals).fill(-1);
      for (let i = 0; i < args.length; i++) fast[i] = args[i];
    } else fast = bindArguments(this, fd, args, kw);
    const cells = this.frameCells(code, fast, fd);
    const stack: Handle[] = new Array(code.nstack ?? 0).fill(-1);
    const frame: Frame = { code, fast, cells, globals: fd.globals, ns: -1, line: code.firstLine ?? 0, ret: -1, back: null, locals: -1, stack };
    return newGenerator(this, fh, frame);
  }

  /** `obj.name(*args, **kw)` with LOAD_METHOD semantics; steals obj, args and kw values. */
  callMethod(obj: Handle, name: string, args: Handle[], kw: Map<string, Handle> | null): Handle {
    const k = this.kind[obj];
    if (k === K.Instance) {
      if (!(this.ty[obj].attrHooks & AttrHook.GetAttribute) && this.instanceAttr(obj, name) < 0) {
        const c = this.lookupClassAttr(this.ty[obj], name);
        if (c >= 0 && this.kind[c] === K.Func) {
          args.unshift(obj);
          return this.call(this.incref(c), args, kw);
        }
      }
    } else if (k !== K.Module && k !== K.Type && k !== K.Super && !this.ty[obj].isHeap) {
      // a slot wrapper of the type (list.__eq__) is bound as a method-wrapper by getattr below
      const m = ownSlotWrapper(this.ty[obj], name) ? undefined : this.findMethod(this.ty[obj], name);
      if (m) {
        try {
          // exact-size argument arrays for the common short calls (a spread reserves more)
          const n = args.length;
          return m(n === 0 ? [obj] : n === 1 ? [obj, args[0]] : n === 2 ? [obj, args[0], args[1]] : [obj, ...args], kw);
        } finally {
          this.decref(obj);
          for (const a of args) this.decref(a);
          if (kw) for (const v of kw.values()) this.decref(v);
        }
      }
    }
    let f: Handle;
    try {
      f = this.getattr(obj, name);
    } catch (e) {
      this.decref(obj);
      for (const a of args) this.decref(a);
      if (kw) for (const v of kw.values()) this.decref(v);
      throw e;
    }
    this.decref(obj);
    return this.call(f, args, kw);
  }

  /** UNPACK_SEQUENCE: steals `v`, returns `n` new references. */
  unpack(v: Handle, n: number): Handle[] {
    const k = this.kind[v];
    let items: Handle[];
    if (k === K.Tuple || k === K.List) {
      const src = k === K.Tuple ? (this.pv[v] as Handle[]) : (this.pv[v] as ListData).items;
      if (src.length !== n) {
        this.decref(v);
        if (src.length > n) throw this.err('ValueError', `too many values to unpack (expected ${n})`);
        throw this.err('ValueError', `not enough values to unpack (expected ${n}, got ${src.length})`);
      }
      items = src.map((x) => this.incref(x));
      this.decref(v);
      return items;
    }
    let it: Handle;
    try {
      it = this.iterToUnpack(v);
    } finally {
      this.decref(v);
    }
    items = [];
    try {
      for (;;) {
        const x = this.next(it);
        if (x < 0) break;
        items.push(x);
        if (items.length > n) {
          for (const y of items) this.decref(y);
          throw this.err('ValueError', `too many values to unpack (expected ${n})`);
        }
      }
    } finally {
      this.decref(it);
    }
    if (items.length < n) {
      for (const y of items) this.decref(y);
      throw this.err('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items;
  }

  /** iter(v) for an unpacking: a type that is neither iterable nor a sequence gets unpack_iterable's message. */
  iterToUnpack(v: Handle): Handle {
    try {
      return this.iter(v);
    } catch (e) {
      const name = this.ty[v].name;
      if (e instanceof PyException && e.pyType === 'TypeError' && e.pyMessage === `'${name}' object is not iterable`) {
        throw this.err('TypeError', `cannot unpack non-iterable ${name} object`);
      }
      throw e;
    }
  }

  /** Raises MemoryError when an allocation of `bytes` more would take the program past the simulated memory limit. */
  checkAllocation(bytes: number): void {
    if (!(bytes + this.mem.rt.bytesInUse <= this.memoryLimit)) throw this.err('MemoryError', '');
  }

  /** Counts one step of `--max-steps`. */
  step(): void {
    if (++this.steps > this.maxSteps) this.stepLimit();
  }
}

export { K, PyType };

Object.assign(Interp.prototype, objectOps, compareOps, abstractOps, intOps, floatOps, percentOps, listOps, dictOps, setOps, iterOps, attrOps, sliceOps, formatOps, cellOps, funcOps, propertyOps, frameOps);
