// Communities: groups of actors more densely tied among themselves than to the rest, found by
// Louvain modularity optimisation (graphology-communities-louvain) with a seeded RNG, so the same
// graph and seed always give the same partition. Communities are renumbered largest first, and
// the partition's modularity is computed here with networkx's formula,
//   Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]   (weighted: L_c, d_c, m in `weight`),
// so the reported value is the one networkx.community.modularity gives for the same partition.
import louvainModule from 'graphology-communities-louvain';
import { arcValues, fromCsr, toCsr, type AnyGraph, type Csr } from './kernel/csr.ts';
import { checkBoolean, checkNumber, withDefaults } from './kernel/options.ts';
import { seededRandom } from './kernel/random.ts';

export interface CommunityOptions {
  /** Tie strength is `weight` instead of 1. */
  weighted?: boolean;
  /** γ: above 1 favours more, smaller communities. */
  resolution?: number;
  seed?: number;
}

export interface CommunityPartition {
  /** Community per node (index into sizes), 0 = largest. */
  labels: Int32Array;
  sizes: number[];
  /** null for a graph without ties, where modularity is undefined. */
  modularity: number | null;
}

export interface CommunityResult {
  communities: Record<string, number>;
  count: number;
  sizes: number[];
  modularity: number | null;
}

const DEFAULTS: Required<CommunityOptions> = { weighted: false, resolution: 1, seed: 1 };

// The package is CommonJS; depending on the loader its default export arrives wrapped once more.
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export function resolveCommunities(options: CommunityOptions | undefined): Required<CommunityOptions> {
  const o = withDefaults('communities', DEFAULTS, options);
  checkBoolean('communities', 'weighted', o.weighted);
  checkNumber('communities', 'resolution', o.resolution, { above: 0 });
  checkNumber('communities', 'seed', o.seed, { integer: true });
  return o;
}

/**
 * Louvain on `graph` (or on a graph rebuilt from `csr`, e.g. in a worker: same node and edge
 * order, so the same partition). `csr` must describe `graph` when both are given.
 */
export function communitiesKernel(csr: Csr, options?: CommunityOptions, graph?: AnyGraph): CommunityPartition {
  const o = resolveCommunities(options);
  const n = csr.nodes.length;
  if (o.weighted) arcValues(csr, 'weights', 'communities');
  const raw = louvain(graph ?? fromCsr(csr), {
    getEdgeWeight: o.weighted
      ? (_edge: string, attr: Record<string, unknown>) => (attr.weight === undefined ? 1 : Number(attr.weight))
      : null,
    resolution: o.resolution,
    rng: seededRandom(o.seed),
  });

  // Renumber largest first; equal sizes by their first member in graph order.
  const first = new Map<number, number>();
  const size = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = raw[csr.nodes[v]!]!;
    if (!first.has(c)) first.set(c, v);
    size.set(c, (size.get(c) ?? 0) + 1);
  }
  const order = [...first.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, i) => [c, i]));
  const labels = new Int32Array(n);
  for (let v = 0; v < n; v++) labels[v] = rank.get(raw[csr.nodes[v]!]!)!;
  return {
    labels,
    sizes: order.map((c) => size.get(c)!),
    modularity: modularity(csr, labels, o.weighted, o.resolution),
  };
}

/** Modularity of a partition as networkx.community.modularity computes it; null without ties. */
export function modularity(csr: Csr, labels: Int32Array, weighted: boolean, resolution = 1): number | null {
  const { offsets, targets } = csr;
  const weights = weighted ? arcValues(csr, 'weights', 'modularity') : null;
  let communities = 0;
  for (const c of labels) if (c + 1 > communities) communities = c + 1;
  const inside = new Float64Array(communities); // 2 × weight of ties inside c
  const degrees = new Float64Array(communities); // total degree (strength) of c's members
  let total = 0; // 2m
  for (let v = 0; v < labels.length; v++) {
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const w = weights === null ? 1 : weights[a]!;
      total += w;
      degrees[labels[v]!]! += w;
      if (labels[targets[a]!] === labels[v]) inside[labels[v]!]! += w;
    }
  }
  if (total === 0) return null;
  let q = 0;
  for (let c = 0; c < communities; c++) {
    q += inside[c]! / total - resolution * (degrees[c]! / total) ** 2;
  }
  return q;
}

export function communities(graph: unknown, options?: CommunityOptions): CommunityResult {
  const csr = toCsr(graph, 'communities');
  const partition = communitiesKernel(csr, options, graph as AnyGraph);
  const out: Record<string, number> = {};
  csr.nodes.forEach((node, v) => {
    out[node] = partition.labels[v]!;
  });
  return { communities: out, count: partition.sizes.length, sizes: partition.sizes, modularity: partition.modularity };
}
