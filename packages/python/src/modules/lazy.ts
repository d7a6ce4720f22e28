// Which function builds each module that is not made at startup: import.ts calls it on the
// module's first import (the sys.modules miss of PyImport_ImportModuleLevelObject), so its
// allocations happen where the program's import statement runs.
import type { Interp } from '../interp.js';
import { installMath } from './mathModule.js';
import { installRandom } from './randomModule.js';
import { installString } from './stringModule.js';
import { installOperator } from './operatorModule.js';
import { installFunctools } from './functoolsModule.js';
import { installCollections } from './collectionsModule.js';
import { installItertools } from './itertoolsModule.js';
import { installHeapq } from './heapqModule.js';
import { installBisect } from './bisectModule.js';
import { installJson } from './jsonModule.js';
import { installPprint } from './pprintModule.js';
import { installTime } from './timeModule.js';
import { installStruct } from './structModule.js';
import { installCopy } from './copyModule.js';
import { installArray } from './arrayModule.js';
import { installCtypes } from './ctypesModule.js';

/** Module name -> its installer (modules/names.ts lists what the parser accepts). */
export const LAZY_MODULES: Readonly<Record<string, (I: Interp) => void>> = {
  math: installMath,
  random: installRandom,
  string: installString,
  operator: installOperator,
  functools: installFunctools,
  collections: installCollections,
  itertools: installItertools,
  heapq: installHeapq,
  bisect: installBisect,
  json: installJson,
  pprint: installPprint,
  time: installTime,
  struct: installStruct,
  copy: installCopy,
  array: installArray,
  ctypes: installCtypes,
};
