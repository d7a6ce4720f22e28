// property, staticmethod and classmethod: the descriptor objects that decorators make. A
// property is a data descriptor (checked before the instance dict, with its fget/fset/fdel); a
// staticmethod returns its function unbound, a classmethod binds it to the class. 3.10+'s
// staticmethod and classmethod copy __module__, __name__, __qualname__, __doc__ and
// __annotations__ into their own __dict__. Mirrors Objects/descrobject.c (property_*) and
// Objects/funcobject.c (sm_init, cm_init, functools_wraps).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type DictData, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';

/** A property's functions (borrowed; held in its slots 0-3); -1 where absent. */
export interface PropertyData {
  fget: Handle;
  fset: Handle;
  fdel: Handle;
  doc: Handle;
  /** The attribute name a class statement gave it (__set_name__), or null. */
  name: string | null;
}

const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** Descriptor objects, merged into Interp. */
export const propertyOps = {
  /** property(fget, fset, fdel, doc): the doc comes from fget's __doc__ when not given. */
  newProperty(this: Interp, fget: Handle, fset: Handle, fdel: Handle, doc: Handle): Handle {
    const none = (h: Handle): Handle => (h === this.None ? -1 : h);
    const data: PropertyData = { fget: none(fget), fset: none(fset), fdel: none(fdel), doc: none(doc), name: null };
    const p = this.alloc(this.tProperty, K.Property, data, 4);
    if (data.fget >= 0) this.mem.setSlot(p, 0, data.fget);
    if (data.fset >= 0) this.mem.setSlot(p, 1, data.fset);
    if (data.fdel >= 0) this.mem.setSlot(p, 2, data.fdel);
    if (data.doc < 0 && data.fget >= 0) {
      const d = this.getattr(data.fget, '__doc__');
      if (d !== this.None) data.doc = d;
      else this.decref(d);
      if (data.doc >= 0) this.mem.putSlot(p, 3, data.doc);
    } else if (data.doc >= 0) this.mem.setSlot(p, 3, data.doc);
    return p;
  },

  /** property.getter/setter/deleter: a copy with one function replaced (property_copy). */
  propertyCopy(this: Interp, p: Handle, which: 'fget' | 'fset' | 'fdel', f: Handle): Handle {
    const d = this.pv[p] as PropertyData;
    const pick = (k: 'fget' | 'fset' | 'fdel'): Handle => (k === which ? f : d[k] >= 0 ? d[k] : this.None);
    // a doc taken from the old getter is taken again from the new one
    const doc = which === 'fget' ? this.None : d.doc >= 0 ? d.doc : this.None;
    return this.newProperty(pick('fget'), pick('fset'), pick('fdel'), doc);
  },

  /** staticmethod(f) / classmethod(f): slot 0 the function, slot 1 the __dict__ of copied attributes. */
  newMethodWrapper(this: Interp, t: PyType, k: K, f: Handle): Handle {
    const h = this.alloc(t, k, f, 2);
    this.mem.setSlot(h, 0, f);
    const dict = this.newDict();
    for (const name of WRAPPED_ATTRS) {
      let v: Handle;
      try {
        v = this.getattr(f, name);
      } catch (e) {
        if (e instanceof PyException && e.pyType === 'AttributeError') continue;
        throw e;
      }
      this.dictSetStr(dict, name, v);
      this.decref(v);
    }
    this.mem.putSlot(h, 1, dict);
    return h;
  },

  /** The __dict__ of a staticmethod or classmethod (borrowed). */
  wrapperDict(this: Interp, h: Handle): Handle {
    return this.mem.rt.heap.slot(h, 1);
  },

  /**
   * tp_descr_get of a class attribute `c` found for `obj` of type `t` (obj -1: looked up on the
   * class itself). New reference, or -1 when `c` is not a descriptor pymem knows.
   */
  descrGet(this: Interp, c: Handle, obj: Handle, t: PyType): Handle {
    switch (this.kind[c]) {
      case K.Func:
        return obj >= 0 ? this.newMethod(c, obj) : this.incref(c);
      case K.StaticMethod:
        return this.incref(this.pv[c] as Handle);
      case K.ClassMethod:
        return this.newMethod(this.pv[c] as Handle, t.h);
      case K.Property: {
        if (obj < 0) return this.incref(c);
        const d = this.pv[c] as PropertyData;
        if (d.fget < 0) throw new PyException('AttributeError', `property ${this.propertyName(c, d)}of '${t.name}' object has no getter`);
        return this.call(this.incref(d.fget), [this.incref(obj)], null);
      }
      default:
        return -1;
    }
  },

  /** `obj.name = v` / `del obj.name` through a property; false when `c` is not one. Steals nothing. */
  propertySet(this: Interp, c: Handle, obj: Handle, v: Handle): boolean {
    if (this.kind[c] !== K.Property) return false;
    const d = this.pv[c] as PropertyData;
    const fn = v >= 0 ? d.fset : d.fdel;
    if (fn < 0) {
      throw new PyException('AttributeError', `property ${this.propertyName(c, d)}of '${this.ty[obj].name}' object has no ${v >= 0 ? 'setter' : 'deleter'}`);
    }
    const args = v >= 0 ? [this.incref(obj), this.incref(v)] : [this.incref(obj)];
    this.decref(this.call(this.incref(fn), args, null));
    return true;
  },

  /** `'name' ` for a property that a class statement named (property_set_name), else ''. */
  propertyName(this: Interp, c: Handle, d: PropertyData): string {
    void c;
    return d.name === null ? '' : `'${d.name}' `;
  },

  /** type_new's __set_name__ for the descriptors pymem has: properties learn their attribute name. */
  setDescriptorNames(this: Interp, ns: Handle, cls: Handle): void {
    const d = this.pv[ns] as DictData;
    const t = this.kind[cls] === K.Type ? (this.pv[cls] as PyType) : null;
    if (t && t.base?.hasProperty) t.hasProperty = true;
    for (let i = 0; i < d.keys.length; i++) {
      const v = d.vals[i]!;
      if (d.keys[i]! >= 0 && this.kind[v] === K.Property) {
        (this.pv[v] as PropertyData).name = this.pv[d.keys[i]!] as string;
        if (t) t.hasProperty = true;
      }
    }
  },
};

