import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fetchCentrality,
  fetchDeclared,
  fetchMixing,
  fetchPredicted,
  fetchReachGaps,
  ranks,
  readCentrality,
  standing,
  type AnalyticsFilter,
} from '../../client/src/api/analytics.ts';
import { queryString } from '../../client/src/api/http.ts';
import { analyticsFilter, filterKey } from '../../client/src/app/derive.ts';
import { filterGraph } from '../../client/src/graph/filter.ts';
import { graphFromSerialized } from '../../client/src/graph/model.ts';
import { DEFAULT_STATE, type ViewState } from '../../client/src/state/view-state.ts';
import { buildActorGraph } from '../../server/analytics/actor-graph.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import { seedSnapshot } from '../analytics/seed-graph.ts';
import { places } from '../analytics/places.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { forumsOf, sectorsWithoutTie, tiesByTypeAndStatus, unitsOf } from '../../client/src/graph/actor-summary.ts';
import { localDegree } from '../../client/src/graph/local-metrics.ts';
import { smallGraph } from './fixture.ts';

describe('analytics client helpers', () => {
  it('reads the centrality answer into metric -> actor -> value, leaving out undefined values', () => {
    const row = (id: string, rank: number, values: Record<string, number | null>) => ({ id, name: id, sector: 'municipal', rank, values });
    const body = {
      sort: 'degree',
      order: 'desc' as const,
      total: 3,
      communities: null,
      rows: [row('a', 1, { degree: 2, constraint: 0.5 }), row('b', 2, { degree: 1, constraint: null }), row('c', 3, { degree: 0 })],
    };
    expect(readCentrality(body, ['degree'])).toEqual(
      new Map([
        [
          'degree',
          new Map([
            ['a', 2],
            ['b', 1],
            ['c', 0],
          ]),
        ],
      ]),
    );
    expect(readCentrality(body, ['constraint', 'closeness'])).toEqual(
      new Map([
        ['constraint', new Map([['a', 0.5]])],
        ['closeness', new Map()],
      ]),
    );
  });

  it('says how many share a value, and when a tie runs to the last place', () => {
    // Betweenness on a star: the centre alone, four leaves at 0.
    const values = new Map([
      ['centre', 6],
      ['l1', 0],
      ['l2', 0],
      ['l3', 0],
      ['l4', 0],
    ]);
    expect(standing(values, 'centre')).toEqual({ rank: 1, of: 5, tiedWith: 0, last: false });
    expect(standing(values, 'l3')).toEqual({ rank: 2, of: 5, tiedWith: 3, last: true });
    // Lower is more (constraint): the leaves lead, tied, and the centre is last alone.
    expect(standing(values, 'l1', false)).toEqual({ rank: 1, of: 5, tiedWith: 3, last: false });
    expect(standing(values, 'centre', false)).toEqual({ rank: 5, of: 5, tiedWith: 0, last: false });
    expect(standing(values, 'nobody')).toBeUndefined();
  });

  it('ranks with ties sharing a rank', () => {
    expect(
      ranks(
        new Map([
          ['a', 3],
          ['b', 5],
          ['c', 3],
          ['d', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['b', 1],
        ['a', 2],
        ['c', 2],
        ['d', 4],
      ]),
    );
  });

  it('builds query strings with comma lists and without empty values', () => {
    expect(queryString({ area: ['housing', 'crime'], type: [], status: undefined, includeForums: false, limit: 5 })).toBe(
      '?area=housing,crime&includeForums=false&limit=5',
    );
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
      // An empty answer of the shape every route shares enough of for the client to read it.
      return new Response('{"rows":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const view = (filters: Partial<ViewState>): ViewState => ({
    ...DEFAULT_STATE,
    statuses: ['active', 'needs_development'],
    forums: 'hidden',
    // "Part of" lines are drawn beside the ties, never counted as ties: compare the ties alone.
    hierarchy: false,
    ...filters,
  });
  const lastQuery = () => Object.fromEntries(asked.at(-1)!.searchParams);
  const chosen = view({
    areas: ['housing', 'crime'],
    sectors: ['municipal', 'state'],
    neighbourhoods: ['Kronogården', 'Lextorp'],
    types: ['internal'],
  });

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
    const scope = {
      area: 'housing,crime',
      sector: 'municipal,state',
      neighbourhood: 'Kronogården,Lextorp',
      type: 'internal',
      status: 'active,needs_development',
      includeForums: 'false',
    };
    await fetchCentrality(null, ['degree'], analyticsFilter(chosen));
    expect(asked.at(-1)!.pathname).toBe('/api/analytics/centrality');
    expect(lastQuery()).toEqual({ ...scope, metrics: 'degree' });
    await fetchMixing(null, analyticsFilter(chosen));
    expect(lastQuery()).toEqual(scope);
    await fetchPredicted(null, analyticsFilter(chosen), { limit: 5, crossSector: true });
    expect(lastQuery()).toEqual({ ...scope, limit: '5', crossSector: 'true' });
  });

  it('sends reach the sectors as the actors asked (its own sector is the target), and no type or status', async () => {
    // The view's statuses say which ties are drawn; reach's `status` says which ties count as
    // reaching, so a view showing desired ties must not make them count.
    await fetchReachGaps(null, 'civil_society', analyticsFilter({ ...chosen, statuses: ['active', 'desired'] }));
    expect(lastQuery()).toEqual({
      area: 'housing,crime',
      actorSector: 'municipal,state',
      sector: 'civil_society',
      neighbourhood: 'Kronogården,Lextorp',
      includeForums: 'false',
    });
  });

  it('sends declared the scope and types, not the statuses the view draws', async () => {
    await fetchDeclared(null, analyticsFilter(chosen));
    expect(lastQuery()).toEqual({
      area: 'housing,crime',
      sector: 'municipal,state',
      neighbourhood: 'Kronogården,Lextorp',
      type: 'internal',
    });
  });

  // The graph the analytics routes build for a view's filters (server/routes/analytics.ts: the
  // types restrict the snapshot's ties, then the actor graph takes the scope and statuses),
  // against the graph the explorer draws from the same filters.
  const ofTypes = (snapshot: GraphSnapshot, types: readonly string[]): GraphSnapshot =>
    types.length === 0 ? snapshot : { ...snapshot, collaborations: snapshot.collaborations.filter((c) => types.includes(c.type)) };
  const analysed = (snapshot: GraphSnapshot, s: ViewState) =>
    buildActorGraph(ofTypes(snapshot, s.types), {
      areas: s.areas,
      sectors: s.sectors,
      neighbourhoods: s.neighbourhoods,
      statuses: s.statuses.length > 0 ? s.statuses : undefined,
    });
  const expectSameGraph = (snapshot: GraphSnapshot, filters: Partial<ViewState>) => {
    const s = view(filters);
    const drawn = filterGraph(graphFromSerialized(serializeGraph(snapshot)), s);
    const graph = analysed(snapshot, s);
    expect(graph.nodes().sort()).toEqual(drawn.nodes().sort());
    graph.forEachNode((id) => expect(graph.neighbors(id).sort(), id).toEqual([...new Set(drawn.neighbors(id))].sort()));
    return graph;
  };

  it.each([
    { areas: ['housing', 'crime'] },
    { sectors: ['municipal', 'civil_society'] },
    { neighbourhoods: ['Kronogården'] },
    { neighbourhoods: ['kronogarden', 'LEXTORP'] },
    { neighbourhoods: ['Kronogården'], sectors: ['business'] },
    { neighbourhoods: ['Kronogården'], sectors: ['business', 'municipal'], statuses: ['active', 'needs_development', 'desired'] },
    { neighbourhoods: ['Lextorp'], sectors: ['civil_society', 'state'], types: ['civil_society', 'state'] },
    { areas: ['crime', 'education'], sectors: ['municipal', 'state', 'business'], neighbourhoods: ['Kronogården', 'Lextorp'] },
    { areas: ['labour_market'], sectors: ['state'] },
    { areas: ['labour_market'], sectors: ['municipal', 'civil_society'], types: ['internal'] },
    { types: ['internal', 'business'], statuses: ['needs_development', 'desired'] },
    { areas: ['housing'], types: ['civil_society', 'business', 'state'], statuses: ['desired'], neighbourhoods: ['Granngården'] },
  ] as Partial<ViewState>[])('analyses the graph the explorer draws on the seed data with %o', (filters) => {
    expectSameGraph(seedSnapshot()!, filters);
  });

  it.each([
    { neighbourhoods: ['Kronogården'] },
    { neighbourhoods: ['Sylte'] },
    { neighbourhoods: ['sylte'], sectors: ['civil_society'] },
    { neighbourhoods: ['Kronogården'], sectors: ['business'] },
    { neighbourhoods: ['Sylte'], statuses: ['active', 'desired'] },
    { areas: ['crime'], sectors: ['business'] },
  ] as Partial<ViewState>[])('agrees on ties that name another neighbourhood than their actors are in, with %o', (filters) => {
    expectSameGraph(places, filters);
  });

  it('draws Nokas in Kronogården with business alone, as the analytics count it', () => {
    const graph = expectSameGraph(seedSnapshot()!, { neighbourhoods: ['Kronogården'], sectors: ['business'] });
    expect(graph.nodes()).toEqual(['nokas-security-ab']);
  });
});

// Every request the explorer makes, answered by the real app on the seed data: the routes refuse
// parameters they do not take, so a parameter the client sends and a route no longer takes fails
// here (and not silently in the explorer, which shows "unavailable" for a failed fetch).
// The app is loaded by path, as test/e2e/harness.ts does: this file is type-checked with the
// client's settings, and the server's modules by the root tsconfig.
interface InjectingApp {
  inject(url: string): Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}
interface StoreLike {
  init(): Promise<void>;
}
const serverModule = <T>(path: string): Promise<T> => import(new URL(`../../${path}`, import.meta.url).href) as Promise<T>;

describe('the routes accept every request the explorer makes', () => {
  let app: InjectingApp;
  const answered: Array<{ url: string; status: number; body: string }> = [];
  beforeAll(async () => {
    const { buildApp } = await serverModule<{ buildApp(o: { store: StoreLike; clientRoot: string }): Promise<InjectingApp> }>(
      'server/app.ts',
    );
    const { EmbeddedStore } = await serverModule<{ EmbeddedStore: new (o: { file: string }) => StoreLike }>(
      'server/store/embedded/embedded-store.ts',
    );
    const { loadDataset } = await serverModule<{ loadDataset(store: StoreLike): Promise<unknown> }>('server/seed/load.ts');
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    await loadDataset(store);
    app = await buildApp({ store, clientRoot: '/nonexistent' });
    vi.stubGlobal('fetch', async (url: string) => {
      const res = await app.inject(url);
      answered.push({ url, status: res.statusCode, body: res.body });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await app.close();
  });

  it.each([
    {
      areas: ['housing', 'crime'],
      sectors: ['municipal', 'state'],
      neighbourhoods: ['Kronogården', 'Lextorp'],
      types: ['internal', 'state'],
      statuses: ['active', 'desired'],
      includeForums: true,
    },
    { areas: [], sectors: [], neighbourhoods: [], types: [], statuses: [], includeForums: false },
    {
      areas: ['labour_market'],
      sectors: ['business'],
      neighbourhoods: ['kronogarden'],
      types: ['business'],
      statuses: ['needs_development'],
      includeForums: false,
    },
  ] as AnalyticsFilter[])('with %o', async (filter) => {
    answered.length = 0;
    await fetchCentrality(null, ['degree', 'betweenness'], filter);
    await fetchReachGaps(null, 'civil_society', filter);
    await fetchMixing(null, filter);
    await fetchDeclared(null, filter);
    await fetchPredicted(null, filter, { limit: 15, crossSector: true });
    await fetchPredicted(null, filter, { limit: 5, actor: 'polisen' });
    expect(answered.map((a) => a.url.split('?')[0])).toEqual([
      '/api/analytics/centrality',
      '/api/gaps/reach',
      '/api/gaps/mixing',
      '/api/gaps/declared',
      '/api/gaps/predicted',
      '/api/gaps/predicted',
    ]);
    for (const a of answered) expect(a.status, `${a.url}: ${a.body}`).toBe(200);
  });
});
