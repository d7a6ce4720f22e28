// The page: the editor and guided examples on the left, the object graph in the middle, the
// collector, the pymalloc map and the intern table on the right, the timeline and the event log
// below. Every view is a function of (timeline, position); moving the scrubber re-renders them.
import { h, panel } from './dom.js';
import { createEditor } from './editor.js';
import { examples } from './examples/index.js';
import { runLive } from './liveRun.js';
import { loadTrace, type LoadedRun } from './runs.js';
import { num } from './model/demoEvent.js';
import { findLandmarks, type Landmarks } from './model/landmarks.js';
import { createGraphView } from './views/graphView.js';
import { createGcView } from './views/gcView.js';
import { createPoolView } from './views/poolView.js';
import { createInternView } from './views/internView.js';
import { createEventLogView } from './views/eventLogView.js';

// one formatter for the counts the page shows on every batch and frame (toLocaleString builds a
// new one per call: ~0.6 ms each, 0.1 s over pools.py's progress updates)
const count = new Intl.NumberFormat('en');

/** What the page exposes for the browser test and the console (read-only use). */
export interface DemoHandle {
  readonly run: LoadedRun | undefined;
  readonly position: number;
  seek(position: number): void;
  /** Resolves when the last run or load has finished. */
  idle(): Promise<void>;
}

/**
 * Builds the page inside `root`.
 *
 * @example
 * ```ts
 * mountApp(document.getElementById('app')!);
 * ```
 */
