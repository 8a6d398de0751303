// Bridges and articulation points — the single points of failure: a bridge is a tie whose loss
// splits a component, an articulation point an actor whose departure does. Both come from one
// depth-first search with low-links (Hopcroft & Tarjan), iterative so that long chains of actors
// cannot overflow the call stack.
import type { Csr } from '../kernel/csr.ts';
import { structureCsr, type StructureOptions } from './options.ts';

export interface CutPoints {
  /** Each bridge as [a, b] with a < b; sorted. */
  bridges: [string, string][];
  /** Sorted by id. */
  articulationPoints: string[];
}

export function cutPointsOfCsr(csr: Csr): CutPoints {
  const n = csr.nodes.length;
  const { offsets, targets, nodes } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // next arc to explore per node
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [string, string][] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p === -1) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > disc[p]!) bridges.push(ordered(nodes[p]!, nodes[v]!));
      if (p !== root && low[v]! >= disc[p]!) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const articulationPoints = nodes.filter((_, v) => isCut[v] === 1).sort();
  bridges.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return { bridges, articulationPoints };
}

function ordered(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function bridges(graph: unknown, options?: StructureOptions): [string, string][] {
  return cutPointsOfCsr(structureCsr(graph, 'bridges', options)).bridges;
}

export function articulationPoints(graph: unknown, options?: StructureOptions): string[] {
  return cutPointsOfCsr(structureCsr(graph, 'articulationPoints', options)).articulationPoints;
}
