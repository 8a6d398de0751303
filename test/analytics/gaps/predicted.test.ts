import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../server/analytics/actor-graph.ts';
import { toActorCsr } from '../../../server/analytics/kernel/actor-csr.ts';
import { scoreAllPairs, SCORE_ADAMIC_ADAR, SCORE_JACCARD, topPairs } from '../../../server/analytics/gaps/link-scores.ts';
import { predictLinks } from '../../../server/analytics/gaps/predicted.ts';
import { PredictedLinksResult } from '../../../server/analytics/gaps/schemas.ts';
import { actor, randomSnapshot, snapshot, tie } from './fixtures.ts';
import { oracle } from './oracle.ts';

/**
 * "Youth centre": the leisure administration (fritid) is the hub, tied to the school, an
 * association and a firm; the school is tied to Arbetsförmedlingen (af); the association to the
 * library. The association wishes for a tie to the firm (desired, so not an edge).
 *
 *   af — skola — fritid — forening — bibliotek
 *                  |
 *                bolag
 *
 * Node order = actor order: skola 0, fritid 1, forening 2, bolag 3, af 4, bibliotek 5.
 * Unlinked pairs two hops apart and their one shared neighbour w (deg w):
 *   skola–forening, skola–bolag, forening–bolag via fritid (3): AA 1/ln 3, RA 1/3
 *   fritid–af via skola (2), fritid–bibliotek via forening (2):   AA 1/ln 2, RA 1/2
 * Jaccard: skola–bolag and forening–bolag 1/2 (union of two), the other three 1/3.
 * All pairs are cross-sector except fritid–bibliotek (both municipal).
 */
const youthCentre = (bibliotekParent?: string) =>
  snapshot(
    [
      actor('skola', 'municipal', ['education']),
      actor('fritid', 'municipal', ['education', 'democracy_civil_society']),
      actor('forening', 'civil_society', ['democracy_civil_society']),
      actor('bolag', 'business', ['labour_market']),
      actor('af', 'state', ['labour_market']),
      actor('bibliotek', 'municipal', ['democracy_civil_society'], bibliotekParent ? { parentId: bibliotekParent } : {}),
    ],
    [
      tie('fritid', 'skola'),
      tie('fritid', 'forening'),
      tie('fritid', 'bolag'),
      tie('skola', 'af'),
      tie('forening', 'bibliotek'),
      tie('forening', 'bolag', { status: 'desired' }),
    ],
  );

const pairsOf = (r: PredictedLinksResult) => r.predictions.map((p) => `${p.source.id}-${p.target.id}`);

describe('predictLinks on the youth centre', () => {
  it('scores every unlinked two-hop pair as worked out by hand, cross-sector pairs first', () => {
    const result = predictLinks(youthCentre());
    expect(PredictedLinksResult.parse(result)).toEqual(result);
    expect(result.candidates).toBe(5);
    expect(pairsOf(result)).toEqual(['fritid-af', 'skola-forening', 'skola-bolag', 'forening-bolag', 'fritid-bibliotek']);
    const [first, second, , fourth, last] = result.predictions;
    expect(first!.scores.adamicAdar).toBeCloseTo(1 / Math.log(2), 12);
    expect(first!.scores.resourceAllocation).toBeCloseTo(1 / 2, 12);
    expect(first!.scores.jaccard).toBeCloseTo(1 / 3, 12);
    expect(first!.sharedNeighbours).toEqual([{ id: 'skola', name: 'skola', sector: 'municipal', degree: 2 }]);
    expect(first!.sharedAreas).toEqual([]);
    expect(second!.scores.adamicAdar).toBeCloseTo(1 / Math.log(3), 12);
    expect(second!.sharedNeighbours.map((a) => a.id)).toEqual(['fritid']);
    expect(fourth!.declared).toEqual(['desired']);
    expect(fourth!.scores.jaccard).toBeCloseTo(1 / 2, 12);
    expect(last!.crossSector).toBe(false);
    expect(last!.sharedAreas).toEqual(['democracy_civil_society']);
  });

  it('ranks by score alone when cross-sector pairs are not put first', () => {
    const result = predictLinks(youthCentre(), { crossSectorFirst: false });
    expect(pairsOf(result)).toEqual(['fritid-af', 'fritid-bibliotek', 'skola-forening', 'skola-bolag', 'forening-bolag']);
  });

  it('sorts by the chosen score', () => {
    const result = predictLinks(youthCentre(), { sortBy: 'jaccard', crossSectorFirst: false });
    expect(pairsOf(result)).toEqual(['skola-bolag', 'forening-bolag', 'skola-forening', 'fritid-af', 'fritid-bibliotek']);
  });

  it('keeps only cross-sector pairs when asked, and honours the limit', () => {
    const result = predictLinks(youthCentre(), { crossSector: true, limit: 2 });
    expect(result.candidates).toBe(4);
    expect(pairsOf(result)).toEqual(['fritid-af', 'skola-forening']);
  });

  it("lists one actor's best pairs with that actor as the source", () => {
    expect(pairsOf(predictLinks(youthCentre(), { actor: 'bolag' }))).toEqual(['bolag-skola', 'bolag-forening']);
    expect(pairsOf(predictLinks(youthCentre(), { actor: 'af' }))).toEqual(['af-fritid']);
  });

  it('leaves out a unit and its parent unless asked', () => {
    expect(pairsOf(predictLinks(youthCentre('fritid')))).not.toContain('fritid-bibliotek');
    expect(pairsOf(predictLinks(youthCentre('fritid'), { excludeHierarchy: false }))).toContain('fritid-bibliotek');
  });

  it('checks its input', () => {
    expect(() => predictLinks(youthCentre(), { actor: 'nobody' })).toThrow(/^predictLinks: actor 'nobody'/);
    expect(() => predictLinks(youthCentre(), { limit: 0 })).toThrow(/^predictLinks: limit/);
    expect(() => predictLinks(youthCentre(), { sortBy: 'katz' as never })).toThrow(/^predictLinks: sortBy/);
    expect(() => predictLinks({} as never)).toThrow(/^predictLinks: /);
  });
});

