// `runProgram`: parse, compile and run one Python-subset program on a fresh CPython 3.11
// runtime, the way `python3 FILE.py` runs it: the parser arena and co_consts references while
// the module runs, the traceback of an uncaught exception on stderr (exit code 1), and the
// interpreter's shutdown (gc pass, then the module's globals cleared) so `__del__` output at
// exit appears too. Mirrors Python/pythonrun.c (pyrun_file, PyErr_Print) and Py_FinalizeEx.
import { createRuntime, type Runtime, type RuntimeOptions } from '@pymem/runtime';
import { installBuiltins } from './builtins.js';
import { compileModule } from './compiler/compile.js';
import { PyException, StackExhausted, StepLimitExceeded, formatTraceback } from './errors.js';
import { excType, exceptionObject } from './objects/exceptions.js';
import { formatException, systemExitStatus } from './traceback.js';
import { Interp, K, type Frame } from './interp.js';
import { createMem, type Handle } from './mem.js';
import { createFrameMarkers, installValueMarkers } from './markers.js';
import { parseModule } from './parser/parse.js';
import { PySourceError, sourceErrorText } from './parser/sourceError.js';
import { sourceText } from './parser/sourceText.js';
import { userModulePredicate, type ModuleFinder } from './modules/userModule.js';

/** Options of {@link runProgram}. */
export interface RunOptions {
  /** Shown in tracebacks and error messages (`File "<filename>", line N`). */
  readonly filename: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input for input(): one line per call (null at its end); without it stdin is empty (EOFError). */
  readonly stdin?: () => string | null;
  /** Statements (and comprehension iterations) allowed before the run is stopped with exit code 1. */
  readonly maxSteps?: number;
  /**
   * A flag another thread sets (Atomics.store(flag, 0, 1)) to interrupt the program, as SIGINT
   * does python3: KeyboardInterrupt is raised between two steps, catchable; uncaught it prints
   * its traceback and runProgram returns {@link KEYBOARD_INTERRUPT_EXIT}. The flag is cleared when seen.
   */
  readonly interrupt?: Int32Array;
  /**
   * The simulated memory limit in bytes (default 512 MiB), against the runtime's bytesInUse: an
   * allocation that would pass it (`[0] * 10**10`, `'a' * 10**12`, `list(range(10**10))`) raises
   * MemoryError as python3's malloc failing does; so does growth past it one object at a time
   * (`while True: l.append([0] * 1000)`), at the step after the allocation that passed it.
   */
  readonly memoryLimit?: number;
  /** Options for the runtime the program runs on (collector, allocator, recording). */
  readonly runtimeOptions?: Omit<RuntimeOptions, 'hooks'>;
  /**
   * Publish front-end markers on the runtime's bus: `statement` (with its line) before each
   * statement, `output` (with the text) after each write to stdout, `shutdown` when the
   * program's last line has run and the interpreter shuts down. Off by default (one event per
   * statement costs time); `pymem run --trace` and the demo turn it on.
   */
  readonly markers?: boolean;
  /**
   * Finds the user's own modules for `import mymod` (the CLI looks beside the script); without
   * it only the builtin modules import.
   */
  readonly findModule?: ModuleFinder;
  /** sys.argv[0] when it differs from `filename` (python3 shows the script's absolute path in tracebacks, argv[0] as typed). */
  readonly argv0?: string;
  /** Called with the runtime before the program starts (to subscribe to its bus, e.g. for --trace). */
  readonly onRuntime?: (runtime: Runtime) => void;
}

/**
 * The exit code after an uncaught KeyboardInterrupt: python3 kills itself with SIGINT, which a
 * shell reports as 128 + 2 (a CLI may re-raise the signal instead, as `pymem run` does).
 */
export const KEYBOARD_INTERRUPT_EXIT = 130;

/**
 * Runs a Python-subset program and returns its exit code: 0, or 1 after an uncaught exception,
 * a program outside the subset, or `maxSteps` exceeded. Output goes to `stdout`/`stderr`
 * exactly as `python3` would write it.
 *
 * @example
 * ```ts
 * let out = '';
 * const code = runProgram('a = []\nb = a\nimport sys\nprint(sys.getrefcount(a))\n', {
 *   filename: 'demo.py', stdout: (t) => (out += t), stderr: () => {},
 * });
 * // code === 0, out === '3\n'
 * ```
 */
