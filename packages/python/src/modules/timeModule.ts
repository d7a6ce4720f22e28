// The time module: the real clocks (time, monotonic, perf_counter, process_time and their _ns
// forms, as floats and ints), sleep, and the UTC calendar side that does not depend on the
// machine's time zone (gmtime's struct_time, asctime, strftime). Time values are the one thing
// a program cannot compare with python3; their types and differences it can.
// Mirrors Modules/timemodule.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { structSeqType } from './structSeq.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

/** A broken-down UTC time (struct tm with Python's conventions: month 1-12, Monday is 0). */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
}

function utcTm(seconds: number): Tm {
  const d = new Date(Math.floor(seconds) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(), mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: Math.floor((d.getTime() - start) / 86400000) + 1,
  };
}

const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

/** strftime of the C library for the directives glibc gives in the C locale. */
function strftime(fmt: string, t: Tm, zone: string): string {
  const sundayWeek = Math.floor((t.yday - 1 + 7 - ((t.wday + 1) % 7)) / 7);
  const mondayWeek = Math.floor((t.yday - 1 + 7 - t.wday) / 7);
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const asc = `${DAYS[t.wday].slice(0, 3)} ${MONTHS[t.mon - 1].slice(0, 3)} ${pad(t.mday, 2, ' ')} ${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)} ${t.year}`;
  const directives: Record<string, () => string> = {
    Y: () => String(t.year), y: () => pad(t.year % 100), m: () => pad(t.mon), d: () => pad(t.mday), e: () => pad(t.mday, 2, ' '),
    H: () => pad(t.hour), I: () => pad(hour12), M: () => pad(t.min), S: () => pad(t.sec), p: () => (t.hour < 12 ? 'AM' : 'PM'),
    a: () => DAYS[t.wday].slice(0, 3), A: () => DAYS[t.wday], b: () => MONTHS[t.mon - 1].slice(0, 3), h: () => MONTHS[t.mon - 1].slice(0, 3),
    B: () => MONTHS[t.mon - 1], j: () => pad(t.yday, 3), w: () => String((t.wday + 1) % 7), u: () => String(t.wday + 1),
    U: () => pad(sundayWeek), W: () => pad(mondayWeek), Z: () => zone, z: () => '+0000', c: () => asc,
    x: () => `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`, X: () => `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`,
    D: () => `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`, T: () => `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`,
    R: () => `${pad(t.hour)}:${pad(t.min)}`, F: () => `${t.year}-${pad(t.mon)}-${pad(t.mday)}`, n: () => '\n', t: () => '\t', '%': () => '%',
  };
  return fmt.replace(/%(.)/gs, (all, c: string) => directives[c]?.() ?? all);
}

/** A wall-clock read in seconds, with its nanoseconds (Date's millisecond clock refined by performance.now's fraction). */
const clocks = {
  time: (): number => Date.now() / 1000,
  monotonic: (): number => performance.now() / 1000,
  process: (): number => {
    const cpu = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage?.();
    return cpu ? (cpu.user + cpu.system) / 1e6 : performance.now() / 1000;
  },
};

/** Creates the time module. */
export function installTime(I: Interp): void {
  const { te, none } = argKit(I);
  const m = newModule(I, 'time', true);
  const structTime = structSeqType(I, 'time.struct_time', FIELDS);
  // tm_zone and tm_gmtoff: struct_time's fields past n_sequence_fields
  const zones = new WeakMap<object, string>();
  const inner = structTime.type.ext!.getattr!;
  structTime.type.ext!.getattr = (h, name) => {
    if (name === 'tm_zone') return I.newStr(zones.get(I.pv[h] as object) ?? 'UTC');
    if (name === 'tm_gmtoff') return I.newInt(0);
    if (name === 'n_fields') return I.newInt(11);
    return inner(h, name);
  };
  const seconds = (h: Handle): number => {
    const k = I.kind[h];
    if (k === K.Float) return I.pv[h] as number;
    if (k === K.Int || k === K.Bool) return Number(I.pv[h]);
    throw te(`'${I.ty[h].name}' object cannot be interpreted as an integer`);
  };
  const tmOf = (h: Handle | undefined): Tm => {
    if (h === undefined || h === I.None) return utcTm(clocks.time());
    if (I.kind[h] !== K.Tuple || (I.pv[h] as Handle[]).length !== 9) throw te('Tuple or struct_time argument required');
    const v = (I.pv[h] as Handle[]).map((x) => {
      if (I.kind[x] !== K.Int && I.kind[x] !== K.Bool) throw te(`'${I.ty[x].name}' object cannot be interpreted as an integer`);
      return Number(I.pv[x]);
    });
    return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7] };
  };

  modFn(I, m, 'time', () => I.newFloat(clocks.time()));
  modFn(I, m, 'time_ns', () => I.newInt(BigInt(Date.now()) * 1000000n));
  for (const name of ['monotonic', 'perf_counter'] as const) {
    modFn(I, m, name, () => I.newFloat(clocks.monotonic()));
    modFn(I, m, `${name}_ns`, () => I.newInt(BigInt(Math.round(performance.now() * 1e6))));
  }
  modFn(I, m, 'process_time', () => I.newFloat(clocks.process()));
  modFn(I, m, 'process_time_ns', () => I.newInt(BigInt(Math.round(clocks.process() * 1e9))));
  modFn(I, m, 'sleep', (a) => {
    if (a.length !== 1) throw te(`time.sleep() takes exactly one argument (${a.length} given)`);
    const secs = seconds(a[0]);
    if (Number.isNaN(secs)) throw new PyException('ValueError', 'Invalid value NaN (not a number)');
    if (secs < 0) throw new PyException('ValueError', 'sleep length must be non-negative');
    const until = performance.now() + secs * 1000;
    // a blocking wait where the platform allows it (Node, workers), else a busy loop
    try {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, secs * 1000);
    } catch {
      while (performance.now() < until) { /* waiting */ }
    }
    return none();
  });
  modFn(I, m, 'gmtime', (a) => {
    const t = utcTm(a.length && a[0] !== I.None ? seconds(a[0]) : clocks.time());
    const h = structTime.make([t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, 0].map((n) => I.newInt(n)));
    zones.set(I.pv[h] as object, 'GMT');
    return h;
  });
  modFn(I, m, 'asctime', (a) => I.newStr(strftime('%c', tmOf(a[0]), 'GMT')));
  modFn(I, m, 'strftime', (a) => {
    if (a.length < 1 || I.kind[a[0]] !== K.Str) throw te(`strftime() argument 1 must be str, not ${a.length ? I.ty[a[0]].name : 'nothing'}`);
    const t = tmOf(a[1]);
    const zone = a[1] !== undefined ? (zones.get(I.pv[a[1]] as object) ?? 'UTC') : 'UTC';
    return I.newStr(strftime(I.pv[a[0]] as string, t, zone));
  });
  modVal(I, m, 'struct_time', I.incref(structTime.type.h));
  modVal(I, m, 'timezone', I.newInt(0));
  modVal(I, m, 'altzone', I.newInt(0));
  modVal(I, m, 'daylight', I.newInt(0));
  modVal(I, m, 'tzname', I.newTuple([I.newStr('UTC'), I.newStr('UTC')]));
}
