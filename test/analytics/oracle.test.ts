// Every centrality, the structure measures and Louvain's modularity, compared with networkx on
// the same graphs: the named fixtures, seeded random graphs (connected, in pieces, with isolates,
// weighted) and the seed dataset when it exists. networkx runs at test time
// (scripts/oracle/networkx_oracle.py); see oracle.ts.
//
// Tolerance: 1e-6 absolute everywhere. Eigenvector and PageRank are iterative, but they repeat
// networkx's own iteration and stopping rule, so the same 1e-6 holds. Louvain is randomised, so
// its partition is not compared; its modularity must equal networkx's modularity of the *same*
// partition (1e-6) and come within 0.03 of networkx's own Louvain run.
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsr, type AnyGraph, type Csr } from '../../server/analytics/kernel/csr.ts';
import { degreeKernel } from '../../server/analytics/centrality/degree.ts';
import { betweennessKernel, betweennessSources, resolveBetweenness } from '../../server/analytics/centrality/betweenness.ts';
import { closenessKernel } from '../../server/analytics/centrality/closeness.ts';
import { eigenvectorKernel } from '../../server/analytics/centrality/eigenvector.ts';
import { pagerankKernel } from '../../server/analytics/centrality/pagerank.ts';
import { coreKernel } from '../../server/analytics/centrality/core.ts';
import { constraintKernel } from '../../server/analytics/centrality/constraint.ts';
import { clusteringKernel } from '../../server/analytics/centrality/clustering.ts';
import { communities } from '../../server/analytics/communities.ts';
import { structure } from '../../server/analytics/structure/summary.ts';
import { fixture, randomGraph } from './graphs.ts';
import { seedGraphs } from './seed-graph.ts';
import { networkxOracle, type OracleResult, type Values } from './oracle.ts';
import { PYTHON_INSTALL_HINT } from '../../scripts/python.mjs';

const TOLERANCE = 1e-6;
const LOUVAIN_GAP = 0.03;
const SAMPLES = 8;
const TYPES = ['internal', 'state', 'civil_society', 'business'] as const;

const cases: [string, () => AnyGraph][] = [
  ['karate club (weighted by shared contexts)', () => fixture('karate-club')],
  ['Florentine families', () => fixture('florentine-families')],
  ['random connected, weighted (60 actors, 180 ties)', () => randomGraph({ nodes: 60, edges: 180, seed: 7, weighted: true })],
  [
    'random in 3 pieces with 6 isolates, weighted (80, 120)',
    () => randomGraph({ nodes: 80, edges: 120, seed: 11, groups: 3, isolates: 6, weighted: true }),
  ],
  [
    'random sparse, near-forest (50, 46, 4 pieces, 3 isolates)',
    () => randomGraph({ nodes: 50, edges: 46, seed: 3, groups: 4, isolates: 3, weighted: true }),
  ],
  ['random unweighted (120, 300)', () => randomGraph({ nodes: 120, edges: 300, seed: 5 })],
  ...seedGraphs(),
];

function values(csr: Csr, array: ArrayLike<number>): Values {
  return Object.fromEntries(csr.nodes.map((node, i) => [node, Number.isNaN(array[i]!) ? null : array[i]!]));
}

function expectClose(actual: Values, expected: Values, what: string): void {
  expect(Object.keys(actual).sort(), `${what}: nodes`).toEqual(Object.keys(expected).sort());
  for (const [node, e] of Object.entries(expected)) {
    const a = actual[node];
    if (e === null) {
      expect(a, `${what} of ${node}`).toBeNull();
    } else {
      expect(a, `${what} of ${node}`).not.toBeNull();
      expect(Math.abs(a! - e), `${what} of ${node}: ${a} vs networkx ${e}`).toBeLessThanOrEqual(TOLERANCE);
    }
  }
}

describe('the networkx oracle', () => {
  it('fails, saying what to install, when python3 is missing', async () => {
    await expect(networkxOracle(fixture('florentine-families'), {}, { python: 'python3-that-does-not-exist' })).rejects.toThrow(
      PYTHON_INSTALL_HINT,
    );
  });

  it('fails, saying what to install, when networkx cannot be imported', async () => {
    // -S hides site-packages, where pip installs networkx.
    await expect(networkxOracle(fixture('florentine-families'), {}, { pythonArgs: ['-S'] })).rejects.toThrow(
      `networkx or scipy is missing; ${PYTHON_INSTALL_HINT}`,
    );
  });
});

function canonical(components: string[][]): string[] {
  return components.map((c) => JSON.stringify([...c].sort())).sort();
}

