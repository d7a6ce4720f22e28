// The fields of every event type a pymem trace may hold (the event interfaces of the runtime's
// packages), checked by both readers as they decode: handles are integers in range, sizes and
// addresses non-negative integers, type ids builtin or registered earlier in the log. An event
// that passes is safe for every command downstream (replay, stats, export, time travel).
import { TraceError, type TraceEvent, type TraceLocation } from './traceEvent.js';
import { MAX_HANDLE } from './traceState.js';

/**
 * How a field is checked: `handle` an object handle (0 ≤ h < 2^26), `ref` a handle or -1
 * (NULL), `nat` a non-negative safe integer, `gen` a generation 0-2, `bool`, `string`,
 * `freeList` a free-list kind or null, `typeId` a known type id, `refs`/`nats` arrays of those,
 * `typeInfo` a class registration. A trailing `?` makes the field optional.
 */
type FieldKind = 'handle' | 'ref' | 'nat' | 'gen' | 'bool' | 'string' | 'freeList' | 'typeId' | 'refs' | 'nats' | 'typeInfo';

const H = 'handle';
const N = 'nat';
const S = 'string';
const B = 'bool';

/** Fields per event type (the interfaces in each package's events.ts). */
const SCHEMA: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  marker: { label: S, line: 'nat?', text: 'string?' },
  'object.allocated': { handle: H, typeId: 'typeId', size: N, address: N, gc: B, fromFreeList: 'freeList', bucket: 'nat?', static: 'bool?' },
  'object.tracked': { handle: H },
  'object.untracked': { handle: H },
  'object.bufferResized': { handle: H, buffer: S, oldSize: N, newSize: N, oldAddress: N, newAddress: N, freeList: 'string?' },
  'object.resized': { handle: H, oldSize: N, newSize: N, oldAddress: N, newAddress: N },
  'slot.stored': { owner: H, index: N, target: 'ref' },
  'slots.resized': { owner: H, count: N },
  'slots.replaced': { owner: H, targets: 'refs' },
  'object.deallocDeferred': { handle: H, depth: N },
  'object.finalized': { handle: H },
  'object.freed': { handle: H, address: N, toFreeList: 'freeList', fromFreeList: 'freeList?', bucket: 'nat?' },
  'weakref.created': { ref: H, target: H, after: 'ref' },
  'weakref.cleared': { ref: H },
  'type.registered': { info: 'typeInfo' },
  'ref.increfed': { handle: H, refcount: N },
  'ref.decrefed': { handle: H, refcount: N },
  'refcount.reachedZero': { handle: H },
  'gc.collectionStarted': { collector: S, generation: 'gen', reason: S, counts: 'nats' },
  'gc.collectionFinished': { collector: S, generation: 'gen', collected: N, uncollectable: N },
  'gc.phase': { collector: S, generation: 'gen', phase: S, count: N },
  'gc.configured': { thresholds: 'nats', enabled: B, debug: N },
  'gc.frozen': { frozen: N },
  'gc.unfrozen': { thawed: N },
  'pool.claimed': { arena: N, pool: N, sizeClass: N, fromFreePools: B, sameClass: B },
  'pool.emptied': { arena: N, pool: N, sizeClass: N },
  'arena.allocated': { arena: N, address: N, pools: N },
  'arena.released': { arena: N, address: N },
  'intern.cached': { handle: H, key: S },
  'intern.added': { handle: H, text: S },
  'intern.removed': { handle: H, text: S },
  'freelist.bufferReleased': { kind: S, address: N, size: N },
};

/** Fields of a class registration (object-model's TypeInfo). */
const TYPE_INFO: Readonly<Record<string, string>> = {
  id: N, name: S, basicSize: N, itemSize: N, gc: B, tracking: S, managedDict: B, weakrefable: B, releaseOrder: S,
  trashcan: B, hasClear: B, hasFinalizer: B, freeList: 'freeList', heapType: B, typeObject: 'ref',
};

/** Builtin type ids are 0 .. this - 1 (object-model's BuiltinType: keep equal to its number of entries); classes get ids from `type.registered`. */
export const BUILTIN_TYPE_IDS = 62;
const FREE_LISTS = new Set(['float', 'tuple', 'list', 'dict']);

interface Field {
  readonly key: string;
  readonly kind: FieldKind;
  readonly optional: boolean;
}

const compile = (fields: Readonly<Record<string, string>>): readonly Field[] =>
  Object.entries(fields).map(([key, spec]) => ({ key, kind: spec.replace('?', '') as FieldKind, optional: spec.endsWith('?') }));
const COMPILED = new Map(Object.entries(SCHEMA).map(([type, fields]) => [type, compile(fields)]));
const COMPILED_TYPE_INFO = compile(TYPE_INFO);

