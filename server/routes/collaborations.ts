// /api/collaborations — ties between two actors; the type is derived from their sectors.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CollaborationCreate, CollaborationPatch } from '../domain/inputs.ts';
import { Area, Collaboration, CollaborationType, Status } from '../domain/schemas.ts';
import { NotFoundError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { createCollaboration, patchCollaboration } from '../services/collaborations.ts';
import { Deleted, locationOf } from './responses.ts';
import { chars, flag } from './filters.ts';
import { IdParams, PageQuery, pageOf, pageRequest, pageResponse } from './pagination.ts';

const ListQuery = PageQuery.extend({
  actor: chars(120).optional().describe('ties with this actor at either end'),
  type: CollaborationType.optional(),
  status: Status.optional(),
  area: Area.optional(),
});
const ParallelQuery = z.strictObject({
  allowParallel: flag(false).describe('store a second tie between the same two actors in an area they already share a tie in'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, ...storeErrors };
const tags = ['collaborations'];

const collaborationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'List collaborations',
        querystring: ListQuery,
        response: { 200: pageOf(Collaboration, 'CollaborationPage'), 400: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const { actor, type, status, area, ...page } = request.query;
      return pageResponse(await request.graph.listCollaborations({ actor, type, status, area }, pageRequest(page)));
    },
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a collaboration; 409 when the pair already has one in a shared area (unless allowParallel)',
        querystring: ParallelQuery,
        body: CollaborationCreate,
        response: { 201: Collaboration, ...errors },
      },
    },
    async (request, reply) => {
      const tie = await createCollaboration(request.graph, request.body, request.query);
      return reply.code(201).header('location', locationOf(request, tie.id)).send(tie);
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get one collaboration',
        params: IdParams,
        response: { 200: Collaboration, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const tie = await request.graph.getCollaboration(request.params.id);
      if (!tie) throw new NotFoundError('collaboration', request.params.id);
      return tie;
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields (JSON merge patch: null removes a field)',
        params: IdParams,
        querystring: ParallelQuery,
        body: CollaborationPatch,
        response: { 200: Collaboration, ...errors },
      },
    },
    async (request) => patchCollaboration(request.graph, request.params.id, request.body, request.query),
  );

  app.delete(
    '/:id',
    {
      schema: { tags, summary: 'Delete a collaboration', params: IdParams, response: { 204: Deleted, ...errors } },
    },
    async (request, reply) => {
      await request.graph.deleteCollaboration(request.params.id);
      return reply.code(204).send();
    },
  );
};

export default collaborationRoutes;
