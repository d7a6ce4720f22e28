// `pymem replay FILE`: replays a trace. The kind of trace is chosen by the file's first bytes:
// each entry of `traceReplayers` recognises its magic; the allocator trace (from `pymem record`)
// is one of them, and event logs can add theirs beside it.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Command } from 'commander';
import {
  AllocatorTraceError,
  formatMallocStats,
  isAllocatorTrace,
  mallocStats,
  MallocStatsParseError,
  parseMallocStats,
  replayAllocatorTrace,
  resimulateAllocatorTrace,
  resolvePoolParams,
  type PoolParams,
  type TraceByteSource,
} from '@pymem/pool-allocator';
import { CliError, type CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';
import { eventTraceReplayer } from './replayEvents.js';

/** Options `pymem replay` accepts (each replayer uses those that apply to it). */
export interface ReplayOptions {
  readonly mallocStats?: boolean;
  readonly check?: boolean;
  readonly json?: boolean;
  /** Event traces: stop after the event with this seq. */
  readonly until?: string;
  /** No progress bar. */
  readonly quiet?: boolean;
  /** Allocator traces: re-simulate with other pymalloc parameters (bytes, or with a k/m suffix). */
  readonly poolSize?: string;
  readonly arenaSize?: string;
  readonly threshold?: string;
  readonly alignment?: string;
}

/** The pool parameters given on the command line, or undefined when none was. */
function poolParams(options: ReplayOptions): Partial<PoolParams> | undefined {
  const given: [keyof PoolParams, string | undefined, string][] = [
    ['poolSize', options.poolSize, '--pool-size'],
    ['arenaSize', options.arenaSize, '--arena-size'],
    ['smallRequestThreshold', options.threshold, '--threshold'],
    ['alignment', options.alignment, '--alignment'],
  ];
  const params: Record<string, number> = {};
  for (const [key, value, flag] of given) {
    if (value === undefined) continue;
    const m = /^(\d+)([kKmM]?)$/.exec(value);
    const n = m ? Number(m[1]) * (m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1024 : 1024 * 1024) : Number.NaN;
    if (!Number.isSafeInteger(n)) throw new CliError(`${flag} wants a number of bytes (like 4096 or 4k), got ${JSON.stringify(value)}`);
    params[key] = n;
  }
  if (Object.keys(params).length === 0) return undefined;
  try {
    resolvePoolParams(params);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
  return params;
}

/** One kind of trace `pymem replay` knows. */
export interface TraceReplayer {
  readonly name: string;
  /** True when the file's first bytes (up to 64) are this kind's magic. */
  matches(firstBytes: Uint8Array): boolean;
  run(file: string, options: ReplayOptions, io: CliIo): void | Promise<void>;
}

/** Runs `use` with a positional reader over a file (for streaming trace readers), then closes it. */
export function withFileSource<T>(file: string, use: (source: TraceByteSource) => T): T {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return use((target, position) => readSync(fd, target, 0, target.length, position));
  } finally {
    closeSync(fd);
  }
}

/** Differences between two texts, line by line. */
function diffLines(recorded: string, replayed: string): { line: number; recorded: string | null; replayed: string | null }[] {
  const a = recorded.split('\n');
  const b = replayed.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) out.push({ line: i + 1, recorded: a[i] ?? null, replayed: b[i] ?? null });
  }
  return out;
}

