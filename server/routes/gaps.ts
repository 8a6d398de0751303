// /api/gaps/* — who is not working with whom (docs/domain.md, "Missing-link gaps").
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CollaborationType, Sector, Slug } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { GapSchemas, PREDICTED_DEFAULTS, toMarkdown } from '../analytics/gaps/index.ts';
import { snapshotSize } from '../analytics/graph-tasks.ts';
import type { TaskInput, TaskName, TaskOutput } from '../analytics/worker-protocol.ts';
import { AnalyticsFilters, analyticsErrors, analyticsScope, answerFromGraph, valueFromGraph } from './analytics-common.ts';
import { chars, flag, listOf, queryInt } from './filters.ts';
import { LangQuery, reportLanguage } from './language.ts';

const tags = ['gaps'];
const statuses = (q: Pick<AnalyticsFilters, 'status'>) => (q.status ? { statuses: q.status } : {});
/** The scope, statuses and forum projection, for the routes that build an actor graph. */
const graphOptions = (snapshot: GraphSnapshot, q: Omit<AnalyticsFilters, 'type'>) => ({
  ...analyticsScope(snapshot, q),
  includeForums: q.includeForums,
  ...statuses(q),
});

// On the gap routes the area and neighbourhood filters say *where*: the part of the network each
// analytic runs on. `sector` says *whose answers are shown* and never removes a tie: a gap is a
// tie between sectors, so cutting the others away would hide the very gaps asked about (and
// make "mostly internal" true by construction). Each route says what its `sector` keeps.
const WHERE =
  'The area and neighbourhood filters choose the part of the network this runs on, as the explorer draws it; `sector` never removes a tie from it.';
const sectorShown = (what: string) => AnalyticsFilters.shape.sector.describe(`one or more sectors, comma-separated: ${what}`);

// Reach measures the actors asked about against a target: `sector` names the target, so the
// explorer's sector filter is `actorSector` on this route.
const ReachQuery = AnalyticsFilters.omit({ type: true, sector: true })
  .extend({
    sector: Sector.optional().describe('the sector nobody listed has a tie to (give sector or type)'),
    type: CollaborationType.optional().describe('the collaboration type nobody listed has (give sector or type)'),
    actorSector: listOf(Sector, 'sector').describe(
      'one or more sectors, comma-separated: the actors asked are exactly those of these sectors in the area and neighbourhood scope (the sector filter of the other routes; here `sector` is the target); the partner reached may be of any sector',
    ),
    neighbourhood: AnalyticsFilters.shape.neighbourhood.describe(
      'one or more neighbourhood names, comma-separated, matched ignoring case, accents and Unicode form: the actors asked are those located in one or tied by a tie in one, and only ties in one of them count as reaching (a tie naming neighbourhoods is in those; one naming none is where its actors are located). A name no actor, tie or forum in the graph has is a 422',
    ),
    status: AnalyticsFilters.shape.status.describe('which tie statuses count as reaching the target; default active'),
  })
  .refine((q) => (q.sector === undefined) !== (q.type === undefined), {
    message: 'give exactly one of sector or type',
    path: ['sector'],
  });

const MixingQuery = AnalyticsFilters.extend({
  sector: sectorShown(
    "which rows and cells of the matrix are returned (both sectors of a cell chosen); counts, densities, the whole-graph baseline and each sector's E-I index are computed with every sector in the scope, so they do not change with this filter",
  ),
});

const DeclaredQuery = AnalyticsFilters.omit({ includeForums: true }).extend({
  sector: sectorShown(
    "only ties with at least one actor of these sectors (a tie to another sector stays), and only these sectors' actors in byActor",
  ),
  status: AnalyticsFilters.shape.status.describe('which statuses are declared gaps; default desired and needs_development'),
  actor: Slug.optional().describe('only ties of this actor'),
});

const PredictedQuery = AnalyticsFilters.extend({
  sector: sectorShown(
    'only suggestions for actors of these sectors (pairs with at least one of them); partners and shared neighbours come from every sector in scope, and scores are computed on all of it',
  ),
  limit: queryInt(1, 10_000).prefault(PREDICTED_DEFAULTS.limit),
  actor: Slug.optional().describe('the best new partners for this actor'),
  crossSector: flag(false).describe('only pairs of different sectors'),
  sortBy: GapSchemas.LinkScore.default('adamicAdar'),
});

const BrokersQuery = AnalyticsFilters.extend({
  sector: sectorShown('only brokers of these sectors are listed; groups, paths and the measures are computed with every sector in scope'),
  from: chars(120).min(1).describe('an actor id or a sector (its actors in the area and neighbourhood scope)'),
  to: chars(120).min(1).describe('an actor id or a sector (its actors in the area and neighbourhood scope)'),
  limit: queryInt(1, 1000).prefault(10),
  paths: queryInt(0, 100).prefault(3).describe('how many example shortest paths'),
}).refine((q) => q.from !== q.to, { message: 'must differ from `from`', path: ['to'] });

// The report's parts each choose their own statuses and forum handling, so it takes neither.
const ReportQuery = AnalyticsFilters.omit({ status: true, includeForums: true }).extend({
  sector: sectorShown(
    'the lists (actors without civil-society or business ties, declared gaps, predicted links, weakest sector pairs) are limited to actors of these sectors, and the report says so; every finding and figure is computed with every sector in scope',
  ),
  top: queryInt(1, 100).prefault(5).describe('how many items each top list holds'),
  lang: LangQuery,
});

