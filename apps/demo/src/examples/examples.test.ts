import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '@pymem/python';
import { exampleCatalog } from './catalog.js';

const read = (file: string): string => readFileSync(join(import.meta.dirname, file), 'utf8');

describe('the guided examples', () => {
  for (const x of exampleCatalog) {
    it(`${x.file} prints under pymem exactly what python3 prints`, () => {
      const source = read(x.file);
      const expected = execFileSync('python3', ['-'], { input: source, encoding: 'utf8' });
      let out = '';
      let err = '';
      const code = runProgram(source, { filename: x.file, stdout: (t) => (out += t), stderr: (t) => (err += t) });
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toBe(expected);
    });
  }
});
