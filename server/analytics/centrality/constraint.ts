// Burt's constraint: how much an actor's ties lead into one closed group — high when its
// contacts are few and tied to each other (no structural holes to broker), low when they are
// many and disconnected. No graph library for JavaScript has it, so here it is, as networkx's
// constraint: c(u) = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)², where p_uv is the share of
// u's ties (by `weight` when weighted, else by count) that go to v. Undefined (null) for
// isolated actors, as networkx's NaN.
import { arcValues, toCsr, toNullableRecord, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';

export interface ConstraintOptions {
  /** Shares of ties by `weight` instead of by count. */
  weighted?: boolean;
}

const DEFAULTS: Required<ConstraintOptions> = { weighted: false };

/** Per node; NaN for isolates. */
export function constraintKernel(csr: Csr, options?: ConstraintOptions): Float64Array {
  const o = withDefaults('constraint', DEFAULTS, options);
  checkBoolean('constraint', 'weighted', o.weighted);
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const weights = o.weighted ? arcValues(csr, 'weights', 'constraint') : null;
  const w = (a: number): number => (weights === null ? 1 : weights[a]!);

  // p[a] for arc u→v: the share of u's tie strength going to v.
  const total = new Float64Array(n);
  const share = new Float64Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) total[u]! += w(a);
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) share[a] = w(a) / total[u]!;
  }

  const out = new Float64Array(n);
  const shareFromU = new Float64Array(n); // p_uw for w ∈ N(u), 0 elsewhere
  for (let u = 0; u < n; u++) {
    if (offsets[u] === offsets[u + 1]) {
      out[u] = NaN;
      continue;
    }
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) shareFromU[targets[a]!] = share[a]!;
    let c = 0;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const v = targets[a]!;
      let indirect = 0;
      // p_xv ≠ 0 only for x ∈ N(v): walk v's arcs; ties are symmetric, so p_xv = w(v→x) / total[x].
      for (let b = offsets[v]!; b < offsets[v + 1]!; b++) {
        const x = targets[b]!;
        const pux = shareFromU[x]!;
        if (pux !== 0) indirect += pux * (w(b) / total[x]!);
      }
      const local = share[a]! + indirect;
      c += local * local;
    }
    out[u] = c;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) shareFromU[targets[a]!] = 0;
  }
  return out;
}

export function constraint(graph: unknown, options?: ConstraintOptions): Record<string, number | null> {
  const csr = toCsr(graph, 'constraint');
  return toNullableRecord(csr, constraintKernel(csr, options));
}
