// Int (and bool) arithmetic with CPython's results and errors. Mirrors Objects/longobject.c
// (long_add, long_div, long_pow, ...) and the bool operators of Objects/boolobject.c.
import type { Handle } from '../mem.js';
import * as N from '../numbers.js';
import type { Interp } from '../interp.js';

/** Int arithmetic, merged into Interp. */
export const intOps = {
  intOp(this: Interp, op: string, x: N.PyIntValue, y: N.PyIntValue, bothBool: boolean): Handle {
    try {
      switch (op) {
        case '+':
          return this.newInt(N.intAdd(x, y));
        case '-':
          return this.newInt(N.intSub(x, y));
        case '*':
          return this.newInt(N.intMul(x, y));
        case '//':
          return this.newInt(N.intFloorDiv(x, y));
        case '%':
          return this.newInt(N.intMod(x, y));
        case '/':
          return this.newFloat(N.intTrueDiv(x, y));
        case '**': {
          const r = N.intPow(x, y);
          return 'int' in r ? this.newInt(r.int) : this.newFloat(r.float);
        }
        case '<<': {
          if (y < 0) throw this.err('ValueError', 'negative shift count');
          return this.newInt(N.normInt(BigInt(x) << BigInt(y)));
        }
        case '>>': {
          if (y < 0) throw this.err('ValueError', 'negative shift count');
          return this.newInt(N.normInt(BigInt(x) >> BigInt(y)));
        }
        case '&':
          return bothBool ? this.newBool(!!(Number(x) & Number(y))) : this.newInt(N.normInt(BigInt(x) & BigInt(y)));
        case '|':
          return bothBool ? this.newBool(!!(Number(x) | Number(y))) : this.newInt(N.normInt(BigInt(x) | BigInt(y)));
        case '^':
          return bothBool ? this.newBool(!!(Number(x) ^ Number(y))) : this.newInt(N.normInt(BigInt(x) ^ BigInt(y)));
      }
    } catch (e) {
      throw this.arith(e);
    }
    throw this.typeError(`unsupported operand type(s) for ${op}: 'int' and 'int'`);
  },
};

/** The methods of `intOps`, merged into Interp. */
export type IntOps = typeof intOps;
