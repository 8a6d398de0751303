import { describe, expect, it } from 'vitest';
import { pagerank } from '../../../server/analytics/centrality/pagerank.ts';
import { graphFrom, randomGraph, star } from '../graphs.ts';

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0);

describe('PageRank', () => {
  it('is a probability distribution, isolates included', () => {
    const values = pagerank(randomGraph({ nodes: 100, edges: 150, seed: 1, isolates: 7, weighted: true }), { weighted: true });
    expect(sum(values)).toBeCloseTo(1, 9);
  });

  it('favours the hub, and treats symmetric actors alike', () => {
    const values = pagerank(star(4));
    expect(values.h).toBeGreaterThan(values.l0!);
    expect(values.l0).toBeCloseTo(values.l3!, 12);
  });

  it('weighted: a walker follows strong ties more often', () => {
    const graph = graphFrom([
      ['h', 'strong', 5],
      ['h', 'weak', 1],
    ]);
    const values = pagerank(graph, { weighted: true });
    expect(values.strong).toBeGreaterThan(values.weak!);
    expect(pagerank(graph).strong).toBeCloseTo(pagerank(graph).weak!, 12);
  });

  it('checks alpha', () => {
    expect(() => pagerank(star(2), { alpha: 1 })).toThrow(/^pagerank: option 'alpha' must be less than 1/);
    expect(() => pagerank(star(2), { alpha: 0 })).toThrow(/^pagerank: option 'alpha' must be greater than 0/);
  });
});
