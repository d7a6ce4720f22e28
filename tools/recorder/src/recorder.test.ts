import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMallocStats, mallocStats, readAllocatorTrace, replayAllocatorTrace, TraceOp, type AllocationSite, type TraceCollection } from '@pymem/pool-allocator';
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

  it('records the site of every allocation, a time every 256 calls, every collection and gc.get_stats()', () => {
    const script = join(dir, 'cycles.py');
    writeFileSync(
      script,
      [
        'import gc, json',
        'class Node:',
        '    def __init__(self):',
        '        self.me = self',
        'for i in range(3000):',
        '    Node()',
        'xs = [str(i) * 3 for i in range(2000)]',
        'c = gc.get_count()',
        'gc.collect()',
        'print(json.dumps({"count": c, "stats": gc.get_stats()}))',
        '',
      ].join('\n'),
    );
    const trace = join(dir, 'cycles.trace');
    const out = execFileSync(bin, [trace, script], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    const printed = JSON.parse(out) as { count: number[]; stats: { collections: number; collected: number; uncollectable: number }[] };
    const locations: AllocationSite[] = [];
    const collections: TraceCollection[] = [];
    const perSite = new Map<number, number>();
    const times: number[] = [];
    let lastTime = 0;
    const { header, footer } = readAllocatorTrace(
      new Uint8Array(readFileSync(trace)),
      (b) => {
        for (let i = 0; i < b.count; i++) {
          const op = b.op[i]! & 15;
          if (op === TraceOp.malloc || op === TraceOp.calloc || op === TraceOp.realloc) perSite.set(b.site[i]!, (perSite.get(b.site[i]!) ?? 0) + 1);
          if (b.time[i]! !== lastTime) times.push((lastTime = b.time[i]!));
        }
      },
      { onLocation: (l) => locations.push(l), onCollection: (c) => collections.push(c) },
    );
    expect(header.version).toBe(3);
    expect(footer.locations).toBe(locations.length);
    // The list comprehension of line 7 made its 2000 strings (and the list's growth) there.
    const listcomp = locations.find((l) => l.file === script && l.line === 7 && l.function === '<listcomp>');
    expect(listcomp).toBeDefined();
    expect(perSite.get(listcomp!.index)).toBeGreaterThanOrEqual(2000);
    // Node() on line 6 allocated the 3000 instances (their values arrays come with them in 3.11).
    const calls = locations.find((l) => l.file === script && l.line === 6 && l.function === '<module>');
    expect(perSite.get(calls!.index)).toBeGreaterThanOrEqual(3000);
    // Coarse times: increasing, about one per 256 calls, within the recorded run.
    expect(times.length).toBeGreaterThan(footer.records / 256 - 2);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(times[times.length - 1]!).toBeLessThan(footer.elapsedNs);
    // gc.get_stats() at the end is what the script printed, and the collections add up to it.
    const gc = footer.gc!;
    expect(gc.atEnd).toEqual(printed.stats);
    for (const g of [0, 1, 2]) {
      const own = collections.filter((c) => c.generation === g);
      expect(own.length).toBe(gc.atEnd[g]!.collections - gc.atStart[g]!.collections);
      expect(own.reduce((t, c) => t + c.collected, 0)).toBe(gc.atEnd[g]!.collected - gc.atStart[g]!.collected);
    }
    // The explicit gc.collect() is the last collection: generation 2, it freed the last cycles,
    // and the counts before it are gc.get_count() just before (generation 0 perhaps one more: the tuple c).
    const last = collections[collections.length - 1]!;
    expect(last.generation).toBe(2);
    expect(last.collected).toBeGreaterThan(0);
    expect(last.countsBefore.slice(1)).toEqual(printed.count.slice(1));
    expect(last.countsBefore[0]! - printed.count[0]!).toBeGreaterThanOrEqual(0);
    expect(last.countsBefore[0]! - printed.count[0]!).toBeLessThanOrEqual(1);
    expect(collections.every((c) => c.endNs > c.startNs && c.atCall <= footer.records)).toBe(true);
    expect(collections.reduce((t, c) => t + c.collected, 0)).toBeGreaterThanOrEqual(3000); // 3000 self-cycles
  });

  it('applies PYMEM_RECORDER_GC before the program runs, unseen by it, and records peak RSS and CPU times', () => {
    const script = join(dir, 'settings.py');
    writeFileSync(
      script,
      [
        'import gc, json, os, resource',
        'xs = [[i] for i in range(50000)]',
        'u = resource.getrusage(resource.RUSAGE_SELF)',
        'print(json.dumps({"t": gc.get_threshold(), "on": gc.isenabled(), "frozen": gc.get_freeze_count(), "env": "PYMEM_RECORDER_GC" in os.environ, "rss": u.ru_maxrss * 1024, "cpu": u.ru_utime + u.ru_stime}))',
        '',
      ].join('\n'),
    );
    const trace = join(dir, 'settings.trace');
    const env = { ...process.env, PYTHONHASHSEED: '0', PYMEM_RECORDER_GC: 'threshold=900/7/3,freeze,disable' };
    const printed = JSON.parse(execFileSync(bin, [trace, script], { encoding: 'utf8', env })) as { t: number[]; on: boolean; frozen: number; env: boolean; rss: number; cpu: number };
    expect(printed.t).toEqual([900, 7, 3]);
    expect(printed.on).toBe(false);
    expect(printed.frozen).toBeGreaterThan(1000);
    expect(printed.env).toBe(false);
    const { footer } = readAllocatorTrace(new Uint8Array(readFileSync(trace)), () => {});
    expect([...footer.gc!.thresholds]).toEqual(printed.t);
    expect(footer.gc!.enabled).toBe(false);
    // Frozen objects can still be freed by their refcount (the permanent list shrinks) after the print.
    expect(footer.gc!.frozen).toBeLessThanOrEqual(printed.frozen);
    expect(footer.gc!.frozen).toBeGreaterThan(printed.frozen - 10);
    const r = footer.resources!;
    expect(r.maxRssBytes).toBeGreaterThanOrEqual(printed.rss);
    expect(r.maxRssBytes).toBeLessThan(printed.rss * 2);
    expect((r.userNs + r.systemNs) / 1e9).toBeGreaterThanOrEqual(printed.cpu - 0.01);
    let failed: { status: number; stderr: Buffer } | undefined;
    try {
      execFileSync(bin, [join(dir, 'bad.trace'), '-c', 'pass'], { stdio: 'pipe', env: { ...env, PYMEM_RECORDER_GC: 'threshold=7,fast' } });
    } catch (error) {
      failed = error as { status: number; stderr: Buffer };
    }
    expect(failed?.status).toBe(2);
    expect(failed?.stderr.toString()).toBe('pymem-recorder: PYMEM_RECORDER_GC: not a setting: "fast" (threshold=A/B/C, freeze, disable or default)\n');
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
