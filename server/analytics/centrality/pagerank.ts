// PageRank: the share of time a random walker spends at an actor, following ties (in
// proportion to `weight` when weighted) and jumping anywhere with probability 1 - alpha. The
// same power iteration as networkx's pagerank (scipy variant): start 1/n, dangling (isolated)
// actors spread their rank uniformly, stop when the L1 change is below n·tolerance.
import { NotConverged } from '../errors.ts';
import { arcValues, toCsr, toRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, checkNumber, withDefaults } from '../kernel/options.ts';

export interface PagerankOptions {
  /** Walk ties in proportion to `weight` instead of uniformly. */
  weighted?: boolean;
  /** Damping: the probability of following a tie rather than jumping. */
  alpha?: number;
  maxIter?: number;
  tolerance?: number;
}

const DEFAULTS: Required<PagerankOptions> = { weighted: false, alpha: 0.85, maxIter: 100, tolerance: 1e-6 };

export function pagerankKernel(csr: Csr, options?: PagerankOptions): Float64Array {
  const o = withDefaults('pagerank', DEFAULTS, options);
  checkBoolean('pagerank', 'weighted', o.weighted);
  const alpha = checkNumber('pagerank', 'alpha', o.alpha, { above: 0, below: 1 });
  checkNumber('pagerank', 'maxIter', o.maxIter, { integer: true, min: 1 });
  checkNumber('pagerank', 'tolerance', o.tolerance, { above: 0 });
  const n = csr.nodes.length;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets } = csr;
  const weights = o.weighted ? arcValues(csr, 'weights', 'pagerank') : null;

  const strength = new Float64Array(n);
  const dangling: number[] = [];
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) s += weights === null ? 1 : weights[a]!;
    strength[v] = s;
    if (s === 0) dangling.push(v);
  }

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIter; iteration++) {
    let danglingSum = 0;
    for (const v of dangling) danglingSum += x[v]!;
    next.fill(0);
    for (let v = 0; v < n; v++) {
      if (strength[v] === 0) continue;
      const share = x[v]! / strength[v]!;
      for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
        next[targets[a]!]! += weights === null ? share : share * weights[a]!;
      }
    }
    const base = alpha * (danglingSum / n) + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = alpha * next[v]! + base;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * o.tolerance) return x;
  }
  throw new NotConverged('pagerank', `power iteration did not converge in ${o.maxIter} iterations (tolerance ${o.tolerance})`);
}

export function pagerank(graph: unknown, options?: PagerankOptions): Record<string, number> {
  const csr = toCsr(graph, 'pagerank');
  return toRecord(csr, pagerankKernel(csr, options));
}
