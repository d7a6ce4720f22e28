// The errors CPython's tokenizer (Parser/tokenizer.c) finds before the grammar sees a token:
// indentation (IndentationError, TabError), strings left open, brackets (unmatched, never closed,
// more than MAXLEVEL = 200 deep), characters that start no token, and the parser's
// "expected an indented block after ..." for a block header followed by no indented line.
// One pass over the source (newlines already "\n"); returns the first error in file order.
import { PySourceError } from './sourceError.js';

const MAXLEVEL = 200;
const TABSIZE = 8;

/** What CPython calls the statement whose block is missing, by the logical line's first word. */
const BLOCK_KINDS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
  match: "'match' statement", case: "'case' statement",
};

/**
 * Headers whose logical line must hold a ':' outside brackets: without one CPython's
 * invalid_*_stmt rules say "expected ':'" at the NEWLINE token.
 */
const COLON_HEADERS = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'def', 'class']);
/** Headers whose ':' is a forced token (`&&':'`): any other token after them is "expected ':'" there. */
const FORCED_COLON = new Set(['try', 'finally', 'else']);

const IDENT = /[\p{XID_Continue}]/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Lines of the source as CPython counts them (a final newline ends the last line). */
function lineCount(src: string): number {
  let n = 1;
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10 && i + 1 < src.length) n++;
  return n;
}

/**
 * Scans `src` as CPython's tokenizer would and returns its first error, or null.
 * @example
 * ```ts
 * scanSource('x = (1\n')!.detail; // "'(' was never closed"
 * ```
 */
