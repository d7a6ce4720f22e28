// The static objects a CPython 3.11 interpreter has before the first line runs, in the order
// the runtime creates them: small ints -5..256, the singletons, the empty str/bytes/tuple, the
// 256 one-character latin-1 strings and the 256 one-byte bytes. They live in the interpreter's
// static data (Include/internal/pycore_runtime_init.h), not in pymalloc: never allocated, never freed.
import { BuiltinType, sizeofBytes, sizeofInt, sizeofStrValue, sizeofTuple, type TypeId } from '@pymem/object-model';
import { SMALL_INT_MAX, SMALL_INT_MIN } from '@pymem/intern-table';

/** One static object: its cache key (see InternCached), type and `sys.getsizeof`. */
export interface StaticSpec {
  readonly key: string;
  readonly typeId: TypeId;
  readonly size: number;
}

/**
 * Where the static objects' simulated addresses start (the interpreter's data segment).
 *
 * @example
 * ```ts
 * rt.heap.address(rt.internTable.cached('None')) >= STATIC_BASE; // true
 * ```
 */
export const STATIC_BASE = 0x560000000000;

/**
 * The static objects in creation order.
 *
 * @example
 * ```ts
 * staticSpecs().find((s) => s.key === 'None'); // { key: 'None', typeId: 1, size: 16 }
 * ```
 */
export function staticSpecs(): StaticSpec[] {
  const out: StaticSpec[] = [];
  for (let v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) out.push({ key: `int:${v}`, typeId: BuiltinType.int, size: sizeofInt(v) });
  out.push({ key: 'None', typeId: BuiltinType.NoneType, size: 16 });
  out.push({ key: 'False', typeId: BuiltinType.bool, size: sizeofInt(0) });
  out.push({ key: 'True', typeId: BuiltinType.bool, size: sizeofInt(1) });
  out.push({ key: 'Ellipsis', typeId: BuiltinType.ellipsis, size: 16 });
  out.push({ key: 'NotImplemented', typeId: BuiltinType.NotImplementedType, size: 16 });
  out.push({ key: 'str:', typeId: BuiltinType.str, size: sizeofStrValue('') });
  out.push({ key: 'bytes:', typeId: BuiltinType.bytes, size: sizeofBytes(0) });
  out.push({ key: 'tuple:', typeId: BuiltinType.tuple, size: sizeofTuple(0) });
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    out.push({ key: `str:${ch}`, typeId: BuiltinType.str, size: sizeofStrValue(ch) });
  }
  for (let b = 0; b < 256; b++) out.push({ key: `bytes:${b}`, typeId: BuiltinType.bytes, size: sizeofBytes(1) });
  return out;
}
