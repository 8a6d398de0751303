import { describe, expect, it } from 'vitest';
import { clustering } from '../../../server/analytics/centrality/clustering.ts';
import { bowtie, graphFrom, star } from '../graphs.ts';

describe('clustering coefficient', () => {
  it('1 in a triangle, 0 at the centre of a star and for actors with one tie', () => {
    expect(
      clustering(
        graphFrom([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual({ a: 1, b: 1, c: 1 });
    expect(clustering(star(3))).toEqual({ h: 0, l0: 0, l1: 0, l2: 0 });
  });

  it('the centre of a bowtie closes 2 of its 6 pairs', () => {
    expect(clustering(bowtie()).m).toBeCloseTo(1 / 3, 12);
  });

  it('weighted: geometric mean of the triangle weights over the largest weight', () => {
    const graph = graphFrom([
      ['a', 'b', 1],
      ['b', 'c', 8],
      ['c', 'a', 8],
      ['c', 'd', 8],
    ]);
    const values = clustering(graph, { weighted: true });
    expect(values.a).toBeCloseTo(Math.cbrt((1 / 8) * 1 * 1), 12);
    expect(values.c).toBeCloseTo(Math.cbrt(1 / 8) / 3, 12);
  });
});
