// Clustering coefficient: the share of an actor's pairs of partners who are tied to each other
// too (2T / (k(k-1))) — a closed circle vs a hub of unconnected contacts. Weighted, as networkx's
// clustering(G, weight='weight'): each triangle counts the geometric mean of its three weights,
// each divided by the largest weight in the graph (Onnela et al.). Actors with < 2 ties score 0.
import { arcValues, toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';

export interface ClusteringOptions {
  /** Triangles weighed by the geometric mean of their normalised `weight`s. */
  weighted?: boolean;
}

const DEFAULTS: Required<ClusteringOptions> = { weighted: false };

export function clusteringKernel(csr: Csr, options?: ClusteringOptions): Float64Array {
  const o = withDefaults('clustering', DEFAULTS, options);
  checkBoolean('clustering', 'weighted', o.weighted);
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const weights = o.weighted ? arcValues(csr, 'weights', 'clustering') : null;
  let maxWeight = 0;
  if (weights !== null) for (const x of weights) if (x > maxWeight) maxWeight = x;

  const out = new Float64Array(n);
  // mark[x] = 1 + the arc u→x while scanning u (0 when x is not a neighbour of u)
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const k = offsets[u + 1]! - offsets[u]!;
    if (k < 2) continue;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) mark[targets[a]!] = a + 1;
    let triangles = 0; // each triangle at u counted twice, once from each partner
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const v = targets[a]!;
      for (let b = offsets[v]!; b < offsets[v + 1]!; b++) {
        const uw = mark[targets[b]!]!;
        if (uw === 0) continue;
        triangles +=
          weights === null ? 1 : Math.cbrt((weights[a]! / maxWeight) * (weights[b]! / maxWeight) * (weights[uw - 1]! / maxWeight));
      }
    }
    out[u] = triangles / (k * (k - 1));
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) mark[targets[a]!] = 0;
  }
  return out;
}

export function clustering(graph: unknown, options?: ClusteringOptions): Record<string, number> {
  const csr = toCsr(graph, 'clustering');
  return toRecord(csr, clusteringKernel(csr, options));
}
