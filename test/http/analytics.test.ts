import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { buildActorGraph } from '../../server/analytics/actor-graph.ts';
import { computeMetrics } from '../../server/analytics/catalogue.ts';
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';

let app: App;
beforeAll(async () => {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
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
    for (const id of ['degree', 'weighted_degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'core', 'constraint', 'clustering']) {
      expect(ids).toContain(id);
    }
    expect(catalogue.metrics[0].label).toEqual({ en: expect.any(String), sv: expect.any(String) });
  });

  it('answers centrality as the analytics compute it on the store snapshot', async () => {
    const res = await app.inject('/api/analytics/centrality?metrics=degree,betweenness,pagerank&sort=betweenness&limit=5');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const direct = computeMetrics(buildActorGraph(await app.store.snapshot()), { metrics: ['degree', 'betweenness', 'pagerank'], sort: 'betweenness', limit: 5 });
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
    expect(members).toHaveLength((await app.store.snapshot()).actors.length);
  });

  it('describes the structure', async () => {
    const s = (await app.inject('/api/analytics/structure')).json();
    expect(s.nodes).toBe((await app.store.snapshot()).actors.length);
    expect(s.components.flat().length).toBe(s.nodes);
    expect(s.isolates.length).toBeGreaterThan(0);
    expect(s.density).toBeGreaterThan(0);
  });
});

describe('the time budget', () => {
  let big: App;
  beforeAll(async () => {
    // A seeded random graph large enough that exact betweenness goes to the worker pool.
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
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
    await store.importDataset(Dataset.parse({ actors, collaborations }));
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
