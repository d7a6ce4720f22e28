// The fuzz campaign's cases: every trace command over every trace format, run in-process
// (`main` with an in-memory io, no process per case). A case is (target, mutation): the target
// names a command line and the format of its input; the mutation damages one of that format's
// seed traces. Outcomes: exit 0, 1 or 2 with a `pymem:` line are fine; an internal error, a stack
// trace, another exit status, a message-less failure, a temporary or partial output left behind,
// an output written by a failing command, or a `convert` output its own reader rejects are not.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTraceHeader, encodeTrace, synthesizeEvents } from '@pymem/tracing';
import { synthesizeAllocatorTrace } from '@pymem/pool-allocator';
import { main } from '../main.js';
import { memoryIo } from '../io.js';
import { recordProgram, ensureRecorder } from '../commands/record.js';
import { caseSeed, createRng, mutateBytes, mutateJsonLines } from './mutate.js';

/** A trace format the campaign damages. */
export type FuzzFormat = 'jsonl' | 'pmt' | 'allocator';

/** A command line run on a damaged input. */
export interface FuzzTarget {
  readonly name: string;
  readonly format: FuzzFormat;
  /** The argv after `pymem`, given the damaged input, an output path and a sound trace of the same format. */
  args(input: string, output: string, sound: string): string[];
  /** Writes `output` on success. */
  readonly writes?: boolean;
  /** Exit 1 without a `pymem:` line is an answer (diff: the traces differ). */
  readonly oneIsAnswer?: boolean;
}

const EXT: Record<FuzzFormat, string> = { jsonl: 'jsonl', pmt: 'pmt', allocator: 'trace' };

const eventTargets = (format: 'jsonl' | 'pmt'): FuzzTarget[] => {
  const other = format === 'pmt' ? 'jsonl' : 'pmt';
  return [
    { name: 'stats', format, args: (i) => ['stats', i, '--json'] },
    { name: 'stats (text)', format, args: (i) => ['stats', i, '-q'] },
    { name: 'replay', format, args: (i) => ['replay', i, '-q'] },
    { name: 'replay --check', format, args: (i) => ['replay', i, '--check', '--json'] },
    { name: 'replay --until', format, args: (i) => ['replay', i, '--until', '150', '--json'] },
    { name: `convert to .${other}`, format, writes: true, args: (i, o) => ['convert', i, `${o}.${other}`, '-q'] },
    { name: 'convert --no-check', format, writes: true, args: (i, o) => ['convert', i, `${o}.${other}`, '--no-check', '-q'] },
    { name: 'diff', format, oneIsAnswer: true, args: (i, _o, s) => ['diff', i, s, '--json'] },
    { name: 'export', format, writes: true, args: (i, o) => ['export', i, '--out', `${o}.json`, '-q', '--counter-every', '10'] },
    { name: 'whatif', format, args: (i) => ['whatif', i, '--json', '-q', '--max-steps', '200000', '--config', 'default', '--config', 'threshold=100/5/5'] },
    { name: 'report', format, args: (i) => ['report', i, '--json'] },
    { name: 'compare', format, args: (i, _o, s) => ['compare', i, s, '--json'] },
  ];
};

/** Every command line of the campaign, for each format. */
export const TARGETS: readonly FuzzTarget[] = [
  ...eventTargets('jsonl'),
  ...eventTargets('pmt'),
  { name: 'replay', format: 'allocator', args: (i) => ['replay', i] },
  { name: 'replay --check', format: 'allocator', args: (i) => ['replay', i, '--check'] },
  { name: 'replay --malloc-stats', format: 'allocator', args: (i) => ['replay', i, '--malloc-stats', '--json'] },
  { name: 'replay --arena-size', format: 'allocator', args: (i) => ['replay', i, '--arena-size', '64k', '--json'] },
  { name: 'export', format: 'allocator', writes: true, args: (i, o) => ['export', i, '--out', `${o}.json`, '-q'] },
  { name: 'whatif', format: 'allocator', args: (i) => ['whatif', i, '--json', '-q', '--config', 'arenaSize=65536', '--config', 'poolSize=8192'] },
  { name: 'report', format: 'allocator', args: (i) => ['report', i, '--json'] },
  { name: 'report --check', format: 'allocator', args: (i) => ['report', i, '--check'] },
  { name: 'report (text)', format: 'allocator', args: (i) => ['report', i] },
  { name: 'compare', format: 'allocator', args: (i, _o, s) => ['compare', i, s, '--json'] },
  { name: 'stats', format: 'allocator', args: (i) => ['stats', i, '--json'] },
  { name: 'convert', format: 'allocator', writes: true, args: (i, o) => ['convert', i, `${o}.pmt`, '-q'] },
  { name: 'diff', format: 'allocator', oneIsAnswer: true, args: (i, _o, s) => ['diff', i, s] },
];

