// Degree: how many actors an actor is tied to — in total, or counting only neighbours linked
// by at least one tie of a given collaboration type (a merged edge carries every type of the
// ties it merges). Weighted, it sums the ties' `weight` (closeness) instead: "weighted degree",
// or strength. Unweighted it equals networkx's G.degree(); weighted, G.degree(weight='weight').
import type { CollaborationType } from '../../domain/schemas.ts';
import { arcValues, toCsr, toRecord, TYPE_BITS, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';

export interface DegreeOptions {
  /** Sum `weight` instead of counting neighbours. */
  weighted?: boolean;
  /** Only ties that include this collaboration type. */
  type?: CollaborationType | null;
}

const DEFAULTS: Required<DegreeOptions> = { weighted: false, type: null };

function resolve(options: DegreeOptions | undefined): Required<DegreeOptions> {
  const o = withDefaults('degree', DEFAULTS, options);
  checkBoolean('degree', 'weighted', o.weighted);
  if (o.type !== null && TYPE_BITS[o.type] === undefined) {
    throw new Error(`degree: unknown collaboration type '${String(o.type)}' (known: ${Object.keys(TYPE_BITS).join(', ')})`);
  }
  return o;
}

export function degreeKernel(csr: Csr, options?: DegreeOptions): Float64Array {
  const { weighted, type } = resolve(options);
  const n = csr.nodes.length;
  const { offsets, typeMasks } = csr;
  const weights = weighted ? arcValues(csr, 'weights', 'degree') : null;
  const bit = type === null ? 0 : TYPE_BITS[type]!;
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      if (bit !== 0 && (typeMasks[a]! & bit) === 0) continue;
      sum += weights === null ? 1 : weights[a]!;
    }
    out[v] = sum;
  }
  return out;
}

export function degree(graph: unknown, options?: DegreeOptions): Record<string, number> {
  const csr = toCsr(graph, 'degree');
  return toRecord(csr, degreeKernel(csr, options));
}
