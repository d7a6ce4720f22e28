// The page: the editor and guided examples on the left, the object graph in the middle, the
// collector, the pymalloc map and the intern table on the right, the timeline and the event log
// below. Every view is a function of (timeline, position); moving the scrubber re-renders them.
import { h, panel } from './dom.js';
import { createEditor } from './editor.js';
import { examples } from './examples/index.js';
import { runLive } from './liveRun.js';
import { loadTrace, type LoadedRun } from './runs.js';
import { findLandmarks, type Landmarks } from './model/landmarks.js';
import { moduleDictOf, sceneAt } from './model/scene.js';
import { parseShare, positionFor, shareQuery } from './share.js';
import { builtinTypeNames } from './runs.js';
import { createGraphView } from './views/graphView.js';
import { createChartView } from './views/chartView.js';
import { createGcView } from './views/gcView.js';
import { createPoolView } from './views/poolView.js';
import { createInternView } from './views/internView.js';
import { createEventLogView } from './views/eventLogView.js';
import { createRecordedView } from './views/recordedView.js';

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
  let moduleDict = -1;
  let sourceLines: string[] = [];
  let selected = -1;
  let selectedAt = -1;
  const builtinTypes = new Set(builtinTypeNames.keys());
  const share = parseShare(location.search);

  // header
  const select = h('select', { id: 'example', 'aria-label': 'guided example' }, ...examples.map((x) => h('option', { value: x.id }, x.title)));
  const runButton = h('button', { id: 'run', class: 'primary', title: 'Run the program in the page (Ctrl+Enter)' }, 'Run ▶');
  const fileInput = h('input', { id: 'trace-file', type: 'file', accept: '.jsonl,.pmt,.trace,.bin,application/octet-stream', hidden: true });
  const openButton = h('button', { id: 'open', title: 'Open a trace file (.jsonl or .pmt)' }, 'Open trace…');
  const progress = h('progress', { id: 'progress', max: 1, value: 0, hidden: true });
  const status = h('span', { id: 'status', class: 'status' }, 'Pick an example and run it, or open a trace.');
  const shareButton = h('button', { id: 'share', title: 'A link to this program at this point of the run' }, 'Share link');
  const shareLink = h('input', { id: 'share-link', class: 'share-link', readonly: true, hidden: true, 'aria-label': 'share link' });
  const header = h('header', { class: 'top' }, h('h1', {}, 'pymem'), h('span', { class: 'tag' }, 'CPython 3.11 memory, step by step'), select, runButton, openButton, fileInput, shareButton, shareLink, progress, status);
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

  // middle: why, graph; right: gc, pools, intern
  const whyPanel = panel('Why', 'why');
  const whyText = h('p', { id: 'why-text', class: 'why', 'data-view': 'why' }, 'Run a program: each step is explained here.');
  whyPanel.body.append(whyText);
  const recordedPanel = panel('Recorded run: memory over time, GC pauses, arenas by site', 'recorded');
  const recordedView = createRecordedView();
  recordedPanel.body.append(recordedView.root);
  recordedPanel.root.hidden = true;
  const graphPanel = panel('Frames and objects', 'graph');
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
  const chart = createChartView((p) => setPosition(p));
  const timelineBar = h('section', { class: 'timeline', id: 'timeline' }, buttons, scrubber, where, chart.root);
  const logPanel = panel('Event log', 'events');
  const log = createEventLogView((p) => setPosition(p));
  logPanel.body.append(log.root);

  root.append(
    header,
    banner,
    h('main', { class: 'grid' },
      h('div', { class: 'col left' }, ed.root, out.root),
      h('div', { class: 'col middle' }, whyPanel.root, recordedPanel.root, graphPanel.root),
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
    moduleDict = moduleDictOf(next.timeline, landmarks.programEnd);
    sourceLines = (next.source ?? '').split('\n');
    selected = -1;
    scrubber.max = String(next.timeline.length);
    log.setTimeline(next.timeline);
    recordedPanel.root.hidden = next.recorded === undefined;
    if (next.recorded) recordedView.render(next.recorded);
    if (next.kind === 'trace') editor.setText(next.source ?? '# The program text is not in this trace file.\n');
    if (next.kind === 'trace') lesson.textContent = next.source === undefined ? `Trace ${next.title}: the program's text is not in the file.` : `Trace ${next.title}.`;
    // a share link's problem stays above the run it started
    showError(next.error?.message ?? (share.problems.length ? share.problems.join('\n') : undefined), next.error?.line ?? 0);
    status.textContent = `${next.kind === 'live' ? 'Ran' : 'Loaded'} ${next.title}: ${count.format(next.timeline.length)} events in ${Math.round(next.loadMs)} ms` +
      (next.exitCode !== undefined ? `, exit code ${next.exitCode}` : '');
    // a live run opens where the program ended, before the interpreter's shutdown frees everything
    setPosition(next.kind === 'live' ? landmarks.programEnd : 0);
    if (pendingAt && next.kind === 'live') {
      const p = positionFor(pendingAt, next.timeline.statements, (i) => next.timeline.event(i).line, next.timeline.length);
      if (p === undefined) showError(`The link's at=line:${pendingAt.n}: line ${pendingAt.n} never ran; the end of the program is shown.`);
      else setPosition(p);
      pendingAt = undefined;
    }
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
    const scene = sceneAt(timeline, position, { sourceLines, moduleDict, builtinTypes });
    const model = scene.model;
    const collection = timeline.collectionAt(position);
    const current = position > 0 ? timeline.event(position - 1) : undefined;
    if (selectedAt !== position || !model.isLive(selected)) selected = -1;
    const chosen = selected >= 0 ? selected : scene.focus;
    scrubber.value = String(position);
    where.textContent = `event ${count.format(position)} / ${count.format(timeline.length)}` +
      (current ? ` · seq ${current.seq} ${current.type}` : ' · before the first event') +
      (model.line ? ` · line ${model.line}` : '') +
      (run.kind === 'live' && position > landmarks.programEnd ? ' · interpreter shutdown' : run.kind === 'live' && position === landmarks.programEnd ? ' · end of the program' : '');
    where.dataset.position = String(position);
    graph.render({ scene, collection, programStart: programStart() });
    gcView.render(scene, collection, programStart());
    poolView.render(model, model.isLive(chosen) ? chosen : -1, (x) => `${model.typeName(x)} #${x}${scene.namesOf(x).length ? ` (${scene.namesOf(x).join(', ')})` : ''}`);
    whyText.textContent = scene.why || 'Before the first event: nothing has happened yet.';
    whyText.dataset.eventType = scene.eventType;
    whyText.dataset.position = String(position);
    chart.render(timeline.series.samples, timeline.collections, timeline.length, position);
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

  let pendingAt = share.at;
  graphPanel.body.addEventListener('click', (ev) => {
    const g = (ev.target as Element).closest('g.node');
    if (!g) return;
    selected = Number(g.getAttribute('data-handle'));
    selectedAt = position;
    render();
  });
  shareButton.addEventListener('click', () => {
    const query = shareQuery(editor.getText(), run?.kind === 'live' ? { kind: 'event', n: position } : undefined);
    history.replaceState(null, '', query);
    shareLink.hidden = false;
    shareLink.value = location.href;
    shareLink.select();
  });

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

  if (share.code !== undefined) {
    editor.setText(share.code);
    lesson.textContent = 'A shared program.';
  }
  if (share.problems.length) showError(share.problems.join('\n'));
  if (share.run) track(runProgram());

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
