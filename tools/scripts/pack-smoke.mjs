#!/usr/bin/env node
// Checks each publishable package as a user receives it: `npm pack` every package, install the
// tarballs into an empty project outside the repo, then load each one with `import` and with
// `require` and check that its public names are there. Prints one line per check and a
// closing "N passed, N failed" line; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkgs = readdirSync(join(root, 'packages'))
  .map((d) => ({ dir: join(root, 'packages', d), json: JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')) }))
  .filter((p) => !p.json.private);

const work = mkdtempSync(join(tmpdir(), 'pymem-pack-'));
const results = [];
const check = (name, fn) => {
  try {
    fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAIL ${name}\n${String(error.stderr ?? error.message ?? error).slice(0, 2000)}`);
  }
};

try {
  const tarballs = [];
  for (const p of pkgs) {
    check(`pack ${p.json.name}`, () => {
      const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: p.dir, encoding: 'utf8' });
      tarballs.push(join(work, out.trim().split('\n').pop()));
    });
  }
  const project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  check('install every tarball into an empty project', () => {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
  });
  for (const p of pkgs) {
    const name = p.json.name;
    check(`import ${name}`, () => {
      const code = `const m = await import(${JSON.stringify(name)}); const n = Object.keys(m).length; if (!n) throw new Error('no exports'); console.log(n);`;
      execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    });
    check(`require ${name}`, () => {
      const code = `const m = require(${JSON.stringify(name)}); const n = Object.keys(m).length; if (!n) throw new Error('no exports'); console.log(n);`;
      execFileSync(process.execPath, ['-e', code], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const failed = results.filter(([, ok]) => !ok).length;
console.log(`pack-smoke: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
