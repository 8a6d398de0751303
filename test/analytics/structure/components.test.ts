import { describe, expect, it } from 'vitest';
import { components, isolates } from '../../../server/analytics/structure/components.ts';
import { graphFrom } from '../graphs.ts';

describe('components and isolates', () => {
  const graph = graphFrom(
    [
      ['a', 'b'],
      ['c', 'd'],
      ['d', 'e'],
    ],
    ['z', 'y'],
  );

  it('lists components largest first, equal sizes in order of first member, members in graph order', () => {
    expect(components(graph)).toEqual([['c', 'd', 'e'], ['a', 'b'], ['z'], ['y']]);
  });

  it('lists isolates sorted by id', () => {
    expect(isolates(graph)).toEqual(['y', 'z']);
  });

  it('handles the empty graph and checks its input', () => {
    expect(components(graphFrom([]))).toEqual([]);
    expect(() => components('graph')).toThrow(/^components: expected a graphology graph/);
  });
});
