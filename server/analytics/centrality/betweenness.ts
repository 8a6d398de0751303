// Betweenness: how often an actor lies on the shortest paths between two others — the broker
// position. Brandes' algorithm on typed arrays: one BFS (or Dijkstra over `distance`) per
// source, then dependencies accumulated backwards. graphology-metrics runs the same algorithm
// on its object adjacency about 6× slower than igraph; this kernel is what makes 10k actors
// feasible, and sources split cleanly across worker threads (brandesAccumulate per chunk, sum,
// then rescaleBetweenness once).
//
// Weighted, a path's length is the sum of the ties' `distance` (1/weight), never of `weight`:
// weight is the closeness of a tie, so using it as a length (as graphology-metrics' betweenness
// does with getEdgeWeight: 'weight', and networkx with weight='weight') would route shortest
// paths through the *weakest* ties.
//
// Values match networkx's betweenness_centrality(G, normalized, weight='distance' | None,
// endpoints=False): for undirected graphs normalised by 1/((n-1)(n-2)), raw by 1/2. Sampled
// mode (`samples` = k sources, drawn with a seeded RNG) rescales as networkx ≥ 3.5 does with k:
// sampled sources by 1/(k-1), the others by 1/k, relative to the exact scale.
import { arcValues, toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, checkNumber, withDefaults } from '../kernel/options.ts';
import { sampleIndices } from '../kernel/random.ts';
import { bfs, createWorkspace, dijkstra, resetWorkspace } from '../kernel/shortest-paths.ts';

export interface BetweennessOptions {
  /** Path length is the tie's `distance` (1/weight) instead of 1 per tie. */
  weighted?: boolean;
  normalized?: boolean;
  /** Estimate from this many sampled sources (≥ 2); null = exact. */
  samples?: number | null;
  seed?: number;
}

const DEFAULTS: Required<BetweennessOptions> = { weighted: false, normalized: true, samples: null, seed: 1 };

export function resolveBetweenness(options: BetweennessOptions | undefined): Required<BetweennessOptions> {
  const o = withDefaults('betweenness', DEFAULTS, options);
  checkBoolean('betweenness', 'weighted', o.weighted);
  checkBoolean('betweenness', 'normalized', o.normalized);
  if (o.samples !== null) checkNumber('betweenness', 'samples', o.samples, { integer: true, min: 2 });
  checkNumber('betweenness', 'seed', o.seed, { integer: true });
  return o;
}

/** The sources to search from: null for all (exact, also when samples ≥ n), else the sample. */
export function betweennessSources(csr: Csr, options: Required<BetweennessOptions>): Int32Array | null {
  const n = csr.nodes.length;
  if (options.samples === null || options.samples >= n) return null;
  return sampleIndices(n, options.samples, options.seed);
}

/**
 * Adds each source's dependencies δ_s(v) to `into` (Brandes), for sources[from .. to) or every
 * node when `sources` is null. The sum counts ordered pairs; rescaleBetweenness finishes it.
 */
export function brandesAccumulate(
  csr: Csr,
  sources: Int32Array | null,
  weighted: boolean,
  range: { from?: number; to?: number } = {},
  into: Float64Array = new Float64Array(csr.nodes.length),
): Float64Array {
  const lengths = weighted ? arcValues(csr, 'distances', 'betweenness') : null;
  const ws = createWorkspace(csr);
  const { sigma, order, dagFrom, dagTo } = ws;
  const delta = new Float64Array(csr.nodes.length);
  const from = range.from ?? 0;
  const to = range.to ?? (sources === null ? csr.nodes.length : sources.length);
  for (let i = from; i < to; i++) {
    const s = sources === null ? i : sources[i]!;
    if (lengths === null) bfs(csr, s, ws, true);
    else dijkstra(csr, lengths, s, ws, true);
    // DAG arcs u→w come grouped by w in the order w was reached, so walking them backwards
    // finishes every delta[w] before it flows on to w's predecessors.
    for (let j = ws.dagCount - 1; j >= 0; j--) {
      const w = dagTo[j]!;
      const u = dagFrom[j]!;
      delta[u]! += sigma[u]! * ((1 + delta[w]!) / sigma[w]!);
    }
    for (let j = 1; j < ws.count; j++) {
      const w = order[j]!;
      into[w]! += delta[w]!;
    }
    for (let j = 0; j < ws.count; j++) delta[order[j]!] = 0;
    resetWorkspace(ws);
  }
  return into;
}

/** networkx's _rescale for undirected graphs without endpoints; modifies `raw` in place. */
export function rescaleBetweenness(raw: Float64Array, normalized: boolean, sampled: Int32Array | null): Float64Array {
  const N = raw.length - 1; // pairs (s, t) through v exclude v itself
  if (N < 2) return raw;
  if (sampled === null) {
    const scale = normalized ? 1 / (N * (N - 1)) : 1 / 2;
    for (let v = 0; v < raw.length; v++) raw[v]! *= scale;
    return raw;
  }
  const k = sampled.length;
  const scaleSource = normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * 2);
  const scaleOther = normalized ? 1 / (k * (N - 1)) : N / (k * 2);
  const isSource = new Uint8Array(raw.length);
  for (const s of sampled) isSource[s] = 1;
  for (let v = 0; v < raw.length; v++) raw[v]! *= isSource[v] ? scaleSource : scaleOther;
  return raw;
}

export function betweennessKernel(csr: Csr, options?: BetweennessOptions): Float64Array {
  const o = resolveBetweenness(options);
  const sources = betweennessSources(csr, o);
  return rescaleBetweenness(brandesAccumulate(csr, sources, o.weighted), o.normalized, sources);
}

export function betweenness(graph: unknown, options?: BetweennessOptions): Record<string, number> {
  const csr = toCsr(graph, 'betweenness');
  return toRecord(csr, betweennessKernel(csr, options));
}
