// /health and /api/vocabulary.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AREAS, COLLABORATION_TYPES, FORMS, MEMBER_ROLES, SECTORS, STATUSES } from '../domain/vocabulary.ts';

const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    store: z.enum(['neo4j', 'embedded']),
    version: z.string().describe('the Samverkan version'),
    graphVersion: z.number().int().optional().describe("the default round's version, bumped by every write to it"),
    writesNeedKey: z.boolean(),
    readsNeedKey: z.boolean().describe('true when reads of /api/* need a key too'),
  })
  .meta({ id: 'Health' });

const Term = z.object({ id: z.string(), en: z.string(), sv: z.string() });
const Vocabulary = z
  .object({
    sectors: z.array(Term),
    areas: z.array(Term),
    collaborationTypes: z.array(Term),
    statuses: z.array(Term),
    forms: z.array(Term),
    memberRoles: z.array(Term),
  })
  .meta({ id: 'Vocabulary' });

const systemRoutes: FastifyPluginAsyncZod<{ version: string }> = async (app, { version }) => {
  app.get(
    '/health',
    {
      schema: { tags: ['system'], summary: 'Is the service and its store up?', response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const base = { store: app.store.kind, version, writesNeedKey: app.writesNeedKey, readsNeedKey: app.readsNeedKey };
      try {
        // The default round's version, as before mappings; a store without rounds has none. Asked
        // beside the ping, not after it: one round trip to the store, not two.
        const [, round] = await Promise.all([app.store.ping(), app.defaultRound().catch(() => null)]);
        return { ...base, status: 'ok' as const, ...(round === null ? {} : { graphVersion: round.version }) };
      } catch {
        return reply.code(503).send({ ...base, status: 'unavailable' as const });
      }
    },
  );

  app.get(
    '/api/vocabulary',
    {
      schema: { tags: ['system'], summary: 'Sectors, areas, types, statuses, forms and roles with labels', response: { 200: Vocabulary } },
    },
    async () => ({
      sectors: [...SECTORS],
      areas: [...AREAS],
      collaborationTypes: [...COLLABORATION_TYPES],
      statuses: [...STATUSES],
      forms: [...FORMS],
      memberRoles: [...MEMBER_ROLES],
    }),
  );
};

export default systemRoutes;
