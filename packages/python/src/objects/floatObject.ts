// Float arithmetic with CPython's results and errors. Mirrors Objects/floatobject.c
// (float_add, float_div, float_rem, float_pow).
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import type { Interp } from '../interp.js';
import { ComplexError, cPow } from './complexObject.js';

/** Float arithmetic, merged into Interp. */
export const floatOps = {
  floatOp(this: Interp, op: string, x: number, y: number): Handle {
    switch (op) {
      case '+':
        return this.newFloat(x + y);
      case '-':
        return this.newFloat(x - y);
      case '*':
        return this.newFloat(x * y);
      case '/':
        return this.newFloat(N.floatTrueDiv(x, y));
      case '//':
        return this.newFloat(N.floatFloorDiv(x, y));
      case '%':
        return this.newFloat(N.floatMod(x, y));
      case '**':
        // float_pow: a negative base to a non-integral power is complex_pow's
        if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
          try {
            const r = cPow({ re: x, im: 0 }, { re: y, im: 0 });
            return this.newComplex(r.re, r.im);
          } catch (e) {
            if (e instanceof ComplexError) throw this.err(e.pyType, e.message);
            throw e;
          }
        }
        return this.newFloat(N.floatPow(x, y));
    }
    throw this.typeError(`unsupported operand type(s) for ${op}: 'float' and 'float'`);
  },
};

/** The methods of `floatOps`, merged into Interp. */
export type FloatOps = typeof floatOps;
