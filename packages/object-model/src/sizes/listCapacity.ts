// How many item slots a CPython 3.11 list has allocated after each way of building or changing
// it. Mirrors `list_resize`, `list_preallocate_exact` and `list_extend` in Objects/listobject.c
// and the list-display paths of Python/compile.c (`starunpack_helper`). Start at `listResize`.
import { GC_HEAD_SIZE } from '../layout.js';

/** `sizeof(PyListObject)`: the list header without its item array or GC header. */
export const LIST_BASIC_SIZE = 40;

/**
 * `sys.getsizeof` of a list whose item array has `allocated` slots (capacity, not length).
 *
 * @example
 * ```ts
 * sizeofList(0); // 56
 * sizeofList(4); // 88
 * ```
 */
export function sizeofList(allocated: number): number {
  return LIST_BASIC_SIZE + GC_HEAD_SIZE + 8 * allocated;
}

/**
 * `list_resize(self, newsize)`: the capacity after a list of `oldSize` items and `allocated`
 * slots is resized to `newSize` items. Used by append, insert, pop, remove, `del l[i:j]`,
 * `+=` and extend of a non-empty list. Keeps the array when
 * `allocated >= newSize >= allocated / 2`; otherwise over-allocates by about 1/8 plus 6,
 * rounded down to a multiple of 4, unless the jump is bigger than that over-allocation.
 *
 * @example
 * ```ts
 * listResize(0, 0, 1); // 4: the first append
 * listResize(4, 4, 5); // 8
 * listResize(116, 101, 100); // 116: a pop that stays above half
 * ```
 */
export function listResize(allocated: number, oldSize: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  if (newSize === 0) return 0;
  let next = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - oldSize > next - newSize) next = (newSize + 3) & ~3;
  return next;
}

/**
 * The capacity after appending one item to a list that then holds `newSize` items
 * (`app1` → `list_resize(newSize)`).
 *
 * @example
 * ```ts
 * let cap = 0;
 * const caps: number[] = [];
 * for (let n = 1; n <= 9; n++) caps.push((cap = listCapacityAfterAppend(cap, n)));
 * // caps = [4, 4, 4, 4, 8, 8, 8, 8, 16]
 * ```
 */
export function listCapacityAfterAppend(allocated: number, newSize: number): number {
  return listResize(allocated, newSize - 1, newSize);
}

/**
 * `list_preallocate_exact(n)`: the first fill of a list with no item array (`list(x)`,
 * `sorted(x)`, `[].extend(x)`, an all-constant display) rounds an odd length up to even.
 *
 * @example
 * ```ts
 * listPreallocateExact(3); // 4
 * listPreallocateExact(4); // 4
 * ```
 */
export function listPreallocateExact(n: number): number {
  return (n + 1) & ~1;
}

/** What `list.extend` (and `list(x)`, `sorted(x)`) knows about its argument. */
export type ExtendSource =
  /** a list or tuple (or the list itself): its exact length */
  | { readonly kind: 'sequence'; readonly length: number }
  /** any other iterable: `__length_hint__` (default 8) and the number it actually yields */
  | { readonly kind: 'iterable'; readonly lengthHint: number; readonly count: number };

/**
 * `list_extend`: the capacity after extending a list of `size` items and `allocated` slots.
 * `hasItemArray` is false for a list that never had an item array or was `clear()`ed (its
 * `ob_item` is NULL), which takes the exact-preallocation path; a list emptied by `pop` keeps
 * a zero-length array and grows by `list_resize` instead. A generic iterable is presized by its
 * length hint, filled by appends, and cut back if the hint was too large.
 *
 * @example
 * ```ts
 * listCapacityAfterExtend(0, 0, false, { kind: 'sequence', length: 3 }); // 4: [].extend((1, 2, 3))
 * listCapacityAfterExtend(0, 0, true, { kind: 'sequence', length: 3 }); // 8: after l.pop()
 * listCapacityAfterExtend(0, 0, false, { kind: 'iterable', lengthHint: 8, count: 9 }); // 16: list(genexpr)
 * ```
 */
