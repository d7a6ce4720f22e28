// Hashing: the JS Map key that makes equal Python values one dict/set key (1 == 1.0 == True),
// the TypeError for unhashable objects, and hash() with CPython's values (ints modulo 2**61-1,
// the xxHash-based tuplehash, _Py_HashDouble, _Py_HashPointer). Mirrors Python/pyhash.c,
// Objects/tupleobject.c (tuplehash) and Objects/object.c (PyObject_Hash).
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K, type RangeData, type SetData, type Space } from '../objects.js';
import type { Interp } from '../interp.js';
import { rangeHash, rangeKey } from './rangeObject.js';
import { complexHash, floatHashBig, type Cx } from './complexObject.js';

/** hash() and dict/set keys, merged into Space. */
export const hashOps = {
  // ---------------------------------------------------------------- hashing (dict/set keys)
  /** A JS Map key equal for equal Python values; throws TypeError for unhashable objects. */
  hashKey(this: Space, h: Handle): unknown {
    switch (this.kind[h]) {
      case K.Int: {
        const v = this.pv[h] as PyIntValue;
        return typeof v === 'number' ? v : `i${v}`;
      }
      case K.Bool:
        return this.pv[h] as number;
      case K.Float: {
        const v = this.pv[h] as number;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return `i${BigInt(v)}`;
        return v;
      }
      case K.Complex: {
        const c = this.pv[h] as { re: number; im: number };
        // equal to a float or int when the imaginary part is 0 (1+0j == 1.0 == 1)
        if (c.im === 0) return Number.isInteger(c.re) && !Number.isSafeInteger(c.re) ? `i${BigInt(c.re)}` : c.re;
        return `c${c.re},${c.im === 0 ? 0 : c.im}`;
      }
      case K.Str:
        return `s${this.pv[h] as string}`;
      case K.Bytes:
        return `y${this.pv[h] as string}`;
      case K.Tuple: {
        const items = this.pv[h] as Handle[];
        let s = 't(';
        for (const it of items) {
          const k = this.hashKey(it);
          s += typeof k === 'number' ? `n${k}` : (k as string);
          s += '\u0000,';
        }
        return `${s})`;
      }
      case K.FrozenSet: {
        const d = this.pv[h] as SetData;
        const keys = [...d.idx.keys()].map((k) => (typeof k === 'number' ? `n${k}` : (k as string))).sort();
        return `F{${keys.join('\u0000,')}}`;
      }
      case K.Range:
        return rangeKey(this.pv[h] as RangeData);
      case K.List:
      case K.Dict:
      case K.Set:
      case K.DictView:
      case K.Slice:
      case K.ByteArray:
        throw this.typeError(`unhashable type: '${this.ty[h].name}'`);
      case K.Instance: {
        const t = this.ty[h];
        if (t.userHash) return this.userHashKey(h);
        if (t.isSubtypeOf(this.tInt)) return this.hashKey(this.baseValue(h));
        return `o${h}`;
      }
      case K.Object:
        const unhashable = this.ty[h].ext?.unhashable;
        if (unhashable) throw this.typeError(typeof unhashable === 'string' ? unhashable : `unhashable type: '${this.ty[h].name}'`);
        return `o${h}`;
      default:
        return `o${h}`;
    }
  },

  /** The int/str value an instance of an int or str subclass carries. */
  baseValue(this: Space, h: Handle): Handle {
    return h;
  },

  /** CPython's hash() as a JS number (exact for ints in the safe range; approximate otherwise). */
  pyHash(this: Space, h: Handle): number {
    switch (this.kind[h]) {
      case K.Int:
      case K.Bool: {
        const v = this.pv[h] as PyIntValue;
        if (typeof v === 'number') return v === -1 ? -2 : v;
        const m = (2n ** 61n - 1n);
        let r = (v < 0n ? -v : v) % m;
        if (v < 0n) r = -r;
        return Number(r === -1n ? -2n : r);
      }
      case K.Float: {
        const v = this.pv[h] as number;
        if (Number.isInteger(v) && Number.isSafeInteger(v)) return v === -1 ? -2 : v;
        return floatHash(v);
      }
      case K.Complex:
        return Number(complexHash(this.pv[h] as Cx, this.pointerHash(h)));
      case K.Tuple: {
        return tupleHash((this.pv[h] as Handle[]).map((x) => this.pyHash(x)));
      }
      case K.FrozenSet: {
        const d = this.pv[h] as SetData;
        return frozensetHash(d.table.flatMap((x, i) => (x >= 0 ? [d.hashes[i]] : [])));
      }
      case K.Str:
      case K.Bytes: {
        const s = this.pv[h] as string;
        let x = 0x811c9dc5;
        for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619);
        return x;
      }
      default: {
        if (this.kind[h] === K.Instance && this.ty[h].userHash) return this.userHash(h);
        return this.pointerHash(h);
      }
    }
  },

  /** hash() exactly, as a 64-bit signed value (pyHash is a JS number, approximate past 2**53). */
  hashExact(this: Space, h: Handle): bigint {
    switch (this.kind[h]) {
      case K.Int: {
        const v = this.pv[h] as PyIntValue;
        if (typeof v === 'number') return BigInt(this.pyHash(h));
        const r = ((v < 0n ? -v : v) % P61) * (v < 0n ? -1n : 1n);
        return r === -1n ? -2n : r;
      }
      case K.Float:
        return floatHashBig(this.pv[h] as number, this.pointerHash(h));
      case K.Complex:
        return complexHash(this.pv[h] as Cx, this.pointerHash(h));
      case K.Range:
        return rangeHash(this as Interp, h);
      case K.Tuple:
        return tupleHashExact((this.pv[h] as Handle[]).map((x) => this.hashExact(x)));
      default:
        return BigInt(this.pyHash(h));
    }
  },

  /** _Py_HashPointer (object.__hash__): the address rotated by 4 bits. */
  pointerHash(this: Space, h: Handle): number {
    const a = this.mem.address(h);
    return Math.floor(a / 16) + (a % 16) * 2 ** 60;
  },
};

/** The methods of `hashOps`, merged into Space. */
export type HashOps = typeof hashOps;

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

const P61 = (1n << 61n) - 1n;

/** CPython 3.11's tuplehash (xxHash-based). */
function tupleHash(hashes: number[]): number {
  return Number(tupleHashExact(hashes.map((h) => BigInt(h))));
}

/** tuplehash over the items' exact hashes. */
function tupleHashExact(hashes: bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, h);
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** frozenset_hash: shuffled entry hashes xor-ed (order-free), the size, then dispersed. */
function frozensetHash(hashes: number[]): number {
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
  let acc = 0n;
  for (const h of hashes) acc ^= shuffle(BigInt.asUintN(64, BigInt(h)));
  acc ^= (BigInt(hashes.length + 1) * 1927868237n) & M64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & M64;
  if (acc === M64) return 590923713;
  return Number(BigInt.asIntN(64, acc));
}

/** _Py_HashDouble for non-integral finite floats. */
function floatHash(v: number): number {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : v > 0 ? 314159 : -314159;
  const P = (1n << 61n) - 1n;
  let m = Math.abs(v);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5 && m > 0) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & P) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= P) x -= P;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & P) | (x >> BigInt(61 - ee));
  let r = Number(v < 0 ? -x : x);
  if (r === -1) r = -2;
  return r;
}
