import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../server/analytics/actor-graph.ts';
import { brokers } from '../../../server/analytics/gaps/brokers.ts';
import { SECTOR_IDS, toActorCsr } from '../../../server/analytics/kernel/actor-csr.ts';
import { burtConstraint, groupPaths } from '../../../server/analytics/gaps/group-paths.ts';
import { BrokersResult } from '../../../server/analytics/gaps/schemas.ts';
import { actor, forum, randomSnapshot, snapshot, tie } from './fixtures.ts';
import { oracle } from './oracle.ts';

/**
 * "Two shores": two municipal offices and two associations, reached only through the region
 * and the police.
 *
 *   kommun-a — region — forening-a
 *              |
 *   kommun-b ——+
 *      |
 *    polis — forening-b
 *
 * Municipal → civil society shortest paths (each unique):
 *   kommun-a → forening-a: via region            (2)
 *   kommun-a → forening-b: via region, kommun-b, polis (4)
 *   kommun-b → forening-a: via region            (2)
 *   kommun-b → forening-b: via polis             (2)
 * Paths through: region 3, polis 2, kommun-b 1 — networkx halves these on an undirected graph:
 * 1.5, 1, 0.5; shares of the 4 pairs: 3/4, 1/2, 1/4. No triangles, so constraint = 1/degree:
 * region 1/3, polis 1/2, kommun-b 1/2.
 */
const twoShores = snapshot(
  [
    actor('kommun-a', 'municipal'),
    actor('kommun-b', 'municipal'),
    actor('region', 'regional'),
    actor('polis', 'state'),
    actor('forening-a', 'civil_society'),
    actor('forening-b', 'civil_society'),
  ],
  [tie('kommun-a', 'region'), tie('kommun-b', 'region'), tie('region', 'forening-a'), tie('kommun-b', 'polis'), tie('polis', 'forening-b')],
  [forum('trygghetsgruppen', ['kommun-a', 'forening-b'])],
);

describe('brokers between two groups', () => {
  it('finds the brokers, distances and example paths of the two shores', () => {
    const result = brokers(twoShores, { from: 'municipal', to: 'civil_society' });
    expect(BrokersResult.parse(result)).toEqual(result);
    expect(result.from).toEqual({ kind: 'sector', value: 'municipal', actors: 2 });
    expect(result.pairs).toBe(4);
    expect(result.connectedPairs).toBe(4);
    expect(result.directTies).toBe(0);
    expect(result.distance).toEqual({ min: 2, mean: 2.5 });
    expect(result.brokers.map((b) => [b.actor.id, b.group, b.betweenness, b.share])).toEqual([
      ['region', null, 1.5, 0.75],
      ['polis', null, 1, 0.5],
      ['kommun-b', 'from', 0.5, 0.25],
    ]);
    expect(result.brokers.map((b) => b.constraint)).toEqual([1 / 3, 1 / 2, 1 / 2]);
    expect(result.paths.map((p) => p.actors.map((a) => a.id).join(' > '))).toEqual([
      'kommun-a > region > forening-a',
      'kommun-b > polis > forening-b',
      'kommun-b > region > forening-a',
    ]);
  });

  it('takes an actor as one end', () => {
    const result = brokers(twoShores, { from: 'kommun-a', to: 'civil_society', paths: 5 });
    expect(result.from).toEqual({ kind: 'actor', value: 'kommun-a', actors: 1 });
    expect(result.brokers.map((b) => [b.actor.id, b.share])).toEqual([
      ['region', 1],
      ['kommun-b', 0.5],
      ['polis', 0.5],
    ]);
    expect(result.paths.map((p) => p.length)).toEqual([2, 4]);
  });

  it('keeps an actor that is in both groups in `from` only', () => {
    const result = brokers(twoShores, { from: 'kommun-b', to: 'municipal' });
    expect(result.to.actors).toBe(1);
    expect(result.paths.map((p) => p.actors.map((a) => a.id))).toEqual([['kommun-b', 'region', 'kommun-a']]);
  });

  it('sees forum co-membership as a tie when asked', () => {
    const result = brokers(twoShores, { from: 'kommun-a', to: 'forening-b', includeForums: true });
    expect(result.directTies).toBe(1);
    expect(result.brokers).toEqual([]);
  });

  it('reports unreachable groups without paths', () => {
    const lonely = snapshot([...twoShores.actors, actor('bolag', 'business')], twoShores.collaborations);
    const result = brokers(lonely, { from: 'business', to: 'civil_society' });
    expect(result.connectedPairs).toBe(0);
    expect(result.distance).toEqual({ min: null, mean: null });
    expect(result.paths).toEqual([]);
    expect(result.brokers).toEqual([]);
  });

  it('checks its input', () => {
    expect(() => brokers(twoShores, { from: 'municipal', to: 'municipal' })).toThrow(/^brokers: from and to/);
    expect(() => brokers(twoShores, { from: 'nobody', to: 'municipal' })).toThrow(/^brokers: from: actor 'nobody'/);
    expect(() => brokers(twoShores, { from: 'municipal', to: 'civil_society', limit: 0 })).toThrow(/^brokers: limit/);
  });
});

describe('group paths against networkx', () => {
  for (const [n, m, seed, from, to] of [
    [60, 120, 11, 'municipal', 'civil_society'],
    [200, 500, 12, 'business', 'state'],
    [120, 180, 13, 'regional', 'municipal'],
  ] as const) {
    it(`subset betweenness and constraint agree (n=${n}, m=${m}, ${from} → ${to})`, () => {
      const { snapshot: snap, edges } = randomSnapshot(n, m, seed);
      const csr = toActorCsr(buildActorGraph(snap), 'test');
      const group = (sector: string) => {
        const s = SECTOR_IDS.indexOf(sector as never);
        return csr.ids.map((_, i) => i).filter((i) => csr.sector[i] === s);
      };
      const sources = group(from);
      const targets = group(to);
      const asNumber = (i: number) => Number(csr.ids[i]!.slice(1));
      const ours = groupPaths(csr, sources, targets);
      const nx = oracle<{ betweenness: number[] }>({
        mode: 'subset_betweenness',
        n,
        edges,
        sources: sources.map(asNumber),
        targets: targets.map(asNumber),
      });
      for (let i = 0; i < n; i++) expect(Math.abs(ours.betweenness[i]! - nx.betweenness[asNumber(i)]!)).toBeLessThan(1e-9);
      expect(nx.betweenness.some((b) => b > 0)).toBe(true);

      const listed = brokers(snap, { from, to, limit: 1000 });
      for (const b of listed.brokers) expect(Math.abs(b.betweenness - nx.betweenness[Number(b.actor.id.slice(1))]!)).toBeLessThan(1e-9);
      expect(listed.brokers.length).toBe(nx.betweenness.filter((b) => b > 0).length);

      const constraint = burtConstraint(csr);
      const nxc = oracle<{ constraint: (number | null)[] }>({ mode: 'constraint', n, edges });
      for (let i = 0; i < n; i++) {
        const expected = nxc.constraint[asNumber(i)];
        if (expected === null) expect(constraint[i]).toBeNaN();
        else expect(Math.abs(constraint[i]! - expected!)).toBeLessThan(1e-9);
      }
    });
  }
});
