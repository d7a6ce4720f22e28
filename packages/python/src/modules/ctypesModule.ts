// The ctypes module, as far as programs about memory use it: the simple C types (c_long,
// c_int, c_double, py_object...) as objects, and reading the simulated memory through them:
// `ctypes.c_long.from_address(id(x)).value` is x's reference count (ob_refcnt, without the
// argument reference sys.getrefcount counts), `id(x) + 8` holds the address of its type and
// `id(x) + 16` its ob_size (len of a list, tuple, bytes, str, dict; the signed digit count of
// an int; the double of a float). `ctypes.cast(id(x), ctypes.py_object).value` is x again.
//
// Layout (probed): in CPython each simple type is a Python class over _ctypes._SimpleCData
// (tp_basicsize 96) adding __weakref__ (104) and a managed dict, so an instance is 104 bytes
// plus the GC head and the dict pre-header: sys.getsizeof 136, tracked; the class is a heap
// type each instance references (gc.get_referents(x) shows it, and a py_object's value after
// it). The value sits in the object at id(x) + 80 (ctypes.addressof).
// Not modelled: writing memory (a `.value =` on a from_address object is refused: in CPython
// it changes whatever lies there), memory that is not one of those words of a live object
// (a freed object's bytes are whatever the allocator left: refused with a message), the
// instances' own __dict__, pointers, structures, arrays, foreign functions (CDLL, pythonapi).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type ListData, type PyType, type ByteArrayData } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';
import { reprBytes } from '../format.js';

/** One simple C type: its _type_ code, size, and how its bytes read as a Python value. */
interface Simple {
  readonly name: string;
  readonly size: number;
  readonly kind: 'signed' | 'unsigned' | 'float' | 'bool' | 'char' | 'object' | 'pointer';
}

const SIMPLE: readonly Simple[] = [
  { name: 'c_long', size: 8, kind: 'signed' },
  { name: 'c_ulong', size: 8, kind: 'unsigned' },
  { name: 'c_int', size: 4, kind: 'signed' },
  { name: 'c_uint', size: 4, kind: 'unsigned' },
  { name: 'c_short', size: 2, kind: 'signed' },
  { name: 'c_ushort', size: 2, kind: 'unsigned' },
  { name: 'c_byte', size: 1, kind: 'signed' },
  { name: 'c_ubyte', size: 1, kind: 'unsigned' },
  { name: 'c_double', size: 8, kind: 'float' },
  { name: 'c_float', size: 4, kind: 'float' },
  { name: 'c_bool', size: 1, kind: 'bool' },
  { name: 'c_char', size: 1, kind: 'char' },
  { name: 'py_object', size: 8, kind: 'object' },
  { name: 'c_void_p', size: 8, kind: 'pointer' },
];

/** Other names of the same classes on a 64-bit Linux build (ctypes/__init__.py's aliases). */
const ALIASES: Readonly<Record<string, string>> = {
  c_longlong: 'c_long', c_int64: 'c_long', c_ssize_t: 'c_long', c_ulonglong: 'c_ulong', c_uint64: 'c_ulong', c_size_t: 'c_ulong',
  c_int32: 'c_int', c_uint32: 'c_uint', c_int16: 'c_short', c_uint16: 'c_ushort', c_int8: 'c_byte', c_uint8: 'c_ubyte',
};

/** Where the value of a simple-type instance lives inside it (b_value: ctypes.addressof(x) - id(x)). */
const VALUE_OFFSET = 80;

interface CData {
  readonly simple: Simple;
  /** The C value (integers as bigint, a py_object's as the handle held in slot 1, -1 for NULL). */
  value: bigint | number;
  /** from_address: the value is read from memory at this address each time. */
  readonly at?: number;
  /** cast(address, py_object): the object is looked up at this address on each read (not owned). */
  readonly points?: number;
}