/**
 * The event types that have a field schema (every type of {@link eventKinds}; a test keeps the two equal).
 *
 * @example
 * ```ts
 * schemaEventTypes().includes('object.allocated'); // true
 * ```
 */
export function schemaEventTypes(): string[] {
  return [...COMPILED.keys()];
}

const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHandle = (v: unknown): v is number => isNat(v) && v < MAX_HANDLE;

/** Options of {@link createEventValidator}. */
export interface EventValidatorOptions {
  /**
   * Type ids above the builtins are accepted only once a `type.registered` event declared them
   * (default true). False for a reader started in the middle of a file, which has not seen them.
   */
  readonly knownTypesOnly?: boolean;
}

/**
 * A stateful checker of event fields for one pass over a log (it remembers registered types).
 *
 * @example
 * ```ts
 * const v = createEventValidator();
 * v.check({ type: 'ref.increfed', seq: 3, handle: 1.5, refcount: 2 }, { line: 4 }); // throws: "handle" must be ...
 * ```
 */
export function createEventValidator(options: EventValidatorOptions = {}): {
  /** Throws a `TraceError` at `where` when a field of `e` is missing or malformed. Types without a schema pass. */
  check(e: TraceEvent, where: TraceLocation): void;
} {
  const knownOnly = options.knownTypesOnly ?? true;
  const registered = new Set<number>();

  const bad = (e: TraceEvent, where: TraceLocation, key: string, value: unknown, expected: string): never => {
    const shown = value === undefined ? 'missing' : `${JSON.stringify(value) ?? String(value)}`.slice(0, 60);
    throw new TraceError(`${e.type}: "${key}" must be ${expected}, found ${shown}`, { ...where, seq: e.seq });
  };

  const checkField = (e: TraceEvent, where: TraceLocation, key: string, kind: FieldKind, v: unknown): void => {
    switch (kind) {
      case 'handle':
        if (!isHandle(v)) bad(e, where, key, v, `an object handle (an integer from 0 to ${MAX_HANDLE - 1})`);
        return;
      case 'ref':
        if (v !== -1 && !isHandle(v)) bad(e, where, key, v, 'an object handle or -1 (NULL)');
        return;
      case 'nat':
        if (!isNat(v)) bad(e, where, key, v, 'a non-negative integer');
        return;
      case 'gen':
        if (v !== 0 && v !== 1 && v !== 2) bad(e, where, key, v, 'a generation (0, 1 or 2)');
        return;
      case 'bool':
        if (typeof v !== 'boolean') bad(e, where, key, v, 'true or false');
        return;
      case 'string':
        if (typeof v !== 'string') bad(e, where, key, v, 'a string');
        return;
      case 'freeList':
        if (v !== null && !(typeof v === 'string' && FREE_LISTS.has(v))) bad(e, where, key, v, 'a free list (float, tuple, list, dict) or null');
        return;
      case 'typeId':
        if (!isNat(v) || v >= MAX_HANDLE) bad(e, where, key, v, 'a type id (a non-negative integer)');
        else if (knownOnly && v >= BUILTIN_TYPE_IDS && !registered.has(v)) {
          bad(e, where, key, v, `a builtin type id (0-${BUILTIN_TYPE_IDS - 1}) or one a type.registered event declared before`);
        }
        return;
      case 'refs':
        if (!Array.isArray(v) || !v.every((x) => x === -1 || isHandle(x))) bad(e, where, key, v, 'an array of object handles (or -1)');
        return;
      case 'nats':
        if (!Array.isArray(v) || !v.every(isNat)) bad(e, where, key, v, 'an array of non-negative integers');
        return;
      case 'typeInfo': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(e, where, key, v, 'a type description object');
        const info = v as Record<string, unknown>;
        for (const f of COMPILED_TYPE_INFO) checkField(e, where, `${key}.${f.key}`, f.kind, info[f.key]);
        const names = info.slotNames;
        if (names !== null && !(Array.isArray(names) && names.every((n) => typeof n === 'string'))) {
          bad(e, where, `${key}.slotNames`, names, 'an array of strings or null');
        }
        if ((info.id as number) < BUILTIN_TYPE_IDS || (info.id as number) >= MAX_HANDLE) {
          bad(e, where, `${key}.id`, info.id, `a class type id (${BUILTIN_TYPE_IDS} or more)`);
        }
        registered.add(info.id as number);
        return;
      }
    }
  };

  return {
    check(e, where) {
      const fields = COMPILED.get(e.type);
      if (fields === undefined) return;
      const record = e as Record<string, unknown>;
      for (const f of fields) {
        const v = record[f.key];
        if (v === undefined && f.optional) continue;
        checkField(e, where, f.key, f.kind, v);
      }
    },
  };
}
