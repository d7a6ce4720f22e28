// The collector settings a real CPython run can be recorded under (`pymem compare --config`,
// `pymem record --gc`): gc.set_threshold, gc.freeze and gc.disable applied just before the
// program runs, by the recorder (tools/recorder/src/settings.c reads PYMEM_RECORDER_GC).
import { CliError } from '../io.js';

/** One configuration of a real run: its label and the recorder's PYMEM_RECORDER_GC text. */
export interface GcSettings {
  readonly label: string;
  /** `default`, or items joined by commas: `threshold=A/B/C`, `freeze`, `disable`. */
  readonly recorderSpec: string;
}

const USAGE = 'a setting is default, threshold=A[/B[/C]], freeze or disable, several joined by commas, optionally after a label and a colon (e.g. big:threshold=7000/10/10,freeze)';

/**
 * Parses one `--config` value for a real run.
 * @throws CliError naming the value and what is accepted.
 *
 * @example
 * ```ts
 * parseGcSettings('big:threshold=7000,freeze'); // { label: 'big', recorderSpec: 'threshold=7000/10/10,freeze' }
 * ```
 */
export function parseGcSettings(spec: string): GcSettings {
  const text = spec.trim();
  const colon = text.indexOf(':');
  const label = colon > 0 ? text.slice(0, colon).trim() : text;
  const body = colon > 0 ? text.slice(colon + 1).trim() : text;
  if (body === '') throw new CliError(`--config ${JSON.stringify(spec)}: empty; ${USAGE}`);
  const items: string[] = [];
  for (const raw of body.split(',')) {
    const item = raw.trim();
    if (item === 'default') continue;
    if (item === 'freeze' || item === 'disable') items.push(item);
    else if (item === 'gc=off') items.push('disable');
    else if (item.startsWith('threshold=')) {
      const parts = item.slice('threshold='.length).split('/');
      const t = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
      if (t.length > 3 || t.some((x) => !Number.isSafeInteger(x) || x > 2147483647)) {
        throw new CliError(`--config ${JSON.stringify(spec)}: threshold is one to three non-negative integers separated by '/', e.g. threshold=700/10/10`);
      }
      items.push(`threshold=${[t[0], t[1] ?? 10, t[2] ?? 10].join('/')}`);
    } else throw new CliError(`--config ${JSON.stringify(spec)}: unknown setting "${item}"; ${USAGE}`);
  }
  if (label === '') throw new CliError(`--config ${JSON.stringify(spec)}: empty label before ':'`);
  return { label, recorderSpec: items.length === 0 ? 'default' : [...new Set(items)].join(',') };
}
