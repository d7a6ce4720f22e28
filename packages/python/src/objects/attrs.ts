// Attribute access: _PyType_Lookup through the bases, PyObject_GenericGetAttr/SetAttr with
// managed (shared-key) instance dicts turning combined. Mirrors Objects/object.c,
// Objects/typeobject.c (_PyType_Lookup) and Objects/dictobject.c's shared keys.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { dictKeysSize, splitDictToCombined } from '@pymem/object-model';
import { AttrHook, K, PyType, type DictData, type InstanceData } from '../objects.js';
import type { Interp } from '../interp.js';
import { markAttribute } from '../markers.js';
import { descrAttr } from './descrObject.js';
import { wrapperAttr } from './propertyObject.js';
import { superAttr } from './superObject.js';
import { classAttrChanged, typeAttr } from './typeAttrs.js';
import { subclassGetattr, subclassSetattr } from './builtinSubclass.js';
import { slotWrapperAttr } from './slotWrapper.js';

/** Attribute lookup and assignment, merged into Interp. */
export const attrOps = {
  // ================================================================ attributes
  /** Looks a name up along a class's bases; borrowed result or -1. */
  lookupClassAttr(this: Interp, t: PyType, name: string): Handle {
    const mro = t.mro;
    for (let i = 0; i < mro.length; i++) {
      const c = mro[i]!;
      if (c.dict >= 0) {
        const v = this.dictGetStr(c.dict, name);
        if (v >= 0) return v;
      }
    }
    return -1;
  },

  /** A class attribute found on an instance: functions bind, user descriptors run __get__ (new reference). */
  bindDescriptor(this: Interp, v: Handle, obj: Handle, t: PyType): Handle {
    const k = this.kind[v];
    if (k === K.Func) return this.newMethod(v, obj);
    if (k === K.Property || k === K.StaticMethod || k === K.ClassMethod) return this.descrGet(v, obj, t);
    const bind = k === K.Object ? this.ty[v].ext?.bind : undefined;
    if (bind) return bind(v, obj);
    if (k === K.Instance) {
      const get = this.lookupClassAttr(this.ty[v], '__get__');
      if (get >= 0) return this.call(this.incref(get), [this.incref(v), this.incref(obj), this.incref(t.h)], null);
    }
    return this.incref(v);
  },

  /** Is `v` (a class attribute) a user data descriptor (its class defines __set__ or __delete__)? */
  isDataDescriptor(this: Interp, v: Handle): boolean {
    if (this.kind[v] === K.Property) return true;
    if (this.kind[v] !== K.Instance) return false;
    const t = this.ty[v];
    return this.lookupClassAttr(t, '__set__') >= 0 || this.lookupClassAttr(t, '__delete__') >= 0;
  },

  instanceAttr(this: Interp, h: Handle, name: string): Handle {
    const t = this.ty[h];
    const dh = (this.pv[h] as InstanceData).dict;
    if (dh >= 0) {
      const m = memberSlot(t, name);
      if (m === undefined) return this.dictGetStr(dh, name);
      const vals = (this.pv[h] as InstanceData).vals;
      return m < vals.length ? vals[m] : -1;
    }
    const i = t.sharedKeys.get(name);
    if (i === undefined) return -1;
    const vals = (this.pv[h] as InstanceData).vals;
    return i < vals.length ? vals[i] : -1;
  },

  /** `obj.name` (new reference). */
  getattr(this: Interp, h: Handle, name: string): Handle {
    const k = this.kind[h];
    if (k >= K.Exception || k === K.Code) {
      // exceptions, tracebacks, frames and code objects (objects/exceptions.ts and its neighbours)
      const v = this.specialGetattr(h, name);
      if (v >= 0) return v;
    }
    if (k === K.Instance) {
      const t = this.ty[h];
      if (t.attrHooks !== 0) return this.hookedGetattr(h, name);
      return this.genericGetattr(h, name);
    }
    if (k !== K.Type && k !== K.Exception && this.ty[h].isHeap) return subclassGetattr(this, h, name);
    if (k === K.Type) {
      const et = this.pv[h] as PyType;
      if (et.kind === K.Exception && (!et.isHeap || name !== '__init__')) {
        const m = this.excTypeAttr(et, name);
        if (m >= 0) return m;
      }
      const v = typeAttr(this, this.pv[h] as PyType, name);
      if (v >= 0) return v;
      throw this.err('AttributeError', `type object '${(this.pv[h] as PyType).name}' has no attribute '${name}'`);
    }
    if (k === K.Descr) {
      const v = descrAttr(this, h, name);
      if (v >= 0) return v;
    }
    if (k === K.Super) {
      const v = superAttr(this, h, name);
      if (v >= 0) return v;
      throw this.err('AttributeError', `'super' object has no attribute '${name}'`);
    }
    if (k === K.Module) {
      const md = (this.pv[h] as { dict: Handle }).dict;
      const v = this.dictGetStr(md, name);
      if (v >= 0) return this.incref(v);
      // module's members and getsets: __dict__, then type(m)'s attributes
      if (name === '__dict__') return this.incref(md);
      if (name === '__class__') return this.incref(this.ty[h].h);
      throw this.err('AttributeError', `module '${(this.pv[h] as { name: string }).name}' has no attribute '${name}'`);
    }
    if (k === K.Func) {
      const v = this.funcGetattr(h, name);
      if (v >= 0) return v;
    } else if (k === K.Method) {
      const m = this.pv[h] as { func: Handle; self: Handle };
      if (name === '__self__') return this.incref(m.self);
      if (name === '__func__') return this.incref(m.func);
      if (name !== '__class__') {
        // method_getattro: other attributes come from the function
        const v = this.kind[m.func] === K.Func ? this.funcGetattr(m.func, name) : -1;
        if (v >= 0) return v;
      }
    } else if (k === K.Cell && name === 'cell_contents') return this.cellContents(h);
    else if (k === K.Code) {
      const v = this.codeGetattr(h, name);
      if (v >= 0) return v;
    } else if (k === K.Property || k === K.StaticMethod || k === K.ClassMethod) {
      const v = wrapperAttr(this, h, name);
      if (v >= 0) return v;
    }
    if (k === K.Builtin && name === '__name__') return this.newStr((this.pv[h] as { name: string }).name);
    if (k === K.Builtin && name === '__self__' && (this.pv[h] as { self: Handle }).self >= 0) return this.incref((this.pv[h] as { self: Handle }).self);
    if (name === '__class__') return this.incref(this.ty[h].h);
    const ext = this.ty[h].ext;
    if (ext?.getattr) {
      const v = ext.getattr(h, name);
      if (v >= 0) return v;
    }
    const sw = slotWrapperAttr(this, h, name);
    if (sw >= 0) return sw;
    const fn = this.findMethod(this.ty[h], name);
    if (fn) return this.newBuiltin(name, fn, h);
    if (k === K.Weakref && name === '__callback__') {
      const cb = this.mem.rt.heap.slot(h, 0);
      return this.incref(cb >= 0 ? cb : this.None);
    }
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  },

  /** PyObject_GenericGetAttr on an instance of a class: data descriptors, the instance's own attributes, then the class's (new reference). */
  genericGetattr(this: Interp, h: Handle, name: string): Handle {
    const t = this.ty[h];
    if (this.userDescriptors || t.hasProperty) {
      const c = this.lookupClassAttr(t, name);
      if (c >= 0 && this.isDataDescriptor(c)) return this.bindDescriptor(c, h, t);
    }
    const v = this.instanceAttr(h, name);
    if (v >= 0) return this.incref(v);
    if (name === '__class__') return this.incref(t.h);
    if (name === '__dict__') return this.instanceDict(h);
    const c = this.lookupClassAttr(t, name);
    // member_get on an empty __slots__ slot
    if (c >= 0 && this.ty[c] === this.tMember && t.slotNames?.includes(name)) throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
    if (c >= 0) return this.bindDescriptor(c, h, t);
    const fn = this.findMethod(t, name);
    if (fn) return this.newBuiltin(name, fn, h);
    throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
  },

  /** slot_tp_getattr_hook: a user __getattribute__, and __getattr__ when the lookup raises AttributeError. */
  hookedGetattr(this: Interp, h: Handle, name: string): Handle {
    const t = this.ty[h];
    const ga = t.attrHooks & AttrHook.GetAttribute ? this.lookupClassAttr(t, '__getattribute__') : -1;
    try {
      if (ga >= 0) return this.call(this.incref(ga), [this.incref(h), this.newStr(name)], null);
      return this.genericGetattr(h, name);
    } catch (e) {
      if (!(t.attrHooks & AttrHook.GetAttr) || !(e instanceof PyException) || e.pyType !== 'AttributeError') throw e;
      const g = this.lookupClassAttr(t, '__getattr__');
      return this.call(this.incref(g), [this.incref(h), this.newStr(name)], null);
    }
  },

  findMethod(this: Interp, t: PyType, name: string): ((args: Handle[], kw: Map<string, Handle> | null) => Handle) | undefined {
    const mro = t.mro;
    for (let i = 0; i < mro.length; i++) {
      const m = mro[i]!.methods.get(name);
      if (m) return m;
    }
    return undefined;
  },

  hasattr(this: Interp, h: Handle, name: string): boolean {
    try {
      const v = this.getattr(h, name);
      this.decref(v);
      return true;
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'AttributeError') return false;
      throw e;
    }
  },

  /** `obj.__dict__`: materialises the instance dict, which takes the values over (3.11 make_dict_from_instance_attributes). */
  instanceDict(this: Interp, h: Handle): Handle {
    const t = this.ty[h];
    const data = this.pv[h] as InstanceData;
    if (data.dict >= 0) return this.incref(data.dict);
    if (!t.managedDict) throw this.err('AttributeError', `'${t.name}' object has no attribute '__dict__'`);
    const d = this.newDict();
    // make_dict_from_instance_attributes: the values in their insertion order, on the shared keys
    if (t.shared) (this.pv[d] as DictData).split = t;
    const vals = data.vals;
    for (const i of data.order ?? []) this.dictSetStr(d, t.keyNames[i]!, vals[i]);
    data.order = undefined;
    data.dict = d;
    if (t.slotNames !== null) {
      // __slots__ members stay in their slots, the dict comes after them
      for (let i = 0; i < vals.length; i++) if (!t.slotNames.includes(t.keyNames[i]!)) vals[i] = -1;
      this.mem.relayout(h, [...vals, d]);
    } else {
      data.vals = [];
      this.mem.relayout(h, [d]);
    }
    this.decref(d);
    return this.incref(d);
  },

  /**
   * The index of attribute `name` in the class's shared keys, adding it when they have room
   * (insert_into_dictkeys); undefined when they are full, so the name stays unshared.
   */
  shareName(this: Interp, t: PyType, name: string): number | undefined {
    const known = t.sharedKeys.get(name);
    if (known !== undefined) return known;
    if (t.shared && !t.shared.addName()) return undefined;
    const i = t.keyNames.length;
    t.sharedKeys.set(name, i);
    t.keyNames.push(name);
    if (this.markStatements) markAttribute(this, t, i, name);
    return i;
  },

  /**
   * A split instance dict about to take a key its shared keys cannot (they are full, or the key
   * is not a str): insertion_resize makes it combined, a unicode table or a general one.
   */
  toCombinedTable(this: Interp, dh: Handle, unicode = true): void {
    const d = this.pv[dh] as DictData;
    if (!d.split) return;
    d.split = undefined;
    const before = d.table;
    d.table = splitDictToCombined(d.used, unicode);
    if (before.log2Size !== d.table.log2Size || before.unicode !== d.table.unicode) {
      this.mem.resizeBuffer(dh, 'keys', dictKeysSize(d.table.log2Size, d.table.unicode));
    }
  },

  /** `obj.name = v` (borrows v). */
  setattr(this: Interp, h: Handle, name: string, v: Handle): void {
    if (this.kind[h] === K.Instance && this.ty[h].attrHooks & AttrHook.SetAttr) {
      const f = this.lookupClassAttr(this.ty[h], '__setattr__');
      this.decref(this.call(this.incref(f), [this.incref(h), this.newStr(name), this.incref(v)], null));
      return;
    }
    if (this.kind[h] !== K.Instance && this.kind[h] !== K.Type && this.kind[h] !== K.Exception && this.ty[h].isHeap) {
      subclassSetattr(this, h, name, v);
      return;
    }
    this.genericSetattr(h, name, v);
  },

  /** PyObject_GenericSetAttr (object.__setattr__): data descriptors' __set__, else the instance's attributes. */
  genericSetattr(this: Interp, h: Handle, name: string, v: Handle): void {
    const k = this.kind[h];
    if (k === K.Exception) {
      this.specialSetattr(h, name, v);
      return;
    }
    if (k === K.Instance) {
      const t = this.ty[h];
      if (t.hasProperty) {
        const c = this.lookupClassAttr(t, name);
        if (c >= 0 && this.propertySet(c, h, v)) return;
      }
      if (this.userDescriptors) {
        const c = this.lookupClassAttr(t, name);
        if (c >= 0 && this.isDataDescriptor(c)) {
          const set = this.lookupClassAttr(this.ty[c], '__set__');
          if (set < 0) throw this.err('AttributeError', '__set__');
          this.decref(this.call(this.incref(set), [this.incref(c), this.incref(h), this.incref(v)], null));
          return;
        }
      }
      const dh = (this.pv[h] as InstanceData).dict;
      if (dh >= 0 && memberSlot(t, name) === undefined) {
        this.dictSetStr(dh, name, v);
        return;
      }
      if (t.slotNames && !t.managedDict && !t.sharedKeys.has(name)) {
        throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
      }
      const i = this.shareName(t, name);
      if (i === undefined) {
        // the shared keys are full: the instance gets its own dict (make_dict_from_instance_attributes),
        // and the new key turns it into a combined table
        const d = this.instanceDict(h);
        this.toCombinedTable(d);
        this.dictSetStr(d, name, v);
        this.decref(d);
        return;
      }
      const data = this.pv[h] as InstanceData;
      if (i >= data.vals.length) {
        const n = data.vals.length;
        for (let j = n; j <= i; j++) data.vals.push(-1);
        this.mem.resizeSlots(h, i + 1);
      }
      // _PyDictValues_AddToInsertionOrder (members live outside the values)
      if (data.vals[i] < 0 && !t.slotNames?.includes(name)) (data.order ??= []).push(i);
      data.vals[i] = v;
      this.mem.setSlot(h, i, v);
      return;
    }
    if (k === K.Type) {
      const t = this.pv[h] as PyType;
      if (t.isHeap && name === '__qualname__') {
        // type_set_qualname: a getset, not a dict entry
        if (this.kind[v] !== K.Str) throw this.typeError(`can only assign string to ${t.name}.__qualname__, not '${this.ty[v].name}'`);
        t.qualname = this.pv[v] as string;
        return;
      }
      if (t.isHeap) {
        if (this.kind[v] === K.Property) t.hasProperty = true;
        this.dictSetStr(t.dict, name, v);
        classAttrChanged(this, t, name, v);
        return;
      }
      throw this.typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    }
    if (k === K.Module) {
      this.dictSetStr((this.pv[h] as { dict: Handle }).dict, name, v);
      return;
    }
    if (k === K.Func) {
      this.funcSetattr(h, name, v);
      return;
    }
    if (this.ty[h].ext?.setattr?.(h, name, v)) return;
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  },

  delattr(this: Interp, h: Handle, name: string): void {
    if (this.kind[h] === K.Func) return this.funcSetattr(h, name, -1);
    if (this.kind[h] === K.Instance && this.ty[h].attrHooks & AttrHook.DelAttr) {
      const f = this.lookupClassAttr(this.ty[h], '__delattr__');
      this.decref(this.call(this.incref(f), [this.incref(h), this.newStr(name)], null));
      return;
    }
    this.genericDelattr(h, name);
  },

  /** PyObject_GenericSetAttr with NULL (object.__delattr__). */
  genericDelattr(this: Interp, h: Handle, name: string): void {
    if (this.kind[h] === K.Instance) {
      const t = this.ty[h];
      if (t.hasProperty) {
        const c = this.lookupClassAttr(t, name);
        if (c >= 0 && this.propertySet(c, h, -1)) return;
      }
      const i = t.sharedKeys.get(name);
      const data = this.pv[h] as InstanceData;
      if (data.dict >= 0 && memberSlot(t, name) === undefined) {
        const key = this.newStr(name);
        const ok = this.dictDel(data.dict, key);
        this.decref(key);
        if (ok) return;
        throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
      }
      if (i !== undefined && i < data.vals.length && data.vals[i] >= 0) {
        // delete_index_from_values
        if (data.order) data.order = data.order.filter((j) => j !== i);
        data.vals[i] = -1;
        this.mem.setSlot(h, i, -1);
        return;
      }
      // member_set with NULL on an empty slot names only the member
      if (t.slotNames?.includes(name)) throw this.err('AttributeError', name);
      throw this.err('AttributeError', `'${t.name}' object has no attribute '${name}'`);
    }
    if (this.kind[h] === K.Type && (this.pv[h] as PyType).isHeap) {
      const t = this.pv[h] as PyType;
      const key = this.newStr(name);
      const ok = this.dictDel(t.dict, key);
      this.decref(key);
      if (ok) {
        classAttrChanged(this, t, name, -1);
        return;
      }
      throw this.err('AttributeError', `type object '${t.name}' has no attribute '${name}'`);
    }
    if (this.ty[h].ext?.setattr?.(h, name, -1)) return;
    throw this.err('AttributeError', `'${this.ty[h].name}' object has no attribute '${name}'`);
  },
};

/** The methods of `attrOps`, merged into Interp. */
export type AttrOps = typeof attrOps;

/** The values index of a __slots__ member of a class whose instances also have a __dict__; undefined otherwise. */
function memberSlot(t: PyType, name: string): number | undefined {
  return t.slotNames !== null && t.managedDict && t.slotNames.includes(name) ? t.sharedKeys.get(name) : undefined;
}
