// The tail of an allocator trace (tools/recorder/FORMAT.md): the `_PyObject_DebugMallocStats`
// table, the `_PyObject_DebugTypeStats` free-list lines and `sys.getallocatedblocks()`. They are
// checked as CPython prints them (Objects/obmalloc.c: every total is the sum of its parts; the
// type lines are "n free X * size bytes each = product"), so a damaged tail is an error that names
// the byte offset of the line, not a table that merely "differs" from the replay.
import { AllocatorTraceError } from '../allocatorTrace.js';
import { MallocStatsParseError, parseMallocStats } from '../mallocStats.js';
import { resolvePoolParams } from '../params.js';

/** A text record of the tail: its text and the byte offset where the text starts. */
export interface TailText {
  readonly text: string;
  readonly offset: number;
}

/** Byte offset of line `line` (1-based) of `text` starting at `offset`. */
function lineOffset(t: TailText, line: number): number {
  const before = t.text.split('\n').slice(0, line - 1).join('\n');
  return t.offset + new TextEncoder().encode(before).length + (line > 1 ? 1 : 0);
}

function lineOf(t: TailText, pattern: RegExp): number {
  const i = t.text.split('\n').findIndex((l) => pattern.test(l));
  return i < 0 ? 1 : i + 1;
}

/**
 * Checks the stats table, the type stats and the allocated-blocks count of a trace's tail.
 * @throws AllocatorTraceError at the byte offset of the first line that is malformed or does not add up.
 */
export function checkTraceTail(stats: TailText | undefined, typeStats: TailText | undefined, allocatedBlocks: { value: number; offset: number } | undefined): void {
  if (stats) {
    let s;
    try {
      s = parseMallocStats(stats.text);
    } catch (error) {
      if (error instanceof MallocStatsParseError) {
        throw new AllocatorTraceError(lineOffset(stats, error.line), `the recorded _debugmallocstats table: ${error.message.replace(/^malloc stats: /, '')}`);
      }
      throw error;
    }
    const fail = (pattern: RegExp, detail: string) => {
      throw new AllocatorTraceError(lineOffset(stats, lineOf(stats, pattern)), `the recorded _debugmallocstats table does not add up: ${detail}`);
    };
    // NUMBLOCKS: every pool in use of a class has (POOL_SIZE - POOL_OVERHEAD) / size blocks, used or available.
    const overhead = resolvePoolParams({}).poolOverhead;
    for (const c of s.classes) {
      const perPool = Math.floor((s.poolSize - overhead) / c.size);
      if (c.pools * perPool !== c.blocksInUse + c.availBlocks) {
        const row = new RegExp(`^ *${c.sizeClass} +${c.size} +`);
        fail(row, `size class ${c.sizeClass}: ${c.pools} pools of ${perPool} blocks are not ${c.blocksInUse} used + ${c.availBlocks} available`);
      }
    }
    const allocated = s.classes.reduce((t, c) => t + c.blocksInUse * c.size, 0);
    const available = s.classes.reduce((t, c) => t + c.availBlocks * c.size, 0);
    if (allocated !== s.bytesInAllocatedBlocks) fail(/^# bytes in allocated blocks/, `the size classes hold ${allocated} bytes in blocks, the total says ${s.bytesInAllocatedBlocks}`);
    if (available !== s.bytesInAvailableBlocks) fail(/^# bytes in available blocks/, `the size classes have ${available} bytes available, the total says ${s.bytesInAvailableBlocks}`);
    const parts = s.bytesInAllocatedBlocks + s.bytesInAvailableBlocks + s.unusedPools * s.poolSize + s.bytesLostToPoolHeaders + s.bytesLostToQuantization + s.bytesLostToArenaAlignment;
    if (parts !== s.total) fail(/^Total/, `its parts add up to ${parts}, the Total says ${s.total}`);
    if (s.arenasAllocatedTotal - s.arenasReclaimed !== s.arenasAllocatedCurrent) fail(/^# arenas allocated current/, `${s.arenasAllocatedTotal} allocated minus ${s.arenasReclaimed} reclaimed is not ${s.arenasAllocatedCurrent}`);
    const mapLines = stats.text.split('\n');
    const mapTotalLine = mapLines.length - mapLines.slice().reverse().findIndex((l) => l.startsWith('Total'));
    const map = s.arenaMap;
    if (map.rootBytes + map.midBytes + map.botBytes !== map.total) {
      throw new AllocatorTraceError(lineOffset(stats, mapTotalLine), `the recorded _debugmallocstats table does not add up: the arena map's parts are not its Total ${map.total}`);
    }
    const inUse = s.classes.reduce((t, c) => t + c.blocksInUse, 0);
    if (allocatedBlocks && allocatedBlocks.value < inUse) {
      throw new AllocatorTraceError(allocatedBlocks.offset, `sys.getallocatedblocks() = ${allocatedBlocks.value} is fewer than the ${inUse} blocks in use of the table`);
    }
  }
  if (typeStats) {
    const lines = typeStats.text.split('\n');
    lines.forEach((line, i) => {
      if (line === '' && i === lines.length - 1) return;
      const m = /^ *(\d+) free (\S.*) \* (\d+) bytes each = +([\d,]+)$/.exec(line);
      // A tuple of n items is 24 + 8n bytes (PyTupleObject on 64 bits), as the free lists print it.
      const tuple = m ? /^(\d+)-sized PyTupleObjects$/.exec(m[2]!) : null;
      const bad = !m
        ? 'is not "N free TYPE * SIZE bytes each = BYTES"'
        : Number(m[1]) * Number(m[3]) !== Number(m[4]!.replace(/,/g, ''))
          ? `does not add up (${m[1]} * ${m[3]} is not ${m[4]})`
          : tuple && 24 + 8 * Number(tuple[1]) !== Number(m[3])
            ? `has ${tuple[1]}-item tuples of ${m[3]} bytes (they are ${24 + 8 * Number(tuple[1])})`
            : '';
      if (bad) throw new AllocatorTraceError(lineOffset(typeStats, i + 1), `the recorded free-list line ${i + 1} ${bad}: ${JSON.stringify(line.slice(0, 80))}`);
    });
  }
}
