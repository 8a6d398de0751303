// Eigenvector centrality: an actor matters when the actors it is tied to matter. Power
// iteration on A + I exactly as networkx's eigenvector_centrality does it (start 1/n, the shift
// by I keeps bipartite graphs from oscillating, Euclidean normalisation, stop when the L1 change
// is below n·tolerance), so both stop at the same iteration with the same vector. Weighted, A
// holds the ties' `weight` (closeness). On a graph in pieces the vector concentrates on the
// component with the largest eigenvalue; the rest tend to 0.
//
// maxIter defaults to 1000 rather than networkx's 100: where networkx converges the answer is
// identical; where it gives up, this keeps going a while before failing.
import { NotConverged } from '../errors.ts';
import { arcValues, toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, checkNumber, withDefaults } from '../kernel/options.ts';

export interface EigenvectorOptions {
  /** A holds `weight` instead of 1 per tie. */
  weighted?: boolean;
  maxIter?: number;
  tolerance?: number;
}

const DEFAULTS: Required<EigenvectorOptions> = { weighted: false, maxIter: 1000, tolerance: 1e-6 };

export function eigenvectorKernel(csr: Csr, options?: EigenvectorOptions): Float64Array {
  const o = withDefaults('eigenvector', DEFAULTS, options);
  checkBoolean('eigenvector', 'weighted', o.weighted);
  checkNumber('eigenvector', 'maxIter', o.maxIter, { integer: true, min: 1 });
  checkNumber('eigenvector', 'tolerance', o.tolerance, { above: 0 });
  const n = csr.nodes.length;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets } = csr;
  const weights = o.weighted ? arcValues(csr, 'weights', 'eigenvector') : null;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIter; iteration++) {
    next.set(x);
    for (let v = 0; v < n; v++) {
      const xv = x[v]!;
      for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
        next[targets[a]!]! += weights === null ? xv : xv * weights[a]!;
      }
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += next[v]! * next[v]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * o.tolerance) return x;
  }
  throw new NotConverged('eigenvector', `power iteration did not converge in ${o.maxIter} iterations (tolerance ${o.tolerance})`);
}

export function eigenvector(graph: unknown, options?: EigenvectorOptions): Record<string, number> {
  const csr = toCsr(graph, 'eigenvector');
  return toRecord(csr, eigenvectorKernel(csr, options));
}
