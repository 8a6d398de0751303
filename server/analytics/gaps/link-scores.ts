// The inner loop of link prediction: Adamic–Adar, resource allocation and Jaccard for every
// unlinked pair within two hops, as networkx defines them on an unweighted simple graph:
//   adamicAdar(u, v)         = Σ_{w ∈ N(u) ∩ N(v)} 1 / ln deg(w)
//   resourceAllocation(u, v) = Σ_{w ∈ N(u) ∩ N(v)} 1 / deg(w)
//   jaccard(u, v)            = |N(u) ∩ N(v)| / |N(u) ∪ N(v)|
// Pairs further apart score 0 on all three and are never listed. For each u the loop walks
// u → w → v once, accumulating into arrays indexed by v (no per-pair objects), so all pairs cost
// Σ deg(w)² steps; the best pairs are kept in a bounded heap over typed arrays.
import { degreeOf, inOneHierarchy, type ActorCsr } from '../kernel/actor-csr.ts';

export const SCORE_ADAMIC_ADAR = 0;
export const SCORE_RESOURCE_ALLOCATION = 1;
export const SCORE_JACCARD = 2;
export type ScoreIndex = typeof SCORE_ADAMIC_ADAR | typeof SCORE_RESOURCE_ALLOCATION | typeof SCORE_JACCARD;

export interface ScoredPairs {
  count: number;
  u: Int32Array;
  v: Int32Array;
  adamicAdar: Float64Array;
  resourceAllocation: Float64Array;
  jaccard: Float64Array;
}

export interface TopPairsOptions {
  limit: number;
  sortBy: ScoreIndex;
  /** Only pairs of this node (index), which is then always `u`. */
  node?: number | undefined;
  crossSector?: boolean | undefined;
  crossSectorFirst?: boolean | undefined;
  excludeHierarchy?: boolean | undefined;
  /** Only pairs with at least one node of these sectors: bit i set for SECTOR_IDS[i]. */
  sectorMask?: number | undefined;
}

export interface TopPairs {
  /** Unlinked pairs within two hops that passed the filters. */
  candidates: number;
  pairs: ScoredPairs;
}

/**
 * Per-node weights of a shared neighbour (1 / ln deg, 1 / deg) and the scratch arrays of the
 * walk, made once per graph: a query for one actor then costs only its own two-hop walk.
 * Marks carry a fresh stamp per walked node, so they never need clearing.
 */
interface Workspace {
  invLog: Float64Array;
  invDeg: Float64Array;
  mark: Int32Array;
  stamp: number;
  common: Int32Array;
  aa: Float64Array;
  ra: Float64Array;
  touched: Int32Array;
}

const workspaces = new WeakMap<ActorCsr, Workspace>();

function workspace(csr: ActorCsr): Workspace {
  let ws = workspaces.get(csr);
  if (ws) return ws;
  const n = csr.ids.length;
  ws = {
    invLog: new Float64Array(n),
    invDeg: new Float64Array(n),
    mark: new Int32Array(n),
    stamp: 0,
    common: new Int32Array(n),
    aa: new Float64Array(n),
    ra: new Float64Array(n),
    touched: new Int32Array(n),
  };
  for (let w = 0; w < n; w++) {
    const d = degreeOf(csr, w);
    ws.invDeg[w] = d > 0 ? 1 / d : 0;
    ws.invLog[w] = d > 1 ? 1 / Math.log(d) : 0;
  }
  workspaces.set(csr, ws);
  return ws;
}

/**
 * Walk the two-hop pairs, calling `visit(u, v, aa, ra, jaccard)` once per unlinked pair: u < v
 * over all nodes, or (node, v) for every v when `node` is given.
 */
function walkPairs(
  csr: ActorCsr,
  node: number | undefined,
  visit: (u: number, v: number, aa: number, ra: number, jaccard: number) => void,
): void {
  const { offsets, neighbours } = csr;
  const n = csr.ids.length;
  const ws = workspace(csr);
  const { invLog, invDeg, mark, common, aa, ra, touched } = ws;
  if (ws.stamp > 0x7fffffff - n) {
    mark.fill(0);
    ws.stamp = 0;
  }
  const first = node ?? 0;
  const last = node ?? n - 1;
  const allPairs = node === undefined;

  for (let u = first; u <= last; u++) {
    const stamp = ++ws.stamp;
    const uStart = offsets[u]!;
    const uEnd = offsets[u + 1]!;
    mark[u] = stamp;
    for (let k = uStart; k < uEnd; k++) mark[neighbours[k]!] = stamp;
    let t = 0;
    for (let k = uStart; k < uEnd; k++) {
      const w = neighbours[k]!;
      const iw = invLog[w]!;
      const rw = invDeg[w]!;
      // Neighbours are sorted: walking down from the top, stop at v ≤ u when listing u < v.
      for (let j = offsets[w + 1]! - 1, stop = offsets[w]!; j >= stop; j--) {
        const v = neighbours[j]!;
        if (allPairs && v <= u) break;
        if (mark[v] === stamp) continue;
        if (common[v] === 0) touched[t++] = v;
        common[v]!++;
        aa[v]! += iw;
        ra[v]! += rw;
      }
    }
    const du = uEnd - uStart;
    for (let i = 0; i < t; i++) {
      const v = touched[i]!;
      const c = common[v]!;
      visit(u, v, aa[v]!, ra[v]!, c / (du + degreeOf(csr, v) - c));
      common[v] = 0;
      aa[v] = 0;
      ra[v] = 0;
    }
  }
}