export function scanSource(src: string): PySourceError | null {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const brackets: { ch: string; line: number; col: number }[] = [];
  const indents = [0];
  const altIndents = [0];
  let atBol = true;
  let continued = false;
  let firstWord: string | null = null;
  let logicalLine = 1;
  let last = '';
  let pendingBlock: { kind: string; line: number } | null = null;
  /** A ':' outside brackets on this logical line; where a comment starts on this physical line. */
  let headerColon = false;
  let commentCol = -1;
  /** The first logical line of a header without its ':' (the NEWLINE token that ends it). */
  const missingColon = (): PySourceError | null => {
    if (firstWord === null || headerColon || !COLON_HEADERS.has(firstWord)) return null;
    const end = i - lineStart;
    return commentCol >= 0 ? err("expected ':'", line, commentCol, 'SyntaxError', end) : err("expected ':'", line, end);
  };
  /** The token after `at` when it is not ':' and not the line's end: a forced ':' missing there. */
  const forcedColon = (at: number): PySourceError | null => {
    let k = at;
    while (src[k] === ' ' || src[k] === '\t' || src[k] === '\f') k++;
    const ch = src[k];
    if (ch === undefined || ch === ':' || ch === '\n' || ch === '#' || ch === '\\' || (ch === '-' && src[k + 1] === '>')) return null;
    const tok = /^(?:[\p{XID_Continue}.]+|\*\*|\/\/|[<>=!]=|\S)/u.exec(src.slice(k, k + 80))![0];
    return err("expected ':'", line, k - lineStart, 'SyntaxError', k - lineStart + tok.length);
  };
  const err = (detail: string, l: number, col: number, type: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', endCol?: number): PySourceError =>
    new PySourceError(type, detail, l, col, endCol);
  const lineEnd = (from: number): number => {
    const j = src.indexOf('\n', from);
    return j < 0 ? src.length : j;
  };

  while (i <= src.length) {
    if (atBol && !continued && brackets.length === 0) {
      atBol = false;
      let col = 0;
      let alt = 0;
      let j = i;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === ' ') { col++; alt++; } else if (c === '\t') { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; } else if (c === '\f') { col = 0; alt = 0; } else break;
      }
      const c = src[j];
      if (j >= src.length || c === '\n' || c === '#' || (c === '\\' && src[j + 1] === '\n')) {
        if (j >= src.length) {
          if (pendingBlock) return err(`expected an indented block after ${pendingBlock.kind} on line ${pendingBlock.line}`, pendingBlock.line, -1, 'IndentationError');
          break;
        }
        i = j;
        if (c === '\\') { continued = true; i += 2; line++; lineStart = i; }
      } else {
        const top = indents[indents.length - 1]!;
        const altTop = altIndents[altIndents.length - 1]!;
        if (pendingBlock && col <= top) {
          return err(`expected an indented block after ${pendingBlock.kind} on line ${pendingBlock.line}`, line, j - lineStart, 'IndentationError');
        }
        if (col === top) {
          if (alt !== altTop) return err('inconsistent use of tabs and spaces in indentation', line, -1, 'TabError');
        } else if (col > top) {
          if (alt <= altTop) return err('inconsistent use of tabs and spaces in indentation', line, -1, 'TabError');
          if (!pendingBlock) return err('unexpected indent', line, -1, 'IndentationError');
          indents.push(col);
          altIndents.push(alt);
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]!) {
            indents.pop();
            altIndents.pop();
          }
          if (col !== indents[indents.length - 1]) return err('unindent does not match any outer indentation level', line, lineEnd(j) - lineStart, 'IndentationError');
          if (alt !== altIndents[altIndents.length - 1]) return err('inconsistent use of tabs and spaces in indentation', line, -1, 'TabError');
        }
        pendingBlock = null;
        i = j;
        logicalLine = line;
        firstWord = /^[A-Za-z_]\w*/.exec(src.slice(j, j + 12))?.[0] ?? '';
        if (firstWord === 'async') firstWord = /^async[ \t]+(\w+)/.exec(src.slice(j, j + 30))?.[1] ?? '';
        last = '';
        headerColon = false;
        if (FORCED_COLON.has(firstWord)) {
          const forced = forcedColon(j + firstWord.length);
          if (forced) return forced;
        }
      }
      continue;
    }
    if (i >= src.length) {
      if (brackets.length === 0 && !continued) {
        const colon = missingColon();
        if (colon) return colon;
      }
      break;
    }
    const c = src[i]!;
    if (c === '\n') {
      if (brackets.length === 0 && !continued) {
        const colon = missingColon();
        if (colon) return colon;
      }
      commentCol = -1;
      line++;
      i++;
      lineStart = i;
      if (brackets.length === 0) {
        if (!continued && firstWord !== null) {
          const kind = BLOCK_KINDS[firstWord];
          pendingBlock = last === ':' && kind ? { kind, line: logicalLine } : null;
        }
        continued = false;
        atBol = true;
      }
      continue;
    }
    continued = false;
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') { i++; continue; }
    if (c === '#') { commentCol = i - lineStart; i = lineEnd(i); continue; }
    if (c === '\\') {
      if (src[i + 1] === '\n') { i += 2; line++; lineStart = i; continued = true; continue; }
      if (i + 1 >= src.length) return err('unexpected EOF while parsing', line, i - lineStart);
      return err('unexpected character after line continuation character', line, i - lineStart + 1);
    }
    if (c === '"' || c === "'") {
      let start = i;
      while (start > lineStart && /[rRbBuUfF]/.test(src[start - 1]!) && (start - 1 === lineStart || !IDENT.test(src[start - 2]!))) start--;
      const startLine = line;
      const startCol = start - lineStart;
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      i += q.length;
      for (;;) {
        if (i >= src.length) {
          return triple
            ? err(`unterminated triple-quoted string literal (detected at line ${lineCount(src)})`, startLine, startCol)
            : err(`unterminated string literal (detected at line ${line})`, startLine, startCol);
        }
        if (src.startsWith(q, i)) { i += q.length; break; }
        const d = src[i]!;
        if (d === '\\' && i + 1 < src.length) {
          if (src[i + 1] === '\n') { line++; lineStart = i + 2; }
          i += 2;
          continue;
        }
        if (d === '\n') {
          if (!triple) return err(`unterminated string literal (detected at line ${line})`, startLine, startCol);
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      last = c;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      if (brackets.length >= MAXLEVEL) return err('too many nested parentheses', line, i - lineStart);
      brackets.push({ ch: c, line, col: i - lineStart });
    } else if (c === ')' || c === ']' || c === '}') {
      const open = brackets.pop();
      if (!open) return err(`unmatched '${c}'`, line, i - lineStart);
      if (brackets.length === 0 && firstWord === 'def' && c === ')' && !headerColon) {
        // `def name(params)` then a forced ':' (or '->')
        const forced = forcedColon(i + 1);
        if (forced) return forced;
      }
      const want = { ')': '(', ']': '[', '}': '{' }[c];
      if (open.ch !== want) {
        const where = open.line === line ? '' : ` on line ${open.line}`;
        return err(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`, line, i - lineStart);
      }
    } else if (c.charCodeAt(0) >= 128 || c.charCodeAt(0) < 32) {
      const cp = src.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!IDENT.test(ch)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (NON_PRINTABLE.test(ch)) return err(`invalid non-printable character U+${hex}`, line, i - lineStart);
        return err(`invalid character '${ch}' (U+${hex})`, line, i - lineStart);
      }
      i += ch.length;
      last = ch;
      continue;
    }
    if (c === ':' && brackets.length === 0) headerColon = true;
    last = c;
    i++;
  }
  if (brackets.length) {
    const open = brackets[brackets.length - 1]!;
    return err(`'${open.ch}' was never closed`, open.line, open.col);
  }
  return null;
}
