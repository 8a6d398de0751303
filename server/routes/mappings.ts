// /api/mappings and their rounds: the networks this service holds and each observation of one.
// Changing them needs an admin key when keys are configured; reading them does not.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Mapping, MappingCreate, MappingPatch, Round, RoundCreate, RoundPatch } from '../domain/mappings.ts';
import type { Role } from '../access.ts';
import { Slug } from '../domain/schemas.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { whoOf } from '../plugins/rounds.ts';
import { mappingNotFound } from '../store/rules/rounds.ts';
import { flag } from './filters.ts';
import { Deleted, locationOf } from './responses.ts';
import { RoundParams } from './round-scope.ts';

const MappingParams = z.object({ mapping: Slug.describe('a mapping id') });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, ...storeErrors };
const tags = ['mappings'];
const refOf = (params: z.infer<typeof RoundParams>) => ({ mapping: params.mapping, round: params.round });

const mappingRoutes: FastifyPluginAsyncZod = async (app) => {
  // With keys, changing mappings and rounds is an admin's; without any, writes are open (config.ts).
  const admin: { role?: Role } = app.writesNeedKey ? { role: 'admin' } : {};
  app.get(
    '',
    { schema: { tags, summary: 'List mappings', response: { 200: z.object({ items: z.array(Mapping) }), ...storeErrors } } },
    async () => ({ items: await app.store.listMappings() }),
  );

  app.post(
    '',
    { config: admin, schema: { tags, summary: 'Create a mapping', body: MappingCreate, response: { 201: Mapping, ...errors } } },
    async (request, reply) => {
      const mapping = await app.store.createMapping(request.body, whoOf(request));
      return reply.code(201).header('location', locationOf(request, mapping.id)).send(mapping);
    },
  );

  app.get(
    '/:mapping',
    {
      schema: {
        tags,
        summary: 'Get one mapping',
        params: MappingParams,
        response: { 200: Mapping, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const mapping = await app.store.getMapping(request.params.mapping);
      if (mapping === null) throw mappingNotFound(request.params.mapping);
      return mapping;
    },
  );

  app.patch(
    '/:mapping',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a mapping (null removes the description)',
        params: MappingParams,
        body: MappingPatch,
        response: { 200: Mapping, ...errors },
      },
    },
    async (request) => app.store.patchMapping(request.params.mapping, request.body, whoOf(request)),
  );

  app.delete(
    '/:mapping',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Delete a mapping; 409 while it has rounds unless cascade=true (which deletes them and all in them)',
        params: MappingParams,
        querystring: z.strictObject({ cascade: flag(false) }),
        response: { 204: Deleted, ...errors },
      },
    },
    async (request, reply) => {
      await app.store.deleteMapping(request.params.mapping, { cascade: request.query.cascade }, whoOf(request));
      app.forgetAnalytics(request.params.mapping);
      return reply.code(204).send();
    },
  );

  app.get(
    '/:mapping/rounds',
    {
      schema: {
        tags,
        summary: 'List the rounds of a mapping, oldest observation first (scenarios say kind: scenario)',
        params: MappingParams,
        response: { 200: z.object({ items: z.array(Round) }), 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => ({ items: await app.store.listRounds(request.params.mapping) }),
  );

  app.post(
    '/:mapping/rounds',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Create a round: empty, a copy of another (copyFrom), or a scenario copy (kind scenario, realise declared)',
        params: MappingParams,
        body: RoundCreate,
        response: { 201: Round, ...errors },
      },
    },
    async (request, reply) => {
      const round = await app.store.createRound(request.params.mapping, request.body, whoOf(request));
      return reply.code(201).header('location', locationOf(request, round.id)).send(round);
    },
  );

  app.get(
    '/:mapping/rounds/:round',
    {
      schema: {
        tags,
        summary: 'Get one round',
        params: RoundParams,
        response: { 200: Round, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => app.roundOf(refOf(request.params)),
  );

  app.patch(
    '/:mapping/rounds/:round',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a round; closed: true makes it read-only (409 on writes), closed: false reopens it',
        params: RoundParams,
        body: RoundPatch,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => app.store.patchRound(refOf(request.params), request.body, whoOf(request)),
  );

  app.delete(
    '/:mapping/rounds/:round',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Delete a round and everything in it (409 while closed)',
        params: RoundParams,
        response: { 204: Deleted, ...errors },
      },
    },
    async (request, reply) => {
      await app.store.deleteRound(refOf(request.params), whoOf(request));
      app.forgetAnalytics(request.params.mapping, request.params.round);
      return reply.code(204).send();
    },
  );
};

export default mappingRoutes;