/** Allocator traces written by tools/recorder: replayed through the pymalloc model. */
export const allocatorTraceReplayer: TraceReplayer = {
  name: 'allocator trace',
  matches: isAllocatorTrace,
  run(file, options, io) {
    const params = poolParams(options);
    if (params && options.check) throw new CliError("--check compares with CPython's own table, so it cannot be combined with other pool parameters");
    let replay;
    const started = performance.now();
    try {
      replay = withFileSource(file, (source) => (params ? resimulateAllocatorTrace(source, params) : replayAllocatorTrace(source)));
    } catch (error) {
      if (error instanceof AllocatorTraceError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
    const seconds = (performance.now() - started) / 1000;
    const { allocator, header, footer } = replay;
    if (!header.pythonVersion.startsWith('3.11.')) {
      io.err(`pymem: warning: ${file} was recorded by python ${header.pythonVersion}; the model is CPython 3.11's pymalloc\n`);
    }
    const stats = mallocStats(allocator);
    const text = formatMallocStats(stats);
    if (options.check) {
      if (footer.stats === undefined) throw new CliError(`${file}: the trace carries no recorded stats table to check against`);
      const differences = diffLines(footer.stats, text);
      if (footer.allocatedBlocks !== undefined) {
        // sys.getallocatedblocks() also counts live raw blocks, which the table does not show.
        const replayed = stats.rawAllocatedBlocks + stats.classes.reduce((t, c) => t + c.blocksInUse, 0);
        if (replayed !== footer.allocatedBlocks) {
          differences.push({ line: 0, recorded: `sys.getallocatedblocks() = ${footer.allocatedBlocks}`, replayed: `sys.getallocatedblocks() = ${replayed}` });
        }
      }
      if (options.json) {
        let recorded;
        try {
          recorded = parseMallocStats(footer.stats);
        } catch (error) {
          if (!(error instanceof MallocStatsParseError)) throw error;
        }
        io.out(`${JSON.stringify({ match: differences.length === 0, records: footer.records, differences, recorded, replayed: stats }, null, 2)}\n`);
      } else if (differences.length === 0) {
        io.out(`tables match: ${footer.records.toLocaleString('en-US')} calls replayed, ${stats.arenasAllocatedCurrent} arenas, ${stats.classes.length} size classes in use\n`);
      } else {
        io.out(`tables differ in ${differences.length} line${differences.length === 1 ? '' : 's'} (- recorded by CPython, + replayed by pymem):\n`);
        for (const d of differences) {
          if (d.recorded !== null) io.out(`-${String(d.line).padStart(4)}: ${d.recorded}\n`);
          if (d.replayed !== null) io.out(`+${String(d.line).padStart(4)}: ${d.replayed}\n`);
        }
      }
      if (differences.length > 0) {
        // one line on stderr too: a damaged table part of the trace ends here as well
        io.err(`pymem: ${file}: the replayed table differs from the one recorded in the trace in ${differences.length} line${differences.length === 1 ? '' : 's'}\n`);
        io.exitCode = 1;
      }
      return;
    }
    if (options.json) {
      io.out(`${JSON.stringify({ python: header.pythonVersion, records: footer.records, recordedSeconds: footer.elapsedNs / 1e9, replaySeconds: seconds, stats }, null, 2)}\n`);
    } else {
      io.out(text);
      if (!options.mallocStats) {
        io.err(`pymem: replayed ${footer.records.toLocaleString('en-US')} calls of a python ${header.pythonVersion} run in ${seconds.toFixed(3)} s\n`);
      }
    }
  },
};

/** Every kind of trace `pymem replay` can read, tried in order. */
export const traceReplayers: TraceReplayer[] = [allocatorTraceReplayer, eventTraceReplayer];

function replay(file: string, options: ReplayOptions, io: CliIo): void | Promise<void> {
  const head = new Uint8Array(64);
  let n: number;
  try {
    const fd = openSync(file, 'r');
    n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const first = head.subarray(0, n);
  const replayer = traceReplayers.find((r) => r.matches(first));
  if (!replayer) {
    throw new CliError(`${file}: not a trace pymem knows (at byte offset 0: expected the magic of ${traceReplayers.map((r) => r.name).join(' or ')})`);
  }
  return replayer.run(file, options, io);
}

/** `pymem replay`. */
export const registerReplay: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('replay')
    .description('replay a trace: an event trace (.pmt, .jsonl) rebuilds the runtime state (--until, --check); an allocator trace from `pymem record` goes through the pymalloc model (--malloc-stats, --check)')
    .argument('<file>', 'the trace file')
    .option('--malloc-stats', "print the replayed allocator's sys._debugmallocstats() table")
    .option('--check', 'allocator traces: compare the replayed table with the one CPython printed (exit 1 showing the differing lines); event traces: check every invariant (refcounts, frees, stores) while replaying')
    .option('--json', 'print JSON instead of text')
    .option('--pool-size <bytes>', 're-simulate with this pool size instead of replaying exactly (e.g. 4k)')
    .option('--arena-size <bytes>', 're-simulate with this arena size (e.g. 256k)')
    .option('--threshold <bytes>', 're-simulate with this small-request threshold')
    .option('--alignment <bytes>', 're-simulate with this alignment')
    .option('--until <seq>', 'event traces: stop after the event with this seq')
    .option('-q, --quiet', 'event traces: no progress bar')
    .action((file: string, options: ReplayOptions) => replay(file, options, io));
};
