import { defineConfig } from 'tsup';

// The CLI is bundled with the pymem packages inlined, so `bin/pymem.js` starts one file.
export default defineConfig({
  entry: ['src/main.ts', 'src/programWorker.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  noExternal: [/^@pymem\//],
  esbuildOptions(options) {
    options.conditions = ['@pymem/source'];
  },
});