export function mountApp(root: HTMLElement): DemoHandle {
  let run: LoadedRun | undefined;
  let position = 0;
  let pending: Promise<void> = Promise.resolve();
  let frameRequested = false;
  let errorLine = 0;
  let landmarks: Landmarks = { programStart: 0, programEnd: 0 };

  // header
  const select = h('select', { id: 'example', 'aria-label': 'guided example' }, ...examples.map((x) => h('option', { value: x.id }, x.title)));
  const runButton = h('button', { id: 'run', class: 'primary', title: 'Run the program in the page (Ctrl+Enter)' }, 'Run ▶');
  const fileInput = h('input', { id: 'trace-file', type: 'file', accept: '.jsonl,.pmt,.trace,.bin,application/octet-stream', hidden: true });
  const openButton = h('button', { id: 'open', title: 'Open a trace file (.jsonl or .pmt)' }, 'Open trace…');
  const progress = h('progress', { id: 'progress', max: 1, value: 0, hidden: true });
  const status = h('span', { id: 'status', class: 'status' }, 'Pick an example and run it, or open a trace.');
  const header = h('header', { class: 'top' }, h('h1', {}, 'pymem'), h('span', { class: 'tag' }, 'CPython 3.11 memory, step by step'), select, runButton, openButton, fileInput, progress, status);
  const banner = h('div', { id: 'banner', class: 'banner', role: 'alert', hidden: true });

  // left: editor, lesson, output
  const ed = panel('Program', 'program');
  const lesson = h('p', { class: 'lesson' });
  const editorHost = h('div', { class: 'editor' });
  ed.body.append(lesson, editorHost);
  const editor = createEditor(editorHost, examples[0]!.source);
  const out = panel('Output', 'output');
  const outputPre = h('pre', { id: 'output-text', class: 'output' });
  out.body.append(outputPre);

  // middle: graph; right: gc, pools, intern
  const graphPanel = panel('Object graph', 'graph');
  const graph = createGraphView();
  graphPanel.body.append(graph.root);
  const gcPanel = panel('Generations', 'gc');
  const gcView = createGcView();
  gcPanel.body.append(gcView.root);
  const poolPanel = panel('pymalloc: arenas and pools', 'pools');
  const poolView = createPoolView();
  poolPanel.body.append(poolView.root);
  const internPanel = panel('Small ints and interned strings', 'intern');
  const internView = createInternView();
  internPanel.body.append(internView.root);

  // bottom: timeline and event log
  const scrubber = h('input', { id: 'scrubber', type: 'range', min: 0, max: 0, value: 0, step: 1, 'aria-label': 'position in the run' });
  const where = h('span', { id: 'where', class: 'where' });
  const step = (label: string, id: string, title: string, to: () => number): HTMLButtonElement =>
    h('button', { id, title, onclick: () => setPosition(to()) }, label);
  const t = () => run?.timeline;
  const buttons = h(
    'div',
    { class: 'steps' },
    step('|◀', 'to-start', 'Start of the run (Home)', () => 0),
    step('◀ gc', 'prev-collection', 'Previous collection (PageUp)', () => t()?.stepCollection(position, -1) ?? 0),
    step('◀ stmt', 'prev-statement', 'Previous statement (Shift+←)', () => t()?.stepStatement(position, -1) ?? 0),
    step('◀', 'prev-event', 'Previous event (←)', () => position - 1),
    step('▶', 'next-event', 'Next event (→)', () => position + 1),
    step('stmt ▶', 'next-statement', 'Next statement (Shift+→)', () => t()?.stepStatement(position, 1) ?? 0),
    step('gc ▶', 'next-collection', 'Next collection (PageDown)', () => t()?.stepCollection(position, 1) ?? 0),
    step('▶|', 'to-end', 'End of the run (End)', () => t()?.length ?? 0),
  );
  const timelineBar = h('section', { class: 'timeline', id: 'timeline' }, buttons, scrubber, where);
  const logPanel = panel('Event log', 'events');
  const log = createEventLogView((p) => setPosition(p));
  logPanel.body.append(log.root);

  root.append(
    header,
    banner,
    h('main', { class: 'grid' },
      h('div', { class: 'col left' }, ed.root, out.root),
      h('div', { class: 'col middle' }, graphPanel.root),
      h('div', { class: 'col right' }, gcPanel.root, poolPanel.root, internPanel.root)),
    timelineBar,
    logPanel.root,
  );

  function showExample(id: string): void {
    const x = examples.find((e) => e.id === id) ?? examples[0]!;
    editor.setText(x.source);
    lesson.textContent = x.lesson;
  }
  showExample(examples[0]!.id);

  function showError(message: string | undefined, line = 0): void {
    banner.hidden = !message;
    banner.textContent = message ?? '';
    errorLine = line;
    editor.mark(run?.timeline.model.line ?? 0, errorLine);
  }

  function setRun(next: LoadedRun): void {
    run = next;
    landmarks = findLandmarks(next.timeline, next.kind);
    scrubber.max = String(next.timeline.length);
    log.setTimeline(next.timeline);
    if (next.kind === 'trace') editor.setText(next.source ?? '# The program text is not in this trace file.\n');
    if (next.kind === 'trace') lesson.textContent = next.source === undefined ? `Trace ${next.title}: the program's text is not in the file.` : `Trace ${next.title}.`;
    showError(next.error?.message, next.error?.line ?? 0);
    status.textContent = `${next.kind === 'live' ? 'Ran' : 'Loaded'} ${next.title}: ${count.format(next.timeline.length)} events in ${Math.round(next.loadMs)} ms` +
      (next.exitCode !== undefined ? `, exit code ${next.exitCode}` : '');
    // a live run opens where the program ended, before the interpreter's shutdown frees everything
    setPosition(next.kind === 'live' ? landmarks.programEnd : 0);
  }

  function setPosition(p: number): void {
    const length = run?.timeline.length ?? 0;
    position = Math.max(0, Math.min(length, Math.round(p)));
    if (!frameRequested) {
      frameRequested = true;
      requestAnimationFrame(() => {
        frameRequested = false;
        render();
      });
    }
  }

  const programStart = (): number => landmarks.programStart;

  function render(): void {
    if (!run) return;
    const timeline = run.timeline;
    const model = timeline.seek(position);
    const collection = timeline.collectionAt(position);
    const current = position > 0 ? timeline.event(position - 1) : undefined;
    const focus = current ? num(current, 'handle', num(current, 'owner', num(current, 'ref'))) : -1;
    const byHandle = new Map<number, string>();
    for (const [key, handle] of model.cached) byHandle.set(handle, key.startsWith('int:') ? key.slice(4) : key.startsWith('str:') ? JSON.stringify(key.slice(4)) : key);
    const valueOf = (x: number): string | undefined => {
      const text = model.interned.get(x);
      return text !== undefined ? JSON.stringify(text) : byHandle.get(x);
    };
    scrubber.value = String(position);
    where.textContent = `event ${count.format(position)} / ${count.format(timeline.length)}` +
      (current ? ` · seq ${current.seq} ${current.type}` : ' · before the first event') +
      (model.line ? ` · line ${model.line}` : '') +
      (run.kind === 'live' && position > landmarks.programEnd ? ' · interpreter shutdown' : run.kind === 'live' && position === landmarks.programEnd ? ' · end of the program' : '');
    where.dataset.position = String(position);
    graph.render({ model, collection, focus, programStart: programStart(), valueOf });
    gcView.render(model, collection);
    poolView.render(model);
    internView.render(model, programStart());
    outputPre.textContent = model.output;
    if (run.stderr && position >= landmarks.programEnd) outputPre.append(h('span', { class: 'stderr' }, run.stderr));
    log.render(position);
    editor.mark(model.line, errorLine);
  }

  async function runProgram(): Promise<void> {
    const x = examples.find((e) => e.id === select.value);
    const source = editor.getText();
    status.textContent = 'Running…';
    runButton.disabled = true;
    try {
      const result = await runLive(source, x && x.source === source ? x.file : 'program.py', (n) => {
        status.textContent = `Running: ${count.format(n)} events`;
      });
      setRun(result);
    } finally {
      runButton.disabled = false;
    }
  }

  async function openFile(file: File): Promise<void> {
    status.textContent = `Reading ${file.name}…`;
    progress.hidden = false;
    progress.value = 0;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const loaded = await loadTrace(bytes, file.name, (f, n) => {
        progress.value = f;
        status.textContent = `Reading ${file.name}: ${count.format(n)} events`;
      });
      setRun(loaded);
    } finally {
      progress.hidden = true;
    }
  }

  const track = (p: Promise<void>): void => {
    pending = pending.then(() => p).catch((e: unknown) => showError(`Unexpected problem: ${e instanceof Error ? e.message : String(e)}`));
  };
  select.addEventListener('change', () => showExample(select.value));
  runButton.addEventListener('click', () => track(runProgram()));
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) track(openFile(file));
    fileInput.value = '';
  });
  scrubber.addEventListener('input', () => setPosition(Number(scrubber.value)));
  document.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') {
      ev.preventDefault();
      track(runProgram());
      return;
    }
    if (!run || editorHost.contains(document.activeElement) || document.activeElement instanceof HTMLInputElement && document.activeElement.type !== 'range') return;
    const tl = run.timeline;
    const moves: Record<string, () => number> = {
      ArrowLeft: () => (ev.shiftKey ? tl.stepStatement(position, -1) : position - 1),
      ArrowRight: () => (ev.shiftKey ? tl.stepStatement(position, 1) : position + 1),
      PageUp: () => tl.stepCollection(position, -1),
      PageDown: () => tl.stepCollection(position, 1),
      Home: () => 0,
      End: () => tl.length,
    };
    const move = moves[ev.key];
    if (move) {
      ev.preventDefault();
      setPosition(move());
    }
  });

  return {
    get run() {
      return run;
    },
    get position() {
      return position;
    },
    seek: setPosition,
    idle: async () => {
      await pending;
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    },
  };
}
