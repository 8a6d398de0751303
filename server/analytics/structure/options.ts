// The structure measures take the same `weighted` option as every analytic, for a uniform
// interface; none of them depends on tie weights (components, bridges and cut points are
// topology; density counts ties, as networkx's density does), so it has no effect.
import { toCsr, type Csr } from '../kernel/csr.ts';
import { checkBoolean, withDefaults } from '../kernel/options.ts';

export interface StructureOptions {
  /** No effect: structure is topology. */
  weighted?: boolean;
}

const DEFAULTS: Required<StructureOptions> = { weighted: false };

/** Checks the options and the graph, and converts it. */
export function structureCsr(graph: unknown, module: string, options: StructureOptions | undefined): Csr {
  checkBoolean(module, 'weighted', withDefaults(module, DEFAULTS, options).weighted);
  return toCsr(graph, module);
}
