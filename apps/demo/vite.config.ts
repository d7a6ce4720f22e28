// Builds the demo as static files. Sibling packages are bundled from their sources (the
// `@pymem/source` condition), so the page needs no build of the libraries first. Their Node-only
// corners (writing trace files, reading python3) are replaced by stubs that throw if called:
// the page reads traces from bytes and never starts a process.
import { defineConfig, type Plugin } from 'vite';

const STUB_PREFIX = '\0node-stub:';

function nodeBuiltinStubs(): Plugin {
  return {
    name: 'pymem-node-builtin-stubs',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith('node:') ? STUB_PREFIX + id : null;
    },
    async load(id) {
      if (!id.startsWith(STUB_PREFIX)) return null;
      const name = id.slice(STUB_PREFIX.length);
      const real = (await import(name)) as Record<string, unknown>;
      const names = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
      const fail = `() => { throw new Error(${JSON.stringify(`${name} is not available in the browser`)}); }`;
      return [
        `const fail = ${fail};`,
        ...names.map((k) => `export const ${k} = fail;`),
        'export default {};',
      ].join('\n');
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [nodeBuiltinStubs()],
  resolve: { conditions: ['@pymem/source', 'browser', 'import', 'module', 'default'] },
  define: { 'process.env': '{}' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
