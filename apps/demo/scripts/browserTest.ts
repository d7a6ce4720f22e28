// The demo's browser test: builds the page, serves it, and drives Debian's Chromium through
// playwright-core (no browser download). It runs each guided example, opens traces recorded from
// the real runtime and checks what the views show against that runtime's state, scrubs the
// timeline, opens corrupt files, measures a 1-million-event trace, and saves screenshots to
// apps/demo/screenshots/. Any console error fails it. Run: npm run test:browser -w @pymem/demo
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { createProjection, createRuntime, type Runtime } from '@pymem/runtime';
import { BuiltinType } from '@pymem/object-model';
import { createTraceHeader, encodeTrace, synthesizeEvents, type TraceEvent } from '@pymem/tracing';
import { analyzeRecordedRun, replayAllocatorTrace, type PoolAllocator } from '@pymem/pool-allocator';
import { exampleCatalog } from '../src/examples/catalog.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'screenshots');
const work = join(root, 'test-output');
mkdirSync(shots, { recursive: true });
mkdirSync(work, { recursive: true });
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
// `npm test` (tools/scripts/test-all.mjs) adds the checks counted here to its total
const resultsFile = join(root, '../../.test-results/demo-browser.json');
const bigEvents = Number(process.env.PYMEM_DEMO_BIG_EVENTS ?? 1_000_000);

let passed = 0;
let failed = 0;
const report: string[] = [];
async function check(name: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
  }
}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A program driven through the runtime's mutator API (not the interpreter), recorded with statement markers. */
function runtimeScenario(): { rt: Runtime; source: string } {
  const source = [
    '# A scenario driven through @pymem/runtime\'s mutator API, recorded as a trace.',
    'keep = []                 # a list that stays alive',
    'a = []; b = []            # two lists',
    'a.append(b); b.append(a)  # a reference cycle',
    'del a, b                  # refcounts stay at 1: each list holds the other',
    'gc.collect()              # the collector finds the cycle unreachable and frees it',
    'floats = [0.5 * i for i in range(600)]  # many small blocks fill pools',
    'del floats',
  ].join('\n');
  const rt = createRuntime({ record: true });
  rt.mark('statement', 2);
  const keep = rt.allocate(BuiltinType.list, { slots: 0 });
  rt.mark('statement', 3);
  const a = rt.allocate(BuiltinType.list, { slots: 1 });
  const b = rt.allocate(BuiltinType.list, { slots: 1 });
  rt.mark('statement', 4);
  rt.setSlot(a, 0, b);
  rt.setSlot(b, 0, a);
  rt.mark('statement', 5);
  rt.decref(a);
  rt.decref(b);
  rt.mark('statement', 6);
  const n = rt.collect(2);
  rt.mark('output', 6, `${n}\n`);
  rt.mark('statement', 7);
  const floats: number[] = [];
  for (let i = 0; i < 600; i++) floats.push(rt.allocate(BuiltinType.float));
  rt.mark('statement', 8);
  for (const f of floats) rt.decref(f);
  void keep;
  return { rt, source };
}

// python3's own line tracer, as a list of the statements it runs: CPython reports a line each
// time it starts executing one, which differs from one statement marker per statement twice
// over, so those two reports are left out: a jump back to a `for`/`while` header (the loop's next
// iteration, reported on the header line) and a new frame's first line when its caller is on the
// same line (a class body starting on its `class` line); comprehensions and lambdas are
// expressions, whose lines are not statements. The program's output is kept aside.
const LINE_TRACER = [
  'import io, sys',
  'path = sys.argv[1]',
  'source = open(path).read().split("\\n")',
  'code = compile("\\n".join(source), path, "exec")',
  'lines = []',
  'last = {}',
  'def tracer(frame, event, arg):',
  '    if frame.f_code.co_filename != path: return None',
  '    if event != "line" or frame.f_code.co_name in ("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>", "<lambda>"): return tracer',
  '    line = frame.f_lineno',
  '    prev = last.get(id(frame))',
  '    last[id(frame)] = line',
  '    header = source[line - 1].lstrip().startswith(("for ", "while "))',
  '    if prev is not None and line < prev and header: return tracer',
  '    if prev is None and frame.f_back is not None and frame.f_back.f_code.co_filename == path and frame.f_back.f_lineno == line: return tracer',
  '    lines.append(line)',
  '    return tracer',
  'real = sys.stdout',
  'sys.stdout = io.StringIO()',
  'sys.settrace(tracer)',
  'exec(code, {"__name__": "__main__"})',
  'sys.settrace(None)',
  'sys.stdout = real',
  'print(" ".join(map(str, lines)))',
].join('\n');

