// Runs the README's "Tuning a real program" walk-through: every `npx pymem` command of its sh
// blocks, in order, on a copy of docs/examples (so the traces it writes land in a temporary
// folder), and checks that each output shown in the README has the shape of the real output.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './io.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'pymem-walkthrough-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(root, 'docs', 'examples'), join(dir, 'docs', 'examples'), { recursive: true });

/** The walk-through's steps: each command with the output block shown after it, if any. */
function steps(): { command: string; shown: string[] | undefined }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Tuning a real program\n')[1]!.split('\n## ')[0]!;
  const blocks = [...section.matchAll(/```(sh|text)\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1]!, lines: m[2]!.trimEnd().split('\n') }));
  const out: { command: string; shown: string[] | undefined }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'sh') return;
    const commands = b.lines.filter((l) => l.startsWith('npx pymem '));
    const next = blocks[i + 1];
    commands.forEach((command, j) => out.push({ command, shown: j === commands.length - 1 && next?.kind === 'text' ? next.lines : undefined }));
  });
  return out;
}

/** A shown line as a pattern: numbers, units and changes may differ between runs, the words may not. */
function shape(line: string): RegExp {
  const CHANGE = '\u0001';
  const NUMBER = '\u0002';
  const UNIT = '\u0003';
  const escaped = line
    .trim()
    .replace(/\((=|new|[+-]?[\d.]+%)\)/g, CHANGE)
    .replace(/[+-]?\d[\d,]*(\.\d+)?/g, NUMBER)
    .replace(/\b(B|KiB|MiB)\b/g, UNIT)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ +/g, ' +')
    .replaceAll(CHANGE, '\\((=|new|[+-]?[\\d.]+%)\\)')
    .replaceAll(NUMBER, '[+-]?\\d[\\d,]*(\\.\\d+)?')
    .replaceAll(UNIT, '(B|KiB|MiB)');
  return new RegExp(`^${escaped}$`);
}

describe('the README walk-through, tuning a real program', () => {
  const all = steps();

  it('has the four steps: record, report, whatif, compare', () => {
    expect(all.map((s) => s.command.split(' ')[2])).toEqual(['record', 'report', 'whatif', 'record', 'compare', 'compare']);
  });

  for (const { command, shown } of all) {
    it(`runs: ${command}`, async () => {
      expect(command).not.toMatch(/["'\\$]/);
      const args = command
        .split(/ +/)
        .slice(2)
        .map((a) => (/\.(trace|py|json)$/.test(a) || a.startsWith('docs/') ? join(dir, a) : a));
      const io = memoryIo();
      const code = await main(['node', 'pymem', ...args], io);
      expect(io.stderr).not.toMatch(/internal error/);
      expect(code).toBe(0);
      if (shown === undefined) return;
      const real = io.stdout.replaceAll(`${dir}/`, '').split('\n');
      for (const line of shown) {
        if (line === '…' || line.trim() === '') continue;
        const pattern = shape(line);
        expect(real.some((r) => pattern.test(r.trim())), `README line not in the output: ${line}\n--- output:\n${io.stdout}`).toBe(true);
      }
    }, 120_000);
  }
});
