// Shared vitest settings for every package: tests import the sources of sibling packages
// through the "@pymem/source" export condition, so `npm test` needs no build first.
import { defineConfig } from 'vitest/config';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

// Property tests use one fixed fast-check seed (printed once per run); see tools/scripts/vitest.
const setupDir = fileURLToPath(new URL('./tools/scripts/vitest/', import.meta.url));
const project = process.env.npm_package_name ?? basename(process.cwd());
// .test-results/@pymem/NAME.json: the path nx.json names as the test target's output, so a cached
// run restores it and `npm test` still counts that project's tests.
const resultFile = `${process.cwd().replace(/\/(packages|apps|tools)\/[^/]+$/, '')}/.test-results/${project}.json`;

export default defineConfig({
  resolve: { conditions: ['@pymem/source', 'import', 'module', 'default'] },
  ssr: { resolve: { conditions: ['@pymem/source', 'import', 'module', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: resultFile }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: [`${setupDir}fixedSeed.ts`],
    globalSetup: [`${setupDir}seedBanner.ts`],
  },
});