function python3Lines(path: string): number[] {
  return execFileSync('python3', ['-c', LINE_TRACER, path], { encoding: 'utf8' }).trim().split(' ').map(Number);
}

/** Steps a live run statement by statement from its start (at most `max` steps); the highlighted editor line at each step (number and text). */
async function stepStatements(page: Page, max: number): Promise<{ line: number; text: string; position: number }[]> {
  await seekAndWait(page, 0);
  const out: { line: number; text: string; position: number }[] = [];
  let last = -1;
  for (let i = 0; i < max; i++) {
    await page.click('#next-statement');
    await page.evaluate(() => window.pymemDemo!.idle());
    const here = await page.evaluate(() => {
      const lines = [...document.querySelectorAll('.cm-content .cm-line')];
      const current = lines.findIndex((l) => l.classList.contains('cm-current-event-line'));
      return { line: current + 1, text: current >= 0 ? lines[current]!.textContent ?? '' : '', position: window.pymemDemo!.position };
    });
    if (here.position === last) break;
    last = here.position;
    out.push(here);
  }
  return out;
}

async function openTraceFile(page: Page, path: string): Promise<number> {
  const before = await page.evaluate(() => window.pymemDemo!.run);
  void before;
  const started = Date.now();
  await page.setInputFiles('#trace-file', path);
  await page.waitForFunction(() => /^Loaded /.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 120_000 });
  await page.evaluate(() => window.pymemDemo!.idle());
  return Date.now() - started;
}

async function seekAndWait(page: Page, position: number): Promise<number> {
  return page.evaluate(async (p) => {
    const t0 = performance.now();
    window.pymemDemo!.seek(p);
    await window.pymemDemo!.idle();
    return performance.now() - t0;
  }, position);
}

async function graphNodes(page: Page): Promise<{ handle: number; refcount: number; gen: number; unreachable: boolean }[]> {
  return page.$$eval('g.node', (nodes) =>
    nodes.map((n) => ({
      handle: Number(n.getAttribute('data-handle')),
      refcount: Number(n.getAttribute('data-refcount')),
      gen: Number(n.getAttribute('data-gen')),
      unreachable: n.hasAttribute('data-unreachable'),
    })),
  );
}

