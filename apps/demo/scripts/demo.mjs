#!/usr/bin/env node
// `npm run demo`: builds the page and serves the static files on localhost (port from PORT,
// default 5173), printing the address. Everything runs in the browser; this only serves files.
import { build, preview } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}
try {
  await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`pymem demo: ${url}  (Ctrl+C to stop)`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`pymem demo: ${message.includes('EADDRINUSE') || message.includes('already in use') ? `port ${port} is in use; set PORT to another` : message}`);
  process.exit(1);
}
