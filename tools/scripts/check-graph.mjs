#!/usr/bin/env node
// Checks nx's project graph against DESIGN.md's dependency direction: every package of the
// design is a project, and every dependency edge points to a strictly lower layer (or, for
// apps and tools, to anything below them). Prints the edges and a "N passed, N failed" line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const rank = { 'layer:events': 0, 'layer:model': 1, 'layer:component': 2, 'layer:runtime': 3, 'layer:frontend': 4, 'layer:app': 5, 'layer:tool': 5 };
const required = ['events', 'object-model', 'refcounter', 'cycle-collector', 'pool-allocator', 'intern-table', 'runtime', 'python', 'tracing', 'cli'].map((n) => `@pymem/${n}`);

const dir = mkdtempSync(join(tmpdir(), 'pymem-graph-'));
let graph;
try {
  execFileSync('npx', ['nx', 'graph', `--file=${join(dir, 'graph.json')}`], { cwd: root, stdio: 'pipe' });
  graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).graph;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const layerOf = (name) => {
  const tag = (graph.nodes[name]?.data.tags ?? []).find((t) => t in rank);
  return tag === undefined ? undefined : rank[tag];
};
const failures = [];
let checks = 0;
for (const name of required) {
  checks++;
  if (!graph.nodes[name]) failures.push(`missing project ${name}`);
}
for (const [from, deps] of Object.entries(graph.dependencies)) {
  for (const { target } of deps) {
    if (!target.startsWith('@pymem/')) continue;
    checks++;
    const a = layerOf(from);
    const b = layerOf(target);
    const ok = a !== undefined && b !== undefined && b < a;
    console.log(`${ok ? 'ok  ' : 'BAD '} ${from} -> ${target}`);
    if (!ok) failures.push(`${from} (layer ${a}) depends on ${target} (layer ${b})`);
  }
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`graph: ${checks - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
