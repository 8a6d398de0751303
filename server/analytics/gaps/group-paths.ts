// Shortest paths between two groups of actors on the typed-array actor graph, the machinery
// behind brokers.ts: group-to-group betweenness as networkx's
// `betweenness_centrality_subset(G, sources, targets, normalized=False)` computes it (Brandes'
// accumulation with only the targets as path ends; networkx then halves every value on an
// undirected graph, and so do we, to agree with it), the distances between the groups, one
// example shortest path per pair, and Burt's constraint (networkx's `constraint`, unweighted).
import { degreeOf, type ActorCsr } from '../kernel/actor-csr.ts';

export interface GroupPaths {
  /** Per node: networkx subset betweenness (undirected, so half the path-fraction sum). */
  betweenness: Float64Array;
  /** (s, t) pairs with s in sources, t in targets, s ≠ t. */
  pairs: number;
  connectedPairs: number;
  directTies: number;
  /** Every connected pair as [distance, s, t]. */
  distances: [number, number, number][];
}

export function groupPaths(csr: ActorCsr, sources: readonly number[], targets: readonly number[]): GroupPaths {
  const { offsets, neighbours } = csr;
  const n = csr.ids.length;
  const isTarget = new Uint8Array(n);
  for (const t of targets) isTarget[t] = 1;
  const betweenness = new Float64Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const out: GroupPaths = { betweenness, pairs: 0, connectedPairs: 0, directTies: 0, distances: [] };

  for (const s of sources) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      const coeff = (isTarget[w] && w !== s ? delta[w]! + 1 : delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = neighbours[k]!;
        if (dist[v] === dw - 1) delta[v]! += sigma[v]! * coeff;
      }
      if (w !== s) betweenness[w]! += delta[w]!;
    }
    for (const t of targets) {
      if (t === s) continue;
      out.pairs++;
      const d = dist[t]!;
      if (d < 0) continue;
      out.connectedPairs++;
      if (d === 1) out.directTies++;
      out.distances.push([d, s, t]);
    }
  }
  // networkx's _rescale(normalized=False, directed=False, endpoints=False): × (n-1) / ((n-1)·2)
  // when n - 1 ≥ 2; on smaller graphs every value is 0 anyway.
  if (n - 1 >= 2) for (let v = 0; v < n; v++) betweenness[v]! *= 0.5;
  return out;
}

/** One shortest path from s to t (node indices, s first), or null when t is out of reach. */
export function shortestPath(csr: ActorCsr, s: number, t: number): number[] | null {
  const { offsets, neighbours } = csr;
  const parent = new Int32Array(csr.ids.length).fill(-1);
  parent[s] = s;
  const queue = [s];
  for (let head = 0; head < queue.length && parent[t] === -1; head++) {
    const v = queue[head]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = neighbours[k]!;
      if (parent[w] !== -1) continue;
      parent[w] = v;
      queue.push(w);
    }
  }
  if (parent[t] === -1) return null;
  const path = [t];
  for (let v = t; v !== s; v = parent[v]!) path.push(parent[v]!);
  return path.reverse();
}

/**
 * Burt's constraint of one node, unweighted, as networkx's `constraint(G)`:
 * c(v) = Σ_{w ∈ N(v)} (p_vw + Σ_{q ∈ N(v) ∩ N(w)} p_vq · p_qw)², with p_xy = 1 / deg(x).
 * NaN for an isolated node. `mark` is scratch space of the graph's size, zero-filled.
 */
export function constraintOf(csr: ActorCsr, v: number, mark: Int32Array = new Int32Array(csr.ids.length)): number {
  const { offsets, neighbours } = csr;
  const dv = degreeOf(csr, v);
  if (dv === 0) return NaN;
  const stamp = v + 1;
  for (let k = offsets[v]!; k < offsets[v + 1]!; k++) mark[neighbours[k]!] = stamp;
  let total = 0;
  for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
    const w = neighbours[k]!;
    let indirect = 0;
    for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
      const q = neighbours[j]!;
      if (mark[q] === stamp) indirect += 1 / degreeOf(csr, q);
    }
    const local = 1 / dv + indirect / dv;
    total += local * local;
  }
  for (let k = offsets[v]!; k < offsets[v + 1]!; k++) mark[neighbours[k]!] = 0;
  return total;
}

/** Burt's constraint of every node (NaN for isolates). */
export function burtConstraint(csr: ActorCsr): Float64Array {
  const n = csr.ids.length;
  const out = new Float64Array(n);
  const mark = new Int32Array(n);
  for (let v = 0; v < n; v++) out[v] = constraintOf(csr, v, mark);
  return out;
}
