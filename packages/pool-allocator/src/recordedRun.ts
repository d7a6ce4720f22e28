// One streaming pass over a run recorded from real CPython (an allocator trace, format 2):
// the calls are replayed through the pymalloc model (so the end table can be checked against
// CPython's), and beside it the live blocks are kept by address with their allocation site,
// so the pass knows the live bytes per site at any moment, the counters over time and, at
// the peak and at the end, which sites hold the blocks of each arena. Start at
// `analyzeRecordedRun`; recordedRunReport.ts turns the result into the report.
import type { AllocatorTraceFooter, AllocatorTraceHeader, TraceByteSource } from './allocatorTrace.js';
import { LiveBlocks } from './internal/liveBlocks.js';
import type { PoolAllocator } from './poolAllocator.js';
import { replayAllocatorTrace, type ReplayObserver } from './replayAllocatorTrace.js';
import type { TraceCollection, TraceLocation } from './traceAnnotations.js';

/** Upper bounds (bytes requested) of the size bands the counters split live bytes into; the last band is raw (> 512). */
export const SIZE_BANDS = [64, 128, 256, 512] as const;

/** The counters at one moment of the run. */
export interface RunSample {
  /** Nanoseconds since the recorder started (the last time record, or a collection's end). */
  readonly ns: number;
  /** Call records before this moment. */
  readonly calls: number;
  readonly arenas: number;
  /** Pools holding at least one block. */
  readonly pools: number;
  /** Live blocks (pymalloc and raw), as `sys.getallocatedblocks()` counts them. */
  readonly blocks: number;
  /** Bytes requested by the live blocks. */
  readonly bytes: number;
  /** Live bytes per size band ({@link SIZE_BANDS}, then raw). */
  readonly bands: readonly number[];
}

/** One live-block holder: a site with its live blocks in some arena. */
export interface SiteShare {
  readonly site: number;
  readonly blocks: number;
  readonly bytes: number;
}

/** One arena at a moment: what is in it and which sites keep it. */
export interface ArenaSnapshot {
  readonly address: number;
  readonly liveBlocks: number;
  /** Bytes of the blocks in use (block sizes, not requests). */
  readonly usedBytes: number;
  /** The arena's size minus `usedBytes`. */
  readonly freeBytes: number;
  readonly pools: number;
  readonly freePools: number;
  /** Block sizes of the size classes present, ascending. */
  readonly sizeClasses: readonly number[];
  /** The sites with live blocks here, most blocks first (at most `topSites`). */
  readonly sites: readonly SiteShare[];
}

/** The state at one moment: counters, live bytes per site, arenas. */
export interface RunSnapshot {
  readonly sample: RunSample;
  /** Live bytes and blocks per location index (index 0: no Python frame). */
  readonly siteBytes: Float64Array;
  readonly siteBlocks: Float64Array;
  readonly arenas: readonly ArenaSnapshot[];
}

/** The live bytes per site at the most live bytes of the run (within 1%: see `analyzeRecordedRun`). */
export interface BytesPeakSnapshot {
  readonly ns: number;
  readonly calls: number;
  readonly bytes: number;
  readonly blocks: number;
  readonly siteBytes: Float64Array;
  readonly siteBlocks: Float64Array;
}

/** What one pass over a recorded run finds. */
export interface RecordedRun {
  readonly header: AllocatorTraceHeader;
  readonly footer: AllocatorTraceFooter;
  readonly allocator: PoolAllocator;
  /** Locations by index (index 0 is the "no Python frame" placeholder). */
  readonly locations: readonly TraceLocation[];
  readonly collections: readonly TraceCollection[];
  /** Allocations made at each location. */
  readonly siteAllocations: Float64Array;
  /** Maxima over the run (arenas and pools from the model, blocks and bytes from the calls). */
  readonly peak: { readonly arenas: number; readonly pools: number; readonly blocks: number; readonly bytes: number };
  /** The last moment of the first run at the most arenas (before the call that released one), or the end. */
  readonly atPeak: RunSnapshot;
  /** The sites at the most live bytes, which is rarely the moment of the most arenas (arenas stay while they empty). */
  readonly atBytesPeak: BytesPeakSnapshot;
  readonly atEnd: RunSnapshot;
}

/** Options of {@link analyzeRecordedRun}. */
export interface AnalyzeRecordedRunOptions {
  readonly chunkBytes?: number;
  /** Sites listed per arena (default 3). */
  readonly topSites?: number;
  /** Receives the counters at most every `sampleEveryNs` of recorded time, and after each collection. */
  readonly onSample?: (sample: RunSample, collection?: TraceCollection) => void;
  /** Default 1 ms. */
  readonly sampleEveryNs?: number;
}

const NO_LOCATION: TraceLocation = { index: 0, file: '', function: '', line: 0 };

/** The band of each pymalloc request size 0..512 ({@link SIZE_BANDS}); larger requests are band 4. */
const BAND_OF = Uint8Array.from({ length: 513 }, (_, size) => (size <= 64 ? 0 : size <= 128 ? 1 : size <= 256 ? 2 : 3));

