import { describe, expect, it } from 'vitest';
import {
  betweenness,
  betweennessKernel,
  betweennessSources,
  resolveBetweenness,
} from '../../../server/analytics/centrality/betweenness.ts';
import { toCsr } from '../../../server/analytics/kernel/csr.ts';
import { graphFrom, path, randomGraph, star } from '../graphs.ts';

describe('betweenness', () => {
  it('on a path: the middle carries the most pairs', () => {
    const raw = betweenness(path(5), { normalized: false });
    expect(raw).toEqual({ p0: 0, p1: 3, p2: 4, p3: 3, p4: 0 });
    const b = betweenness(path(5));
    expect(b.p1).toBeCloseTo(0.5, 12);
    expect(b.p2).toBeCloseTo(4 / 6, 12);
  });

  it('on a star: the hub lies on every path (1 normalised)', () => {
    expect(betweenness(star(4))).toEqual({ h: 1, l0: 0, l1: 0, l2: 0, l3: 0 });
  });

  it('weighted: paths follow distance = 1/weight, so strong ties are short', () => {
    // a–b–c strong (weight 3), a–d–c weak (weight 1): a→c goes via b only when weighted.
    const square = graphFrom([
      ['a', 'b', 3],
      ['b', 'c', 3],
      ['c', 'd', 1],
      ['d', 'a', 1],
    ]);
    expect(betweenness(square, { normalized: false })).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
    expect(betweenness(square, { normalized: false, weighted: true })).toEqual({ a: 0.5, b: 1, c: 0.5, d: 0 });
  });

  it('is 0 everywhere on graphs too small for a path through anyone', () => {
    expect(betweenness(graphFrom([['a', 'b']]))).toEqual({ a: 0, b: 0 });
    expect(betweenness(graphFrom([], ['a']))).toEqual({ a: 0 });
  });

  describe('sampled', () => {
    const graph = randomGraph({ nodes: 200, edges: 600, seed: 9 });
    const csr = toCsr(graph);

    it('is reproducible for a seed and changes with it', () => {
      const a = betweennessKernel(csr, { samples: 20, seed: 4 });
      expect(betweennessKernel(csr, { samples: 20, seed: 4 })).toEqual(a);
      expect(betweennessKernel(csr, { samples: 20, seed: 5 })).not.toEqual(a);
    });

    it('draws distinct sources, and is exact once samples reach n', () => {
      const sources = betweennessSources(csr, resolveBetweenness({ samples: 50, seed: 1 }))!;
      expect(new Set(sources).size).toBe(50);
      expect(betweennessSources(csr, resolveBetweenness({ samples: 200 }))).toBeNull();
      expect(betweennessKernel(csr, { samples: 500 })).toEqual(betweennessKernel(csr));
    });

    it('estimates the exact values (sampled means track exact ones)', () => {
      const exact = betweennessKernel(csr);
      const estimate = betweennessKernel(csr, { samples: 150, seed: 2 });
      const top = [...exact.keys()].sort((x, y) => exact[y]! - exact[x]!).slice(0, 10);
      for (const v of top) expect(Math.abs(estimate[v]! - exact[v]!) / exact[v]!).toBeLessThan(0.5);
    });
  });

  it('checks its options and weights', () => {
    expect(() => betweenness(star(2), { samples: 1 })).toThrow(/^betweenness: option 'samples' must be at least 2/);
    expect(() => betweenness(star(2), { samples: 2.5 })).toThrow(/^betweenness: option 'samples' must be an integer/);
    expect(() => betweenness(graphFrom([['a', 'b', 0]]), { weighted: true })).toThrow(/^betweenness: the tie a–b has distance Infinity/);
    expect(betweenness(graphFrom([['a', 'b', 0]]))).toEqual({ a: 0, b: 0 }); // unweighted ignores weights
  });
});
