// The random module: the Mersenne Twister of _random.Random (init_by_array seeding from an int's
// 32-bit words, genrand_res53, getrandbits) and the methods random.py builds on it (randbelow,
// randrange, randint, choice, shuffle, sample, choices, uniform, gauss, normalvariate,
// expovariate, triangular; str/bytes seeds through sha512), bound to a hidden instance as
// the module's functions. Mirrors Modules/_randommodule.c and Lib/random.py.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import type { PyIntValue } from '../numbers.js';
import { K, type ByteArrayData, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modVal } from './import.js';
import { newExtType } from './extType.js';
import { sha512 } from './sha512.js';

const N = 624;
const M = 397;

/** The generator state of one Random object (624 words and the index). */
export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;
  /** random.py's gauss_next: the second normal deviate of the last pair gauss() made, or null. */
  gaussNext: number | null = null;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: the key is the seed's absolute value as little-endian 32-bit words. */
  seedArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.index = N;
    this.gaussNext = null;
  }

  seedInt(n: bigint): void {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.seedArray(key);
  }

  /** genrand_uint32. */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** genrand_res53: a float in [0, 1) from 53 random bits. */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k): words from the least significant up, the last one's low bits dropped. */
  getrandbits(k: number): bigint {
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    let r = 0n;
    for (let i = 0, left = k; left > 0; i++, left -= 32) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << BigInt(32 * i);
    }
    return r;
  }

  /** _randbelow_with_getrandbits. */
  randbelow(n: bigint): bigint {
    if (n === 0n) return 0n;
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

/** _Py_HashDouble as an exact bigint (the value mod 2**61 - 1, signed; inf 314159). */
function floatHash(x: number): bigint {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0n : x > 0 ? 314159n : -314159n;
  const P = (1n << 61n) - 1n;
  let a = Math.abs(x), e = 0;
  while (!Number.isInteger(a)) { a *= 2; e--; }
  let h = BigInt(a) % P;
  const sh = ((e % 61) + 61) % 61;
  h = (h << BigInt(sh)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** Creates the random module (and its Random type). */
export function installRandom(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'random', true);
  // random.Random: _random.Random's 2520-byte object plus the Python subclass's dict (sizeof 2560)
  const tRandom: PyType = newExtType(I, 'Random', K.Object, { basicSize: 2544, gc: true, weakrefable: true });
  const stateOf = (h: Handle): MersenneTwister => {
    const s = I.pv[h] as { mt?: MersenneTwister } | undefined;
    if (!s?.mt) throw te(`descriptor requires a 'Random' object but received a '${I.ty[h].name}'`);
    return s.mt;
  };
  const index = (h: Handle): bigint => {
    if (I.kind[h] === K.Int || I.kind[h] === K.Bool) return BigInt(I.pv[h] as PyIntValue);
    throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
  };
  const seed = (mt: MersenneTwister, v: Handle | undefined): void => {
    if (v === undefined || v === I.None) {
      const key: number[] = [];
      for (let i = 0; i < 8; i++) key.push((Math.random() * 2 ** 32) >>> 0);
      mt.seedArray(key);
      return;
    }
    if (I.kind[v] === K.Int || I.kind[v] === K.Bool) return mt.seedInt(BigInt(I.pv[v] as PyIntValue));
    if (I.kind[v] === K.Float) {
      // random_seed: PyObject_Hash(arg) as a size_t
      const h = floatHash(I.pv[v] as number);
      return mt.seedInt(h < 0n ? h + 2n ** 64n : h);
    }
    if (I.kind[v] === K.Str || I.kind[v] === K.Bytes || I.kind[v] === K.ByteArray) {
      // random.seed version 2: int.from_bytes(a + sha512(a).digest()), a = the str's UTF-8
      const bytes = I.kind[v] === K.Str ? new TextEncoder().encode(I.pv[v] as string)
        : Uint8Array.from(I.kind[v] === K.Bytes ? (I.pv[v] as string) : (I.pv[v] as ByteArrayData).s, (c) => c.charCodeAt(0));
      let n = 0n;
      for (const b of [...bytes, ...sha512(bytes)]) n = (n << 8n) | BigInt(b);
      return mt.seedInt(n);
    }
    throw te('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  };
  const newRandom = (seedArg: Handle | undefined): Handle => {
    const mt = new MersenneTwister();
    seed(mt, seedArg);
    return I.alloc(tRandom, K.Object, { mt }, 0);
  };
  I.constructors.set(tRandom, (_t, args) => {
    if (args.length > 1) throw te(`Random() takes at most 1 argument (${args.length} given)`);
    return newRandom(args[0]);
  });
  const int = (v: bigint): Handle => I.newInt(v);
  const randrange = (mt: MersenneTwister, a: Handle[]): bigint => {
    if (a.length < 1 || a.length > 3) throw te(`randrange() takes from 2 to 4 positional arguments but ${a.length + 1} were given`);
    const start = index(a[0]);
    if (a.length === 1 || a[1] === I.None) {
      if (start > 0n) return mt.randbelow(start);
      throw new PyException('ValueError', 'empty range for randrange()');
    }
    const stop = index(a[1]);
    const step = a.length > 2 ? index(a[2]) : 1n;
    const width = stop - start;
    if (step === 1n) {
      if (width > 0n) return start + mt.randbelow(width);
      throw new PyException('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: bigint;
    const fdiv = (x: bigint, y: bigint): bigint => {
      const q = x / y;
      return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
    };
    if (step > 0n) n = fdiv(width + step - 1n, step);
    else if (step < 0n) n = fdiv(width + step + 1n, step);
    else throw new PyException('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new PyException('ValueError', 'empty range for randrange()');
    return start + step * mt.randbelow(n);
  };
  const meth = (name: string, fn: (mt: MersenneTwister, a: Handle[], kw: Map<string, Handle> | null) => Handle): void => {
    tRandom.methods.set(name, (a, kw) => fn(stateOf(a[0]), a.slice(1), kw));
  };
  meth('seed', (mt, a) => (seed(mt, a[0]), I.none()));
  meth('random', (mt) => I.newFloat(mt.random()));
  meth('getrandbits', (mt, a) => {
    const k = Number(index(a[0]));
    if (k < 0) throw new PyException('ValueError', 'number of bits must be non-negative');
    return k === 0 ? I.newInt(0) : int(mt.getrandbits(k));
  });
  meth('randrange', (mt, a) => int(randrange(mt, a)));
  meth('randint', (mt, a) => {
    if (a.length !== 2) throw te(`Random.randint() missing ${2 - a.length} required positional argument${a.length === 1 ? '' : 's'}`);
    const b = I.newInt(index(a[1]) + 1n);
    try {
      return int(randrange(mt, [a[0], b]));
    } finally {
      I.decref(b);
    }
  });
  meth('uniform', (mt, a) => {
    const lo = I.real(a[0]), hi = I.real(a[1]);
    if (lo === null || hi === null) throw te('unsupported operand type(s) for -');
    const x = Number(lo), y = Number(hi);
    return I.newFloat(x + (y - x) * mt.random());
  });
  meth('choice', (mt, a) => {
    const n = I.len(a[0]);
    if (n === 0) throw new PyException('IndexError', 'Cannot choose from an empty sequence');
    const k = I.newInt(mt.randbelow(BigInt(n)));
    try {
      return I.getitem(a[0], k);
    } finally {
      I.decref(k);
    }
  });
  meth('shuffle', (mt, a) => {
    const x = a[0];
    for (let i = I.len(x) - 1; i >= 1; i--) {
      const j = Number(mt.randbelow(BigInt(i + 1)));
      const hi = I.newInt(i), hj = I.newInt(j);
      const vi = I.getitem(x, hi), vj = I.getitem(x, hj);
      I.setitem(x, hi, vj);
      I.setitem(x, hj, vi);
      for (const h of [hi, hj, vi, vj]) I.decref(h);
    }
    return I.none();
  });
  meth('sample', (mt, a, kw) => {
    const pop = a[0];
    const kh = a.length > 1 ? a[1] : kw?.get('k');
    if (kh === undefined) throw te("Random.sample() missing 1 required positional argument: 'k'");
    if (![K.List, K.Tuple, K.Str, K.Range].includes(I.kind[pop])) throw te('Population must be a sequence.  For dicts or sets, use sorted(d).');
    const n = I.len(pop);
    const k = Number(index(kh));
    if (k < 0 || k > n) throw new PyException('ValueError', 'Sample larger than population or is negative');
    const at = (i: number): Handle => {
      const ih = I.newInt(i);
      try {
        return I.getitem(pop, ih);
      } finally {
        I.decref(ih);
      }
    };
    const out: Handle[] = [];
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool: number[] = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = Number(mt.randbelow(BigInt(n - i)));
        out.push(at(pool[j]));
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(mt.randbelow(BigInt(n)));
        while (selected.has(j)) j = Number(mt.randbelow(BigInt(n)));
        selected.add(j);
        out.push(at(j));
      }
    }
    return I.newList(out);
  });
  meth('choices', (mt, a, kw) => {
    const pop = a[0];
    const n = I.len(pop);
    const kh = kw?.get('k');
    const k = kh === undefined ? 1 : Number(index(kh));
    const weights = a.length > 1 ? a[1] : kw?.get('weights');
    const cum = kw?.get('cum_weights');
    const out: Handle[] = [];
    const pick = (i: number): void => {
      const ih = I.newInt(i);
      out.push(I.getitem(pop, ih));
      I.decref(ih);
    };
    if ((weights === undefined || weights === I.None) && cum === undefined) {
      if (n === 0) throw new PyException('IndexError', 'Cannot choose from an empty sequence');
      for (let i = 0; i < k; i++) pick(Math.floor(mt.random() * n));
      return I.newList(out);
    }
    const cw: number[] = [];
    const src = cum ?? weights!;
    const it = I.iter(src);
    let acc = 0;
    for (let x = I.next(it); x >= 0; x = I.next(it)) {
      const v = Number(I.real(x));
      I.decref(x);
      acc = cum ? v : acc + v;
      cw.push(acc);
    }
    I.decref(it);
    if (cw.length !== n) throw new PyException('ValueError', 'The number of weights does not match the population');
    const total = cw[n - 1] + 0.0;
    if (total <= 0) throw new PyException('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyException('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) {
      const x = mt.random() * total;
      let lo = 0, hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x < cw[mid]) hi = mid;
        else lo = mid + 1;
      }
      pick(lo);
    }
    return I.newList(out);
  });

  // the distributions of random.py that build on random() (same formulas, same draw order)
  const real = (h: Handle | undefined, dflt: number): number => {
    if (h === undefined) return dflt;
    const r = I.real(h);
    if (r === null) throw te(`must be real number, not ${I.ty[h].name}`);
    return Number(r);
  };
  const arg = (a: Handle[], kw: Map<string, Handle> | null, i: number, name: string): Handle | undefined => (a.length > i ? a[i] : kw?.get(name));
  // normalvariate's Kinderman-Monahan ratio-of-uniforms loop (lognormvariate draws the same way)
  const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
  const normal = (mt: { random(): number }): number => {
    for (;;) {
      const u1 = mt.random();
      const u2 = 1.0 - mt.random();
      const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4.0 <= -Math.log(u2)) return z;
    }
  };
  meth('gauss', (mt, a, kw) => {
    const mu = real(arg(a, kw, 0, 'mu'), 0), sigma = real(arg(a, kw, 1, 'sigma'), 1);
    let z = mt.gaussNext;
    mt.gaussNext = null;
    if (z === null) {
      const x2pi = mt.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mt.random()));
      z = Math.cos(x2pi) * g2rad;
      mt.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return I.newFloat(mu + z * sigma);
  });
  meth('normalvariate', (mt, a, kw) => {
    const mu = real(arg(a, kw, 0, 'mu'), 0), sigma = real(arg(a, kw, 1, 'sigma'), 1);
    return I.newFloat(mu + normal(mt) * sigma);
  });
  meth('expovariate', (mt, a, kw) => {
    const lambd = real(arg(a, kw, 0, 'lambd'), 1);
    const u = mt.random();
    if (lambd === 0) throw new PyException('ZeroDivisionError', 'float division by zero');
    return I.newFloat(-Math.log(1.0 - u) / lambd);
  });
  meth('triangular', (mt, a, kw) => {
    let low = real(arg(a, kw, 0, 'low'), 0), high = real(arg(a, kw, 1, 'high'), 1);
    const modeH = arg(a, kw, 2, 'mode');
    let u = mt.random();
    const noMode = modeH === undefined || modeH === I.None;
    // (mode - low) / (high - low) raises ZeroDivisionError, and triangular returns low itself
    if (!noMode && high === low) return a.length > 0 || kw?.has('low') ? I.incref(arg(a, kw, 0, 'low')!) : I.newFloat(0);
    let c = noMode ? 0.5 : (real(modeH, 0) - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return I.newFloat(low + (high - low) * Math.sqrt(u * c));
  });

  meth('lognormvariate', (mt, a, kw) => {
    const mu = real(arg(a, kw, 0, 'mu'), 0), sigma = real(arg(a, kw, 1, 'sigma'), 1);
    return I.newFloat(Math.exp(mu + normal(mt) * sigma));
  });
  meth('paretovariate', (mt, a, kw) => {
    const alpha = real(arg(a, kw, 0, 'alpha'), 1);
    const u = 1.0 - mt.random();
    return I.newFloat(u ** (-1.0 / alpha));
  });
  meth('weibullvariate', (mt, a, kw) => {
    const alpha = real(arg(a, kw, 0, 'alpha'), 1), beta = real(arg(a, kw, 1, 'beta'), 1);
    const u = 1.0 - mt.random();
    return I.newFloat(alpha * (-Math.log(u)) ** (1.0 / beta));
  });
  meth('randbytes', (mt, a) => {
    // getrandbits(n * 8).to_bytes(n, 'little')
    const n = Number(index(a[0]));
    if (n < 0) throw new PyException('ValueError', 'number of bits must be non-negative');
    let v = n === 0 ? 0n : mt.getrandbits(n * 8);
    let out = '';
    for (let i = 0; i < n; i++, v >>= 8n) out += String.fromCharCode(Number(v & 0xffn));
    return I.newBytes(out);
  });
  // getstate: (VERSION, the 624 words and the index, gauss_next); setstate takes versions 2 and 3
  meth('getstate', (mt) => {
    const words = I.newTuple([...Array.from(mt.mt, (w) => I.newInt(w)), I.newInt(mt.index)]);
    return I.newTuple([I.newInt(3), words, mt.gaussNext === null ? I.none() : I.newFloat(mt.gaussNext)]);
  });
  meth('setstate', (mt, a) => {
    const st = a[0];
    if (a.length !== 1) throw te(`Random.setstate() takes 2 positional arguments but ${a.length + 1} were given`);
    if (I.kind[st] !== K.Tuple) throw te('state vector must be a tuple');
    const [versionH, internal, gauss] = I.pv[st] as Handle[];
    const version = I.kind[versionH] === K.Int ? Number(I.pv[versionH]) : NaN;
    if (version !== 3 && version !== 2) throw new PyException('ValueError', `state with version ${I.repr(versionH)} passed to Random.setstate() of version 3`);
    if (I.kind[internal] !== K.Tuple) throw te('state vector must be a tuple');
    const items = I.pv[internal] as Handle[];
    if (items.length !== N + 1) throw new PyException('ValueError', 'state vector is the wrong size');
    const words = items.map((h) => {
      if (I.kind[h] !== K.Int && I.kind[h] !== K.Bool) throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
      const v = BigInt(I.pv[h] as number | bigint);
      return version === 2 ? v % 2n ** 32n : v;
    });
    const idx = Number(words[N]);
    if (idx < 0 || idx > N) throw new PyException('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) mt.mt[i] = Number(BigInt.asUintN(32, words[i]));
    mt.index = idx;
    mt.gaussNext = gauss === undefined || gauss === I.None ? null : Number(I.real(gauss));
    return I.none();
  });

  modVal(I, m, 'Random', I.incref(tRandom.h));
  const inst = newRandom(undefined);
  for (const name of tRandom.methods.keys()) {
    modVal(I, m, name, I.newBuiltin(name, tRandom.methods.get(name)!, inst));
  }
  modVal(I, m, '_inst', inst);
}