type OraclePairs = { pairs: [number, number, number, number, number][] };

describe('link scores against networkx', () => {
  for (const [n, m, seed] of [
    [40, 120, 1],
    [150, 400, 2],
    [300, 1500, 3],
  ] as const) {
    it(`agree on every two-hop pair of a random graph (n=${n}, m=${m}, seed ${seed})`, () => {
      const { snapshot: snap, edges } = randomSnapshot(n, m, seed);
      const csr = toActorCsr(buildActorGraph(snap), 'test');
      const ours = scoreAllPairs(csr);
      const nx = oracle<OraclePairs>({ mode: 'link_prediction', n, edges, pairs: null });
      const index = (i: number) => Number(csr.ids[i]!.slice(1));
      const mine = new Map<string, [number, number, number]>();
      for (let i = 0; i < ours.count; i++) {
        const [a, b] = [index(ours.u[i]!), index(ours.v[i]!)].sort((x, y) => x - y);
        mine.set(`${a}-${b}`, [ours.adamicAdar[i]!, ours.resourceAllocation[i]!, ours.jaccard[i]!]);
      }
      expect(mine.size).toBe(nx.pairs.length);
      for (const [u, v, aa, ra, jc] of nx.pairs) {
        const got = mine.get(`${u}-${v}`);
        expect(got, `pair ${u}-${v}`).toBeDefined();
        expect(Math.abs(got![0] - aa)).toBeLessThan(1e-9);
        expect(Math.abs(got![1] - ra)).toBeLessThan(1e-9);
        expect(Math.abs(got![2] - jc)).toBeLessThan(1e-9);
      }
    });
  }

  it('top pairs from the heap equal sorting all pairs', () => {
    const { snapshot: snap } = randomSnapshot(200, 700, 4);
    const csr = toActorCsr(buildActorGraph(snap), 'test');
    const all = scoreAllPairs(csr);
    const rows = Array.from({ length: all.count }, (_, i) => ({
      u: all.u[i]!,
      v: all.v[i]!,
      aa: all.adamicAdar[i]!,
      jc: all.jaccard[i]!,
      cross: csr.sector[all.u[i]!] !== csr.sector[all.v[i]!],
    }));
    const byKey = (key: 'aa' | 'jc', crossFirst: boolean) => (a: (typeof rows)[0], b: (typeof rows)[0]) =>
      (crossFirst ? Number(b.cross) - Number(a.cross) : 0) || b[key] - a[key] || a.u - b.u || a.v - b.v;
    for (const [key, sortBy, crossFirst] of [
      ['aa', SCORE_ADAMIC_ADAR, false],
      ['aa', SCORE_ADAMIC_ADAR, true],
      ['jc', SCORE_JACCARD, true],
    ] as const) {
      const top = topPairs(csr, { limit: 25, sortBy, crossSectorFirst: crossFirst });
      expect(top.candidates).toBe(all.count);
      const expected = [...rows]
        .sort(byKey(key, crossFirst))
        .slice(0, 25)
        .map((r) => `${r.u}-${r.v}`);
      expect(Array.from(top.pairs.u, (u, i) => `${u}-${top.pairs.v[i]}`)).toEqual(expected);
    }
    const node = 17;
    const forNode = topPairs(csr, { limit: 10, sortBy: SCORE_ADAMIC_ADAR, node });
    const expected = rows
      .filter((r) => r.u === node || r.v === node)
      .map((r) => ({ ...r, u: node, v: r.u === node ? r.v : r.u }))
      .sort(byKey('aa', false))
      .slice(0, 10)
      .map((r) => `${r.u}-${r.v}`);
    expect(Array.from(forNode.pairs.u, (u, i) => `${u}-${forNode.pairs.v[i]}`)).toEqual(expected);
  });
});
