// CPython's report of an uncaught exception, read off the exception objects: the chain of causes
// and contexts oldest first with 3.11's separator lines, then for each exception its traceback
// entries (file, line, function and the stripped source line) and `Type: message`. SystemExit is
// handled as handle_system_exit does. Mirrors Python/pythonrun.c (print_exception_recursive,
// print_exception, handle_system_exit) and Python/traceback.c (tb_printinternal, tb_displayline).
import type { Interp } from './interp.js';
import type { Handle } from './mem.js';
import { ExcSlot, type ExcData, excGet, excType } from './objects/exceptions.js';
import type { FrameData } from './objects/pyFrameObject.js';
import { type TracebackData, tbFrame, tbLineno, tbNext } from './objects/tracebackObject.js';
import type { ExprPos } from './errors.js';
import { reprModule } from './objects/typeAttrs.js';

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** `Type: message` (or just `Type`), with the notes after it, as print_exception ends. */
function exceptionLine(I: Interp, exc: Handle): string {
  const t = I.ty[exc];
  let text: string;
  try {
    text = I.str(exc);
  } catch {
    text = '<exception str() failed>';
  }
  // print_exception: module.qualname unless the class lives in __main__ or builtins (json.decoder.JSONDecodeError)
  const mod = reprModule(I, t);
  const label = mod !== null && mod !== '__main__' ? `${mod}.${t.qualname}` : t.isHeap ? t.qualname : t.name;
  let out = text === '' ? `${label}\n` : `${label}: ${text}\n`;
  const notes = excGet(I, exc, ExcSlot.Notes);
  if (notes >= 0) for (const n of I.collect(notes)) {
    out += `${I.str(n)}\n`;
    I.decref(n);
  }
  return out;
}

/** tb_printinternal's cut-off: a line repeated more often than this is folded into one line. */
const TB_RECURSIVE_CUTOFF = 3;
/** PyTraceBack_LIMIT: only the innermost 1000 entries are printed (sys.tracebacklimit unset). */
const TB_LIMIT = 1000;

const repeatedLine = (cnt: number): string => {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
};

function tracebackText(I: Interp, exc: Handle, filename: string, lines: readonly string[]): string {
  let tb = excGet(I, exc, ExcSlot.Traceback);
  if (tb < 0) return '';
  let out = 'Traceback (most recent call last):\n';
  let depth = 0;
  for (let t = tb; t >= 0; t = tbNext(I, t)) depth++;
  // the same file, line and function as the entry before: after three, counted, not printed
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (; tb >= 0; tb = tbNext(I, tb)) {
    if (depth-- > TB_LIMIT) continue;
    const line = tbLineno(I, tb);
    const code = (I.pv[tbFrame(I, tb)] as FrameData).frame.code;
    const file = code.source?.filename ?? filename;
    if (file !== lastFile || line !== lastLine || code.name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) out += repeatedLine(cnt);
      lastFile = file;
      lastLine = line;
      lastName = code.name;
      cnt = 0;
    }
    if (++cnt > TB_RECURSIVE_CUTOFF) continue;
    out += `  File "${file}", line ${line}, in ${code.name}\n`;
    const raw = (code.source?.lines ?? lines)[line - 1] ?? '';
    const src = raw.trim();
    if (!src) continue;
    out += `    ${src}\n`;
    const pos = (I.pv[tb] as TracebackData).pos;
    const carets = pos ? caretLine(raw, pos) : null;
    if (carets !== null) out += `    ${carets}\n`;
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out += repeatedLine(cnt);
  return out;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/**
 * 3.11's marker line under a traceback's source line: `^` under the failing expression, or `~`
 * with `^` under a binary operator or a subscript's `[...]`; null when the markers would only
 * underline the whole line (traceback.c's print_error_location_carets and extract_anchors_from_line).
 */
export function caretLine(raw: string, pos: ExprPos): string | null {
  const indent = raw.length - raw.trimStart().length;
  const stripped = raw.trim().length;
  const start = pos.col;
  const end = pos.endLine === pos.line ? pos.endCol : raw.trimEnd().length;
  if (end <= start) return null;
  let left = -1;
  let right = -1;
  if (pos.anchor && pos.endLine === pos.line) {
    if (pos.anchor.kind === 'BinOp') {
      for (let i = pos.anchor.a; i < pos.anchor.b; i++) {
        if (isSpace(raw[i])) continue;
        left = i;
        right = i + 1;
        if (i + 1 < pos.anchor.b && !isSpace(raw[i + 1])) right++;
        if (i + 1 < pos.anchor.b && raw[i] === ')') continue;
        break;
      }
    } else {
      left = pos.anchor.a;
      right = pos.anchor.b;
    }
  }
  if (left < 0 && end - start === stripped) return null;
  let out = ' '.repeat(Math.max(0, start - indent));
  for (let i = start; i < end; i++) out += left < 0 ? '^' : i < left ? '~' : i < right ? '^' : '~';
  return out;
}

/**
 * The text CPython writes on stderr for an uncaught exception `exc`, chained exceptions first.
 *
 * @example
 * ```ts
 * formatException(I, exc, 'p.py', mod.lines); // 'Traceback (most recent call last):\n  File "p.py", line 2, in <module>\n ...'
 * ```
 */
export function formatException(I: Interp, exc: Handle, filename: string, lines: readonly string[]): string {
  const seen = new Set<Handle>();
  const rec = (e: Handle): string => {
    seen.add(e);
    let out = '';
    const cause = excGet(I, e, ExcSlot.Cause);
    const ctx = excGet(I, e, ExcSlot.Context);
    if (cause >= 0 && !seen.has(cause)) out += rec(cause) + CAUSE;
    else if (cause < 0 && ctx >= 0 && !(I.pv[e] as ExcData).suppressContext && !seen.has(ctx)) out += rec(ctx) + CONTEXT;
    return out + tracebackText(I, e, filename, lines) + exceptionLine(I, e);
  };
  return rec(exc);
}

/**
 * handle_system_exit: the exit status of an uncaught SystemExit (None → 0, an int → itself,
 * anything else is printed on stderr and gives 1); undefined when `exc` is not a SystemExit.
 */
export function systemExitStatus(I: Interp, exc: Handle, stderr: (text: string) => void): number | undefined {
  if (!I.ty[exc].isSubtypeOf(excType(I, 'SystemExit'))) return undefined;
  const code = excGet(I, exc, ExcSlot.Extra);
  if (code < 0 || code === I.None) return 0;
  const v = I.real(code);
  if (typeof v === 'number' && Number.isInteger(v) && I.ty[code].name !== 'float') return v & 0xff;
  if (typeof v === 'bigint') return Number(BigInt.asUintN(8, v));
  stderr(`${I.str(code)}\n`);
  return 1;
}
