// The fuzz campaign's own machinery, on a few cases with a fixed seed (the long campaign with a
// fresh seed is `npm run fuzz`): cases are reproducible from (seed, index), and every target runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { activeTargets, buildCorpus, caseInput, runCase } from './campaign.js';
import { createRng, mutateJsonLines } from './mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'pymem-fuzz-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = 15;

describe('fuzz campaign (fixed seed)', () => {
  it('a case is the same bytes for the same seed and index', async () => {
    const corpus = await buildCorpus(join(dir, 'corpus'));
    for (const i of [0, 7, 31]) expect(Buffer.from(caseInput(corpus, SEED, i).bytes).equals(Buffer.from(caseInput(corpus, SEED, i).bytes))).toBe(true);
    const text = new TextEncoder().encode('{"h":1}\n{"type":"marker","seq":0}\n');
    expect(mutateJsonLines(text, createRng(3)).what).toBe(mutateJsonLines(text, createRng(3)).what);
  }, 60_000);

  it(`one round over every target ends without a failure (seed ${SEED})`, async () => {
    const corpus = await buildCorpus(join(dir, 'corpus'));
    const targets = activeTargets(corpus);
    const failures: string[] = [];
    for (let i = 0; i < targets.length; i++) {
      const r = await runCase(corpus, SEED, i, join(dir, 'work'));
      if (r.failure) failures.push(`case ${i} ${r.target} (${r.format}): ${r.failure.kind}: ${r.failure.mutation}: ${r.failure.detail}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
