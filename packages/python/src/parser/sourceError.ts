// The error for a program pymem refuses: a syntax error (CPython's SyntaxError family, with its
// line and column) or a construct outside the subset. Mirrors the SyntaxError that
// Parser/pegen_errors.c raises, with CPython's 1-based line and 0-based column, and its report
// as Python/pythonrun.c's print_error_text writes it in 3.11.

/** CPython's SyntaxError and its subclasses, or pymem's refusal of a construct outside the subset. */
export type SourceErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'NotImplementedError';

/**
 * A program pymem cannot run: `SyntaxError` (or `IndentationError`/`TabError`) for text that is
 * not Python, `NotImplementedError` for Python outside the subset. `line` is 1-based, `col`
 * 0-based (CPython's offsets), -1 when CPython prints no caret; `endCol` is where the caret run
 * ends on that line (one caret when absent).
 */
export class PySourceError extends Error {
  constructor(
    readonly pyType: SourceErrorType,
    readonly detail: string,
    readonly line: number,
    readonly col: number,
    readonly endCol?: number,
    /** The text CPython shows for the line when it is not the source line (a null byte cuts it). */
    readonly text?: string,
  ) {
    super(`${pyType}: ${detail} (line ${line}, column ${col + 1})`);
    this.name = 'PySourceError';
  }
}

/** A SyntaxError-family error with a caret run from `col` to `endCol` (0-based, same line). */
export function syntaxError(detail: string, line: number, col: number, endCol?: number, type: SourceErrorType = 'SyntaxError'): PySourceError {
  return new PySourceError(type, detail, line, col, endCol);
}

/**
 * The report on stderr: CPython 3.11's for a SyntaxError (`File "f", line N`, the line without
 * its indentation, the carets, `SyntaxError: msg`), pymem's own with the column for a construct
 * outside the subset.
 */
export function sourceErrorText(filename: string, lines: readonly string[], e: PySourceError): string {
  const line = (e.text ?? lines[e.line - 1] ?? '').replace(/[\r\n]+$/, '');
  const trimmed = line.replace(/^[ \t\f]+/, '');
  const indent = line.length - trimmed.length;
  if (e.pyType === 'NotImplementedError') {
    const caret = ' '.repeat(Math.max(0, e.col - indent));
    return `  File "${filename}", line ${e.line}, column ${e.col + 1}\n    ${trimmed}\n    ${caret}^\n${e.pyType}: ${e.detail} (line ${e.line}, column ${e.col + 1})\n`;
  }
  let out = `  File "${filename}", line ${e.line}\n`;
  if (e.text !== undefined || (e.line >= 1 && e.line <= lines.length)) {
    out += `    ${trimmed}\n`;
    if (e.col >= 0) {
      const start = Math.max(0, e.col - indent);
      const end = e.endCol === undefined ? start + 1 : Math.max(start + 1, e.endCol - indent);
      out += `    ${' '.repeat(start)}${'^'.repeat(end - start)}\n`;
    }
  }
  return `${out}${e.pyType}: ${e.detail}\n`;
}
