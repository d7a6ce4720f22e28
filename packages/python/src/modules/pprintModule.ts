// The pprint module: all of it is Python in CPython (Lib/pprint.py), so here too: the module
// object, then pprintSource.ts run in its dict.
import type { Interp } from '../interp.js';
import { newModule } from './import.js';
import { execModuleSource } from './pySource.js';
import { PPRINT_FILENAME, PPRINT_PY } from './pprintSource.js';

/** Creates the pprint module. */
export function installPprint(I: Interp): void {
  const m = newModule(I, 'pprint', true);
  execModuleSource(I, m, PPRINT_FILENAME, PPRINT_PY);
}
