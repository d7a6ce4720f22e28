// Share links: the program survives the round trip through base64url (any Unicode), and bad
// links are told, not thrown.
import { describe, expect, it } from 'vitest';
import { decodeSource, encodeSource, parseShare, positionFor, shareQuery } from './share.js';

describe('share links', () => {
  it('round-trips a program with non-ASCII text and URL-unsafe bytes', () => {
    const source = 'a = "héllo ✓"\nb = a  # ??>>\n';
    const encoded = encodeSource(source);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSource(encoded)).toBe(source);
    expect(parseShare(shareQuery(source, { kind: 'event', n: 12 }))).toEqual({ code: source, run: true, at: { kind: 'event', n: 12 }, problems: [] });
  });

  it('reads line positions and tells bad parameters', () => {
    expect(parseShare('?code=YSA9IFtdCg&at=line:3')).toEqual({ code: 'a = []\n', run: false, at: { kind: 'line', n: 3 }, problems: [] });
    const bad = parseShare('?code=***&at=middle');
    expect(bad.code).toBeUndefined();
    expect(bad.problems).toHaveLength(2);
  });

  it('finds the position of a line and clamps an event number', () => {
    const lines = [1, 3, 4, 3];
    const statements = [5, 9, 14, 20];
    expect(positionFor({ kind: 'line', n: 3 }, statements, (i) => lines[statements.indexOf(i)], 30)).toBe(10);
    expect(positionFor({ kind: 'line', n: 7 }, statements, (i) => lines[statements.indexOf(i)], 30)).toBeUndefined();
    expect(positionFor({ kind: 'event', n: 99 }, statements, () => 0, 30)).toBe(30);
  });
});
