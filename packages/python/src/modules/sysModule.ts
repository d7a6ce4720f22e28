// The sys module of the subset: getrefcount, getsizeof (with each type's __sizeof__ as CPython
// computes it), intern, maxsize, _debugmallocstats, exit, stdout/stderr (write/flush), argv,
// path, modules, byteorder, the recursion limit and the int/str digit limit. Mirrors
// Python/sysmodule.c (and Modules/_io's TextIOWrapper.write for the two streams).
import { BuiltinType, sizeofHeapType, typePreHeaderSize } from '@pymem/object-model';
import { formatMallocStats, mallocStats, type PoolAllocator } from '@pymem/pool-allocator';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, PyType, type DictData, type ListData, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import type { OutputSinks } from '../builtins.js';
import { newModule, modFn, modVal } from './import.js';
import { installSysRuntime } from './sysRuntime.js';
import { installSysAttrs } from './sysAttrs.js';
import { ExcSlot, excGet, excType, newException, raiseObject } from '../objects/exceptions.js';

/** Creates the sys module. */
export function installSys(I: Interp, io: OutputSinks, filename = '<program>'): void {
  const { te, none, argc, intArg, method } = argKit(I);
  const rt = I.mem.rt;
  // sys
  const sys = newModule(I, 'sys', true);
  modFn(I, sys, 'getrefcount', (a) => {
    argc('getrefcount', a, 1, 1);
    return I.newInt(rt.refcounts.refcount(a[0]));
  });
  modFn(I, sys, 'getsizeof', (a) => {
    argc('getsizeof', a, 1, 2);
    return I.newInt(getsizeof(a[0]));
  });
  modFn(I, sys, 'intern', (a) => {
    argc('intern', a, 1, 1);
    if (I.kind[a[0]] !== K.Str) throw te(`intern() argument must be str, not ${I.ty[a[0]].name}`);
    const s = I.pv[a[0]] as string;
    const found = rt.internTable.lookup(s);
    if (found >= 0) return I.incref(found);
    return I.mem.intern(a[0], s);
  });
  modFn(I, sys, 'getallocatedblocks', (a) => {
    // _Py_GetAllocatedBlocks of the simulated pymalloc: the program's blocks only (CPython's count
    // also has every block its start-up allocated, tens of thousands, so the values differ)
    argc('getallocatedblocks', a, 0, 0);
    const st = mallocStats(rt.allocator as PoolAllocator);
    return I.newInt(st.rawAllocatedBlocks + st.classes.reduce((t, c) => t + c.blocksInUse, 0));
  });
  modFn(I, sys, '_debugmallocstats', () => {
    // _PyObject_DebugMallocStats, then the type free lists (_PyObject_DebugTypeStats)
    const line = (name: string, n: number, size: number): string => {
      const label = `${`${n} ${name}s * ${size} bytes each`.padStart(48)} `;
      const total = (n * size).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${label.padEnd(35)}=${total.padStart(21)}`;
    };
    const fl = rt.internTable;
    const extra = [line('free PyDictObject', fl.freeListCount('dict'), 48), line('free PyFloatObject', fl.freeListCount('float'), 24), line('free PyListObject', fl.freeListCount('list'), 40)];
    for (let i = 1; i <= 20; i++) extra.push(line(`free ${i}-sized PyTupleObject`, fl.freeListCount('tuple', i), 24 + 8 * i));
    io.stderr(formatMallocStats(mallocStats(rt.allocator as PoolAllocator), extra));
    return none();
  });
  modVal(I, sys, 'maxsize', I.newInt(2n ** 63n - 1n));
  // the exception being handled (the top of the exc_info stack), as 3.11 reports it
  modFn(I, sys, 'exc_info', (a) => {
    argc('exc_info', a, 0, 0);
    const top = I.excStack[I.excStack.length - 1];
    if (top === undefined) return I.newTuple([none(), none(), none()]);
    const tb = excGet(I, top, ExcSlot.Traceback);
    return I.newTuple([I.incref(I.ty[top].h), I.incref(top), I.incref(tb >= 0 ? tb : I.None)]);
  });
  modFn(I, sys, 'exception', (a) => {
    argc('exception', a, 0, 0);
    return I.incref(I.excStack[I.excStack.length - 1] ?? I.None);
  });
  modFn(I, sys, 'exit', (a) => {
    argc('exit', a, 0, 1);
    // PyErr_SetObject(SystemExit, None) makes SystemExit() without arguments
    throw raiseObject(I, newException(I, excType(I, 'SystemExit'), a.length && a[0] !== I.None ? a : []));
  });
  modVal(I, sys, 'byteorder', I.newStr('little'));
  modVal(I, sys, 'maxunicode', I.newInt(0x10ffff));
  modVal(I, sys, 'argv', I.newList([I.newStr(filename)]));
  modVal(I, sys, 'path', I.newList([I.newStr(filename.includes('/') ? filename.slice(0, filename.lastIndexOf('/')) : '')]));
  installSysAttrs(I, sys);
  installSysRuntime(I, sys);
  modFn(I, sys, 'getrecursionlimit', (a) => {
    if (a.length) throw te(`sys.getrecursionlimit() takes no arguments (${a.length} given)`);
    return I.newInt(I.recursionLimit);
  });
  modFn(I, sys, 'setrecursionlimit', (a, kw) => {
    if (kw && kw.size) throw te('sys.setrecursionlimit() takes no keyword arguments');
    if (a.length !== 1) throw te(`sys.setrecursionlimit() takes exactly one argument (${a.length} given)`);
    const k = I.kind[a[0]!];
    if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[a[0]!].name}' object cannot be interpreted as an integer`);
    const v = BigInt(I.pv[a[0]!] as number | bigint);
    if (v > 2147483647n || v < -2147483648n) throw new PyException('OverflowError', 'Python int too large to convert to C int');
    const n = Number(v);
    if (n < 1) throw new PyException('ValueError', 'recursion limit must be greater or equal than 1');
    // sys_setrecursionlimit_impl: the depth counts this METH_O call's own recursion check
    const depth = I.depth + 1;
    if (depth >= n) throw new PyException('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    I.recursionLimit = n;
    return none();
  });
  modFn(I, sys, 'get_int_max_str_digits', () => I.newInt(I.maxStrDigits));
  modFn(I, sys, 'set_int_max_str_digits', (a, kw) => {
    const v = a.length ? a[0]! : kw?.get('maxdigits');
    if (v === undefined) throw te("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const n = intArg(v);
    if (n !== 0 && n < 640) throw new PyException('ValueError', 'maxdigits must be 0 or larger than 640');
    I.maxStrDigits = n;
    return none();
  });

  // sys.stdout and sys.stderr: TextIOWrapper objects whose write goes to the run's sinks
  const tio = new PyType('TextIOWrapper', K.Object, BuiltinType.object, I.mem.allocate(BuiltinType.object, {}), I.tObject, false);
  I.setMeta(tio.h, K.Type, I.tType, tio);
  const sinkOf = (h: Handle): ((t: string) => void) => {
    if (I.ty[h] !== tio) throw te(`descriptor 'write' requires a '_io.TextIOWrapper' object but received a '${I.ty[h].name}'`);
    return (I.pv[h] as { sink: 'stdout' | 'stderr' }).sink === 'stdout' ? io.stdout : io.stderr;
  };
  method(tio, 'write', (a) => {
    argc('write', a.slice(1), 1, 1);
    const sink = sinkOf(a[0]!);
    if (I.kind[a[1]!] !== K.Str) throw te(`write() argument must be str, not ${I.ty[a[1]!].name}`);
    const text = I.pv[a[1]!] as string;
    sink(text);
    return I.newInt([...text].length);
  });
  method(tio, 'flush', () => none());
  method(tio, 'writable', () => I.newBool(true));
  method(tio, 'readable', () => I.newBool(false));
  method(tio, 'isatty', () => I.newBool(false));
  tio.ext = {
    getattr: (h, name) => {
      const sink = (I.pv[h] as { sink: 'stdout' | 'stderr' }).sink;
      if (name === 'encoding') return I.newStr('utf-8');
      if (name === 'name') return I.newStr(`<${sink}>`);
      if (name === 'line_buffering') return I.newBool(false);
      return -1;
    },
  };
  for (const sink of ['stdout', 'stderr'] as const) {
    const stream = I.alloc(tio, K.Object, { sink }, 0);
    I.streams[sink] = stream;
    modVal(I, sys, sink, I.incref(stream));
    modVal(I, sys, `__${sink}__`, stream);
  }
  const modulesDict = I.newDict();
  for (const [name, m] of I.modules) I.dictSetStr(modulesDict, name, m);
  modVal(I, sys, 'modules', modulesDict);
  I.modulesDict = modulesDict;

  /** What a subclass instance's layout adds to its builtin base's (dict and weakref pointers, pre-header). */
  const subclassExtra = (h: Handle, base: PyType): number => {
    if (I.ty[h] === base) return 0;
    const own = rt.heap.typeInfo(h);
    const b = rt.types.get(base.typeId);
    return own.basicSize + typePreHeaderSize(own) - b.basicSize - typePreHeaderSize(b);
  };
  const getsizeof = (h: Handle): number => {
    switch (I.kind[h]) {
      case K.Instance: {
        // a Python __sizeof__, plus the pre-header (GC head, managed dict pointers)
        const f = I.lookupClassAttr(I.ty[h], '__sizeof__');
        if (f < 0) return rt.heap.size(h);
        const r = I.call(I.incref(f), [I.incref(h)], null);
        const n = I.kind[r] === K.Int ? Number(I.pv[r]) : NaN;
        I.decref(r);
        if (!Number.isInteger(n)) throw new PyException('TypeError', 'an integer is required');
        if (n < 0) throw new PyException('ValueError', '__sizeof__() should return >= 0');
        return n + typePreHeaderSize(rt.heap.typeInfo(h));
      }
      case K.List:
        return 56 + 8 * (I.pv[h] as ListData).alloc + subclassExtra(h, I.tList);
      case K.Dict: {
        const ext = I.ty[h].ext;
        if (ext?.sizeof) return ext.sizeof(h) + 16;
        const d = I.pv[h] as DictData;
        return (d.split?.shared ? d.split.shared.sizeofSplitDict() : d.table.sizeof()) + subclassExtra(h, I.tDict);
      }
      case K.Set:
      case K.FrozenSet: {
        const n = (I.pv[h] as SetData).table.length;
        return 216 + (n > 8 ? 16 * n : 0);
      }
      case K.Type: {
        const t = I.pv[h] as PyType;
        return t.isHeap ? sizeofHeapType(t.managedDict && rt.types.get(t.typeId).managedDict) : 416;
      }
      default: {
        const ext = I.ty[h].ext;
        if (ext?.sizeof) return ext.sizeof(h) + (rt.heap.typeInfo(h).gc ? 16 : 0);
        return rt.heap.size(h);
      }
    }
  };
}
