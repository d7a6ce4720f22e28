// Temporary files of the commands that write outputs (`run --trace`, `record`, `convert`,
// `export`, `whatif`, `compare`) are removed even when pymem is interrupted (SIGINT, SIGTERM,
// SIGHUP, even SIGKILL). Outputs are written under a temporary name and renamed into place when
// whole (`.NAME.PID.x.tmp` beside a trace or export, `NAME.partial-PID` beside a recording, a
// pymem-*/ folder in the system's temp folder), so an interrupted command must take those away.
//
// A JavaScript signal handler cannot do it: the interpreter of `pymem run` runs synchronously,
// and a handler would only run when it finishes (Ctrl-C would do nothing on `while True: pass`).
// So pymem keeps the default action (the process ends at once, status 128 + signal, 130 for
// Ctrl-C) and a sentinel does the cleaning: one small `sh` per pymem process, started on first
// use, in its own process group and ignoring the signals, that is told each output before it is
// opened, waits for pymem's end (the end of a pipe only pymem holds) and then removes their
// temporary files. After a normal end none of them exists.
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { basename, dirname, join, resolve } from 'node:path';

// The sentinel: reads the list of what to remove on its stdin (a line per output), and when
// pymem's end closes that pipe, removes it.
const SENTINEL = `trap '' INT TERM HUP
P="$1"; T="$(printf '\\t')"; L=''
while IFS= read -r line; do L="$L$line
"; done
printf '%s' "$L" | while IFS="$T" read -r k a b; do
  case "$k" in
    tmp) rm -f -- "$a.partial-$P" "$b.$P."*".tmp" ;;
    dir) rm -rf -- "$a" ;;
  esac
done
`;

let sentinel: Writable | undefined;
let unavailable = false;
const registered = new Set<string>();

function add(line: string): void {
  if (unavailable || /[\n\r]/.test(line) || registered.has(line)) return;
  if (sentinel === undefined) {
    try {
      const child = spawn('sh', ['-c', SENTINEL, 'pymem-cleanup', String(process.pid)], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
      child.on('error', () => (unavailable = true));
      child.unref();
      sentinel = child.stdin!;
      sentinel.on('error', () => (unavailable = true));
      (sentinel as unknown as { unref?: () => void }).unref?.();
    } catch {
      // no sh: outputs are still written atomically, only an interruption may leave a temp file
      unavailable = true;
      return;
    }
  }
  registered.add(line);
  // a write to an idle pipe reaches the kernel at once (libuv writes before queueing)
  sentinel.write(`${line}\n`);
}

/**
 * Makes sure the temporary files of an output written at `target` (`.NAME.PID.*.tmp` beside it,
 * `NAME.partial-PID`) are removed if pymem ends before renaming them into place.
 *
 * @example
 * ```ts
 * cleanOnInterrupt('out/run.pmt'); // then createTraceWriter('out/run.pmt', header)
 * ```
 */
export function cleanOnInterrupt(target: string): void {
  const full = resolve(target);
  add(`tmp\t${full}\t${join(dirname(full), `.${basename(full)}`)}`);
}

/**
 * Makes sure the temporary folder `folder` (made by the command itself) is removed if pymem
 * ends before removing it.
 *
 * @example
 * ```ts
 * const folder = mkdtempSync(join(tmpdir(), 'pymem-whatif-'));
 * removeFolderOnInterrupt(folder);
 * ```
 */
export function removeFolderOnInterrupt(folder: string): void {
  add(`dir\t${resolve(folder)}`);
}
