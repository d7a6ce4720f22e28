// What an object holds, for the boxes of the graph: a scalar's value (an interned string's
// text, a cached int or singleton from `intern.cached`, or the `value` marker the interpreter
// writes after creating a str, int, float or function when run with markers; a class's name from
// `type.registered`; a module's from its dict) and a container's contents
// (list/tuple items, dict entries as key → value, an instance's attribute values, CPython 3.11's
// values array, named by `attr` markers), each row pointing at the object in that slot.
import type { DemoEvent } from './demoEvent.js';
import { str } from './demoEvent.js';
import type { MemoryModel } from './memoryModel.js';

/** One row of a box: what it is called in the container and the object in the slot. */
export interface ContentRow {
  readonly label: string;
  readonly target: number;
}

/** Value texts from `value` markers and attribute names from `attr` markers (text: JSON). */
export interface ValueIndex {
  /** Looks at one event; `bornAt` is the model's birth position of a handle at that point. */
  add(e: DemoEvent, bornAt: (h: number) => number): void;
  /** The value text of the object `h` born at `born`, if a marker gave it. */
  text(h: number, born: number): string | undefined;
  /** Name of attribute `index` of instances of type `typeId`, if an `attr` marker gave it. */
  attribute(typeId: number, index: number): string | undefined;
}

/**
 * Creates an empty value index.
 *
 * @example
 * ```ts
 * const v = createValueIndex();
 * v.add({ type: 'marker', seq: 9, label: 'value', text: '{"handle":3,"text":"300"}' }, () => 8);
 * v.text(3, 8); // '300'
 * ```
 */
export function createValueIndex(): ValueIndex {
  const values = new Map<string, string>();
  const attrs = new Map<string, string>();
  return {
    add(e, bornAt) {
      if (e.type === 'type.registered') {
        // a heap class: its type object's value is its name; a __slots__ class names its slots
        const info = (e.info ?? {}) as { id?: unknown; name?: unknown; typeObject?: unknown; slotNames?: unknown };
        if (typeof info.typeObject === 'number' && typeof info.name === 'string') values.set(`${info.typeObject}@${bornAt(info.typeObject)}`, `class ${info.name}`);
        if (typeof info.id === 'number' && Array.isArray(info.slotNames)) info.slotNames.forEach((n, i) => typeof n === 'string' && attrs.set(`${String(info.id)}:${i}`, n));
        return;
      }
      if (e.type !== 'marker') return;
      const label = str(e, 'label');
      if (label !== 'value' && label !== 'attr') return;
      let d: Record<string, unknown>;
      try {
        d = JSON.parse(str(e, 'text', '{}')) as Record<string, unknown>;
      } catch {
        return;
      }
      if (label === 'value' && typeof d.handle === 'number' && typeof d.text === 'string') values.set(`${d.handle}@${bornAt(d.handle)}`, d.text);
      if (label === 'attr' && typeof d.type === 'number' && typeof d.index === 'number' && typeof d.name === 'string') attrs.set(`${d.type}:${d.index}`, d.name);
    },
    text: (h, born) => values.get(`${h}@${born}`),
    attribute: (typeId, index) => attrs.get(`${typeId}:${index}`),
  };
}

const SINGLETONS = new Set(['None', 'True', 'False', 'Ellipsis', 'NotImplemented']);

/** Python's repr of a str, as far as the box needs it (quotes and the common escapes). */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const c of text) {
    if (c === quote || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c < ' ') out += `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return quote + out + quote;
}

/** Reverse of the model's `cached` map (handle to key), built once per position. */
export function cachedKeys(model: MemoryModel): Map<number, string> {
  const out = new Map<number, string>();
  for (const [key, h] of model.cached) out.set(h, key);
  return out;
}

/**
 * The value of a scalar object as Python would print it (`'a'`, `300`, `None`), or undefined
 * when the events do not say it (a str built at run time in a trace without value markers).
 *
 * @example
 * ```ts
 * valueText(model, h, values, cachedKeys(model)); // "'abc'"
 * ```
 */
export function valueText(model: MemoryModel, h: number, values: ValueIndex, cached: ReadonlyMap<number, string>): string | undefined {
  const key = cached.get(h);
  if (key !== undefined) {
    if (key.startsWith('int:')) return key.slice(4);
    if (key.startsWith('str:')) return pyRepr(key.slice(4));
    if (SINGLETONS.has(key)) return key;
    if (key === 'tuple:') return '()';
    if (key === 'bytes:') return "b''";
  }
  const interned = model.interned.get(h);
  if (interned !== undefined) return pyRepr(interned);
  if (model.typeName(h) === 'module') {
    // a module's value is its name: the `__name__` entry of its dict (slot 0)
    const s = model.slots(model.slots(h)[0] ?? -1);
    for (let i = 0; i + 1 < s.length; i += 2) if (model.interned.get(s[i]!) === '__name__') return `module ${model.interned.get(s[i + 1]!) ?? '?'}`;
  }
  const text = values.text(h, model.bornAt(h));
  if (text === undefined) return undefined;
  return model.typeName(h) === 'str' ? pyRepr(text) : text;
}

const SEQUENCES = new Set(['list', 'tuple', 'set', 'frozenset']);

/**
 * The rows of a container's box: list/tuple items by index, dict entries by key, an instance's
 * attributes by name (or slot number when no marker named it). Scalars have none.
 *
 * @example
 * ```ts
 * contents(model, list, (x) => valueText(model, x, values, keys), values); // [{ label: '[0]', target: 12 }]
 * ```
 */
export function contents(model: MemoryModel, h: number, show: (h: number) => string | undefined, values: ValueIndex, heapClass: (typeId: number) => boolean): ContentRow[] {
  const type = model.typeName(h);
  const s = model.slots(h);
  const out: ContentRow[] = [];
  if (SEQUENCES.has(type)) {
    s.forEach((t, i) => {
      if (t >= 0) out.push({ label: type === 'list' || type === 'tuple' ? `[${i}]` : '•', target: t });
    });
  } else if (type === 'dict') {
    for (let i = 0; i + 1 < s.length; i += 2) {
      if (s[i]! < 0 || s[i + 1]! < 0) continue;
      out.push({ label: show(s[i]!) ?? `#${s[i]}`, target: s[i + 1]! });
    }
  } else if (heapClass(model.typeId(h))) {
    s.forEach((t, i) => {
      if (t >= 0) out.push({ label: `.${values.attribute(model.typeId(h), i) ?? `slot ${i}`}`, target: t });
    });
  }
  return out;
}
