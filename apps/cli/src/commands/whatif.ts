// `pymem whatif TRACE --config A --config B ...`: re-simulation. The program's own calls are
// kept and everything the memory manager decided is decided anew under each configuration,
// side by side. For allocator traces recorded from CPython, the calls are malloc / realloc /
// free with their sizes; each configuration's pymalloc (pool and arena sizes, thresholds)
// places them itself, and the table compares arenas, pools and the bytes they cost.
// Event traces need the runtime to say which events are the program's calls (not the
// consequences of a deallocation or a collection); until it does they are refused clearly.
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import {
  AllocatorTraceError,
  createPoolAllocator,
  createSimulatedSystem,
  cpython311PoolParams,
  isAllocatorTrace,
  mallocStats,
  readAllocatorTrace,
  resolvePoolParams,
  TraceOp,
  type PoolParams,
} from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { withFileSource } from './replay.js';
import type { RegisterCommand } from './index.js';

/** One configuration to re-simulate under. */
export interface WhatifConfig {
  readonly label: string;
  readonly params: Partial<PoolParams>;
}

/** What one re-simulation found. */
export interface WhatifFigures {
  readonly calls: number;
  readonly arenasAllocated: number;
  readonly arenasReleased: number;
  readonly peakArenas: number;
  readonly peakArenaBytes: number;
  readonly poolsClaimed: number;
  readonly peakPoolsInUse: number;
  readonly finalArenas: number;
  readonly bytesInAllocatedBlocks: number;
  readonly bytesLostToQuantization: number;
  readonly bytesLostToPoolHeaders: number;
  readonly bytesLostToArenaAlignment: number;
  readonly rawAllocatedBlocks: number;
}

const PARAM_KEYS = Object.keys(cpython311PoolParams) as (keyof PoolParams)[];

/**
 * Parses `--config` values: `default`, `[label:]key=value[,key=value...]` with pymalloc's
 * parameter names, or inline JSON of them.
 *
 * @example
 * ```ts
 * parseConfig('big:arenaSize=4194304'); // { label: 'big', params: { arenaSize: 4194304 } }
 * ```
 */
