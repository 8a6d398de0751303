// Filtered graph -> visual attributes (the last stage). Everything here is pure: sigma's
// nodeReducer/edgeReducer call these with the current appearance context, and the data graph
// is never written to. Highlight sets are computed once per state change, not per frame.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Focus } from '../state/view-state.ts';
import type { CompareMarks, TieChange } from './compare.ts';
import {
  CHANGE_COLORS,
  COMEMBERSHIP_COLOR,
  DIMMED_EDGE,
  DIMMED_NODE,
  FORUM_COLOR,
  GAP_BORDER,
  MEMBERSHIP_COLOR,
  NODE_SIZE,
  PART_OF_COLOR,
  PREDICTED_COLOR,
  SECTOR_COLORS,
  STATUS_STYLE,
  TYPE_COLORS,
  UNCHANGED_ALPHA,
  withAlpha,
} from './colors.ts';
import { isGroupActor, type DataGraph, type EdgeAttrs, type NodeAttrs } from './model.ts';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface AppearanceContext {
  /** Node radius by key (from the size metric); absent = uniform size. */
  sizes: Map<string, number> | null;
  selected: string | null;
  highlight: Highlight | null;
  /** Actors the gaps view outlines (no tie to the chosen sector). */
  outlined: Set<string>;
  /**
   * Edges are left out while the layout runs on a big graph, as sigma's hideEdgesOnMove does
   * for camera moves: each position update then reindexes nodes only.
   */
  hideEdges?: boolean;
  /** The compare view: ties coloured by their change, actors that joined or left ringed. */
  changes?: CompareMarks | null;
}

/** How opaque shared-forum and predicted ties are drawn; the legend draws its lines the same. */
export const COMEMBERSHIP_ALPHA = 0.6;
export const PREDICTED_ALPHA = 0.9;
export const PART_OF_ALPHA = 0.8;

export const EMPTY_APPEARANCE: AppearanceContext = { sizes: null, selected: null, highlight: null, outlined: new Set() };

export function nodeAppearance(key: string, attrs: NodeAttrs, ctx: AppearanceContext): Partial<NodeDisplayData> & Record<string, unknown> {
  const isForum = attrs.kind === 'forum';
  const base = isForum ? FORUM_COLOR : (SECTOR_COLORS[attrs.sector] ?? FORUM_COLOR);
  const size = isForum ? NODE_SIZE.forum : (ctx.sizes?.get(key) ?? NODE_SIZE.uniform);
  const out: Partial<NodeDisplayData> & Record<string, unknown> = {
    x: attrs.x,
    y: attrs.y,
    label: attrs.label,
    color: base,
    size,
    type: isForum ? 'forum' : isGroupActor(attrs) ? 'group' : 'circle',
  };
  if (isForum) out.borderColor = FORUM_COLOR;
  if (ctx.outlined.has(key)) {
    out.type = 'border';
    out.borderColor = GAP_BORDER;
  }
  const moved = ctx.changes?.actors.get(key);
  if (moved) {
    out.type = 'border';
    out.borderColor = CHANGE_COLORS[moved];
  }
  if (ctx.highlight && !ctx.highlight.nodes.has(key)) {
    out.color = DIMMED_NODE;
    out.label = null;
    out.zIndex = 0;
    if (out.type !== 'circle') out.borderColor = DIMMED_NODE;
  } else if (ctx.highlight) {
    out.zIndex = 1;
    // Highlighted nodes are labelled in every label mode; the placement keeps them apart.
    out.forceLabel = true;
  }
  if (key === ctx.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  return out;
}

const HIDDEN_EDGE: Partial<EdgeDisplayData> = { hidden: true };

export function edgeAppearance(key: string, attrs: EdgeAttrs, ctx: AppearanceContext): Partial<EdgeDisplayData> {
  if (ctx.hideEdges) return HIDDEN_EDGE;
  let out: Partial<EdgeDisplayData>;
  switch (attrs.kind) {
    case 'collaboration': {
      const style = STATUS_STYLE[attrs.status] ?? STATUS_STYLE.active;
      const color = TYPE_COLORS[attrs.type] ?? FORUM_COLOR;
      out = { color: withAlpha(color, style.alpha), type: style.edgeType, size: (0.8 + 0.6 * (attrs.strength ?? 2)) * style.sizeFactor };
      break;
    }
    case 'membership':
      out = { color: MEMBERSHIP_COLOR, type: 'line', size: 0.6 };
      break;
    case 'comembership':
      out = { color: withAlpha(COMEMBERSHIP_COLOR, COMEMBERSHIP_ALPHA), type: 'line', size: Math.min(4, 0.5 + 0.5 * attrs.weight) };
      break;
    case 'predicted':
      out = { color: withAlpha(PREDICTED_COLOR, PREDICTED_ALPHA), type: 'dashed', size: 1.6 };
      break;
    case 'partOf':
      out = { color: withAlpha(PART_OF_COLOR, PART_OF_ALPHA), type: 'line', size: 0.7 };
      break;
  }
  if (ctx.changes) out = { ...out, ...changeAppearance(ctx.changes.ties.get(key)) };
  if (ctx.highlight) {
    if (ctx.highlight.edges.has(key)) out.zIndex = 1;
    else {
      out.color = DIMMED_EDGE;
      out.zIndex = 0;
    }
  }
  return out;
}

/** A tie in the compare view: its change's colour; an ended one dashed; what did not change faded. */
function changeAppearance(change: TieChange | undefined): Partial<EdgeDisplayData> {
  if (change === undefined || change === 'unchanged') return { color: withAlpha(CHANGE_COLORS.unchanged, UNCHANGED_ALPHA), zIndex: 0 };
  return { color: CHANGE_COLORS[change], zIndex: 1, ...(change === 'ended' ? { type: 'dashed' } : {}) };
}

function around(graph: DataGraph, node: string): Highlight {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _a, s, t) => {
    edges.add(edge);
    nodes.add(s).add(t);
  });
  return { nodes, edges };
}

