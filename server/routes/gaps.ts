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
import { AnalyticsFilters, analyticsErrors, answerFromGraph, restrictTypes } from './analytics-common.ts';
import { chars, flag, listOf, queryInt } from './filters.ts';
import { CollaborationType } from '../domain/schemas.ts';

const tags = ['gaps'];
const graphOptions = (q: Pick<AnalyticsFilters, 'area' | 'includeForums' | 'status'>) => ({ area: q.area, includeForums: q.includeForums, ...(q.status ? { statuses: q.status } : {}) });

const ReachQuery = AnalyticsFilters.omit({ type: true }).extend({
  sector: Sector.optional().describe('the sector nobody listed has a tie to (give sector or type)'),
  type: CollaborationType.optional().describe('the collaboration type nobody listed has (give sector or type)'),
  actorSector: listOf(Sector, 'sector').describe('only list actors of these sectors'),
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
  from: chars(120).min(1).describe('an actor id or a sector'),
  to: chars(120).min(1).describe('an actor id or a sector'),
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
      reachGaps(snapshot, { ...graphOptions(q), sector: q.sector, type: q.type, actorSectors: q.actorSector }),
    );
  });

  app.get('/mixing', {
    schema: {
      tags,
      summary: 'Sector × sector matrix: tie counts, density, density relative to the whole graph, E-I index',
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
      querystring: AnalyticsFilters.extend({ actor: Slug.optional().describe('only ties of this actor') }),
      response: { 200: GapSchemas.DeclaredGapsResult, ...analyticsErrors },
    },
  }, async (request, reply) => {
    const q = request.query;
    return answerFromGraph(request, reply, (snapshot) =>
      declaredGaps(restrictTypes(snapshot, q.type), { area: q.area, actor: q.actor, ...(q.status ? { statuses: q.status } : {}) }),
    );
  });

  app.get('/predicted', {
    schema: {
      tags,
      summary: 'Unlinked pairs scored by Adamic–Adar, resource allocation and Jaccard, with what explains each',
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
    const report = await answerFromGraph(request, reply, (snapshot) => gapReport(restrictTypes(snapshot, q.type), { area: q.area, top: q.top }));
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
