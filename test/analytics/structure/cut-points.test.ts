import { describe, expect, it } from 'vitest';
import { articulationPoints, bridges } from '../../../server/analytics/structure/cut-points.ts';
import { barbell, bowtie, graphFrom, path } from '../graphs.ts';

describe('bridges and articulation points', () => {
  it('a bowtie: its centre is a cut point, no tie is a bridge', () => {
    expect(articulationPoints(bowtie())).toEqual(['m']);
    expect(bridges(bowtie())).toEqual([]);
  });

  it('a barbell: the joining tie is a bridge, its ends are cut points', () => {
    expect(bridges(barbell())).toEqual([['x0', 'y0']]);
    expect(articulationPoints(barbell())).toEqual(['x0', 'y0']);
  });

  it('a path: every tie is a bridge, every inner actor a cut point', () => {
    expect(bridges(path(4))).toEqual([
      ['p0', 'p1'],
      ['p1', 'p2'],
      ['p2', 'p3'],
    ]);
    expect(articulationPoints(path(4))).toEqual(['p1', 'p2']);
  });

  it('a cycle has neither; a lone tie is a bridge without cut points; pieces are handled separately', () => {
    const graph = graphFrom(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['x', 'y'],
      ],
      ['z'],
    );
    expect(bridges(graph)).toEqual([['x', 'y']]);
    expect(articulationPoints(graph)).toEqual([]);
  });

  it('does not overflow the stack on a chain of 50 000 actors (a recursive DFS would)', () => {
    const long = path(50_000);
    expect(bridges(long)).toHaveLength(49_999);
    expect(articulationPoints(long)).toHaveLength(49_998);
  });
});
