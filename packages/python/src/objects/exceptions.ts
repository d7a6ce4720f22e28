// The builtin exception hierarchy of 3.11 and exception instances: BaseException_new (the call's
// arguments become `args`), the fields every exception has (`__dict__`, `args`, `__notes__`,
// `__traceback__`, `__context__`, `__cause__`, `__suppress_context__`) as heap slots, str/repr and
// the per-type members (SystemExit.code, StopIteration.value, OSError's errno). Mirrors
// Objects/exceptions.c (BaseException_new/_str/_repr, KeyError_str, OSError_str, SystemExit_init).
import { BuiltinType } from '@pymem/object-model';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, PyType } from '../objects.js';
import type { Code, Interp } from '../interp.js';
import { frameGetattr } from './pyFrameObject.js';
import { tbGetattr } from './tracebackObject.js';

/** Slot indices of an exception object (PyBaseExceptionObject's members in order). */
export const enum ExcSlot {
  Dict = 0,
  Args = 1,
  Notes = 2,
  Traceback = 3,
  Context = 4,
  Cause = 5,
  /** The first per-type member (code, value, errno, name, ...). */
  Extra = 6,
}

/** What an exception object keeps outside its slots. */
export interface ExcData {
  suppressContext: boolean;
}

// name, base, layout row of object-model (the struct the type's instances use), extra members
const HIERARCHY: readonly (readonly [string, string | null, keyof typeof BuiltinType, readonly string[]])[] = [
  ['BaseException', null, 'BaseException', []],
  ['SystemExit', 'BaseException', 'SystemExit', ['code']],
  ['KeyboardInterrupt', 'BaseException', 'BaseException', []],
  ['GeneratorExit', 'BaseException', 'BaseException', []],
  ['Exception', 'BaseException', 'BaseException', []],
  ['StopIteration', 'Exception', 'StopIteration', ['value']],
  ['StopAsyncIteration', 'Exception', 'BaseException', []],
  ['ArithmeticError', 'Exception', 'BaseException', []],
  ['FloatingPointError', 'ArithmeticError', 'BaseException', []],
  ['OverflowError', 'ArithmeticError', 'BaseException', []],
  ['ZeroDivisionError', 'ArithmeticError', 'BaseException', []],
  ['AssertionError', 'Exception', 'BaseException', []],
  ['AttributeError', 'Exception', 'AttributeError', ['name', 'obj']],
  ['BufferError', 'Exception', 'BaseException', []],
  ['EOFError', 'Exception', 'BaseException', []],
  ['ImportError', 'Exception', 'ImportError', ['msg', 'name', 'path']],
  ['ModuleNotFoundError', 'ImportError', 'ImportError', ['msg', 'name', 'path']],
  ['LookupError', 'Exception', 'BaseException', []],
  ['IndexError', 'LookupError', 'BaseException', []],
  ['KeyError', 'LookupError', 'BaseException', []],
  ['MemoryError', 'Exception', 'BaseException', []],
  ['NameError', 'Exception', 'NameError', ['name']],
  ['UnboundLocalError', 'NameError', 'NameError', ['name']],
  ['OSError', 'Exception', 'OSError', ['errno', 'strerror', 'filename', 'filename2', 'winerror']],
  ['BlockingIOError', 'OSError', 'OSError', []],
  ['ChildProcessError', 'OSError', 'OSError', []],
  ['ConnectionError', 'OSError', 'OSError', []],
  ['BrokenPipeError', 'ConnectionError', 'OSError', []],
  ['ConnectionAbortedError', 'ConnectionError', 'OSError', []],
  ['ConnectionRefusedError', 'ConnectionError', 'OSError', []],
  ['ConnectionResetError', 'ConnectionError', 'OSError', []],
  ['FileExistsError', 'OSError', 'OSError', []],
  ['FileNotFoundError', 'OSError', 'OSError', []],
  ['InterruptedError', 'OSError', 'OSError', []],
  ['IsADirectoryError', 'OSError', 'OSError', []],
  ['NotADirectoryError', 'OSError', 'OSError', []],
  ['PermissionError', 'OSError', 'OSError', []],
  ['ProcessLookupError', 'OSError', 'OSError', []],
  ['TimeoutError', 'OSError', 'OSError', []],
  ['ReferenceError', 'Exception', 'BaseException', []],
  ['RuntimeError', 'Exception', 'BaseException', []],
  ['NotImplementedError', 'RuntimeError', 'BaseException', []],
  ['RecursionError', 'RuntimeError', 'BaseException', []],
  ['SyntaxError', 'Exception', 'SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  ['IndentationError', 'SyntaxError', 'SyntaxError', []],
  ['TabError', 'IndentationError', 'SyntaxError', []],
  ['SystemError', 'Exception', 'BaseException', []],
  ['TypeError', 'Exception', 'BaseException', []],
  ['ValueError', 'Exception', 'BaseException', []],
  ['UnicodeError', 'ValueError', 'BaseException', []],
  ['UnicodeDecodeError', 'UnicodeError', 'BaseException', []],
  ['UnicodeEncodeError', 'UnicodeError', 'BaseException', []],
  ['UnicodeTranslateError', 'UnicodeError', 'BaseException', []],
  ['Warning', 'Exception', 'BaseException', []],
  ['DeprecationWarning', 'Warning', 'BaseException', []],
  ['PendingDeprecationWarning', 'Warning', 'BaseException', []],
  ['RuntimeWarning', 'Warning', 'BaseException', []],
  ['SyntaxWarning', 'Warning', 'BaseException', []],
  ['UserWarning', 'Warning', 'BaseException', []],
  ['FutureWarning', 'Warning', 'BaseException', []],
  ['ImportWarning', 'Warning', 'BaseException', []],
  ['UnicodeWarning', 'Warning', 'BaseException', []],
  ['BytesWarning', 'Warning', 'BaseException', []],
  ['ResourceWarning', 'Warning', 'BaseException', []],
  ['EncodingWarning', 'Warning', 'BaseException', []],
];

/** The OSError subclass for an errno (Objects/exceptions.c errnomap, Linux values). */
const ERRNO_TYPES: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 110: 'TimeoutError',
  111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

/** Per-type member names along the builtin bases (the subclass's struct starts with its base's). */
const MEMBERS = new Map<string, readonly string[]>();

/** The builtin exception type of that name (installed by `installExceptions`). */
export function excType(I: Interp, name: string): PyType {
  const t = I.excTypes.get(name);
  if (!t) throw new Error(`pymem: no builtin exception type ${name}`);
  return t;
}

/** The object-model layout each builtin exception type's instances use (BaseException, OSError, ...). */
const LAYOUT = new Map<string, string>();

/** The struct an exception type's instances have (`OSError` for FileNotFoundError, `BaseException` for most). */
export function excLayout(t: PyType): string {
  return LAYOUT.get(builtinExcBase(t).name) ?? 'BaseException';
}

/** The builtin exception type an exception type's instances are laid out as. */
export function builtinExcBase(t: PyType): PyType {
  let c: PyType | null = t;
  while (c && c.isHeap) c = c.base;
  return c!;
}

/** The per-type member names of `t`'s instances (after the BaseException fields). */
export function excMembers(t: PyType): readonly string[] {
  return MEMBERS.get(builtinExcBase(t).name) ?? [];
}

/** `t` is BaseException or a subclass of it. */
export function isExcType(I: Interp, t: PyType): boolean {
  return t.kind === K.Exception;
}

/** A slot of an exception object (borrowed; -1 = NULL). */
export function excGet(I: Interp, h: Handle, slot: number): Handle {
  return I.mem.rt.heap.slot(h, slot);
}

/**
 * BaseException_new + the type's init: a new exception of type `t` whose `args` is a tuple of
 * `args` (borrowed). SystemExit, StopIteration, OSError and friends fill their members as their
 * init functions do.
 */
export function newException(I: Interp, t: PyType, args: readonly Handle[]): Handle {
  // OSError_new: OSError(errno, strerror) becomes the subclass for that errno
  if (t.name === 'OSError' && !t.isHeap && args.length >= 2 && I.kind[args[0]] === K.Int) {
    const sub = ERRNO_TYPES[I.pv[args[0]] as number];
    if (sub) t = excType(I, sub);
  }
  const members = excMembers(t);
  const h = I.alloc(t, K.Exception, { suppressContext: false } satisfies ExcData, ExcSlot.Extra + members.length);
  I.mem.putSlot(h, ExcSlot.Args, I.newTuple(args.map((a) => I.incref(a))));
  initMembers(I, h, t, args);
  return h;
}

function initMembers(I: Interp, h: Handle, t: PyType, args: readonly Handle[]): void {
  const base = excLayout(t);
  const set = (name: string, v: Handle): void => {
    const i = excMembers(t).indexOf(name);
    if (i >= 0) I.mem.setSlot(h, ExcSlot.Extra + i, v);
  };
  if (base === 'SystemExit') {
    // SystemExit_init: code is None, the one argument, or the args tuple
    if (args.length === 1) set('code', args[0]);
    else if (args.length > 1) set('code', excGet(I, h, ExcSlot.Args));
  } else if (base === 'StopIteration') {
    if (args.length >= 1) set('value', args[0]);
  } else if (base === 'OSError' && args.length >= 2 && args.length <= 5) {
    set('errno', args[0]);
    set('strerror', args[1]);
    if (args.length >= 3) set('filename', args[2]);
  }
}

/** The exception's args tuple's items (borrowed). */
export function excArgs(I: Interp, h: Handle): Handle[] {
  const a = excGet(I, h, ExcSlot.Args);
  return a >= 0 ? I.tupleItems(a) : [];
}

/** BaseException_str and the str of the subclasses that have their own (KeyError, OSError). */
export function excStr(I: Interp, h: Handle): string {
  const args = excArgs(I, h);
  if (I.ty[h].isSubtypeOf(excType(I, 'KeyError')) && args.length === 1) return I.repr(args[0]);
  if (excLayout(I.ty[h]) === 'OSError') {
    const errno = excGet(I, h, ExcSlot.Extra);
    const strerror = excGet(I, h, ExcSlot.Extra + 1);
    if (errno >= 0 && strerror >= 0 && errno !== I.None) return `[Errno ${I.str(errno)}] ${I.str(strerror)}`;
  }
  if (args.length === 0) return '';
  if (args.length === 1) return I.str(args[0]);
  return I.str(excGet(I, h, ExcSlot.Args));
}

/** BaseException_repr: `Name(arg)` for one argument, else the args tuple's repr after the name. */
export function excRepr(I: Interp, h: Handle): string {
  const name = I.ty[h].name;
  const args = excArgs(I, h);
  if (args.length === 1) return `${name}(${I.repr(args[0])})`;
  return `${name}${I.repr(excGet(I, h, ExcSlot.Args))}`;
}

/** The materialised exception of a raised error: its object, made on first need (a new instance of its type). */
export function exceptionObject(I: Interp, e: PyException): Handle {
  if (e.exc >= 0) return e.exc;
  const t = I.excTypes.get(e.pyType) ?? excType(I, 'RuntimeError');
  let args: Handle[];
  if (e.arg >= 0) args = [e.arg];
  else if (e.pyMessage === '') args = [];
  else args = [I.newStr(e.pyMessage)];
  const h = newException(I, t, args);
  for (const a of args) I.decref(a);
  e.arg = -1;
  e.exc = h;
  chainContext(I, h);
  return h;
}

/** _PyErr_SetObject's chaining: the exception being handled becomes the new one's __context__ (cycles cut). */
export function chainContext(I: Interp, exc: Handle): void {
  const top = I.excStack[I.excStack.length - 1];
  if (top === undefined || top === exc) return;
  for (let o = top; ; ) {
    const ctx = excGet(I, o, ExcSlot.Context);
    if (ctx < 0) break;
    if (ctx === exc) {
      I.mem.setSlot(o, ExcSlot.Context, -1);
      break;
    }
    o = ctx;
  }
  I.mem.setSlot(exc, ExcSlot.Context, top);
}


/** KeyError(key): its args hold the key itself, its str is the key's repr (borrows key). */
export function keyError(I: Interp, key: Handle): PyException {
  const e = new PyException('KeyError', I.repr(key));
  e.arg = I.incref(key);
  return e;
}

/** KeyError with a text argument (`'pop from an empty set'`). */
export function keyErrorText(I: Interp, text: string): PyException {
  const e = new PyException('KeyError', I.repr(I.newStr(text)));
  e.arg = I.newStr(text);
  return e;
}

/** A PyException carrying an existing exception object (steals the reference). */
export function raiseObject(I: Interp, h: Handle): PyException {
  const e = new PyException(I.ty[h].name, '');
  e.exc = h;
  return e;
}

/** Sets a reference slot of an exception object (borrows v; -1 clears). */
export function excSet(I: Interp, h: Handle, slot: number, v: Handle): void {
  I.mem.setSlot(h, slot, v);
}

/** `exc.name` for the members an exception has (new reference), or -1. */
export function excGetattr(I: Interp, h: Handle, name: string): Handle {
  const slot = (s: number): Handle => {
    const v = excGet(I, h, s);
    return I.incref(v >= 0 ? v : I.None);
  };
  switch (name) {
    case 'args':
      return slot(ExcSlot.Args);
    case '__traceback__':
      return slot(ExcSlot.Traceback);
    case '__context__':
      return slot(ExcSlot.Context);
    case '__cause__':
      return slot(ExcSlot.Cause);
    case '__suppress_context__':
      return I.newBool((I.pv[h] as ExcData).suppressContext);
    case '__notes__': {
      const v = excGet(I, h, ExcSlot.Notes);
      return v >= 0 ? I.incref(v) : -1;
    }
  }
  const i = excMembers(I.ty[h]).indexOf(name);
  if (i >= 0) return slot(ExcSlot.Extra + i);
  return -1;
}

/** `exc.name = v` for the members; false when `name` is not one (it goes to `__dict__`). */
export function excSetattr(I: Interp, h: Handle, name: string, v: Handle): boolean {
  const isExcOrNone = (what: string): void => {
    if (v !== I.None && I.kind[v] !== K.Exception) throw new PyException('TypeError', `exception ${what} must be None or derive from BaseException`);
  };
  switch (name) {
    case 'args':
      I.mem.setSlot(h, ExcSlot.Args, -1);
      I.mem.putSlot(h, ExcSlot.Args, I.kind[v] === K.Tuple ? I.incref(v) : I.newTuple(I.collect(v)));
      return true;
    case '__traceback__':
      if (v !== I.None && I.ty[v] !== I.tTraceback) throw new PyException('TypeError', '__traceback__ must be a traceback or None');
      I.mem.setSlot(h, ExcSlot.Traceback, v === I.None ? -1 : v);
      return true;
    case '__context__':
      isExcOrNone('context');
      I.mem.setSlot(h, ExcSlot.Context, v === I.None ? -1 : v);
      return true;
    case '__cause__':
      isExcOrNone('cause');
      I.mem.setSlot(h, ExcSlot.Cause, v === I.None ? -1 : v);
      (I.pv[h] as ExcData).suppressContext = true;
      return true;
    case '__suppress_context__':
      (I.pv[h] as ExcData).suppressContext = I.truthy(v);
      return true;
  }
  const i = excMembers(I.ty[h]).indexOf(name);
  if (i < 0) return false;
  I.mem.setSlot(h, ExcSlot.Extra + i, v);
  return true;
}

/** The exception's `__dict__` (made on first use; new reference). */
export function excDict(I: Interp, h: Handle): Handle {
  let d = excGet(I, h, ExcSlot.Dict);
  if (d < 0) {
    d = I.newDict();
    I.mem.putSlot(h, ExcSlot.Dict, d);
  }
  return I.incref(d);
}

/** Creates the builtin exception types, their methods, and puts them in builtins. */
export function installExceptions(I: Interp): void {
  for (const [name, baseName, row, members] of HIERARCHY) {
    const base = baseName ? I.excTypes.get(baseName)! : I.tObject;
    const t = new PyType(name, K.Exception, BuiltinType[row], I.mem.allocate(BuiltinType.object, {}), base, false);
    I.setMeta(t.h, K.Type, I.tType, t);
    I.excTypes.set(name, t);
    I.builtins.set(name, t.h);
    LAYOUT.set(name, row);
    MEMBERS.set(name, members.length ? members : (baseName ? MEMBERS.get(baseName) : undefined) ?? []);
  }
  I.tTraceback = new PyType('traceback', K.Traceback, BuiltinType.traceback, I.mem.allocate(BuiltinType.object, {}), I.tObject, false);
  I.setMeta(I.tTraceback.h, K.Type, I.tType, I.tTraceback);
  I.tFrame = new PyType('frame', K.Frame, BuiltinType.frame, I.mem.allocate(BuiltinType.object, {}), I.tObject, false);
  I.setMeta(I.tFrame.h, K.Type, I.tType, I.tFrame);
  I.specialGetattr = (h, name) => specialGetattr(I, h, name);
  I.specialSetattr = (h, name, v) => {
    if (excSetattr(I, h, name, v)) return;
    const d = excDict(I, h);
    I.dictSetStr(d, name, v);
    I.decref(d);
  };
  I.excTypeAttr = (t, name) => {
    if (name === '__init__') return I.newBuiltin('__init__', B.methods.get('__init__')!);
    if (name === '__mro__' || name === '__bases__') {
      const chain: Handle[] = [];
      for (let c: PyType | null = t; c; c = c.base) chain.push(I.incref(c.h));
      if (name === '__mro__') return I.newTuple(chain);
      for (const h of chain.slice(2)) I.decref(h);
      I.decref(chain[0]!);
      return I.newTuple(chain.slice(1, 2));
    }
    return -1;
  };
  I.builtins.set('EnvironmentError', excType(I, 'OSError').h);
  // site's Quitter objects, as plain functions: exit(code) and quit(code) raise SystemExit(code)
  for (const name of ['exit', 'quit']) {
    I.builtins.set(name, I.newBuiltin(name, (a) => {
      throw raiseObject(I, newException(I, excType(I, 'SystemExit'), a.slice(0, 1)));
    }));
  }
  I.builtins.set('IOError', excType(I, 'OSError').h);
  const B = excType(I, 'BaseException');
  B.methods.set('with_traceback', (a) => {
    const tb = a[1] ?? I.None;
    excSetattr(I, a[0], '__traceback__', tb);
    return I.incref(a[0]);
  });
  B.methods.set('add_note', (a) => {
    const note = a[1];
    if (note === undefined || I.kind[note] !== K.Str) throw new PyException('TypeError', `note must be a str, not '${note === undefined ? 'NoneType' : I.ty[note].name}'`);
    let notes = excGet(I, a[0], ExcSlot.Notes);
    if (notes < 0) {
      notes = I.newList([]);
      I.mem.putSlot(a[0], ExcSlot.Notes, notes);
    }
    I.listAppend(notes, note);
    return I.none();
  });
  // BaseException.__init__(self, *args): what a subclass's __init__ calls to set args
  B.methods.set('__init__', (a) => {
    const self = a[0];
    if (self === undefined || I.kind[self] !== K.Exception) throw new PyException('TypeError', "descriptor '__init__' requires a 'BaseException' object");
    I.mem.setSlot(self, ExcSlot.Args, -1);
    I.mem.putSlot(self, ExcSlot.Args, I.newTuple(a.slice(1).map((x) => I.incref(x))));
    initMembers(I, self, I.ty[self], a.slice(1));
    return I.none();
  });
}

/** A heap subclass of an exception: BaseException_new, then the class's own __init__ if it has one. */
export function constructException(I: Interp, t: PyType, args: Handle[], kw: Map<string, Handle> | null): Handle {
  const h = newException(I, t, args);
  const init = t.isHeap ? I.lookupClassAttr(t, '__init__') : -1;
  if (init < 0) {
    if (kw && kw.size) {
      I.decref(h);
      throw new PyException('TypeError', `${t.name}() takes no keyword arguments`);
    }
    return h;
  }
  let kwc: Map<string, Handle> | null = null;
  if (kw) {
    kwc = new Map();
    for (const [k, v] of kw) kwc.set(k, I.incref(v));
  }
  let r: Handle;
  try {
    r = I.call(I.incref(init), [I.incref(h), ...args.map((a) => I.incref(a))], kwc);
  } catch (e) {
    I.decref(h);
    throw e;
  }
  I.decref(r);
  return h;
}

const CODE_ATTRS = new Set(['co_name', 'co_qualname', 'co_argcount', 'co_varnames', 'co_nlocals', 'co_filename']);

function specialGetattr(I: Interp, h: Handle, name: string): Handle {
  const k = I.kind[h];
  if (k === K.Traceback) return tbGetattr(I, h, name);
  if (k === K.Frame) return frameGetattr(I, h, name);
  if (k === K.Code) {
    if (!CODE_ATTRS.has(name)) return -1;
    const c = I.pv[h] as Code;
    switch (name) {
      case 'co_name':
        return I.newStr(c.name);
      case 'co_qualname':
        return I.newStr(c.qualname);
      case 'co_argcount':
        return I.newInt(c.nPositional);
      case 'co_nlocals':
        return I.newInt(c.nlocals);
      case 'co_filename':
        return I.newStr(c.source?.filename ?? I.filename);
      default:
        return I.newTuple(c.localNames.map((n) => I.newStr(n)));
    }
  }
  if (k !== K.Exception) return -1;
  // data descriptors first, then the instance dict, then the class (PyObject_GenericGetAttr)
  const m = excGetattr(I, h, name);
  if (m >= 0) return m;
  if (name === '__dict__') return excDict(I, h);
  const d = excGet(I, h, ExcSlot.Dict);
  if (d >= 0) {
    const v = I.dictGetStr(d, name);
    if (v >= 0) return I.incref(v);
  }
  const t = I.ty[h];
  if (t.isHeap) {
    const c = I.lookupClassAttr(t, name);
    if (c >= 0) return I.kind[c] === K.Func ? I.newMethod(c, h) : I.incref(c);
  }
  return -1;
}
