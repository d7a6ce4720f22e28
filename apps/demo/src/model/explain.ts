// The "why" panel's sentence: what one event means, told for a learner from the event and the
// model just after it (Include/object.h's Py_INCREF/Py_DECREF, Modules/gcmodule.c's
// gc_collect_main steps, Objects/obmalloc.c's pools and arenas, Objects/unicodeobject.c's
// interning). Every event kind the runtime emits has its own sentence; anything else is named.
import type { DemoEvent } from './demoEvent.js';
import { describeEvent, num, str } from './demoEvent.js';
import type { MemoryModel } from './memoryModel.js';

/** What a sentence may mention besides the event. */
export interface ExplainContext {
  /** The model with the event applied. */
  readonly model: MemoryModel;
  /** The program's lines (index 0 = line 1), when known. */
  readonly sourceLines: readonly string[];
  /** Names bound to an object at this point (`a`, `b`). */
  readonly namesOf: (h: number) => readonly string[];
  /** A scalar's value (`300`, `'abc'`), when known. */
  readonly show: (h: number) => string | undefined;
  readonly moduleDict: number;
  /** A frame marker's function name, by frame id. */
  readonly frameName?: (id: number) => string | undefined;
}

/** Where a block lives: pool index within its arena and the arena, or undefined. */
export function blockPlace(model: MemoryModel, address: number): { pool: number; arena: number; sizeBytes: number } | undefined {
  const { poolSize, alignment } = model.shape;
  const poolAddr = address - (address % poolSize);
  const p = model.pools.get(poolAddr);
  if (!p || p.sizeClass < 0) return undefined;
  const arena = model.arenas.get(p.arena);
  const first = arena ? Math.ceil(arena.address / poolSize) * poolSize : poolAddr;
  return { pool: Math.round((poolAddr - first) / poolSize), arena: p.arena, sizeBytes: (p.sizeClass + 1) * alignment };
}

const PHASES: Record<string, string> = {
  updateRefs: 'step 1, update_refs: each examined object gets a scratch count (gc_refs) equal to its refcount',
  subtractRefs: 'step 2, subtract_refs: every reference from one examined object to another is taken off the scratch counts; what stays above 0 is referenced from outside',
  moveUnreachable: 'step 3, move_unreachable: everything reachable from the objects with outside references survives; the rest is unreachable',
  untrackTuples: 'tuples holding only untracked objects can never be in a cycle: they are untracked',
  untrackDicts: 'dicts holding only untracked objects are untracked',
  moveLegacyFinalizers: 'unreachable objects with a legacy tp_del are set aside (uncollectable)',
  handleWeakrefs: 'weak references to unreachable objects are cleared and their callbacks run',
  finalizeGarbage: 'the __del__ of each unreachable object runs, once per object (PEP 442)',
  handleResurrectedObjects: 'objects a finalizer made reachable again are spared',
  deleteGarbage: "the cycles are broken: each unreachable object's tp_clear drops its references, and refcounting frees them",
  handleLegacyFinalizers: 'the uncollectable objects go to gc.garbage',
  clearFreeLists: 'a full collection also empties the free lists',
};

/**
 * The sentence for event `e` (the last one applied to `ctx.model`).
 *
 * @example
 * ```ts
 * explain({ type: 'ref.increfed', seq: 9, handle: 937, refcount: 2 }, ctx);
 * // "Line 4 `b = a` adds a reference to the list #937 (`a`, `b`): its count goes 1 → 2."
 * ```
 */
