// Lays out the object graph with dagre (a layered, Sugiyama-style layout: ranks left to right,
// crossings reduced by ordering within ranks). Chosen over ELK because it is synchronous, so a
// scrubber move lays out and draws in one frame with no stale layout arriving late, and it is a
// fraction of elkjs's size; frames are dagre clusters holding their names. Only positions come
// from here; the view draws the boxes and arrows itself.
import dagre from '@dagrejs/dagre';

/** A box to place; `parent` puts it inside a cluster (a frame). */
export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly parent?: string;
}

/** Placed boxes (top-left corner) and clusters, and the size of the whole drawing. */
export interface Layout {
  readonly boxes: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
  readonly width: number;
  readonly height: number;
}

/**
 * Places `nodes` (and clusters: any `parent` named but not itself a node) so `edges` run left to right.
 *
 * @example
 * ```ts
 * layoutGraph([{ id: 'a', width: 80, height: 30 }, { id: 'b', width: 80, height: 30 }], [['a', 'b']]).boxes.get('b');
 * ```
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly (readonly [string, string])[], clusters: readonly string[] = []): Layout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 56, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of clusters) g.setNode(c, { label: c, clusterLabelPos: 'top', paddingTop: 22 } as never);
  for (const n of nodes) {
    g.setNode(n.id, { width: n.width, height: n.height });
    if (n.parent) g.setParent(n.id, n.parent);
  }
  for (const [from, to] of edges) if (from !== to && g.hasNode(from) && g.hasNode(to)) g.setEdge(from, to);
  dagre.layout(g);
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  let width = 0;
  let height = 0;
  for (const id of g.nodes()) {
    const n = g.node(id) as { x: number; y: number; width: number; height: number } | undefined;
    if (!n || !Number.isFinite(n.x)) continue;
    const box = { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
    boxes.set(id, box);
    width = Math.max(width, box.x + box.width + 12);
    height = Math.max(height, box.y + box.height + 12);
  }
  return { boxes, width, height };
}
