// The differential corpus, checked on every CI run: the programs themselves against python3
// (they run as intended, are deterministic in shape, and stay inside the subset), then pymem
// against python3 with known-failures.json held honest both ways.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SUPPORTED_MODULES } from '@pymem/python';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadOutside, parseExpectation } from './corpus.js';
import { compareProgram, judgeOutside, ranAsIntended } from './differential.js';
import { readKnownFailures } from './knownFailures.js';
import { mapLimit, runPython, type RunResult } from './runPython.js';
import { runPymem } from './runPymem.js';

const corpus = loadCorpus();
const outside = loadOutside();
const known = readKnownFailures();
const CATEGORIES = [
  'arithmetic', 'builtins', 'calls', 'classes', 'control', 'cycles', 'dealloc', 'decorators', 'dunders', 'errors', 'exceptions',
  'formatting', 'gc', 'generators', 'identity', 'limits', 'methods', 'modules', 'numbers', 'printing', 'refcounts', 'scopes', 'sizes', 'sources', 'subclasses',
  'types', 'with',
];
// The modules pymem writes itself (issue 14), as the package lists them; a program importing anything else is outside the corpus.
const ALLOWED_IMPORTS = new Set(SUPPORTED_MODULES);

let python = new Map<string, RunResult>();
let pymem = new Map<string, RunResult>();

beforeAll(async () => {
  // python3 runs in child processes while pymem runs in this one; each await lets them progress.
  const pythonRuns = mapLimit(corpus, 3, (p) => runPython(p.path));
  pymem = new Map();
  for (const p of [...corpus, ...outside]) pymem.set(p.id, await runPymem(p.source, p.id, undefined, dirname(resolve(p.path))));
  const runs = await pythonRuns;
  python = new Map(corpus.map((p, i) => [p.id, runs[i]!]));
}, 600_000);

/** `_name` imports a module of the corpus's own, `_name.py` or `_name/` beside the program. */
function isOwnModule(programPath: string, name: string): boolean {
  const dir = dirname(resolve(programPath));
  return name.startsWith('_') && (existsSync(join(dir, `${name}.py`)) || existsSync(join(dir, name, '__init__.py')));
}

describe('the corpus', () => {
  it('holds at least 300 programs inside the subset, in every category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const seen = new Set(corpus.map((p) => p.category));
    expect([...seen].sort()).toEqual(CATEGORIES);
  });

  it('holds at least 20 programs outside the subset, each saying which error and line pymem must report', () => {
    expect(outside.length).toBeGreaterThanOrEqual(20);
    expect(outside.filter((p) => parseExpectation(p.source) === undefined).map((p) => p.id)).toEqual([]);
  });

  it('opens every program with a comment saying what it checks and keeps it under 40 lines', () => {
    const bad = [...corpus, ...outside]
      .filter((p) => p.description.length < 10 || p.source.trimEnd().split('\n').length >= 40)
      .map((p) => p.id);
    expect(bad).toEqual([]);
  });

  it('imports only the modules pymem writes in TypeScript inside the subset', () => {
    const bad = corpus.filter((p) =>
      [...p.source.matchAll(/^\s*(?:import\s+(\w+)|from\s+(\w+)\s+import)/gm)].some((m) => !ALLOWED_IMPORTS.has((m[1] ?? m[2])!) && !isOwnModule(p.path, (m[1] ?? m[2])!)),
    );
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('runs every program under python3 as intended: its expect-exit code, else exit 0, an uncaught exception in errors/, either or an exit in exceptions/ and with/', () => {
    const bad: string[] = [];
    for (const p of corpus) {
      const r = python.get(p.id)!;
      if (!ranAsIntended(p, r)) bad.push(`${p.id}: exit ${r.exitCode} ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
    }
    expect(bad).toEqual([]);
  });

  it('makes every program print something to compare, unless it says it prints nothing', () => {
    const quiet = corpus.filter((p) => {
      const r = python.get(p.id)!;
      return r.stdout.length === 0 && !(p.compareStderr && r.stderr.length > 0);
    });
    expect(quiet.filter((p) => !p.silent).map((p) => p.id)).toEqual([]);
    // A silent program really is silent, so the comparison of its (empty) output still means something.
    expect(corpus.filter((p) => p.silent && python.get(p.id)!.stdout + python.get(p.id)!.stderr !== '').map((p) => p.id)).toEqual([]);
  });
});

describe('pymem against python3', () => {
  it('lists in known-failures.json only programs that exist', () => {
    const ids = new Set([...corpus, ...outside].map((p) => p.id));
    expect(Object.keys(known).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('passes every program that known-failures.json does not list', () => {
    const failing = corpus
      .filter((p) => !(p.id in known))
      .map((p) => ({ id: p.id, ...compareProgram(p, python.get(p.id)!, pymem.get(p.id)!) }))
      .filter((c) => !c.same)
      .map((c) => `${c.id}\n${c.diff}`);
    expect(failing).toEqual([]);
  });

  it('still fails every program that known-failures.json lists, so the list stays honest', () => {
    const nowPassing = corpus.filter((p) => p.id in known && compareProgram(p, python.get(p.id)!, pymem.get(p.id)!).same).map((p) => p.id);
    expect(nowPassing).toEqual([]);
  });

  it('rejects every outside program not listed with its error class, line and column, exit 1', () => {
    const failing = outside
      .filter((p) => !(p.id in known))
      .map((p) => ({ id: p.id, ...judgeOutside(parseExpectation(p.source), pymem.get(p.id)!) }))
      .filter((r) => !r.pass)
      .map((r) => `${r.id}: ${r.why}`);
    expect(failing).toEqual([]);
  });

  it('still fails every listed outside program', () => {
    const nowPassing = outside
      .filter((p) => p.id in known && judgeOutside(parseExpectation(p.source), pymem.get(p.id)!).pass)
      .map((p) => p.id);
    expect(nowPassing).toEqual([]);
  });
});
