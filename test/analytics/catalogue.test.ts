import { describe, expect, it } from 'vitest';
import { describeCatalogue, metric, METRIC_IDS, METRICS, MetricsQuery } from '../../server/analytics/catalogue.ts';
import { computeMetrics, defaultOrder } from '../../server/analytics/centrality/table.ts';
import { PARAMETERS } from '../../server/analytics/parameters.ts';
import { COLLABORATION_TYPES } from '../../server/domain/vocabulary.ts';
import { betweenness } from '../../server/analytics/centrality/betweenness.ts';
import { communities } from '../../server/analytics/communities.ts';
import { fixture, graphFrom, star } from './graphs.ts';

describe('the metric catalogue', () => {
  it('describes every metric once, in English and Swedish, with known parameters', () => {
    expect(new Set(METRIC_IDS).size).toBe(METRICS.length);
    const parameters = new Set(Object.values(PARAMETERS));
    for (const m of METRICS) {
      for (const text of [m.label.en, m.label.sv, m.description.en, m.description.sv]) expect(text.trim().length).toBeGreaterThan(0);
      for (const p of m.parameters) expect(parameters.has(p)).toBe(true);
      expect(['count', 'strength', 'score', 'category']).toContain(m.output);
      expect(m.output === 'category').toBe(m.higherIsMore === null);
      if (m.weightAttribute !== null) expect(m.parameters).toContain(PARAMETERS.weighted);
    }
  });

  it('names a type degree by the tie type, so it cannot read as a partner sector (issue 12, item 7)', () => {
    for (const t of COLLABORATION_TYPES) {
      const { label } = metric(`degree_${t.id}` as (typeof METRIC_IDS)[number]);
      expect(label.en).toContain(`of type ${t.en.toLowerCase()}`);
      expect(label.sv).toContain(`av typen ${t.sv.toLowerCase()}`);
    }
  });

  it('gives each metric as a function of a graph too', () => {
    const karate = fixture('karate-club');
    expect(metric('betweenness').fn(karate)).toEqual(betweenness(karate));
    expect(metric('constraint').fn(graphFrom([['a', 'b']], ['z']))).toEqual({ a: 1, b: 1, z: null });
    expect(metric('pagerank').fn(karate, { alpha: 0.5 })['0']).not.toBe(metric('pagerank').fn(karate)['0']);
  });

  it('describes itself as plain JSON for the API and the client', () => {
    const document = describeCatalogue();
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(document.metrics.map((m) => m.id)).toEqual(METRIC_IDS);
    expect(document.metrics[0]).not.toHaveProperty('kernel');
    expect(document.parameters.map((p) => p.id)).toEqual(['weighted', 'normalized', 'samples', 'seed', 'alpha', 'resolution']);
  });

  it('has a degree per collaboration type of the vocabulary', () => {
    for (const t of COLLABORATION_TYPES) expect(METRIC_IDS).toContain(`degree_${t.id}`);
  });

  it('sorts "most" first by default: descending, but ascending for constraint and categories', () => {
    expect(defaultOrder('betweenness')).toBe('desc');
    expect(defaultOrder('constraint')).toBe('asc');
    expect(defaultOrder('community')).toBe('asc');
  });
});

describe('MetricsQuery', () => {
  it('fills in defaults', () => {
    expect(MetricsQuery.parse({})).toEqual({
      metrics: METRIC_IDS,
      weighted: false,
      normalized: true,
      samples: null,
      seed: 1,
      alpha: 0.85,
      resolution: 1,
    });
  });

  it.each([
    [{ metrics: ['degree', 'degree'] }, 'metrics'],
    [{ metrics: ['degree'], sort: 'pagerank' }, 'sort'],
    [{ metrics: ['fame'] }, 'metrics.0'],
    [{ samples: 1 }, 'samples'],
    [{ alpha: 1 }, 'alpha'],
    [{ limit: 0 }, 'limit'],
    [{ colour: 'red' }, ''],
  ])('rejects %j', (query, path) => {
    const result = MetricsQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('computeMetrics', () => {
  const karate = fixture('karate-club');

  it('gives one row per actor with the requested values, sorted by the first metric, most first', () => {
    const result = computeMetrics(karate, { metrics: ['betweenness', 'degree'] });
    expect(result.total).toBe(34);
    expect(result.rows).toHaveLength(34);
    expect(result.sort).toBe('betweenness');
    expect(result.order).toBe('desc');
    expect(result.rows.slice(0, 2).map((r) => r.id)).toEqual(['0', '33']);
    expect(Object.keys(result.rows[0]!.values)).toEqual(['betweenness', 'degree']);
    expect(result.rows[0]!.values.betweenness).toBe(betweenness(karate)['0']);
    expect(result.rows[0]).toMatchObject({ name: '0', sector: 'municipal' });
    expect(result.communities).toBeNull();
  });

  it('sorts by another metric, in either order, ties broken by id, and limits', () => {
    const result = computeMetrics(karate, { metrics: ['betweenness', 'degree'], sort: 'degree', order: 'asc', limit: 3 });
    expect(result.rows.map((r) => [r.id, r.values.degree])).toEqual([
      ['11', 1],
      ['12', 2],
      ['14', 2],
    ]);
  });

  it('puts undefined values (constraint of an isolate) last, as null', () => {
    const result = computeMetrics(
      graphFrom(
        [
          ['a', 'b'],
          ['a', 'c'],
        ],
        ['z'],
      ),
      { metrics: ['constraint'] },
    );
    expect(result.order).toBe('asc');
    expect(result.rows.map((r) => [r.id, r.values.constraint])).toEqual([
      ['a', 0.5],
      ['b', 1],
      ['c', 1],
      ['z', null],
    ]);
  });

  it('reports the community partition with its modularity', () => {
    const result = computeMetrics(karate, { metrics: ['community'], seed: 2 });
    const direct = communities(karate, { seed: 2 });
    expect(result.communities).toEqual({ count: direct.count, sizes: direct.sizes, modularity: direct.modularity });
    for (const row of result.rows) expect(row.values.community).toBe(direct.communities[row.id]);
  });

  it('weighted switches strength and path metrics, never the counts', () => {
    const plain = computeMetrics(karate, { metrics: ['degree', 'weighted_degree', 'closeness'], sort: 'degree' });
    const weighted = computeMetrics(karate, { metrics: ['degree', 'weighted_degree', 'closeness'], sort: 'degree', weighted: true });
    const at = (r: typeof plain, id: string) => r.rows.find((row) => row.id === id)!.values;
    expect(at(weighted, '0').degree).toBe(at(plain, '0').degree);
    expect(at(plain, '0').weighted_degree).toBe(at(plain, '0').degree);
    expect(at(weighted, '0').weighted_degree).toBeGreaterThan(at(plain, '0').weighted_degree!);
    expect(at(weighted, '0').closeness).not.toBe(at(plain, '0').closeness);
  });

  it('computes every metric of the catalogue by default', () => {
    const result = computeMetrics(star(3));
    expect(Object.keys(result.rows[0]!.values)).toEqual(METRIC_IDS);
    expect(result.rows[0]!.id).toBe('h');
  });

  it('rejects an invalid query and a graph it cannot use, naming the module', () => {
    expect(() => computeMetrics(karate, { metrics: [] })).toThrow(/^catalogue: invalid metrics query: metrics/);
    expect(() => computeMetrics({} as never)).toThrow(/^catalogue: expected a graphology graph/);
  });
});