function band(size: number): number {
  return size <= 512 ? BAND_OF[size]! : 4;
}

// The figures per site sit side by side in one array (one cache line per site on the hot path).
const SITE_BYTES = 0;
const SITE_BLOCKS = 1;
const SITE_ALLOCATIONS = 2;
const SITE_STRIDE = 3;

/** One figure of the first `n` sites, as its own array. */
function siteColumn(stats: Float64Array, figure: number, n: number, into = new Float64Array(n)): Float64Array {
  for (let i = 0; i < n; i++) into[i] = stats[i * SITE_STRIDE + figure]!;
  return into;
}

/**
 * Replays a recorded run and gathers what a report or an export needs, in one streaming pass
 * (memory: the live blocks and the locations, not the calls).
 * @throws AllocatorTraceError for a corrupt trace or a replay that diverges from the recording.
 *
 * @example
 * ```ts
 * const run = analyzeRecordedRun(bytes);
 * run.collections.length; // collections CPython made while recording
 * run.atEnd.arenas.filter((a) => a.liveBlocks < 16).length; // nearly empty arenas
 * ```
 */
export function analyzeRecordedRun(source: TraceByteSource, options: AnalyzeRecordedRunOptions = {}): RecordedRun {
  const topSites = options.topSites ?? 3;
  const every = options.sampleEveryNs ?? 1e6;
  let blocks: LiveBlocks | undefined;
  const locations: TraceLocation[] = [NO_LOCATION];
  const collections: TraceCollection[] = [];
  let stats = new Float64Array(1024 * SITE_STRIDE);
  let siteCapacity = 1024;
  const bands = new Float64Array(SIZE_BANDS.length + 1);
  let live = 0; // blocks.count, kept here for the hot path
  let bytes = 0;
  let arenas = 0;
  let pools = 0;
  const peak = { arenas: 0, pools: 0, blocks: 0, bytes: 0 };
  let peakPending = false; // a new maximum of arenas not yet snapshotted
  // A new maximum of live bytes is copied (sites only, O(locations)) at the first free after it,
  // when it is 1% above the last copy: at most a few hundred copies, each within 1% of the peak.
  // The copies go into two arrays kept for the whole pass (copied out once at the end): a fresh
  // pair per copy made a third of the pass garbage collection.
  let bytesPeakPending = false;
  let atBytesPeak: Omit<BytesPeakSnapshot, 'siteBytes' | 'siteBlocks'> | undefined;
  let peakSiteBytes = new Float64Array(0);
  let peakSiteBlocks = new Float64Array(0);
  let peakSites = 0;
  const bytesPeakSnapshot = () => {
    peakSites = locations.length;
    if (peakSiteBytes.length < peakSites) {
      peakSiteBytes = new Float64Array(siteCapacity);
      peakSiteBlocks = new Float64Array(siteCapacity);
    }
    siteColumn(stats, SITE_BYTES, peakSites, peakSiteBytes);
    siteColumn(stats, SITE_BLOCKS, peakSites, peakSiteBlocks);
    return { ns, calls, bytes, blocks: blocks!.count };
  };
  let atPeak: RunSnapshot | undefined;
  let ns = 0;
  let calls = 0;
  let lastSample = -Infinity;
  let allocator: PoolAllocator | undefined;

  const sample = (): RunSample => ({ ns, calls, arenas, pools, blocks: blocks!.count, bytes, bands: Array.from(bands) });

  const snapshot = (): RunSnapshot => ({
    sample: sample(),
    siteBytes: siteColumn(stats, SITE_BYTES, locations.length),
    siteBlocks: siteColumn(stats, SITE_BLOCKS, locations.length),
    arenas: arenaSnapshots(allocator!, blocks!, topSites),
  });

  const grow = (n: number) => {
    siteCapacity = Math.max(n, siteCapacity * 2);
    const bigger = new Float64Array(siteCapacity * SITE_STRIDE);
    bigger.set(stats);
    stats = bigger;
  };

  const observer: ReplayObserver = {
    allocated(address, size, site, blockIndex) {
      blocks!.setAt(blockIndex, address, size, site);
      const at = site * SITE_STRIDE;
      stats[at + SITE_BYTES]! += size;
      stats[at + SITE_BLOCKS]!++;
      stats[at + SITE_ALLOCATIONS]!++;
      bands[band(size)]! += size;
      bytes += size;
      if (bytes > peak.bytes) {
        peak.bytes = bytes;
        if (!bytesPeakPending && (atBytesPeak === undefined || bytes >= atBytesPeak.bytes * 1.01)) bytesPeakPending = true;
      }
      if (++live > peak.blocks) peak.blocks = live;
    },
    freed(address, blockIndex) {
      if (bytesPeakPending) {
        atBytesPeak = bytesPeakSnapshot();
        bytesPeakPending = false;
      }
      const b = blocks!;
      if (!b.takeAt(blockIndex, address)) return; // allocated before recording started
      live--;
      const size = b.takenSize;
      const site = b.takenSite;
      const at = site * SITE_STRIDE;
      stats[at + SITE_BYTES]! -= size;
      stats[at + SITE_BLOCKS]!--;
      bands[band(size)]! -= size;
      bytes -= size;
    },
    start(model) {
      allocator = model;
      blocks = new LiveBlocks(model);
    },
    releasing() {
      if (peakPending) {
        atPeak = snapshot();
        peakPending = false;
      }
    },
  };

  const replay = replayAllocatorTrace(source, {
    chunkBytes: options.chunkBytes,
    observer,
    emit: (event) => {
      switch (event.type) {
        case 'pool.claimed':
          if (++pools > peak.pools) peak.pools = pools;
          break;
        case 'pool.emptied':
          pools--;
          break;
        case 'arena.allocated':
          if (++arenas > peak.arenas) {
            peak.arenas = arenas;
            peakPending = true;
          }
          break;
        case 'arena.released':
          arenas--;
          break;
      }
    },
    onLocation: (location) => {
      if (location.index >= siteCapacity) grow(location.index + 1);
      locations.push(location);
    },
    onTime: (time, at) => {
      ns = time;
      calls = at;
      if (options.onSample && ns - lastSample >= every) {
        lastSample = ns;
        options.onSample(sample());
      }
    },
    onCollection: (collection) => {
      collections.push(collection);
      ns = collection.endNs;
      if (options.onSample) options.onSample(sample(), collection);
    },
    onHeader: () => {},
  });
  allocator = replay.allocator;
  calls = replay.footer.records;
  ns = replay.footer.elapsedNs;
  const atEnd = snapshot();
  const bytesPeak: BytesPeakSnapshot =
    bytesPeakPending || atBytesPeak === undefined
      ? { ns: atEnd.sample.ns, calls: atEnd.sample.calls, bytes: atEnd.sample.bytes, blocks: atEnd.sample.blocks, siteBytes: atEnd.siteBytes, siteBlocks: atEnd.siteBlocks }
      : { ...atBytesPeak, siteBytes: peakSiteBytes.slice(0, peakSites), siteBlocks: peakSiteBlocks.slice(0, peakSites) };
  // Snapshots taken before the last locations were defined are shorter: those sites held nothing then.
  const padded = (a: Float64Array) => {
    if (a.length >= locations.length) return a;
    const b = new Float64Array(locations.length);
    b.set(a);
    return b;
  };
  const fit = <T extends { siteBytes: Float64Array; siteBlocks: Float64Array }>(snap: T): T => ({ ...snap, siteBytes: padded(snap.siteBytes), siteBlocks: padded(snap.siteBlocks) });
  return {
    header: replay.header,
    footer: replay.footer,
    allocator,
    locations,
    collections,
    siteAllocations: siteColumn(stats, SITE_ALLOCATIONS, locations.length),
    peak,
    atPeak: fit(peakPending || atPeak === undefined ? atEnd : atPeak),
    atBytesPeak: fit(bytesPeak),
    atEnd,
  };
}

