// The scene the page draws, from real runs of the interpreter (with markers, as the worker runs
// them): the frames name the lesson's variables, the boxes' values and contents, who holds each
// reference, and the why panel's sentence for every kind of event a run emits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltinType } from '@pymem/object-model';
import { findLandmarks } from './landmarks.js';
import { moduleDictOf, sceneAt, type SceneOptions } from './scene.js';
import { runToTimeline } from './lessonRun.js';
import type { Timeline } from './timeline.js';

const builtinTypes = new Set<number>(Object.values(BuiltinType));
const example = (f: string): string => readFileSync(join(__dirname, '../examples', f), 'utf8');

function prepare(source: string): { timeline: Timeline; options: SceneOptions; end: number } {
  const { timeline } = runToTimeline(source);
  const { programEnd } = findLandmarks(timeline, 'live');
  return { timeline, options: { sourceLines: source.split('\n'), moduleDict: moduleDictOf(timeline, programEnd), builtinTypes }, end: programEnd };
}

/** Position just after the first event matching `pred` at or after `from`. */
function after(t: Timeline, from: number, pred: (e: ReturnType<Timeline['event']>) => boolean): number {
  for (let i = from; i < t.length; i++) if (pred(t.event(i))) return i + 1;
  throw new Error('no such event');
}

describe('the refcount lesson (a = []; b = a; sys.getrefcount(a))', () => {
  const source = example('refcount.py');
  const { timeline, options } = prepare(source);
  const line6 = timeline.statements.find((i) => timeline.event(i).line === 6)!;
  const atCall = sceneAt(timeline, line6 + 1, options);
  const list = atCall.frames[0]!.bindings.find((b) => b.name === 'a')!.target;
  // the position inside line 6 where the list's count is 3: getrefcount's argument is on the stack
  const three = after(timeline, line6, (e) => e.type === 'ref.increfed' && e.handle === list && e.refcount === 3);
  const s = sceneAt(timeline, three, options);

  it('the module frame names a and b, both bound to the one list, whose count is 3 in the call', () => {
    const module = s.frames[0]!;
    expect(module.id).toBe('module');
    expect(module.bindings.map((b) => b.name)).toEqual(['sys', 'a', 'b']);
    expect(s.value(module.bindings[0]!.target)).toBe('module sys');
    expect(module.bindings.find((b) => b.name === 'b')!.target).toBe(list);
    expect(s.model.typeName(list)).toBe('list');
    expect(s.model.refcount(list)).toBe(3);
    expect(s.namesOf(list)).toEqual(['a', 'b']);
  });

  it('the hover tells the three references: the names a and b, and one the interpreter holds', () => {
    const story = s.story(list);
    expect(story.holders.map((x) => x.text)).toEqual(['the name `a` (module globals)', 'the name `b` (module globals)']);
    expect(story.interpreter).toBe(1);
    expect(s.storyText(list)[0]).toBe('refcount 3, held by:');
    expect(s.storyText(list).at(-1)).toMatch(/^· 1 held by the interpreter itself/);
  });

  it('the why panel says what b = a did to the count', () => {
    const line4 = timeline.statements.find((i) => timeline.event(i).line === 4)!;
    const p = after(timeline, line4, (e) => e.type === 'ref.increfed' && e.handle === list);
    expect(sceneAt(timeline, p, options).why).toBe(`Line 4 \`b = a\` adds a reference to the list #${list} (\`a\`): its count goes 1 → 2.`);
    const bound = after(timeline, line4, (e) => e.type === 'slot.stored' && e.owner === options.moduleDict && e.target === list);
    expect(sceneAt(timeline, bound, options).why).toBe(`Line 4 \`b = a\` binds the name \`b\` to the list #${list} (\`a\`, \`b\`).`);
  });

  it('del b drops the name and the count goes back to 2', () => {
    const line7 = timeline.statements.find((i) => timeline.event(i).line === 7)!;
    const p = after(timeline, line7, (e) => e.type === 'ref.decrefed' && e.handle === list);
    const t = sceneAt(timeline, p, options);
    expect(t.frames[0]!.bindings.map((b) => b.name)).toEqual(['sys', 'a']);
    expect(t.model.refcount(list)).toBe(1 + t.story(list).interpreter);
  });
});

