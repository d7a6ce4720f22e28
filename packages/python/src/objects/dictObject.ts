// The dict type: insertion, deletion, dictresize's growth rule, copy and update, and dict's
// method table (get, setdefault, pop, views, fromkeys). Mirrors Objects/dictobject.c
// (insertdict, dictresize, PyDict_DelItem, PyDict_Clear, dict_merge, mapp_methods).
import { argKit } from '../getargs.js';
import type { Handle } from '../mem.js';
import { dictKeysSize } from '@pymem/object-model';
import { K, type DictData, type BuiltinFn } from '../objects.js';
import type { Interp } from '../interp.js';
import { keyError, keyErrorText } from './exceptions.js';

/** dict lookups, insertion and resizing, merged into Interp. */
export const dictOps = {
  // ================================================================ dicts
  /** Borrowed value for key, or -1. */
  dictGet(this: Interp, h: Handle, key: Handle): Handle {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(this.hashKey(key));
    return i === undefined ? -1 : d.vals[i];
  },

  dictGetStr(this: Interp, h: Handle, key: string): Handle {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(`s${key}`);
    return i === undefined ? -1 : d.vals[i];
  },

  /** Follows a table change: a new keys block, and entries compacted when the table was rebuilt. */
  dictAfterTableChange(this: Interp, h: Handle, log2: number, unicode: boolean, expectedEntries: number): void {
    const d = this.pv[h] as DictData;
    const t = d.table;
    if (t.nentries !== expectedEntries && d.keys.length !== d.used) {
      const keys: Handle[] = [];
      const vals: Handle[] = [];
      for (let i = 0; i < d.keys.length; i++) {
        if (d.keys[i] < 0) continue;
        keys.push(d.keys[i]);
        vals.push(d.vals[i]);
      }
      const flat: Handle[] = [];
      for (let i = 0; i < keys.length; i++) flat.push(keys[i], vals[i]);
      this.mem.relayout(h, flat);
      d.keys = keys;
      d.vals = vals;
      d.idx.clear();
      for (let i = 0; i < keys.length; i++) d.idx.set(this.hashKey(keys[i]), i);
    }
    if (t.log2Size !== log2 || t.unicode !== unicode) {
      this.mem.resizeBuffer(h, 'keys', t.log2Size ? dictKeysSize(t.log2Size, t.unicode) : 0);
    }
  },

  /** Appends an entry (borrowed key and value) without consulting the table model. */
  dictAppendEntry(this: Interp, h: Handle, hk: unknown, key: Handle, value: Handle): void {
    const d = this.pv[h] as DictData;
    const n = d.keys.length;
    this.incref(key);
    this.incref(value);
    d.keys.push(key);
    d.vals.push(value);
    d.idx.set(hk, n);
    d.used++;
    this.mem.resizeSlots(h, 2 * n + 2);
    this.mem.putSlot(h, 2 * n, key);
    this.mem.putSlot(h, 2 * n + 1, value);
    this.ty[h].ext?.dictChanged?.(h, key, true);
  },

  /** `d[key] = value` (PyDict_SetItem): borrows both. */
  dictSet(this: Interp, h: Handle, key: Handle, value: Handle): void {
    this.dictSetHashed(h, key, this.hashKey(key), value);
  },

  /** {@link Interp.dictSet} with the key's `hashKey` already known (a compiled name store). */
  dictSetHashed(this: Interp, h: Handle, key: Handle, hk: unknown, value: Handle): void {
    const d = this.pv[h] as DictData;
    const i = d.idx.get(hk);
    if (i !== undefined) {
      d.vals[i] = value;
      this.mem.setSlot(h, 2 * i + 1, value);
      return;
    }
    if (d.split) {
      // insertdict on a split dict: a str key joins the class's shared keys while they have
      // room; a full one, or any other key, makes the table combined first (insertion_resize)
      const isStr = this.kind[key] === K.Str;
      if (!isStr || this.shareName(d.split, this.pv[key] as string) === undefined) this.toCombinedTable(h, isStr);
      if (d.split) {
        this.dictAppendEntry(h, hk, key, value);
        return;
      }
    }
    const t = d.table;
    const log2 = t.log2Size;
    const unicode = t.unicode;
    const before = t.nentries;
    t.insert(this.kind[key] === K.Str);
    this.dictAfterTableChange(h, log2, unicode, before + 1);
    this.dictAppendEntry(h, hk, key, value);
  },

  dictSetStr(this: Interp, h: Handle, key: string, value: Handle): void {
    const k = this.internStr(key);
    this.dictSet(h, k, value);
    this.decref(k);
  },

  dictForget(this: Interp, h: Handle, hk: unknown, i: number): void {
    const d = this.pv[h] as DictData;
    this.ty[h].ext?.dictChanged?.(h, d.keys[i], false);
    d.idx.delete(hk);
    d.keys[i] = -1;
    d.vals[i] = -1;
    d.used--;
    if (!d.split) d.table.remove();
  },

  /** `del d[key]`; returns false when absent. The key then the value are released. */
  dictDel(this: Interp, h: Handle, key: Handle): boolean {
    const d = this.pv[h] as DictData;
    const hk = this.hashKey(key);
    const i = d.idx.get(hk);
    if (i === undefined) return false;
    this.dictForget(h, hk, i);
    this.mem.setSlot(h, 2 * i, -1);
    this.mem.setSlot(h, 2 * i + 1, -1);
    return true;
  },

  /** Removes key and returns its value as a new reference, or -1. */
  dictPop(this: Interp, h: Handle, key: Handle): Handle {
    const d = this.pv[h] as DictData;
    const hk = this.hashKey(key);
    const i = d.idx.get(hk);
    if (i === undefined) return -1;
    const v = this.incref(d.vals[i]);
    this.dictForget(h, hk, i);
    this.mem.setSlot(h, 2 * i, -1);
    this.mem.setSlot(h, 2 * i + 1, -1);
    return v;
  },

  dictClear(this: Interp, h: Handle): void {
    this.ty[h].ext?.dictChanged?.(h, -1, false);
    const d = this.pv[h] as DictData;
    const n = d.keys.length;
    d.keys = [];
    d.vals = [];
    d.idx = new Map();
    d.used = 0;
    // a split dict gives its values up and goes back to the shared empty keys too
    d.split = undefined;
    d.table.clear();
    for (let i = 0; i < n; i++) {
      this.mem.setSlot(h, 2 * i, -1);
      this.mem.setSlot(h, 2 * i + 1, -1);
    }
    this.mem.resizeSlots(h, 0);
    this.mem.resizeBuffer(h, 'keys', 0);
  },

  /** `d.copy()` / `dict(d)` of a plain dict (PyDict_Copy). */
  dictCopy(this: Interp, src: Handle): Handle {
    const s = this.pv[src] as DictData;
    const h = this.newDict();
    const d = this.pv[h] as DictData;
    // PyDict_Copy of a split dict: a new split dict on the same shared keys
    if (s.split) d.split = s.split;
    else d.table = s.table.copy();
    if (d.table.log2Size) this.mem.resizeBuffer(h, 'keys', dictKeysSize(d.table.log2Size, d.table.unicode));
    for (let i = 0; i < s.keys.length; i++) if (s.keys[i] >= 0) this.dictAppendEntry(h, this.hashKey(s.keys[i]), s.keys[i], s.vals[i]);
    return h;
  },

  /** `d.update(other)` (dict_merge for a dict, else pairs one by one). */
  dictUpdate(this: Interp, h: Handle, src: Handle): void {
    if (this.kind[src] === K.Dict && (this.pv[h] as DictData).split) {
      // into a split dict: its shared keys are never short of room to presize, so one by one
      const s = this.pv[src] as DictData;
      const pairs: [Handle, Handle][] = [];
      for (let i = 0; i < s.keys.length; i++) if (s.keys[i] >= 0) pairs.push([this.incref(s.keys[i]), this.incref(s.vals[i])]);
      for (const [k, v] of pairs) {
        this.dictSet(h, k, v);
        this.decref(k);
        this.decref(v);
      }
      return;
    }
    if (this.kind[src] === K.Dict) {
      const s = this.pv[src] as DictData;
      const d = this.pv[h] as DictData;
      const entries: [unknown, Handle, Handle][] = [];
      const newKeys: { isNew: boolean; isStr: boolean }[] = [];
      for (let i = 0; i < s.keys.length; i++) {
        if (s.keys[i] < 0) continue;
        const hk = this.hashKey(s.keys[i]);
        entries.push([hk, s.keys[i], s.vals[i]]);
        newKeys.push({ isNew: !d.idx.has(hk), isStr: this.kind[s.keys[i]] === K.Str });
      }
      const log2 = d.table.log2Size;
      const unicode = d.table.unicode;
      const added = newKeys.filter((k) => k.isNew).length;
      const before = d.table.nentries;
      // a split source has no combined keys to clone: dict_merge presizes and inserts
      d.table.merge(s.split ? { log2Size: 0, unicode: true, used: s.used, nentries: s.used, usable: 0 } : s.table.state(), newKeys);
      this.dictAfterTableChange(h, log2, unicode, before + added);
      for (const [hk, k, v] of entries) {
        const i = d.idx.get(hk);
        if (i !== undefined) {
          d.vals[i] = v;
          this.mem.setSlot(h, 2 * i + 1, v);
        } else this.dictAppendEntry(h, hk, k, v);
      }
      return;
    }
    const items = this.collect(src);
    try {
      for (const it of items) {
        const pair = this.collect(it);
        if (pair.length !== 2) {
          for (const x of pair) this.decref(x);
          throw this.err('ValueError', `dictionary update sequence element #0 has length ${pair.length}; 2 is required`);
        }
        this.dictSet(h, pair[0], pair[1]);
        this.decref(pair[0]);
        this.decref(pair[1]);
      }
    } finally {
      for (const x of items) this.decref(x);
    }
  },
};