/** Creates the ctypes module. */
export function installCtypes(I: Interp): void {
  const { te, argc } = argKit(I);
  const m = newModule(I, 'ctypes', true);
  const types = new Map<PyType, Simple>();
  const byName = new Map<string, PyType>();
  const data = (h: Handle): CData | undefined => (types.has(I.ty[h]) ? (I.pv[h] as CData) : undefined);

  const intValue = (h: Handle): bigint => {
    const k = I.kind[h];
    if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
    return BigInt(I.pv[h] as number | bigint);
  };
  /** The C value a Python argument becomes (the setfunc of each format code), wrapped to its size. */
  const toC = (s: Simple, v: Handle): bigint | number => {
    switch (s.kind) {
      case 'signed':
        return BigInt.asIntN(8 * s.size, intValue(v));
      case 'unsigned':
        return BigInt.asUintN(8 * s.size, intValue(v));
      case 'float': {
        const x = I.real(v);
        if (x === null) throw te(`must be real number, not ${I.ty[v].name}`);
        return s.size === 4 ? Math.fround(Number(x)) : Number(x);
      }
      case 'bool':
        return I.truthy(v) ? 1n : 0n;
      case 'char': {
        if (I.kind[v] === K.Bytes && (I.pv[v] as string).length === 1) return BigInt((I.pv[v] as string).charCodeAt(0));
        if (I.kind[v] === K.Int) return BigInt.asUintN(8, intValue(v));
        throw te('one character bytes, bytearray or integer expected');
      }
      case 'pointer':
        return I.kind[v] === K.None ? 0n : BigInt.asUintN(64, intValue(v));
      case 'object':
        return v;
    }
  };

  /** The 8-byte word at `address` if it is one a program can read: the first three of a live object, or a live ctypes value. */
  const wordAt = (address: number): bigint | undefined => {
    const base = address - (address % 8);
    let found: bigint | undefined;
    I.mem.rt.heap.forEachLive((h) => {
      if (found !== undefined) return;
      const a = I.mem.address(h);
      const off = base - a;
      if (off < 0 || off > VALUE_OFFSET || off % 8 !== 0) return;
      if (off === 0) found = BigInt(I.mem.refcount(h));
      else if (off === 8) found = BigInt(I.mem.address(I.ty[h].h));
      else if (off === 16) found = obSize(h);
      else if (off === VALUE_OFFSET) {
        const d = data(h);
        if (d && d.at === undefined) found = valueWord(d);
      }
    });
    return found;
  };
  /** The third word of an object whose layout has one the subset knows. */
  const obSize = (h: Handle): bigint | undefined => {
    switch (I.kind[h]) {
      case K.List:
        return BigInt((I.pv[h] as ListData).items.length);
      case K.Tuple:
        return BigInt((I.pv[h] as Handle[]).length);
      case K.Bytes:
        return BigInt((I.pv[h] as string).length);
      case K.ByteArray:
        return BigInt((I.pv[h] as ByteArrayData).s.length);
      case K.Str:
        return BigInt([...(I.pv[h] as string)].length);
      case K.Dict:
        return BigInt((I.pv[h] as DictData).used);
      case K.Int:
      case K.Bool: {
        // ob_size: the number of 30-bit digits, negative for a negative int
        let v = BigInt(I.pv[h] as number | bigint);
        const sign = v < 0n ? -1n : 1n;
        if (v < 0n) v = -v;
        let n = 0n;
        while (v > 0n) {
          v >>= 30n;
          n++;
        }
        return sign * n;
      }
      case K.Float: {
        const view = new DataView(new ArrayBuffer(8));
        view.setFloat64(0, I.pv[h] as number, true);
        return view.getBigUint64(0, true);
      }
      default:
        return undefined;
    }
  };
  const valueWord = (d: CData): bigint => {
    if (d.simple.kind === 'object') return d.points !== undefined ? BigInt(d.points) : (d.value as number) < 0 ? 0n : BigInt(I.mem.address(d.value as number));
    if (d.simple.kind === 'float') {
      const view = new DataView(new ArrayBuffer(8));
      if (d.simple.size === 4) view.setFloat32(0, d.value as number, true);
      else view.setFloat64(0, d.value as number, true);
      return view.getBigUint64(0, true);
    }
    return BigInt.asUintN(64, d.value as bigint);
  };
  /** Reads `s.size` bytes at `address` of the simulated memory as a C value of `s`. */
  const readMemory = (s: Simple, address: number): bigint | number => {
    const shift = BigInt(8 * (address % 8));
    const word = address % 8 + s.size <= 8 ? wordAt(address) : undefined;
    if (word === undefined) {
      throw new PyException(
        'NotImplementedError',
        `pymem does not model the memory at ${hexAddress(address)}: ctypes may read only the first three words of a live object ` +
          '(ob_refcnt at id(x), ob_type at id(x) + 8, ob_size at id(x) + 16) or a ctypes value (ctypes.addressof)',
      );
    }
    const bits = BigInt.asUintN(8 * s.size, word >> shift);
    if (s.kind === 'float') {
      const view = new DataView(new ArrayBuffer(8));
      view.setBigUint64(0, bits, true);
      return s.size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true);
    }
    return s.kind === 'signed' ? BigInt.asIntN(8 * s.size, bits) : bits;
  };

  /** The `.value` of an instance, as a new reference. */
  const pyValue = (d: CData): Handle => {
    const c = d.at === undefined ? d.value : readMemory(d.simple, d.at);
    switch (d.simple.kind) {
      case 'float':
        return I.newFloat(c as number);
      case 'bool':
        return I.newBool(c !== 0n);
      case 'char':
        return I.newBytes(String.fromCharCode(Number(c)));
      case 'pointer':
        return c === 0n ? I.none() : I.newInt(smallInt(c as bigint));
      case 'object': {
        if (d.at === undefined && d.points === undefined) {
          if ((c as number) < 0) throw new PyException('ValueError', 'PyObject is NULL');
          return I.incref(c as number);
        }
        const address = d.points ?? Number(c);
        const target = liveObjectAt(address);
        if (target < 0) throw new PyException('NotImplementedError', `pymem does not model the memory at ${hexAddress(address)}: it is not the address of a live object`);
        return I.incref(target);
      }
      default:
        return I.newInt(smallInt(c as bigint));
    }
  };
  const liveObjectAt = (address: number): Handle => {
    let found: Handle = -1;
    I.mem.rt.heap.forEachLive((h) => {
      if (found < 0 && I.mem.address(h) === address) found = h;
    });
    return found;
  };

  /** A new instance of `t` (holding its class, as an instance of a heap type does; a py_object also its object). */
  const newCData = (t: PyType, d: CData): Handle => {
    const h = I.alloc(t, K.Object, d, d.simple.kind === 'object' ? 2 : 1);
    I.mem.setSlot(h, 0, t.h);
    if (d.simple.kind === 'object' && d.points === undefined && (d.value as number) >= 0) I.mem.setSlot(h, 1, d.value as number);
    return h;
  };

  const reprOf = (h: Handle): string => {
    const d = data(h)!;
    const name = d.simple.name;
    if (d.simple.kind === 'object' && d.at === undefined && d.points === undefined) return (d.value as number) < 0 ? `${name}(<NULL>)` : `${name}(${I.repr(d.value as number)})`;
    const v = pyValue(d);
    try {
      const text = d.simple.kind === 'char' ? reprBytes(I.pv[v] as string) : I.repr(v);
      return `${name}(${text})`;
    } finally {
      I.decref(v);
    }
  };

  for (const s of SIMPLE) {
    const t = newExtType(I, `ctypes.${s.name}`, K.Object, { basicSize: 104, gc: true, weakrefable: true, managedDict: true });
    types.set(t, s);
    byName.set(s.name, t);
    I.constructors.set(t, (_t, args, kw) => {
      if (kw !== null && kw.size > 0) throw te(`${s.name}() takes no keyword arguments`);
      if (args.length > 1) throw te(`function takes at most 1 argument (${args.length} given)`);
      const zero = s.kind === 'float' ? 0 : s.kind === 'object' ? -1 : 0n;
      return newCData(t, { simple: s, value: args.length ? toC(s, args[0]) : zero });
    });
    t.ext = {
      repr: reprOf,
      unhashable: 'unhashable type', // PyCData_nohash's message
      getattr: (h, name) => (name === 'value' ? pyValue(data(h)!) : name === '_b_needsfree_' ? I.newInt(data(h)!.at === undefined ? 1 : 0) : -1),
      setattr: (h, name, v) => {
        const d = data(h)!;
        if (name !== 'value' || v < 0) return false;
        if (d.at !== undefined) throw new PyException('NotImplementedError', `pymem does not let ctypes write the memory at ${hexAddress(d.at)} (in CPython this changes whatever lies there)`);
        const c = toC(s, v);
        if (s.kind === 'object') I.mem.setSlot(h, 1, c as number);
        d.value = c;
        return true;
      },
    };
    // from_address is a method of the metaclass: called on the class, it receives the address only
    t.methods.set('from_address', (a) => {
      argc('from_address', a, 1, 1);
      if (I.kind[a[0]] !== K.Int) throw te('integer expected');
      return newCData(t, { simple: s, value: 0n, at: Number(I.pv[a[0]]) });
    });
    modVal(I, m, s.name, I.incref(t.h));
  }
  for (const [alias, name] of Object.entries(ALIASES)) modVal(I, m, alias, I.incref(byName.get(name)!.h));

  const simpleOf = (h: Handle): Simple => {
    const s = I.kind[h] === K.Type ? types.get(I.pv[h] as PyType) : data(h)?.simple;
    if (s === undefined) throw te('this type has no size');
    return s;
  };
  modFn(I, m, 'sizeof', (a) => {
    argc('sizeof', a, 1, 1);
    return I.newInt(simpleOf(a[0]).size);
  });
  modFn(I, m, 'addressof', (a) => {
    argc('addressof', a, 1, 1);
    const d = data(a[0]);
    if (d === undefined) throw te('invalid type');
    return I.newInt(d.at ?? I.mem.address(a[0]) + VALUE_OFFSET);
  });
  // cast(obj, type): the pointer value of obj (an int address, None, or a ctypes value) seen as `type`
  modFn(I, m, 'cast', (a) => {
    argc('cast', a, 2, 2);
    const t = I.kind[a[1]] === K.Type ? (I.pv[a[1]] as PyType) : undefined;
    const s = t && types.get(t);
    if (!t || !s || (s.kind !== 'object' && s.kind !== 'pointer')) throw te('cast() argument 2 must be a pointer type, not ' + I.ty[a[1]].name);
    const src = a[0];
    const d = data(src);
    const address = I.kind[src] === K.None ? 0 : d !== undefined ? Number(valueWord(d)) : Number(intValue(src));
    if (s.kind === 'pointer') return newCData(t, { simple: s, value: BigInt(address) });
    if (address === 0) return newCData(t, { simple: s, value: -1 });
    return newCData(t, { simple: s, value: -1, points: address });
  });
}

function hexAddress(address: number): string {
  return `0x${address.toString(16)}`;
}

function smallInt(v: bigint): number | bigint {
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}
