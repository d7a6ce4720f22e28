// Messages between the page and the worker that runs a program (see runWorker.ts).
import type { PackedEvents } from './eventPacking.js';

/** Page → worker: run this program. */
export interface WorkerRequest {
  readonly source: string;
  readonly filename: string;
  readonly maxSteps: number;
  /** The simulated memory limit in bytes (RunOptions.memoryLimit). */
  readonly memoryLimit: number;
}

/** What the runtime itself says at the end of a run: live handles with refcount and generation. */
export interface RuntimeFinalState {
  readonly handles: readonly number[];
  readonly refcounts: readonly number[];
  /** `collector.generationOf` (-1 untracked, 3 permanent). */
  readonly generations: readonly number[];
  readonly counts: readonly number[];
  readonly thresholds: readonly number[];
}

/** Worker → page. */
export type WorkerReply =
  | { readonly kind: 'events'; readonly packed: PackedEvents }
  | { readonly kind: 'done'; readonly exitCode: number; readonly stdout: string; readonly stderr: string; readonly final: RuntimeFinalState | undefined }
  | { readonly kind: 'crash'; readonly message: string; readonly stdout: string; readonly stderr: string };