/** The methods of `dictOps`, merged into Interp. */
export type DictOps = typeof dictOps;

/** The method table of dict (get, setdefault, pop, keys, ...) and dict.fromkeys. */
export function installDictMethods(I: Interp): void {
  const { none, argc, method } = argKit(I);
  const D = I.tDict;
  method(D, 'get', (a) => {
    argc('get', a.slice(1), 1, 2);
    const v = I.dictGet(a[0], a[1]);
    if (v >= 0) return I.incref(v);
    return a.length > 2 ? I.incref(a[2]) : none();
  });
  method(D, 'setdefault', (a) => {
    const v = I.dictGet(a[0], a[1]);
    if (v >= 0) return I.incref(v);
    const dv = a.length > 2 ? a[2] : I.None;
    I.dictSet(a[0], a[1], dv);
    return I.incref(dv);
  });
  method(D, 'pop', (a) => {
    const v = I.dictPop(a[0], a[1]);
    if (v >= 0) return v;
    if (a.length > 2) return I.incref(a[2]);
    throw keyError(I, a[1]);
  });
  method(D, 'popitem', (a) => {
    const d = I.pv[a[0]] as DictData;
    for (let i = d.keys.length - 1; i >= 0; i--) {
      if (d.keys[i] < 0) continue;
      const k = I.incref(d.keys[i]);
      const v = I.dictPop(a[0], k);
      return I.newTuple([k, v]);
    }
    throw keyErrorText(I, 'popitem(): dictionary is empty');
  });
  const view = (name: string, what: number): BuiltinFn => (a) => {
    const h = I.alloc(I.viewTypes[name], K.DictView, { dict: a[0], what }, 1);
    I.mem.setSlot(h, 0, a[0]);
    return h;
  };
  method(D, 'keys', view('dict_keys', 0));
  method(D, 'values', view('dict_values', 1));
  method(D, 'items', view('dict_items', 2));
  method(D, 'clear', (a) => {
    I.dictClear(a[0]);
    return none();
  });
  method(D, 'update', (a, kw) => {
    if (a.length > 1) I.dictUpdate(a[0], a[1]);
    if (kw) for (const [k, v] of kw) I.dictSetStr(a[0], k, v);
    return none();
  });
  method(D, 'copy', (a) => I.dictCopy(a[0]));
  I.builtinTypeAttr = (t, name) => {
    if (t === D && name === 'fromkeys') {
      return I.newBuiltin('fromkeys', (a) => {
        const d = I.newDict();
        const keys = I.collect(a[0]);
        const v = a.length > 1 ? a[1] : I.None;
        for (const k of keys) {
          I.dictSet(d, k, v);
          I.decref(k);
        }
        return d;
      });
    }
    const m = t.methods.get(name);
    if (m) return I.newBuiltin(name, m);
    return -1;
  };
}
