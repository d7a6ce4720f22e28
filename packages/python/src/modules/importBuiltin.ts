// The builtins bltinmodule.c adds around import and the language's switches: `__import__`
// (builtin___import__: PyImport_ImportModuleLevelObject for an absolute, undotted name of the
// subset or a module of the user's own beside the script), `__debug__` (True: pymem runs
// without -O) and the asynchronous iterator builtins, which pymem refuses by name.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { SUPPORTED_MODULES } from './names.js';

const PARAMS = ['name', 'globals', 'locals', 'fromlist', 'level'] as const;

/** Installs `__import__`, `__debug__`, `aiter` and `anext` among the builtins. */
export function installImportBuiltins(I: Interp): void {
  const te = (msg: string) => new PyException('TypeError', msg);
  const importFn = I.newBuiltin('__import__', (args, kw) => {
    // __import__(name, globals=None, locals=None, fromlist=(), level=0), keywords allowed
    const given: (Handle | undefined)[] = [...args];
    if (args.length > PARAMS.length) throw te(`__import__() takes at most 5 arguments (${args.length} given)`);
    for (const [k, v] of kw ?? []) {
      const i = PARAMS.indexOf(k as (typeof PARAMS)[number]);
      if (i < 0) throw te(`'${k}' is an invalid keyword argument for __import__()`);
      if (given[i] !== undefined) throw te(`argument for __import__() given by name ('${k}') and position (${i + 1})`);
      given[i] = v;
    }
    const nameArg = given[0];
    if (nameArg === undefined) throw te("__import__() missing required argument 'name' (pos 1)");
    if (I.kind[nameArg] !== K.Str) throw te('module name must be a string');
    const levelArg = given[4];
    let level = 0;
    if (levelArg !== undefined) {
      const k = I.kind[levelArg];
      if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[levelArg].name}' object cannot be interpreted as an integer`);
      level = Number(I.pv[levelArg] as bigint | number);
    }
    if (level < 0) throw new PyException('ValueError', 'level must be >= 0');
    const name = I.pv[nameArg] as string;
    if (level > 0) throw new PyException('NotImplementedError', 'pymem does not support relative imports (__import__ with level > 0)');
    if (name === '') throw new PyException('ValueError', 'Empty module name');
    if (name.includes('.')) throw new PyException('NotImplementedError', `pymem does not support dotted module names ('${name}')`);
    const user = I.findModule !== null && I.findModule(name) !== null;
    if (!user && !SUPPORTED_MODULES.includes(name)) {
      throw new PyException('NotImplementedError', `pymem does not support importing module '${name}' (only ${SUPPORTED_MODULES.join(', ')})`);
    }
    // an undotted name: the module itself, whatever the fromlist says
    return I.importModule(name);
  });
  I.builtins.set('__import__', importFn);
  I.builtins.set('__debug__', I.newBool(true));
  for (const name of ['aiter', 'anext']) {
    I.builtins.set(
      name,
      I.newBuiltin(name, () => {
        throw new PyException('NotImplementedError', `pymem does not support asynchronous iterators (${name}())`);
      }),
    );
  }
}
