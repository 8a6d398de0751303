import { describe, expect, it } from 'vitest';
import { constraint } from '../../../server/analytics/centrality/constraint.ts';
import { graphFrom, star } from '../graphs.ts';

describe("Burt's constraint", () => {
  it('a single partner constrains fully; a hub of k unconnected partners by 1/k', () => {
    expect(constraint(graphFrom([['a', 'b']]))).toEqual({ a: 1, b: 1 });
    expect(constraint(star(4)).h).toBeCloseTo(0.25, 12);
  });

  it('a closed triangle constrains more than its ties alone: (1/2 + 1/4)² × 2 = 9/8', () => {
    const values = constraint(
      graphFrom([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ]),
    );
    expect(values.a).toBeCloseTo(9 / 8, 12);
  });

  it('is undefined (null) for isolates', () => {
    expect(constraint(graphFrom([['a', 'b']], ['z'])).z).toBeNull();
  });

  it('weighted: shares of tie strength', () => {
    // h–a weight 3, h–b weight 1: p_ha = 3/4, p_hb = 1/4 → c(h) = 9/16 + 1/16
    const values = constraint(
      graphFrom([
        ['h', 'a', 3],
        ['h', 'b', 1],
      ]),
      { weighted: true },
    );
    expect(values.h).toBeCloseTo(10 / 16, 12);
  });
});
