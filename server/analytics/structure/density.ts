// Density: the share of possible ties that exist, 2m / (n(n-1)) for an undirected graph — the
// yardstick the gap analytics compare sector-pair densities against. 0 with fewer than two actors,
// as networkx's density.
import { toCsr, type Csr } from '../csr.ts';

export function densityOfCsr(csr: Csr): number {
  const n = csr.nodes.length;
  const m = csr.targets.length / 2;
  return n < 2 ? 0 : (2 * m) / (n * (n - 1));
}

export function density(graph: unknown): number {
  return densityOfCsr(toCsr(graph, 'density'));
}
