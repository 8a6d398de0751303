import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { buildActorGraph } from '../../server/analytics/actor-graph.ts';
import { computeMetrics } from '../../server/analytics/centrality/table.ts';
import type { Area, Collaboration, Sector } from '../../server/domain/schemas.ts';
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { networkxOracle } from '../analytics/oracle.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';

let app: App;
beforeAll(async () => {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  await ensureLegacyRound(store);
  await loadDataset(store);
  app = await buildApp({ store, clientRoot: '/nonexistent' });
});
afterAll(async () => {
  await app.close();
});

describe('/api/analytics on the seed dataset', () => {
  it('lists the metric catalogue the explorer builds its menu from', async () => {
    const catalogue = (await app.inject('/api/analytics/catalogue')).json();
    const ids = catalogue.metrics.map((m: { id: string }) => m.id);
    for (const id of [
      'degree',
      'weighted_degree',
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'core',
      'constraint',
      'clustering',
    ]) {
      expect(ids).toContain(id);
    }
    expect(catalogue.metrics[0].label).toEqual({ en: expect.any(String), sv: expect.any(String) });
  });

  it('answers centrality as the analytics compute it on the store snapshot', async () => {
    const res = await app.inject('/api/analytics/centrality?metrics=degree,betweenness,pagerank&sort=betweenness&limit=5');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const direct = computeMetrics(buildActorGraph(await app.store.round(LEGACY_REF).snapshot()), {
      metrics: ['degree', 'betweenness', 'pagerank'],
      sort: 'betweenness',
      limit: 5,
    });
    expect(body.rows.map((r: { id: string }) => r.id)).toEqual(direct.rows.map((r) => r.id));
    expect(body.rows[0].values.betweenness).toBeCloseTo(direct.rows[0]!.values.betweenness!, 12);
    expect(body.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(body.total).toBe(direct.total);
  });

  it('applies the filters to the actor graph', async () => {
    const all = (await app.inject('/api/analytics/centrality?metrics=degree')).json();
    const civil = (await app.inject('/api/analytics/centrality?metrics=degree&type=civil_society')).json();
    const sum = (rows: Array<{ values: { degree: number } }>) => rows.reduce((s, r) => s + r.values.degree, 0);
    expect(sum(civil.rows)).toBeLessThan(sum(all.rows));
    const desired = (await app.inject('/api/analytics/centrality?metrics=degree&status=desired')).json();
    expect(sum(desired.rows)).toBeGreaterThan(0);
    const crime = (await app.inject('/api/analytics/centrality?metrics=degree&area=crime')).json();
    expect(crime.total).toBeLessThan(all.total);
  });

  it('names bad parameters', async () => {
    const unknown = await app.inject('/api/analytics/centrality?metrics=fame');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].path).toMatch(/^query\.metrics/);
    const sort = await app.inject('/api/analytics/centrality?metrics=degree&sort=pagerank');
    expect(sort.statusCode).toBe(400);
    expect(sort.json().details[0].path).toBe('query.sort');
    expect((await app.inject('/api/analytics/centrality?samples=0')).statusCode).toBe(400);
  });

  it('finds seeded, reproducible communities with modularity', async () => {
    const first = (await app.inject('/api/analytics/communities?seed=7')).json();
    const again = (await app.inject('/api/analytics/communities?seed=7')).json();
    expect(again).toEqual(first);
    expect(first.modularity).toBeGreaterThan(0);
    const members = first.communities.flatMap((c: { members: unknown[] }) => c.members);
    expect(members).toHaveLength((await app.store.round(LEGACY_REF).snapshot()).actors.length);
  });

  it('describes the structure', async () => {
    const s = (await app.inject('/api/analytics/structure')).json();
    expect(s.nodes).toBe((await app.store.round(LEGACY_REF).snapshot()).actors.length);
    expect(s.components.flat().length).toBe(s.nodes);
    expect(s.isolates.length).toBeGreaterThan(0);
    expect(s.density).toBeGreaterThan(0);
  });
});

