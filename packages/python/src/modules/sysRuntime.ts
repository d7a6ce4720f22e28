// The sys functions that describe the running interpreter rather than the build: the text
// encodings (utf-8, as python3 runs on linux with a UTF-8 locale), the thread switch interval,
// is_finalizing, the trace and profile hooks (none: pymem has no tracing; setting one is
// refused), _getframe (the caller's frame object, made as a traceback would make it) and the
// Mirrors Python/sysmodule.c (sys_getdefaultencoding_impl, sys_setswitchinterval_impl,
// sys__getframe_impl, sys_settrace).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { frameObject } from '../objects/pyFrameObject.js';
import { modFn, modVal } from './import.js';

/** Adds the runtime functions and values to the sys module `sys`. */
export function installSysRuntime(I: Interp, sys: Handle): void {
  const te = (msg: string) => new PyException('TypeError', msg);
  const noArgs = (name: string, fn: () => Handle) =>
    modFn(I, sys, name, (a, kw) => {
      if (a.length || (kw && kw.size)) throw te(`sys.${name}() takes no arguments (${a.length} given)`);
      return fn();
    });
  noArgs('getdefaultencoding', () => I.newStr('utf-8'));
  noArgs('getfilesystemencoding', () => I.newStr('utf-8'));
  noArgs('getfilesystemencodeerrors', () => I.newStr('surrogateescape'));
  noArgs('is_finalizing', () => I.newBool(false));
  noArgs('gettrace', () => I.none());
  noArgs('getprofile', () => I.none());

  let interval = 0.005;
  noArgs('getswitchinterval', () => I.newFloat(interval));
  modFn(I, sys, 'setswitchinterval', (a) => {
    if (a.length !== 1) throw te(`setswitchinterval() takes exactly one argument (${a.length} given)`);
    const k = I.kind[a[0]!];
    if (k !== K.Float && k !== K.Int && k !== K.Bool) throw te(`must be real number, not ${I.ty[a[0]!].name}`);
    const v = Number(I.pv[a[0]!] as number | bigint | boolean);
    if (!(v > 0)) throw new PyException('ValueError', 'switch interval must be strictly positive');
    interval = v;
    return I.none();
  });

  for (const name of ['settrace', 'setprofile']) {
    modFn(I, sys, name, (a) => {
      if (a.length !== 1) throw te(`sys.${name}() takes exactly one argument (${a.length} given)`);
      if (a[0] !== I.None) throw new PyException('NotImplementedError', `pymem does not support trace and profile functions (sys.${name})`);
      return I.none();
    });
  }

  modFn(I, sys, '_getframe', (a) => {
    if (a.length > 1) throw te(`_getframe expected at most 1 argument, got ${a.length}`);
    let depth = 0;
    if (a.length === 1) {
      const k = I.kind[a[0]!];
      if (k !== K.Int && k !== K.Bool) throw te(`'${I.ty[a[0]!].name}' object cannot be interpreted as an integer`);
      depth = Number(I.pv[a[0]!] as number | bigint | boolean);
    }
    let f = I.frame;
    for (let i = 0; i < depth && f !== null; i++) f = f.back;
    if (f === null) throw new PyException('ValueError', 'call stack is not deep enough');
    return I.incref(frameObject(I, f));
  });

  modVal(I, sys, 'warnoptions', I.newList([]));
  modVal(I, sys, '_xoptions', I.newDict());
  modVal(I, sys, 'abiflags', I.newStr(''));
  modVal(I, sys, 'pycache_prefix', I.none());
}
