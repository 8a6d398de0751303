// /api/analytics/* — centrality, communities and structure of the actor graph. The metric
// menu is the catalogue (server/analytics/catalogue.ts): adding a metric there adds it here,
// to the OpenAPI document and to the explorer's menu.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { METRICS, MetricIdSchema } from '../analytics/catalogue.ts';
import { boundedNumber, PARAMETERS, type ParameterDescriptor } from '../analytics/parameters.ts';
import { snapshotSize } from '../analytics/graph-tasks.ts';
import { Catalogue, CentralityResult } from '../domain/analytics-responses.ts';
import {
  AnalyticsFilters,
  actorGraph,
  actorGraphOptions,
  analyticsErrors,
  answerFromGraph,
  metricsInPool,
  weighted,
} from './analytics-common.ts';
import { flag, listOf, queryInt, queryNumberOf } from './filters.ts';

const tags = ['analytics'];
const P = PARAMETERS;

/** A catalogue parameter as a query-string field: its bounds and default from PARAMETERS. */
const numberParameter = (p: ParameterDescriptor) =>
  queryNumberOf(boundedNumber(p))
    .prefault(p.default as number)
    .describe(p.description.en);

const CentralityQuery = AnalyticsFilters.extend({
  weighted,
  metrics: listOf(z.enum(MetricIdSchema.options), 'metric').describe(
    'metric ids from /api/analytics/catalogue, comma-separated; default all',
  ),
  normalized: flag(P.normalized.default as boolean).describe(P.normalized.description.en),
  samples: queryNumberOf(boundedNumber(P.samples)).optional().describe(P.samples.description.en),
  seed: numberParameter(P.seed),
  alpha: numberParameter(P.alpha),
  resolution: numberParameter(P.resolution),
  sort: MetricIdSchema.optional().describe('metric to sort by (one of those asked for); default the first'),
  order: z.enum(['asc', 'desc']).optional().describe('default: most central first (constraint: lowest first)'),
  limit: queryInt(1, 100_000).optional().describe('rows after sorting; default all'),
}).refine((q) => q.sort === undefined || q.metrics === undefined || q.metrics.includes(q.sort), {
  message: 'must be one of the metrics asked for',
  path: ['sort'],
});

const CommunitiesQuery = AnalyticsFilters.extend({
  weighted,
  resolution: numberParameter(P.resolution),
  seed: numberParameter(P.seed),
});
const ActorRef = z.object({ id: z.string(), name: z.string(), sector: z.string() });
const CommunitiesResult = z
  .object({
    modularity: z.number().nullable().describe('null for a graph without ties'),
    resolution: z.number(),
    seed: z.number().int(),
    communities: z.array(
      z.object({
        id: z.number().int().describe('0 = the largest'),
        size: z.number().int(),
        sectors: z.record(z.string(), z.number().int()),
        members: z.array(ActorRef),
      }),
    ),
  })
  .meta({ id: 'CommunitiesResult' });

const StructureResult = z
  .object({
    nodes: z.number().int(),
    edges: z.number().int(),
    density: z.number(),
    components: z.array(z.array(z.string())).describe('largest first'),
    isolates: z.array(z.string()),
    bridges: z.array(z.tuple([z.string(), z.string()])).describe('ties whose loss splits their component'),
    articulationPoints: z.array(z.string()).describe('actors whose loss splits their component'),
  })
  .meta({ id: 'StructureResult' });

const analyticsRoutes: FastifyPluginAsyncZod<{ budgetMs: number }> = async (app, { budgetMs }) => {
  app.get(
    '/catalogue',
    {
      schema: { tags, summary: 'The metrics and their parameters (what the explorer builds its menus from)', response: { 200: Catalogue } },
    },
    async () => ({
      metrics: METRICS.map(({ kernel: _kernel, fn: _fn, parameters, ...rest }) => ({ ...rest, parameters: parameters.map((p) => p.id) })),
      parameters: Object.values(PARAMETERS) as ParameterDescriptor[],
    }),
  );

  app.get(
    '/centrality',
    {
      schema: {
        tags,
        summary:
          'Centralities per actor: degree (total and per type), weighted degree, betweenness, closeness, eigenvector, PageRank, k-core, constraint, clustering, community',
        description:
          `Heavy metrics run on worker threads within a ${budgetMs} ms budget; past it the answer is 422 budget_exceeded (narrow the filters, or estimate betweenness with samples=k). ` +
          'Eigenvector and PageRank that do not settle on the filtered graph (PageRank with alpha near 1, say) are a 422 not_converged. ' +
          'When every worker is taken and the queue is full the answer is 503 busy with Retry-After.',
        querystring: CentralityQuery,
        response: { 200: CentralityResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const { area, sector, neighbourhood, type, status, includeForums, ...query } = request.query;
      return answerFromGraph(request, reply, async (snapshot) => {
        const graph = actorGraph(snapshot, { area, sector, neighbourhood, type, status, includeForums });
        const result = await metricsInPool(app, graph, { ...query, samples: query.samples ?? null }, budgetMs);
        return {
          sort: result.sort,
          order: result.order,
          total: result.total,
          rows: result.rows.map((row, i) => ({ ...row, rank: i + 1 })),
          communities: result.communities,
        };
      });
    },
  );

  app.get(
    '/communities',
    {
      schema: {
        tags,
        summary: 'Louvain communities with modularity (seeded, so the same query gives the same partition)',
        querystring: CommunitiesQuery,
        response: { 200: CommunitiesResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) =>
        app.analyticsOffload.run(
          'communities',
          {
            snapshot,
            types: q.type,
            graph: actorGraphOptions(snapshot, q),
            options: { weighted: q.weighted, resolution: q.resolution, seed: q.seed },
          },
          snapshotSize(snapshot),
        ),
      );
    },
  );

  app.get(
    '/structure',
    {
      schema: {
        tags,
        summary: 'Components, isolates, bridges, articulation points (single points of failure) and density',
        querystring: AnalyticsFilters,
        response: { 200: StructureResult, ...analyticsErrors },
      },
    },
    async (request, reply) =>
      answerFromGraph(request, reply, (snapshot) =>
        app.analyticsOffload.run(
          'structure',
          { snapshot, types: request.query.type, graph: actorGraphOptions(snapshot, request.query) },
          snapshotSize(snapshot),
        ),
      ),
  );
};

export default analyticsRoutes;