// The area, sector and neighbourhood filters, checked against the rules written out plainly on the
// seed data and against networkx (test/client/analytics-client.test.ts checks them against the
// explorer's own filter).
describe('/api/analytics filtered by areas, sectors and neighbourhoods', () => {
  const EXISTING = ['active', 'needs_development'];
  interface Row {
    id: string;
    sector: string;
    values: Record<string, number | null>;
  }

  const centrality = async (query: Record<string, string | string[]>, metrics = 'degree') => {
    const params = Object.entries({ ...query, metrics }).map(([k, v]) => `${k}=${encodeURIComponent([v].flat().join(','))}`);
    const res = await app.inject(`/api/analytics/centrality?${params.join('&')}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; rows: Row[] };
  };
  const existingTies = async () => (await app.store.round(LEGACY_REF).snapshot()).collaborations.filter((c) => EXISTING.includes(c.status));
  const partnersOf = (ties: readonly Collaboration[], id: string) =>
    new Set(ties.flatMap((c) => (c.source === id ? [c.target] : c.target === id ? [c.source] : [])));

  /** The answer has exactly these actors, each with as many partners as these ties give it. */
  function expectGraph(body: { total: number; rows: Row[] }, actors: Iterable<string>, ties: readonly Collaboration[]) {
    const expected = [...new Set(actors)].sort();
    expect(body.rows.map((r) => r.id).sort()).toEqual(expected);
    expect(body.total).toBe(expected.length);
    for (const row of body.rows) expect(row.values.degree, row.id).toBe(partnersOf(ties, row.id).size);
  }

  it.each([[['crime']], [['housing', 'crime']], [['education', 'labour_market', 'housing']]] as Area[][][])(
    'area=%s keeps the ties serving any of them and the actors working in one or tied by one',
    async (areas) => {
      const { actors } = await app.store.round(LEGACY_REF).snapshot();
      const ties = (await existingTies()).filter((c) => c.areas.some((a) => areas.includes(a)));
      const working = actors.filter((a) => a.areas.some((x) => areas.includes(x))).map((a) => a.id);
      expectGraph(await centrality({ area: areas }), [...working, ...ties.flatMap((c) => [c.source, c.target])], ties);
    },
  );

  it('answers several areas with the union of the one-area answers, not their overlap', async () => {
    const ids = async (area: string) => (await centrality({ area })).rows.map((r) => r.id);
    const housing = await ids('housing');
    const crime = await ids('crime');
    const both = await ids('housing,crime');
    expect(new Set(both)).toEqual(new Set([...housing, ...crime]));
    expect(both.length).toBeGreaterThan(Math.max(housing.length, crime.length));
  });

  it('sector= keeps only the actors of those sectors, every one of them, and the ties between them', async () => {
    const sectors: Sector[] = ['municipal', 'business'];
    const { actors } = await app.store.round(LEGACY_REF).snapshot();
    const inSectors = new Map(actors.map((a) => [a.id, sectors.includes(a.sector)]));
    const ties = (await existingTies()).filter((c) => inSectors.get(c.source) && inSectors.get(c.target));
    expect(ties.length).toBeGreaterThan(0);
    const body = await centrality({ sector: sectors });
    expectGraph(
      body,
      actors.filter((a) => inSectors.get(a.id)).map((a) => a.id),
      ties,
    );
    for (const row of body.rows) expect(sectors).toContain(row.sector);
  });

  it('neighbourhood= keeps the ties in it (named on the tie; naming none, where an actor is located) and the actors located there or tied by one', async () => {
    const place = 'Kronogården';
    const { actors } = await app.store.round(LEGACY_REF).snapshot();
    const locatedIn = new Map(actors.map((a) => [a.id, a.neighbourhoods]));
    const located = new Set(actors.filter((a) => a.neighbourhoods.includes(place)).map((a) => a.id));
    const where = (c: Collaboration) =>
      c.neighbourhoods.length > 0 ? c.neighbourhoods : [...locatedIn.get(c.source)!, ...locatedIn.get(c.target)!];
    const ties = (await existingTies()).filter((c) => where(c).includes(place));
    // The seed locates two actors there and names the neighbourhood on ties between actors located elsewhere.
    expect(located.size).toBeGreaterThan(0);
    expect(ties.some((c) => !located.has(c.source) && !located.has(c.target))).toBe(true);
    expectGraph(await centrality({ neighbourhood: [place] }), [...located, ...ties.flatMap((c) => [c.source, c.target])], ties);
    // Several neighbourhoods: any of them.
    const both = await centrality({ neighbourhood: [place, 'Lextorp'] });
    expect(both.total).toBeGreaterThan(located.size);
  });

  it('neighbourhood= places an actor before the sector filter: Nokas is in Kronogården through its tie to the municipality', async () => {
    // trollhattans-stad–nokas-security-ab names Kronogården; with business alone the tie goes, Nokas stays.
    const res = await app.inject(`/api/analytics/communities?sector=business&neighbourhood=${encodeURIComponent('Kronogården')}`);
    expect(res.statusCode, res.body).toBe(200);
    const members = res.json().communities.flatMap((c: { members: Array<{ id: string }> }) => c.members.map((m) => m.id));
    expect(members).toEqual(['nokas-security-ab']);
  });

  it('area= places an actor before the sector filter too: Högskolan Väst works in the labour market through a tie', async () => {
    // hogskolan-vast lists only education; its active tie to Trollhättans Stad serves every area.
    const state = await centrality({ area: 'labour_market', sector: 'state' });
    expect(state.rows.map((r) => r.id).sort()).toEqual(['arbetsformedlingen', 'delegationen-mot-segregation', 'hogskolan-vast']);
    for (const row of state.rows) expect(row.values.degree, row.id).toBe(0);
  });

  it('answers one area as it did before area lists (degrees pinned from the seed)', async () => {
    // Existing labour-market ties: Trollhättans Stad has 4 partners (Delegationen mot segregation,
    // Högskolan Väst, Arbetsförmedlingen, Det lokala näringslivet); Arbetsförmedlingen 3
    // (Trollhättans Stad, Arbetsmarknadsstöd, Socialt stöd och försörjning); Arbetsmarknads- och
    // socialförvaltningen 3 (Näringslivsenheten, Kunskapsförbundet Väst, Organisationer som
    // förebygger missbruk); Enheten för nyanlända lists the area and has no tie. 16 actors.
    const body = await centrality({ area: 'labour_market' });
    const degree = new Map(body.rows.map((r) => [r.id, r.values.degree]));
    expect(body.total).toBe(16);
    expect(degree.get('trollhattans-stad')).toBe(4);
    expect(degree.get('arbetsformedlingen')).toBe(3);
    expect(degree.get('arbetsmarknads-och-socialforvaltningen')).toBe(3);
    expect(degree.get('enheten-for-nyanlanda')).toBe(0);
  });

  it.each(['kronogården', 'KRONOG%C3%85RDEN', 'Kronoga%CC%8Arden', 'Kronogarden'])(
    'reads neighbourhood=%s as Kronogården',
    async (name) => {
      const expected = (await app.inject(`/api/analytics/structure?neighbourhood=${encodeURIComponent('Kronogården')}`)).json();
      const res = await app.inject(`/api/analytics/structure?neighbourhood=${name}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(expected);
    },
  );

  it('refuses a neighbourhood no actor is located in and no tie or forum names with 422, naming it', async () => {
    for (const route of ['centrality', 'communities', 'structure']) {
      const res = await app.inject(`/api/analytics/${route}?neighbourhood=Lextorp,Ingenstans`);
      expect(res.statusCode, route).toBe(422);
      expect(res.json()).toMatchObject({
        error: 'unknown_reference',
        details: [{ path: 'query.neighbourhood', message: "unknown neighbourhood 'Ingenstans'" }],
      });
    }
  });

  it('computes on a sector-filtered graph what networkx computes on the induced subgraph', async () => {
    const sectors: Sector[] = ['municipal', 'civil_society'];
    const induced = buildActorGraph(await app.store.round(LEGACY_REF).snapshot());
    induced.forEachNode((id, attrs) => {
      if (!sectors.includes(attrs.sector)) induced.dropNode(id);
    });
    const nx = await networkxOracle(induced);
    const body = await centrality({ sector: sectors }, 'degree,betweenness,closeness,pagerank,clustering');
    const n = induced.order;
    const expected: Record<string, (id: string) => number | null> = {
      degree: (id) => nx.unweighted.degree[id]!,
      betweenness: (id) => nx.unweighted.betweenness[id]!,
      closeness: (id) => nx.unweighted.harmonic[id]! / (n - 1),
      pagerank: (id) => nx.unweighted.pagerank[id]!,
      clustering: (id) => nx.unweighted.clustering[id]!,
    };
    expect(body.rows.map((r) => r.id).sort()).toEqual(induced.nodes().sort());
    for (const row of body.rows) {
      for (const [metric, value] of Object.entries(expected)) {
        expect(Math.abs(row.values[metric]! - value(row.id)!), `${metric} of ${row.id}`).toBeLessThanOrEqual(1e-6);
      }
    }
  });

  it('gives each filter its own ETag and answer; the same question is a 304', async () => {
    const urls = [
      '/api/analytics/structure?sector=municipal',
      '/api/analytics/structure?sector=municipal,state',
      `/api/analytics/structure?neighbourhood=${encodeURIComponent('Kronogården')}`,
      '/api/analytics/structure?neighbourhood=Lextorp',
      '/api/analytics/structure?area=housing,crime',
    ];
    const answers = await Promise.all(urls.map((url) => app.inject(url)));
    const etags = answers.map((res) => res.headers.etag as string);
    expect(new Set(etags).size).toBe(urls.length);
    expect(new Set(answers.map((res) => res.body)).size).toBe(urls.length);
    expect((await app.inject({ url: urls[0]!, headers: { 'if-none-match': etags[0]! } })).statusCode).toBe(304);
    expect((await app.inject({ url: urls[1]!, headers: { 'if-none-match': etags[0]! } })).statusCode).toBe(200);
  });

  it.each([
    ['sector=church', 'query.sector'],
    ['sector=municipal,', 'query.sector'],
    ['area=crime,moon', 'query.area'],
    // Lists are comma-separated, as type and status are: a repeated parameter is refused.
    ['area=crime&area=housing', 'query.area'],
    ['neighbourhood=', 'query.neighbourhood'],
    ['neighbourhood=%20', 'query.neighbourhood'],
    ['neighbourhood=Lextorp,,Sylte', 'query.neighbourhood'],
    ['neighbourhood=(1001 characters)', 'query.neighbourhood'],
  ])('refuses %s, naming %s', async (query, path) => {
    const res = await app.inject(`/api/analytics/communities?${query.replace('(1001 characters)', 'x'.repeat(1001))}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it.each([
    ['centrality?neighbourhoods=Lextorp', 'query.neighbourhoods'],
    ['communities?actorSector=municipal', 'query.actorSector'],
    ['structure?weighted=true', 'query.weighted'],
    ['structure?top=5', 'query.top'],
  ])('refuses the unknown parameter in %s, naming %s', async (query, path) => {
    const res = await app.inject(`/api/analytics/${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ path, message: 'is not a known field' }]);
  });

  it.each([
    'area=labour_market',
    'area=labour_market,crime&sector=state',
    'sector=business&neighbourhood=kronogarden',
    'neighbourhood=Lextorp,Kronogården&type=state,civil_society',
    'area=education&sector=municipal,civil_society',
  ])('/api/graph?%s holds exactly the actors and ties the analytics measure for it', async (filters) => {
    const existing = 'status=active,needs_development';
    const graph = (await app.inject(`/api/graph?${filters}&${existing}&includeForums=false`)).json();
    const centrality = (await app.inject(`/api/analytics/centrality?metrics=degree&limit=1000&${filters}`)).json();
    const ids = (xs: Array<{ key?: string; id?: string }>) => xs.map((x) => x.key ?? x.id).sort();
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(ids(graph.nodes)).toEqual(ids(centrality.rows));
    // Degree counts distinct partners; the graph's ties between the same actors give the same.
    const partners = new Map<string, Set<string>>();
    for (const e of graph.edges as Array<{ source: string; target: string }>) {
      partners.set(e.source, (partners.get(e.source) ?? new Set()).add(e.target));
      partners.set(e.target, (partners.get(e.target) ?? new Set()).add(e.source));
    }
    for (const row of centrality.rows as Array<{ id: string; values: { degree: number } }>) {
      expect(row.values.degree, row.id).toBe(partners.get(row.id)?.size ?? 0);
    }
  });

  it('/api/graph refuses a neighbourhood nobody names, as the analytics do', async () => {
    const res = await app.inject('/api/graph?neighbourhood=Nowhere');
    expect(res.statusCode).toBe(422);
    expect(res.json().details).toEqual([{ path: 'query.neighbourhood', message: "unknown neighbourhood 'Nowhere'" }]);
  });

  it('documents the filters in the OpenAPI document', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const params = (path: string) =>
      new Map<string, { description: string }>(doc.paths[path].get.parameters.map((p: { name: string }) => [p.name, p]));
    for (const path of [
      '/api/analytics/centrality',
      '/api/analytics/communities',
      '/api/analytics/structure',
      '/api/gaps/mixing',
      '/api/gaps/report',
    ]) {
      for (const name of ['area', 'sector', 'neighbourhood'])
        expect(params(path).get(name)?.description, `${path} ${name}`).toMatch(/comma-separated/);
    }
    expect(params('/api/analytics/centrality').has('weighted')).toBe(true);
    expect(params('/api/analytics/communities').has('weighted')).toBe(true);
    expect(params('/api/analytics/structure').has('weighted')).toBe(false);
    const reach = params('/api/gaps/reach');
    expect(reach.get('actorSector')?.description).toMatch(/asked/);
    expect(reach.get('neighbourhood')?.description).toMatch(/asked/);
    expect(reach.get('sector')?.description).toMatch(/tie to/);
  });
});