const PROGRAM = `import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
nodes = [Node(i) for i in range(30)]
for i in range(29):
    nodes[i].next = nodes[i + 1]
nodes[29].next = nodes[0]
d = {str(i): (i, [i]) for i in range(20)}
del nodes
print(gc.collect(), len(d))
`;

const RECORDED = 'import gc\nclass C: pass\nxs = []\nfor i in range(200):\n    c = C(); c.me = c; xs.append([i, str(i)])\ndel c\ngc.collect()\n';

/** The sound traces every mutation starts from, by format (made in `dir`). */
export interface Corpus {
  readonly seeds: Record<FuzzFormat, { path: string; bytes: Uint8Array }[]>;
  /** Why a format has no seed trace (the recorder could not be built), if so. */
  readonly missing: string[];
}

/** Writes the seed traces: a real `pymem run --trace` of a small program and a synthetic log in both event formats, a recorded CPython run. */
export async function buildCorpus(dir: string): Promise<Corpus> {
  mkdirSync(dir, { recursive: true });
  const missing: string[] = [];
  const prog = join(dir, 'prog.py');
  writeFileSync(prog, PROGRAM);
  for (const format of ['jsonl', 'pmt'] as const) {
    const path = join(dir, `run.${format}`);
    const io = memoryIo();
    const code = await main(['node', 'pymem', 'run', prog, '--trace', path], io);
    if (code !== 0) throw new Error(`fuzz: could not record the seed event trace: ${io.stderr}`);
    writeFileSync(join(dir, `synthetic.${format}`), encodeTrace(format, createTraceHeader({ config: { threshold: [700, 10, 10] } }), synthesizeEvents({ events: 400, seed: 15 }), { blockEvents: 64 }));
  }
  // the model's own small trace (its table adds up), beside the recorded one
  const rng = createRng(16);
  const steps = Array.from({ length: 3000 }, () => [rng.next() < 0.6, rng.next() < 0.9 ? 1 + rng.int(512) : 513 + rng.int(4000), rng.int(1 << 30)] as const);
  writeFileSync(join(dir, 'synthetic.trace'), synthesizeAllocatorTrace(steps).bytes);
  try {
    recordProgram(ensureRecorder(), join(dir, 'recorded.trace'), ['-I', '-S', '-c', RECORDED], { ignoreStdin: true, passThrough: false });
  } catch (error) {
    missing.push(`allocator traces: ${(error as Error).message.split('\n')[0]}`);
  }
  return { ...loadCorpus(dir), missing };
}

const SEED_FILES: Record<FuzzFormat, string[]> = { jsonl: ['run.jsonl', 'synthetic.jsonl'], pmt: ['run.pmt', 'synthetic.pmt'], allocator: ['recorded.trace', 'synthetic.trace'] };

/** The seed traces `buildCorpus` wrote in `dir` (a worker reads them instead of making its own). */
export function loadCorpus(dir: string): Corpus {
  const seeds: Corpus['seeds'] = { jsonl: [], pmt: [], allocator: [] };
  for (const format of Object.keys(SEED_FILES) as FuzzFormat[]) {
    for (const name of SEED_FILES[format]) {
      const path = join(dir, name);
      if (existsSync(path)) seeds[format].push({ path, bytes: new Uint8Array(readFileSync(path)) });
    }
  }
  return { seeds, missing: [] };
}

/** What one case did. */
export interface CaseResult {
  readonly index: number;
  readonly target: string;
  readonly format: FuzzFormat;
  /** exit0, exit1, exit2, or a failure's kind. */
  readonly outcome: string;
  /** Milliseconds the command took. */
  readonly ms: number;
  readonly failure?: { readonly kind: string; readonly detail: string; readonly mutation: string };
}

/** The targets a campaign runs (those whose format has a seed trace). */
export function activeTargets(corpus: Corpus): FuzzTarget[] {
  return TARGETS.filter((t) => corpus.seeds[t.format].length > 0);
}

