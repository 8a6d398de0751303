// /api/duplicates: the round's probable duplicate actors (server/domain/duplicates.ts), each pair
// with why; POST /api/actors/{id}/merge merges one into the other.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DuplicatePair, probableDuplicates } from '../domain/duplicates.ts';
import { storeErrors } from '../plugins/errors.ts';

const duplicateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/duplicates',
    {
      schema: {
        tags: ['actors'],
        summary:
          'Probable duplicate actors: equal names once case, diacritics, punctuation and organisational words are set aside, or the same website',
        response: { 200: z.object({ items: z.array(DuplicatePair) }).meta({ id: 'Duplicates' }), ...storeErrors },
      },
    },
    async (request) => ({ items: probableDuplicates((await request.graph.snapshot()).actors) }),
  );
};

export default duplicateRoutes;
