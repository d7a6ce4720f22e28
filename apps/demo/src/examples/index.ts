// The guided examples with their program text, bundled into the page by Vite's `?raw` imports.
import refcount from './refcount.py?raw';
import cycle from './cycle.py?raw';
import delCollect from './del_collect.py?raw';
import thresholds from './thresholds.py?raw';
import freeze from './freeze.py?raw';
import interning from './interning.py?raw';
import freelists from './freelists.py?raw';
import pools from './pools.py?raw';
import finalizers from './finalizers.py?raw';
import { exampleCatalog, type ExampleInfo } from './catalog.js';

/** A guided example and its program. */
export interface Example extends ExampleInfo {
  readonly source: string;
}

const sources: Readonly<Record<string, string>> = {
  'refcount.py': refcount,
  'cycle.py': cycle,
  'del_collect.py': delCollect,
  'thresholds.py': thresholds,
  'freeze.py': freeze,
  'interning.py': interning,
  'freelists.py': freelists,
  'pools.py': pools,
  'finalizers.py': finalizers,
};

/** The examples, in the order of the guided tour. */
export const examples: readonly Example[] = exampleCatalog.map((x) => ({ ...x, source: sources[x.file]! }));