describe('values and contents', () => {
  const source = 'x = [1, "ab", None]\nd = {"k": x}\nt = (x, 5)\n';
  const { timeline, options, end } = prepare(source);
  const s = sceneAt(timeline, end, options);
  const target = (name: string): number => s.frames[0]!.bindings.find((b) => b.name === name)!.target;

  it('a list shows its items by index with their values', () => {
    const rows = s.rows(target('x'));
    expect(rows.map((r) => r.label)).toEqual(['[0]', '[1]', '[2]']);
    expect(rows.map((r) => s.value(r.target))).toEqual(['1', "'ab'", 'None']);
  });

  it('a dict shows its entries by key, a tuple its items', () => {
    expect(s.rows(target('d'))).toEqual([{ label: "'k'", target: target('x') }]);
    expect(s.rows(target('t')).map((r) => r.target)).toEqual([target('x'), s.rows(target('t'))[1]!.target]);
    expect(s.value(s.rows(target('t'))[1]!.target)).toBe('5');
  });

  it("the list's holders are the name x, the dict entry and the tuple item", () => {
    const story = s.story(target('x'));
    expect(story.holders.map((h) => h.text).sort()).toEqual([
      'item [0] of tuple #' + target('t'),
      "the entry 'k' of dict #" + target('d'),
      'the name `x` (module globals)',
    ].sort());
    expect(story.interpreter).toBe(0);
  });
});

describe('call frames, locals, values and attributes (the interpreter\'s markers)', () => {
  const source = 'class P:\n    def __init__(self, name):\n        self.name = name\n\ndef f(n):\n    q = [n]\n    return len(q)\n\np = P("alpha" + "beta")\nf(300)\n';
  const { timeline, options, end } = prepare(source);
  // the position just after q is told as a local of f
  let at = -1;
  for (let i = 0; i < timeline.length && at < 0; i++) {
    const e = timeline.event(i);
    if (e.type === 'marker' && e.label === 'local' && String(e.text).includes('"name":"q"')) at = i + 1;
  }
  const s = sceneAt(timeline, at, options);

  it('a call has its own frame after the module, with its locals by name', () => {
    expect(s.frames.map((f) => f.title)).toEqual(['module globals', 'f()']);
    expect(s.frames[1]!.bindings.map((b) => b.name)).toEqual(['n', 'q']);
    const n = s.frames[1]!.bindings[0]!.target;
    const q = s.frames[1]!.bindings[1]!.target;
    expect(s.value(n)).toBe('300');
    expect(s.rows(q)).toEqual([{ label: '[0]', target: n }]);
    expect(s.story(q).holders.map((h) => h.text)).toEqual(['the name `q` (a local of f())']);
  });

  it('the frame is gone once f returns; functions, classes and instances show their names', () => {
    const e = sceneAt(timeline, end, options);
    expect(e.frames.map((f) => f.title)).toEqual(['module globals']);
    const target = (name: string): number => e.frames[0]!.bindings.find((b) => b.name === name)!.target;
    expect(e.value(target('f'))).toBe('function f');
    expect(e.value(target('P'))).toBe('class P');
    const rows = e.rows(target('p'));
    expect(rows.map((r) => r.label)).toEqual(['.name']);
    expect(e.value(rows[0]!.target)).toBe("'alphabeta'");
  });

  it('the why panel tells the call and the return', () => {
    const push = [...Array(timeline.length).keys()].find((i) => timeline.event(i).label === 'frame' && String(timeline.event(i).text).includes('"name":"f"'))!;
    expect(sceneAt(timeline, push + 1, options).why).toBe('A call to f() starts: a new frame holds its arguments and locals.');
    const pop = [...Array(timeline.length).keys()].filter((i) => timeline.event(i).label === 'frame' && String(timeline.event(i).text).includes('"op":"pop"')).at(-1)!;
    expect(sceneAt(timeline, pop + 1, options).why).toBe("f() returns: its frame goes away and its locals' references are dropped.");
  });
});

describe('the why panel has a sentence for every kind of event a run emits', () => {
  const files = ['refcount.py', 'cycle.py', 'thresholds.py', 'freeze.py', 'finalizers.py', 'freelists.py', 'interning.py'];
  const seen = new Map<string, string>();
  for (const f of files) {
    const source = example(f);
    const { timeline, options } = prepare(source);
    const kinds = new Set<string>();
    for (let i = 0; i < timeline.length; i++) {
      const e = timeline.event(i);
      const kind = e.type === 'marker' ? `marker:${String(e.label)}` : e.type;
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      seen.set(kind, sceneAt(timeline, i + 1, options).why);
    }
  }
  it('no event kind falls back to the raw event', () => {
    expect(seen.size).toBeGreaterThan(20);
    for (const [kind, sentence] of seen) {
      expect(sentence, kind).not.toMatch(/^[a-z]+\.[a-zA-Z]+:/);
      expect(sentence, kind).toMatch(/[.)]$/);
      expect(sentence.length, kind).toBeGreaterThan(20);
    }
  });
  it('collections say why they start; blocks say where they come from', () => {
    expect(seen.get('gc.collectionStarted')).toMatch(/^(gen-0 count reached \d+, over its threshold \d+|.*asks for a collection)/);
    expect(seen.get('object.allocated')).toMatch(/static object|pool \d+ of arena \d+, size class \d+ bytes|malloc/);
    expect(seen.get('pool.claimed')).toMatch(/^pymalloc takes pool \d+ of arena \d+ for blocks of \d+ bytes/);
  });
});
