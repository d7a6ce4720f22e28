// The dunder methods of builtin containers as Python sees them: `[].__len__` is a method-wrapper
// (a 48-byte GC object made on each attribute access, holding its self), `list.__len__` a
// wrapper_descriptor ("slot wrapper"), `list.append` a method_descriptor; the descriptors live in
// the type's dict, so each is one object (made here on first use and kept). Mirrors
// Objects/descrobject.c (PyWrapper_New, wrapperdescr_call, method_vectorcall_* checks) and
// Objects/typeobject.c (slotdefs: which dunder each slot gives a type).
import { normInt } from '../numbers.js';
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type BuiltinFn, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { newExtType } from '../modules/extType.js';

type SlotFn = (I: Interp, self: Handle, args: Handle[]) => Handle;

const CMP: Record<string, string> = { __lt__: '<', __le__: '<=', __eq__: '==', __ne__: '!=', __gt__: '>', __ge__: '>=' };
const BIN: Record<string, string> = { __add__: '+', __mul__: '*', __or__: '|', __and__: '&', __sub__: '-', __xor__: '^', __mod__: '%' };

/** The slot wrappers of each builtin type's dict (probed from `T.__dict__` in python3 3.11). */
const SLOTS: Record<string, string> = {
  list: 'repr getattribute cmp iter init len setitem delitem add mul rmul contains iadd imul',
  tuple: 'repr hash getattribute cmp iter len getitem add mul rmul contains',
  dict: 'repr getattribute cmp iter init or ror ior len setitem delitem',
  set: 'repr getattribute cmp iter init sub rsub and rand xor rxor or ror isub iand ixor ior len',
  frozenset: 'repr hash getattribute cmp iter sub rsub and rand xor rxor or ror len',
  range: 'repr hash getattribute cmp iter bool len getitem contains',
  slice: 'repr getattribute cmp',
  str: 'repr hash str getattribute cmp iter mod rmod len getitem add mul rmul contains',
  bytes: 'repr hash str getattribute cmp iter mod rmod len getitem add mul rmul contains',
  bytearray: 'repr str getattribute cmp iter init mod rmod len getitem setitem delitem add mul rmul contains iadd imul',
  dict_keys: 'repr getattribute cmp iter sub rsub and rand xor rxor or ror len contains',
  dict_items: 'repr getattribute cmp iter sub rsub and rand xor rxor or ror len contains',
  dict_values: 'repr getattribute iter len',
};
/** Slot wrappers every type inherits from object. */
const OBJECT_SLOTS = ['__str__', '__hash__', '__ne__', '__setattr__', '__delattr__', '__init__'];
/** Types whose `__hash__` is None (unhashable). */
const UNHASHABLE = new Set(['list', 'dict', 'set', 'slice', 'bytearray', 'dict_values', 'dict_keys', 'dict_items']);

const slotNames = new Map<string, Set<string>>();
for (const [t, spec] of Object.entries(SLOTS)) {
  const names = new Set<string>();
  for (const w of spec.split(' ')) {
    if (w === 'cmp') for (const c of Object.keys(CMP)) names.add(c);
    else names.add(`__${w}__`);
  }
  slotNames.set(t, names);
}

