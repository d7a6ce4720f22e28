// The implicit __class__ cell of a class body (minimal, until closures have real cells): the body
// makes one cell when a method in it uses `super` or `__class__`; each such method holds it in a
// one-item closure tuple, and the cell holds the class once type_new has made it. Which class a
// running method belongs to is found from its first argument's MRO (the function whose code runs).
// Mirrors Python/compile.c (compiler_class's __class__ cell) and typeobject.c (type_new_set_classcell).
import type { Stmt } from '../parser/ast.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Frame, FuncData, Interp } from '../interp.js';

const CELL_NAMES = new Set(['super', '__class__']);

/** Does this code (a function body) load `super` or `__class__`, directly or in nested functions? */
export function usesClassCell(node: unknown): boolean {
  if (Array.isArray(node)) return node.some((n) => usesClassCell(n));
  if (node === null || typeof node !== 'object') return false;
  const n = node as { t?: string; id?: string };
  if (n.t === 'ClassDef') return false;
  if (n.t === 'Name' && CELL_NAMES.has(n.id!)) return true;
  return Object.values(node).some((v) => typeof v === 'object' && usesClassCell(v));
}

/** Does a class body need a __class__ cell (some function defined in it uses one)? */
export function classBodyNeedsCell(body: readonly Stmt[]): boolean {
  const walk = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(walk);
    if (node === null || typeof node !== 'object') return false;
    const n = node as { t?: string; body?: unknown };
    if (n.t === 'ClassDef') return false;
    if (n.t === 'FunctionDef' || n.t === 'Lambda') return usesClassCell(n.body);
    return Object.values(node).some((v) => typeof v === 'object' && walk(v));
  };
  return walk(body);
}

/** A new, empty __class__ cell. */
export function newClassCell(I: Interp): Handle {
  return I.alloc(I.tCell, K.Cell, null, 1);
}

/** MAKE_FUNCTION with the cell as closure: the function holds a tuple (cell,) in one more slot. */
export function attachClassCell(I: Interp, func: Handle, cell: Handle): void {
  const n = I.mem.rt.heap.slotCount(func);
  I.mem.resizeSlots(func, n + 1);
  I.mem.putSlot(func, n, I.newTuple([I.incref(cell)]));
}

/** type_new_set_classcell: the cell now refers to the class. */
export function fillClassCell(I: Interp, cell: Handle, cls: Handle): void {
  I.mem.setSlot(cell, 0, cls);
}

/**
 * The class whose body defined the running function (what its __class__ cell holds), found in
 * the MRO of its first argument (or of the argument itself when it is a class); -1 if none.
 */
export function classOfFrame(I: Interp, f: Frame): Handle {
  const first = f.fast[0];
  if (first === undefined || first < 0) return -1;
  const mro = I.kind[first] === K.Type ? (I.pv[first] as PyType).mro : I.ty[first].mro;
  for (const c of mro) {
    if (!c.isHeap) continue;
    const d = I.pv[c.dict] as { vals: Handle[]; keys: Handle[] };
    for (let i = 0; i < d.vals.length; i++) {
      const v = d.vals[i];
      if (d.keys[i] >= 0 && v >= 0 && I.kind[v] === K.Func && (I.pv[v] as FuncData).code === f.code) return c.h;
    }
  }
  return -1;
}
