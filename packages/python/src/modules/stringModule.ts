// The string module: its constant strings, capwords, Template ($-substitution with the default
// delimiter and idpattern) and Formatter (format/vformat through str.format). Template and
// Formatter are Python classes in Lib/string.py; here they are static types whose instances have
// the size of a plain class's (56 bytes): subclasses overriding delimiter or pattern are not modelled.
// Mirrors Lib/string.py.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';
import { keyError } from '../objects/exceptions.js';

/** Template.pattern with its defaults: escaped `$$`, named `$id`, braced `${id}`, or an invalid `$` (ASCII ids, any case). */
const TEMPLATE_PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;

/** Template._invalid's message: the line and column of the character after the bad `$`. */
function invalidPlaceholder(template: string, i: number): PyException {
  const lines = template.slice(0, i).split(/(?<=\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029](?!(?<=\r)\n))/);
  const last = lines.length ? lines[lines.length - 1] : '';
  const lineno = i === 0 ? 1 : lines.length;
  const colno = i === 0 ? 1 : i - (template.slice(0, i).length - last.length);
  return new PyException('ValueError', `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

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

  installTemplate(I, m);
  installFormatter(I, m);
}

interface TemplateData {
  template: Handle;
}

/** string.Template: the template str (slot 0), substitute, safe_substitute, get_identifiers, is_valid. */
function installTemplate(I: Interp, m: Handle): void {
  const { te } = argKit(I);
  const t = newExtType(I, 'Template', K.Object, { basicSize: 40, gc: true, weakrefable: true });
  const text = (h: Handle): string => {
    const d = I.pv[h] as TemplateData | undefined;
    if (d?.template === undefined) throw te(`descriptor requires a 'Template' object but received a '${I.ty[h].name}'`);
    return I.kind[d.template] === K.Str ? (I.pv[d.template] as string) : I.str(d.template);
  };
  I.constructors.set(t, (_t, args, kw) => {
    const v = args.length ? args[0] : kw?.get('template');
    if (v === undefined || args.length + (kw?.size ?? 0) !== 1) throw te(`Template.__init__() ${v === undefined ? "missing 1 required positional argument: 'template'" : `takes 2 positional arguments but ${args.length + 1} were given`}`);
    const h = I.alloc(t, K.Object, { template: I.incref(v) } satisfies TemplateData, 1);
    I.mem.putSlot(h, 0, v);
    return h;
  });
  t.ext = {
    getattr: (self, name) => {
      if (name === 'template') return I.incref((I.pv[self] as TemplateData).template);
      if (name === 'delimiter') return I.newStr('$');
      if (name === 'idpattern') return I.newStr('(?a:[_a-z][_a-z0-9]*)');
      if (name === 'braceidpattern') return I.none();
      return -1;
    },
    repr: (self) => `<string.Template object at ${I.addr(self)}>`,
  };
  // mapping=None, /, **kws: the keywords win over the mapping (ChainMap(kws, mapping))
  const lookup = (a: Handle[], kw: Map<string, Handle> | null, fn: string): ((name: string) => Handle) => {
    if (a.length > 2) throw te(`Template.${fn}() takes from 1 to 2 positional arguments but ${a.length} were given`);
    const mapping = a.length > 1 ? a[1] : -1;
    return (name) => {
      const v = kw?.get(name);
      if (v !== undefined) return I.incref(v);
      const key = I.newStr(name);
      try {
        if (mapping < 0) throw keyError(I, key);
        return I.getitem(mapping, key);
      } finally {
        I.decref(key);
      }
    };
  };
  const substitute = (a: Handle[], kw: Map<string, Handle> | null, safe: boolean): Handle => {
    const tpl = text(a[0]);
    const get = lookup(a, kw, safe ? 'safe_substitute' : 'substitute');
    let out = '';
    let last = 0;
    for (const mo of tpl.matchAll(TEMPLATE_PATTERN)) {
      const at = mo.index;
      out += tpl.slice(last, at);
      last = at + mo[0].length;
      const named = mo[2] ?? mo[3];
      if (mo[1] !== undefined) out += '$';
      else if (named !== undefined) {
        let v: Handle;
        try {
          v = get(named);
        } catch (e) {
          if (safe && e instanceof PyException && e.pyType === 'KeyError') {
            out += mo[0];
            continue;
          }
          throw e;
        }
        try {
          out += I.str(v);
        } finally {
          I.decref(v);
        }
      } else if (safe) out += mo[0];
      else throw invalidPlaceholder(tpl, at + 1);
    }
    return I.newStr(out + tpl.slice(last));
  };
  t.methods.set('substitute', (a, kw) => substitute(a, kw, false));
  t.methods.set('safe_substitute', (a, kw) => substitute(a, kw, true));
  t.methods.set('get_identifiers', (a) => {
    const ids: string[] = [];
    for (const mo of text(a[0]).matchAll(TEMPLATE_PATTERN)) {
      const named = mo[2] ?? mo[3];
      if (named !== undefined && !ids.includes(named)) ids.push(named);
    }
    return I.newList(ids.map((id) => I.newStr(id)));
  });
  t.methods.set('is_valid', (a) => {
    for (const mo of text(a[0]).matchAll(TEMPLATE_PATTERN)) if (mo[4] !== undefined) return I.newBool(false);
    return I.newBool(true);
  });
  modVal(I, m, 'Template', I.incref(t.h));
}

/** string.Formatter: format(format_string, *args, **kwargs) and vformat(format_string, args, kwargs), as str.format does them. */
function installFormatter(I: Interp, m: Handle): void {
  const { te } = argKit(I);
  const t = newExtType(I, 'Formatter', K.Object, { basicSize: 40, gc: true, weakrefable: true });
  I.constructors.set(t, (_t, args, kw) => {
    if (args.length || kw?.size) throw te('Formatter() takes no arguments');
    return I.alloc(t, K.Object, {}, 0);
  });
  t.ext = { repr: (self) => `<string.Formatter object at ${I.addr(self)}>` };
  const format = (fmt: Handle, args: Handle[], kw: Map<string, Handle> | null): Handle => {
    if (I.kind[fmt] !== K.Str) throw te(`descriptor 'format' for 'str' objects doesn't apply to a '${I.ty[fmt].name}' object`);
    return I.callMethod(I.incref(fmt), 'format', args.map((x) => I.incref(x)), kw && new Map([...kw].map(([k, v]) => [k, I.incref(v)])));
  };
  t.methods.set('format', (a, kw) => {
    if (a.length < 2) throw te("Formatter.format() missing 1 required positional argument: 'format_string'");
    return format(a[1], a.slice(2), kw);
  });
  t.methods.set('vformat', (a) => {
    if (a.length !== 4) throw te(`Formatter.vformat() takes 4 positional arguments but ${a.length} were given`);
    const args: Handle[] = [];
    const it = I.iter(a[2]);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        args.push(x);
      }
    } finally {
      I.decref(it);
    }
    const kw = new Map<string, Handle>();
    const d = I.kind[a[3]] === K.Dict ? I.dict(a[3]) : null;
    if (d === null) throw te('vformat() argument 3 must be a mapping (a dict)');
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0 && I.kind[d.keys[i]] === K.Str) kw.set(I.pv[d.keys[i]] as string, d.vals[i]);
    try {
      return format(a[1], args, kw);
    } finally {
      for (const x of args) I.decref(x);
    }
  });
  modVal(I, m, 'Formatter', I.incref(t.h));
}
