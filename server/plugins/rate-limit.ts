// Requests per minute per key (by its name) or, without one, per address, so that one client
// cannot crowd out the rest. Analytics, gaps, the whole graph, import, export, duplicates, compare,
// trend and copying a round cost far more than a point read and have their own, tighter budget. Over budget: 429 with Retry-After.
// Counted before the key is checked (auth.ts), so guessing keys is limited like anything else.
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { KeyRing } from '../access.ts';
import { TooManyRequestsError } from '../errors.ts';

export interface RateLimits {
  /** Requests per minute per key or address; 0: no limit. */
  perMinute: number;
  /** Of those, analytics, gaps, import and export requests per minute; 0: no limit of their own. */
  heavyPerMinute: number;
}

// Route patterns, on the default round (/api/…) and on a named one (/api/mappings/:mapping/rounds/:round/…).
const ROUND = `^/api(?:/mappings/:mapping/rounds/:round)?`;
const HEAVY = [
  new RegExp(`${ROUND}/(?:analytics|gaps)/`),
  new RegExp(`${ROUND}/(?:graph|export|duplicates|import|import/file)$`),
  /^\/api\/mappings\/:mapping\/(?:compare|trend)$/,
];
/** A new round may be a copy of a whole round. */
const HEAVY_WRITES = [/^\/api\/mappings\/:mapping\/rounds$/];

function isHeavy(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  if (request.method === 'POST' && HEAVY_WRITES.some((pattern) => pattern.test(route))) return true;
  return HEAVY.some((pattern) => pattern.test(route));
}

export default fp<RateLimits & { keyRing: KeyRing }>(
  async (app, { keyRing, ...limits }) => {
    if (limits.perMinute === 0 && limits.heavyPerMinute === 0) return;
    const unlimited = Number.MAX_SAFE_INTEGER;
    await app.register(rateLimit, {
      timeWindow: 60_000,
      // The key names its budget, so heavy requests are counted apart from the rest.
      keyGenerator: (request) => {
        const identity = keyRing.identify(request.headers.authorization);
        const who = identity.kind === 'principal' ? `key:${identity.principal.name}` : `address:${request.ip}`;
        return `${isHeavy(request) ? 'heavy' : 'any'} ${who}`;
      },
      max: (_request, key) => (key.startsWith('heavy ') ? limits.heavyPerMinute : limits.perMinute) || unlimited,
      errorResponseBuilder: (_request, context) => new TooManyRequestsError(Math.max(1, Math.ceil(context.ttl / 1000))),
    });
  },
  { name: 'rate-limit' },
);
