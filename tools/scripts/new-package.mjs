#!/usr/bin/env node
// Scaffolds the files every publishable package shares (package.json, tsconfig, tsup and
// vitest configs). Usage: node tools/scripts/new-package.mjs <name> "<description>" <tag> [dep ...]
// Existing files are left alone, so it is safe to re-run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, description, tag, ...deps] = process.argv.slice(2);
if (!name || !description || !tag) {
  console.error('usage: new-package.mjs <name> "<description>" <layer-tag> [dep ...]');
  process.exit(2);
}
const dir = join('packages', name);
mkdirSync(join(dir, 'src'), { recursive: true });
const write = (file, text) => {
  const path = join(dir, file);
  if (!existsSync(path)) writeFileSync(path, text);
};
const pkg = {
  name: `@pymem/${name}`,
  version: '0.1.0',
  description,
  license: 'MIT',
  engines: { node: '>=20' },
  type: 'module',
  sideEffects: false,
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.ts',
  exports: {
    '.': {
      '@pymem/source': './src/index.ts',
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './internal/*': null,
    './package.json': './package.json',
  },
  files: ['dist', 'src', '!src/**/*.test.ts'],
  scripts: {
    build: 'tsup',
    test: 'vitest run',
    typecheck: 'tsc -p tsconfig.json --noEmit',
    lint: 'eslint src',
    'check-package': 'publint --strict && attw --pack . --profile node16',
  },
  dependencies: Object.fromEntries(deps.map((d) => [`@pymem/${d}`, '0.1.0'])),
  nx: { tags: [tag] },
};
write('package.json', JSON.stringify(pkg, null, 2) + '\n');
write('tsconfig.json', JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src'] }, null, 2) + '\n');
write('tsup.config.ts', "import { defineConfig } from 'tsup';\nimport { packageBuild } from '../../tsup.shared.ts';\n\nexport default defineConfig(packageBuild);\n");
write('vitest.config.ts', "export { default } from '../../vitest.shared.ts';\n");
console.log(`scaffolded ${dir}`);
