// Where `pymem run` finds the user's own modules: `NAME.py` or `NAME/__init__.py` in the
// script's folder (sys.path[0] of `python3 FILE.py`, an absolute path), dotted names as sub-folders.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { folderModuleFinder, parseModule, type ModuleFinder, type ModuleSource } from '@pymem/python';

/** node:fs for {@link folderModuleFinder}. */
export const nodeModuleFiles = {
  isFile: (p: string): boolean => existsSync(p) && statSync(p).isFile(),
  read: (p: string): string => readFileSync(p, 'utf8'),
};

/**
 * The module finder for a script: its folder, as python3 puts it first on sys.path.
 * @example
 * ```ts
 * scriptModuleFinder('examples/main.py')('helper'); // the source of examples/helper.py, or null
 * ```
 */
export function scriptModuleFinder(scriptPath: string): ModuleFinder {
  return folderModuleFinder(resolve(dirname(scriptPath)), nodeModuleFiles);
}

/** The user modules a program can import, by name: what a trace carries so `pymem whatif` can run it again. */
export type ModuleSources = Record<string, ModuleSource>;

/**
 * Every user module `source` imports, directly or through the modules it imports (found by parsing
 * them: the parser asks about each imported name), with its source.
 * @example
 * ```ts
 * Object.keys(collectModuleSources('import helper\n', scriptModuleFinder('main.py'))); // ['helper'] if helper.py is there
 * ```
 */
export function collectModuleSources(source: string, find: ModuleFinder): ModuleSources {
  const found: ModuleSources = {};
  const visit = (text: string): void => {
    try {
      parseModule(text, {
        isUserModule: (name) => {
          if (name in found) return true;
          const m = find(name);
          if (m === null) return false;
          found[name] = m;
          visit(m.source);
          return true;
        },
      });
    } catch {
      // a module pymem refuses to parse is reported when the program imports it
    }
  };
  visit(source);
  return found;
}

/**
 * A finder over module sources a trace carries.
 * @example
 * ```ts
 * recordedModuleFinder({ helper: { filename: '/w/helper.py', source: 'X = 1\n' } })('helper')?.source; // 'X = 1\n'
 * ```
 */
export function recordedModuleFinder(modules: ModuleSources): ModuleFinder {
  return (name) => (Object.hasOwn(modules, name) ? modules[name]! : null);
}
