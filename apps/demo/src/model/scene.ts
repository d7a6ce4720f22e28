// Everything the views draw at one position, computed in one place from the timeline (and the
// program's text): the frames and their names, each object's value and contents, who holds
// each reference, and the sentence for the current event. The views only draw what this says,
// so the unit tests of this file cover what the page shows.
import { num } from './demoEvent.js';
import { explain } from './explain.js';
import { findModuleDict, framesAt, type Frame } from './frames.js';
import { refcountStory, storyLines, type RefcountStory } from './holders.js';
import type { MemoryModel } from './memoryModel.js';
import type { Timeline } from './timeline.js';
import { cachedKeys, contents, valueText, type ContentRow } from './values.js';

/** One point of a run, ready to draw. */
export interface Scene {
  readonly position: number;
  readonly model: MemoryModel;
  readonly frames: readonly Frame[];
  readonly moduleDict: number;
  /** Handle the current event is about, or -1. */
  readonly focus: number;
  /** The sentence for the current event ('' before the first). */
  readonly why: string;
  /** The current event's type ('' before the first). */
  readonly eventType: string;
  value(h: number): string | undefined;
  rows(h: number): ContentRow[];
  namesOf(h: number): string[];
  story(h: number): RefcountStory;
  /** The hover's lines for `h`. */
  storyText(h: number): string[];
  /** Referrers of every live object. */
  readonly referrers: ReadonlyMap<number, number[]>;
}

/** Who refers to whom, over every live object. */
export function buildReferrers(model: MemoryModel): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let x = 0; x < model.highWater; x++) {
    if (!model.isLive(x)) continue;
    for (const t of model.referents(x)) {
      let list = out.get(t);
      if (!list) out.set(t, (list = []));
      list.push(x);
    }
  }
  return out;
}

/** What a scene needs besides the timeline. */
export interface SceneOptions {
  readonly sourceLines: readonly string[];
  /** The module's globals dict (found once per run: it lives from start-up to shutdown). */
  readonly moduleDict: number;
  /** Type ids of the builtin types: anything else is a heap class. */
  readonly builtinTypes: ReadonlySet<number>;
}

/**
 * The module dict of a run: looked for where the program has ended (before shutdown clears it).
 *
 * @example
 * ```ts
 * const globals = moduleDictOf(timeline, landmarks.programEnd);
 * ```
 */
export function moduleDictOf(t: Timeline, programEnd: number): number {
  const found = findModuleDict(t.seek(programEnd));
  return found >= 0 ? found : findModuleDict(t.final);
}

/**
 * Builds the scene at `position` (moves the timeline's model there).
 *
 * @example
 * ```ts
 * const s = sceneAt(timeline, 2331, { sourceLines, moduleDict, builtinTypes });
 * s.frames[0].bindings; // [{ name: 'sys', ... }, { name: 'a', target: 937 }, { name: 'b', target: 937 }]
 * ```
 */
export function sceneAt(t: Timeline, position: number, options: SceneOptions): Scene {
  const model = t.seek(position);
  const p = model.position;
  const { moduleDict } = options;
  const frames = framesAt(model, moduleDict, t.frames.at(p));
  const keys = cachedKeys(model);
  const value = (h: number): string | undefined => valueText(model, h, t.values, keys);
  const heapClass = (typeId: number): boolean => !options.builtinTypes.has(typeId);
  const referrers = buildReferrers(model);
  const names = new Map<number, string[]>();
  for (const f of frames) for (const b of f.bindings) names.set(b.target, [...(names.get(b.target) ?? []), b.name]);
  const namesOf = (h: number): string[] => names.get(h) ?? [];
  const frameNames = new Map<number, string>();
  for (const f of frames) if (f.id.startsWith('f#')) frameNames.set(Number(f.id.slice(2)), f.title.replace(/\(\)$/, ''));
  const current = p > 0 ? t.event(p - 1) : undefined;
  const focus = current ? num(current, 'handle', num(current, 'owner', num(current, 'ref'))) : -1;
  const story = (h: number): RefcountStory =>
    refcountStory(model, h, {
      frames,
      moduleDict,
      referrers,
      show: value,
      attribute: (typeId, i) => t.values.attribute(typeId, i) ?? `slot ${i}`,
      heapClass,
    });
  const why = current
    ? explain(current, {
        model,
        sourceLines: options.sourceLines,
        namesOf,
        show: value,
        moduleDict,
        // a frame popped by this very event is no longer in `frames`: asked of the position before
        frameName: (id) => frameNames.get(id) ?? t.frames.at(p - 1).find((f) => f.id === `f#${id}`)?.title.replace(/\(\)$/, ''),
      })
    : '';
  return {
    position: p,
    model,
    frames,
    moduleDict,
    focus,
    why,
    eventType: current?.type ?? '',
    value,
    rows: (h) => contents(model, h, value, t.values, heapClass),
    namesOf,
    story,
    storyText: (h) => storyLines(story(h)),
    referrers,
  };
}
