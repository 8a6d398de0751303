import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchCentrality, fetchDeclared, fetchMixing, fetchPredicted, fetchReachGaps, ranks, readCentrality } from '../../client/src/api/analytics.ts';
import { queryString } from '../../client/src/api/http.ts';
import { analyticsFilter, filterKey } from '../../client/src/app/derive.ts';
import { filterGraph } from '../../client/src/graph/filter.ts';
import { graphFromSerialized } from '../../client/src/graph/model.ts';
import { DEFAULT_STATE, type ViewState } from '../../client/src/state/view-state.ts';
import { buildActorGraph } from '../../server/analytics/actor-graph.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import { seedSnapshot } from '../analytics/seed-graph.ts';
import { forumsOf, sectorsWithoutTie, tiesByTypeAndStatus, unitsOf } from '../../client/src/graph/actor-summary.ts';
import { localDegree } from '../../client/src/graph/local-metrics.ts';
import { smallGraph } from './fixture.ts';

describe('analytics client helpers', () => {
  it('reads centrality in the shapes the API may answer with', () => {
    const expected = new Map([['degree', new Map([['a', 2], ['b', 1]])]]);
    expect(readCentrality({ actors: [{ id: 'a', values: { degree: 2 } }, { id: 'b', values: { degree: 1 } }] }, ['degree'])).toEqual(expected);
    expect(readCentrality({ values: { a: { degree: 2 }, b: { degree: 1 } } }, ['degree'])).toEqual(expected);
    expect(readCentrality({ metrics: { degree: { a: 2, b: 1 }, other: { a: 1 } } }, ['degree'])).toEqual(expected);
  });

  it('ranks with ties sharing a rank', () => {
    expect(ranks(new Map([['a', 3], ['b', 5], ['c', 3], ['d', 1]]))).toEqual(new Map([['b', 1], ['a', 2], ['c', 2], ['d', 4]]));
  });

  it('builds query strings with comma lists and without empty values', () => {
    expect(queryString({ area: ['housing', 'crime'], type: [], status: undefined, includeForums: false, limit: 5 })).toBe('?area=housing,crime&includeForums=false&limit=5');
  });
});

describe('actor summary', () => {
  const g = smallGraph();
  it('groups ties by type then status', () => {
    const groups = tiesByTypeAndStatus(g, 'kommunen');
    expect(groups.map((x) => [x.type, x.statuses.map((s) => s.status)])).toEqual([
      ['internal', ['active']],
      ['civil_society', ['needs_development']],
    ]);
    expect(groups[0]!.statuses[0]!.ties[0]).toMatchObject({ other: 'skolan', otherName: 'Utbildningsförvaltningen' });
  });

  it('lists the sectors without a working tie (desired ties do not count)', () => {
    expect(sectorsWithoutTie(g, 'skolan')).toEqual(['regional', 'state', 'civil_society', 'business']);
    expect(sectorsWithoutTie(g, 'kommunen')).toEqual(['regional', 'state', 'business']);
  });

  it('finds forums, units and local degree', () => {
    expect(forumsOf(g, 'polisen')).toEqual([{ id: 'forum:trygghet', name: 'Trygghetsgruppen', role: 'member' }]);
    expect(unitsOf(g, 'kommunen')).toEqual([{ id: 'skolan', name: 'Utbildningsförvaltningen' }]);
    expect(localDegree(g).get('kommunen')).toBe(2);
    expect(localDegree(g).has('forum:trygghet')).toBe(false);
  });
});

// What the explorer asks the analytics for: every area, sector and neighbourhood of the view
// reaches the API (the requests are caught here; test/http checks what the routes make of them),
// and the graph the analytics build from those filters is the one the explorer draws.
describe('the analytics the explorer asks for', () => {
  const asked: URL[] = [];
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(new URL(url, 'http://explorer'));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const view = (filters: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, statuses: ['active', 'needs_development'], forums: 'hidden', ...filters });
  const lastQuery = () => Object.fromEntries(asked.at(-1)!.searchParams);
  const chosen = view({ areas: ['housing', 'crime'], sectors: ['municipal', 'state'], neighbourhoods: ['Kronogården', 'Lextorp'], types: ['internal'] });

  it('builds the filter from every area, sector and neighbourhood of the view, and keys on them', () => {
    const s = { ...chosen, forums: 'projected' } as const;
    expect(analyticsFilter(s)).toEqual({
      areas: ['housing', 'crime'],
      sectors: ['municipal', 'state'],
      neighbourhoods: ['Kronogården', 'Lextorp'],
      types: ['internal'],
      statuses: ['active', 'needs_development'],
      includeForums: true,
    });
    expect(filterKey({ ...s, sectors: ['state'] })).not.toBe(filterKey(s));
    expect(filterKey({ ...s, neighbourhoods: ['Lextorp'] })).not.toBe(filterKey(s));
    expect(filterKey({ ...s, selected: 'polisen' })).toBe(filterKey(s));
  });

  it('sends them all to centrality and mixing', async () => {
    const scope = { area: 'housing,crime', sector: 'municipal,state', neighbourhood: 'Kronogården,Lextorp', type: 'internal', status: 'active,needs_development', includeForums: 'false' };
    await fetchCentrality(['degree'], analyticsFilter(chosen));
    expect(asked.at(-1)!.pathname).toBe('/api/analytics/centrality');
    expect(lastQuery()).toEqual({ ...scope, metrics: 'degree' });
    await fetchMixing(analyticsFilter(chosen));
    expect(lastQuery()).toEqual(scope);
    await fetchPredicted(analyticsFilter(chosen), { limit: 5, crossSector: true });
    expect(lastQuery()).toEqual({ ...scope, limit: '5', crossSector: 'true' });
  });

  it('sends reach the sectors as the actors asked (its own sector is the target), and no type', async () => {
    await fetchReachGaps('civil_society', analyticsFilter(chosen));
    expect(lastQuery()).toEqual({
      area: 'housing,crime',
      actorSector: 'municipal,state',
      sector: 'civil_society',
      neighbourhood: 'Kronogården,Lextorp',
      status: 'active,needs_development',
      includeForums: 'false',
    });
  });

  it('sends declared the scope and types, not the statuses the view draws', async () => {
    await fetchDeclared(analyticsFilter(chosen));
    expect(lastQuery()).toEqual({ area: 'housing,crime', sector: 'municipal,state', neighbourhood: 'Kronogården,Lextorp', type: 'internal' });
  });

  it.each([
    { areas: ['housing', 'crime'] },
    { sectors: ['municipal', 'civil_society'] },
    { neighbourhoods: ['Kronogården'] },
    { areas: ['crime', 'education'], sectors: ['municipal', 'state', 'business'], neighbourhoods: ['Kronogården', 'Lextorp'] },
    { areas: ['labour_market'], sectors: ['municipal', 'civil_society'], types: ['internal'] },
  ] as Partial<ViewState>[])('analyses the graph the explorer draws on the seed data with %o', (filters) => {
    const snapshot = seedSnapshot()!;
    const s = view(filters);
    const drawn = filterGraph(graphFromSerialized(serializeGraph(snapshot)), s);
    const analysed = buildActorGraph(snapshot, { areas: s.areas, sectors: s.sectors, neighbourhoods: s.neighbourhoods, type: s.types[0] });
    expect(analysed.nodes().sort()).toEqual(drawn.nodes().sort());
    analysed.forEachNode((id) => expect(analysed.neighbors(id).sort(), id).toEqual([...new Set(drawn.neighbors(id))].sort()));
  });
});
