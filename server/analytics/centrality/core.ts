// k-core number: the largest k such that the actor belongs to a subgraph where everyone has at
// least k ties — how deep in the network's dense centre an actor sits. Batagelj & Zaversnik's
// O(m) bucket algorithm, as networkx's core_number. Ties are counted, never weighed: the option
// `weighted` is accepted for a uniform interface and has no effect.
import { toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';

export interface CoreOptions {
  /** No effect: core numbers are defined on the topology. */
  weighted?: boolean;
}

const DEFAULTS: Required<CoreOptions> = { weighted: false };

export function coreKernel(csr: Csr, options?: CoreOptions): Float64Array {
  const o = withDefaults('core', DEFAULTS, options);
  checkBoolean('core', 'weighted', o.weighted);
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  // Nodes sorted by degree (counting sort), with where each degree's bucket starts.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v]! + 1]!++;
  for (let d = 1; d <= maxDeg + 1; d++) bin[d]! += bin[d - 1]!;
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  const fill = bin.slice();
  for (let v = 0; v < n; v++) {
    pos[v] = fill[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const u = targets[a]!;
      if (deg[u]! > deg[v]!) {
        // Move u to the front of its bucket, then shrink its degree by one.
        const du = deg[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return Float64Array.from(deg);
}

export function core(graph: unknown, options?: CoreOptions): Record<string, number> {
  const csr = toCsr(graph, 'core');
  return toRecord(csr, coreKernel(csr, options));
}
