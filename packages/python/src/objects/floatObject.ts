// Float arithmetic with CPython's results and errors. Mirrors Objects/floatobject.c
// (float_add, float_div, float_rem, float_pow).
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import type { Interp } from '../interp.js';

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
        return this.newFloat(N.floatPow(x, y));
    }
    throw this.typeError(`unsupported operand type(s) for ${op}: 'float' and 'float'`);
  },
};

/** The methods of `floatOps`, merged into Interp. */
export type FloatOps = typeof floatOps;
