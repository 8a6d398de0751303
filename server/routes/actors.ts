// /api/actors — organisations and their units.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActorCreate, ActorPatch, ActorPut } from '../domain/inputs.ts';
import { Actor, Area, Sector, Slug } from '../domain/schemas.ts';
import { NotFoundError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { createActor, patchActor, putActor } from '../services/actors.ts';
import { Deleted, locationOf } from './responses.ts';
import { flag, searchText } from './filters.ts';
import { IdParams, PageQuery, pageOf, pageRequest, pageResponse } from './pagination.ts';

const ListQuery = PageQuery.extend({
  sector: Sector.optional(),
  area: Area.optional(),
  q: searchText(200).optional().describe('part of the name; case and diacritics ignored'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, ...storeErrors };
const tags = ['actors'];

const actorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'List actors',
        querystring: ListQuery,
        response: { 200: pageOf(Actor, 'ActorPage'), 400: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const { sector, area, q, ...page } = request.query;
      return pageResponse(await request.graph.listActors({ sector, area, q }, pageRequest(page)));
    },
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create an actor (id derived from the name when left out)',
        body: ActorCreate,
        response: { 201: Actor, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await createActor(request.graph, request.body);
      return reply.code(201).header('location', locationOf(request, actor.id)).send(actor);
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get one actor',
        params: IdParams,
        response: { 200: Actor, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const actor = await request.graph.getActor(request.params.id);
      if (!actor) throw new NotFoundError('actor', request.params.id);
      return actor;
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Create or replace an actor (idempotent)',
        params: IdParams.extend({ id: ActorCreate.shape.id.unwrap() }),
        body: ActorPut,
        response: { 200: Actor, 201: Actor, ...errors },
      },
    },
    async (request, reply) => {
      const { value, created } = await putActor(request.graph, request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(value);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields (JSON merge patch: null removes a field)',
        params: IdParams,
        body: ActorPatch,
        response: { 200: Actor, ...errors },
      },
    },
    async (request) => patchActor(request.graph, request.params.id, request.body),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete an actor; 409 while it has ties, memberships or units unless cascade=true',
        params: IdParams,
        querystring: z.strictObject({ cascade: flag(false) }),
        response: { 204: Deleted, ...errors },
      },
    },
    async (request, reply) => {
      await request.graph.deleteActor(request.params.id, { cascade: request.query.cascade });
      return reply.code(204).send();
    },
  );

  app.post(
    '/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge this actor (a duplicate) into another: its ties, memberships, units and evidence move, parallel ties are combined, and it is deleted; one change in the history, revertible',
        params: IdParams,
        body: z.strictObject({ into: Slug.describe('the actor that stays') }),
        response: { 200: Actor, ...errors },
      },
    },
    async (request) => request.graph.mergeActor(request.params.id, request.body.into),
  );
};

export default actorRoutes;
