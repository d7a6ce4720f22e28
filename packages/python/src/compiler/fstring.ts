// Code generation for f-strings: FORMAT_VALUE with conversions and format specs, then
// BUILD_STRING. Mirrors Python/compile.c (compiler_joined_str, compiler_formatted_value).
import type { Expr } from '../parser/ast.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Compiler, E, Scope, ExprTable } from './compile.js';

/** f-strings, merged into Compiler. */
export const fstringOps = {
  fstring(this: Compiler, e: Extract<Expr, { t: 'FString' }>, sc: Scope): E {
    const I = this.I;
    const parts = e.parts.map((p) => {
      if (typeof p === 'string') {
        const h = this.useConst(sc.code, { k: 'str', v: p });
        return (): Handle => I.incref(h);
      }
      const v = this.expr(p.expr, sc);
      const conv = p.conv;
      return (f: Frame): Handle => {
        const h = v(f);
        if (conv === null && I.kind[h] === K.Str) return h;
        try {
          return I.newStr(conv === 'r' ? I.repr(h) : I.str(h));
        } finally {
          I.decref(h);
        }
      };
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
};

/** The methods of `fstringOps`, merged into Compiler. */
export type FstringOps = typeof fstringOps;

/** Code generation of expressions of this family, by node kind. */
export const fstringExprs: ExprTable = {
  FString: (c, e, sc) => c.fstring(e, sc),
};
