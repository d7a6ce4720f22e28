// The Python half of a standard module: CPython writes functools.total_ordering, lru_cache's
// decorator and the like in Python (Lib/functools.py over the C _functools), so their objects are
// Python functions and closures. Here the same: a module's TypeScript installer runs a short
// Python source, written for pymem, in the module's own dict, and that code makes those objects.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { Frame, Interp } from '../interp.js';
import { compileModule } from '../compiler/compile.js';
import { parseModule } from '../parser/parse.js';
import { PySourceError } from '../parser/sourceError.js';

/**
 * Runs `source` with module `m`'s dict as its globals (the module body of a .py file);
 * `filename` is what tracebacks through its functions name.
 */
export function execModuleSource(I: Interp, m: Handle, filename: string, source: string): void {
  const globals = (I.pv[m] as { dict: Handle }).dict;
  let compiled;
  try {
    const mod = parseModule(source);
    compiled = compileModule(I, mod, { filename, lines: mod.lines });
  } catch (e) {
    // a bug in the embedded source, not in the user's program: say so plainly
    if (e instanceof PySourceError) throw new PyException('SystemError', `pymem's ${filename}: ${e.detail} (line ${e.line})`);
    throw e;
  }
  runCompiledModule(I, compiled, globals);
}

/**
 * Runs a compiled module body in `globals` (a fresh frame whose back is the running one), then
 * drops the code object and the compiler's constants arena, as PyEval_EvalCode's caller does.
 */
export function runCompiledModule(I: Interp, compiled: ReturnType<typeof compileModule>, globals: Handle): void {
  const { code, arena } = compiled;
  const frame: Frame = { code, fast: new Array(code.nlocals).fill(-1), cells: [], globals, ns: -1, line: 1, ret: -1, back: I.frame, locals: -1 };
  try {
    I.runFrame(frame);
    I.clearFrame(frame);
  } finally {
    I.decref(code.handle);
    for (const h of arena) I.decref(h);
  }
}
