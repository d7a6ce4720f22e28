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
  constructor(
    readonly pyType: string,
    readonly pyMessage: string,
  ) {
    super(pyMessage ? `${pyType}: ${pyMessage}` : pyType);
    this.name = 'PyException';
  }
}

/**
 * SystemExit as sys.exit raises it: the exit status, and the text to print on stderr when the
 * argument was not an int or None (handle_system_exit in Python/pythonrun.c).
 * @example
 * ```ts
 * throw new PySystemExit(3, null);
 * ```
 */
export class PySystemExit extends PyException {
  constructor(
    readonly status: number,
    readonly text: string | null,
  ) {
    super('SystemExit', text ?? (status ? String(status) : ''));
  }
}

/** The step budget of `--max-steps` ran out. */
export class StepLimitExceeded extends Error {
  constructor(readonly maxSteps: number) {
    super(`pymem: the program ran more than ${maxSteps} steps (--max-steps)`);
    this.name = 'StepLimitExceeded';
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
