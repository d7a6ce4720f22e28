// Starts a worker thread from the TypeScript sources (no build): registers tsx in this thread,
// then imports the entry named in workerData. Used by programThread.ts when pymem runs from source.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
