// `pymem whatif TRACE --config A --config B ...`: re-simulation. The program's own calls are
// kept and everything the memory manager decided is decided anew under each configuration,
// side by side. For allocator traces recorded from CPython, the calls are malloc / realloc /
// free with their sizes; each configuration's pymalloc (pool and arena sizes, thresholds)
// places them itself, and the table compares arenas, pools and the bytes they cost.
// For a Python program (.py) the program itself is what is kept: it runs again on a runtime
// with each configuration (gc thresholds, collector, pymalloc parameters), and the table
// compares collections, objects examined and freed, finalizers, arenas and peak bytes.
// An event trace written by `pymem run --trace` carries the program's source in its header: the
// program is the mutator, so it runs again under each configuration, after a first run under
// the recorded configuration that must reproduce the trace event for event (checked, and the
// first difference shown if not). Event traces without a source are refused with the reason:
// their log does not say which events were the program's own calls.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { collectors } from '@pymem/cycle-collector';
import { runProgram } from '@pymem/python';
import { createRuntimeTraceWriter, createStatsCollector, diffTraces, openTrace, TraceError, type TraceEvent, type TraceHeader } from '@pymem/tracing';
import {
  AllocatorTraceError,
  createPoolAllocator,
  createSimulatedSystem,
  cpython311PoolParams,
  isAllocatorTrace,
  mallocStats,
  resimulateAllocatorTrace,
  resolvePoolParams,
  type PoolParams,
} from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
import { removeFolderOnInterrupt } from '../outputFiles.js';
import { createProgress } from '../progress.js';
import { withFileSource } from './replay.js';
import { runWithSetup, type ProgramInput, type RunSetup } from './run.js';
import { recordedModuleFinder, scriptModuleFinder, type ModuleSources } from '../moduleFinder.js';
import { guardRun, parseRunLimits, type RunLimits } from './runLimits.js';
import type { RegisterCommand } from './index.js';

