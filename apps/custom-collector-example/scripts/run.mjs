#!/usr/bin/env node
// Runs the example the way a user would: build the pymem packages it needs, `npm pack` them,
// copy project/ to an empty directory outside the repo, install the tarballs there (no
// workspace links), type-check the project against the packed types, and run its tests
// (node:test: the conformance suite on its own collector, and a Python program on it).
// Prints one line per step and "N passed, N failed"; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname, '..');
const root = resolve(here, '../..');
const packages = ['events', 'object-model', 'refcounter', 'cycle-collector', 'pool-allocator', 'intern-table', 'runtime', 'python'];
const keep = process.argv.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'pymem-custom-collector-'));
const results = [];
const step = (name, fn) => {
  try {
    fn();
    results.push(true);
    console.log(`ok   ${name}`);
    return true;
  } catch (error) {
    results.push(false);
    const detail = [error.stdout, error.stderr].filter(Boolean).join('\n') || String(error.message ?? error);
    console.log(`FAIL ${name}\n${detail.slice(-4000)}`);
    return false;
  }
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

try {
  const tarballs = [];
  const built = packages.every((p) =>
    step(`build and pack @pymem/${p}`, () => {
      const dir = join(root, 'packages', p);
      run('npm', ['run', 'build', '--silent'], dir);
      const out = run('npm', ['pack', '--silent', '--pack-destination', work], dir);
      tarballs.push(join(work, out.trim().split('\n').pop()));
    }),
  );
  const project = join(work, 'project');
  cpSync(join(here, 'project'), project, { recursive: true });
  // Dependencies as a user declares them, pointing at the tarballs; overrides make the
  // packages' own "@pymem/x": "0.1.0" dependencies resolve to the tarballs too.
  const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  const specs = Object.fromEntries(packages.map((p, i) => [`@pymem/${p}`, `file:${tarballs[i]}`]));
  pkg.dependencies = specs;
  pkg.overrides = specs;
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const installed =
    built &&
    step('install the tarballs into a project outside the repo', () => {
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
    });
  if (installed) {
    step('type-check the project (checkJs) against the packed declarations', () => {
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const types = join(root, 'node_modules', '@types');
      run(process.execPath, [tsc, '-p', 'tsconfig.json', '--typeRoots', types], project);
    });
    step('run the project tests (conformance suite + Python programs on the real runtime)', () => {
      const out = run(process.execPath, ['--test', '--test-reporter=spec', 'test/'], project);
      const summary = out.split('\n').filter((l) => /^ℹ (tests|pass|fail)/.test(l));
      console.log(summary.map((l) => `     ${l}`).join('\n'));
    });
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`custom-collector-example: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