/** What stays bright: a gaps-view focus first, else the selected actor and its neighbours. */
export function computeHighlight(graph: DataGraph, selected: string | null, focus: Focus | null): Highlight | null {
  if (focus?.kind === 'sectors') {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const sectorOf = (n: string) => {
      const a = graph.getNodeAttributes(n);
      return a.kind === 'actor' ? a.sector : null;
    };
    graph.forEachNode((n) => {
      const s = sectorOf(n);
      if (s === focus.a || s === focus.b) nodes.add(n);
    });
    graph.forEachEdge((edge, attrs, s, t) => {
      if (attrs.kind === 'membership') return;
      const [x, y] = [sectorOf(s), sectorOf(t)];
      if ((x === focus.a && y === focus.b) || (x === focus.b && y === focus.a)) edges.add(edge);
    });
    return { nodes, edges };
  }
  if (focus?.kind === 'tie') {
    const nodes = new Set([focus.source, focus.target].filter((n) => graph.hasNode(n)));
    const edges = new Set<string>();
    if (nodes.size === 2) graph.forEachEdge(focus.source, focus.target, (edge) => void edges.add(edge));
    return { nodes, edges };
  }
  if (focus?.kind === 'actors') {
    const nodes = new Set(focus.ids.filter((n) => graph.hasNode(n)));
    const edges = new Set<string>();
    graph.forEachEdge((edge, _a, s, t) => {
      if (nodes.has(s) && nodes.has(t)) edges.add(edge);
    });
    return { nodes, edges };
  }
  if (selected !== null && graph.hasNode(selected)) return around(graph, selected);
  return null;
}

/** Radii for the size metric; forums and actors without a value get the smallest size. */
export function sizesFor(
  values: Map<string, number> | null,
  scale: (v: number | undefined) => number,
  graph: DataGraph,
): Map<string, number> | null {
  if (values === null) return null;
  const sizes = new Map<string, number>();
  graph.forEachNode((n, a) => {
    if (a.kind === 'actor') sizes.set(n, scale(values.get(n)));
  });
  return sizes;
}