describe('the time budget', () => {
  let big: App;
  beforeAll(async () => {
    // A seeded random graph large enough that exact betweenness goes to the worker pool.
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    await ensureLegacyRound(store);
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const n = 1500;
    const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, sector: 'municipal' as const }));
    const pairs = new Set<string>();
    while (pairs.size < 6000) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      if (a !== b) pairs.add(a < b ? `${a}-${b}` : `${b}-${a}`);
    }
    const collaborations = [...pairs].map((p) => {
      const [a, b] = p.split('-');
      return { id: `t${p}`, source: `a${a}`, target: `a${b}`, status: 'active' as const };
    });
    const { Dataset } = await import('../../server/domain/inputs.ts');
    await store.round(LEGACY_REF).importDataset(Dataset.parse({ actors, collaborations }));
    big = await buildApp({ store, clientRoot: '/nonexistent', analyticsBudgetMs: 1 });
  });
  afterAll(async () => {
    await big.close();
  });

  it('refuses exact betweenness past the budget, telling the caller what to do', async () => {
    const res = await big.inject('/api/analytics/centrality?metrics=betweenness');
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toBe('budget_exceeded');
    expect(res.json().message).toMatch(/samples=/);
    expect((await big.inject('/health')).statusCode).toBe(200);
  });

  it('answers the sampled estimate within it', async () => {
    const res = await big.inject('/api/analytics/centrality?metrics=betweenness&samples=4&limit=3');
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toHaveLength(3);
  });
});
