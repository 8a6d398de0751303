import { describe, expect, it } from 'vitest';
import { reachGapShare, reachGapShares, reachGaps } from '../../../server/analytics/gaps/reach.ts';
import { ReachGapsResult } from '../../../server/analytics/gaps/schemas.ts';
import { roundPair } from '../../compare/round-pairs.ts';
import { places } from '../places.ts';
import { kronogarden } from './kronogarden.ts';

const ids = (r: ReachGapsResult) => r.gaps.map((g) => g.actor.id);

describe('reachGaps on Kronogården', () => {
  it('lists the non-civil-society actors with no active tie to civil society', () => {
    const result = reachGaps(kronogarden, { sector: 'civil_society' });
    expect(ReachGapsResult.parse(result)).toEqual(result);
    expect(result.candidates).toBe(7); // everybody but forening
    expect(result.reached).toBe(1); // af, through af–forening
    expect(result.gapShare).toBeCloseTo(6 / 7, 12);
    expect(ids(result)).toEqual(['ks', 'naring', 'polis', 'bostad', 'region', 'skola']); // most ties first
    const byId = new Map(result.gaps.map((g) => [g.actor.id, g]));
    expect(byId.get('ks')!.towardTarget).toEqual({ desired: 1 });
    expect(byId.get('ks')!.sharedForums).toEqual(['kronogardsgruppen']);
    expect(byId.get('skola')!.towardTarget).toEqual({ needs_development: 1 });
    expect(byId.get('polis')!.towardTarget).toEqual({ ended: 1 });
    expect(byId.get('ks')!.ties).toEqual({
      total: 3,
      byStatus: { active: 2, desired: 1 },
      byType: { internal: { active: 1 }, state: { active: 1 }, civil_society: { desired: 1 } },
    });
  });

  it('within an area, asks only actors working in it and counts only ties serving it', () => {
    const result = reachGaps(kronogarden, { sector: 'civil_society', areas: ['labour_market'] });
    expect(result.area).toBe('labour_market');
    expect(result.candidates).toBe(4); // ks, naring, af, region
    expect(ids(result)).toEqual(['naring', 'ks', 'region']);
    const naring = result.gaps[0]!;
    expect(naring.ties).toEqual({
      total: 3,
      byStatus: { active: 2, desired: 1 },
      byType: { internal: { active: 1 }, state: { active: 1 }, business: { desired: 1 } },
    });
    // ks's crime and democracy ties are out of scope; its forum serves another area.
    expect(result.gaps[1]!.ties.total).toBe(1);
    expect(result.gaps[1]!.towardTarget).toEqual({});
    expect(result.gaps[1]!.sharedForums).toEqual([]);
  });

  it('counts the statuses it is told to, and forums when asked', () => {
    expect(ids(reachGaps(kronogarden, { sector: 'civil_society', statuses: ['active', 'needs_development'] }))).not.toContain('skola');
    expect(ids(reachGaps(kronogarden, { sector: 'civil_society', includeForums: true }))).not.toContain('ks');
    expect(ids(reachGaps(kronogarden, { sector: 'civil_society', actorSectors: ['municipal'] }))).toEqual(['ks', 'naring', 'skola']);
  });

  it('asks by collaboration type only the actors that could have one', () => {
    const business = reachGaps(kronogarden, { type: 'business' });
    expect(business.target).toEqual({ kind: 'type', value: 'business' });
    expect(business.candidates).toBe(7); // a civil-society actor can never have a business tie
    expect(business.reached).toBe(0);
    expect(business.gaps.find((g) => g.actor.id === 'bostad')!.towardTarget).toEqual({ desired: 1 });

    const internal = reachGaps(kronogarden, { type: 'internal' });
    expect(internal.candidates).toBe(3); // only municipal actors
    expect(ids(internal)).toEqual(['skola']);

    const state = reachGaps(kronogarden, { type: 'state' });
    expect(state.candidates).toBe(6); // not forening, not bostad
    expect(ids(state)).toEqual(['skola']);
  });

  it('gives the same share without listing the gaps (reachGapShare, which the comparison uses)', () => {
    const asked = [
      { sector: 'civil_society' as const },
      { sector: 'municipal' as const, areas: ['labour_market' as const] },
      { sector: 'business' as const, statuses: ['active' as const, 'desired' as const], includeForums: true },
      { type: 'state' as const },
    ];
    for (const options of asked) expect(reachGapShare(kronogarden, options)).toBe(reachGaps(kronogarden, options).gapShare);
  });

  it('gives the share toward every sector in one call as one at a time (reachGapShares)', () => {
    const sectors = ['municipal', 'civil_society', 'business', 'regional', 'state'] as const;
    const scopes = [
      {},
      { areas: ['labour_market' as const] },
      { statuses: ['active' as const, 'desired' as const], includeForums: true, actorSectors: ['municipal' as const] },
    ];
    // Kronogården, and a seeded round of 300 actors with every status, forums and a sector change.
    const { to: seeded } = roundPair(5, { actors: 300, ties: 900, changes: 10, realisePredicted: 0 });
    for (const snap of [kronogarden, seeded]) {
      for (const scope of scopes) {
        const shares = reachGapShares(snap, sectors, scope);
        expect([...shares.keys()]).toEqual(sectors);
        for (const sector of sectors) expect(shares.get(sector)).toBe(reachGaps(snap, { ...scope, sector }).gapShare);
      }
    }
  });

  it('checks its input', () => {
    expect(() => reachGaps(kronogarden, {})).toThrow(/^reachGaps: give exactly one of sector or type/);
    expect(() => reachGaps(kronogarden, { sector: 'civil_society', type: 'business' })).toThrow(/^reachGaps: /);
    expect(() => reachGaps(kronogarden, { sector: 'church' as never })).toThrow(/^reachGaps: sector/);
    expect(() => reachGaps(kronogarden, { sector: 'business', statuses: [] })).toThrow(/^reachGaps: statuses/);
    expect(() => reachGaps(null as never, { sector: 'business' })).toThrow(/^reachGaps: expects a graph snapshot/);
  });
});

// The neighbourhood is where both the asking and the reaching happen (test/analytics/places.ts).
describe('reachGaps in a neighbourhood', () => {
  it('asks the actors in it and counts only the ties in it as reaching', () => {
    // Kronogården: polis (located), kommun (polis–kommun follows polis), vakt (kommun–vakt names it).
    // polis reaches forening only in Sylte, so in Kronogården it is a gap.
    const kronogarden = reachGaps(places, { sector: 'civil_society', neighbourhoods: ['Kronogården'] });
    expect(kronogarden.candidates).toBe(3);
    expect(ids(kronogarden).sort()).toEqual(['kommun', 'polis', 'vakt']);
    expect(kronogarden.gaps.find((g) => g.actor.id === 'polis')!.ties).toEqual({
      total: 1,
      byStatus: { active: 1 },
      byType: { state: { active: 1 } },
    });
    // Sylte: polis and skola are asked, and both reach forening there.
    const sylte = reachGaps(places, { sector: 'civil_society', neighbourhoods: ['sylte'] });
    expect(sylte).toMatchObject({ candidates: 2, reached: 2, gaps: [] });
  });

  it('asks exactly the actors of the sectors in the neighbourhood, as the actor graph keeps them', () => {
    const business = reachGaps(places, { sector: 'civil_society', actorSectors: ['business'], neighbourhoods: ['Kronogården'] });
    expect(business.candidates).toBe(1);
    expect(ids(business)).toEqual(['vakt']);
    expect(business.scope).toEqual({ areas: [], sectors: ['business'], neighbourhoods: ['Kronogården'] });
  });
});
