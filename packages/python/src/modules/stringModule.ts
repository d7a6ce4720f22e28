// The string module: its constant strings and capwords. Template and Formatter (classes written
// in Python in Lib/string.py, Template with a metaclass and re) are not modelled.
// Mirrors Lib/string.py.
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

/** Creates the string module. */
export function installString(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'string', true);
  const consts: [string, string][] = [
    ['whitespace', WHITESPACE], ['ascii_lowercase', LOWER], ['ascii_uppercase', UPPER], ['ascii_letters', LOWER + UPPER],
    ['digits', DIGITS], ['hexdigits', `${DIGITS}abcdefABCDEF`], ['octdigits', '01234567'], ['punctuation', PUNCT],
    ['printable', DIGITS + LOWER + UPPER + PUNCT + WHITESPACE],
  ];
  for (const [name, text] of consts) modVal(I, m, name, I.newStr(text));
  modFn(I, m, 'capwords', (a, kw) => {
    if (a.length < 1 || a.length > 2) throw te(`capwords() takes from 1 to 2 positional arguments but ${a.length} were given`);
    const s = a[0];
    if (I.kind[s] !== K.Str) throw te(`descriptor 'split' for 'str' objects doesn't apply to a '${I.ty[s].name}' object`);
    const sepH: Handle | undefined = a[1] ?? kw?.get('sep');
    const text = I.pv[s] as string;
    const cap = (w: string): string => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
    if (sepH === undefined || sepH === I.None) {
      return I.newStr(text.split(/[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0]+/).filter((w) => w !== '').map(cap).join(' '));
    }
    if (I.kind[sepH] !== K.Str) throw te(`must be str or None, not ${I.ty[sepH].name}`);
    const sep = I.pv[sepH] as string;
    return I.newStr(text.split(sep).map(cap).join(sep));
  });
}
