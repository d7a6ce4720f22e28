// Method resolution order of a class: the C3 linearisation of its bases (a single base's MRO
// prefixed by the class), the duplicate-base check, CPython's error texts, and the solid-base
// rule that picks the base whose instance layout the class extends.
// Mirrors Objects/typeobject.c (mro_implementation, pmerge, set_mro_error, check_duplicates, best_base, solid_base).
import { PyException } from '../errors.js';
import type { PyType } from '../objects.js';

/**
 * The MRO of a new class `t` with bases `bases` (not yet including `t`'s own entry is what
 * `mro_implementation` merges): `[t, ...merge(base MROs..., bases)]`.
 * Throws CPython's TypeError for a duplicate base or an inconsistent order.
 *
 * @example
 * ```ts
 * computeMro(d, [b, c]); // [d, b, c, a, object] for the diamond D(B, C), B(A), C(A)
 * ```
 */
export function computeMro(t: PyType, bases: readonly PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw new PyException('TypeError', `duplicate base class ${bases[i]!.name}`);
    }
  }
  const toMerge: (readonly PyType[])[] = [...bases.map((b) => b.mro), bases];
  const remain = toMerge.map(() => 0);
  const out: PyType[] = [t];
  for (;;) {
    let empty = 0;
    let picked: PyType | null = null;
    for (let i = 0; i < toMerge.length && picked === null; i++) {
      const seq = toMerge[i]!;
      if (remain[i]! >= seq.length) {
        empty++;
        continue;
      }
      const cand = seq[remain[i]!]!;
      // a candidate is good when it is in no other list's tail
      const inTail = toMerge.some((s, j) => s.indexOf(cand, remain[j]! + 1) >= 0);
      if (!inTail) picked = cand;
    }
    if (empty === toMerge.length) return out;
    if (picked === null) throw mroError(toMerge, remain);
    out.push(picked);
    for (let i = 0; i < toMerge.length; i++) {
      const seq = toMerge[i]!;
      if (remain[i]! < seq.length && seq[remain[i]!] === picked) remain[i]!++;
    }
  }
}

function mroError(toMerge: readonly (readonly PyType[])[], remain: readonly number[]): PyException {
  // set_mro_error: the remaining heads, each once, in the order met
  const heads: PyType[] = [];
  toMerge.forEach((seq, i) => {
    const h = seq[remain[i]!];
    if (h !== undefined && !heads.includes(h)) heads.push(h);
  });
  const names = heads.map((h) => h.name).join(', ');
  return new PyException('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
}

/** The class whose instance layout `t` shares (solid_base): the nearest ancestor that adds slot members, or a builtin. */
export function solidBase(t: PyType): PyType {
  let c: PyType = t;
  while (c.isHeap && c.base && !c.addsMembers) c = c.base;
  return c;
}

/**
 * The base whose layout the new class extends (best_base): every other base's solid base
 * must be an ancestor of its solid base.
 */
export function bestBase(bases: readonly PyType[]): PyType {
  let winner: PyType | null = null;
  let base: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep the current winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      throw new PyException('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}
