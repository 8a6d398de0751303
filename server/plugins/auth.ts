// Access to the API. With keys configured, a write needs `Authorization: Bearer <key>` of a key
// with role write or admin (a route may ask for admin: `config: { role: 'admin' }`); with a read
// key configured, reads of /api/* need a key too. The explorer's page, its assets, /docs,
// /openapi.json and /health stay open, so a browser can load the page and ask for the key.
// `request.principal` says who is asking (null: nobody in particular).
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isReadMethod, roleAllows, type KeyRing, type Principal, type Role } from '../access.ts';
import { ForbiddenError, UnauthorizedError } from '../errors.ts';

/** The role a request needs: its route's own, else write for a write, else read for private data. */
function neededRole(request: FastifyRequest, ring: KeyRing): Role | null {
  const own = (request.routeOptions.config as { role?: Role } | undefined)?.role;
  if (own !== undefined) return own;
  if (!isReadMethod(request.method)) return ring.writesNeedKey ? 'write' : null;
  return ring.readsNeedKey && (request.routeOptions.url ?? '').startsWith('/api/') ? 'read' : null;
}

export default fp<{ keyRing: KeyRing }>(
  async (app, { keyRing: ring }) => {
    app.decorate('writesNeedKey', ring.writesNeedKey);
    app.decorate('readsNeedKey', ring.readsNeedKey);
    app.decorateRequest('principal', null);

    // preParsing: after the rate limit (a route-level onRequest hook), so guessing keys is limited
    // like anything else, and before the body is read.
    app.addHook('preParsing', async (request) => {
      const identity = ring.identify(request.headers.authorization);
      if (identity.kind === 'principal') request.principal = identity.principal;
      const needed = neededRole(request, ring);
      if (needed === null) return;
      if (identity.kind !== 'principal') throw new UnauthorizedError(identity.kind === 'unknown-key');
      if (!roleAllows(identity.principal.role, needed)) throw new ForbiddenError(identity.principal, needed);
    });
  },
  { name: 'auth' },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** True when writes need a key; the client asks for it then. */
    writesNeedKey: boolean;
    /** True when reads of /api/* need a key too (a read key is configured). */
    readsNeedKey: boolean;
  }
  interface FastifyRequest {
    /** Who sent the request, by the key it presented; null without one. Never the key itself. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** The role a route needs, when more than its method implies (admin for mappings, rounds, revert). */
    role?: Role;
  }
}
