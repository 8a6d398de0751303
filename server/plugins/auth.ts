// Writes need a key when SAMVERKAN_API_KEY is set: every non-GET route then wants
// `Authorization: Bearer <key>`. Compared in constant time (hashes of equal length) so the
// answer's timing says nothing about how much of a guess was right.
import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { UnauthorizedError } from '../errors.ts';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function bearerMatches(header: string | undefined, key: string): boolean {
  const match = /^Bearer (.+)$/i.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(key)) && match !== null;
}

export default fp<{ apiKey?: string | undefined }>(async (app, { apiKey }) => {
  app.decorate('writesNeedKey', apiKey !== undefined);
  if (apiKey === undefined) return;
  app.addHook('onRequest', async (request) => {
    if (READ_METHODS.has(request.method)) return;
    if (!bearerMatches(request.headers.authorization, apiKey)) throw new UnauthorizedError();
  });
}, { name: 'auth' });

declare module 'fastify' {
  interface FastifyInstance {
    /** True when writes need `Authorization: Bearer <key>`; the client asks for the key then. */
    writesNeedKey: boolean;
  }
}
