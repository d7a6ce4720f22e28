// Python exceptions as they cross the interpreter: a JS error carrying the Python type name,
// the message and the frames (function name and line) it unwound through, printed as
// CPython's `Traceback (most recent call last):` block. Mirrors Python/traceback.c's layout.

/** One line of a traceback: where a frame was when the exception passed through it. */
export interface TraceEntry {
  readonly name: string;
  readonly line: number;
}

/**
 * A Python exception raised by the program (NameError, TypeError, ...).
 * @example
 * ```ts
 * throw new PyException('NameError', "name 'x' is not defined");
 * ```
 */
export class PyException extends Error {
  /** Frames from the outermost (module) to the innermost, filled while unwinding. */
  readonly trace: TraceEntry[] = [];
  /** The exception object (an owned reference), made when a handler or a traceback first needs it; -1 before. */
  exc = -1;
  /** An owned argument to make the object with instead of the message (KeyError's key); -1 if none. */
  arg = -1;
  /** The frame that last added a traceback entry (each frame adds one as the exception passes it). */
  lastFrame: unknown = null;
  /** The expression that raised it in `posFrame` (the instruction a traceback entry points at), innermost first. */
  pos: ExprPos | null = null;
  posFrame: unknown = null;
  constructor(
    readonly pyType: string,
    readonly pyMessage: string,
  ) {
    super(pyMessage ? `${pyType}: ${pyMessage}` : pyType);
    this.name = 'PyException';
  }
}

/**
 * The source span of the expression an exception came out of, and the anchors 3.11 draws inside
 * it (BinOp: the operator between `left` and `right`; Subscript: the `[...]` after the value).
 */
export interface ExprPos {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly anchor: { readonly kind: 'BinOp' | 'Subscript'; readonly a: number; readonly b: number } | null;
}

/** The step budget of `--max-steps` ran out. */
export class StepLimitExceeded extends Error {
  constructor(readonly maxSteps: number) {
    super(`pymem: the program ran more than ${maxSteps} steps (--max-steps)`);
    this.name = 'StepLimitExceeded';
  }
}

/**
 * The JavaScript stack ran out before the Python recursion limit did: the run cannot go on
 * (CPython would have had room, or crashed), so it stops with one line instead of a wrong answer.
 * `pymem run` runs the interpreter on a thread whose stack is sized for deep recursion.
 */
export class StackExhausted extends Error {
  constructor(
    readonly depth: number,
    readonly limit: number,
  ) {
    super(`pymem: the JavaScript stack ran out at Python recursion depth ${depth} (sys.getrecursionlimit() is ${limit}); run pymem with a larger stack`);
    this.name = 'StackExhausted';
  }
}

/**
 * CPython's report of an uncaught exception.
 * @example
 * ```ts
 * formatTraceback('p.py', ['x'], err); // 'Traceback (most recent call last):\n  File "p.py", line 1, ...'
 * ```
 */
export function formatTraceback(filename: string, lines: readonly string[], err: PyException): string {
  let out = 'Traceback (most recent call last):\n';
  for (const t of err.trace) {
    out += `  File "${filename}", line ${t.line}, in ${t.name}\n`;
    const src = lines[t.line - 1]?.trim();
    if (src) out += `    ${src}\n`;
  }
  out += err.pyMessage === '' ? `${err.pyType}\n` : `${err.pyType}: ${err.pyMessage}\n`;
  return out;
}