async function main(): Promise<void> {
  // a missing browser fails the test (it is part of npm test), it never skips it
  assert(existsSync(chromiumPath), `Chromium is missing: no ${chromiumPath}. Install Debian's chromium with tools/scripts/install-system-deps.sh (apt-get install chromium), or point CHROMIUM at a Chromium binary`);
  await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const consoleErrors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.pymemDemo !== undefined);

    await check('the page loads with the editor, the views and the first example', async () => {
      assert(await page.locator('.cm-editor').isVisible(), 'no editor');
      for (const id of ['graph', 'gc', 'pools', 'intern', 'events', 'output']) assert(await page.locator(`#${id}`).isVisible(), `no ${id} panel`);
      const text = await page.locator('.cm-content').innerText();
      assert(text.includes('sys.getrefcount'), 'first example not in the editor');
      await page.screenshot({ path: join(shots, '01-start.png') });
    });

    const only = process.env.PYMEM_DEMO_EXAMPLES?.split(',');
    if (only) report.push(`examples limited by PYMEM_DEMO_EXAMPLES to ${only.join(', ')}`);
    for (const info of exampleCatalog.filter((x) => !only || only.includes(x.id))) {
      const x = { ...info, source: readFileSync(join(root, 'src/examples', info.file), 'utf8') };
      await check(`guided example ${x.file} runs in the page, prints what python3 prints, and its views match the runtime`, async () => {
        await page.selectOption('#example', x.id);
        await page.click('#run');
        await page.waitForFunction(() => /^Ran |did not run/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 120_000 });
        await page.evaluate(() => window.pymemDemo!.idle());
        const run = await page.evaluate(() => {
          const r = window.pymemDemo!.run as unknown as { kind: string; timeline: { length: number }; stdout?: string; stderr?: string; exitCode?: number; final?: { handles: number[]; refcounts: number[]; generations: number[]; counts: number[] } };
          return { kind: r.kind, events: r.timeline.length, stdout: r.stdout ?? '', stderr: r.stderr ?? '', exitCode: r.exitCode, final: r.final, ms: (r as unknown as { loadMs: number }).loadMs };
        });
        const expected = execFileSync('python3', ['-'], { input: x.source, encoding: 'utf8' });
        await page.screenshot({ path: join(shots, `02-example-${x.id}.png`) });
        report.push(`example ${x.id}: ${run.events} events in ${Math.round(run.ms)} ms, exit ${run.exitCode}, stdout ${run.stdout === expected ? 'same as python3' : 'DIFFERS from python3'}`);
        assert(run.exitCode === 0, `exit code ${run.exitCode}: ${run.stderr.slice(0, 300)}`);
        assert(run.stdout === expected, `stdout differs from python3:\n${run.stdout}\nvs\n${expected}`);
        await seekAndWait(page, run.events);
        const shown = await page.locator('#output-text').innerText();
        assert(shown.trim() === expected.trim(), `output panel shows ${JSON.stringify(shown)}`);
        const final = run.final!;
        const rc = new Map(final.handles.map((h, i) => [h, final.refcounts[i]!]));
        const gen = new Map(final.handles.map((h, i) => [h, final.generations[i]!]));
        const nodes = await graphNodes(page);
        for (const n of nodes) {
          assert(rc.has(n.handle), `#${n.handle} drawn but not live in the runtime`);
          assert(n.refcount === rc.get(n.handle), `#${n.handle} refcount ${n.refcount}, runtime ${rc.get(n.handle)}`);
          assert(n.gen === gen.get(n.handle), `#${n.handle} generation ${n.gen}, runtime ${gen.get(n.handle)}`);
        }
        const counts = await page.$$eval('.gen-row', (rows) => rows.map((r) => Number((r as HTMLElement).dataset.count)));
        assert(JSON.stringify(counts) === JSON.stringify(final.counts), `gc counts ${counts} vs runtime ${final.counts}`);
        const statements = await page.evaluate(() => window.pymemDemo!.run!.timeline.statements.length);
        assert(statements > 0, 'a live run without statement markers');
        // the interpreter's statement markers: stepping by statement highlights the lines python3
        // runs (the first 60 statements of a long run)
        const max = Math.min(statements, 60);
        const steps = await stepStatements(page, max);
        assert(steps.length === max, `${steps.length} statement steps for ${statements} statement markers`);
        const sourceLines = x.source.split('\n');
        for (const s of steps) assert(s.line >= 1 && s.text === sourceLines[s.line - 1], `step to event ${s.position} highlights line ${s.line} ${JSON.stringify(s.text)}`);
        const stepped = steps.map((s) => s.line);
        const expectedLines = python3Lines(join(root, 'src/examples', x.file)).slice(0, max);
        assert(JSON.stringify(stepped) === JSON.stringify(expectedLines), `lines stepped ${stepped.join(' ')}\n    python3 runs  ${expectedLines.join(' ')}`);
        report.push(`example ${x.id}: ${steps.length} statement steps (of ${statements}) highlight the lines python3's tracer reports`);
        if (x.id === 'cycle') {
          await seekAndWait(page, 0);
          await page.click('#next-collection');
          let red: number[] = [];
          for (let i = 0; i < 12 && red.length === 0; i++) {
            await page.click('#next-event');
            await page.evaluate(() => window.pymemDemo!.idle());
            red = (await graphNodes(page)).filter((n) => n.unreachable).map((n) => n.handle);
          }
          assert(red.length >= 2, `the cycle is not shown unreachable during the collection (${red})`);
          await page.screenshot({ path: join(shots, '02-example-cycle-collecting.png') });
        }
      });
    }

    const lessonSource = readFileSync(join(root, 'src/examples/refcount.py'), 'utf8');
    const runExample = async (id: string): Promise<void> => {
      await page.selectOption('#example', id);
      await page.click('#run');
      await page.waitForFunction(() => /^Ran /.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 120_000 });
      await page.evaluate(() => window.pymemDemo!.idle());
    };
    /** Handle of the object a frame's name refers to, or -1. */
    const nameTarget = (name: string): Promise<number> =>
      page.evaluate((n) => Number(document.querySelector(`[data-view="frames"] g.frame[data-frame="module"] g.var[data-name="${n}"]`)?.getAttribute('data-target') ?? -1), name);

    await check("the frames view names a and b at the lesson's getrefcount line, the list shows data-refcount=\"3\", and the hover names its holders", async () => {
      await runExample('refcount');
      const statements = await page.evaluate(() => window.pymemDemo!.run!.timeline.statements.map((i) => [i, Number(window.pymemDemo!.run!.timeline.event(i).line)]));
      const line6 = statements.find(([, l]) => l === 6)![0]!;
      await seekAndWait(page, line6 + 1);
      let a = -1;
      let rc = '';
      for (let i = 0; i < 40; i++) {
        a = await nameTarget('a');
        rc = (await page.getAttribute(`g.node[data-handle="${a}"]`, 'data-refcount')) ?? '';
        if (rc === '3') break;
        await page.click('#next-event');
        await page.evaluate(() => window.pymemDemo!.idle());
      }
      assert(a >= 0, 'no name a in the module frame');
      assert((await nameTarget('b')) === a, `b refers to #${await nameTarget('b')}, a to #${a}`);
      assert(rc === '3', `the list's data-refcount is ${rc} inside getrefcount`);
      const arrows = await page.$$eval(`path.edge.name[data-to="${a}"]`, (ps) => ps.map((p) => p.getAttribute('data-from')));
      assert(JSON.stringify(arrows.sort()) === '["a","b"]', `arrows into the list from ${arrows}`);
      const line = await page.locator('.cm-current-event-line').innerText();
      assert(line.includes('getrefcount'), `highlighted line ${line}`);
      await page.hover(`g.node[data-handle="${a}"] rect`);
      const story = await page.locator('#refcount-story').innerText();
      assert(story.includes('refcount 3, held by:') && story.includes('the name `a`') && story.includes('the name `b`') && /1 held by the interpreter itself/.test(story), `hover says ${story}`);
      const holders = await page.$$eval('g.var.holder', (vs) => vs.map((v) => v.getAttribute('data-name')).sort());
      assert(JSON.stringify(holders) === '["a","b"]', `highlighted holders ${holders}`);
      const why = await page.locator('#why-text').innerText();
      assert(/adds a reference to the list #\d+ \(`a`, `b`\): its count goes 2 → 3\./.test(why), `why panel: ${why}`);
      await page.screenshot({ path: join(shots, '08-frames-getrefcount.png') });
      await page.locator('#graph').screenshot({ path: join(shots, '08-frames-view.png') });
      await page.locator('#why').screenshot({ path: join(shots, '08-why-panel.png') });
      // the pool map: clicking the list selects its block
      await page.click(`g.node[data-handle="${a}"] rect`);
      await page.evaluate(() => window.pymemDemo!.idle());
      const block = await page.getAttribute('.pool-detail-text', 'data-block');
      assert(block !== null && /^\d+:\d+:\d+$/.test(block), `selected block ${block}`);
      const legend = await page.$$eval('.pool-legend .size-class', (xs) => xs.length);
      assert(legend > 0, 'no size classes in the legend');
      await page.locator('#pools').screenshot({ path: join(shots, '09-pool-map.png') });
      await page.locator('#gc').screenshot({ path: join(shots, '09-generations.png') });
      const genItems = await page.$$eval('.gen-row[data-gen="0"] .gen-item', (xs) => xs.map((x) => x.textContent));
      assert(genItems[0] === `list #${a} a, b`, `generation 0 lists ${genItems.slice(0, 3)}`);
      await page.locator('#timeline').screenshot({ path: join(shots, '09-memory-chart.png') });
      const samples = Number(await page.getAttribute('#memory-chart', 'data-samples'));
      assert(samples > 10, `${samples} samples in the chart`);
    });

    await check('the why panel reads a sentence for the first event of each kind in a run', async () => {
      const kinds = new Map<string, string>();
      for (const id of ['cycle', 'finalizers', 'pools']) {
        await runExample(id);
        const firsts = await page.evaluate(() => {
          const t = window.pymemDemo!.run!.timeline;
          const seen = new Map<string, number>();
          for (let i = 0; i < t.length; i++) {
            const e = t.event(i);
            const k = e.type === 'marker' ? `marker:${String(e.label)}` : e.type;
            if (!seen.has(k)) seen.set(k, i + 1);
          }
          return [...seen];
        });
        for (const [kind, p] of firsts) {
          if (kinds.has(kind)) continue;
          await seekAndWait(page, p);
          const text = await page.locator('#why-text').innerText();
          const type = await page.getAttribute('#why-text', 'data-event-type');
          assert(type === kind.replace(/^marker:.*/, 'marker'), `${kind}: the panel is about ${type}`);
          assert(text.length > 20 && !/^[a-z]+\.[a-zA-Z]+:/.test(text), `${kind}: ${text}`);
          kinds.set(kind, text);
        }
      }
      assert(kinds.size >= 25, `${kinds.size} kinds`);
      for (const k of ['gc.collectionStarted', 'object.allocated', 'ref.increfed', 'pool.claimed', 'arena.allocated', 'gc.phase']) assert(kinds.has(k), `no ${k} event seen`);
      report.push(`why panel: a sentence for each of ${kinds.size} event kinds (${[...kinds.keys()].join(', ')})`);
      report.push(`  e.g. ${kinds.get('gc.collectionStarted')} / ${kinds.get('pool.claimed')}`);
    });

    await check('a large heap (pools.py) is laid out without overlapping boxes and centres on the current object', async () => {
      await runExample('pools');
      const statements = await page.evaluate(() => window.pymemDemo!.run!.timeline.statements);
      await seekAndWait(page, statements[Math.floor(statements.length / 2)]! + 40);
      const boxes = await page.$$eval('g.node rect', (rs) => rs.map((r) => { const b = r.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; }));
      assert(boxes.length > 10, `${boxes.length} boxes`);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [x1, y1, w1, h1] = boxes[i]!;
        const [x2, y2, w2, h2] = boxes[j]!;
        assert(!(x1! < x2! + w2! - 1 && x2! < x1! + w1! - 1 && y1! < y2! + h2! - 1 && y2! < y1! + h1! - 1), `boxes ${i} and ${j} overlap`);
      }
      const inView = await page.evaluate(() => {
        const f = document.querySelector('g.node.focus rect')?.getBoundingClientRect();
        const c = document.querySelector('.graph-canvas')!.getBoundingClientRect();
        return f ? f.right > c.left && f.left < c.right && f.bottom > c.top && f.top < c.bottom : null;
      });
      assert(inView !== false, 'the current object is scrolled out of view');
      await page.screenshot({ path: join(shots, '10-large-heap.png') });
    });

    await check('a share link with code, run and at reproduces a position', async () => {
      const code = Buffer.from(lessonSource, 'utf8').toString('base64url');
      await page.goto(`${url}?code=${code}&run=1&at=line:6`);
      await page.waitForFunction(() => /^Ran /.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      await page.evaluate(() => window.pymemDemo!.idle());
      const at = await page.evaluate(() => {
        const t = window.pymemDemo!.run!.timeline;
        return { position: window.pymemDemo!.position, line6: t.statements.find((i) => t.event(i).line === 6)! + 1 };
      });
      assert(at.position === at.line6, `at=line:6 put the cursor at ${at.position}, line 6 starts at ${at.line6}`);
      assert((await page.locator('.cm-content').innerText()).includes('sys.getrefcount'), 'the shared program is not in the editor');
      assert((await page.locator('.cm-current-event-line').innerText()).includes('getrefcount'), 'line 6 not highlighted');
      await page.click('#next-event');
      await page.click('#next-event');
      await page.evaluate(() => window.pymemDemo!.idle());
      await page.click('#share');
      const link = await page.inputValue('#share-link');
      const here = await page.evaluate(() => window.pymemDemo!.position);
      assert(link.includes(`code=${code}`) && link.includes(`at=event:${here}`) && link.includes('run=1'), `share link ${link}`);
      const why = await page.locator('#why-text').innerText();
      await page.goto(link);
      await page.waitForFunction(() => /^Ran /.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await page.evaluate(() => window.pymemDemo!.position)) === here, 'the shared event position is not reproduced');
      assert((await page.locator('#why-text').innerText()) === why, 'the why panel differs at the shared position');
      await page.goto(`${url}?code=${code}&run=1`);
      await page.waitForFunction(() => /^Ran /.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await page.locator('#where').innerText()).includes('end of the program'), `run=1 alone: ${await page.locator('#where').innerText()}`);
      await page.screenshot({ path: join(shots, '11-shared-link.png') });
      await page.goto(url);
      await page.waitForFunction(() => window.pymemDemo !== undefined);
    });

    const { rt, source } = runtimeScenario();
    const header = createTraceHeader({ meta: { source, program: 'runtime scenario' } });
    const events = rt.log as unknown as TraceEvent[];
    const pmt = join(work, 'runtime-scenario.pmt');
    const jsonl = join(work, 'runtime-scenario.jsonl');
    writeFileSync(pmt, encodeTrace('pmt', header, events));
    writeFileSync(jsonl, encodeTrace('jsonl', header, events));

    for (const path of [jsonl, pmt]) {
      await check(`opening ${path.slice(path.lastIndexOf('/') + 1)} shows the runtime's final state`, async () => {
        await openTraceFile(page, path);
        const length = await page.evaluate(() => window.pymemDemo!.run!.timeline.length);
        assert(length === events.length, `read ${length} events of ${events.length}`);
        await seekAndWait(page, length);
        const nodes = await graphNodes(page);
        assert(nodes.length > 0, 'no objects drawn');
        for (const n of nodes) {
          assert(rt.refcounts.isLive(n.handle), `#${n.handle} drawn but dead in the runtime`);
          assert(n.refcount === rt.refcounts.refcount(n.handle), `#${n.handle} refcount ${n.refcount}, runtime ${rt.refcounts.refcount(n.handle)}`);
          assert(n.gen === rt.collector!.generationOf!(n.handle), `#${n.handle} generation ${n.gen}, runtime ${rt.collector!.generationOf!(n.handle)}`);
        }
        const counts = await page.$$eval('.gen-row', (rows) => rows.map((r) => Number((r as HTMLElement).dataset.count)));
        assert(JSON.stringify(counts) === JSON.stringify(rt.getCount()), `gc counts ${counts} vs runtime ${rt.getCount()}`);
        const output = await page.locator('#output-text').innerText();
        assert(output.trim() === '2', `output ${JSON.stringify(output)}`);
      });
    }

    await check('scrubbing to the collection highlights the cycle as unreachable, matching a projection of the log', async () => {
      await seekAndWait(page, 0);
      await page.click('#next-collection');
      await page.evaluate(() => window.pymemDemo!.idle());
      const position = await page.evaluate(() => window.pymemDemo!.position);
      // step a few events into the collection so its phases have run
      for (let i = 0; i < 3; i++) await page.click('#next-event');
      await page.evaluate(() => window.pymemDemo!.idle());
      const p = position + 3;
      const nodes = await graphNodes(page);
      const red = nodes.filter((n) => n.unreachable).map((n) => n.handle).sort();
      assert(red.length === 2, `expected the two lists of the cycle in red, got ${JSON.stringify(red)}`);
      const proj = createProjection();
      proj.applyAll(events.slice(0, p) as never);
      for (const n of nodes) assert(n.refcount === proj.refcounts.refcount(n.handle), `#${n.handle} refcount ${n.refcount} vs projection ${proj.refcounts.refcount(n.handle)} at ${p}`);
      const status = await page.locator('.gc-status').innerText();
      assert(/Collecting generation 2/.test(status), `gc status: ${status}`);
      const line = await page.locator('.cm-current-event-line').innerText();
      assert(line.includes('gc.collect()'), `highlighted line: ${line}`);
      await page.screenshot({ path: join(shots, '03-collection.png') });
    });

    await check('the scrubber, the step buttons and the keyboard move back and forth', async () => {
      const length = await page.evaluate(() => window.pymemDemo!.run!.timeline.length);
      const at = async () => Number(await page.locator('#where').getAttribute('data-position'));
      await page.locator('#scrubber').fill(String(Math.floor(length / 2)));
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await at()) === Math.floor(length / 2), `scrubber moved to ${await at()}`);
      await page.click('#next-statement');
      await page.evaluate(() => window.pymemDemo!.idle());
      const afterStmt = await at();
      assert(afterStmt > Math.floor(length / 2), 'next statement did not move forward');
      await page.click('#prev-statement');
      await page.click('#prev-statement');
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await at()) < afterStmt, 'previous statement did not move back');
      await page.locator('#scrubber').focus();
      await page.keyboard.press('End');
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await at()) === length, 'End did not reach the end');
      await page.click('#prev-event');
      await page.evaluate(() => window.pymemDemo!.idle());
      assert((await at()) === length - 1, 'previous event');
      await page.fill('.log-filter', 'gc.');
      await page.waitForTimeout(50);
      const rows = await page.$$eval('.log-row .desc', (r) => r.map((x) => x.textContent ?? ''));
      assert(rows.length > 0 && rows.every((r) => r.startsWith('gc.')), `filter shows ${rows.slice(0, 3)}`);
      await page.click('.log-row >> nth=0');
      await page.evaluate(() => window.pymemDemo!.idle());
      const picked = await page.evaluate(() => window.pymemDemo!.run!.timeline.event(window.pymemDemo!.position - 1).type);
      assert(picked.startsWith('gc.'), `clicking a row went to ${picked}`);
      await page.fill('.log-filter', '');
      await page.screenshot({ path: join(shots, '04-scrubbed.png') });
    });

    const recorder = join(root, '../../tools/recorder/build/pymem-recorder');
    if (existsSync(recorder)) {
      await check('an allocator trace recorded from real CPython shows its arenas and pools as the replayed allocator has them', async () => {
        const trace = join(work, 'cycle.altrace');
        execFileSync(recorder, [trace, join(root, 'src/examples/cycle.py')], { stdio: 'ignore' });
        const replay = replayAllocatorTrace(new Uint8Array(readFileSync(trace)));
        const allocator = replay.allocator as PoolAllocator;
        await openTraceFile(page, trace);
        await page.click('#to-end');
        await page.evaluate(() => window.pymemDemo!.idle());
        const arenas = Number(await page.locator('.pool-summary').getAttribute('data-arenas'));
        assert(arenas === allocator.arenas().length, `${arenas} arenas shown, replay has ${allocator.arenas().length}`);
        assert(await page.locator('#banner').isHidden(), await page.locator('#banner').innerText());
        // the recorded-run panel: one pause band per collection CPython made, one map row per arena at the end
        const recorded = analyzeRecordedRun(new Uint8Array(readFileSync(trace)));
        assert(await page.locator('#recorded').isVisible(), 'the recorded-run panel is hidden');
        const pauses = await page.locator('#recorded rect.pause').count();
        assert(pauses === recorded.collections.length, `${pauses} pauses drawn, the trace has ${recorded.collections.length} collections`);
        const rows = await page.locator('#recorded [data-arena]').count();
        assert(rows === recorded.atEnd.arenas.length, `${rows} arena rows drawn, ${recorded.atEnd.arenas.length} arenas at the end`);
        await page.locator('#recorded').screenshot({ path: join(shots, '07b-recorded-run.png') });
        await page.screenshot({ path: join(shots, '07-allocator-trace.png') });
      });
    } else report.push(`allocator trace NOT checked: no recorder at ${recorder} (make -C tools/recorder)`);

    await check('a corrupt trace gets a clear message with its byte offset, keeps what came before, and the page stays usable', async () => {
      const bytes = encodeTrace('pmt', createTraceHeader({ meta: { program: 'synthesizeEvents (synthetic, not a run)' } }), synthesizeEvents({ events: 60_000, seed: 5 }));
      bytes[Math.floor(bytes.length * 0.9)] ^= 0x5a;
      const bad = join(work, 'corrupt.pmt');
      writeFileSync(bad, bytes);
      await openTraceFile(page, bad);
      const banner = await page.locator('#banner').innerText();
      assert(/byte offset \d+/.test(banner), `message without an offset: ${banner}`);
      const kept = await page.evaluate(() => window.pymemDemo!.run!.timeline.length);
      assert(kept > 0, 'nothing kept from before the corruption');
      await page.screenshot({ path: join(shots, '05-corrupt.png') });
      await page.click('#to-start');
      await page.click('#next-event');
      await page.evaluate(() => window.pymemDemo!.idle());
      assert(Number(await page.locator('#where').getAttribute('data-position')) === 1, 'page not usable after the error');
      const junk = join(work, 'not-a-trace.jsonl');
      writeFileSync(junk, '{"format":"pymem-trace","version":1,"profile":"cpython-3.11","config":{}}\n{"type":"marker","seq":0,"label":"statement","line":1}\nnot json\n');
      await openTraceFile(page, junk);
      const banner2 = await page.locator('#banner').innerText();
      assert(/line 3/.test(banner2), `message without its line: ${banner2}`);
      await openTraceFile(page, pmt);
      assert(await page.locator('#banner').isHidden(), 'the error stays after a good file');
    });

    await check(`a ${bigEvents.toLocaleString('en')}-event trace loads with progress and seeks to its middle`, async () => {
      const big = join(work, 'big.pmt');
      writeFileSync(big, encodeTrace('pmt', createTraceHeader({ meta: { program: 'synthesizeEvents (synthetic, not a run)' } }), synthesizeEvents({ events: bigEvents, seed: 3 })));
      const loadMs = await openTraceFile(page, big);
      const length = await page.evaluate(() => window.pymemDemo!.run!.timeline.length);
      assert(length >= bigEvents, `read ${length} events`);
      const middle = await seekAndWait(page, Math.floor(length / 2));
      const seeks: number[] = [];
      for (let i = 1; i <= 10; i++) seeks.push(await seekAndWait(page, Math.floor(length * ((i * 0.6180339887) % 1))));
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      seeks.sort((a, b) => a - b);
      report.push(
        `big trace: ${length} events, load ${loadMs} ms (read + fold + snapshots), seek to middle ${middle.toFixed(0)} ms, ` +
          `10 random seeks median ${seeks[5]!.toFixed(0)} ms max ${seeks[9]!.toFixed(0)} ms, JS heap ${(heap / 2 ** 20).toFixed(0)} MiB`,
      );
      await seekAndWait(page, Math.floor(length / 2));
      await page.screenshot({ path: join(shots, '06-big-trace.png') });
    });

    await check('no console errors', () => {
      assert(consoleErrors.length === 0, consoleErrors.join('\n'));
    });
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  for (const line of report) console.log(`  · ${line}`);
  console.log(`screenshots in ${shots}`);
  finish();
}

function finish(): void {
  console.log(`${passed} passed, ${failed} failed`);
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`browser test: ${error instanceof Error ? error.message : String(error)}`);
  failed++;
  finish();
});
