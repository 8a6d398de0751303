import { describe, expect, it } from 'vitest';
import { degree } from '../../../server/analytics/centrality/degree.ts';
import { graphFrom, star } from '../graphs.ts';

describe('degree', () => {
  it('counts neighbours', () => {
    expect(degree(star(3))).toEqual({ h: 3, l0: 1, l1: 1, l2: 1 });
  });

  it('counts neighbours linked by at least one tie of a type (a merged tie carries all its types)', () => {
    const graph = graphFrom([
      ['a', 'b', 2, ['internal', 'state']],
      ['a', 'c', 1, ['state']],
      ['a', 'd', 1, ['civil_society']],
    ]);
    expect(degree(graph, { type: 'state' })).toEqual({ a: 2, b: 1, c: 1, d: 0 });
    expect(degree(graph, { type: 'internal' })).toEqual({ a: 1, b: 1, c: 0, d: 0 });
    expect(degree(graph, { type: 'business' })).toEqual({ a: 0, b: 0, c: 0, d: 0 });
  });

  it('sums tie weights when weighted (strength)', () => {
    const graph = graphFrom(
      [
        ['a', 'b', 2, ['state']],
        ['a', 'c', 0.5, ['state']],
      ],
      ['z'],
    );
    expect(degree(graph, { weighted: true })).toEqual({ a: 2.5, b: 2, c: 0.5, z: 0 });
    expect(degree(graph, { weighted: true, type: 'state' })).toEqual({ a: 2.5, b: 2, c: 0.5, z: 0 });
  });

  it('checks its options', () => {
    const graph = star(2);
    expect(() => degree(graph, { type: 'regional' as never })).toThrow(/^degree: unknown collaboration type 'regional'/);
    expect(() => degree(graph, { weighted: 'yes' as never })).toThrow(/^degree: option 'weighted' must be true or false/);
    expect(() => degree(graph, { normalised: true } as never)).toThrow(/^degree: unknown option 'normalised'/);
    expect(() => degree(null)).toThrow(/^degree: expected a graphology graph/);
  });
});
