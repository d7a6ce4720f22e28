// The set type: open-addressing insertion with dummies, set_table_resize's growth rule,
// discard/clear/update; the set algebra and method tables are setMethods.ts.
// Mirrors Objects/setobject.c (set_add_entry, set_table_resize, set_update_internal, set_methods).
import type { Handle } from '../mem.js';
import { K, type SetData } from '../objects.js';
import type { Interp } from '../interp.js';
import { setBinop } from './setMethods.js';

/** set insertion, probing and resizing, merged into Interp. */
export const setOps = {
  // ================================================================ sets
  setItems(this: Interp, h: Handle): Handle[] {
    return (this.pv[h] as SetData).table.filter((x) => x >= 0);
  },

  /** `s.add(item)` (set_add_entry with CPython's probing, so iteration order matches). Borrows. */
  setAdd(this: Interp, h: Handle, item: Handle): void {
    const d = this.pv[h] as SetData;
    const hk = this.hashKey(item);
    if (d.idx.has(hk)) return;
    const hash = this.pyHash(item);
    const pos = this.setProbe(d, hash, true);
    this.incref(item);
    const reuse = d.table[pos] === -2;
    d.table[pos] = item;
    d.hashes[pos] = hash;
    d.idx.set(hk, pos);
    d.used++;
    this.mem.putSlot(h, pos, item);
    if (reuse) return;
    d.fill++;
    const mask = d.table.length - 1;
    if (d.fill * 5 < mask * 3) return;
    this.setResize(h, d.used > 50000 ? d.used * 2 : d.used * 4);
  },

  setProbe(this: Interp, d: SetData, hash: number, allowDummy: boolean): number {
    const mask = d.table.length - 1;
    let i = Number(BigInt.asUintN(32, BigInt(Math.trunc(hash) % 2 ** 32 | 0))) & mask;
    let perturb = BigInt.asUintN(64, BigInt(Math.trunc(hash)));
    let freeslot = -1;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      for (let j = 0; j <= probes; j++) {
        const e = d.table[i + j];
        if (e === -1) return freeslot >= 0 ? freeslot : i + j;
        if (e === -2 && allowDummy && freeslot < 0) freeslot = i + j;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  },

  setResize(this: Interp, h: Handle, minused: number): void {
    const d = this.pv[h] as SetData;
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = d.table;
    const oldHashes = d.hashes;
    d.table = new Array(size).fill(-1);
    d.hashes = new Array(size).fill(0);
    d.idx.clear();
    d.fill = d.used;
    const moved: [Handle, number][] = [];
    for (let i = 0; i < old.length; i++) if (old[i] >= 0) moved.push([old[i], oldHashes[i]]);
    for (const [item, hash] of moved) {
      const pos = this.setProbe(d, hash, false);
      d.table[pos] = item;
      d.hashes[pos] = hash;
      d.idx.set(this.hashKey(item), pos);
    }
    this.mem.relayout(h, d.table.map((x) => (x >= 0 ? x : -1)));
    this.mem.resizeBuffer(h, 'table', size > 8 ? size * 16 : 0);
  },

  /** Removes item; returns whether it was present. */
  setDiscard(this: Interp, h: Handle, item: Handle): boolean {
    const d = this.pv[h] as SetData;
    const hk = this.hashKey(item);
    const pos = d.idx.get(hk);
    if (pos === undefined) return false;
    d.table[pos] = -2;
    d.idx.delete(hk);
    d.used--;
    this.mem.setSlot(h, pos, -1);
    return true;
  },

  setClear(this: Interp, h: Handle): void {
    const d = this.pv[h] as SetData;
    const old = d.table;
    d.table = new Array(8).fill(-1);
    d.hashes = new Array(8).fill(0);
    d.idx = new Map();
    d.used = 0;
    d.fill = 0;
    for (let i = 0; i < old.length; i++) if (old[i] >= 0) this.mem.setSlot(h, i, -1);
    this.mem.resizeSlots(h, 8);
    this.mem.resizeBuffer(h, 'table', 0);
  },

  setClearTo(this: Interp, h: Handle, src: Handle): void {
    const keep = this.setItems(src);
    for (const x of keep) this.incref(x);
    this.setClear(h);
    for (const x of keep) {
      this.setAdd(h, x);
      this.decref(x);
    }
  },

  /** set_update_internal from any iterable (a set or dict source presizes, as set_merge does). */
  setUpdate(this: Interp, h: Handle, src: Handle): void {
    const k = this.kind[src];
    if (k === K.Set || k === K.FrozenSet) {
      const d = this.pv[h] as SetData;
      const s = this.pv[src] as SetData;
      // set_merge: resize when (fill + other.used)*5 >= mask*3
      if ((d.fill + s.used) * 5 >= (d.table.length - 1) * 3) this.setResize(h, (d.used + s.used) * 2);
      for (const x of s.table) if (x >= 0) this.setAdd(h, x);
      return;
    }
    const items = this.collect(src);
    for (const x of items) {
      try {
        this.setAdd(h, x);
      } finally {
        this.decref(x);
      }
    }
  },

  /** A binary set operator on two sets (setMethods.ts builds it as setobject.c does). */
  setOp(this: Interp, op: string, a: Handle, b: Handle, inplace = false): Handle {
    return setBinop(this, op, a, b, inplace);
  },
};

/** The methods of `setOps`, merged into Interp. */
export type SetOps = typeof setOps;