function checkArgs(args: Handle[], n: number): void {
  if (args.length !== n) throw new PyException('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** What each slot wrapper does when called: the type's slot through the interpreter's abstract operations. */
function slotFn(name: string): SlotFn | undefined {
  if (CMP[name]) {
    const op = CMP[name];
    return (I, self, a) => {
      checkArgs(a, 1);
      // richcompare slots answer NotImplemented for an operand of another kind
      const ko = I.kind[a[0]];
      const ks = I.kind[self];
      const setLike = (k: K): boolean => k === K.Set || k === K.FrozenSet || k === K.DictView;
      if (ko !== ks && !(setLike(ko) && setLike(ks))) return I.incref(I.NotImplemented);
      return I.compare(op, self, a[0]);
    };
  }
  const bin = BIN[name] ?? (name.startsWith('__r') ? BIN[`__${name.slice(3)}`] : undefined);
  if (bin !== undefined) {
    const reflected = !BIN[name];
    return (I, self, a) => {
      checkArgs(a, 1);
      // nb_or & co of set and dict answer NotImplemented for an operand of another family
      const ks = I.kind[self];
      const ko = I.kind[a[0]];
      const anySet = (k: K): boolean => k === K.Set || k === K.FrozenSet;
      if ((anySet(ks) && !anySet(ko)) || (ks === K.Dict && ko !== K.Dict)) return I.incref(I.NotImplemented);
      return reflected ? I.binop(bin, a[0], self) : I.binop(bin, self, a[0]);
    };
  }
  if (name.startsWith('__i') && BIN[`__${name.slice(3)}`]) {
    const op = BIN[`__${name.slice(3)}`];
    return (I, self, a) => {
      checkArgs(a, 1);
      return I.binop(op, self, a[0], true);
    };
  }
  switch (name) {
    case '__len__':
      return (I, self, a) => (checkArgs(a, 0), I.newInt(I.len(self)));
    case '__bool__':
      return (I, self, a) => (checkArgs(a, 0), I.newBool(I.truthy(self)));
    case '__contains__':
      return (I, self, a) => (checkArgs(a, 1), I.newBool(I.contains(self, a[0])));
    case '__iter__':
      return (I, self, a) => (checkArgs(a, 0), I.iter(self));
    case '__getitem__':
      return (I, self, a) => (checkArgs(a, 1), I.getitem(self, a[0]));
    case '__setitem__':
      return (I, self, a) => (checkArgs(a, 2), I.setitem(self, a[0], a[1]), I.none());
    case '__delitem__':
      return (I, self, a) => (checkArgs(a, 1), I.delitem(self, a[0]), I.none());
    case '__repr__':
      return (I, self, a) => (checkArgs(a, 0), I.newStr(I.repr(self)));
    case '__str__':
      return (I, self, a) => (checkArgs(a, 0), I.newStr(I.str(self)));
    case '__hash__':
      return (I, self, a) => (checkArgs(a, 0), I.hashKey(self), I.newInt(normInt(I.hashExact(self))));
    case '__getattribute__':
      return (I, self, a) => {
        checkArgs(a, 1);
        if (I.kind[a[0]] !== K.Str) throw new PyException('TypeError', `attribute name must be string, not '${I.ty[a[0]].name}'`);
        return I.getattr(self, I.pv[a[0]] as string);
      };
    case '__setattr__':
      return (I, self, a) => (checkArgs(a, 2), I.setattr(self, I.pv[a[0]] as string, a[1]), I.none());
    case '__delattr__':
      return (I, self, a) => (checkArgs(a, 1), I.delattr(self, I.pv[a[0]] as string), I.none());
    case '__init__':
      return (I, self, a) => {
        const init = I.ty[self].methods.get('__init__');
        if (init) return init([self, ...a], null);
        return I.none();
      };
  }
  return undefined;
}

/** Is `name` a slot wrapper in builtin type t's own dict (so it shadows object's methods)? */
export function ownSlotWrapper(t: PyType, name: string): boolean {
  return !t.isHeap && slotNames.get(t.name)?.has(name) === true;
}

/** Does type `t` (a builtin) have slot wrapper `name`, in its own dict or object's? */
function hasSlot(t: PyType, name: string): boolean {
  return slotNames.get(t.name)?.has(name) === true || OBJECT_SLOTS.includes(name);
}

interface WrapperTypes {
  methodWrapper: PyType;
  wrapperDescr: PyType;
  methodDescr: PyType;
  /** (type name, attribute) -> the descriptor object in that type's dict. */
  readonly cache: Map<string, Handle>;
}
const typesOf = new WeakMap<Interp, WrapperTypes>();

function wrapperTypes(I: Interp): WrapperTypes {
  let w = typesOf.get(I);
  if (!w) {
    w = {
      methodWrapper: newExtType(I, 'method-wrapper', K.Builtin, { basicSize: 32, gc: true, weakrefable: false }),
      wrapperDescr: newExtType(I, 'wrapper_descriptor', K.Builtin, { basicSize: 56, gc: true, weakrefable: false }),
      methodDescr: newExtType(I, 'method_descriptor', K.Builtin, { basicSize: 56, gc: true, weakrefable: false }),
      cache: new Map(),
    };
    typesOf.set(I, w);
  }
  return w;
}

/** The dunders that are method descriptors (METH_COEXIST entries of the method tables). */
const METHOD_DUNDERS: Record<string, string[]> = {
  list: ['__getitem__', '__reversed__'],
  dict: ['__getitem__', '__contains__', '__reversed__'],
  set: ['__contains__'],
  frozenset: ['__contains__'],
  range: ['__reversed__'],
  dict_keys: ['__reversed__'],
  dict_values: ['__reversed__'],
  dict_items: ['__reversed__'],
};

/** Registers the wrapper types (before the program runs: their type objects are start-up state). */
export function installSlotWrappers(I: Interp): void {
  wrapperTypes(I);
  const types = [I.tList, I.tDict, I.tSet, I.tFrozenSet, I.tRange, ...Object.values(I.viewTypes)];
  for (const t of types) {
    for (const name of METHOD_DUNDERS[t.name] ?? []) {
      const fn: BuiltinFn =
        name === '__getitem__' ? (a) => (checkArgs(a.slice(1), 1), I.getitem(a[0], a[1]))
        : name === '__contains__' ? (a) => (checkArgs(a.slice(1), 1), I.newBool(I.contains(a[0], a[1])))
        : (a) => (checkArgs(a.slice(1), 0), I.call(I.incref(I.builtins.get('reversed')!), [I.incref(a[0])], null));
      t.methods.set(name, fn);
    }
  }
  const previous = I.builtinTypeAttr;
  I.builtinTypeAttr = (t, name) => {
    const d = builtinDescriptor(I, t, name);
    return d >= 0 ? d : previous(t, name);
  };
}

/** `obj.__len__` and the other slot wrappers of a builtin container (a new method-wrapper), or -1. */
export function slotWrapperAttr(I: Interp, h: Handle, name: string): Handle {
  const t = I.ty[h];
  if (t.isHeap || !name.startsWith('__') || !hasSlot(t, name)) return -1;
  if (name === '__hash__' && UNHASHABLE.has(t.name)) return I.none();
  const fn = slotFn(name);
  if (!fn) return -1;
  const w = wrapperTypes(I);
  const bound: BuiltinFn = (a) => fn(I, a[0], a.slice(1));
  const m = I.alloc(w.methodWrapper, K.Builtin, { name, fn: bound, self: h }, 1);
  I.mem.setSlot(m, 0, h);
  return m;
}

/** `list.append` / `list.__len__`: the one descriptor object of the type's dict (new reference), or -1. */
function builtinDescriptor(I: Interp, t: PyType, name: string): Handle {
  if (t.isHeap || !slotNames.has(t.name) || I.types.get(t.name) !== t) return -1;
  const w = wrapperTypes(I);
  const key = `${t.name}.${name}`;
  const cached = w.cache.get(key);
  if (cached !== undefined) return I.incref(cached);
  const own = t.methods.get(name);
  let h: Handle;
  if (own && !(name === '__init__' && hasSlot(t, name))) {
    const fn: BuiltinFn = (a, kw) => {
      if (a.length === 0) throw new PyException('TypeError', `unbound method ${t.name}.${name}() needs an argument`);
      if (!I.ty[a[0]].isSubtypeOf(t)) {
        throw new PyException('TypeError', `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${I.ty[a[0]].name}' object`);
      }
      return own(a, kw);
    };
    h = I.alloc(w.methodDescr, K.Builtin, { name, fn, self: -1, owner: t }, 0);
  } else if (hasSlot(t, name) && slotNames.get(t.name)?.has(name) && slotFn(name)) {
    if (name === '__hash__' && UNHASHABLE.has(t.name)) return -1;
    const sf = slotFn(name)!;
    const fn: BuiltinFn = (a) => {
      if (a.length === 0) throw new PyException('TypeError', `descriptor '${name}' of '${t.name}' object needs an argument`);
      if (!I.ty[a[0]].isSubtypeOf(t)) {
        throw new PyException('TypeError', `descriptor '${name}' requires a '${t.name}' object but received a '${I.ty[a[0]].name}'`);
      }
      return sf(I, a[0], a.slice(1));
    };
    h = I.alloc(w.wrapperDescr, K.Builtin, { name, fn, self: -1, owner: t }, 0);
  } else return -1;
  w.cache.set(key, h);
  return I.incref(h);
}

/** The repr of a method-wrapper or descriptor, or null for other builtins. */
export function slotWrapperRepr(I: Interp, h: Handle): string | null {
  const w = typesOf.get(I);
  if (!w) return null;
  const t = I.ty[h];
  const d = I.pv[h] as { name: string; self: Handle; owner?: PyType };
  if (t === w.methodWrapper) return `<method-wrapper '${d.name}' of ${I.ty[d.self].name} object at ${I.addr(d.self)}>`;
  if (t === w.wrapperDescr) return `<slot wrapper '${d.name}' of '${d.owner!.name}' objects>`;
  if (t === w.methodDescr) return `<method '${d.name}' of '${d.owner!.name}' objects>`;
  return null;
}
