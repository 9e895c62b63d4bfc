/**
 * The citation graph as drawings: the archive's most connected documents laid out with dagre
 * (`/so-do/`), and each document's neighbourhood (what it cites, what cites it) in three columns.
 * Both give a `Drawing` that `CitationGraph.astro` renders as SVG at build time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dagre from '@dagrejs/dagre';
import type { ArchiveDocument, CitationKind, Graph, Level } from '../lib/contract';
import { shortDate } from '../lib/vietnamese';

type GraphNode = Graph['nodes'][number];
type GraphEdge = Graph['edges'][number];

/** A node as drawn: its box, its two lines of label, what it links to. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** `TB 495-TB/TU`, or the type and `(không số)`. */
  label: string;
  /** The date, short. */
  sub: string;
  /** The full name, for the link's accessible name and tooltip. */
  title: string;
  level: Level | null;
  inArchive: boolean;
  /** The node of the page it is drawn on. */
  current: boolean;
}

/** An edge as drawn: the points of its line, citer to cited. */
export interface DrawnEdge {
  from: string;
  to: string;
  kind: CitationKind;
  points: { x: number; y: number }[];
}

/** A laid-out graph. */
export interface Drawing {
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** The citation graph written by the ingest, read once. */
export const graph = JSON.parse(
  readFileSync(resolve(process.cwd(), 'content/data/graph.json'), 'utf8'),
) as Graph;

const NODE_HEIGHT = 38;

/** The graph's nodes by id and its edges by citer and by cited, built once. */
const index = (() => {
  let built: {
    byId: Map<string, GraphNode>;
    from: Map<string, GraphEdge[]>;
    to: Map<string, GraphEdge[]>;
  } | null = null;
  return () => {
    if (built) return built;
    const from = new Map<string, GraphEdge[]>();
    const to = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) {
      from.set(e.from, [...(from.get(e.from) ?? []), e]);
      to.set(e.to, [...(to.get(e.to) ?? []), e]);
    }
    built = { byId: new Map(graph.nodes.map((n) => [n.id, n])), from, to };
    return built;
  };
})();

