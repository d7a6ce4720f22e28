// collections.namedtuple: a factory that builds a tuple subclass with `__slots__ = ()` (so its
// instances are exactly tuples in size: no dict, no weakref pointer), one `_tuplegetter` data
// descriptor per field, _fields/_field_defaults/__match_args__, __new__ with the fields as
// parameters (defaults from the right), _make, _replace, _asdict, __getnewargs__ and the
// `Name(x=1, y=2)` repr. CPython writes it in Python (Lib/collections/__init__.py) and evals the
// __new__ source; here the class goes through the same class machinery (type_new) with builtin
// functions in its namespace. Start with installNamedtuple.
import { PyException } from '../../errors.js';
import type { Handle } from '../../mem.js';
import { NULL } from '@pymem/object-model';
import { K, PyType } from '../../objects.js';
import type { Interp } from '../../interp.js';
import type { Kw } from '../../getargs.js';
import type { PropertyData } from '../../objects/propertyObject.js';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield']);
const isIdentifier = (s: string): boolean => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);

/** Builds the namedtuple factory (returned for the module table) and the _tuplegetter type. */
export function installNamedtuple(I: Interp): Handle {
  const te = (msg: string) => new PyException('TypeError', msg);
  const ve = (msg: string) => new PyException('ValueError', msg);
  /** repr() of a str, as the messages quote names. */
  const q = (s: string): string => {
    const h = I.newStr(s);
    try {
      return I.repr(h);
    } finally {
      I.decref(h);
    }
  };
  const getterId = I.mem.rt.registerType({
    name: '_tuplegetter', basicSize: 32, itemSize: 0, gc: true, tracking: 'always', managedDict: false, weakrefable: false,
    releaseOrder: 'forward', trashcan: false, hasClear: true, hasFinalizer: false, freeList: null, heapType: false, typeObject: NULL, slotNames: null,
  });
  const tGetter = new PyType('_tuplegetter', K.Property, getterId, I.mem.allocate(0, {}), I.tObject, false);
  I.setMeta(tGetter.h, K.Type, I.tType, tGetter);
  /** _tuplegetter(index, doc): a data descriptor reading item `index` (a property with a builtin fget). */
  const newGetter = (index: number, doc: string): Handle => {
    const fget = I.newBuiltin('_tuplegetter', (a) => {
      const items = I.kind[a[0]] === K.Tuple ? (I.pv[a[0]] as Handle[]) : null;
      if (!items) throw te(`descriptor for index '${index}' for tuple subclasses doesn't apply to '${I.ty[a[0]].name}' object`);
      if (index >= items.length) throw new PyException('IndexError', 'tuple index out of range');
      return I.incref(items[index]);
    });
    const data: PropertyData = { fget, fset: -1, fdel: -1, doc: I.newStr(doc), name: null };
    const p = I.alloc(tGetter, K.Property, data, 4);
    I.mem.putSlot(p, 0, fget);
    I.mem.putSlot(p, 3, data.doc);
    return p;
  };

  const strList = (h: Handle): string[] => {
    if (I.kind[h] === K.Str) return (I.pv[h] as string).replace(/,/g, ' ').split(/\s+/).filter((x) => x);
    const items = I.collect(h);
    try {
      return items.map((x) => I.str(x));
    } finally {
      for (const x of items) I.decref(x);
    }
  };

  const factory = (a: Handle[], kw: Kw): Handle => {
    if (a.length < 2) throw te(`namedtuple() missing ${2 - a.length} required positional argument${a.length ? '' : 's'}: ${a.length ? "'field_names'" : "'typename' and 'field_names'"}`);
    if (a.length > 2) throw te(`namedtuple() takes 2 positional arguments but ${a.length} were given`);
    for (const k of kw?.keys() ?? []) if (!['rename', 'defaults', 'module'].includes(k)) throw te(`namedtuple() got an unexpected keyword argument '${k}'`);
    const typename = I.str(a[0]);
    const names = strList(a[1]);
    const rename = kw?.get('rename') !== undefined && I.truthy(kw.get('rename')!);
    if (rename) {
      const seen = new Set<string>();
      names.forEach((n, i) => {
        if (!isIdentifier(n) || KEYWORDS.has(n) || n.startsWith('_') || seen.has(n)) names[i] = `_${i}`;
        seen.add(n);
      });
    }
    for (const n of [typename, ...names]) {
      if (!isIdentifier(n)) throw ve(`Type names and field names must be valid identifiers: ${q(n)}`);
      if (KEYWORDS.has(n)) throw ve(`Type names and field names cannot be a keyword: ${q(n)}`);
    }
    const seen = new Set<string>();
    for (const n of names) {
      if (n.startsWith('_') && !rename) throw ve(`Field names cannot start with an underscore: ${q(n)}`);
      if (seen.has(n)) throw ve(`Encountered duplicate field name: ${q(n)}`);
      seen.add(n);
    }
    const dh = kw?.get('defaults');
    const defaults = dh !== undefined && dh !== I.None ? I.collect(dh) : [];
    if (defaults.length > names.length) {
      for (const x of defaults) I.decref(x);
      throw te('Got more default values than field names');
    }
    const mod = kw?.get('module');
    return buildClass(typename, names, defaults, mod !== undefined && mod !== I.None ? mod : -1);
  };

  const buildClass = (typename: string, names: string[], defaults: Handle[], module: Handle): Handle => {
    const n = names.length;
    const firstDefault = n - defaults.length;
    const ns = I.newDict();
    const put = (k: string, v: Handle): void => {
      I.dictSetStr(ns, k, v);
      I.decref(v);
    };
    let cls: PyType | null = null;
    const fieldsTuple = (): Handle => I.newTuple(names.map((x) => I.internStr(x)));
    put('__doc__', I.newStr(`${typename}(${names.join(', ')})`));
    put('__slots__', I.newTuple([]));
    put('_fields', fieldsTuple());
    const fd = I.newDict();
    defaults.forEach((v, i) => I.dictSetStr(fd, names[firstDefault + i], v));
    put('_field_defaults', fd);
    /** tuple.__new__(cls, values) as _tuple_new does: the values tuple, then the subclass instance. */
    const tupleNew = (t: PyType, values: Handle[]): Handle => {
      const tmp = I.newTuple(values);
      try {
        const items = (I.pv[tmp] as Handle[]).slice();
        const h = I.alloc(t, K.Tuple, items, items.length, items.length);
        items.forEach((x, i) => I.mem.setSlot(h, i, x));
        return h;
      } finally {
        I.decref(tmp);
      }
    };
    put('__new__', I.newBuiltin('__new__', (a, kw) => {
      const t = I.pv[a[0]] as PyType;
      const args = a.slice(1);
      const where = `${typename}.__new__()`;
      if (args.length > n) throw te(`${where} takes ${n + 1} positional argument${n ? 's' : ''} but ${args.length + 1} were given`);
      const vals: Handle[] = names.map((_, i) => (i < args.length ? args[i] : -1));
      for (const [k, v] of kw ?? []) {
        const i = names.indexOf(k);
        if (i < 0) throw te(`${where} got an unexpected keyword argument '${k}'`);
        if (vals[i] >= 0) throw te(`${where} got multiple values for argument '${k}'`);
        vals[i] = v;
      }
      vals.forEach((v, i) => {
        if (v < 0 && i >= firstDefault) vals[i] = defaults[i - firstDefault];
      });
      const missing = names.filter((_, i) => vals[i] < 0);
      if (missing.length) {
        const ms = missing.map((m) => `'${m}'`);
        const list = ms.length === 1 ? ms[0] : `${ms.slice(0, -1).join(', ')}${ms.length > 2 ? ',' : ''} and ${ms[ms.length - 1]}`;
        throw te(`${where} missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
      }
      return tupleNew(t, vals.map((v) => I.incref(v)));
    }));
    const make = I.newBuiltin('_make', (a) => {
      const t = I.pv[a[0]] as PyType;
      const items = I.collect(a[1]);
      if (items.length !== n) {
        for (const x of items) I.decref(x);
        throw te(`Expected ${n} arguments, got ${items.length}`);
      }
      return tupleNew(t, items);
    });
    put('_make', I.newMethodWrapper(I.tClassMethod, K.ClassMethod, make));
    I.decref(make);
    put('__match_args__', fieldsTuple());
    names.forEach((name, i) => put(name, newGetter(i, `Alias for field number ${i}`)));
    const mh = module >= 0 ? I.incref(module) : I.incref(I.mainName);
    put('__module__', mh);
    const bt = I.newTuple([I.incref(I.tTuple.h)]);
    let typeH: Handle;
    try {
      typeH = I.makeClass(typename, typename, bt, ns, null);
    } finally {
      I.decref(bt);
      I.decref(ns);
      for (const x of defaults) I.decref(x);
    }
    cls = I.pv[typeH] as PyType;
    const self = (h: Handle, what: string): Handle[] => {
      if (I.kind[h] !== K.Tuple || !I.ty[h].isSubtypeOf(cls!)) throw te(`descriptor '${what}' requires a '${typename}' object`);
      return I.pv[h] as Handle[];
    };
    cls.methods.set('_replace', (a, kw) => {
      const items = self(a[0], '_replace');
      const rest = new Map(kw ?? []);
      const vals = names.map((name, i) => {
        const v = rest.get(name);
        rest.delete(name);
        return I.incref(v ?? items[i]);
      });
      if (rest.size) {
        for (const v of vals) I.decref(v);
        throw ve(`Got unexpected field names: [${[...rest.keys()].map((k) => q(k)).join(', ')}]`);
      }
      return tupleNew(I.ty[a[0]], vals);
    });
    cls.methods.set('_asdict', (a) => {
      const items = self(a[0], '_asdict');
      const d = I.newDict();
      names.forEach((name, i) => I.dictSetStr(d, name, items[i]));
      return d;
    });
    cls.methods.set('__getnewargs__', (a) => I.newTuple(self(a[0], '__getnewargs__').map((x) => I.incref(x))));
    cls.ext = {
      repr: (h) => {
        const items = I.pv[h] as Handle[];
        return `${I.ty[h].name}(${names.map((name, i) => `${name}=${I.reprNested(items[i])}`).join(', ')})`;
      },
    };
    return typeH;
  };
  return I.newBuiltin('namedtuple', factory);
}
