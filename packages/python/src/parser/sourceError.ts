// The error for a program pymem refuses: a syntax error (CPython's SyntaxError, with its line
// and column) or a construct outside the subset. Mirrors the SyntaxError that Parser/pegen_errors.c
// raises, with CPython's 1-based line and 0-based column.

/**
 * A program pymem cannot run: `SyntaxError` for text that is not Python, `NotImplementedError`
 * for Python outside the subset. `line` is 1-based, `col` 0-based (CPython's offsets).
 */
export class PySourceError extends Error {
  constructor(
    readonly pyType: 'SyntaxError' | 'NotImplementedError',
    readonly detail: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`${pyType}: ${detail} (line ${line}, column ${col + 1})`);
    this.name = 'PySourceError';
  }
}
