// What the analytics and gap routes share: the common filters, restricting a snapshot by
// collaboration type, refusing neighbourhoods nobody names, and answering from the per-version
// cache with an ETag.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  buildActorGraph,
  restrictTypes,
  unknownNeighbourhoods,
  type ActorGraph,
  type ActorGraphOptions,
  type ActorScope,
} from '../analytics/actor-graph.ts';
import type { MetricsQueryInput } from '../analytics/catalogue.ts';
import { computeMetricsInPool, type MetricsResult } from '../analytics/centrality/table.ts';
import { Area, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { notModified, requestKey, setGraphETag } from './etag.ts';
import { flag, listOf, textListOf } from './filters.ts';
import { NotModified } from './responses.ts';
import { ErrorBody } from '../plugins/errors.ts';
import { ReferenceError422 } from '../errors.ts';
import { versionOnEntry } from '../plugins/rounds.ts';

/**
 * The filters of the analytics and gap routes: the explorer's, so its figures describe the graph
 * it draws (the scope rule, docs/domain.md). Lists are
 * comma-separated (`area=housing,crime`), as everywhere in this API. The query is strict: a
 * parameter a route does not take is a 400 naming it, not silently ignored. `sector` is the
 * analytics routes' (the induced subgraph); each gap route describes its own.
 */
export const AnalyticsFilters = z.strictObject({
  area: listOf(Area, 'area').describe(
    'one or more areas, comma-separated: only ties serving any of them, and the actors working in one (they list it) or tied by such a tie',
  ),
  sector: listOf(Sector, 'sector').describe(
    'one or more sectors, comma-separated: of the actors in the areas and neighbourhoods, only those of these sectors, and the ties between them (the induced subgraph, as the explorer draws it)',
  ),
  neighbourhood: textListOf('neighbourhood', 1000).describe(
    'one or more neighbourhood names, comma-separated, matched ignoring case, accents and Unicode form (kronogarden = Kronogården): ' +
      'only ties in one of them (a tie naming neighbourhoods is in those; one naming none is where its actors are located), ' +
      'and the actors located in one or tied by such a tie. A name no actor, tie or forum in the graph has is a 422',
  ),
  type: listOf(CollaborationType, 'collaboration type'),
  status: listOf(Status, 'status').describe('which tie statuses count as ties (each route states its default)'),
  includeForums: flag(false).describe('count shared forum membership as a tie'),
});
export type AnalyticsFilters = z.output<typeof AnalyticsFilters>;

/** `weighted`, for the routes whose measures use tie strength. */
export const weighted = flag(false).describe(
  'use tie strength: as closeness for strength-based measures, as 1/strength length for path-based ones',
);

/**
 * The part of the network the filters ask about, as the analytics take it; a neighbourhood that no
 * actor is located in and no tie or forum names is refused with 422 (it would only ever answer "nothing").
 */
export function analyticsScope(
  snapshot: GraphSnapshot,
  q: Pick<AnalyticsFilters, 'area' | 'neighbourhood'> & Partial<Pick<AnalyticsFilters, 'sector'>>,
): ActorScope {
  const unknown = unknownNeighbourhoods(snapshot, q.neighbourhood);
  if (unknown.length > 0) {
    const names = unknown.map((name) => `'${name}'`).join(', ');
    throw new ReferenceError422(
      `query.neighbourhood: unknown ${unknown.length === 1 ? 'neighbourhood' : 'neighbourhoods'} ${names} (no actor is located there and no tie or forum names it)`,
      unknown.map((name) => ({ path: 'query.neighbourhood', message: `unknown neighbourhood '${name}'` })),
    );
  }
  return { areas: q.area, sectors: q.sector, neighbourhoods: q.neighbourhood };
}

/** The actor-graph options a request's filters give (docs/domain.md, "the actor graph"). */
export function actorGraphOptions(snapshot: GraphSnapshot, q: AnalyticsFilters): ActorGraphOptions {
  return { ...analyticsScope(snapshot, q), statuses: q.status, includeForums: q.includeForums };
}

/** The actor graph a request asks about: its filters applied. */
export function actorGraph(snapshot: GraphSnapshot, q: AnalyticsFilters): ActorGraph {
  return buildActorGraph(restrictTypes(snapshot, q.type), actorGraphOptions(snapshot, q));
}

/** The metrics table off the event loop: the analytics worker pool, its admission queue and the budget. */
export function metricsInPool(app: FastifyInstance, graph: ActorGraph, query: MetricsQueryInput, budgetMs: number): Promise<MetricsResult> {
  return computeMetricsInPool(graph, query, { pool: app.analyticsPool, budgetMs, admit: (compute) => app.analyticsOffload.admit(compute) });
}

export const analyticsErrors = { 304: NotModified, 400: ErrorBody, 422: ErrorBody, 503: ErrorBody };

/**
 * A GET's answer from the analytics cache: 304 when the caller has this graph version's answer,
 * otherwise compute (once per version and query) and set the ETag of the version used. For a
 * route that renders the value further (the report's Markdown); the others use answerFromGraph.
 */
export async function valueFromGraph<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  compute: (snapshot: GraphSnapshot) => T | Promise<T>,
): Promise<T | FastifyReply> {
  const analytics = request.server.analyticsOf(request.graph);
  const version = await versionOnEntry(request);
  if (notModified(request, reply, version)) return reply;
  const result = await analytics.compute(version, requestKey(request), compute);
  // notModified set the ETag of `version`; an answer read at a newer one corrects it.
  if (result.version !== version) setGraphETag(request, reply, result.version);
  return result.value;
}

/**
 * As valueFromGraph, sent as JSON text that the route's response schema checked and serialized
 * once per version and query: a cached answer costs no validation or stringify per request.
 */
export async function answerFromGraph(
  request: FastifyRequest,
  reply: FastifyReply,
  compute: (snapshot: GraphSnapshot) => unknown,
): Promise<FastifyReply> {
  const text = await valueFromGraph(request, reply, async (snapshot) => reply.serialize(await compute(snapshot)) as string);
  if (typeof text !== 'string') return text; // the 304
  // A string with a JSON type skips the serializer: it is the serializer's own output.
  return reply.type('application/json; charset=utf-8').send(text);
}
