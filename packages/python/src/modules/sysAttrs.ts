// The sys attributes that describe the interpreter: version, version_info, hexversion,
// api_version, platform, implementation (a SimpleNamespace), hash_info, float_info, int_info and
// flags (struct sequences), the values of the reference python3 3.11.7 on linux x86-64.
// Mirrors Python/sysmodule.c (make_version_info, make_impl_info, make_flags, get_hash_info) and
// Objects/floatobject.c, longobject.c (PyFloat_GetInfo, PyLong_GetInfo).
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { modVal } from './import.js';
import { newExtType } from './extType.js';
import { newStructSeq } from './structSeq.js';

const HEXVERSION = 0x030b07f0;

/** Adds the descriptive attributes to the sys module `sys`. */
export function installSysAttrs(I: Interp, sys: Handle): void {
  const str = (s: string): Handle => I.newStr(s);
  const int = (n: number | bigint): Handle => I.newInt(n);
  const versionInfo = () => newStructSeq(I, 'sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [int(3), int(11), int(7), str('final'), int(0)]);
  modVal(I, sys, 'version', str('3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]'));
  const vi = versionInfo();
  modVal(I, sys, 'version_info', I.incref(vi));
  modVal(I, sys, 'hexversion', int(HEXVERSION));
  modVal(I, sys, 'api_version', int(1013));
  modVal(I, sys, 'platform', str('linux'));
  modVal(I, sys, 'float_repr_style', str('short'));

  // sys.implementation: a types.SimpleNamespace
  const tNs = newExtType(I, 'SimpleNamespace', K.Object, { basicSize: 24, gc: true, weakrefable: false });
  const fields: [string, Handle][] = [['name', str('cpython')], ['cache_tag', str('cpython-311')], ['version', vi], ['hexversion', int(HEXVERSION)], ['_multiarch', str('x86_64-linux-gnu')]];
  const impl = I.alloc(tNs, K.Object, { fields }, fields.length);
  fields.forEach(([, v], i) => I.mem.putSlot(impl, i, v));
  tNs.ext = {
    getattr: (h, name) => {
      const f = (I.pv[h] as { fields: [string, Handle][] }).fields.find(([n]) => n === name);
      return f ? I.incref(f[1]) : -1;
    },
    repr: (h) => `namespace(${(I.pv[h] as { fields: [string, Handle][] }).fields.map(([n, v]) => `${n}=${I.repr(v)}`).join(', ')})`,
  };
  modVal(I, sys, 'implementation', impl);

  modVal(I, sys, 'hash_info', newStructSeq(I, 'sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    [int(64), int(2n ** 61n - 1n), int(314159), int(0), int(1000003), str('siphash13'), int(64), int(128), int(0)]));
  const flt = (x: number): Handle => I.newFloat(x);
  modVal(I, sys, 'float_info', newStructSeq(I, 'sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [flt(Number.MAX_VALUE), int(1024), int(308), flt(2.2250738585072014e-308), int(-1021), int(-307), int(15), int(53), flt(Number.EPSILON), int(2), int(1)]));
  modVal(I, sys, 'int_info', newStructSeq(I, 'sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    [int(30), int(4), int(4300), int(640)]));
  const flagNames = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose',
    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'];
  // the differential corpus runs python3 with PYTHONHASHSEED=0 (no hash randomization)
  modVal(I, sys, 'flags', newStructSeq(I, 'sys.flags', flagNames, flagNames.map((n) =>
    n === 'dev_mode' || n === 'safe_path' ? I.newBool(false) : n === 'int_max_str_digits' ? int(-1) : int(0))));
}
