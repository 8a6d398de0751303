// Single-source shortest paths on a Csr, shared by betweenness and harmonic closeness: BFS for
// unweighted graphs, Dijkstra (indexed binary heap) over `distances` for weighted ones.
// Each search fills a reusable workspace and leaves `order` holding the reached nodes in
// non-decreasing distance and, when path counts are asked for, the arcs of the shortest-path DAG
// in the order their heads were reached — what Brandes' accumulation walks backwards, touching
// only those arcs instead of rescanning every neighbour.
//
// Path counts follow networkx exactly: with lengths, u precedes v on a shortest path when
// dist[u] + length(u, v) === dist[v], computed with the same floating-point additions
// networkx makes, so ties between equally long paths are recognised the same way.
import type { Csr } from '../kernel/csr.ts';

export interface PathWorkspace {
  /** Distance from the source; Infinity when not reached. */
  dist: Float64Array;
  /** Number of shortest paths from the source (when asked for). */
  sigma: Float64Array;
  /** Reached nodes in non-decreasing distance; the first `count` entries are valid. */
  order: Int32Array;
  count: number;
  /** Dijkstra's indexed heap: keys and nodes by heap slot, and each node's slot. */
  heapKeys: Float64Array;
  heapNodes: Int32Array;
  heapPosition: Int32Array;
  /** With sigma: the shortest-path DAG's arcs u→v, in the order v was reached (dagFrom[i] → dagTo[i]). */
  dagFrom: Int32Array;
  dagTo: Int32Array;
  dagCount: number;
}

const UNQUEUED = -1;
const SETTLED = -2;

export function createWorkspace(csr: Csr): PathWorkspace {
  const n = csr.nodes.length;
  return {
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    order: new Int32Array(n),
    count: 0,
    heapKeys: new Float64Array(n),
    heapNodes: new Int32Array(n),
    heapPosition: new Int32Array(n).fill(UNQUEUED),
    dagFrom: new Int32Array(csr.targets.length),
    dagTo: new Int32Array(csr.targets.length),
    dagCount: 0,
  };
}

/** Clears what the last search wrote, in O(reached) rather than O(n). */
export function resetWorkspace(ws: PathWorkspace): void {
  for (let i = 0; i < ws.count; i++) {
    const v = ws.order[i]!;
    ws.dist[v] = Infinity;
    ws.sigma[v] = 0;
    ws.heapPosition[v] = UNQUEUED;
  }
  ws.count = 0;
  ws.dagCount = 0;
}

/** Breadth-first search from s; every arc has length 1. */
export function bfs(csr: Csr, s: number, ws: PathWorkspace, withSigma: boolean): void {
  const { offsets, targets } = csr;
  const { dist, sigma, order, dagFrom, dagTo } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let count = 1;
  let dag = 0;
  for (let head = 0; head < count; head++) {
    const v = order[head]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
      const w = targets[a]!;
      const dw = dist[w]!;
      if (dw === Infinity) {
        dist[w] = next;
        order[count++] = w;
      } else if (dw !== next) continue;
      if (withSigma) {
        sigma[w]! += sv;
        dagFrom[dag] = v;
        dagTo[dag++] = w;
      }
    }
  }
  ws.count = count;
  ws.dagCount = dag;
}

/**
 * Dijkstra from s over positive arc lengths, with an indexed binary heap (decrease-key): the heap
 * never holds more than the frontier, and a settled node is never looked at again.
 */
export function dijkstra(csr: Csr, lengths: Float64Array, s: number, ws: PathWorkspace, withSigma: boolean): void {
  const { offsets, targets } = csr;
  const { dist, sigma, order, heapKeys: keys, heapNodes: heap, heapPosition: position, dagFrom, dagTo } = ws;
  let dag = 0;
  let count = 0;
  let size = 1;
  dist[s] = 0;
  heap[0] = s;
  keys[0] = 0;
  position[s] = 0;
  while (size > 0) {
    const v: number = heap[0]!;
    const d: number = keys[0]!;
    position[v] = SETTLED;
    order[count++] = v;
    // Pop: the last entry replaces the root and sinks.
    if (--size > 0) {
      const node = heap[size]!;
      const key = keys[size]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= key) break;
        heap[i] = heap[child]!;
        keys[i] = keys[child]!;
        position[heap[i]!] = i;
        i = child;
      }
      heap[i] = node;
      keys[i] = key;
      position[node] = i;
    }
    if (withSigma) {
      if (v === s) sigma[v] = 1;
      else {
        let paths = 0;
        for (let a: number = offsets[v]!, end: number = offsets[v + 1]!; a < end; a++) {
          const u = targets[a]!;
          if (dist[u]! + lengths[a]! === d) {
            paths += sigma[u]!;
            dagFrom[dag] = u;
            dagTo[dag++] = v;
          }
        }
        sigma[v] = paths;
      }
    }
    for (let a: number = offsets[v]!, end: number = offsets[v + 1]!; a < end; a++) {
      const w = targets[a]!;
      const candidate = d + lengths[a]!;
      if (candidate < dist[w]!) {
        // A shorter path to w (never settled: its distance would be ≤ d). Insert or decrease, then rise.
        dist[w] = candidate;
        let i = position[w]! === UNQUEUED ? size++ : position[w]!;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (keys[parent]! <= candidate) break;
          heap[i] = heap[parent]!;
          keys[i] = keys[parent]!;
          position[heap[i]!] = i;
          i = parent;
        }
        heap[i] = w;
        keys[i] = candidate;
        position[w] = i;
      }
    }
  }
  ws.count = count;
  ws.dagCount = dag;
}