const gapRoutes: FastifyPluginAsyncZod = async (app) => {
  // Every gap analytic grows with the graph: it runs where the offload says (plugins/analytics.ts).
  const compute = <K extends TaskName>(task: K, input: TaskInput<K> & { snapshot: GraphSnapshot }): Promise<TaskOutput<K>> =>
    app.analyticsOffload.run(task, input, snapshotSize(input.snapshot));

  app.get(
    '/reach',
    {
      schema: {
        tags,
        summary: 'Actors with no tie to a sector (or of a type) — "who does not collaborate with civil society?"',
        querystring: ReachQuery,
        response: { 200: GapSchemas.ReachGapsResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) => {
        const { areas, neighbourhoods } = analyticsScope(snapshot, { area: q.area, neighbourhood: q.neighbourhood });
        return compute('reach', {
          snapshot,
          options: {
            sector: q.sector,
            type: q.type,
            areas,
            actorSectors: q.actorSector,
            neighbourhoods,
            includeForums: q.includeForums,
            ...statuses(q),
          },
        });
      });
    },
  );

  app.get(
    '/mixing',
    {
      schema: {
        tags,
        summary: 'Sector × sector matrix: tie counts, density, density relative to the whole graph, E-I index',
        description: `${WHERE} \`sector\` picks the rows and cells returned.`,
        querystring: MixingQuery,
        response: { 200: GapSchemas.SectorMixingResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) =>
        compute('mixing', { snapshot, types: q.type, options: graphOptions(snapshot, q) }),
      );
    },
  );

  app.get(
    '/declared',
    {
      schema: {
        tags,
        summary: 'Desired and needs-development ties, grouped by actor and by area',
        description: `${WHERE} \`sector\` keeps the ties with at least one actor of the sectors.`,
        querystring: DeclaredQuery,
        response: { 200: GapSchemas.DeclaredGapsResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) =>
        compute('declared', { snapshot, types: q.type, options: { ...analyticsScope(snapshot, q), actor: q.actor, ...statuses(q) } }),
      );
    },
  );

  app.get(
    '/predicted',
    {
      schema: {
        tags,
        summary: 'Unlinked pairs scored by Adamic–Adar, resource allocation and Jaccard, with what explains each',
        description: `${WHERE} Both actors of a pair are in it, one of them of the chosen sectors; an \`actor\` outside it has no pairs.`,
        querystring: PredictedQuery,
        response: { 200: GapSchemas.PredictedLinksResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) =>
        compute('predicted', {
          snapshot,
          types: q.type,
          options: { ...graphOptions(snapshot, q), limit: q.limit, actor: q.actor, crossSector: q.crossSector, sortBy: q.sortBy },
        }),
      );
    },
  );

  app.get(
    '/brokers',
    {
      schema: {
        tags,
        summary: 'Who sits between two actors or sectors: shortest paths and group-to-group brokers',
        description: `${WHERE} Paths, groups and brokers are those within it; \`sector\` picks the brokers listed.`,
        querystring: BrokersQuery,
        response: { 200: GapSchemas.BrokersResult, ...analyticsErrors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answerFromGraph(request, reply, (snapshot) =>
        compute('brokers', {
          snapshot,
          types: q.type,
          options: { ...graphOptions(snapshot, q), from: q.from, to: q.to, limit: q.limit, paths: q.paths },
        }),
      );
    },
  );

  app.get(
    '/report',
    {
      schema: {
        tags,
        summary: 'Headline findings with figures (JSON, or Markdown with Accept: text/markdown, in English or Swedish)',
        description: `${WHERE} Every finding and figure is computed with all sectors in that scope; \`sector\` limits the lists to actors of those sectors, as each gap route does, and the report states it.`,
        querystring: ReportQuery,
        response: {
          200: {
            description: 'the report as JSON, or rendered as Markdown',
            content: { 'application/json': { schema: GapSchemas.GapReport }, 'text/markdown': { schema: z.string() } },
          },
          ...analyticsErrors,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const markdown = wantsMarkdown(request.headers.accept);
      const lang = reportLanguage(request, reply, q.lang);
      const report = await valueFromGraph(request, reply, (snapshot) =>
        compute('report', { snapshot, types: q.type, options: { ...analyticsScope(snapshot, q), top: q.top } }),
      );
      if (!markdown || reply.sent || reply.statusCode === 304) return report;
      // Markdown skips the JSON serializer on purpose: it is a rendering of the same report.
      reply.type('text/markdown; charset=utf-8').serializer((payload: unknown) => String(payload));
      return reply.send(toMarkdown(report as GapSchemas.GapReport, lang) as never);
    },
  );
};

/** Markdown when the caller lists text/markdown and does not prefer JSON over it. */
function wantsMarkdown(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => {
    const [type = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
  });
  const md = types.find((t) => t.type === 'text/markdown');
  const json = types.find((t) => t.type === 'application/json');
  return md !== undefined && md.q > 0 && (json === undefined || md.q >= json.q);
}

export default gapRoutes;
