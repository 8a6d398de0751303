// What the analytics and gap routes share: the common filters, restricting a snapshot by
// collaboration type, and answering from the per-version cache with an ETag.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ActorScope } from '../analytics/actor-graph.ts';
import { Area, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { notModified, requestKey, setGraphETag } from './etag.ts';
import { flag, listOf, textListOf } from './filters.ts';
import { NotModified } from './responses.ts';
import { ErrorBody } from '../plugins/errors.ts';

/**
 * The filters every analytics and gap route accepts: the explorer's, so its figures describe the
 * graph it draws (the rules are ActorScope's in server/analytics/actor-graph.ts). Lists are
 * comma-separated (`area=housing,crime`), as everywhere in this API.
 */
export const AnalyticsFilters = z.object({
  area: listOf(Area, 'area').describe(
    'one or more areas, comma-separated: only ties serving any of them, and the actors working in one (they list it) or tied by such a tie',
  ),
  sector: listOf(Sector, 'sector').describe('one or more sectors, comma-separated: only actors of these sectors, and the ties between them'),
  neighbourhood: textListOf('neighbourhood', 1000).describe(
    'one or more neighbourhood names as written on the records, comma-separated: only ties in one of them (named on the tie, or one of its actors is located there), and the actors located in one or tied by such a tie',
  ),
  type: listOf(CollaborationType, 'collaboration type'),
  status: listOf(Status, 'status').describe('which tie statuses count as ties (each route states its default)'),
  includeForums: flag(false).describe('count shared forum membership as a tie'),
  weighted: flag(false)
    .describe('use tie strength: as closeness for strength-based measures, as 1/strength length for path-based ones'),
});
export type AnalyticsFilters = z.output<typeof AnalyticsFilters>;

/** The part of the network the filters ask about, as the analytics take it. */
export function analyticsScope(q: Pick<AnalyticsFilters, 'area' | 'sector' | 'neighbourhood'>): ActorScope {
  return { areas: q.area, sectors: q.sector, neighbourhoods: q.neighbourhood };
}

export const analyticsErrors = { 304: NotModified, 400: ErrorBody, 422: ErrorBody, 503: ErrorBody };

/** Keep only collaborations of the given types (the actors stay). */
export function restrictTypes(snapshot: GraphSnapshot, types: readonly string[] | undefined): GraphSnapshot {
  if (types === undefined) return snapshot;
  return { ...snapshot, collaborations: snapshot.collaborations.filter((c) => types.includes(c.type)) };
}

/**
 * Answer a GET from the analytics cache: 304 when the caller has this graph version's answer,
 * otherwise compute (once per version and query) and set the ETag of the version used.
 */
export async function answerFromGraph<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  compute: (snapshot: GraphSnapshot) => T | Promise<T>,
): Promise<T | FastifyReply> {
  const { analytics } = request.server;
  const version = await analytics.version();
  if (notModified(request, reply, version)) return reply;
  const result = await analytics.compute(version, requestKey(request), compute);
  setGraphETag(request, reply, result.version);
  return result.value;
}
