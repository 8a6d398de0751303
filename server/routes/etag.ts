// Conditional GETs for anything computed from the graph: the ETag is the store's graph version
// (shared by every process on the same store) plus the request's query, so a write anywhere
// changes it and an unchanged graph answers 304 without recomputing.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What makes two GETs the same question: the route, its query and the representation asked for
 * (Accept, and Accept-Language, which picks a report's language: routes/language.ts).
 */
export function requestKey(request: FastifyRequest): string {
  const { accept = '', 'accept-language': language = '' } = request.headers;
  return `${request.routeOptions.url ?? ''}?${request.url.split('?')[1] ?? ''}|${accept}|${language}`;
}

/**
 * The version is a graph's write count, or for an answer built from several rounds (a comparison,
 * a trend) a digest of what identifies each of them.
 */
export function graphETag(version: number | string, request: FastifyRequest): string {
  const query = createHash('sha1').update(requestKey(request)).digest('base64url').slice(0, 16);
  return `W/"v${version}-${query}"`;
}

/** Sets the ETag; true when the caller already has this version and a 304 was sent. */
export function notModified(request: FastifyRequest, reply: FastifyReply, version: number | string): boolean {
  const etag = setGraphETag(request, reply, version);
  const known = request.headers['if-none-match']?.split(',').map((t) => t.trim());
  if (known?.includes(etag) || known?.includes('*')) {
    reply.code(304).send();
    return true;
  }
  return false;
}

/** Sets (or corrects, when the answer came from a newer version) the response's ETag. */
export function setGraphETag(request: FastifyRequest, reply: FastifyReply, version: number | string): string {
  const etag = graphETag(version, request);
  reply.header('etag', etag).header('cache-control', 'no-cache');
  return etag;
}
