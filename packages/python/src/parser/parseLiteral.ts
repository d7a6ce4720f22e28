// Literals: int (any base, underscores, big values), float and imaginary numbers, string and
// bytes literals with prefixes, escapes, implicit concatenation and f-string parts. Mirrors
// Parser/string_parser.c and Parser/pegen.c's number parsing.
import type { SyntaxNode } from '@lezer/common';
import type { ConstValue, Expr, FStringPart, Pos } from './ast.js';
import type { Converter } from './parse.js';

/** Number and string literals, merged into Converter. */
export const literalParseOps = {
  number(this: Converter, n: SyntaxNode): ConstValue {
    const raw = this.text(n).replace(/_/g, '');
    if (/[jJ]$/.test(raw)) return { k: 'complex', re: 0, im: Number(raw.slice(0, -1)) };
    if (/^0[xX]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^0[oO]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^0[bB]/.test(raw)) return { k: 'int', v: normalize(BigInt(raw)) };
    if (/^[0-9]+$/.test(raw)) {
      if (/^0+[1-9]/.test(raw)) {
        throw this.syntax(n, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      }
      return { k: 'int', v: normalize(BigInt(raw)) };
    }
    const f = Number(raw);
    if (Number.isNaN(f)) throw this.syntax(n, 'invalid decimal literal');
    return { k: 'float', v: f };
  },

  strings(this: Converter, nodes: SyntaxNode[], p: Pos): Expr {
    // implicit concatenation: adjacent literals form one constant, or one f-string
    const parts: FStringPart[] = [];
    let bytes: boolean | null = null;
    let isF = false;
    for (const n of nodes) {
      const raw = this.text(n);
      const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(raw);
      if (!m) throw this.syntax(n);
      const prefix = m[1]!.toLowerCase();
      const q = m[2]!;
      const isBytes = prefix.includes('b');
      const isRaw = prefix.includes('r');
      if (bytes !== null && bytes !== isBytes) throw this.syntax(n, 'cannot mix bytes and nonbytes literals');
      bytes = isBytes;
      const bodyStart = n.from + m[0].length;
      const bodyEnd = n.to - q.length;
      if (prefix.includes('f')) {
        isF = true;
        let at = bodyStart;
        for (const c of this.kids(n)) {
          if (c.name !== 'FormatReplacement') continue;
          parts.push(this.decode(this.src.slice(at, c.from), isRaw, false, n, true));
          parts.push(...this.fstringField(c, isRaw, n));
          at = c.to;
        }
        parts.push(this.decode(this.src.slice(at, bodyEnd), isRaw, false, n, true));
      } else {
        parts.push(this.decode(this.src.slice(bodyStart, bodyEnd), isRaw, isBytes, n, false));
      }
    }
    const merged: FStringPart[] = [];
    for (const part of parts) {
      const last = merged[merged.length - 1];
      if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
      else if (part !== '') merged.push(part);
    }
    if (!isF) {
      const s = (merged[0] as string | undefined) ?? '';
      return { t: 'Const', value: bytes ? { k: 'bytes', v: s } : { k: 'str', v: s }, ...p };
    }
    return { t: 'FString', parts: merged, ...p };
  },

  /** One `{expr[=][!c][:spec]}` field: the `=` text as a literal, then the field (its spec's own fields nested). */
  fstringField(this: Converter, c: SyntaxNode, isRaw: boolean, n: SyntaxNode): FStringPart[] {
    const ck = this.kids(c).filter((x) => x.name !== '{' && x.name !== '}');
    const selfDoc = ck.find((x) => x.name === 'FormatSelfDoc');
    const specNode = ck.find((x) => x.name === 'FormatSpec');
    const conv = ck.find((x) => x.name === 'FormatConversion');
    let convText = conv ? this.text(conv).slice(1) : null;
    if (convText !== null && convText !== 's' && convText !== 'r' && convText !== 'a') {
      throw this.syntax(conv!, `f-string: invalid conversion character '${convText}': expected 's', 'r', or 'a'`);
    }
    const exprs = ck.filter((x) => x !== conv && x !== selfDoc && x !== specNode);
    let spec: FStringPart[] | null = null;
    if (specNode) {
      spec = [];
      let at = specNode.from + 1;
      for (const r of this.kids(specNode)) {
        if (r.name !== 'FormatReplacement') continue;
        spec.push(this.decode(this.src.slice(at, r.from), isRaw, false, n, true));
        spec.push(...this.fstringField(r, isRaw, n));
        at = r.to;
      }
      spec.push(this.decode(this.src.slice(at, specNode.to), isRaw, false, n, true));
      spec = spec.filter((p) => p !== '');
    }
    const out: FStringPart[] = [];
    if (selfDoc) {
      // f'{x = }' writes the expression's text up to and including '=', then repr(x) unless a conversion or spec says otherwise
      out.push(this.src.slice(c.from + 1, conv?.from ?? specNode?.from ?? c.to - 1));
      if (convText === null && spec === null) convText = 'r';
    }
    out.push({ expr: this.exprList(exprs, c), conv: convText as 's' | 'r' | 'a' | null, spec });
    return out;
  },

  decode(this: Converter, body: string, isRaw: boolean, isBytes: boolean, at: SyntaxNode, fstring: boolean): string {
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (fstring && (ch === '{' || ch === '}')) {
        if (body[i + 1] === ch) {
          out += ch;
          i++;
          continue;
        }
        throw this.syntax(at, "f-string: single '}' is not allowed");
      }
      if (ch !== '\\' || isRaw) {
        if (isBytes && ch.charCodeAt(0) > 127) throw this.syntax(at, 'bytes can only contain ASCII literal characters');
        out += ch;
        continue;
      }
      const e = body[++i];
      switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case "'": out += "'"; break;
        case '"': out += '"'; break;
        case 'a': out += '\x07'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x': {
          const h = body.slice(i + 1, i + 3);
          if (!/^[0-9a-fA-F]{2}$/.test(h)) throw this.syntax(at, `(unicode error) truncated \\xXX escape`);
          out += String.fromCharCode(parseInt(h, 16));
          i += 2;
          break;
        }
        case 'u':
        case 'U': {
          if (isBytes) {
            out += `\\${e}`;
            break;
          }
          const len = e === 'u' ? 4 : 8;
          const h = body.slice(i + 1, i + 1 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) throw this.syntax(at, `(unicode error) truncated \\${e} escape`);
          out += String.fromCodePoint(parseInt(h, 16));
          i += len;
          break;
        }
        case 'N':
          if (isBytes) {
            out += '\\N';
            break;
          }
          throw this.unsupported(at, '\\N{...} escapes');
        default:
          if (e !== undefined && /[0-7]/.test(e)) {
            let j = i;
            while (j < i + 3 && /[0-7]/.test(body[j] ?? '')) j++;
            out += String.fromCharCode(parseInt(body.slice(i, j), 8));
            i = j - 1;
          } else {
            out += `\\${e ?? ''}`;
          }
      }
    }
    return out;
  },
};

/** The methods of `literalParseOps`, merged into Converter. */
export type LiteralParseOps = typeof literalParseOps;

/** A bigint as a JS number when it is a safe integer. */
export function normalize(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
