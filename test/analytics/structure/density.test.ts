import { describe, expect, it } from 'vitest';
import { density } from '../../../server/analytics/structure/density.ts';
import { structure } from '../../../server/analytics/structure/summary.ts';
import { bowtie, graphFrom, star } from '../graphs.ts';

describe('density', () => {
  it('is the share of possible ties present', () => {
    expect(
      density(
        graphFrom([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toBe(1);
    expect(density(star(4))).toBeCloseTo(4 / 10, 12);
  });

  it('is 0 with fewer than two actors', () => {
    expect(density(graphFrom([]))).toBe(0);
    expect(density(graphFrom([], ['a']))).toBe(0);
  });
});

describe('structure summary', () => {
  it('reports everything from one pass', () => {
    expect(
      structure(
        graphFrom(
          [
            ['a', 'b'],
            ['b', 'm'],
            ['m', 'a'],
            ['m', 'c'],
            ['c', 'd'],
            ['d', 'm'],
          ],
          ['z'],
        ),
      ),
    ).toEqual({
      nodes: 6,
      edges: 6,
      density: 6 / 15,
      components: [['a', 'b', 'm', 'c', 'd'], ['z']],
      isolates: ['z'],
      bridges: [],
      articulationPoints: ['m'],
    });
    expect(structure(bowtie()).articulationPoints).toEqual(['m']);
  });

  it('accepts `weighted` like every analytic, to no effect, and checks it', () => {
    expect(structure(bowtie(), { weighted: true })).toEqual(structure(bowtie()));
    expect(() => structure(bowtie(), { weighted: 1 } as never)).toThrow(/^structure: option 'weighted' must be true or false/);
    expect(() => density(bowtie(), { directed: true } as never)).toThrow(/^density: unknown option 'directed'/);
  });
});
