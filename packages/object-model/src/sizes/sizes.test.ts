// Checks the size model against python3 at test time: tools/sizes/sizes.py builds 500+ objects
// in many ways and prints their sys.getsizeof with the parameters the model needs; every value
// must match, and so must the growth sequences (2000 appends and pops, 1000 dict inserts,
// 20000 set adds).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FIXED_SIZES, type FixedSizeType, heapInstanceLayout, sizeofBytes, sizeofHeapInstance, sizeofHeapType, sizeofInt,
  sizeofStrValue, sizeofTuple,
} from './objectSizes.js';
import {
  listAfterSliceDelete, listCapacityAfterAppend, listCapacityAfterExtend, listDisplayCapacity, listResize, sizeofList,
} from './listCapacity.js';
import {
  createDictTable, createPresizedDictTable, createSharedKeys, dictDisplayIsPresized, type DictTable, splitDictToCombined,
} from './dictTable.js';
import { createSetTable, hashInt, type SetTable } from './setTable.js';

interface Case {
  readonly recipe: string;
  readonly type: string;
  readonly kind: string;
  readonly params: Record<string, unknown>;
  readonly size: number;
}
interface Oracle {
  readonly python: string;
  readonly cases: readonly Case[];
  readonly sequences: Record<string, number[]>;
}

const script = fileURLToPath(new URL('../../../../tools/sizes/sizes.py', import.meta.url));
const oracle: Oracle = JSON.parse(
  execFileSync('python3', [script], { env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 64 << 20 }).toString(),
);

type Op = readonly unknown[];

function modelList(ops: readonly Op[]): number {
  let allocated = 0;
  let size = 0;
  let hasArray = false;
  for (const op of ops) {
    const [name, a, b] = op as [string, number, unknown];
    switch (name) {
      case 'display':
        allocated = listDisplayCapacity(a, b as boolean);
        size = a;
        hasArray = a > 0;
        break;
      case 'exact':
        allocated = a;
        size = a;
        hasArray = a > 0;
        break;
      case 'append':
        for (let i = 0; i < a; i++) allocated = listCapacityAfterAppend(allocated, ++size);
        hasArray ||= a > 0;
        break;
      case 'pop':
        for (let i = 0; i < a; i++) {
          allocated = listResize(allocated, size, size - 1);
          size -= 1;
        }
        break;
      case 'clear':
        allocated = 0;
        size = 0;
        hasArray = false;
        break;
      case 'delSlice':
        ({ allocated, hasItemArray: hasArray } = listAfterSliceDelete(allocated, size, a));
        size -= a;
        break;
      case 'extendSeq':
        allocated = listCapacityAfterExtend(allocated, size, hasArray, { kind: 'sequence', length: a });
        size += a;
        hasArray ||= a > 0;
        break;
      case 'extendIter':
        allocated = listCapacityAfterExtend(allocated, size, hasArray, { kind: 'iterable', lengthHint: a, count: b as number });
        size += b as number;
        hasArray ||= a > 0 || (b as number) > 0;
        break;
      default:
        throw new Error(`unknown list op ${name}`);
    }
  }
  return sizeofList(allocated);
}

function modelDict(ops: readonly Op[]): DictTable {
  let d = createDictTable();
  for (const op of ops) {
    const name = op[0] as string;
    switch (name) {
      case 'new':
        d = createDictTable();
        break;
      case 'display': {
        const [, n, allStr, news, keysAreStr] = op as [string, number, boolean, boolean[], boolean];
        d = dictDisplayIsPresized(n) ? createPresizedDictTable(n, allStr) : createDictTable();
        for (const isNew of news) if (isNew) d.insert(keysAreStr);
        break;
      }
      case 'insert':
        for (let i = 0; i < (op[1] as number); i++) d.insert(op[2] as boolean);
        break;
      case 'remove':
        for (let i = 0; i < (op[1] as number); i++) d.remove();
        break;
      case 'clear':
        d.clear();
        break;
      case 'copy':
        d = d.copy();
        break;
      case 'merge':
        d.merge(modelDict(op[1] as Op[]).state(), op[2] as { isNew: boolean; isStr: boolean }[]);
        break;
      default:
        throw new Error(`unknown dict op ${name}`);
    }
  }
  return d;
}

function modelSet(ops: readonly Op[]): SetTable<string> {
  const s = createSetTable<string>();
  for (const op of ops) {
    const name = op[0] as string;
    switch (name) {
      case 'add':
        s.add(op[1] as string, BigInt(op[2] as string));
        break;
      case 'discard':
        s.discard(op[1] as string, BigInt(op[2] as string));
        break;
      case 'pop':
        s.pop();
        break;
      case 'clear':
        s.clear();
        break;
      case 'literal':
      case 'merge':
        s.merge(modelSet(op[1] as Op[]));
        break;
      case 'fromDict':
        s.updateFromDict((op[1] as [string, string][]).map(([k, h]) => [k, BigInt(h)] as const));
        break;
      default:
        throw new Error(`unknown set op ${name}`);
    }
  }
  return s;
}

