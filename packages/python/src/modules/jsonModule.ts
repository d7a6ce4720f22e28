// The json module: its TypeScript core (the _json accelerator's work: _encode for
// JSONEncoder.encode, _scan for JSONDecoder.raw_decode, the whitespace skip, the NaN/Infinity
// floats parse_constant hands out), then its Python layer (jsonSource.ts) run in the module's
// dict. Start at installJson. Mirrors Modules/_json.c and Lib/json/.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { raiseObject } from '../objects/exceptions.js';
import { newModule, modFn, modVal } from './import.js';
import { execModuleSource } from './pySource.js';
import { encodeJson, encodeString, type EncodeOptions } from './jsonEncode.js';
import { JsonError, scanJson, type DecodeHooks } from './jsonDecode.js';
import { JSON_FILENAME, JSON_PY } from './jsonSource.js';

/** Creates the json module. */
export function installJson(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'json', true);
  const dict = (I.pv[m] as { dict: Handle }).dict;
  const attr = (h: Handle, name: string): Handle => {
    const v = I.getattr(h, name);
    I.decref(v);
    // borrowed: the encoder/decoder object keeps its attributes alive for the call
    return v;
  };
  const strArg = (h: Handle, what: string): string => {
    if (I.kind[h] !== K.Str) throw te(`${what} must be str, not ${I.ty[h].name}`);
    return I.pv[h] as string;
  };

  /** JSONDecodeError(msg, doc, pos) raised from a scanner error. */
  const decodeError = (e: JsonError, doc: Handle): PyException => {
    const cls = I.dictGetStr(dict, 'JSONDecodeError');
    const exc = I.call(I.incref(cls), [I.newStr(e.msg), I.incref(doc), I.newInt(e.pos)], null);
    return raiseObject(I, exc);
  };

  modFn(I, m, '_encode', (a) => {
    if (a.length !== 2) throw te(`_encode() takes 2 arguments (${a.length} given)`);
    const [enc, o] = a;
    const indentH = attr(enc, 'indent');
    let indent: string | null = null;
    if (indentH !== I.None) {
      if (I.kind[indentH] === K.Str) indent = I.pv[indentH] as string;
      else if (I.kind[indentH] === K.Int || I.kind[indentH] === K.Bool) indent = ' '.repeat(Math.max(0, Number(I.pv[indentH])));
      else throw te(`can't multiply sequence by non-int of type '${I.ty[indentH].name}'`);
    }
    const ensureAscii = I.truthy(attr(enc, 'ensure_ascii'));
    // encode(): a str is escaped at once, without the encoder's machinery
    if (I.kind[o] === K.Str) return I.newStr(encodeString(I.pv[o] as string, ensureAscii));
    const defaultFn = I.getattr(enc, 'default');
    try {
      const opts: EncodeOptions = {
        skipkeys: I.truthy(attr(enc, 'skipkeys')),
        ensureAscii,
        checkCircular: I.truthy(attr(enc, 'check_circular')),
        allowNan: I.truthy(attr(enc, 'allow_nan')),
        sortKeys: I.truthy(attr(enc, 'sort_keys')),
        indent,
        itemSeparator: strArg(attr(enc, 'item_separator'), 'item_separator'),
        keySeparator: strArg(attr(enc, 'key_separator'), 'key_separator'),
        defaultFn,
      };
      return I.newStr(encodeJson(I, o, opts));
    } finally {
      I.decref(defaultFn);
    }
  });

  // decoder.py's NaN, PosInf, NegInf: the floats every parse of those constants returns
  const constants = { NaN: I.newFloat(NaN), Infinity: I.newFloat(Infinity), '-Infinity': I.newFloat(-Infinity) };
  modFn(I, m, '_scan', (a) => {
    if (a.length !== 3) throw te(`_scan() takes 3 arguments (${a.length} given)`);
    const [dec, doc, idxH] = a;
    const s = strArg(doc, 'the JSON document');
    if (I.kind[idxH] !== K.Int) throw te(`'${I.ty[idxH].name}' object cannot be interpreted as an integer`);
    const idx = Number(I.pv[idxH]);
    if (idx < 0) throw new PyException('ValueError', 'idx cannot be negative');
    const hook = (name: string, builtin?: Handle): Handle => {
      const v = attr(dec, name);
      return v === I.None || (builtin !== undefined && v === builtin) ? -1 : v;
    };
    const hooks: DecodeHooks = {
      objectHook: hook('object_hook'),
      objectPairsHook: hook('object_pairs_hook'),
      parseFloat: hook('parse_float', I.tFloat.h),
      parseInt: hook('parse_int', I.tInt.h),
      parseConstant: hook('parse_constant'),
      constants,
      strict: I.truthy(attr(dec, 'strict')),
    };
    try {
      const [v, end] = scanJson(I, s, idx, hooks);
      return I.newTuple([v, I.newInt(end)]);
    } catch (e) {
      if (e instanceof JsonError) throw decodeError(e, doc);
      throw e;
    }
  });
  modFn(I, m, '_ws_end', (a) => {
    const s = strArg(a[0], 'the JSON document');
    let i = Number(I.pv[a[1]]);
    while (i < s.length && ' \t\n\r'.includes(s[i])) i++;
    return I.newInt(i);
  });
  modVal(I, m, '__version__', I.newStr('2.0.9'));
  execModuleSource(I, m, JSON_FILENAME, JSON_PY);
}