/** The damaged input of case `index` (pure: the same bytes for the same seed, index and corpus). */
export function caseInput(corpus: Corpus, seed: number, index: number): { target: FuzzTarget; bytes: Uint8Array; mutation: string; sound: string } {
  const targets = activeTargets(corpus);
  const target = targets[index % targets.length]!;
  const rng = createRng(caseSeed(seed, index));
  // the small synthetic trace two times in three (the recorded run, with its start-up, is 13x longer)
  const pool = corpus.seeds[target.format];
  const base = pool.length > 1 && rng.next() < 0.67 ? pool[pool.length - 1]! : pool[0]!;
  let bytes = base.bytes;
  const whats: string[] = [];
  const rounds = rng.next() < 0.75 ? 1 : 2 + rng.int(3);
  for (let k = 0; k < rounds; k++) {
    const m = target.format === 'jsonl' ? mutateJsonLines(bytes, rng) : mutateBytes(bytes, rng, target.format === 'allocator' ? 6144 : 0);
    bytes = m.bytes;
    whats.push(m.what);
  }
  return { target, bytes, mutation: `${base.path.split('/').pop()}: ${whats.join('; ')}`, sound: base.path };
}

/** Runs case `index` in `work` (a folder of its own) and classifies what happened. */
export async function runCase(corpus: Corpus, seed: number, index: number, work: string): Promise<CaseResult & { input: Uint8Array }> {
  const { target, bytes, mutation, sound } = caseInput(corpus, seed, index);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const input = join(work, `input.${EXT[target.format]}`);
  writeFileSync(input, bytes);
  const output = join(work, 'output');
  const io = memoryIo();
  const t0 = performance.now();
  let code: number;
  let kind: string | undefined;
  let detail = '';
  try {
    code = await main(['node', 'pymem', ...target.args(input, output, sound)], io);
  } catch (error) {
    code = -1;
    kind = 'exception out of main';
    detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const ms = performance.now() - t0;
  const err = io.stderr;
  const left = readdirSync(work).filter((f) => f !== `input.${EXT[target.format]}`);
  if (kind === undefined) {
    if (/internal error/.test(err)) kind = 'internal error';
    else if (/\n\s+at .*[(:]\d+/.test(err)) kind = 'stack trace';
    else if (code < 0 || code > 2) kind = `exit ${code}`;
    else if (code !== 0 && !/^pymem[: ]/m.test(err) && !(target.oneIsAnswer && code === 1)) kind = 'failed without a pymem: message';
    else if (left.some((f) => f.endsWith('.tmp') || f.includes('.partial-'))) kind = 'temporary file left behind';
    else if (code !== 0 && left.length > 0) kind = 'output written by a failing command';
    else if (code === 0 && target.writes && left.length !== 1) kind = 'no output written';
    if (kind !== undefined) detail = err.slice(0, 600);
  }
  if (kind === undefined && code === 0 && target.writes) {
    const written = join(work, left[0]!);
    if (written.endsWith('.json')) {
      try {
        JSON.parse(readFileSync(written, 'utf8'));
      } catch (error) {
        kind = 'export wrote invalid JSON';
        detail = (error as Error).message;
      }
    } else {
      // read back as the command wrote it (with --no-check the events need not be consistent)
      const back = memoryIo();
      const check = target.args(input, output, sound).includes('--no-check');
      const c = await main(['node', 'pymem', ...(check ? ['convert', written, join(work, 'back.jsonl'), '--no-check', '-q'] : ['stats', written, '--json', '-q'])], back);
      if (c !== 0) {
        kind = 'convert wrote a trace its reader rejects';
        detail = back.stderr.slice(0, 600);
      }
    }
  }
  const base = { index, target: target.name, format: target.format, input: bytes, ms };
  if (kind !== undefined) return { ...base, outcome: kind, failure: { kind, detail, mutation } };
  return { ...base, outcome: `exit${code}` };
}

/** Where a failing case's input is kept, named so it can be rerun: `npm run fuzz -- --seed S --case I`. */
export function keepInput(folder: string, seed: number, result: CaseResult & { input: Uint8Array }): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `seed${seed}-case${result.index}.${EXT[result.format]}`);
  if (!existsSync(path)) writeFileSync(path, result.input);
  return path;
}