/** `Thông báo` → `TB`, `Quyết định` → `QĐ`: the initials of the type's words. */
function typeInitials(type: string | null): string {
  return (type ?? '')
    .split(/\s+/)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/** A node's label, sub-line, title and width. */
function describeNode(node: GraphNode, level: Level | null, current: boolean) {
  const label = node.number
    ? [typeInitials(node.type), node.number].filter(Boolean).join(' ')
    : `${node.type ?? 'Văn bản'} (không số)`;
  const sub = node.inArchive ? shortDate(node.date) : 'chưa có trong kho';
  const title = [
    [node.type, node.number].filter(Boolean).join(' ') || 'Văn bản',
    node.date ? shortDate(node.date) : null,
    node.title,
    node.inArchive ? null : 'chưa có trong kho',
  ]
    .filter(Boolean)
    .join(', ');
  const width = Math.min(190, Math.max(90, Math.max(label.length, sub.length) * 7 + 20));
  return { label, sub, title, width, level, inArchive: node.inArchive, current };
}

/** The levels of the archive's documents, by id. */
export function levelsOf(documents: ArchiveDocument[]): Map<string, Level | null> {
  return new Map(documents.map((d) => [d.id, d.level]));
}

/**
 * The `limit` most connected documents of the archive (cited or citing, missing ones included)
 * and the citations among them, laid out by dagre: cited documents to the left of their citers.
 */
export function archiveDrawing(
  levels: Map<string, Level | null>,
  limit = 150,
): Drawing & { total: number } {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const connected = graph.nodes.filter((n) => degree.has(n.id));
  const chosen = [...connected]
    .sort(
      (a, b) => degree.get(b.id)! - degree.get(a.id)! || (b.date ?? '').localeCompare(a.date ?? ''),
    )
    .slice(0, limit);
  const ids = new Set(chosen.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  return { ...layOut(chosen, edges, levels, null), total: connected.length };
}

/** Lays out nodes and edges with dagre, right to left: a citer stands right of what it cites. */
function layOut(
  nodes: GraphNode[],
  edges: GraphEdge[],
  levels: Map<string, Level | null>,
  currentId: string | null,
): Drawing {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'RL', nodesep: 14, ranksep: 60, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const described = new Map(
    nodes.map((n) => [n.id, describeNode(n, levels.get(n.id) ?? null, n.id === currentId)]),
  );
  for (const [id, d] of described) g.setNode(id, { width: d.width, height: NODE_HEIGHT });
  edges.forEach((e, k) => g.setEdge(e.from, e.to, {}, `${e.kind}-${k}`));
  dagre.layout(g);
  const label = g.graph();
  return {
    width: Math.ceil(label.width ?? 0),
    height: Math.ceil(label.height ?? 0),
    nodes: [...described].map(([id, d]) => {
      const { x, y } = g.node(id);
      return { id, x: x - d.width / 2, y: y - NODE_HEIGHT / 2, height: NODE_HEIGHT, ...d };
    }),
    edges: edges.map((e, k) => ({
      from: e.from,
      to: e.to,
      kind: e.kind,
      points: g.edge({ v: e.from, w: e.to, name: `${e.kind}-${k}` }).points,
    })),
  };
}

/** The most documents drawn on each side of a neighbourhood; the page's lists name them all. */
export const NEIGHBOURS_DRAWN = 30;

/**
 * A document's neighbourhood in three columns: what it cites on the left, itself in the middle,
 * what cites it on the right, one step out; one edge per pair (the strongest kind). At most
 * `NEIGHBOURS_DRAWN` on a side (the newest citers); `leftOut` says how many more there are.
 */
export function neighbourhoodDrawing(
  id: string,
  levels: Map<string, Level | null>,
): (Drawing & { leftOut: number }) | null {
  const { byId, from, to } = index();
  const self = byId.get(id);
  if (!self) return null;
  const strongest = (edges: GraphEdge[], end: 'from' | 'to') => {
    const order: CitationKind[] = ['implements', 'attached', 'mentions'];
    const best = new Map<string, CitationKind>();
    for (const e of edges) {
      const other = e[end];
      const kind = best.get(other);
      if (!kind || order.indexOf(e.kind) < order.indexOf(kind)) best.set(other, e.kind);
    }
    return best;
  };
  const cited = strongest(
    (from.get(id) ?? []).filter((e) => e.to !== id),
    'to',
  );
  const citers = strongest(
    (to.get(id) ?? []).filter((e) => e.from !== id),
    'from',
  );
  if (cited.size === 0 && citers.size === 0) return null;
  const column = (ids: string[], x: number) =>
    ids.map((nodeId, k) => {
      const d = describeNode(byId.get(nodeId)!, levels.get(nodeId) ?? null, nodeId === id);
      return {
        id: nodeId,
        x,
        y: 8 + k * (NODE_HEIGHT + 10),
        height: NODE_HEIGHT,
        ...d,
        width: 190,
      };
    });
  const newestFirst = (ids: string[]) =>
    ids.sort((a, b) => (byId.get(b)!.date ?? '').localeCompare(byId.get(a)!.date ?? ''));
  const citedIds = [...cited.keys()].slice(0, NEIGHBOURS_DRAWN);
  const citerIds = newestFirst([...citers.keys()]).slice(0, NEIGHBOURS_DRAWN);
  const rows = Math.max(citedIds.length, citerIds.length, 1);
  const height = 16 + rows * (NODE_HEIGHT + 10) - 10;
  const left = column(citedIds, 8);
  const right = column(citerIds, 8 + 2 * (190 + 70));
  const [middle] = column([id], 8 + 190 + 70);
  middle!.y = height / 2 - NODE_HEIGHT / 2;
  const edge = (from: DrawnNode, to: DrawnNode, kind: CitationKind): DrawnEdge => ({
    from: from.id,
    to: to.id,
    kind,
    points: [
      { x: from.x, y: from.y + NODE_HEIGHT / 2 },
      { x: to.x + to.width, y: to.y + NODE_HEIGHT / 2 },
    ],
  });
  return {
    leftOut: cited.size + citers.size - citedIds.length - citerIds.length,
    width: 16 + 3 * 190 + 2 * 70,
    height,
    nodes: [...left, middle!, ...right],
    edges: [
      ...left.map((n) => edge(middle!, n, cited.get(n.id)!)),
      ...right.map((n) => edge(n, middle!, citers.get(n.id)!)),
    ],
  };
}
