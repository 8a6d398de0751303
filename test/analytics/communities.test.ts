import { describe, expect, it } from 'vitest';
import { communities, communitiesKernel, modularity } from '../../server/analytics/communities.ts';
import { toCsr } from '../../server/analytics/kernel/csr.ts';
import { barbell, graphFrom, randomGraph } from './graphs.ts';

describe('communities (Louvain)', () => {
  it('splits a barbell into its two cliques, with the modularity of that split', () => {
    const result = communities(barbell());
    expect(result.count).toBe(2);
    expect(result.sizes).toEqual([5, 5]);
    const x = new Set(['x0', 'x1', 'x2', 'x3', 'x4'].map((n) => result.communities[n]));
    expect(x.size).toBe(1);
    expect(result.communities.y0).not.toBe(result.communities.x0);
    // 21 ties; each clique holds 10 and a degree total of 21: Q = 2 (10/21 − (21/42)²)
    expect(result.modularity).toBeCloseTo(2 * (10 / 21 - 0.25), 12);
  });

  it('is reproducible for a seed, numbers communities largest first', () => {
    const graph = randomGraph({ nodes: 300, edges: 900, seed: 4, weighted: true });
    const a = communities(graph, { seed: 9, weighted: true });
    expect(communities(graph, { seed: 9, weighted: true })).toEqual(a);
    expect([...a.sizes].sort((p, q) => q - p)).toEqual(a.sizes);
    expect(a.sizes.reduce((p, q) => p + q, 0)).toBe(300);
  });

  it('gives the same partition on a graph rebuilt from its Csr (as in a worker)', () => {
    const graph = randomGraph({ nodes: 250, edges: 700, seed: 8 });
    const csr = toCsr(graph);
    expect(communitiesKernel(csr, { seed: 3 })).toEqual(communitiesKernel(csr, { seed: 3 }, graph));
  });

  it('puts every actor of a tie-less graph in its own community, modularity undefined', () => {
    const result = communities(graphFrom([], ['a', 'b', 'c']));
    expect(result).toEqual({ communities: { a: 0, b: 1, c: 2 }, count: 3, sizes: [1, 1, 1], modularity: null });
  });

  it('modularity: one community holding everything scores 0', () => {
    const csr = toCsr(barbell());
    expect(modularity(csr, new Int32Array(csr.nodes.length), false)).toBeCloseTo(0, 12);
  });

  it('checks its options', () => {
    expect(() => communities(barbell(), { resolution: 0 })).toThrow(/^communities: option 'resolution' must be greater than 0/);
    expect(() => communities(barbell(), { seed: 0.5 })).toThrow(/^communities: option 'seed' must be an integer/);
  });
});
