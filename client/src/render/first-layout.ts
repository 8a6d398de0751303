// The first layout of a graph, the same for every visitor (issue #12, item 4): every node starts
// at a position seeded by its key, and ForceAtlas2 runs a fixed number of iterations (not for a
// fixed time, which a busy machine would cut short) in a worker, off the main thread. It is laid
// out on the whole graph, so a filtered link shows its nodes where the whole map has them, and
// units are pulled towards their parents.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededPosition, seedRadius, type Positions } from '../graph/sync.ts';
import { layoutSettings } from './layout-settings.ts';

export interface FirstLayoutRequest {
  nodes: string[];
  xs: Float64Array;
  ys: Float64Array;
  /** Pairs of indexes into `nodes`. */
  edges: Uint32Array;
  iterations: number;
}

export interface FirstLayoutResult {
  xs: Float64Array;
  ys: Float64Array;
}

/** Enough iterations to settle a small map; fewer for big graphs, whose iterations cost more. */
export function firstLayoutIterations(order: number): number {
  return order <= 500 ? 600 : order <= 5_000 ? 200 : 60;
}

export function firstLayoutRequest(graph: Graph): FirstLayoutRequest {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const radius = seedRadius(nodes.length);
  const seeded = nodes.map((n) => seededPosition(n, radius));
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attrs, s, t) => void pairs.push(index.get(s)!, index.get(t)!));
  // A unit is pulled towards its parent as by a tie, so the hierarchy reads on the map; it stays a
  // layout force only, never a tie (docs/domain.md, "Units and hierarchy").
  graph.forEachNode((n, attrs) => {
    const parent = index.get((attrs as { parentId?: string }).parentId ?? '');
    if (parent !== undefined) pairs.push(index.get(n)!, parent);
  });
  const edges = Uint32Array.from(pairs);
  return {
    nodes,
    xs: Float64Array.from(seeded, (p) => p.x),
    ys: Float64Array.from(seeded, (p) => p.y),
    edges,
    iterations: firstLayoutIterations(nodes.length),
  };
}

/** A fixed number of ForceAtlas2 iterations from the given positions: no clock, no randomness. */
export function computeFirstLayout(request: FirstLayoutRequest): FirstLayoutResult {
  const { nodes, xs, ys, edges, iterations } = request;
  const graph = new Graph({ type: 'undirected', multi: true });
  for (const [i, key] of nodes.entries()) graph.addNode(key, { x: xs[i], y: ys[i] });
  for (let e = 0; e < edges.length; e += 2) graph.addUndirectedEdge(nodes[edges[e]!]!, nodes[edges[e + 1]!]!);
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: null });
  return {
    xs: Float64Array.from(nodes, (n) => graph.getNodeAttribute(n, 'x') as number),
    ys: Float64Array.from(nodes, (n) => graph.getNodeAttribute(n, 'y') as number),
  };
}

/** Lays out `graph` in a worker; resolves to every node's position. */
export function firstLayout(graph: Graph): Promise<Positions> {
  const request = firstLayoutRequest(graph);
  const worker = new Worker(new URL('./first-layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FirstLayoutResult>) => {
      const { xs, ys } = event.data;
      resolve(new Map(request.nodes.map((n, i) => [n, { x: xs[i]!, y: ys[i]! }])));
    };
    worker.onerror = (event) => reject(new Error(`first layout: ${event.message}`));
    worker.postMessage(request, [request.xs.buffer, request.ys.buffer, request.edges.buffer]);
  }).finally(() => worker.terminate());
}
