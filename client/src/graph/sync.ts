// Brings the display graph (the one sigma and the layout hold) in line with a new filtered
// graph in place: nodes that stay keep their positions, nodes that return get the position
// they had, new nodes start next to a placed neighbour. So filtering never reshuffles the map.
import type { DataGraph } from './model.ts';

export type Positions = Map<string, { x: number; y: number }>;

/** A stable pseudo-random point in a disc for a key, so first layouts are reproducible. */
export function seededPosition(key: string, radius = 100): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 100_000) / 100_000;
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  const r = Math.sqrt(((h >>> 0) % 100_000) / 100_000);
  return { x: Math.cos(a * 2 * Math.PI) * r * radius, y: Math.sin(a * 2 * Math.PI) * r * radius };
}

/** The radius of the disc seeded positions fill: grows with the graph so nodes start apart. */
export const seedRadius = (order: number): number => Math.max(50, Math.sqrt(order) * 10);

export function syncGraph(display: DataGraph, next: DataGraph, positions: Positions): void {
  display.forEachNode((n, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') positions.set(n, { x: a.x, y: a.y });
  });
  display.forEachEdge((edge) => {
    if (!next.hasEdge(edge)) display.dropEdge(edge);
  });
  for (const node of display.nodes()) if (!next.hasNode(node)) display.dropNode(node);

  const radius = seedRadius(next.order);
  next.forEachNode((n, attrs) => {
    if (display.hasNode(n)) {
      const { x, y } = display.getNodeAttributes(n);
      display.replaceNodeAttributes(n, { ...attrs, x, y });
    } else {
      // A position cached from earlier wins; then one the data brings; then a neighbour's.
      const given = typeof attrs.x === 'number' && typeof attrs.y === 'number' ? { x: attrs.x, y: attrs.y } : null;
      display.addNode(n, { ...attrs, ...(positions.get(n) ?? given ?? placeNear(next, n, positions, radius)) });
    }
  });
  next.forEachEdge((edge, attrs, s, t) => {
    if (display.hasEdge(edge)) display.replaceEdgeAttributes(edge, attrs);
    else display.addUndirectedEdgeWithKey(edge, s, t, attrs);
  });
}

/**
 * Every node of `graph` a position: the one `given` has, else next to a neighbour that has one
 * (a saved layout older than the actors added since), else a seeded one.
 */
export function completePositions(graph: DataGraph, given: Positions): Positions {
  const placed: Positions = new Map([...given].filter(([node]) => graph.hasNode(node)));
  const radius = seedRadius(graph.order);
  graph.forEachNode((node) => {
    if (!placed.has(node)) placed.set(node, placeNear(graph, node, placed, radius));
  });
  return placed;
}

/** Beside a neighbour that has a place (jittered by the key), else a seeded place of its own. */
export function placeNear(graph: DataGraph, node: string, positions: Positions, radius: number): { x: number; y: number } {
  const jitter = seededPosition(node, radius / 20);
  for (const n of graph.neighbors(node)) {
    const p = positions.get(n);
    if (p) return { x: p.x + jitter.x, y: p.y + jitter.y };
  }
  return seededPosition(node, radius);
}
