import { describe, expect, it } from 'vitest';
import { core } from '../../../server/analytics/centrality/core.ts';
import { barbell, graphFrom } from '../graphs.ts';

describe('k-core number', () => {
  it('a triangle with a tail and an isolate', () => {
    const graph = graphFrom(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 't'],
      ],
      ['z'],
    );
    expect(core(graph)).toEqual({ a: 2, b: 2, c: 2, t: 1, z: 0 });
  });

  it('cliques are their size minus one, whatever bridges them', () => {
    const values = core(barbell());
    expect(new Set(Object.values(values))).toEqual(new Set([4]));
  });

  it('ignores weights', () => {
    const graph = graphFrom([
      ['a', 'b', 3],
      ['b', 'c', 0.5],
    ]);
    expect(core(graph, { weighted: true })).toEqual(core(graph));
  });
});
