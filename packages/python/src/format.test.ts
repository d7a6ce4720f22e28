import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatFloat, reprBytes, reprStr } from './index.js';

const python = (code: string): string[] => execFileSync('python3', ['-c', code], { encoding: 'utf8' }).split('\n').slice(0, -1);

// Floats that exercise every branch of the layout: exponent thresholds, rounding, signs, specials.
const FLOATS = [
  '0.0', '-0.0', '1.0', '0.1', '0.2+0.1', '1/3', '2/3', '1e16', '1e15', '9999999999999998.0', '123456789012345678.0',
  '1e-4', '1e-5', '0.00012345', '0.000012345', '1e22', '1e-300', '2.5e-300', '5e-324', '1.7976931348623157e308',
  "float('inf')", "float('-inf')", "float('nan')", '-1.5', '100.0', '3.141592653589793', '2**0.5', '1e100', '-2.5e-7',
  '12345.678', '0.5', '1e300*10', '7.0/3', '1e16-1', '4.35', '0.3', '2.675', '1.0000000000000002', '10**15+0.5',
];

describe('float repr', () => {
  it('matches python3 for floats across the layout thresholds', () => {
    const expected = python(`for x in [${FLOATS.join(', ')}]: print(repr(x))`);
    const actual = FLOATS.map((f) => formatFloat(Function(`return ${f.replace(/float\('(-?)inf'\)/, '$1Infinity').replace("float('nan')", 'NaN').replace(/\*\*/g, '**')}`)() as number));
    expect(actual).toEqual(expected);
  });

  it('matches python3 for random doubles, bit pattern by bit pattern', () => {
    const xs: number[] = [];
    let seed = 12345;
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 300; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      view.setUint32(0, seed);
      seed = (seed * 1103515245 + 12345) >>> 0;
      view.setUint32(4, seed);
      const x = view.getFloat64(0);
      if (Number.isFinite(x)) xs.push(x);
    }
    const hex = xs.map((x) => {
      view.setFloat64(0, x);
      return view.getBigUint64(0).toString(16);
    });
    const expected = python(`import struct\nfor h in ${JSON.stringify(hex)}: print(repr(struct.unpack('>d', bytes.fromhex(h.rjust(16, '0')))[0]))`);
    expect(xs.map(formatFloat)).toEqual(expected);
  });
});

describe('str and bytes repr', () => {
  it('quotes and escapes strings as python3 does', () => {
    const samples = ['', 'abc', "it's", 'say "hi"', `both ' and "`, 'tab\there', 'new\nline', 'back\\slash', '\x00\x1f\x7f', 'é ü ñ', '\u2028', '日本', '\ud83d\ude00', '\x80\xa0'];
    // compare the printable forms python3 gives for the same strings
    const direct = python(`import json\nfor s in json.loads(${JSON.stringify(JSON.stringify(samples))}): print(ascii(repr(s)))`);
    expect(samples.map((s) => reprStr(s)).map((r) => pyAscii(r))).toEqual(direct);
  });

  it('spells bytes as python3 does', () => {
    const samples = ['', 'abc', "it's", '"', `' and "`, '\x00\x01\n\r\t', '\x7f\x80\xff', 'a\\b'];
    const expected = python(`for s in ${JSON.stringify(samples)}: print(repr(s.encode('latin-1')))`);
    expect(samples.map(reprBytes)).toEqual(expected);
  });
});

/** Python's ascii() of a str, to compare reprs through a pure-ASCII channel. */
function pyAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x7f) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + out.replace(new RegExp(quote === "'" ? "'" : '"', 'g'), (q) => `\\${q}`) + quote;
}
