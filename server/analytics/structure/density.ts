// Density: the share of possible ties that exist, 2m / (n(n-1)) for an undirected graph — the
// yardstick the gap analytics compare sector-pair densities against. 0 with fewer than two actors,
// as networkx's density.
import type { Csr } from '../kernel/csr.ts';
import { structureCsr, type StructureOptions } from './options.ts';

export function densityOfCsr(csr: Csr): number {
  const n = csr.nodes.length;
  const m = csr.targets.length / 2;
  return n < 2 ? 0 : (2 * m) / (n * (n - 1));
}

export function density(graph: unknown, options?: StructureOptions): number {
  return densityOfCsr(structureCsr(graph, 'density', options));
}