/** One configuration to re-simulate under. */
export interface WhatifConfig {
  readonly label: string;
  /** pymalloc parameters. */
  readonly params: Partial<PoolParams>;
  /** Programs only: the collector (a name in the collector registry) and its settings. */
  readonly collector?: string;
  readonly thresholds?: readonly [number, number, number];
  readonly gcEnabled?: boolean;
  /** Programs only: `gc.freeze()` just before the first statement on this source line runs. */
  readonly freezeAtLine?: number;
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
      const key = part.slice(0, eq).trim();
      const text = part.slice(eq + 1).trim();
      params[key] = key === 'collector' || key === 'gc' || key === 'threshold' || key === 'freeze' ? text : Number(text);
    }
  }
  const runtime: { collector?: string; thresholds?: [number, number, number]; gcEnabled?: boolean; freezeAtLine?: number } = {};
  if ('collector' in params) {
    const name = String(params.collector);
    if (!collectors.has(name)) throw new CliError(`--config ${spec}: unknown collector "${name}" (known: ${collectors.names().join(', ')})`);
    runtime.collector = name;
    delete params.collector;
  }
  if ('threshold' in params) {
    const t = String(params.threshold).split('/').map(Number);
    if (t.length < 1 || t.length > 3 || t.some((x) => !Number.isInteger(x) || x < 0)) {
      throw new CliError(`--config ${spec}: threshold is up to three non-negative integers separated by '/', e.g. 700/10/10`);
    }
    runtime.thresholds = [t[0]!, t[1] ?? 10, t[2] ?? 10];
    delete params.threshold;
  }
  if ('gc' in params) {
    if (params.gc !== 'on' && params.gc !== 'off') throw new CliError(`--config ${spec}: gc is on or off`);
    runtime.gcEnabled = params.gc === 'on';
    delete params.gc;
  }
  if ('freeze' in params) {
    const line = String(params.freeze);
    if (!/^\d+$/.test(line) || Number(line) < 1) throw new CliError(`--config ${spec}: freeze is a source line number (gc.freeze() before that line first runs)`);
    runtime.freezeAtLine = Number(line);
    delete params.freeze;
  }
  for (const [key, value] of Object.entries(params)) {
    if (!PARAM_KEYS.includes(key as keyof PoolParams)) {
      throw new CliError(`--config ${spec}: unknown parameter "${key}" (known: collector, threshold, gc, freeze, ${PARAM_KEYS.join(', ')})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new CliError(`--config ${spec}: ${key} must be a number`);
  }
  try {
    resolvePoolParams(params as Partial<PoolParams>);
  } catch (error) {
    throw new CliError(`--config ${spec}: ${(error as Error).message}`);
  }
  return { label, params: params as Partial<PoolParams>, ...runtime };
}

/**
 * Re-simulates an allocator trace under one configuration: the recorded calls, in order, go to
 * a fresh pymalloc with these parameters over a simulated system (it maps its own arenas);
 * the figures come from its decisions (events) and its final report.
 */
export function whatifAllocatorTrace(
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
  const emit = (e: { readonly type: string }): void => {
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
  };
  // The calls, in order, to this configuration's pymalloc (@pymem/pool-allocator's re-simulation).
  const { footer, allocator } = withFileSource(file, (source) => resimulateAllocatorTrace(source, config.params, { system: createSimulatedSystem(), emit }));
  onProgress?.(statSync(file).size);
  const calls = footer.records;
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

/** What one run of a program under a configuration found. */
export interface ProgramFigures {
  readonly exitCode: number;
  /** 1 when the program printed exactly what it printed under the first configuration. */
  readonly sameOutput: number;
  readonly gen0: number;
  readonly gen1: number;
  readonly gen2: number;
  readonly examined: number;
  readonly largestCollection: number;
  readonly freedByRefcount: number;
  readonly freedByCollector: number;
  readonly finalizers: number;
  readonly peakArenas: number;
  readonly peakBytes: number;
}

/**
 * Runs a Python program under one configuration and sums up what the memory manager did.
 * "Objects examined" counts, over all collections, the objects each collection looked at
 * (its `updateRefs` phase, or the collector's first phase).
 */
export function resimulateProgram(
  source: string,
  filename: string,
  config: WhatifConfig,
  limits: RunLimits = parseRunLimits({}),
  input: ProgramInput = {},
): ProgramFigures & { output: string } {
  let output = '';
  const stats = createStatsCollector({ check: false });
  let examined = 0;
  let firstPhase: string | undefined;
  let inCollection = false;
  // The events are folded as they come, in batches: nothing keeps the whole log.
  let batch: TraceEvent[] = [];
  const fold = (e: TraceEvent) => {
    if (e.type === 'gc.collectionStarted') {
      inCollection = true;
      firstPhase = undefined;
    } else if (e.type === 'gc.phase' && inCollection && firstPhase === undefined) {
      firstPhase = String(e.phase);
      examined += typeof e.count === 'number' ? e.count : 0;
    } else if (e.type === 'gc.collectionFinished') inCollection = false;
    batch.push(e);
    if (batch.length >= 4096) {
      stats.add(batch);
      batch = [];
    }
  };
  const collector = config.collector ?? 'cpython311';
  const settings = collector === 'cpython311' && config.thresholds ? { thresholds: config.thresholds } : undefined;
  const guard = guardRun(limits, `whatif ${config.label}`);
  let exitCode: number;
  try {
    exitCode = runProgram(source, {
      filename,
      ...input,
      stdout: (t) => (output += t),
      stderr: (t) => (output += t),
      maxSteps: limits.maxSteps,
      markers: config.freezeAtLine !== undefined,
      runtimeOptions: {
        record: true,
        collector: (host) => collectors.create(collector, host, settings),
        allocator: (emit) => createPoolAllocator(config.params, { emit }),
      },
      onRuntime: (rt) => {
        // the start-up events, then each event as it is emitted (the runtime's own log is not kept)
        for (const e of rt.log) fold(e as unknown as TraceEvent);
        rt.log.length = 0;
        rt.bus.subscribe((e) => {
          fold(e as unknown as TraceEvent);
          if (rt.log.length >= 1024) rt.log.length = 0;
        });
        guard.onRuntime(rt);
        if (config.thresholds && collector !== 'cpython311') rt.setThreshold(...config.thresholds);
        if (config.gcEnabled === false) rt.disable();
        const freezeAt = config.freezeAtLine;
        if (freezeAt !== undefined) {
          // the statement marker comes before the statement runs: freeze there, once
          let frozen = false;
          rt.bus.subscribe((e) => {
            const m = e as { type: string; label?: string; line?: number };
            if (!frozen && m.type === 'marker' && m.label === 'statement' && m.line === freezeAt) {
              frozen = true;
              rt.freeze();
            }
          });
        }
      },
    });
  } catch (error) {
    return guard.failed(error);
  }
  guard.finish(output);
  stats.add(batch);
  const r = stats.result();
  return {
    output,
    exitCode,
    sameOutput: 1,
    gen0: r.collections.byGeneration[0],
    gen1: r.collections.byGeneration[1],
    gen2: r.collections.byGeneration[2],
    examined,
    largestCollection: r.collections.largest,
    freedByRefcount: r.objects.freedByRefcount,
    freedByCollector: r.objects.freedByCollector,
    finalizers: r.objects.finalized,
    peakArenas: r.memory.peakArenas,
    peakBytes: r.memory.peakBytes,
  };
}

const PROGRAM_ROWS: [keyof ProgramFigures, string][] = [
  ['exitCode', 'exit code'],
  ['sameOutput', 'same output as the first (1 = yes)'],
  ['gen0', 'collections of gen 0'],
  ['gen1', 'collections of gen 1'],
  ['gen2', 'collections of gen 2'],
  ['examined', 'objects examined by collections'],
  ['largestCollection', 'largest collection (objects)'],
  ['freedByRefcount', 'objects freed by refcount'],
  ['freedByCollector', 'objects freed by the collector'],
  ['finalizers', 'finalizers run'],
  ['peakArenas', 'peak arenas'],
  ['peakBytes', 'peak bytes in objects and buffers'],
];

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
export function formatWhatif<F extends object>(results: readonly { label: string; figures: F }[], rows: readonly [keyof F, string][] = ROWS as never): string {
  const w = Math.max(...rows.map(([, l]) => l.length));
  const cols = results.map((r) => Math.max(r.label.length, 14));
  const lines = [`${''.padEnd(w)}  ${results.map((r, i) => r.label.padStart(cols[i]!)).join('  ')}`];
  for (const [key, label] of rows) {
    lines.push(`${label.padEnd(w)}  ${results.map((r, i) => (r.figures[key] as number).toLocaleString('en-US').padStart(cols[i]!)).join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

interface WhatifOptions {
  config: string[];
  json?: boolean;
  quiet?: boolean;
  maxSteps?: string;
  maxMemory?: string;
}

export const registerWhatif: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('whatif')
    .description('re-simulate a trace under other configurations and compare them side by side')
    .argument('<trace>', 'an allocator trace from `pymem record`, an event trace from `pymem run --trace` (it carries its program), or a Python program (.py) to run again under each configuration')
    .option(
      '--config <spec>',
      'a configuration: default, or [label:]key=value[,...] with collector=NAME, threshold=700/10/10, gc=on|off, freeze=LINE (gc.freeze() before that line first runs) for programs, and pymalloc parameters (poolSize, arenaSize, ...); repeat to compare',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--json', 'print the figures as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--max-steps <n>', 'programs: stop a run after this many statements (default 100,000,000)')
    .option('--max-memory <MiB>', 'programs: stop a run when the heap passes this many MiB (default 2048)')
    .action((file: string, opts: WhatifOptions) => {
      const configs = (opts.config.length > 0 ? opts.config : ['default']).map(parseConfig);
      if (file.endsWith('.py')) return whatifProgram(file, configs, opts, io);
      let size: number;
      const head = new Uint8Array(8);
      try {
        size = statSync(file).size;
        withFileSource(file, (source) => (typeof source === 'function' ? source(head, 0) : 0));
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
      }
      if (!isAllocatorTrace(head)) return whatifEventTrace(file, configs, opts, io);
      const runtimeOnly = configs.find((c) => c.collector !== undefined || c.thresholds !== undefined || c.gcEnabled !== undefined || c.freezeAtLine !== undefined);
      if (runtimeOnly) throw new CliError(`--config ${runtimeOnly.label}: collector, threshold, gc and freeze apply to programs (.py or a trace of one), not allocator traces`);
      const results: { label: string; params: Partial<PoolParams>; figures: WhatifFigures }[] = [];
      for (const config of configs) {
        const progress = createProgress(io, `whatif ${config.label}`, { quiet: opts.quiet });
        try {
          results.push({ ...config, figures: whatifAllocatorTrace(file, config, (at) => progress.update(at, size)) });
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

function whatifProgram(file: string, configs: readonly WhatifConfig[], opts: WhatifOptions, io: CliIo): void {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const results = resimulateAll(source, resolve(file), configs, parseRunLimits(opts), { argv0: file, findModule: scriptModuleFinder(file) });
  if (opts.json) io.out(`${JSON.stringify({ program: file, configs: results }, null, 2)}\n`);
  else io.out(formatWhatif(results, PROGRAM_ROWS));
}

function resimulateAll(source: string, filename: string, configs: readonly WhatifConfig[], limits: RunLimits, input: ProgramInput): { label: string; figures: ProgramFigures }[] {
  const results: { label: string; figures: ProgramFigures }[] = [];
  let firstOutput: string | undefined;
  for (const config of configs) {
    const { output, ...figures } = resimulateProgram(source, filename, config, limits, input);
    firstOutput ??= output;
    results.push({ label: config.label, figures: { ...figures, sameOutput: output === firstOutput ? 1 : 0 } });
  }
  return results;
}

/** The set-up an event trace was recorded under, from its header. */
export function recordedRun(header: TraceHeader): RunSetup {
  const { collector, setThreshold, maxSteps } = header.config;
  const valid = Array.isArray(setThreshold) && setThreshold.length >= 1 && setThreshold.length <= 3 &&
    setThreshold.every((x) => Number.isInteger(x) && x >= 0);
  const steps = Number.isSafeInteger(maxSteps) && (maxSteps as number) > 0 ? { maxSteps: maxSteps as number } : {};
  return { collector: typeof collector === 'string' ? collector : 'cpython311', ...(valid ? { setThreshold: setThreshold as number[] } : {}), ...steps };
}

async function whatifEventTrace(file: string, configs: readonly WhatifConfig[], opts: WhatifOptions, io: CliIo): Promise<void> {
  let header: TraceHeader;
  try {
    const reader = await openTrace(file);
    header = reader.header;
    await reader.close();
  } catch (error) {
    if (error instanceof TraceError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  const source = header.meta?.source;
  if (typeof source !== 'string') {
    throw new CliError(
      `${file}: this event trace does not carry its program's source, and its log does not say which events were the ` +
        "program's own calls, so it cannot be re-simulated; write the trace with `pymem run FILE.py --trace OUT` " +
        '(which stores the source), or give whatif the .py program or an allocator trace from `pymem record`',
    );
  }
  const program = typeof header.meta?.program === 'string' ? header.meta.program : file;
  // the script's path as the run named it (absolute since pymem run does as python3 does), its modules
  const filename = typeof header.meta?.filename === 'string' ? header.meta.filename : program;
  const modules = header.meta?.modules;
  const input: ProgramInput = {
    argv0: program,
    findModule: recordedModuleFinder(modules && typeof modules === 'object' && !Array.isArray(modules) ? (modules as ModuleSources) : {}),
  };
  const recorded = recordedRun(header);
  if (!collectors.has(recorded.collector)) {
    throw new CliError(`${file}: recorded with the collector "${recorded.collector}", which this pymem does not know (known: ${collectors.names().join(', ')})`);
  }
  // The recorded run's own --max-steps stops every re-run where the recording stopped.
  const given = parseRunLimits(opts);
  const limits = recorded.maxSteps !== undefined && recorded.maxSteps < given.maxSteps ? { ...given, maxSteps: recorded.maxSteps, recordedSteps: true } : given;
  // A damaged trace is refused before any run (reading is much faster than running).
  try {
    const whole = await openTrace(file);
    for await (const chunk of whole.chunks()) void chunk;
  } catch (error) {
    if (error instanceof TraceError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  // The program is the mutator: run it under the recorded configuration first; the events must
  // be the trace's own. The run is written to a temporary trace and compared file to file.
  const folder = mkdtempSync(join(tmpdir(), 'pymem-whatif-'));
  removeFolderOnInterrupt(folder);
  let diff;
  try {
    const rerun = join(folder, 'rerun.pmt');
    rerunToFile(source, filename, recorded, header, rerun, limits, input);
    const [a, b] = [await openTrace(file), await openTrace(rerun)];
    try {
      diff = await diffTraces(a, b);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const unreadable = diff.errors.find((e) => e.trace === 'a');
  if (unreadable) throw new CliError(`${file}: ${unreadable.error.message}`);
  if (diff.first !== undefined || diff.eventsA !== diff.eventsB) {
    const at = diff.first ? `event ${diff.first.index} (${diff.first.fields.map((f) => f.field).join(', ')})` : `length (${diff.eventsA} vs ${diff.eventsB} events)`;
    io.err(`pymem whatif: warning: running ${program} again under the recorded configuration does not reproduce ${file}: first difference at ${at}; the trace was made by another version of pymem or the source changed\n`);
  }
  const results = resimulateAll(source, filename, configs, limits, input);
  if (opts.json) io.out(`${JSON.stringify({ trace: file, program, reproduced: diff.identical || (diff.first === undefined && diff.eventsA === diff.eventsB), configs: results }, null, 2)}\n`);
  else io.out(formatWhatif(results, PROGRAM_ROWS));
}

/** One run of `source` as `pymem run --trace` made it, start-up included, streamed into `out`. */
function rerunToFile(source: string, filename: string, recorded: RunSetup, header: TraceHeader, out: string, limits: RunLimits, input: ProgramInput): void {
  const guard = guardRun(limits, 'whatif: the run under the recorded configuration');
  let writer: ReturnType<typeof createRuntimeTraceWriter> | undefined;
  let errors = '';
  try {
    runWithSetup(source, filename, recorded, {
      ...input,
      stdout: () => {},
      stderr: (t) => (errors = (errors + t).slice(-200)),
      maxSteps: limits.maxSteps,
      traced: true,
      onRuntime: (rt) => {
        writer = createRuntimeTraceWriter(rt, out, { profile: header.profile, config: { ...header.config }, meta: header.meta ? { ...header.meta } : undefined });
        guard.onRuntime(rt);
      },
    });
  } catch (error) {
    writer?.abort();
    guard.failed(error);
  }
  // a program that never started (its recorded source does not compile) made no runtime, so no trace
  if (writer === undefined) throw new CliError(`whatif: the recorded program does not run${errors.trim() ? `: ${errors.trim().split('\n').pop()}` : ''}`);
  writer.close();
  guard.finish(errors);
}
