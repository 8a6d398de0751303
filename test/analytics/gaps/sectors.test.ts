// On the gap analytics a sector filter says whose answers are shown and never removes a tie:
// each answer with `sectors` is the unfiltered answer, cut down to the rows, ties, pairs,
// brokers or list entries of those sectors (the figures themselves do not move). Checked on the
// hand-made Kronogården snapshot (test/analytics/gaps/kronogarden.ts).
import { describe, expect, it } from 'vitest';
import { brokers } from '../../../server/analytics/gaps/brokers.ts';
import { declaredGaps } from '../../../server/analytics/gaps/declared.ts';
import { sectorMixing } from '../../../server/analytics/gaps/mixing.ts';
import { predictLinks } from '../../../server/analytics/gaps/predicted.ts';
import { gapReport, toMarkdown } from '../../../server/analytics/gaps/report.ts';
import { kronogarden } from './kronogarden.ts';

describe('a sector filter on the gap analytics', () => {
  it('mixing: returns the chosen rows and cells, and keeps the baseline', () => {
    const all = sectorMixing(kronogarden);
    const some = sectorMixing(kronogarden, { sectors: ['municipal', 'civil_society'] });
    // The whole graph still: 8 actors, 6 ties; municipal's E-I counts its ties to the state.
    expect(some).toMatchObject({ actors: 8, ties: 6, density: all.density, eiIndex: all.eiIndex });
    expect(some.scope.sectors).toEqual(['municipal', 'civil_society']);
    expect(some.sectors).toEqual(all.sectors.filter((r) => r.sector === 'municipal' || r.sector === 'civil_society'));
    expect(some.sectors.find((r) => r.sector === 'municipal')!.eiIndex).toBe(0.5);
    expect(some.cells.map((c) => `${c.a}×${c.b}`)).toEqual([
      'municipal×municipal',
      'municipal×civil_society',
      'civil_society×civil_society',
    ]);
    for (const cell of some.cells) expect(cell).toEqual(all.cells.find((c) => c.a === cell.a && c.b === cell.b));
  });

  it('declared: keeps the ties with an actor of the sectors, and lists only those actors', () => {
    // Every declared tie has a municipal end: skola–forening, ks–forening, naring–bostad.
    const municipal = declaredGaps(kronogarden, { sectors: ['municipal'] });
    expect(municipal.ties.map((t) => t.id)).toEqual(['skola--forening', 'ks--forening', 'naring--bostad']);
    expect(municipal.byActor.map((g) => g.actor.id)).toEqual(['ks', 'naring', 'skola']);
    const business = declaredGaps(kronogarden, { sectors: ['business'] });
    expect(business.ties.map((t) => t.id)).toEqual(['naring--bostad']);
    expect(business.byActor.map((g) => g.actor.id)).toEqual(['bostad']);
    expect(declaredGaps(kronogarden, { sectors: ['state'] }).total).toBe(0);
  });

  it('predicted: the suggestions for actors of the sectors, scored on the whole graph', () => {
    const all = predictLinks(kronogarden, { limit: 100 });
    const regional = predictLinks(kronogarden, { sectors: ['regional'], limit: 100 });
    const touches = (p: (typeof all.predictions)[number]) => p.source.sector === 'regional' || p.target.sector === 'regional';
    expect(regional.predictions.length).toBeGreaterThan(0);
    expect(regional.predictions).toEqual(all.predictions.filter(touches));
    // Partners and shared neighbours of any sector: region's partners come through af (state).
    expect(regional.predictions.flatMap((p) => p.sharedNeighbours.map((n) => n.id))).toContain('af');
  });

  it('brokers: lists the brokers of the sectors, measured on the whole graph', () => {
    const all = brokers(kronogarden, { from: 'municipal', to: 'civil_society', limit: 100 });
    const state = brokers(kronogarden, { from: 'municipal', to: 'civil_society', sectors: ['state'], limit: 100 });
    expect(state.brokers.length).toBeGreaterThan(0);
    expect(state.brokers).toEqual(all.brokers.filter((b) => b.actor.sector === 'state'));
    expect(state).toMatchObject({ pairs: all.pairs, connectedPairs: all.connectedPairs, distance: all.distance, paths: all.paths });
  });

  it('report: the same findings and figures, lists limited to the sectors, and it says so', () => {
    const all = gapReport(kronogarden);
    const municipal = gapReport(kronogarden, { sectors: ['municipal'] });
    expect(municipal.findings).toEqual(all.findings);
    expect(municipal.typeShares).toEqual(all.typeShares);
    expect(municipal.scope.sectors).toEqual(['municipal']);
    // ks, naring and skola are asked; none reaches civil society or business with an active tie.
    expect(municipal.withoutCivilSociety).toMatchObject({ count: 3, of: 3 });
    for (const a of [...municipal.withoutCivilSociety.actors, ...municipal.withoutBusiness.actors]) expect(a.sector).toBe('municipal');
    expect(municipal.declared.total).toBe(3);
    for (const g of municipal.declared.topActors) expect(g.actor.sector).toBe('municipal');
    for (const p of municipal.predicted) expect([p.source.sector, p.target.sector]).toContain('municipal');
    expect(municipal.weakestPairs.length).toBeGreaterThan(0);
    for (const c of municipal.weakestPairs) expect([c.a, c.b]).toContain('municipal');
    const md = toMarkdown(municipal);
    expect(md.split('\n')[0]).toBe('# Collaboration gaps (all areas)');
    expect(md).toContain(
      'The lists are limited to actors of these sectors: Municipal. The findings and figures cover every sector in scope.',
    );
    expect(toMarkdown(all)).not.toContain('limited to');
  });
});
