// /api/gaps/* — who is not working with whom (DOMAIN.md, "Missing-link gaps").
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Sector, Slug } from '../domain/schemas.ts';
import {
  brokers,
  declaredGaps,
  gapReport,
  GapSchemas,
  predictLinks,
  PREDICTED_DEFAULTS,
  reachGaps,
  sectorMixing,
  toMarkdown,
} from '../analytics/gaps/index.ts';
import { AnalyticsFilters, analyticsErrors, analyticsScope, answerFromGraph, restrictTypes } from './analytics-common.ts';
import { chars, flag, listOf, queryInt } from './filters.ts';
import { CollaborationType } from '../domain/schemas.ts';

const tags = ['gaps'];
const statuses = (q: Pick<AnalyticsFilters, 'status'>) => (q.status ? { statuses: q.status } : {});
const graphOptions = (q: Omit<AnalyticsFilters, 'type' | 'weighted'>) => ({ ...analyticsScope(q), includeForums: q.includeForums, ...statuses(q) });

/** How the scope filters apply on the routes that run on the filtered actor graph. */
const ON_THE_GRAPH = 'The area, sector and neighbourhood filters choose the actor graph this runs on, as the explorer draws it.';

// Reach measures the actors asked about against a target wherever it is: here the sector and
// neighbourhood filters choose who is asked, and `sector` names the target, so the explorer's
// sector filter is `actorSector` on this route.
const ReachQuery = AnalyticsFilters.omit({ type: true, sector: true }).extend({
  sector: Sector.optional().describe('the sector nobody listed has a tie to (give sector or type)'),
  type: CollaborationType.optional().describe('the collaboration type nobody listed has (give sector or type)'),
  actorSector: listOf(Sector, 'sector').describe(
    'one or more sectors, comma-separated: only actors of these sectors are asked (the sector filter of the other routes; here `sector` is the target); a tie to the target counts wherever the partner is',
  ),
  neighbourhood: AnalyticsFilters.shape.neighbourhood.describe(
    'one or more neighbourhood names as written on the records, comma-separated: only actors located in one of them, or tied by a tie in one, are asked; a tie to the target counts wherever the partner is',
  ),
}).refine((q) => (q.sector === undefined) !== (q.type === undefined), {
  message: 'give exactly one of sector or type',
  path: ['sector'],
});

const PredictedQuery = AnalyticsFilters.extend({
  limit: queryInt(1, 10_000).prefault(PREDICTED_DEFAULTS.limit),
  actor: Slug.optional().describe('the best new partners for this actor'),
  crossSector: flag(false).describe('only pairs of different sectors'),
  sortBy: GapSchemas.LinkScore.default('adamicAdar'),
});

const BrokersQuery = AnalyticsFilters.extend({
  from: chars(120).min(1).describe('an actor id or a sector (its actors in the filtered graph)'),
  to: chars(120).min(1).describe('an actor id or a sector (its actors in the filtered graph)'),
  limit: queryInt(1, 1000).prefault(10),
  paths: queryInt(0, 100).prefault(3).describe('how many example shortest paths'),
}).refine((q) => q.from !== q.to, { message: 'must differ from `from`', path: ['to'] });

const ReportQuery = AnalyticsFilters.extend({
  top: queryInt(1, 100).prefault(5).describe('how many items each top list holds'),
});

const gapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/reach', {
    schema: {
      tags,
      summary: 'Actors with no tie to a sector (or of a type) — "who does not collaborate with civil society?"',
      querystring: ReachQuery,
      response: { 200: GapSchemas.ReachGapsResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) =>
      reachGaps(snapshot, {
        sector: q.sector,
        type: q.type,
        areas: q.area,
        actorSectors: q.actorSector,
        neighbourhoods: q.neighbourhood,
        includeForums: q.includeForums,
        ...statuses(q),
      }),
    );
  });

  app.get('/mixing', {
    schema: {
      tags,
      summary: 'Sector × sector matrix: tie counts, density, density relative to the whole graph, E-I index',
      description: `${ON_THE_GRAPH} A sector left out has no actors and no ties.`,
      querystring: AnalyticsFilters,
      response: { 200: GapSchemas.SectorMixingResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) => sectorMixing(restrictTypes(snapshot, q.type), graphOptions(q)));
  });

  app.get('/declared', {
    schema: {
      tags,
      summary: 'Desired and needs-development ties, grouped by actor and by area',
      description: 'The area, sector and neighbourhood filters keep the ties the explorer would draw: serving one of the areas, between two actors of the sectors, in one of the neighbourhoods.',
      querystring: AnalyticsFilters.extend({ actor: Slug.optional().describe('only ties of this actor') }),
      response: { 200: GapSchemas.DeclaredGapsResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) =>
      declaredGaps(restrictTypes(snapshot, q.type), { ...analyticsScope(q), actor: q.actor, ...statuses(q) }),
    );
  });

  app.get('/predicted', {
    schema: {
      tags,
      summary: 'Unlinked pairs scored by Adamic–Adar, resource allocation and Jaccard, with what explains each',
      description: `${ON_THE_GRAPH} Both actors of a pair are in it; an \`actor\` outside it has no pairs.`,
      querystring: PredictedQuery,
      response: { 200: GapSchemas.PredictedLinksResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) =>
      predictLinks(restrictTypes(snapshot, q.type), {
        ...graphOptions(q),
        limit: q.limit,
        actor: q.actor,
        crossSector: q.crossSector,
        sortBy: q.sortBy,
      }),
    );
  });

  app.get('/brokers', {
    schema: {
      tags,
      summary: 'Who sits between two actors or sectors: shortest paths and group-to-group brokers',
      description: `${ON_THE_GRAPH} Paths, groups and brokers are those within it.`,
      querystring: BrokersQuery,
      response: { 200: GapSchemas.BrokersResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) =>
      brokers(restrictTypes(snapshot, q.type), { ...graphOptions(q), from: q.from, to: q.to, limit: q.limit, paths: q.paths }),
    );
  });

  app.get('/report', {
    schema: {
      tags,
      summary: 'Headline findings with figures (JSON, or Markdown with Accept: text/markdown)',
      description:
        'Each part applies the area, sector and neighbourhood filters as its own route does: the lists of actors without civil-society or business ties ask the filtered actors, as /api/gaps/reach with actorSector does.',
      querystring: ReportQuery,
      response: {
        200: {
          description: 'the report as JSON, or rendered as Markdown',
          content: { 'application/json': { schema: GapSchemas.GapReport }, 'text/markdown': { schema: z.string() } },
        },
        ...analyticsErrors,
      },
    },
  }, async (request, reply) => {
    const q = request.query;
    const markdown = wantsMarkdown(request.headers.accept);
    const report = await answerFromGraph(request, reply, (snapshot) => gapReport(restrictTypes(snapshot, q.type), { ...analyticsScope(q), top: q.top }));
    if (!markdown || reply.sent || reply.statusCode === 304) return report;
    // Markdown skips the JSON serializer on purpose: it is a rendering of the same report.
    reply.type('text/markdown; charset=utf-8').serializer((payload: unknown) => String(payload));
    return reply.send(toMarkdown(report as GapSchemas.GapReport) as never);
  });
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
