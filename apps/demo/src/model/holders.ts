// Who holds each reference an object's ob_refcnt counts: the names bound to it (module globals,
// a call's locals), the slots of other objects (list items, dict entries, attributes) and, for
// what is left, the interpreter itself (the evaluation stack, a call's arguments, a code
// object's constants: references CPython counts but no heap slot in the events shows).
import type { MemoryModel } from './memoryModel.js';
import type { Frame } from './frames.js';

/** One holder of a reference. */
export interface Holder {
  /** The object whose slot holds it, or -1 for a name in a frame. */
  readonly owner: number;
  /** The frame of a name (`module`, `f#2`). */
  readonly frame?: string;
  /** The bound name, for a name. */
  readonly name?: string;
  /** What the hover says, e.g. ``the name `a` (module globals)``. */
  readonly text: string;
}

/** The explanation of one object's refcount. */
export interface RefcountStory {
  readonly refcount: number;
  readonly holders: readonly Holder[];
  /** References no name or slot in the events accounts for (refcount - holders, at least 0). */
  readonly interpreter: number;
}

/** What {@link refcountStory} reads besides the model. */
export interface StoryContext {
  readonly frames: readonly Frame[];
  /** The module's globals dict: its entries are told as names, not as dict slots. */
  readonly moduleDict: number;
  /** Who refers to whom (see graphView's buildReferrers). */
  readonly referrers: ReadonlyMap<number, readonly number[]>;
  /** Short value of a key object (`'k'`), for dict entries. */
  readonly show: (h: number) => string | undefined;
  /** Label of attribute `index` of an instance of `typeId`. */
  readonly attribute: (typeId: number, index: number) => string;
  readonly heapClass: (typeId: number) => boolean;
}

/**
 * Tells who holds each of `h`'s references.
 *
 * @example
 * ```ts
 * refcountStory(model, list, ctx).holders.map((x) => x.text); // ['the name `a` (module globals)', 'the name `b` (module globals)']
 * ```
 */
export function refcountStory(model: MemoryModel, h: number, ctx: StoryContext): RefcountStory {
  const holders: Holder[] = [];
  for (const f of ctx.frames) {
    for (const b of f.bindings) {
      if (b.target !== h) continue;
      const where = f.id === 'module' ? 'module globals' : `a local of ${f.title}`;
      holders.push({ owner: f.id === 'module' ? ctx.moduleDict : -1, frame: f.id, name: b.name, text: `the name \`${b.name}\` (${where})` });
    }
  }
  const moduleNames = new Set((ctx.frames.find((f) => f.id === 'module')?.bindings ?? []).filter((b) => b.target === h).map((b) => b.name));
  const owners = new Set(ctx.referrers.get(h) ?? []);
  for (const r of owners) {
    const s = model.slots(r);
    const type = model.typeName(r);
    s.forEach((t, i) => {
      if (t !== h) return;
      if (r === ctx.moduleDict) {
        if (i % 2 === 0) holders.push({ owner: r, text: 'a key of the module globals' });
        // a value: told above as a name, unless the frame left it out (the interpreter's __dunder__ names)
        else if (!moduleNames.has((ctx.show(s[i - 1]!) ?? '').slice(1, -1))) {
          holders.push({ owner: r, frame: 'module', text: `the module global ${ctx.show(s[i - 1]!) ?? `#${s[i - 1]}`}` });
        }
        return;
      }
      let text: string;
      if (type === 'list' || type === 'tuple') text = `item [${i}] of ${type} #${r}`;
      else if (type === 'dict') text = i % 2 === 0 ? `a key of dict #${r}` : `the entry ${ctx.show(s[i - 1] ?? -1) ?? `#${s[i - 1]}`} of dict #${r}`;
      else if (ctx.heapClass(model.typeId(r))) text = `attribute .${ctx.attribute(model.typeId(r), i)} of ${type} #${r}`;
      else text = `slot ${i} of ${type} #${r}`;
      holders.push({ owner: r, text });
    });
  }
  const refcount = model.refcount(h);
  return { refcount, holders, interpreter: Math.max(0, refcount - holders.length) };
}

/**
 * The hover's lines: one per holder, then the references the interpreter holds.
 *
 * @example
 * ```ts
 * storyLines(refcountStory(model, list, ctx)); // ['refcount 3:', '· the name `a` ...', ..., '· 1 held by the running code ...']
 * ```
 */
export function storyLines(story: RefcountStory): string[] {
  const lines = [`refcount ${story.refcount}, held by:`, ...story.holders.map((x) => `· ${x.text}`)];
  if (story.interpreter > 0) {
    lines.push(
      `· ${story.interpreter} held by the interpreter itself: the running code's evaluation stack or a call's argument ` +
        '(getrefcount(x) counts its own argument), a code object\'s constants, or the interpreter\'s own tables',
    );
  }
  return lines;
}
