// `pymem stats TRACE`: what a trace holds, in one streaming pass: events by type, objects by
// type, collections per generation, who freed objects, peak memory. A trace that breaks off
// still gets its figures up to the break, then the error.
import type { Command } from 'commander';
import { createProjection } from '@pymem/runtime';
import { createStatsCollector, type TraceStats } from '@pymem/tracing';
import { CliError, type CliIo } from '../io.js';
import { openForCli, readChunks, traceFailure } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface StatsOptions {
  json?: boolean;
  quiet?: boolean;
  allowUnknownTypes?: boolean;
}

const n = (x: number) => x.toLocaleString('en-US');

/** Renders stats as aligned text tables. */
export function formatStats(s: TraceStats, typeNames: (typeId: number) => string | undefined = () => undefined): string {
  const lines: string[] = [];
  lines.push(`events: ${n(s.events)} (seq ${s.firstSeq}..${s.lastSeq})`);
  lines.push('', 'events by type:');
  const w = Math.max(12, ...s.byEventType.map((t) => t.type.length));
  for (const t of s.byEventType) lines.push(`  ${t.type.padEnd(w)} ${t.kind.padEnd(8)} ${n(t.count).padStart(12)}`);
  if (s.byObjectType.length > 0) {
    const names = s.byObjectType.map((t) => t.name ?? typeNames(t.typeId) ?? `type ${t.typeId}`);
    const nw = Math.max(16, ...names.map((x) => x.length));
    lines.push('', 'objects by type:', `  ${'type'.padEnd(nw)} ${'allocated'.padStart(12)} ${'freed'.padStart(12)} ${'live'.padStart(10)} ${'peak live'.padStart(10)}`);
    s.byObjectType.forEach((t, i) => {
      lines.push(`  ${names[i]!.padEnd(nw)} ${n(t.allocated).padStart(12)} ${n(t.freed).padStart(12)} ${n(t.live).padStart(10)} ${n(t.peakLive).padStart(10)}`);
    });
  }
  const c = s.collections;
  lines.push(
    '',
    `collections: gen0 ${n(c.byGeneration[0])}, gen1 ${n(c.byGeneration[1])}, gen2 ${n(c.byGeneration[2])}; ` +
      `collected ${n(c.collected)}, uncollectable ${n(c.uncollectable)}, largest ${n(c.largest)}`,
  );
  const o = s.objects;
  lines.push(
    `objects: allocated ${n(o.allocated)}, freed by refcount ${n(o.freedByRefcount)}, freed by the collector ${n(o.freedByCollector)}, ` +
      `live at end ${n(o.live)}, peak live ${n(o.peakLive)}, finalized ${n(o.finalized)}`,
  );
  const m = s.memory;
  lines.push(
    `memory: peak ${n(m.peakBytes)} bytes in objects and buffers (${n(m.liveBytes)} at end); ` +
      `arenas peak ${n(m.peakArenas)} (${n(m.arenas)} at end); pools peak ${n(m.peakPools)} (${n(m.pools)} at end)`,
  );
  return `${lines.join('\n')}\n`;
}

export const registerStats: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('stats')
    .description('summarize a trace: events by type, objects by type, collections, peak memory')
    .argument('<trace>', 'a trace file (.pmt or .jsonl)')
    .option('--json', 'print the figures as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--allow-unknown-types', 'accept event types this pymem does not know')
    .action(async (path: string, opts: StatsOptions) => {
      const reader = await openForCli(path, { check: true, allowUnknownTypes: opts.allowUnknownTypes });
      if (reader.format === 'allocator') throw new CliError(`${path} is an allocator trace; use \`pymem replay\` for it`);
      const stats = createStatsCollector({ check: false });
      const error = await readChunks(io, reader, `stats ${path}`, opts.quiet, (c) => stats.add(c.events));
      // Builtin types have fixed ids: name them from a fresh projection's registry (classes
      // created at run time are named by their type.registered events).
      const types = createProjection().types;
      const builtinName = (id: number) => (id >= 0 && id < types.size ? types.get(id).name : undefined);
      const named = stats.result();
      const result = { ...named, byObjectType: named.byObjectType.map((t) => ({ ...t, name: t.name ?? builtinName(t.typeId) })) };
      if (opts.json) {
        io.out(`${JSON.stringify({ trace: path, format: reader.format, header: reader.header, complete: error === undefined, error: error?.message, ...result }, null, 2)}\n`);
      } else {
        if (error) io.out(`(incomplete: the trace could not be read past event ${n(result.events)}; figures cover what was read)\n`);
        io.out(`trace: ${path} (${reader.format}, profile ${reader.header.profile})\n`);
        io.out(formatStats(result));
      }
      if (error) throw traceFailure(path, error);
    });
};
