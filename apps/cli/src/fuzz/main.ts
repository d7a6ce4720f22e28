// `npm run fuzz [-- --runs N --seed S --jobs J --timeout MS]`: the long fuzz campaign of issue 15.
// A fresh seed each run (printed); the cases are split over J worker processes, each running its
// cases in-process (campaign.ts); a case still running after the timeout is a hang (its worker is
// killed and a new one goes on after it). Prints runs and outcomes per command and format, and
// every failure with its seed, case number and mutation; the inputs of failures are kept in
// fuzz-failures/ so each can become a fixed regression test. `--case I --seed S` reruns one case.
// Exit 0 when no case failed, 1 otherwise.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTargets, buildCorpus, loadCorpus, caseInput, keepInput, runCase, type CaseResult, type Corpus } from './campaign.js';

interface Options {
  runs: number;
  seed: number;
  jobs: number;
  timeoutMs: number;
  case?: number;
  keep: string;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (flag: string, fallback: number) => {
    const v = get(flag);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`${flag} expects a non-negative integer, got "${v}"`);
    return Number(v);
  };
  const c = get('--case');
  return {
    runs: num('--runs', 100_000),
    seed: num('--seed', (Math.random() * 2 ** 32) >>> 0),
    jobs: num('--jobs', 2),
    timeoutMs: num('--timeout', 30_000),
    keep: resolve(get('--keep') ?? 'fuzz-failures'),
    ...(c !== undefined ? { case: num('--case', 0) } : {}),
  };
}

type Message = { start: number } | { done: CaseResult } | { finished: true };

/** A worker: builds the corpus (the same bytes as the parent's) and runs cases from..to-1, step jobs. */
async function worker(seed: number, from: number, to: number, step: number, dir: string): Promise<void> {
  const corpus = loadCorpus(join(dir, 'corpus'));
  const work = join(dir, `work-${process.pid}`);
  // a Node warning (a file handle closed by the garbage collector...) fails the case it came in
  let warning: string | undefined;
  process.removeAllListeners('warning');
  process.on('warning', (w) => (warning ??= `${w.name}: ${w.message}`));
  for (let i = from; i < to; i += step) {
    process.send!({ start: i } satisfies Message);
    const { input: _, ...result } = await runCase(corpus, seed, i, work);
    if (warning !== undefined && !result.failure) {
      process.send!({ done: { ...result, outcome: 'warning', failure: { kind: 'node warning (at or before this case)', detail: warning, mutation: '' } } } satisfies Message);
    } else process.send!({ done: result } satisfies Message);
    warning = undefined;
  }
  await new Promise<void>((r) => process.send!({ finished: true } satisfies Message, () => r()));
  process.exit(0);
}

const here = fileURLToPath(import.meta.url);

