// From the bytes of a .py file to the text the tokenizer reads, as Parser/tokenizer.c does: a
// UTF-8 byte-order mark is dropped, a PEP 263 coding declaration on line 1 or 2 chooses the
// decoding (UTF-8 by default), "\r\n" and a lone "\r" become "\n", and a null byte is refused.
import { PySourceError } from './sourceError.js';

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

function normalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (n === 'latin-1' || n === 'iso-8859-1' || n === 'iso-latin-1' || n.startsWith('latin-1-') || n.startsWith('iso-8859-1-') || n === 'latin1' || n === 'l1') return 'latin-1';
  return n;
}

/** The encoding a coding declaration in the first two lines names, or null. */
export function declaredEncoding(firstLines: string): string | null {
  const [l1 = '', l2 = ''] = firstLines.split(/\r\n|\r|\n/, 2);
  const m = CODING.exec(l1) ?? (/^[ \t\f]*(#.*)?$/.test(l1) ? CODING.exec(l2) : null);
  return m ? normalEncoding(m[1]!) : null;
}

/**
 * The text of a source file: bytes decoded as CPython decodes them, or a string (already
 * decoded) with its BOM dropped; newlines made "\n" either way.
 * @throws PySourceError for a null byte or an encoding pymem does not decode
 */
export function sourceText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    let bytes = input;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom) bytes = bytes.subarray(3);
    let head = '';
    for (let i = 0; i < Math.min(bytes.length, 400); i++) head += String.fromCharCode(bytes[i]!);
    const enc = declaredEncoding(head) ?? 'utf-8';
    if (enc === 'latin-1') {
      text = '';
      for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    } else if (enc === 'utf-8' || enc === 'ascii') {
      text = new TextDecoder('utf-8').decode(bytes);
    } else {
      throw new PySourceError('NotImplementedError', `pymem does not support the source encoding '${enc}' (only utf-8, latin-1, ascii)`, 1, 0);
    }
  }
  text = text.replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    const lineText = before.slice(before.lastIndexOf('\n') + 1);
    throw new PySourceError('SyntaxError', 'source code cannot contain null bytes', line, -1, undefined, lineText);
  }
  return text;
}
