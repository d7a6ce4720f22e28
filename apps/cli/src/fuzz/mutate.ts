// Mutations of trace files for the fuzz campaign (`npm run fuzz`): each is a pure function of
// the input bytes and a seeded random source, so a case is reproduced from (seed, case number).
// JSON Lines events get structural damage (a field dropped, retyped, set out of range, a line
// removed, doubled or swapped) besides byte damage; binary formats (.pmt, allocator traces) get
// flipped bits, cut tails, inserted, removed, doubled or overwritten bytes and words, biased to
// the start and, for allocator traces, to the table part at the end.

/** A seeded random source. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough to draw mutations. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (items) => items[Math.floor(next() * items.length)]! };
}

/** The seed of case `index` of a campaign seeded `seed`. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A position, half the time near the start or (with `tail`) the end, where the damage matters most. */
function position(rng: Rng, length: number, tail = 0): number {
  if (length === 0) return 0;
  const r = rng.next();
  if (r < 0.3) return rng.int(Math.min(length, 256));
  if (tail > 0 && r < 0.6) return Math.max(0, length - 1 - rng.int(Math.min(length, tail)));
  return rng.int(length);
}

/** Byte damage: one of flip / cut / insert / delete / duplicate / overwrite (words too). */
export function mutateBytes(src: Uint8Array, rng: Rng, tail = 0): { bytes: Uint8Array; what: string } {
  const at = position(rng, src.length, tail);
  const kind = rng.int(9);
  const out = (parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
  switch (kind) {
    case 0:
    case 1: {
      const bytes = src.slice();
      const flips = 1 + rng.int(kind === 0 ? 1 : 4);
      for (let k = 0; k < flips; k++) {
        const p = k === 0 ? at : position(rng, src.length, tail);
        if (p < bytes.length) bytes[p] ^= 1 << rng.int(8);
      }
      return { bytes, what: `${flips} bit flip(s) from byte ${at}` };
    }
    case 2:
      return { bytes: src.slice(0, at), what: `cut at byte ${at}` };
    case 3: {
      const n = 1 + rng.int(8);
      return { bytes: out([src.subarray(0, at), Uint8Array.from({ length: n }, () => rng.int(256)), src.subarray(at)]), what: `${n} random byte(s) inserted at ${at}` };
    }
    case 4: {
      const n = 1 + rng.int(rng.next() < 0.5 ? 4 : 64);
      return { bytes: out([src.subarray(0, at), src.subarray(at + n)]), what: `${n} byte(s) removed at ${at}` };
    }
    case 5: {
      const n = 4 * (1 + rng.int(16));
      return { bytes: out([src.subarray(0, at + n), src.subarray(at, at + n), src.subarray(at + n)]), what: `${n} byte(s) doubled at ${at}` };
    }
    case 6: {
      const bytes = src.slice();
      const w = at & ~3;
      const value = rng.pick([0, 0xffffffff, 0x7fffffff, 0x80000000, rng.int(2 ** 32), rng.int(64), 1 << rng.int(32)]);
      if (w + 4 <= bytes.length) new DataView(bytes.buffer, bytes.byteOffset).setUint32(w, value >>> 0, true);
      return { bytes, what: `word at ${w} set to ${value >>> 0}` };
    }
    case 7: {
      const bytes = src.slice();
      bytes[Math.min(at, bytes.length - 1)] = rng.pick([0, 0xff, 0x7f, 0x80, 0x22, 0x0a, 0x2c, 0x30 + rng.int(10)]);
      return { bytes, what: `byte ${at} overwritten` };
    }
    default: {
      // a digit changed: in a text part (JSON numbers, the allocator table) this keeps the shape
      const bytes = src.slice();
      for (let k = 0; k < 512; k++) {
        const p = position(rng, bytes.length, tail);
        if (bytes[p]! >= 0x30 && bytes[p]! <= 0x39) {
          bytes[p] = 0x30 + ((bytes[p]! - 0x30 + 1 + rng.int(9)) % 10);
          return { bytes, what: `digit at byte ${p} changed` };
        }
      }
      return { bytes, what: 'no digit found (unchanged)' };
    }
  }
}

const ODD_VALUES: readonly unknown[] = [null, true, 'x', '', 1.5, -1, -1000, 0, 2 ** 53, 1e21, -0, [], {}, [1], { id: 1 }, 'object.allocated', 4294967296];

/** Structural damage to one JSON Lines trace (header line, then one event per line). */
export function mutateJsonLines(src: Uint8Array, rng: Rng): { bytes: Uint8Array; what: string } {
  if (rng.next() < 0.3) return mutateBytes(src, rng);
  const lines = Buffer.from(src).toString('utf8').split('\n');
  const last = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  // the header (line 0) sometimes, early events often
  const pickLine = () => (rng.next() < 0.1 ? 0 : rng.next() < 0.4 ? 1 + rng.int(Math.min(20, Math.max(1, last - 1))) : rng.int(last));
  const i = Math.min(pickLine(), last - 1);
  const kind = rng.int(6);
  let what: string;
  if (kind <= 2) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(lines[i]!) as Record<string, unknown>;
    } catch {
      return mutateBytes(src, rng);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return mutateBytes(src, rng);
    const keys = Object.keys(value);
    const key = keys.length > 0 && rng.next() < 0.9 ? rng.pick(keys) : rng.pick(['handle', 'size', 'typeId', 'seq', 'type', 'generation', 'zz']);
    if (kind === 0) {
      delete value[key];
      what = `line ${i + 1}: field "${key}" dropped`;
    } else if (kind === 1) {
      const v = rng.pick(ODD_VALUES);
      value[key] = v;
      what = `line ${i + 1}: field "${key}" set to ${JSON.stringify(v)}`;
    } else {
      const v = value[key];
      const nested = v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
      if (nested && Object.keys(nested).length > 0) {
        const k2 = rng.pick(Object.keys(nested));
        const odd = rng.pick(ODD_VALUES);
        if (rng.next() < 0.5) delete nested[k2];
        else nested[k2] = odd;
        what = `line ${i + 1}: field "${key}.${k2}" dropped or set to ${JSON.stringify(odd)}`;
      } else {
        value[key] = typeof v === 'number' ? v + rng.pick([1, -1, 1000, 0.5, 2 ** 31]) : typeof v === 'string' ? `${v}x` : rng.pick(ODD_VALUES);
        what = `line ${i + 1}: field "${key}" changed to ${JSON.stringify(value[key])}`;
      }
    }
    lines[i] = JSON.stringify(value);
  } else if (kind === 3) {
    lines.splice(i, 1);
    what = `line ${i + 1} removed`;
  } else if (kind === 4) {
    lines.splice(i, 0, lines[i]!);
    what = `line ${i + 1} doubled`;
  } else {
    const j = Math.min(pickLine(), last - 1);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    what = `lines ${i + 1} and ${j + 1} swapped`;
  }
  return { bytes: new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), what };
}
