// sys.getsizeof of CPython 3.11 (64-bit) for objects whose size depends only on their value:
// int, bool, float, str, bytes, tuple, instances, functions and the fixed-size types.
// Mirrors `_PySys_GetSizeOf` (`type.__sizeof__(o)` + `_PyType_PreHeaderSize`) and each type's
// `__sizeof__` (Objects/longobject.c, unicodeobject.c, typeobject.c). Start at `sizeofInt`.
import { GC_HEAD_SIZE, MANAGED_DICT_PREHEADER_SIZE } from '../layout.js';

/** Bits per digit of CPython's `PyLongObject` on 64-bit builds (`PYLONG_BITS_IN_DIGIT`). */
export const INT_DIGIT_BITS = 30;

const DIGIT_BASE = 1n << BigInt(INT_DIGIT_BITS);

/**
 * Number of 30-bit digits CPython stores for an int (`abs(Py_SIZE(x))`); 0 has no digits.
 *
 * @example
 * ```ts
 * intDigitCount(0n); // 0
 * intDigitCount(2n ** 30n); // 2
 * intDigitCount(-(2n ** 90n)); // 4
 * ```
 */
export function intDigitCount(value: bigint | number): number {
  let v = typeof value === 'bigint' ? value : BigInt(value);
  if (v < 0n) v = -v;
  let digits = 0;
  while (v > 0n) {
    v /= DIGIT_BASE;
    digits += 1;
  }
  return digits;
}

/**
 * `sys.getsizeof` of an int (or bool): 24-byte header plus 4 bytes per digit, counting at least
 * one digit, so `0`, `False` and `True` all take 28 bytes. The sign does not matter.
 *
 * @example
 * ```ts
 * sizeofInt(0n); // 28
 * sizeofInt(2n ** 60n); // 36
 * sizeofInt(10n ** 100n); // 72
 * ```
 */
export function sizeofInt(value: bigint | number): number {
  return 24 + 4 * Math.max(intDigitCount(value), 1);
}

/** The four storage kinds of a compact 3.11 str, by the largest code point it holds. */
export type StrKind = 'ascii' | 'latin1' | 'ucs2' | 'ucs4';

/**
 * The storage kind CPython picks for a str whose largest code point is `maxCodePoint`
 * (use 0 for the empty string).
 *
 * @example
 * ```ts
 * strKind(0x41); // 'ascii'
 * strKind(0xe9); // 'latin1'
 * strKind(0x20ac); // 'ucs2'
 * strKind(0x1f600); // 'ucs4'
 * ```
 */
export function strKind(maxCodePoint: number): StrKind {
  if (maxCodePoint < 0x80) return 'ascii';
  if (maxCodePoint < 0x100) return 'latin1';
  if (maxCodePoint < 0x10000) return 'ucs2';
  return 'ucs4';
}

/**
 * `sys.getsizeof` of a str of `length` code points: an ASCII string has a 48-byte header
 * (`PyASCIIObject`, with 3.11's `wstr` pointer), the other kinds a 72-byte compact header;
 * then the characters and a terminating NUL of the kind's width. A cached UTF-8 form of a
 * non-ASCII string (made by some C APIs) would add its length + 1; this does not model it.
 *
 * @example
 * ```ts
 * sizeofStr(3, 0x63); // 52: 'abc'
 * sizeofStr(1, 0xe9); // 74: 'é'
 * sizeofStr(2, 0x1f600); // 84: 'a😀'
 * ```
 */
export function sizeofStr(length: number, maxCodePoint: number): number {
  switch (strKind(maxCodePoint)) {
    case 'ascii':
      return 48 + length + 1;
    case 'latin1':
      return 72 + length + 1;
    case 'ucs2':
      return 72 + 2 * (length + 1);
    case 'ucs4':
      return 72 + 4 * (length + 1);
  }
}

/**
 * `sys.getsizeof` of a JavaScript string taken as a Python str (counted in code points, so
 * surrogate pairs are one character, as Python sees them).
 *
 * @example
 * ```ts
 * sizeofStrValue(''); // 49
 * sizeofStrValue('a€'); // 78
 * ```
 */
export function sizeofStrValue(s: string): number {
  let length = 0;
  let max = 0;
  for (const ch of s) {
    length += 1;
    const cp = ch.codePointAt(0)!;
    if (cp > max) max = cp;
  }
  return sizeofStr(length, max);
}

/**
 * `sys.getsizeof` of a bytes object of `length` bytes: 32-byte header, the bytes and a NUL.
 *
 * @example
 * ```ts
 * sizeofBytes(0); // 33
 * sizeofBytes(3); // 36
 * ```
 */
export function sizeofBytes(length: number): number {
  return 33 + length;
}

/**
 * `sys.getsizeof` of a tuple of `length` items: 24-byte header, 8 bytes per item and the GC
 * header. The static `()` counts the GC header too (getsizeof is type-based): 40.
 *
 * @example
 * ```ts
 * sizeofTuple(0); // 40
 * sizeofTuple(3); // 64
 * ```
 */
export function sizeofTuple(length: number): number {
  return 24 + 8 * length + GC_HEAD_SIZE;
}

