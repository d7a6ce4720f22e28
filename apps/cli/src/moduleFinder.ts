// Where `pymem run` finds the user's own modules: `NAME.py` or `NAME/__init__.py` in the
// script's folder (sys.path[0] of `python3 FILE.py`, an absolute path), dotted names as sub-folders.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { folderModuleFinder, type ModuleFinder } from '@pymem/python';

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