/** Every live arena with its blocks' sites, from the model's pools and the live-block table. */
function arenaSnapshots(allocator: PoolAllocator, blocks: LiveBlocks, topSites: number): ArenaSnapshot[] {
  const arenaSize = allocator.params.arenaSize;
  const live = allocator.arenas().sort((a, b) => a.address - b.address);
  const byIndex = new Map(live.map((a, i) => [a.index, i]));
  const used = live.map(() => ({ blocks: 0, bytes: 0, pools: 0, classes: new Set<number>() }));
  const alignment = allocator.params.alignment;
  allocator.forEachUsedPool((sizeClass, inUse, arena) => {
    const u = used[byIndex.get(arena)!]!;
    u.blocks += inUse;
    u.bytes += inUse * (sizeClass + 1) * alignment;
    u.pools++;
    u.classes.add((sizeClass + 1) * alignment);
  });
  const sites = live.map(() => new Map<number, { blocks: number; bytes: number }>());
  // block indices run arena descriptor by arena descriptor (LiveBlocks, Pymalloc.blockIndexOf)
  const perArena = allocator.params.maxPoolsInArena * (allocator.params.poolSize / alignment);
  blocks.forEach((_address, size, site, blockIndex) => {
    if (blockIndex < 0) return; // a raw block
    const found = byIndex.get(Math.floor(blockIndex / perArena));
    if (found === undefined) return;
    const m = sites[found]!;
    const s = m.get(site);
    if (s) {
      s.blocks++;
      s.bytes += size;
    } else m.set(site, { blocks: 1, bytes: size });
  });
  return live.map((a, i) => ({
    address: a.address,
    liveBlocks: used[i]!.blocks,
    usedBytes: used[i]!.bytes,
    freeBytes: arenaSize - used[i]!.bytes,
    pools: a.totalPools,
    freePools: a.freePools,
    sizeClasses: [...used[i]!.classes].sort((x, y) => x - y),
    sites: [...sites[i]!]
      .map(([site, s]) => ({ site, blocks: s.blocks, bytes: s.bytes }))
      .sort((x, y) => y.blocks - x.blocks || y.bytes - x.bytes || x.site - y.site)
      .slice(0, topSites),
  }));
}
