// /api/sources — the documents evidence points at.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SourcePut } from '../domain/inputs.ts';
import { Slug, Source } from '../domain/schemas.ts';
import { NotFoundError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { IdParams } from './pagination.ts';

const tags = ['sources'];

const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: { tags, summary: 'List sources', response: { 200: z.object({ items: z.array(Source) }), ...storeErrors } },
    },
    async (request) => ({ items: await request.graph.listSources() }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get one source',
        params: IdParams,
        response: { 200: Source, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const source = await request.graph.getSource(request.params.id);
      if (!source) throw new NotFoundError('source', request.params.id);
      return source;
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Create or replace a source (idempotent)',
        params: IdParams.extend({ id: Slug }),
        body: SourcePut,
        response: { 200: Source, 201: Source, 400: ErrorBody, 401: ErrorBody, ...storeErrors },
      },
    },
    async (request, reply) => {
      const { value, created } = await request.graph.putSource({ ...request.body, id: request.params.id });
      return reply.code(created ? 201 : 200).send(value);
    },
  );
};

export default sourceRoutes;