describe.each(cases)('agrees with networkx: %s', (_name, make) => {
  let graph: AnyGraph;
  let csr: Csr;
  let nx: OracleResult;
  let sampled: string[] | null;
  const partitions = { unweighted: {} as Record<string, number>, weighted: {} as Record<string, number> };

  beforeAll(async () => {
    graph = make();
    csr = toCsr(graph);
    const sources = betweennessSources(csr, resolveBetweenness({ samples: SAMPLES, seed: 3 }));
    sampled = sources === null ? null : [...sources].map((i) => csr.nodes[i]!);
    partitions.unweighted = communities(graph, { weighted: false }).communities;
    partitions.weighted = communities(graph, { weighted: true }).communities;
    nx = await networkxOracle(graph, { betweennessSources: sampled, partitions });
  });

  describe.each([false, true])('weighted: %s', (weighted) => {
    const mode = weighted ? 'weighted' : 'unweighted';

    it('degree and degree by collaboration type', () => {
      expectClose(values(csr, degreeKernel(csr, { weighted })), nx[mode].degree, 'degree');
      for (const type of TYPES) {
        expectClose(values(csr, degreeKernel(csr, { weighted, type })), nx[mode].degreeByType[type]!, `degree(${type})`);
      }
    });

    it('betweenness: normalised, raw and sampled', () => {
      expectClose(values(csr, betweennessKernel(csr, { weighted })), nx[mode].betweenness, 'betweenness');
      expectClose(values(csr, betweennessKernel(csr, { weighted, normalized: false })), nx[mode].betweennessRaw, 'raw betweenness');
      if (sampled !== null) {
        const estimate = betweennessKernel(csr, { weighted, samples: SAMPLES, seed: 3 });
        expectClose(values(csr, estimate), nx[mode].betweennessSampled!, 'sampled betweenness');
      }
    });

    it('harmonic closeness, raw and normalised by n - 1', () => {
      expectClose(values(csr, closenessKernel(csr, { weighted, normalized: false })), nx[mode].harmonic, 'harmonic');
      const n = csr.nodes.length;
      const normalised = Object.fromEntries(Object.entries(nx[mode].harmonic).map(([k, v]) => [k, v! / (n - 1)]));
      expectClose(values(csr, closenessKernel(csr, { weighted })), normalised, 'closeness');
    });

    it('eigenvector (or the same failure to converge)', () => {
      const expected = nx[mode].eigenvector;
      if ('error' in expected) expect(() => eigenvectorKernel(csr, { weighted })).toThrow(/did not converge/);
      else expectClose(values(csr, eigenvectorKernel(csr, { weighted })), expected as Values, 'eigenvector');
    });

    it('PageRank', () => {
      expectClose(values(csr, pagerankKernel(csr, { weighted })), nx[mode].pagerank, 'pagerank');
    });

    it('k-core number', () => {
      expectClose(values(csr, coreKernel(csr, { weighted })), nx[mode].core, 'core');
    });

    it("Burt's constraint (null for isolates)", () => {
      expectClose(values(csr, constraintKernel(csr, { weighted })), nx[mode].constraint, 'constraint');
    });

    it('clustering coefficient', () => {
      expectClose(values(csr, clusteringKernel(csr, { weighted })), nx[mode].clustering, 'clustering');
    });

    it('Louvain: a partition whose modularity networkx confirms, near networkx Louvain', () => {
      const ours = communities(graph, { weighted });
      expect(nx[mode].isPartition).toBe(true);
      if (nx[mode].modularity === null) {
        expect(ours.modularity).toBeNull();
        return;
      }
      expect(Math.abs(ours.modularity! - nx[mode].modularity!)).toBeLessThanOrEqual(TOLERANCE);
      expect(ours.modularity!).toBeGreaterThanOrEqual(nx[mode].louvainModularity! - LOUVAIN_GAP);
    });
  });

  it('structure: components, isolates, bridges, articulation points, density', () => {
    const ours = structure(graph);
    expect(ours.nodes).toBe(nx.structure.nodes);
    expect(ours.edges).toBe(nx.structure.edges);
    expect(Math.abs(ours.density - nx.structure.density)).toBeLessThanOrEqual(TOLERANCE);
    expect(canonical(ours.components)).toEqual(canonical(nx.structure.components));
    expect(ours.isolates).toEqual(nx.structure.isolates);
    expect(ours.bridges).toEqual(nx.structure.bridges);
    expect(ours.articulationPoints).toEqual(nx.structure.articulationPoints);
  });
});
