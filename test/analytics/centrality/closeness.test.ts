import { describe, expect, it } from 'vitest';
import { closeness, harmonicSums } from '../../../server/analytics/centrality/closeness.ts';
import { toCsr } from '../../../server/analytics/kernel/csr.ts';
import { graphFrom, path, randomGraph } from '../graphs.ts';

describe('harmonic closeness', () => {
  it('sums 1/distance (raw) and divides by n - 1 (normalised)', () => {
    expect(closeness(path(3), { normalized: false })).toEqual({ p0: 1.5, p1: 2, p2: 1.5 });
    expect(closeness(path(3))).toEqual({ p0: 0.75, p1: 1, p2: 0.75 });
  });

  it('counts unreachable actors as 0 and isolates score 0', () => {
    const graph = graphFrom(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      ['z'],
    );
    expect(closeness(graph, { normalized: false })).toEqual({ a: 1, b: 1, c: 1, d: 1, z: 0 });
    expect(closeness(graphFrom([], ['solo']))).toEqual({ solo: 0 });
  });

  it('weighted: distance = 1/weight', () => {
    const graph = graphFrom([
      ['a', 'b', 2],
      ['b', 'c', 4],
    ]);
    // d(a,b) = 0.5, d(b,c) = 0.25, d(a,c) = 0.75
    const raw = closeness(graph, { weighted: true, normalized: false });
    expect(raw.a).toBeCloseTo(2 + 4 / 3, 12);
    expect(raw.b).toBeCloseTo(2 + 4, 12);
  });

  it('bit-parallel BFS: source ranges add up to the whole, whatever the batch boundaries', () => {
    const csr = toCsr(randomGraph({ nodes: 700, edges: 1400, seed: 2, groups: 2, isolates: 5 }));
    const whole = harmonicSums(csr, false);
    const parts = new Float64Array(csr.nodes.length);
    for (const [from, to] of [
      [0, 1],
      [1, 300],
      [300, 557],
      [557, 700],
    ] as const)
      harmonicSums(csr, false, { from, to }, parts);
    for (let v = 0; v < whole.length; v++) expect(parts[v]).toBeCloseTo(whole[v]!, 9);
  });

  it('checks its options', () => {
    expect(() => closeness(path(2), { harmonic: true } as never)).toThrow(/^closeness: unknown option 'harmonic'/);
  });
});