export function parseConfig(spec: string): WhatifConfig {
  const trimmed = spec.trim();
  if (trimmed === 'default' || trimmed === '') return { label: 'default', params: {} };
  let params: Record<string, unknown>;
  let label = trimmed;
  if (trimmed.startsWith('{')) {
    try {
      params = JSON.parse(trimmed) as Record<string, unknown>;
    } catch {
      throw new CliError(`--config ${spec}: not valid JSON`);
    }
  } else {
    const colon = trimmed.indexOf(':');
    const body = colon >= 0 && !trimmed.slice(0, colon).includes('=') ? trimmed.slice(colon + 1) : trimmed;
    if (body !== trimmed) label = trimmed.slice(0, colon);
    params = {};
    for (const part of body.split(',')) {
      const eq = part.indexOf('=');
      if (eq < 0) throw new CliError(`--config ${spec}: expected key=value, got "${part}"`);
      params[part.slice(0, eq).trim()] = Number(part.slice(eq + 1).trim());
    }
  }
  for (const [key, value] of Object.entries(params)) {
    if (!PARAM_KEYS.includes(key as keyof PoolParams)) {
      throw new CliError(`--config ${spec}: unknown parameter "${key}" (known: ${PARAM_KEYS.join(', ')})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new CliError(`--config ${spec}: ${key} must be a number`);
  }
  try {
    resolvePoolParams(params as Partial<PoolParams>);
  } catch (error) {
    throw new CliError(`--config ${spec}: ${(error as Error).message}`);
  }
  return { label, params: params as Partial<PoolParams> };
}

/**
 * Re-simulates an allocator trace under one configuration: the recorded calls, in order, go to
 * a fresh pymalloc with these parameters over a simulated system (it maps its own arenas).
 */
export function resimulateAllocatorTrace(
  file: string,
  config: WhatifConfig,
  onProgress?: (offset: number) => void,
): WhatifFigures {
  let arenas = 0;
  let peakArenas = 0;
  let arenasAllocated = 0;
  let arenasReleased = 0;
  let pools = 0;
  let peakPools = 0;
  let poolsClaimed = 0;
  const allocator = createPoolAllocator(config.params, {
    system: createSimulatedSystem(),
    emit: (e) => {
      switch (e.type) {
        case 'arena.allocated':
          arenasAllocated++;
          if (++arenas > peakArenas) peakArenas = arenas;
          break;
        case 'arena.released':
          arenasReleased++;
          arenas--;
          break;
        case 'pool.claimed':
          poolsClaimed++;
          if (++pools > peakPools) peakPools = pools;
          break;
        case 'pool.emptied':
          pools--;
          break;
      }
    },
  });
  // Recorded pointer -> the address this configuration gave the same request.
  const addresses = new Map<number, number>();
  let calls = 0;
  withFileSource(file, (source) =>
    readAllocatorTrace(source, (batch) => {
      for (let i = 0; i < batch.count; i++) {
        const op = batch.op[i]! & 15;
        const a = batch.a[i]!;
        if (op === TraceOp.malloc || op === TraceOp.calloc) {
          addresses.set(a, allocator.malloc(batch.size[i]!));
        } else if (op === TraceOp.realloc) {
          const old = a === 0 ? 0 : (addresses.get(a) ?? 0);
          addresses.delete(a);
          const moved = old === 0 ? allocator.malloc(batch.size[i]!) : allocator.realloc(old, batch.size[i]!);
          addresses.set(batch.b[i]!, moved);
        } else if (op === TraceOp.free) {
          const mine = addresses.get(a);
          if (mine !== undefined) {
            addresses.delete(a);
            allocator.free(mine);
          }
        } else continue; // arenas and virtual allocations: this configuration decides its own
        calls++;
      }
      if (batch.count > 0) onProgress?.(batch.offset[batch.count - 1]!);
    }),
  );
  const stats = mallocStats(allocator);
  const geometry = resolvePoolParams(config.params);
  return {
    calls,
    arenasAllocated,
    arenasReleased,
    peakArenas,
    peakArenaBytes: peakArenas * geometry.arenaSize,
    poolsClaimed,
    peakPoolsInUse: peakPools,
    finalArenas: stats.arenasAllocatedCurrent,
    bytesInAllocatedBlocks: stats.bytesInAllocatedBlocks,
    bytesLostToQuantization: stats.bytesLostToQuantization,
    bytesLostToPoolHeaders: stats.bytesLostToPoolHeaders,
    bytesLostToArenaAlignment: stats.bytesLostToArenaAlignment,
    rawAllocatedBlocks: stats.rawAllocatedBlocks,
  };
}

const ROWS: [keyof WhatifFigures, string][] = [
  ['calls', 'calls replayed'],
  ['arenasAllocated', 'arenas allocated'],
  ['arenasReleased', 'arenas released'],
  ['peakArenas', 'peak arenas'],
  ['peakArenaBytes', 'peak arena bytes'],
  ['finalArenas', 'arenas at end'],
  ['poolsClaimed', 'pools claimed'],
  ['peakPoolsInUse', 'peak pools in use'],
  ['bytesInAllocatedBlocks', 'bytes in blocks at end'],
  ['bytesLostToQuantization', 'lost to quantization'],
  ['bytesLostToPoolHeaders', 'lost to pool headers'],
  ['bytesLostToArenaAlignment', 'lost to arena alignment'],
  ['rawAllocatedBlocks', 'raw (large) blocks at end'],
];

/** The side-by-side table. */
export function formatWhatif(results: readonly { label: string; figures: WhatifFigures }[]): string {
  const w = Math.max(...ROWS.map(([, l]) => l.length));
  const cols = results.map((r) => Math.max(r.label.length, 14));
  const lines = [`${''.padEnd(w)}  ${results.map((r, i) => r.label.padStart(cols[i]!)).join('  ')}`];
  for (const [key, label] of ROWS) {
    lines.push(`${label.padEnd(w)}  ${results.map((r, i) => r.figures[key].toLocaleString('en-US').padStart(cols[i]!)).join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

interface WhatifOptions {
  config: string[];
  json?: boolean;
  quiet?: boolean;
}

export const registerWhatif: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('whatif')
    .description('re-simulate a trace under other configurations and compare them side by side')
    .argument('<trace>', 'an allocator trace from `pymem record`')
    .option(
      '--config <spec>',
      'a configuration: default, [label:]key=value[,...] with pymalloc parameters (poolSize, arenaSize, smallRequestThreshold, ...), or JSON; repeat to compare',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--json', 'print the figures as JSON')
    .option('-q, --quiet', 'no progress bar')
    .action((file: string, opts: WhatifOptions) => {
      const configs = (opts.config.length > 0 ? opts.config : ['default']).map(parseConfig);
      let size: number;
      const head = new Uint8Array(8);
      try {
        size = statSync(file).size;
        withFileSource(file, (source) => (typeof source === 'function' ? source(head, 0) : 0));
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
      }
      if (!isAllocatorTrace(head)) {
        throw new CliError(
          `${file}: whatif re-simulates allocator traces (from \`pymem record\`); event traces cannot be re-simulated yet, ` +
            'because their log does not mark which events are the program\'s own calls',
        );
      }
      const results: { label: string; params: Partial<PoolParams>; figures: WhatifFigures }[] = [];
      for (const config of configs) {
        const progress = createProgress(io, `whatif ${config.label}`, { quiet: opts.quiet });
        try {
          results.push({ ...config, figures: resimulateAllocatorTrace(file, config, (at) => progress.update(at, size)) });
        } catch (error) {
          if (error instanceof AllocatorTraceError) throw new CliError(`${file}: ${error.message}`);
          throw error;
        } finally {
          progress.finish();
        }
      }
      if (opts.json) io.out(`${JSON.stringify({ trace: file, configs: results }, null, 2)}\n`);
      else io.out(formatWhatif(results));
    });
};
