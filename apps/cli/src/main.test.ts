import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './io.js';
import pkg from '../package.json' with { type: 'json' };

const argv = (...args: string[]) => ['node', 'pymem', ...args];

describe('the pymem command', () => {
  it('prints its version', async () => {
    const io = memoryIo();
    expect(await main(argv('--version'), io)).toBe(0);
    expect(io.stdout.trim()).toBe(pkg.version);
  });

  it('explains itself with --help', async () => {
    const io = memoryIo();
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.stdout).toContain('Usage: pymem');
    expect(io.stdout).toContain('memory manager');
  });

  it('rejects an unknown option with a clear message and a non-zero exit', async () => {
    const io = memoryIo();
    const code = await main(argv('--no-such-option'), io);
    expect(code).not.toBe(0);
    expect(io.stderr).toContain("unknown option '--no-such-option'");
    expect(io.stderr).not.toMatch(/\n\s+at /);
  });

  it('works as a real process through its launcher', () => {
    const bin = fileURLToPath(new URL('../bin/pymem.js', import.meta.url));
    const out = execFileSync(process.execPath, [bin, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, PYMEM_FROM_SOURCE: '1' },
    });
    expect(out.trim()).toBe(pkg.version);
    const bad = spawnSync(process.execPath, [bin, 'no-such-command'], {
      encoding: 'utf8',
      env: { ...process.env, PYMEM_FROM_SOURCE: '1' },
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