/** The methods of `propertyOps`, merged into Interp. */
export type PropertyOps = typeof propertyOps;

/** The property, staticmethod and classmethod types: builtin names, constructors, methods. */
export function installPropertyTypes(I: Interp): void {
  const { te, method } = argKit(I);
  I.builtins.set('property', I.tProperty.h);
  I.builtins.set('staticmethod', I.tStaticMethod.h);
  I.builtins.set('classmethod', I.tClassMethod.h);
  const names = ['fget', 'fset', 'fdel', 'doc'];
  I.constructors.set(I.tProperty, (_t, args, kw) => {
    if (args.length > 4) throw te(`property() takes at most 4 arguments (${args.length} given)`);
    const got = [...args];
    if (kw) {
      for (const [k, v] of kw) {
        const i = names.indexOf(k);
        if (i < 0) throw te(`property() got an unexpected keyword argument '${k}'`);
        if (i < got.length) throw te(`argument for property() given by name ('${k}') and position (${i + 1})`);
        while (got.length < i) got.push(I.None);
        got[i] = v;
      }
    }
    while (got.length < 4) got.push(I.None);
    return I.newProperty(got[0]!, got[1]!, got[2]!, got[3]!);
  });
  for (const [t, k] of [[I.tStaticMethod, K.StaticMethod], [I.tClassMethod, K.ClassMethod]] as const) {
    I.constructors.set(t, (_t, args, kw) => {
      if (kw && kw.size) throw te(`${t.name}() takes no keyword arguments`);
      if (args.length !== 1) throw te(`${t.name} expected 1 argument, got ${args.length}`);
      return I.newMethodWrapper(t, k, args[0]!);
    });
  }
  for (const which of ['getter', 'setter', 'deleter'] as const) {
    const field = which === 'getter' ? 'fget' : which === 'setter' ? 'fset' : 'fdel';
    method(I.tProperty, which, (a) => {
      if (a.length !== 2) throw te(`${which}() takes exactly one argument (${a.length - 1} given)`);
      return I.propertyCopy(a[0]!, field, a[1]!);
    });
  }
}

/** Attributes of property, staticmethod and classmethod objects (new reference), or -1. */
export function wrapperAttr(I: Interp, h: Handle, name: string): Handle {
  const k = I.kind[h];
  if (k === K.Property) {
    const d = I.pv[h] as PropertyData;
    const v = name === 'fget' ? d.fget : name === 'fset' ? d.fset : name === 'fdel' ? d.fdel : name === '__doc__' ? d.doc : -2;
    if (v === -2) return -1;
    return I.incref(v >= 0 ? v : I.None);
  }
  if (name === '__func__' || name === '__wrapped__') return I.incref(I.pv[h] as Handle);
  if (name === '__dict__') return I.incref(I.wrapperDict(h));
  if (name === '__isabstractmethod__') return I.newBool(false);
  const v = I.dictGetStr(I.wrapperDict(h), name);
  return v >= 0 ? I.incref(v) : -1;
}
