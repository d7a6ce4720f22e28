// A tiny DOM helper: enough to build the demo's panels without a framework. Views keep their
// elements and update text and attributes in place when the timeline moves.

type Attrs = Record<string, string | number | boolean | EventListener | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes (`on…` keys become listeners) and children.
 *
 * @example
 * ```ts
 * h('button', { class: 'step', onclick: () => go(1) }, '▶');
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an SVG element with attributes.
 *
 * @example
 * ```ts
 * svg('rect', { x: 0, y: 0, width: 10, height: 10 });
 * ```
 */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const c of children) el.append(c);
  return el;
}

/**
 * A panel with a title bar; `body` is where the view draws.
 *
 * @example
 * ```ts
 * const p = panel('Generations', 'gc'); root.append(p.root);
 * ```
 */
export function panel(title: string, id: string): { root: HTMLElement; body: HTMLElement; head: HTMLElement } {
  const head = h('header', { class: 'panel-head' }, h('h2', {}, title));
  const body = h('div', { class: 'panel-body' });
  const root = h('section', { class: 'panel', id, 'data-panel': id }, head, body);
  return { root, body, head };
}

/** Hex address the way CPython's repr prints it. */
export function hex(n: number): string {
  return `0x${n.toString(16)}`;
}
