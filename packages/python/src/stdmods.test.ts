import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha512 } from './modules/sha512.js';
import { packItem, parseFormat, unpackItem } from './modules/structFormat.js';
import { runProgram } from './index.js';

const python = (code: string): string => execFileSync('python3', ['-c', code], { encoding: 'utf8' });

describe('sha512 (random.seed of a str)', () => {
  it('gives node:crypto\'s digest for any bytes, across the block boundaries', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
      const ours = Buffer.from(sha512(data)).toString('hex');
      expect(ours).toBe(createHash('sha512').update(data).digest('hex'));
    }), { seed: 20151215, numRuns: 200 });
  });
});

describe('struct formats', () => {
  it('sizes formats as python3 struct.calcsize does', () => {
    const formats = ['i', 'bi', 'ib', 'bq', '<bq', '@hi', '=hi', '!hi', '3i', '10s', 'ci', 'P', 'e', 'd2x', '0i', '5p', 'bbbbq', 'iq', 'qi', 'c3xh', '?d', '>lL', 'x'];
    const expected = python(`import struct\nfor f in ${JSON.stringify(formats)}: print(struct.calcsize(f))`).trim().split('\n').map(Number);
    expect(formats.map((f) => parseFormat(f).size)).toEqual(expected);
  });

  it('unpacks what it packs, for every integer code at the ends of its range', () => {
    for (const order of ['<', '>', '@']) {
      for (const c of 'bBhHiIlLqQ') {
        const f = parseFormat(`${order}${c}`);
        const code = f.codes[0];
        const bits = BigInt(code.size * 8);
        const signed = c === c.toLowerCase();
        for (const v of signed ? [-(1n << (bits - 1n)), -1n, 0n, (1n << (bits - 1n)) - 1n] : [0n, 1n, (1n << bits) - 1n]) {
          const out = new Uint8Array(f.size);
          packItem(out, 0, code, v, f.little, f.native);
          expect(unpackItem(out, 0, code, f.little)).toBe(v);
        }
      }
    }
  });
});

describe('the Python halves of the standard modules', () => {
  it('loads json, pprint and functools, whose Python source runs in the module on import', () => {
    let out = '';
    const src = 'import json, pprint, functools\nprint(json.dumps(json.loads(\'{"a": [1, 2.5, null]}\')), pprint.pformat({"b": 1}), functools.lru_cache(3)(abs)(-2))\n';
    const code = runProgram(src, { filename: 'halves.py', stdout: (s) => (out += s), stderr: (s) => (out += s) });
    expect(code).toBe(0);
    expect(out).toBe('{"a": [1, 2.5, null]} {\'b\': 1} 2\n');
  });
});
