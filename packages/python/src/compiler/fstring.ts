// Code generation for f-strings: FORMAT_VALUE with conversions (!s !r !a) and format specs
// (constant, or built from nested fields at run time), then BUILD_STRING. Mirrors
// Python/compile.c (compiler_joined_str, compiler_formatted_value) and ceval's FORMAT_VALUE.
import type { Expr, FStringPart } from '../parser/ast.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';

/** f-strings, merged into Compiler. */
export const fstringOps = {
  fstring(this: Compiler, e: Extract<Expr, { t: 'FString' }>, sc: Scope): E {
    return this.fstringParts(e.parts, sc);
  },

  /** The str a sequence of f-string parts builds (a field alone is its FORMAT_VALUE, as CPython compiles it). */
  fstringParts(this: Compiler, partsIn: readonly FStringPart[], sc: Scope): E {
    const I = this.I;
    const parts = partsIn.map((p) => {
      if (typeof p === 'string') {
        const h = this.useConst(sc.code, { k: 'str', v: p });
        return (): Handle => I.incref(h);
      }
      return this.formatValue(p, sc);
    });
    if (parts.length === 1) return parts[0];
    if (parts.length === 0) {
      const h = this.useConst(sc.code, { k: 'str', v: '' });
      return () => I.incref(h);
    }
    return (f) => {
      const hs = this.evalAll(parts, f);
      const s = hs.map((h) => I.strOf(h)).join('');
      for (const h of hs) I.decref(h);
      return I.newStr(s);
    };
  },

  /** FORMAT_VALUE: convert (a new str), then PyObject_Format with the spec (a constant or a built str). */
  formatValue(this: Compiler, p: Exclude<FStringPart, string>, sc: Scope): E {
    const I = this.I;
    const v = this.expr(p.expr, sc);
    const conv = p.conv;
    const constSpec = p.spec === null ? '' : p.spec.every((x) => typeof x === 'string') ? p.spec.join('') : null;
    const specE = constSpec === null ? this.fstringParts(p.spec!, sc) : null;
    if (p.spec !== null && constSpec !== null) this.useConst(sc.code, { k: 'str', v: constSpec });
    return (f: Frame): Handle => {
      let h = v(f);
      if (conv !== null) {
        // !r and !s are PyObject_Repr/PyObject_Str (their objects), !a builds its text
        const converted = conv === 'r' ? I.reprObject(h) : conv === 's' ? I.strObject(h) : I.newStr(I.convertText(h, conv));
        I.decref(h);
        h = converted;
      }
      if (constSpec === '' && I.kind[h] === K.Str) return h;
      const specH = specE ? specE(f) : -1;
      try {
        return I.format(h, specH >= 0 ? (I.pv[specH] as string) : constSpec!);
      } finally {
        I.decref(h);
        if (specH >= 0) I.decref(specH);
      }
    };
  },
};

/** The methods of `fstringOps`, merged into Compiler. */
export type FstringOps = typeof fstringOps;

/** Code generation of expressions of this family, by node kind. */
export const fstringExprs: ExprTable = {
  FString: (c, e, sc) => c.fstring(e, sc),
};