/**
 * `sys.getsizeof` of objects whose size never varies (64-bit CPython 3.11), by Python type name.
 * `method` is a bound Python method, `method-wrapper` a bound slot wrapper such as
 * `obj.__init__` of a plain class, `builtin_function_or_method` a builtin such as `len` or
 * `[].append`; `type` is a static type object such as `int`.
 *
 * @example
 * ```ts
 * FIXED_SIZES.float; // 24
 * FIXED_SIZES.function; // 152
 * ```
 */
export const FIXED_SIZES = {
  NoneType: 16,
  ellipsis: 16,
  NotImplementedType: 16,
  bool: 28,
  float: 24,
  complex: 32,
  object: 16,
  range: 48,
  slice: 56,
  function: 152,
  method: 64,
  'method-wrapper': 48,
  builtin_function_or_method: 72,
  cell: 40,
  property: 80,
  staticmethod: 48,
  classmethod: 48,
  module: 72,
  'weakref.ReferenceType': 80,
  'weakref.finalize': 32,
  list_iterator: 48,
  list_reverseiterator: 48,
  tuple_iterator: 48,
  range_iterator: 48,
  str_ascii_iterator: 48,
  set_iterator: 64,
  dict_keyiterator: 72,
  dict_valueiterator: 72,
  dict_itemiterator: 72,
  dict_keys: 40,
  dict_values: 40,
  dict_items: 40,
  enumerate: 72,
  zip: 64,
  map: 48,
  type: 424,
} as const;

/** A name of {@link FIXED_SIZES}. */
export type FixedSizeType = keyof typeof FIXED_SIZES;

/** What decides the size of an instance of a Python class (`class C: ...`). */
export interface HeapInstanceLayout {
  /** `tp_basicsize`: the object header, one word per `__slots__` member, the weakref slot. */
  readonly basicSize: number;
  /** Instances keep a `__dict__` in the 3.11 pre-header (`Py_TPFLAGS_MANAGED_DICT`). */
  readonly managedDict: boolean;
  /** Instances have a `__weakref__` slot. */
  readonly weakrefSlot: boolean;
}

/** The layout of plain `object`, the base of every class here. */
export const OBJECT_LAYOUT: HeapInstanceLayout = { basicSize: 16, managedDict: false, weakrefSlot: false };

/**
 * The instance layout `type_new` gives a class defined with `class C(base): __slots__ = slots`
 * (`slots` undefined when the class has no `__slots__`). Without `__slots__` the class gains
 * a managed dict and a weakref slot unless its base has them; `'__dict__'` and `'__weakref__'`
 * in `__slots__` ask for them explicitly; every other name is one 8-byte member.
 *
 * @example
 * ```ts
 * const plain = heapInstanceLayout();          // class Plain: pass
 * sizeofHeapInstance(plain);                    // 56
 * sizeofHeapInstance(heapInstanceLayout({ slots: ['a', 'b', 'c'] })); // 56
 * sizeofHeapInstance(heapInstanceLayout({ slots: [] }));              // 32
 * ```
 */
export function heapInstanceLayout(spec: { base?: HeapInstanceLayout; slots?: readonly string[] } = {}): HeapInstanceLayout {
  const base = spec.base ?? OBJECT_LAYOUT;
  let { basicSize, managedDict, weakrefSlot } = base;
  if (spec.slots === undefined) {
    managedDict = true;
    if (!weakrefSlot) {
      weakrefSlot = true;
      basicSize += 8;
    }
    return { basicSize, managedDict, weakrefSlot };
  }
  for (const name of spec.slots) {
    if (name === '__dict__') managedDict = true;
    else if (name === '__weakref__') {
      if (!weakrefSlot) {
        weakrefSlot = true;
        basicSize += 8;
      }
    } else basicSize += 8;
  }
  return { basicSize, managedDict, weakrefSlot };
}

/**
 * `sys.getsizeof` of an instance of a Python class: basic size, GC header, and the managed
 * dict pre-header (values and dict pointers) if the class has one. It never depends on how
 * many attributes the instance holds: the values array is a separate allocation.
 *
 * @example
 * ```ts
 * sizeofHeapInstance({ basicSize: 24, managedDict: true, weakrefSlot: true }); // 56
 * ```
 */
export function sizeofHeapInstance(layout: HeapInstanceLayout): number {
  return layout.basicSize + GC_HEAD_SIZE + (layout.managedDict ? MANAGED_DICT_PREHEADER_SIZE : 0);
}

/** Bytes of `PyHeapTypeObject` (`type.__sizeof__` of a class without cached shared keys). */
export const HEAP_TYPE_BASIC_SIZE = 904;

/**
 * `sys.getsizeof` of a class object. A class whose instances have a managed dict owns shared
 * (split) keys (`ht_cached_keys`, 64 slots, str entries) and counts them: 1688; a class
 * without (only `__slots__`) is 920.
 *
 * @example
 * ```ts
 * sizeofHeapType(true); // 1688: class Plain: pass
 * sizeofHeapType(false); // 920: class S: __slots__ = ('a',)
 * ```
 */
export function sizeofHeapType(hasSharedKeys: boolean): number {
  return HEAP_TYPE_BASIC_SIZE + GC_HEAD_SIZE + (hasSharedKeys ? SHARED_KEYS_TABLE_BYTES : 0);
}

/** Bytes of a class's shared keys table: 32-byte header, 64 one-byte indices, 42 16-byte entries. */
export const SHARED_KEYS_TABLE_BYTES = 32 + 64 + 42 * 16;
