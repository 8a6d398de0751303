// /api/forums — standing collaboration groups and their members.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ForumCreate, ForumPut, MembershipPut } from '../domain/inputs.ts';
import { Area, Forum, Slug } from '../domain/schemas.ts';
import { NotFoundError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { createForum } from '../services/forums.ts';
import { Deleted, locationOf } from './responses.ts';
import { chars } from './filters.ts';
import { IdParams, PageQuery, pageOf, pageRequest, pageResponse } from './pagination.ts';

const ListQuery = PageQuery.extend({
  area: Area.optional(),
  actor: chars(120).optional().describe('forums this actor is a member of'),
});
const MemberParams = IdParams.extend({ actorId: chars(120) });
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, ...storeErrors };
const tags = ['forums'];

const forumRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'List forums',
        querystring: ListQuery,
        response: { 200: pageOf(Forum, 'ForumPage'), 400: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const { area, actor, ...page } = request.query;
      return pageResponse(await request.graph.listForums({ area, actor }, pageRequest(page)));
    },
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a forum (id derived from the name when left out)',
        body: ForumCreate,
        response: { 201: Forum, ...errors },
      },
    },
    async (request, reply) => {
      const forum = await createForum(request.graph, request.body);
      return reply.code(201).header('location', locationOf(request, forum.id)).send(forum);
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get one forum with its members',
        params: IdParams,
        response: { 200: Forum, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const forum = await request.graph.getForum(request.params.id);
      if (!forum) throw new NotFoundError('forum', request.params.id);
      return forum;
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Create or replace a forum, members included (idempotent)',
        params: IdParams.extend({ id: Slug }),
        body: ForumPut,
        response: { 200: Forum, 201: Forum, ...errors },
      },
    },
    async (request, reply) => {
      const { value, created } = await request.graph.putForum({ ...request.body, id: request.params.id });
      return reply.code(created ? 201 : 200).send(value);
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags, summary: 'Delete a forum and its memberships', params: IdParams, response: { 204: Deleted, ...errors } },
    },
    async (request, reply) => {
      await request.graph.deleteForum(request.params.id);
      return reply.code(204).send();
    },
  );

  app.put(
    '/:id/members/:actorId',
    {
      schema: {
        tags,
        summary: 'Add a member or change its role (idempotent)',
        params: MemberParams,
        body: MembershipPut.nullish().describe('optional; role defaults to member'),
        response: { 200: Forum, 201: Forum, ...errors },
      },
    },
    async (request, reply) => {
      const role = request.body?.role ?? 'member';
      const { value, created } = await request.graph.putMember(request.params.id, request.params.actorId, role);
      return reply.code(created ? 201 : 200).send(value);
    },
  );

  app.delete(
    '/:id/members/:actorId',
    {
      schema: { tags, summary: 'Remove a member', params: MemberParams, response: { 200: Forum, ...errors } },
    },
    async (request) => request.graph.deleteMember(request.params.id, request.params.actorId),
  );
};

export default forumRoutes;
