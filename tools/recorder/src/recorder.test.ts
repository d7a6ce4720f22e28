import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMallocStats, mallocStats, readAllocatorTrace, replayAllocatorTrace, TraceOp } from '@pymem/pool-allocator';
import { buildRecorder } from './buildRecorder.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-recorder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pymem-recorder', () => {
  const bin = buildRecorder();

  it('records a tiny script: its output, its arguments, every call and the stats table', () => {
    const script = join(dir, 'tiny.py');
    writeFileSync(script, 'import sys\nxs = [str(i) * 3 for i in range(2000)]\nprint(len(xs), sys.argv[1:])\n');
    const trace = join(dir, 'tiny.trace');
    const out = execFileSync(bin, [trace, script, 'a', 'b'], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    expect(out).toBe("2000 ['a', 'b']\n");
    const bytes = new Uint8Array(readFileSync(trace));
    const seen = new Set<number>();
    const { header, footer } = readAllocatorTrace(bytes, (b) => {
      for (let i = 0; i < b.count; i++) seen.add(b.op[i]! & 15);
    });
    const version = execFileSync('python3', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' }).trim();
    expect(header.pythonVersion).toBe(version);
    expect([...seen].sort()).toEqual(expect.arrayContaining([TraceOp.malloc, TraceOp.free, TraceOp.realloc, TraceOp.arenaAlloc]));
    expect(footer.records).toBeGreaterThan(10_000);
    expect(footer.stats).toMatch(/^Small block threshold = 512, in 32 size classes\.\n/);
    expect(footer.typeStats).toMatch(/free PyDictObjects/);
  });

  it('records a run whose replay through the model prints the same table', () => {
    const trace = join(dir, 'json.trace');
    execFileSync(bin, [trace, '-c', 'import json; json.dumps([{"k": i} for i in range(3000)])'], { env: { ...process.env, PYTHONHASHSEED: '0' } });
    const { allocator, footer } = replayAllocatorTrace(new Uint8Array(readFileSync(trace)));
    expect(formatMallocStats(mallocStats(allocator))).toBe(footer.stats);
  });

  it('passes the exit status of the program through', () => {
    const trace = join(dir, 'exit.trace');
    let status = 0;
    try {
      execFileSync(bin, [trace, '-c', 'import sys; sys.exit(3)'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(3);
    const { footer } = readAllocatorTrace(new Uint8Array(readFileSync(trace)), () => {});
    expect(footer.stats).toContain('# arenas allocated current');
  });
});
