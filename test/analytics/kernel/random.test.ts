import { describe, expect, it } from 'vitest';
import { sampleIndices, seededRandom } from '../../../server/analytics/kernel/random.ts';

describe('seeded randomness', () => {
  it('repeats for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(7));
    const b = Array.from({ length: 5 }, seededRandom(7));
    expect(a).toEqual(b);
    expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(a);
    const r = seededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('samples k distinct indices', () => {
    const s = sampleIndices(100, 30, 3);
    expect(new Set(s).size).toBe(30);
    expect([...s].every((i) => i >= 0 && i < 100)).toBe(true);
    expect(sampleIndices(100, 30, 3)).toEqual(s);
    expect(() => sampleIndices(3, 4, 1)).toThrow(/^sampleIndices: k must be an integer in 0..3/);
  });
});