export function listCapacityAfterExtend(
  allocated: number,
  size: number,
  hasItemArray: boolean,
  source: ExtendSource,
): number {
  if (source.kind === 'sequence') {
    if (source.length === 0) return allocated;
    if (!hasItemArray) return listPreallocateExact(source.length);
    return listResize(allocated, size, size + source.length);
  }
  let cap = allocated;
  if (!hasItemArray) {
    if (source.lengthHint > 0) cap = listPreallocateExact(source.lengthHint);
  } else {
    cap = listResize(cap, size, size + source.lengthHint);
  }
  let n = size;
  for (let i = 0; i < source.count; i++) {
    if (n < cap) n += 1;
    else {
      cap = listCapacityAfterAppend(cap, n + 1);
      n += 1;
    }
  }
  if (n < cap) cap = listResize(cap, n, n);
  return cap;
}

/** The bytecode CPython 3.11 compiles a list display `[e1, ..., en]` to, by its elements. */
export type ListDisplayPath = 'buildList' | 'extendConstTuple' | 'appendEach';

/**
 * Which path the compiler takes for a list display of `n` elements (no starred elements):
 * more than two elements that are all constants after folding become `BUILD_LIST 0` +
 * `LIST_EXTEND` of a constant tuple; more than 30 others become `BUILD_LIST 0` + one
 * `LIST_APPEND` each; the rest `BUILD_LIST n`.
 *
 * @example
 * ```ts
 * listDisplayPath(3, true); // 'extendConstTuple': [1, 2, 3]
 * listDisplayPath(3, false); // 'buildList': [a, b, c]
 * listDisplayPath(31, false); // 'appendEach'
 * ```
 */
export function listDisplayPath(n: number, allConstant: boolean): ListDisplayPath {
  if (n > 2 && allConstant) return 'extendConstTuple';
  if (n > 30) return 'appendEach';
  return 'buildList';
}

/**
 * Capacity of a list made by a display of `n` elements.
 *
 * @example
 * ```ts
 * listDisplayCapacity(3, true); // 4
 * listDisplayCapacity(3, false); // 3
 * listDisplayCapacity(31, false); // 32
 * ```
 */
export function listDisplayCapacity(n: number, allConstant: boolean): number {
  switch (listDisplayPath(n, allConstant)) {
    case 'extendConstTuple':
      return listPreallocateExact(n);
    case 'buildList':
      return n;
    case 'appendEach':
      return listCapacityAfterAppends(0, 0, n);
  }
}

/**
 * Capacity after `count` appends to a list of `size` items and `allocated` slots (a list
 * comprehension is `count` appends to an empty list).
 *
 * @example
 * ```ts
 * listCapacityAfterAppends(0, 0, 10); // 16: [x for x in range(10)]
 * ```
 */
export function listCapacityAfterAppends(allocated: number, size: number, count: number): number {
  let cap = allocated;
  for (let n = size + 1; n <= size + count; n++) cap = listCapacityAfterAppend(cap, n);
  return cap;
}

/**
 * `list_ass_slice` deleting `count` items (`del l[i]`, `del l[i:j]`, `l.remove(x)`, `l.pop(i)`
 * of an item that is not the last): a list left empty is cleared (no item array at all);
 * otherwise `list_resize`. (`l.pop()` of the last item always goes through `list_resize`,
 * which keeps a zero-length array.)
 *
 * @example
 * ```ts
 * listAfterSliceDelete(1, 1, 1); // { allocated: 0, hasItemArray: false }
 * listAfterSliceDelete(10, 10, 1); // { allocated: 10, hasItemArray: true }
 * ```
 */
export function listAfterSliceDelete(allocated: number, size: number, count: number): { allocated: number; hasItemArray: boolean } {
  if (size - count === 0) return { allocated: 0, hasItemArray: false };
  return { allocated: listResize(allocated, size, size - count), hasItemArray: true };
}
