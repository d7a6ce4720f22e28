// A test helper: runs a program through @pymem/python's runProgram with markers, as the page's
// worker does, and folds its events into a timeline (no worker, no page).
import { runProgram } from '@pymem/python';
import type { Runtime } from '@pymem/runtime';
import { BuiltinType } from '@pymem/object-model';
import type { DemoEvent } from './demoEvent.js';
import { createTimeline, type Timeline } from './timeline.js';

/** Type id to name for the builtin types. */
const typeNames = new Map(Object.entries(BuiltinType).map(([name, id]) => [id, name]));

/**
 * Runs `source` with statement, output and shutdown markers and returns its timeline.
 *
 * @example
 * ```ts
 * const { timeline, stdout } = runToTimeline('a = []\n');
 * ```
 */
export function runToTimeline(source: string): { timeline: Timeline; stdout: string; events: DemoEvent[] } {
  let rt: Runtime | undefined;
  let stdout = '';
  let stderr = '';
  const code = runProgram(source, {
    filename: 'lesson.py',
    markers: true,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    runtimeOptions: { record: true },
    onRuntime: (r) => (rt = r),
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  const events = rt!.log as unknown as DemoEvent[];
  const timeline = createTimeline({ typeNames });
  timeline.append(events);
  return { timeline, stdout, events };
}