export function explain(e: DemoEvent, ctx: ExplainContext): string {
  const m = ctx.model;
  const h = num(e, 'handle');
  const line = m.line;
  const code = line > 0 ? (ctx.sourceLines[line - 1] ?? '').replace(/\s+#.*$/, '').trim() : '';
  const who = line > 0 && code ? `Line ${line} \`${code}\`` : 'The interpreter';
  const obj = (x: number): string => {
    const names = ctx.namesOf(x);
    const value = ctx.show(x);
    return `the ${m.typeName(x)} #${x}${value !== undefined ? ` ${value}` : ''}${names.length ? ` (${names.map((n) => `\`${n}\``).join(', ')})` : ''}`;
  };
  const place = (address: number, size: number): string => {
    if (size > m.shape.smallRequestThreshold) return `at ${size} bytes it is over pymalloc's ${m.shape.smallRequestThreshold}-byte limit, so it comes from the system's malloc`;
    const b = blockPlace(m, address);
    return b ? `this block comes from pool ${b.pool} of arena ${b.arena}, size class ${b.sizeBytes} bytes` : 'its block comes from pymalloc';
  };
  const gc = m.gc;
  switch (e.type) {
    case 'object.allocated': {
      const size = num(e, 'size', 0);
      const kind = str(e, 'fromFreeList');
      const base = `${who} creates ${obj(h)} with refcount 1 (${size} bytes)`;
      if (e.static === true) return `At start-up the interpreter creates ${obj(h)}, a static object that lives until shutdown.`;
      if (kind) return `${base}, reusing the memory of a dead ${m.typeName(h)} parked on the ${kind} free list (same id()).`;
      return `${base}; ${place(num(e, 'address', 0), size)}${e.gc === true ? `. As a container it adds 1 to generation 0's count: ${gc.counts[0]} of threshold ${gc.thresholds[0]}` : ''}.`;
    }
    case 'ref.increfed': {
      const rc = num(e, 'refcount');
      return `${who} adds a reference to ${obj(h)}: its count goes ${rc - 1} → ${rc}.`;
    }
    case 'ref.decrefed': {
      const rc = num(e, 'refcount');
      return `${who} drops a reference to ${obj(h)}: its count goes ${rc + 1} → ${rc}${rc === 0 ? ': nothing refers to it any more, so it is freed at once' : ''}.`;
    }
    case 'refcount.reachedZero':
      return `The count of ${obj(h)} reached 0: CPython deallocates it right away, no collector needed; first it drops the references it holds.`;
    case 'object.freed': {
      const by = gc.collecting >= 0 ? 'The collector frees' : 'Refcounting frees';
      const kind = str(e, 'toFreeList');
      if (kind) return `${by} the ${m.typeName(h)} #${h}; its memory is parked on the ${kind} free list for the next ${m.typeName(h)} (which gets the same id()).`;
      const address = num(e, 'address', m.address(h));
      const b = blockPlace(m, address);
      return `${by} the ${m.typeName(h)} #${h}: its ${m.size(h)} bytes go back to ${b ? `pool ${b.pool} of arena ${b.arena} (size class ${b.sizeBytes} bytes)` : m.size(h) > m.shape.smallRequestThreshold ? "the system's malloc" : 'pymalloc'}.`;
    }
    case 'object.tracked':
      return `The collector starts tracking ${obj(h)}: it joins generation 0's list.`;
    case 'object.untracked':
      return gc.collecting >= 0
        ? `The collector untracks ${obj(h)}: it holds nothing that could form a cycle.`
        : `${obj(h).replace(/^the/, 'The')} leaves the collector's lists (it is untracked before it is freed, or it can no longer be in a cycle).`;
    case 'slot.stored': {
      const owner = num(e, 'owner');
      const index = num(e, 'index');
      const target = num(e, 'target');
      const s = m.slots(owner);
      if (owner === ctx.moduleDict || m.typeName(owner) === 'dict') {
        const key = ctx.show(s[index - (index % 2)] ?? -1) ?? 'a key';
        const name = owner === ctx.moduleDict ? (key.startsWith("'") ? `the name \`${key.slice(1, -1)}\`` : 'a module global') : `the entry ${key} of dict #${owner}`;
        if (index % 2 === 0) return target >= 0 ? `${who} puts the key ${key} into ${owner === ctx.moduleDict ? 'the module globals' : `dict #${owner}`}.` : `${who} removes the key from ${owner === ctx.moduleDict ? 'the module globals' : `dict #${owner}`}.`;
        return target >= 0 ? `${who} binds ${name} to ${obj(target)}.` : `${who} unbinds ${name}: its reference is dropped.`;
      }
      const type = m.typeName(owner);
      const slot = type === 'list' || type === 'tuple' ? `item [${index}] of the ${type} #${owner}` : `slot ${index} of the ${type} #${owner}`;
      return target >= 0 ? `${who} stores ${obj(target)} in ${slot}.` : `${who} clears ${slot}.`;
    }
    case 'slots.resized': {
      const owner = num(e, 'owner');
      const count = num(e, 'count', 0);
      return m.typeName(owner) === 'dict'
        ? `The ${owner === ctx.moduleDict ? 'module globals dict' : `dict #${owner}`} now has room for ${count / 2} entries.`
        : `The ${m.typeName(owner)} #${owner} now has ${count} slot${count === 1 ? '' : 's'}.`;
    }
    case 'slots.replaced': {
      const owner = num(e, 'owner');
      return `The items of the ${m.typeName(owner)} #${owner} are rewritten at once (an insert, pop, sort or slice assignment): it now holds ${m.slots(owner).length}.`;
    }
    case 'object.bufferResized': {
      const buffer = str(e, 'buffer', 'buffer');
      const [from, to] = [num(e, 'oldSize', 0), num(e, 'newSize', 0)];
      const what = `the ${buffer} buffer of the ${m.typeName(h)} #${h}`;
      if (to === 0) return `${who} frees ${what} (${from} bytes).`;
      const where = e.freeList ? `, taken from the ${str(e, 'freeList')} free list` : `; ${place(num(e, 'newAddress', 0), to)}`;
      return from === 0 ? `${who} allocates ${what}: ${to} bytes${where}.` : `${who} moves ${what} from ${from} to ${to} bytes${where}.`;
    }
    case 'object.resized':
      return `${who} resizes the ${m.typeName(h)} #${h} in place from ${num(e, 'oldSize', 0)} to ${num(e, 'newSize', 0)} bytes.`;
    case 'object.finalized':
      return `The __del__ of ${obj(h)} has run; since PEP 442 it never runs twice for one object.`;
    case 'object.deallocDeferred':
      return `The trashcan puts the ${m.typeName(h)} #${h} aside (depth ${num(e, 'depth', 0)}) so that freeing a deep nest of containers does not overflow the C stack.`;
    case 'weakref.created':
      return `${who} creates the weak reference #${num(e, 'ref')} to ${obj(num(e, 'target'))}: it does not add to the count.`;
    case 'weakref.cleared':
      return `The weak reference #${num(e, 'ref')} is cleared: its object is going away.`;
    case 'type.registered': {
      const info = (e.info ?? {}) as { name?: unknown };
      return `${who} creates the class ${String(info.name ?? '?')}, a new heap type.`;
    }
    case 'gc.collectionStarted': {
      const g = num(e, 'generation', 0);
      const counts = Array.isArray(e.counts) ? (e.counts as number[]) : [0, 0, 0];
      if (str(e, 'reason') === 'allocation') {
        const young = `gen-0 count reached ${counts[0]}, over its threshold ${gc.thresholds[0]}`;
        return g === 0
          ? `${young}: a collection of generation 0 starts.`
          : `${young}, and generation ${g}'s count ${counts[g]} is over its threshold ${gc.thresholds[g]}: a collection of generation ${g} and the younger ones starts.`;
      }
      return `${who} asks for a collection (gc.collect()): generation ${g}${g === 2 ? ', every generation,' : ''} is examined.`;
    }
    case 'gc.phase': {
      const phase = str(e, 'phase', str(e, 'name'));
      const text = PHASES[phase] ?? `the collector's step ${phase}`;
      return `Collecting generation ${gc.collecting >= 0 ? gc.collecting : num(e, 'generation', 0)}, ${text} (${num(e, 'count', 0)}).`;
    }
    case 'gc.collectionFinished': {
      const g = num(e, 'generation', 0);
      return `The collection of generation ${g} ends: ${num(e, 'collected', 0)} collected, ${num(e, 'uncollectable', 0)} uncollectable; the survivors ${g < 2 ? `move to generation ${g + 1}` : 'stay in generation 2'}.`;
    }
    case 'gc.configured':
      return `${who} changes the collector's settings: thresholds ${gc.thresholds.join(' / ')}, automatic collection ${gc.enabled ? 'on' : 'off'}.`;
    case 'gc.frozen':
      return `${who} freezes the heap: every tracked object moves to the permanent generation (${num(e, 'frozen', 0)} objects), which collections never examine.`;
    case 'gc.unfrozen':
      return `${who} unfreezes: the permanent generation's ${num(e, 'thawed', 0)} objects go back to generation 2.`;
    case 'pool.claimed': {
      const b = blockPlace(m, num(e, 'pool', 0));
      const where = b ? `pool ${b.pool} of arena ${b.arena}` : `a pool of arena ${num(e, 'arena')}`;
      return `pymalloc takes ${where} for blocks of ${(num(e, 'sizeClass', 0) + 1) * m.shape.alignment} bytes (size class ${num(e, 'sizeClass', 0)}): ${e.fromFreePools === true ? 'a pool emptied earlier, reused' : 'a pool never used before'}.`;
    }
    case 'pool.emptied': {
      const b = blockPlace(m, num(e, 'pool', 0));
      return `The last block of ${b ? `pool ${b.pool} of arena ${b.arena}` : 'a pool'} is freed: the empty pool goes back to its arena, ready for any size class.`;
    }
    case 'arena.allocated':
      return `pymalloc asks the system for arena #${num(e, 'arena')}: ${m.shape.arenaSize / 1024} KiB, ${num(e, 'pools', 0)} pools of ${m.shape.poolSize / 1024} KiB.`;
    case 'arena.released':
      return `Every pool of arena #${num(e, 'arena')} is empty: the arena is handed back to the system.`;
    case 'intern.added':
      return `The string ${JSON.stringify(str(e, 'text'))} is interned: equal identifiers and names share this one object.`;
    case 'intern.removed':
      return `The interned string ${JSON.stringify(str(e, 'text'))} leaves the intern table (its last reference is gone).`;
    case 'intern.cached':
      return `At start-up the interpreter creates its cached ${str(e, 'key')} (small ints -5..256, one-character strings and the singletons exist once, shared by every use).`;
    case 'freelist.bufferReleased':
      return `A ${str(e, 'kind')} buffer of ${num(e, 'size', 0)} bytes leaves its free list and goes back to pymalloc.`;
    case 'marker':
      return explainMarker(e, ctx, code);
    default:
      return `${e.type}: ${describeEvent(e).slice(e.type.length + 1)}`;
  }
}

function explainMarker(e: DemoEvent, ctx: ExplainContext, code: string): string {
  const label = str(e, 'label');
  let d: Record<string, unknown> = {};
  try {
    d = label === 'frame' || label === 'local' || label === 'value' || label === 'attr' ? (JSON.parse(str(e, 'text', '{}')) as Record<string, unknown>) : {};
  } catch {
    d = {};
  }
  switch (label) {
    case 'statement':
      return `Line ${num(e, 'line')} starts${code ? `: \`${code}\`` : ''}.`;
    case 'output':
      return `The program prints ${JSON.stringify(str(e, 'text'))}.`;
    case 'shutdown':
      return 'The program is over; the interpreter shuts down (Py_FinalizeEx): a full collection, the module globals cleared, another collection.';
    case 'frame':
      return d.op === 'push'
        ? `A call to ${String(d.name)}() starts: a new frame holds its arguments and locals.`
        : `${ctx.frameName?.(Number(d.id)) ?? 'The function'}() returns: its frame goes away and its locals' references are dropped.`;
    case 'local': {
      const target = Number(d.handle);
      const fn = ctx.frameName?.(Number(d.frame)) ?? 'the call';
      return target >= 0 ? `In ${fn}(), the local \`${String(d.name)}\` now refers to the ${ctx.model.typeName(target)} #${target}.` : `In ${fn}(), the local \`${String(d.name)}\` is unbound.`;
    }
    case 'value':
      return `The new ${ctx.model.typeName(Number(d.handle))} #${String(d.handle)} holds the value ${String(d.text)}.`;
    case 'attr':
      return `Instances of the class get the attribute \`${String(d.name)}\` (slot ${String(d.index)} of their values array).`;
    default:
      return `Marker ${label}${e.text ? `: ${str(e, 'text')}` : ''}.`;
  }
}
