// `pymem diff A B`: where two runs first differ, and how. Reads both traces side by side (any
// mix of formats), stops comparing at the first difference but reads on to count how far
// apart the runs ended. Exit status as diff(1): 0 identical, 1 different, 2 trouble.
import type { Command } from 'commander';
import { diffTraces, type TraceDiff, type TraceEvent } from '@pymem/tracing';
import type { CliIo } from '../io.js';
import { createProgress, openForCli, traceFailure } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface DiffOptions {
  json?: boolean;
  quiet?: boolean;
  allowUnknownTypes?: boolean;
}

const show = (e: TraceEvent | undefined) => (e === undefined ? '(end of trace)' : JSON.stringify(e));

/** Renders a diff for people. */
export function formatDiff(d: TraceDiff, a: string, b: string): string {
  const lines: string[] = [];
  if (d.identical) return `identical: ${d.eventsA} events, same header\n`;
  for (const h of d.header) lines.push(`header ${h.field} differs: ${JSON.stringify(h.a)} (A) vs ${JSON.stringify(h.b)} (B)`);
  const f = d.first;
  if (f !== undefined) {
    const seq = f.a?.seq ?? f.b?.seq;
    lines.push(`first difference at event #${f.index}${seq !== undefined ? ` (seq ${seq})` : ''}:`);
    if (f.lastMarker !== undefined) {
      const m = f.lastMarker;
      lines.push(`  after marker ${JSON.stringify(m.label)}${m.line !== undefined ? ` line ${m.line}` : ''} (seq ${m.seq})`);
    }
    for (const e of f.before) lines.push(`    ${show(e)}`);
    lines.push(`  A: ${show(f.a)}`, `  B: ${show(f.b)}`);
    for (const x of f.fields) lines.push(`  ${x.field}: ${JSON.stringify(x.a)} -> ${JSON.stringify(x.b)}`);
  } else if (d.header.length > 0) {
    lines.push(`events: identical (${d.eventsA})`);
  }
  lines.push(`events: ${d.eventsA} in A (${a}), ${d.eventsB} in B (${b})`);
  if (d.countsByType.length > 0) {
    lines.push('event counts that differ:');
    const w = Math.max(...d.countsByType.map((c) => c.type.length));
    for (const c of d.countsByType) lines.push(`  ${c.type.padEnd(w)} ${String(c.a).padStart(10)} ${String(c.b).padStart(10)}  (${c.b - c.a >= 0 ? '+' : ''}${c.b - c.a})`);
  }
  return `${lines.join('\n')}\n`;
}

export const registerDiff: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('diff')
    .description('compare two traces: where the runs first differ, and how (exit 0 same, 1 different, 2 error)')
    .argument('<a>', 'first trace (.pmt or .jsonl)')
    .argument('<b>', 'second trace (.pmt or .jsonl)')
    .option('--json', 'print the comparison as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--allow-unknown-types', 'accept event types this pymem does not know')
    .action(async (a: string, b: string, opts: DiffOptions) => {
      const options = { allowUnknownTypes: opts.allowUnknownTypes };
      const ra = await openForCli(a, options, 2);
      const rb = await openForCli(b, options, 2);
      const progress = createProgress(io, `diff ${a} ${b}`, { quiet: opts.quiet });
      const total = ra.size !== undefined && rb.size !== undefined ? ra.size + rb.size : undefined;
      let d;
      try {
        d = await diffTraces(ra, rb, { onProgress: () => progress.update(ra.bytesRead + rb.bytesRead, total) });
      } finally {
        // the comparison stops at the first difference: what is left of the files stays unread
        progress.finish();
        await Promise.all([ra.close(), rb.close()]);
      }
      if (opts.json) {
        const errors = d.errors.map((e) => ({ trace: e.trace, message: e.error.message }));
        io.out(`${JSON.stringify({ a, b, ...d, errors }, null, 2)}\n`);
      } else {
        io.out(formatDiff(d, a, b));
      }
      if (d.errors.length > 0) {
        const first = d.errors[0]!;
        io.out('(comparison stopped where a trace could not be read further)\n');
        throw traceFailure(first.trace === 'a' ? a : b, first.error, 2);
      }
      io.exitCode = d.identical ? 0 : 1;
    });
};
