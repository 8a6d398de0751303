// Harmonic closeness: the sum of 1/d(v, u) over all other actors u — how near an actor is to
// everyone, where unreachable actors add 0 (so, unlike classic closeness, it stays meaningful on
// a graph in pieces, which filtered collaboration graphs usually are). Unweighted, a bit-parallel
// multi-source BFS runs 256 searches per pass over the arcs; weighted, one Dijkstra over
// `distance` per node. Sources split across worker threads like betweenness.
//
// Raw values equal networkx's harmonic_centrality(G, distance='distance' | None). By default they
// are normalised by n - 1, the most an actor can score, so 1 means "tied directly to everyone".
import { arcValues, toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';
import { createWorkspace, dijkstra, resetWorkspace } from '../kernel/shortest-paths.ts';

export interface ClosenessOptions {
  /** Path length is the tie's `distance` (1/weight) instead of 1 per tie. */
  weighted?: boolean;
  /** Divide by n - 1. */
  normalized?: boolean;
}

const DEFAULTS: Required<ClosenessOptions> = { weighted: false, normalized: true };

export function resolveCloseness(options: ClosenessOptions | undefined): Required<ClosenessOptions> {
  const o = withDefaults('closeness', DEFAULTS, options);
  checkBoolean('closeness', 'weighted', o.weighted);
  checkBoolean('closeness', 'normalized', o.normalized);
  return o;
}

/**
 * Adds Σ 1/d(s, t) over the sources s = from .. to - 1 to into[t], for every node t. Over all
 * sources this is each node's harmonic sum (distances are symmetric), so parts computed for
 * disjoint source ranges — on different workers — simply add up.
 */
export function harmonicSums(
  csr: Csr,
  weighted: boolean,
  range: { from?: number; to?: number } = {},
  into: Float64Array = new Float64Array(csr.nodes.length),
): Float64Array {
  const from = range.from ?? 0;
  const to = range.to ?? csr.nodes.length;
  if (!weighted) return multiSourceBfs(csr, from, to, into);
  const lengths = arcValues(csr, 'distances', 'closeness');
  const ws = createWorkspace(csr);
  const { dist, order } = ws;
  for (let s = from; s < to; s++) {
    dijkstra(csr, lengths, s, ws, false);
    for (let j = 1; j < ws.count; j++) into[order[j]!]! += 1 / dist[order[j]!]!;
    resetWorkspace(ws);
  }
  return into;
}

/** 32-bit words of sources per node: 32 × WORDS breadth-first searches run side by side. */
const WORDS = 8;

/**
 * Unweighted harmonic sums by multi-source BFS (Then et al., "The more the merrier", VLDB 2014):
 * a batch of 32 × WORDS sources advances level by level together, one bit per source, so each
 * arc is scanned once per level for the whole batch instead of once per source. At level d a
 * node first reached by c of the batch's sources gains c/d.
 */
function multiSourceBfs(csr: Csr, from: number, to: number, into: Float64Array): Float64Array {
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const seen = new Int32Array(n * WORDS);
  const frontier = new Int32Array(n * WORDS);
  const next = new Int32Array(n * WORDS);
  const active = new Int32Array(n);
  const touched = new Int32Array(n);
  const isTouched = new Uint8Array(n);
  for (let base = from; base < to; base += 32 * WORDS) {
    const batch = Math.min(32 * WORDS, to - base);
    seen.fill(0);
    let activeCount = 0;
    for (let j = 0; j < batch; j++) {
      const s = base + j;
      const bit = 1 << (j & 31);
      seen[s * WORDS + (j >>> 5)]! |= bit;
      frontier[s * WORDS + (j >>> 5)]! |= bit;
      active[activeCount++] = s; // sources are distinct: each appears once
    }
    for (let d = 1; activeCount > 0; d++) {
      let touchedCount = 0;
      for (let i = 0; i < activeCount; i++) {
        const v = active[i]! * WORDS;
        for (let a = offsets[active[i]!]!, end = offsets[active[i]! + 1]!; a < end; a++) {
          const w = targets[a]!;
          if (isTouched[w] === 0) {
            isTouched[w] = 1;
            touched[touchedCount++] = w;
          }
          const x = w * WORDS;
          for (let k = 0; k < WORDS; k++) next[x + k]! |= frontier[v + k]!;
        }
      }
      for (let i = 0; i < activeCount; i++) frontier.fill(0, active[i]! * WORDS, active[i]! * WORDS + WORDS);
      activeCount = 0;
      const inverse = 1 / d;
      for (let i = 0; i < touchedCount; i++) {
        const w = touched[i]!;
        isTouched[w] = 0;
        const x = w * WORDS;
        let reached = 0;
        for (let k = 0; k < WORDS; k++) {
          const fresh = next[x + k]! & ~seen[x + k]!;
          next[x + k] = 0;
          if (fresh !== 0) {
            seen[x + k]! |= fresh;
            frontier[x + k] = fresh;
            reached += popcount(fresh);
          }
        }
        if (reached > 0) {
          into[w]! += reached * inverse;
          active[activeCount++] = w;
        }
      }
    }
  }
  return into;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function normalizeCloseness(sums: Float64Array, normalized: boolean): Float64Array {
  const n = sums.length;
  if (normalized && n > 1) for (let v = 0; v < n; v++) sums[v]! /= n - 1;
  return sums;
}

export function closenessKernel(csr: Csr, options?: ClosenessOptions): Float64Array {
  const o = resolveCloseness(options);
  return normalizeCloseness(harmonicSums(csr, o.weighted), o.normalized);
}

export function closeness(graph: unknown, options?: ClosenessOptions): Record<string, number> {
  const csr = toCsr(graph, 'closeness');
  return toRecord(csr, closenessKernel(csr, options));
}
