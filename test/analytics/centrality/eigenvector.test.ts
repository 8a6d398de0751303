import { describe, expect, it } from 'vitest';
import { eigenvector } from '../../../server/analytics/centrality/eigenvector.ts';
import { NotConverged as NotConvergedError } from '../../../server/analytics/errors.ts';
import { fixture, graphFrom, star } from '../graphs.ts';

describe('eigenvector centrality', () => {
  it('has unit Euclidean norm and ranks the hub of a star first', () => {
    const values = eigenvector(star(4));
    const norm = Math.hypot(...Object.values(values));
    expect(norm).toBeCloseTo(1, 9);
    // For a star with k leaves the hub holds 1/√2 of the vector, every leaf 1/√(2k).
    expect(values.h).toBeCloseTo(Math.SQRT1_2, 5);
    expect(values.l0).toBeCloseTo(1 / Math.sqrt(8), 5);
  });

  it('fails loudly rather than return an unconverged vector', () => {
    expect(() => eigenvector(fixture('karate-club'), { maxIter: 2 })).toThrow(
      /^eigenvector: power iteration did not converge in 2 iterations/,
    );
    // A 422 for the API, not an unexplained 500.
    expect(() => eigenvector(fixture('karate-club'), { maxIter: 2 })).toThrow(NotConvergedError);
  });

  it('handles the empty graph and checks options', () => {
    expect(eigenvector(graphFrom([]))).toEqual({});
    expect(() => eigenvector(star(2), { tolerance: 0 })).toThrow(/^eigenvector: option 'tolerance' must be greater than 0/);
  });
});
