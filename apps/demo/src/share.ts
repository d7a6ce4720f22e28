// Share links: the program and a position in the page's address, so a teacher can send one.
// `?code=<base64url of the UTF-8 source>` puts the program in the editor, `&run=1` runs it (the
// cursor then rests after the program's last statement, before the interpreter's shutdown) and
// `&at=line:N` or `&at=event:N` moves the cursor to the first event of line N or to event N.

/** What an address asks for. */
export interface ShareRequest {
  readonly code?: string;
  readonly run: boolean;
  readonly at?: { readonly kind: 'line' | 'event'; readonly n: number };
  /** What could not be read, for the banner (a bad base64 string, an unknown `at`). */
  readonly problems: readonly string[];
}

/** base64url of a string's UTF-8 bytes, without padding. */
export function encodeSource(source: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(source)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The source in a base64url string; throws on a string that is not base64url UTF-8. */
export function decodeSource(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Reads a page address's query (`location.search`).
 *
 * @example
 * ```ts
 * parseShare('?code=YSA9IFtdCg&run=1&at=line:1'); // { code: 'a = []\n', run: true, at: { kind: 'line', n: 1 }, problems: [] }
 * ```
 */
export function parseShare(search: string): ShareRequest {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  let code: string | undefined;
  const raw = q.get('code');
  if (raw !== null) {
    try {
      code = decodeSource(raw);
    } catch {
      problems.push('The link\'s code= is not a base64url-encoded program; the example is shown instead.');
    }
  }
  let at: ShareRequest['at'];
  const rawAt = q.get('at');
  if (rawAt !== null) {
    const m = /^(line|event):(\d+)$/.exec(rawAt);
    if (m) at = { kind: m[1] as 'line' | 'event', n: Number(m[2]) };
    else problems.push(`The link's at=${rawAt} is not line:N or event:N; it is ignored.`);
  }
  return { code, run: q.get('run') === '1', at, problems };
}

/**
 * The query of a link to `source` at a position.
 *
 * @example
 * ```ts
 * shareQuery('a = []\n', { kind: 'event', n: 2310 }); // '?code=YSA9IFtdCg&run=1&at=event:2310'
 * ```
 */
export function shareQuery(source: string, at?: { kind: 'line' | 'event'; n: number }): string {
  return `?code=${encodeSource(source)}&run=1${at ? `&at=${at.kind}:${at.n}` : ''}`;
}

/**
 * Position for an `at`: after event N (clamped to the run), or just after the first statement
 * marker of line N (undefined when the line never ran).
 *
 * @example
 * ```ts
 * positionFor({ kind: 'line', n: 6 }, timeline.statements, (i) => timeline.event(i).line, timeline.length);
 * ```
 */
export function positionFor(at: { kind: 'line' | 'event'; n: number }, statements: readonly number[], lineOf: (index: number) => unknown, length: number): number | undefined {
  if (at.kind === 'event') return Math.max(0, Math.min(length, at.n));
  for (const i of statements) if (lineOf(i) === at.n) return i + 1;
  return undefined;
}