export function runProgram(input: string | Uint8Array, options: RunOptions): number {
  const { filename, stderr } = options;
  let source: string;
  try {
    source = sourceText(input);
  } catch (e) {
    if (e instanceof PySourceError) {
      stderr(sourceErrorText(filename, [], e));
      return 1;
    }
    throw e;
  }
  const markers = options.markers === true;
  let rtForMarkers: Runtime | undefined;
  const stdout = markers
    ? (text: string): void => {
      options.stdout(text);
      rtForMarkers?.mark('output', undefined, text);
    }
    : options.stdout;
  let mod;
  try {
    mod = parseModule(source, options.findModule ? { isUserModule: userModulePredicate(options.findModule) } : {});
  } catch (e) {
    if (e instanceof PySourceError) {
      stderr(sourceErrorText(filename, source.split('\n'), e));
      return 1;
    }
    throw e;
  }

  const box: { interp?: Interp } = {};
  const ignored = (what: string, e: unknown): void => {
    if (e instanceof PyException) {
      stderr(`Exception ignored in: ${what}\n${formatTraceback(filename, mod.lines, e)}`);
      if (e.exc >= 0) box.interp!.decref(e.exc);
      e.exc = -1;
      return;
    }
    throw e;
  };
  let gcCallbacks: Handle = -1;
  const runtime = createRuntime({
    ...options.runtimeOptions,
    hooks: {
      finalize(h) {
        const I = box.interp!;
        const ext = I.ty[h].ext;
        if (ext?.finalize) {
          try {
            ext.finalize(h);
          } catch (e) {
            ignored(I.repr(h), e);
          }
          return;
        }
        const f = I.lookupClassAttr(I.ty[h], '__del__');
        if (f < 0) return;
        try {
          I.decref(I.call(I.incref(f), [I.incref(h)], null));
        } catch (e) {
          ignored(I.repr(f), e);
        }
      },
      weakrefCallback(ref, callback) {
        const I = box.interp!;
        try {
          I.decref(I.call(I.incref(callback), [I.incref(ref)], null));
        } catch (e) {
          ignored(I.repr(callback), e);
        }
      },
      payloadFreed(h) {
        box.interp?.forget(h);
      },
      gcCallbacks(phase, info) {
        const I = box.interp;
        if (!I || gcCallbacks < 0) return;
        const cbs = [...(I.pv[gcCallbacks] as { items: Handle[] }).items];
        if (cbs.length === 0) return;
        const p = I.newStr(phase);
        const d = I.newDict();
        for (const [k, v] of [['generation', info.generation], ['collected', info.collected], ['uncollectable', info.uncollectable]] as const) {
          const vh = I.newInt(v);
          I.dictSetStr(d, k, vh);
          I.decref(vh);
        }
        for (const cb of cbs) {
          try {
            I.decref(I.call(I.incref(cb), [I.incref(p), I.incref(d)], null));
          } catch (e) {
            ignored(I.repr(cb), e);
          }
        }
        I.decref(p);
        I.decref(d);
      },
    },
  });
  options.onRuntime?.(runtime);
  const I = new Interp(createMem(runtime));
  box.interp = I;
  I.setStepLimit(options.maxSteps ?? Infinity, options.interrupt ?? null);
  if (options.memoryLimit !== undefined) I.setMemoryLimit(options.memoryLimit);
  I.filename = filename;
  I.findModule = options.findModule ?? null;
  I.markStatements = markers;
  if (markers) {
    rtForMarkers = runtime;
    // frames, locals, values and attribute names for viewers (markers.ts)
    I.frameMarkers = createFrameMarkers(I);
    installValueMarkers(I);
  }
  const installed = installBuiltins(I, { stdout, stderr, filename: options.argv0 ?? filename, stdin: options.stdin });
  gcCallbacks = installed.gcCallbacks;
  I.mainName = I.internStr('__main__');

  // the __main__ module's dict, with the entries CPython puts there before the first line
  const globals = I.newDict();
  const setGlobal = (name: string, v: Handle): void => {
    I.dictSetStr(globals, name, v);
    I.decref(v);
  };
  setGlobal('__name__', I.incref(I.mainName));
  setGlobal('__doc__', I.none());
  setGlobal('__package__', I.none());
  setGlobal('__loader__', I.none());
  setGlobal('__spec__', I.none());
  setGlobal('__annotations__', I.newDict());
  setGlobal('__builtins__', I.none());
  setGlobal('__file__', I.newStr(filename));
  setGlobal('__cached__', I.none());
  // sys.modules['__main__']: the module object over this dict (it holds the dict; sys.modules holds it)
  const mainModule = I.alloc(I.tModule, K.Module, { name: '__main__', dict: globals }, 1);
  I.mem.putSlot(mainModule, 0, I.incref(globals));
  I.dictSetStr(I.modulesDict, '__main__', mainModule);
  I.decref(mainModule);

  let compiled;
  try {
    compiled = compileModule(I, mod);
  } catch (e) {
    if (e instanceof PySourceError) {
      stderr(sourceErrorText(filename, source.split('\n'), e));
      return 1;
    }
    throw e;
  }
  const { code, arena } = compiled;
  const frame: Frame = { code, fast: new Array(code.nlocals).fill(-1), cells: [], globals, ns: -1, line: 1, ret: -1, back: null, locals: -1 };
  let exitCode = 0;
  let uncaught = -1;
  try {
    I.runFrame(frame);
    I.clearFrame(frame);
  } catch (e) {
    if (e instanceof PyException) {
      // PyErr_Print: SystemExit ends quietly with its code; anything else prints its traceback
      uncaught = exceptionObject(I, e);
      e.exc = -1;
      const status = systemExitStatus(I, uncaught, stderr);
      if (status !== undefined) exitCode = status;
      else {
        stderr(formatException(I, uncaught, filename, mod.lines));
        // _Py_UnhandledKeyboardInterrupt: python3 ends by SIGINT, which a shell reports as 130
        exitCode = I.ty[uncaught].isSubtypeOf(excType(I, 'KeyboardInterrupt')) ? KEYBOARD_INTERRUPT_EXIT : 1;
      }
    } else if (e instanceof StepLimitExceeded) {
      stderr(`pymem: stopped after ${e.maxSteps} steps (--max-steps); the program may not terminate\n`);
      return 1;
    } else if (e instanceof StackExhausted) {
      stderr(`${e.message}\n`);
      return 1;
    } else {
      throw e;
    }
  }
  // run_mod: the code object goes, then the parser's arena
  I.decref(code.handle);
  for (const h of arena) I.decref(h);
  try {
    installed.atexit();
  } catch (e) {
    ignored('atexit', e);
  }
  // sys.last_value and friends let the exception go when finalization clears sys
  if (uncaught >= 0) I.decref(uncaught);
  if (markers) runtime.mark('shutdown');
  shutdown(I, globals, (e) => ignored('shutdown', e));
  return exitCode;
}

/**
 * Py_FinalizeEx as far as a program can see it: a full collection (when gc is enabled) while
 * `__main__` is still alive (which reorders the generation lists, as move_unreachable does), then the module goes
 * and its dict with it: freed at once when nothing else holds it, else (functions and classes
 * hold it through their globals) by the next collection, which finalizes in list order.
 */
function shutdown(I: Interp, globals: Handle, onError: (e: unknown) => void): void {
  const rt = I.mem.rt;
  try {
    // _PyGC_CollectIfEnabled: skipped after gc.disable(), so the lists keep their allocation order
    if (rt.isEnabled()) rt.collect(2);
    // sys.modules lets __main__ go (a program that kept it alive leaves a cycle for the collection below)
    if (I.dictGetStr(I.modulesDict, '__main__') >= 0) {
      const key = I.newStr('__main__');
      I.dictDel(I.modulesDict, key);
      I.decref(key);
    }
    I.decref(globals);
    rt.collect(2);
  } catch (e) {
    onError(e);
  }
}
