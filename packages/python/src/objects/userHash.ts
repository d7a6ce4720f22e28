// Hashing instances whose class defines __hash__ (and __eq__): hash() calls it, `__hash__ = None`
// (what defining only __eq__ leaves) makes them unhashable, and dict/set keys group equal
// objects: each hashed object joins the group of an equal live object with the same hash (found
// with __eq__, as a dict probe would compare them), so equal keys find each other. Mirrors
// Objects/typeobject.c (slot_tp_hash, PyObject_HashNotImplemented) and dictobject.c's probing.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';

/** Does class `t` take its hash from Python code or from `__hash__ = None`? */
export function classHashKind(I: Interp, t: PyType): 'user' | 'none' | 'identity' {
  const f = I.lookupClassAttr(t, '__hash__');
  if (f < 0) return 'identity';
  return f === I.None ? 'none' : 'user';
}

/** Sets I.userHash and I.userHashKey (used by hash() and by dict/set keys for such classes). */
export function installUserHash(I: Interp): void {
  // hash value -> live hashed objects with the id of their equality group
  const groups = new Map<number, { h: Handle; id: number }[]>();
  const members = new Map<Handle, number>();
  let nextId = 0;
  I.userHash = (h) => {
    const t = I.ty[h];
    const f = I.lookupClassAttr(t, '__hash__');
    if (f === I.None || f < 0) throw new PyException('TypeError', `unhashable type: '${t.name}'`);
    const r = I.call(I.incref(f), [I.incref(h)], null);
    try {
      if (I.kind[r] !== K.Int && I.kind[r] !== K.Bool) throw new PyException('TypeError', '__hash__ method should return an integer');
      const v = I.pyHash(r);
      return v === -1 ? -2 : v;
    } finally {
      I.decref(r);
    }
  };
  I.userHashKey = (h) => {
    const v = I.userHash(h);
    let g = groups.get(v);
    if (!g) groups.set(v, (g = []));
    const known = members.get(h);
    if (known !== undefined) return `u${v}:${known}`;
    const seen = new Set<number>();
    let id = -1;
    for (const m of g) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      if (I.eq(m.h, h)) {
        id = m.id;
        break;
      }
    }
    if (id < 0) id = nextId++;
    g.push({ h, id });
    members.set(h, id);
    return `u${v}:${id}`;
  };
  I.userHashFreed = (h) => {
    if (!members.delete(h)) return;
    for (const [v, g] of groups) {
      const i = g.findIndex((m) => m.h === h);
      if (i < 0) continue;
      g.splice(i, 1);
      if (g.length === 0) groups.delete(v);
      break;
    }
  };
}