function modelSplitDict(p: { instances: number; names: number; extra: number }): number {
  const keys = createSharedKeys();
  for (let i = 0; i < p.instances; i++) keys.newInstance();
  let combined: DictTable | undefined;
  let attrs = 0;
  for (let i = 0; i < p.names + p.extra; i++) {
    if (!combined && !keys.addName()) combined = splitDictToCombined(attrs);
    combined?.insert(true);
    attrs += 1;
  }
  return combined ? combined.sizeof() : keys.sizeofSplitDict();
}

function layoutOf(p: Record<string, unknown>) {
  const base = p.base ? heapInstanceLayout({ slots: ((p.base as { slots: string[] | null }).slots) ?? undefined }) : undefined;
  return heapInstanceLayout({ base, slots: (p.slots as string[] | null) ?? undefined });
}

function model(c: Case): number {
  const p = c.params;
  switch (c.kind) {
    case 'int':
      return sizeofInt(BigInt(p.value as string));
    case 'str':
      return sizeofStrValue(p.text as string);
    case 'bytes':
      return sizeofBytes(p.length as number);
    case 'tuple':
      return sizeofTuple(p.length as number);
    case 'fixed':
      return FIXED_SIZES[p.name as FixedSizeType];
    case 'instance':
      return sizeofHeapInstance(layoutOf(p));
    case 'heapType':
      return sizeofHeapType(layoutOf(p).managedDict);
    case 'list':
      return modelList(p.ops as Op[]);
    case 'dict':
      return modelDict(p.ops as Op[]).sizeof();
    case 'set':
      return modelSet(p.ops as Op[]).sizeof();
    case 'splitDict':
      return modelSplitDict(p as { instances: number; names: number; extra: number });
    default:
      throw new Error(`unknown kind ${c.kind}`);
  }
}

describe('sys.getsizeof model against python3', () => {
  it('the oracle is CPython 3.11 and covers at least 250 objects of every kind', () => {
    expect(oracle.python.startsWith('3.11.')).toBe(true);
    expect(oracle.cases.length).toBeGreaterThanOrEqual(250);
    const kinds = new Set(oracle.cases.map((c) => c.kind));
    for (const k of ['int', 'str', 'bytes', 'tuple', 'fixed', 'instance', 'heapType', 'list', 'dict', 'set', 'splitDict']) {
      expect(kinds.has(k)).toBe(true);
    }
  });

  for (const kind of ['int', 'str', 'bytes', 'tuple', 'fixed', 'instance', 'heapType', 'list', 'dict', 'set', 'splitDict']) {
    it(`matches python3 for every ${kind} case`, () => {
      const wrong = oracle.cases
        .filter((c) => c.kind === kind)
        .map((c) => ({ recipe: c.recipe, python: c.size, model: model(c) }))
        .filter((r) => r.python !== r.model);
      expect(wrong).toEqual([]);
    });
  }

  it('iterates every set case in the order python3 does', () => {
    const wrong = oracle.cases
      .filter((c) => c.kind === 'set')
      .map((c) => ({ recipe: c.recipe, python: c.params.order, model: modelSet(c.params.ops as Op[]).keys() }))
      .filter((r) => JSON.stringify(r.python) !== JSON.stringify(r.model));
    expect(wrong).toEqual([]);
  });

  it('follows python3 through 2000 appends and then 2000 pops', () => {
    let allocated = 0;
    const appends = oracle.sequences.listAppend!.map((_, i) => sizeofList((allocated = listCapacityAfterAppend(allocated, i + 1))));
    expect(appends).toEqual(oracle.sequences.listAppend);
    let size = 2000;
    const pops = oracle.sequences.listPop!.map(() => sizeofList((allocated = listResize(allocated, size, --size))));
    expect(pops).toEqual(oracle.sequences.listPop);
  });

  it('follows python3 through 1000 int-key and 1000 str-key dict inserts', () => {
    for (const [name, isStr] of [['dictIntInsert', false], ['dictStrInsert', true]] as const) {
      const d = createDictTable();
      const sizes = oracle.sequences[name]!.map(() => (d.insert(isStr), d.sizeof()));
      expect(sizes).toEqual(oracle.sequences[name]);
    }
  });

  it('follows python3 through 20000 set adds', () => {
    const s = createSetTable<number>();
    const sizes = oracle.sequences.setAdd!.map((_, i) => (s.add(i, hashInt(BigInt(i))), s.sizeof()));
    expect(sizes).toEqual(oracle.sequences.setAdd);
  });
});
