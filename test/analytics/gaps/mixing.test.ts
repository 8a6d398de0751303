import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../server/analytics/actor-graph.ts';
import { mixingCell, mixingOfCsr, sectorMixing } from '../../../server/analytics/gaps/mixing.ts';
import { actorCsr } from '../../../server/analytics/kernel/actor-csr.ts';
import { SectorMixingResult } from '../../../server/analytics/gaps/schemas.ts';
import { randomSnapshot } from './fixtures.ts';
import { kronogarden } from './kronogarden.ts';

describe('sectorMixing on Kronogården', () => {
  // Existing ties: ks–naring (m·m), naring–af, ks–polis (m·s), skola–forening (m·c),
  // af–forening (s·c), region–af (r·s). 8 actors: 3 municipal, 1 regional, 2 state, 1 civil
  // society, 1 business; 6 ties of 28 possible pairs.
  const result = sectorMixing(kronogarden);

  it('counts ties, possible pairs and densities per sector pair', () => {
    expect(SectorMixingResult.parse(result)).toEqual(result);
    expect(result.actors).toBe(8);
    expect(result.ties).toBe(6);
    expect(result.density).toBeCloseTo(6 / 28, 12);
    expect(mixingCell(result, 'municipal', 'municipal')).toMatchObject({ ties: 1, possiblePairs: 3 });
    expect(mixingCell(result, 'state', 'municipal')).toMatchObject({ a: 'municipal', b: 'state', ties: 2, possiblePairs: 6 });
    const mc = mixingCell(result, 'municipal', 'civil_society')!;
    expect(mc).toMatchObject({ ties: 1, possiblePairs: 3 });
    expect(mc.relativeDensity).toBeCloseTo(1 / 3 / (6 / 28), 12);
    expect(mixingCell(result, 'municipal', 'business')).toMatchObject({ ties: 0, possiblePairs: 3, density: 0, relativeDensity: 0 });
    expect(mixingCell(result, 'business', 'business')).toMatchObject({ ties: 0, possiblePairs: 0, density: null, relativeDensity: null });
    expect(result.cells).toHaveLength(15);
    expect(result.cells.reduce((sum, c) => sum + c.ties, 0)).toBe(result.ties);
  });

  it('computes the E-I index per sector and for the graph', () => {
    const row = (s: string) => result.sectors.find((r) => r.sector === s)!;
    expect(row('municipal')).toEqual({ sector: 'municipal', actors: 3, internalTies: 1, externalTies: 3, eiIndex: 0.5 });
    expect(row('state').eiIndex).toBe(1);
    expect(row('business').eiIndex).toBeNull();
    expect(result.eiIndex).toBeCloseTo(4 / 6, 12);
  });

  it('restricts to an area', () => {
    const labour = sectorMixing(kronogarden, { areas: ['labour_market'] });
    expect(labour.area).toBe('labour_market');
    expect(labour.actors).toBe(5); // ks, naring, af, forening, region
    expect(labour.ties).toBe(4);
    expect(mixingCell(labour, 'municipal', 'civil_society')!.ties).toBe(0);
  });

  it('adds forum co-membership as ties when asked', () => {
    const withForums = sectorMixing(kronogarden, { includeForums: true });
    expect(withForums.ties).toBe(7);
    expect(mixingCell(withForums, 'municipal', 'civil_society')!.ties).toBe(2);
  });

  it('checks its input', () => {
    expect(() => sectorMixing(kronogarden, { statuses: ['open' as never] })).toThrow(/^sectorMixing: statuses/);
    expect(() => sectorMixing(kronogarden, 'area' as never)).toThrow(/^sectorMixing: options must be an object/);
  });
});

describe('sectorMixing on random graphs', () => {
  for (const seed of [21, 22, 23]) {
    it(`adds up to the edge count, E-I within [-1, 1] (seed ${seed})`, () => {
      const { snapshot } = randomSnapshot(120, 300 + seed, seed);
      const result = sectorMixing(snapshot);
      expect(result.cells.reduce((sum, c) => sum + c.ties, 0)).toBe(buildActorGraph(snapshot).size);
      expect(result.ties).toBe(300 + seed);
      const pairs = result.cells.reduce((sum, c) => sum + c.possiblePairs, 0);
      expect(pairs).toBe((120 * 119) / 2);
      for (const row of result.sectors) {
        expect(row.eiIndex).not.toBeNull();
        expect(row.eiIndex!).toBeGreaterThanOrEqual(-1);
        expect(row.eiIndex!).toBeLessThanOrEqual(1);
        const cells = result.cells.filter((c) => c.a === row.sector || c.b === row.sector);
        expect(row.internalTies + row.externalTies).toBe(cells.reduce((sum, c) => sum + c.ties, 0));
      }
    });

    it(`counts the same on the typed-array form of the graph (mixingOfCsr, seed ${seed})`, () => {
      const { snapshot } = randomSnapshot(120, 300 + seed, seed);
      const csr = actorCsr(snapshot, { statuses: ['active', 'needs_development'], includeForums: false });
      expect(mixingOfCsr(csr)).toEqual(sectorMixing(snapshot));
    });
  }
});
