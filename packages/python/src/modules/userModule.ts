// `import mymod` of the user's own modules: the source comes from the embedder (the CLI reads
// `mymod.py` or `mymod/__init__.py` beside the script), runs once in a new module's dict, and the
// module stays in sys.modules. Mirrors what importlib._bootstrap (_load_unlocked, module_from_spec,
// _init_module_attrs) and SourceLoader.exec_module make visible to a program; the loader and spec
// objects, the bytecode cache and importlib's own temporaries are not modelled (both are None).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { Interp } from '../interp.js';
import { compileModule } from '../compiler/compile.js';
import { parseModule } from '../parser/parse.js';
import { PySourceError } from '../parser/sourceError.js';
import { runCompiledModule } from './pySource.js';
import { K } from '../objects.js';
import { markValue } from '../markers.js';

/** The source of a user module, as an embedder finds it. */
export interface ModuleSource {
  /** Shown in tracebacks and as `__file__`. */
  readonly filename: string;
  readonly source: string;
  /** `mymod/__init__.py`: the module is a package (its `__path__` and `__package__`). */
  readonly isPackage?: boolean;
}

/** Finds a user module's source by its dotted name, or null when there is none. */
export type ModuleFinder = (name: string) => ModuleSource | null;

/**
 * Loads, runs and registers user module `name` (a new reference), or returns -1 when the finder
 * knows no such module. A module whose body raises is removed from sys.modules again.
 */
export function importUserModule(I: Interp, name: string, find: ModuleFinder): Handle {
  const found = find(name);
  if (found === null) return -1;
  let mod;
  try {
    mod = parseModule(found.source, { isUserModule: userModulePredicate(find) });
  } catch (e) {
    if (e instanceof PySourceError) throw new PyException(e.pyType, `${e.detail} (${found.filename}, line ${e.line})`);
    throw e;
  }
  // module_from_spec: the module and its dict; sys.modules holds it while its body runs, and the
  // importer's reference is the one `import` binds (no registry of pymem's own holds user modules)
  const d = I.newDict();
  const m = I.alloc(I.tModule, K.Module, { name, dict: d }, 1);
  I.mem.putSlot(m, 0, d);
  if (I.markStatements) markValue(I, m, `module ${name}`);
  I.dictSetStr(I.modulesDict, name, m);
  const set = (key: string, v: Handle): void => {
    I.dictSetStr(d, key, v);
    I.decref(v);
  };
  // module_init_dict, then _init_module_attrs, then exec's __builtins__
  set('__name__', I.newStr(name));
  set('__doc__', I.none());
  const dot = name.lastIndexOf('.');
  set('__package__', I.newStr(found.isPackage ? name : dot < 0 ? '' : name.slice(0, dot)));
  set('__loader__', I.none());
  set('__spec__', I.none());
  if (found.isPackage) set('__path__', I.newList([I.newStr(found.filename.replace(/[/\\]__init__\.py$/, ''))]));
  set('__file__', I.newStr(found.filename));
  set('__cached__', I.none());
  set('__builtins__', I.none());
  try {
    runCompiledModule(I, compileModule(I, mod, { filename: found.filename, lines: mod.lines }), d);
  } catch (e) {
    forget(I, name);
    I.decref(m);
    if (e instanceof PySourceError) throw new PyException(e.pyType, `${e.detail} (${found.filename}, line ${e.line})`);
    throw e;
  }
  return m;
}

/** _load_unlocked on failure: the half-run module leaves sys.modules. */
function forget(I: Interp, name: string): void {
  const key = I.newStr(name);
  I.dictDel(I.modulesDict, key);
  I.decref(key);
}

/** The parser's check that an imported name is one of the user's modules (the finder's answer, cached). */
export function userModulePredicate(find: ModuleFinder): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let k = known.get(name);
    if (k === undefined) known.set(name, (k = find(name) !== null));
    return k;
  };
}

/** What {@link folderModuleFinder} needs of a file system (node:fs in the CLI, tabs in a browser). */
export interface ModuleFiles {
  isFile(path: string): boolean;
  read(path: string): string;
}

/**
 * The finder of `python3 FILE.py`: `import a.b` looks in `dir` (sys.path[0], the script's folder)
 * for `a/b.py`, then `a/b/__init__.py`.
 * @example
 * ```ts
 * const find = folderModuleFinder('/work/examples', { isFile: (p) => existsSync(p), read: (p) => readFileSync(p, 'utf8') });
 * find('helper'); // { filename: '/work/examples/helper.py', source: '...', isPackage: false } when it exists, else null
 * ```
 */
export function folderModuleFinder(dir: string, files: ModuleFiles): ModuleFinder {
  const root = dir.replace(/[/\\]+$/, '');
  return (name) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name)) return null;
    const base = `${root}/${name.split('.').join('/')}`;
    for (const [filename, isPackage] of [[`${base}.py`, false], [`${base}/__init__.py`, true]] as const) {
      if (files.isFile(filename)) return { filename, source: files.read(filename), isPackage };
    }
    return null;
  };
}
