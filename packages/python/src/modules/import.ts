// Module objects and `import`: the module registry (sys.modules), creating a module with its
// dict, and the helpers the module files use to fill it. Mirrors Objects/moduleobject.c and
// Python/import.c (PyImport_ImportModule) for the builtin modules of the subset.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type BuiltinFn } from '../objects.js';
import type { Interp } from '../interp.js';
import { markValue } from '../markers.js';
import { importUserModule } from './userModule.js';

/** Sets I.importModule: a new reference to a registered module; `lazy` builds the others on first import. */
export function installImport(I: Interp, lazy: Readonly<Record<string, (I: Interp) => void>> = {}): void {
  I.importModule = (name) => {
    let m = I.modules.get(name);
    if (m === undefined && Object.hasOwn(lazy, name)) {
      lazy[name](I);
      m = I.modules.get(name);
    }
    if (m !== undefined) return I.incref(m);
    // a user module imported before is found in sys.modules (as long as the program leaves it there)
    const cached = I.modulesDict >= 0 ? I.dictGetStr(I.modulesDict, name) : -1;
    if (cached >= 0) return I.incref(cached);
    const user = I.findModule ? importUserModule(I, name, I.findModule) : -1;
    if (user < 0) throw new PyException('ModuleNotFoundError', `No module named '${name}'`);
    return user;
  };
}

/**
 * A new module object with an empty dict, registered under `name` (kept for the whole run).
 * `dunders`: the dict starts with `__name__`, `__doc__` and `__package__` as PyModule_NewObject's
 * module_init_dict puts them (the startup modules sys/gc/weakref keep their older, empty dicts).
 */
export function newModule(I: Interp, name: string, dunders = false): Handle {
  const d = I.newDict();
  if (dunders) {
    for (const [k, v] of [['__name__', I.internStr(name)], ['__doc__', I.none()], ['__package__', I.newStr('')]] as const) {
      I.dictSetStr(d, k, v);
      I.decref(v);
    }
  }
  const m = I.alloc(I.tModule, K.Module, { name, dict: d }, 1);
  I.mem.putSlot(m, 0, d);
  I.modules.set(name, m);
  if (I.markStatements) markValue(I, m, `module ${name}`);
  if (I.modulesDict >= 0) I.dictSetStr(I.modulesDict, name, m);
  return m;
}

/** Adds a builtin function bound to module `m` (PyModule_AddFunctions). */
export function modFn(I: Interp, m: Handle, name: string, fn: BuiltinFn): void {
  const d = (I.pv[m] as { dict: Handle }).dict;
  const b = I.newBuiltin(name, fn, m);
  I.dictSetStr(d, name, b);
  I.decref(b);
}

/** Adds a value to module `m`, stealing `v` (PyModule_AddObject). */
export function modVal(I: Interp, m: Handle, name: string, v: Handle): void {
  const d = (I.pv[m] as { dict: Handle }).dict;
  I.dictSetStr(d, name, v);
  I.decref(v);
}
