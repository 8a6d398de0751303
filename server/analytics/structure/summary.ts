// The structure report of one graph: size, density, components, isolates and the single points
// of failure, computed from one Csr. Topology only — tie weights do not change any of these.
import type { Csr } from '../kernel/csr.ts';
import { structureCsr, type StructureOptions } from './options.ts';
import { componentsOfCsr, isolatesOfCsr } from './components.ts';
import { cutPointsOfCsr } from './cut-points.ts';
import { densityOfCsr } from './density.ts';

export interface StructureSummary {
  nodes: number;
  edges: number;
  density: number;
  /** Largest first; members in graph order. */
  components: string[][];
  /** Actors without ties, sorted by id. */
  isolates: string[];
  /** Ties whose removal disconnects their component, as [a, b] with a < b; sorted. */
  bridges: [string, string][];
  /** Actors whose removal disconnects their component, sorted by id. */
  articulationPoints: string[];
}

export function structureOfCsr(csr: Csr): StructureSummary {
  return {
    nodes: csr.nodes.length,
    edges: csr.targets.length / 2,
    density: densityOfCsr(csr),
    components: componentsOfCsr(csr),
    isolates: isolatesOfCsr(csr),
    ...cutPointsOfCsr(csr),
  };
}

export function structure(graph: unknown, options?: StructureOptions): StructureSummary {
  return structureOfCsr(structureCsr(graph, 'structure', options));
}
