import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllocatorTrace } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]) => ['node', 'pymem', ...args];

describe('pymem record', () => {
  it("records a script with its arguments and passes its output through", async () => {
    const script = join(dir, 'hello.py');
    writeFileSync(script, 'import sys\nprint("hi", sys.argv[1:])\n');
    const out = join(dir, 'hello.trace');
    const io = memoryIo();
    expect(await main(argv('record', '--out', out, '--', script, 'x', '-y'), io)).toBe(0);
    expect(io.stdout).toBe("hi ['x', '-y']\n");
    expect(io.stderr).toMatch(/^pymem: recorded [\d,]+ allocator calls in [\d.]+ s to /);
    expect(isAllocatorTrace(new Uint8Array(readFileSync(out)))).toBe(true);
  });

  it("returns the program's exit status", async () => {
    const io = memoryIo();
    expect(await main(argv('record', '--out', join(dir, 'exit.trace'), '--', '-c', 'raise SystemExit(4)'), io)).toBe(4);
    expect(existsSync(join(dir, 'exit.trace'))).toBe(true);
  });

  it('writes no file when the program dies before the trace is finished', async () => {
    const io = memoryIo();
    const out = join(dir, 'dead.trace');
    expect(await main(argv('record', '--out', out, '--', '-c', 'import os; os._exit(0)'), io)).toBe(1);
    expect(io.stderr).toMatch(/ended without finishing its trace.*byte offset \d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the script does not exist, without a stack trace', async () => {
    const io = memoryIo();
    expect(await main(argv('record', '--out', join(dir, 'x.trace'), '--', join(dir, 'missing.py')), io)).toBe(1);
    expect(io.stderr).toMatch(/^pymem: no such Python script: .*missing\.py\n$/);
  });
});
