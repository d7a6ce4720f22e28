// `with ... as` targets other than a plain name. CPython's grammar takes any star_target after `as`
// (with_item: expression 'as' star_target, Grammar/python.gram); @lezer/python takes only a name.
// Before the grammar runs, each such target on one line is replaced by a placeholder name of the same
// length (so every offset, line and column stays put); the converter then reads the target's own text
// with `parseWithTarget`. Start with `maskWithTargets`.
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

/** The placeholder's character: a letter (category Lo) no identifier of a real program is made of. */
const MASK = '\u01c2';

/** A source with its non-name `with` targets masked, and where each target was. */
export interface MaskedSource {
  readonly source: string;
  readonly tree: Tree;
  /** Start offset of each masked target → its end offset. */
  readonly targets: ReadonlyMap<number, number>;
}

/** True for a name the masking put in place of a target. */
export function isMaskName(id: string): boolean {
  return id.length > 0 && [...id].every((ch) => ch === MASK);
}

/**
 * Masks every one-line `with ... as` target that is not a plain name and parses the result.
 * A target spread over lines stays as it is (the converter's refusal names it).
 * @example
 * ```ts
 * maskWithTargets('with f() as (a, b):\n    pass\n').targets.get(12); // 18
 * ```
 */
export function maskWithTargets(src: string): MaskedSource {
  let source = src;
  const targets = new Map<number, number>();
  let tree = parser.parse(source);
  // each pass masks the targets the grammar tripped on; the error recovery may hide later ones
  for (let pass = 0; pass < 1000; pass++) {
    const found: [number, number][] = [];
    tree.iterate({
      enter: (ref) => {
        if (ref.name !== 'WithStatement') return;
        const span = gapTarget(src, ref.node);
        if (span && !targets.has(span[0])) found.push(span);
      },
    });
    if (found.length === 0) break;
    for (const [from, to] of found) {
      targets.set(from, to);
      source = source.slice(0, from) + MASK.repeat(to - from) + source.slice(to);
    }
    tree = parser.parse(source);
  }
  return { source, tree, targets };
}

/** The span of a target after `as` that the grammar left an error node in, or null. */
function gapTarget(src: string, w: SyntaxNode): [number, number] | null {
  for (let c = w.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'as') continue;
    const next = c.nextSibling;
    const bad = next?.type.isError || (next?.name === 'VariableName' && next.nextSibling?.type.isError);
    if (!bad) continue;
    const span = targetSpan(src, c.to);
    if (span) return span;
  }
  return null;
}

/** From `at` (just after `as`): the target's text up to the `,` or `:` that ends it, or null. */
function targetSpan(src: string, at: number): [number, number] | null {
  let i = at;
  while (src[i] === ' ' || src[i] === '\t') i++;
  const from = i;
  let depth = 0;
  for (; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\n' || ch === '#' || ch === '\\') break;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(src, i);
      if (end < 0) return null;
      i = end - 1;
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (--depth < 0) return null;
    } else if (depth === 0 && (ch === ',' || ch === ':' || ch === ';' || ch === '=')) break;
  }
  if (depth !== 0 || (src[i] !== ':' && src[i] !== ',')) return null;
  let to = i;
  while (to > from && (src[to - 1] === ' ' || src[to - 1] === '\t')) to--;
  return to > from ? [from, to] : null;
}

/** The offset just after the string literal whose quote is at `q` (on one line), or -1. */
function stringEnd(src: string, q: number): number {
  const quote = src[q]!;
  const triple = src.startsWith(quote.repeat(3), q);
  const close = triple ? quote.repeat(3) : quote;
  for (let i = q + close.length; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\n') return -1;
    if (ch === '\\') i++;
    else if (src.startsWith(close, i)) return i + close.length;
  }
  return -1;
}

/**
 * The lezer node of the target masked at `from`, parsed from the original source: a probe text of
 * the same length holds only `(` at the start of the target's line, the target, and `)` after it.
 */
export function parseWithTarget(src: string, from: number, to: number): { probe: string; node: SyntaxNode } | null {
  const lineStart = src.lastIndexOf('\n', from - 1) + 1;
  let probe = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (i >= from && i < to) probe += ch;
    else if (i === lineStart) probe += '(';
    else if (i === to) probe += ')';
    else probe += ch === '\n' ? '\n' : ' ';
  }
  let node: SyntaxNode | null = null;
  parser.parse(probe).iterate({
    enter: (ref) => {
      if (node) return false;
      if (ref.name === 'ParenthesizedExpression' && ref.from === lineStart) {
        node = ref.node.firstChild?.nextSibling ?? null;
        return false;
      }
      return undefined;
    },
  });
  return node ? { probe, node } : null;
}
