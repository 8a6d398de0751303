// Graph → typed arrays. The centrality and structure kernels run on compressed sparse rows
// (CSR) instead of graphology's object adjacency: integer indices and flat arrays are what make
// Brandes, BFS and power iterations fast, and a Csr is plain data, so it crosses to a worker
// thread by structured clone. One conversion per request feeds every metric.
//
// Weight vs distance: the actor graph's `weight` is the *closeness* of a tie (more = closer);
// `distance` (default 1/weight) is its *length*. Strength-based metrics read `weights`,
// shortest-path metrics read `distances`; a kernel never uses one where the other is meant.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { isGraph } from 'graphology-utils';
import { UndirectedGraph } from 'graphology';
import { COLLABORATION_TYPES } from '../../domain/vocabulary.ts';

export interface Csr {
  /** Node keys in graph order; index i in every per-node array is nodes[i]. */
  nodes: string[];
  /** Arcs of node i are offsets[i] .. offsets[i + 1] - 1 (length n + 1). */
  offsets: Int32Array;
  /** Arc → neighbour index; every undirected edge appears as two arcs (length 2m). */
  targets: Int32Array;
  /** Arc → the edge's `weight` attribute, 1 when absent (closeness of the tie). */
  weights: Float64Array;
  /** Arc → the edge's `distance` attribute, else 1 / weight (length of the tie). */
  distances: Float64Array;
  /** Arc → bit i set when the edge's `types` include COLLABORATION_TYPES[i]. */
  typeMasks: Uint8Array;
  /** Edge e joins edges[2e] and edges[2e + 1], in the graph's edge order (length 2m). */
  edges: Int32Array;
  /** Edge e's weight, in the graph's edge order (length m). */
  edgeWeights: Float64Array;
}

export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Bit of each collaboration type in Csr.typeMasks, from the vocabulary's order. */
export const TYPE_BITS: Readonly<Record<string, number>> = Object.fromEntries(COLLABORATION_TYPES.map((t, i) => [t.id, 1 << i]));

/** Checks that `graph` is a simple undirected graphology graph; `module` prefixes errors. */
export function assertSimpleUndirected(graph: unknown, module: string): asserts graph is AnyGraph {
  if (!isGraph(graph)) throw new Error(`${module}: expected a graphology graph`);
  const g = graph as AnyGraph;
  if (g.directedSize > 0) throw new Error(`${module}: the graph must be undirected (it has ${g.directedSize} directed edges)`);
  if (g.multi) throw new Error(`${module}: the graph must be simple, not a multi graph`);
  if (g.selfLoopCount > 0) throw new Error(`${module}: self-loops are not supported (${g.selfLoopCount} found)`);
}

/** A graph's edges in flat arrays, before they are laid out as arcs: what fromEdges reads. */
export interface EdgeList {
  /** Node keys; an edge's ends are indices into it. */
  nodes: string[];
  /** Edge e joins ends[2e] and ends[2e + 1] (length 2m). */
  ends: Int32Array;
  weights: Float64Array;
  distances: Float64Array;
  /** TYPE_BITS of the edge's types. */
  masks: Uint8Array;
}

/** Bits of these collaboration types (TYPE_BITS; unknown types add none). */
export function typeMask(types: Iterable<unknown>): number {
  let mask = 0;
  for (const type of types) mask |= TYPE_BITS[type as string] ?? 0;
  return mask;
}

export function toCsr(graph: unknown, module = 'csr'): Csr {
  assertSimpleUndirected(graph, module);
  const m = graph.size;
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i]!, i);
  const list: EdgeList = {
    nodes,
    ends: new Int32Array(2 * m),
    weights: new Float64Array(m),
    distances: new Float64Array(m),
    masks: new Uint8Array(m),
  };
  let e = 0;
  graph.forEachEdge((_key, attr, source, target) => {
    list.ends[2 * e] = index.get(source)!;
    list.ends[2 * e + 1] = index.get(target)!;
    const weight = attr.weight === undefined ? 1 : Number(attr.weight);
    list.weights[e] = weight;
    list.distances[e] = attr.distance === undefined ? 1 / weight : Number(attr.distance);
    list.masks[e] = Array.isArray(attr.types) ? typeMask(attr.types) : 0;
    e++;
  });
  return fromEdges(list);
}

/** Lays edges out as compressed sparse rows: each node's arcs in edge order, every edge as two arcs. */
export function fromEdges({ nodes, ends: edges, weights: edgeWeights, distances: edgeDistances, masks: edgeMasks }: EdgeList): Csr {
  const n = nodes.length;
  const m = edgeWeights.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < 2 * m; k++) offsets[edges[k]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;

  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const distances = new Float64Array(2 * m);
  const typeMasks = new Uint8Array(2 * m);
  const fill = offsets.slice(0, n);
  const lay = (from: number, to: number, k: number) => {
    const arc = fill[from]!++;
    targets[arc] = to;
    weights[arc] = edgeWeights[k]!;
    distances[arc] = edgeDistances[k]!;
    typeMasks[arc] = edgeMasks[k]!;
  };
  for (let k = 0; k < m; k++) {
    lay(edges[2 * k]!, edges[2 * k + 1]!, k);
    lay(edges[2 * k + 1]!, edges[2 * k]!, k);
  }
  return { nodes, offsets, targets, weights, distances, typeMasks, edges, edgeWeights };
}

/**
 * The arc weights a weighted kernel will use, checked: every value must be a positive finite
 * number, or shortest paths and normalisations stop meaning anything.
 */
export function arcValues(csr: Csr, which: 'weights' | 'distances', module: string): Float64Array {
  const values = csr[which];
  for (let v = 0; v < csr.nodes.length; v++) {
    for (let a = csr.offsets[v]!; a < csr.offsets[v + 1]!; a++) {
      const x = values[a]!;
      if (!(x > 0 && x < Infinity)) {
        const attr = which === 'weights' ? 'weight' : 'distance';
        throw new Error(
          `${module}: the tie ${csr.nodes[v]}–${csr.nodes[csr.targets[a]!]} has ${attr} ${x}; weighted metrics need positive finite values`,
        );
      }
    }
  }
  return values;
}

/** Unit arc values for unweighted kernels (shared shape, so kernels need one code path). */
export function unitArcs(csr: Csr): Float64Array {
  return new Float64Array(csr.targets.length).fill(1);
}

/** Per-node array → {node: value}. */
export function toRecord(csr: Csr, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < csr.nodes.length; i++) out[csr.nodes[i]!] = values[i]!;
  return out;
}

/** Per-node array → {node: value}, where NaN (undefined for that node, e.g. an isolate) becomes null. */
export function toNullableRecord(csr: Csr, values: ArrayLike<number>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (let i = 0; i < csr.nodes.length; i++) {
    const x = values[i]!;
    out[csr.nodes[i]!] = Number.isNaN(x) ? null : x;
  }
  return out;
}

/** Rebuilds a graphology graph with the same node and edge order (for graphology algorithms in a worker). */
export function fromCsr(csr: Csr): UndirectedGraph<Attributes, { weight: number }> {
  const graph = new UndirectedGraph<Attributes, { weight: number }>();
  for (const node of csr.nodes) graph.addNode(node);
  for (let e = 0; e < csr.edgeWeights.length; e++) {
    graph.addEdge(csr.nodes[csr.edges[2 * e]!]!, csr.nodes[csr.edges[2 * e + 1]!]!, { weight: csr.edgeWeights[e]! });
  }
  return graph;
}