function emptyPairs(capacity: number): ScoredPairs {
  return {
    count: 0,
    u: new Int32Array(capacity),
    v: new Int32Array(capacity),
    adamicAdar: new Float64Array(capacity),
    resourceAllocation: new Float64Array(capacity),
    jaccard: new Float64Array(capacity),
  };
}

function grow(p: ScoredPairs): ScoredPairs {
  const bigger = emptyPairs(Math.max(16, p.u.length * 2));
  bigger.count = p.count;
  bigger.u.set(p.u);
  bigger.v.set(p.v);
  bigger.adamicAdar.set(p.adamicAdar);
  bigger.resourceAllocation.set(p.resourceAllocation);
  bigger.jaccard.set(p.jaccard);
  return bigger;
}

/** All three scores for every unlinked pair within two hops (u < v), in walk order. */
export function scoreAllPairs(csr: ActorCsr): ScoredPairs {
  let out = emptyPairs(Math.max(16, csr.neighbours.length));
  walkPairs(csr, undefined, (u, v, aa, ra, jac) => {
    if (out.count === out.u.length) out = grow(out);
    const i = out.count++;
    out.u[i] = u;
    out.v[i] = v;
    out.adamicAdar[i] = aa;
    out.resourceAllocation[i] = ra;
    out.jaccard[i] = jac;
  });
  return out;
}

/**
 * The `limit` best pairs by `sortBy` (cross-sector pairs first when asked), best first. Ties in
 * score go to the lower node indices, so the answer does not depend on walk order.
 */
export function topPairs(csr: ActorCsr, options: TopPairsOptions): TopPairs {
  const { limit, sortBy } = options;
  const { sector } = csr;
  const crossOnly = options.crossSector === true;
  const crossFirst = options.crossSectorFirst === true;
  const hierarchy = options.excludeHierarchy === true;
  const sectorMask = options.sectorMask;
  // Heap of the best so far with the worst at the root: slots into `kept`, ordered by `worse`.
  const kept = emptyPairs(limit);
  const key = new Float64Array(limit);
  const cross = new Uint8Array(limit);
  const heap = new Int32Array(limit);
  let size = 0;
  let candidates = 0;

  // Is slot a ranked below slot b?
  const worse = (a: number, b: number): boolean => {
    if (crossFirst && cross[a] !== cross[b]) return cross[a]! < cross[b]!;
    if (key[a] !== key[b]) return key[a]! < key[b]!;
    if (kept.u[a] !== kept.u[b]) return kept.u[a]! > kept.u[b]!;
    return kept.v[a]! > kept.v[b]!;
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(heap[l]!, heap[m]!)) m = l;
      if (r < size && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      const tmp = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = tmp;
      i = m;
    }
  };
  const siftUp = (from: number) => {
    let i = from;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) return;
      const tmp = heap[i]!;
      heap[i] = heap[p]!;
      heap[p] = tmp;
      i = p;
    }
  };
  const put = (slot: number, u: number, v: number, aa: number, ra: number, jac: number, isCross: number) => {
    kept.u[slot] = u;
    kept.v[slot] = v;
    kept.adamicAdar[slot] = aa;
    kept.resourceAllocation[slot] = ra;
    kept.jaccard[slot] = jac;
    key[slot] = sortBy === SCORE_ADAMIC_ADAR ? aa : sortBy === SCORE_RESOURCE_ALLOCATION ? ra : jac;
    cross[slot] = isCross;
  };
  walkPairs(csr, options.node, (u, v, aa, ra, jac) => {
    const isCross = sector[u] !== sector[v] ? 1 : 0;
    if (crossOnly && isCross === 0) return;
    if (hierarchy && inOneHierarchy(csr, u, v)) return;
    if (sectorMask !== undefined && (((1 << sector[u]!) | (1 << sector[v]!)) & sectorMask) === 0) return;
    candidates++;
    if (size < limit) {
      put(size, u, v, aa, ra, jac, isCross);
      heap[size] = size;
      siftUp(size++);
      return;
    }
    // Full: replace the root when the candidate ranks above it.
    const root = heap[0]!;
    const score = sortBy === SCORE_ADAMIC_ADAR ? aa : sortBy === SCORE_RESOURCE_ALLOCATION ? ra : jac;
    let better: boolean;
    if (crossFirst && isCross !== cross[root]) better = isCross > cross[root]!;
    else if (score !== key[root]) better = score > key[root]!;
    else if (u !== kept.u[root]) better = u < kept.u[root]!;
    else better = v < kept.v[root]!;
    if (!better) return;
    put(root, u, v, aa, ra, jac, isCross);
    siftDown(0);
  });

  const order = Array.from(heap.subarray(0, size)).sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  const pairs = emptyPairs(size);
  pairs.count = size;
  order.forEach((slot, i) => {
    pairs.u[i] = kept.u[slot]!;
    pairs.v[i] = kept.v[slot]!;
    pairs.adamicAdar[i] = kept.adamicAdar[slot]!;
    pairs.resourceAllocation[i] = kept.resourceAllocation[slot]!;
    pairs.jaccard[i] = kept.jaccard[slot]!;
  });
  return { candidates, pairs };
}