async function campaign(o: Options): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-fuzz-'));
  const started = Date.now();
  console.log(`fuzz: seed ${o.seed} (rerun with --seed ${o.seed}), ${o.runs.toLocaleString('en-US')} cases, ${o.jobs} workers, hang timeout ${o.timeoutMs} ms`);
  const corpus = await buildCorpus(join(dir, 'corpus'));
  for (const m of corpus.missing) console.log(`fuzz: skipped ${m}`);
  const targets = activeTargets(corpus);
  const results: CaseResult[] = [];
  const failures: (CaseResult & { kept: string })[] = [];
  const record = (r: CaseResult) => {
    results.push(r);
    if (r.failure) {
      const kept = keepInput(o.keep, o.seed, { ...r, input: caseInput(corpus, o.seed, r.index).bytes });
      failures.push({ ...r, kept });
      if (failures.length <= 20) console.log(`fuzz: FAIL case ${r.index} ${r.target} (${r.format}): ${r.failure.kind}: ${r.failure.mutation}\n  ${r.failure.detail.split('\n').slice(0, 3).join('\n  ')}\n  input kept: ${kept}`);
    }
    if (results.length % 5000 === 0) console.log(`fuzz: ${results.length.toLocaleString('en-US')} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  // each worker takes the cases j, j + jobs, ...; after a hang it is replaced, starting after the hung case
  const run = (first: number): Promise<void> =>
    new Promise((done) => {
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const child: ChildProcess = fork(here, ['--worker', String(o.seed), String(first), String(o.runs), String(o.jobs), dir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          record({ ...caseOf(current), ms: o.timeoutMs, outcome: 'hang', failure: { kind: `hang (still running after ${o.timeoutMs} ms)`, detail: '', mutation: caseInput(corpus, o.seed, current).mutation } });
          child.kill('SIGKILL');
        }, o.timeoutMs);
      };
      child.on('message', (m: Message) => {
        if ('start' in m) {
          current = m.start;
          arm();
        } else if ('done' in m) record(m.done);
        else finished = true;
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (finished || stopping) return done();
        if (current >= 0 && !results.some((r) => r.index === current)) {
          record({ ...caseOf(current), ms: 0, outcome: 'crash', failure: { kind: `worker died (${signal ?? `exit ${code}`})`, detail: '', mutation: caseInput(corpus, o.seed, current).mutation } });
        }
        const next = current >= 0 ? current + o.jobs : first;
        if (next < o.runs) void run(next).then(done);
        else done();
      });
    });
  const caseOf = (i: number) => {
    const t = targets[i % targets.length]!;
    return { index: i, target: t.name, format: t.format };
  };
  // Ctrl-C (or SIGTERM) stops the campaign and still prints what it found so far
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    console.log(`\nfuzz: stopped by ${signal}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(summary() > 0 ? 1 : 130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await Promise.all(Array.from({ length: Math.min(o.jobs, o.runs) }, (_, j) => run(j)));
  rmSync(dir, { recursive: true, force: true });
  return summary() > 0 ? 1 : 0;

  /** Prints the table and the failures; returns how many failed. */
  function summary(): number {
  const seconds = (Date.now() - started) / 1000;
  // the table: runs and outcomes per command and format
  const rows = new Map<string, Map<string, number>>();
  for (const r of results) {
    const key = `${r.format.padEnd(9)} ${r.target}`;
    const row = rows.get(key) ?? new Map<string, number>();
    const k = r.failure ? 'FAIL' : r.outcome;
    row.set(k, (row.get(k) ?? 0) + 1);
    row.set('ms', (row.get('ms') ?? 0) + r.ms);
    rows.set(key, row);
  }
  console.log(`\nfuzz: seed ${o.seed}: ${results.length.toLocaleString('en-US')} cases in ${seconds.toFixed(0)} s (${(results.length / seconds).toFixed(0)}/s), ${failures.length} failures`);
  console.log(`${'format    command'.padEnd(40)}${'runs'.padStart(8)}${'exit 0'.padStart(8)}${'exit 1'.padStart(8)}${'exit 2'.padStart(8)}${'FAIL'.padStart(6)}${'ms/run'.padStart(9)}`);
  for (const [key, row] of [...rows].sort()) {
    const n = [...row].reduce((a, [k, b]) => (k === 'ms' ? a : a + b), 0);
    console.log(`${key.padEnd(40)}${String(n).padStart(8)}${String(row.get('exit0') ?? 0).padStart(8)}${String(row.get('exit1') ?? 0).padStart(8)}${String(row.get('exit2') ?? 0).padStart(8)}${String(row.get('FAIL') ?? 0).padStart(6)}${((row.get('ms') ?? 0) / n).toFixed(1).padStart(9)}`);
  }
  const kinds = new Map<string, number>();
  for (const f of failures) kinds.set(`${f.target} (${f.format}): ${f.failure!.kind}`, (kinds.get(`${f.target} (${f.format}): ${f.failure!.kind}`) ?? 0) + 1);
  for (const [k, n] of kinds) console.log(`fuzz: ${n} x ${k}`);
  if (failures.length > 0) console.log(`fuzz: inputs of failures in ${o.keep}; rerun one with --seed ${o.seed} --case N`);
  return failures.length;
  }
}

async function oneCase(o: Options, index: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-fuzz-'));
  try {
    const corpus: Corpus = await buildCorpus(join(dir, 'corpus'));
    const r = await runCase(corpus, o.seed, index, join(dir, 'work'));
    const kept = keepInput(o.keep, o.seed, r);
    console.log(`fuzz: seed ${o.seed} case ${index}: ${r.target} (${r.format}): ${caseInput(corpus, o.seed, index).mutation}`);
    console.log(`fuzz: outcome ${r.outcome}${r.failure ? `: ${r.failure.detail}` : ''}\nfuzz: input written to ${kept}`);
    return r.failure ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--worker') {
  const [seed, from, to, step, dir] = argv.slice(1);
  await worker(Number(seed), Number(from), Number(to), Number(step), dir!);
} else {
  const o = parseArgs(argv);
  process.exitCode = o.case !== undefined ? await oneCase(o, o.case) : await campaign(o);
}
