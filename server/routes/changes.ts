// /api/changes: the history of every write (docs/domain.md, "Changes"), newest first, and reverting
// one. Reading it is like reading any data; a revert needs an admin key when keys are configured.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../access.ts';
import { Change, ChangeEntity, ChangeId } from '../domain/changes.ts';
import { NotFoundError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { whoOf } from '../plugins/rounds.ts';
import { chars } from './filters.ts';
import { PageQuery, pageOf, pageRequest, pageResponse } from './pagination.ts';

const ListQuery = PageQuery.extend({
  mapping: chars(120).optional().describe('changes in this mapping'),
  round: chars(120).optional().describe('changes in this round (of any mapping, unless mapping is given too)'),
  entity: ChangeEntity.optional().describe('changes to this kind of record'),
  id: chars(241).optional().describe("changes to the record with this id (a membership: 'forum/actor')"),
  actor: chars(120).optional().describe('changes that concern this actor: the actor, its ties, its memberships'),
  who: chars(120).optional().describe("changes made with the key of this name ('anonymous', 'system')"),
  since: z.iso.datetime().optional().describe('changes made at or after this time'),
});
const ChangeParams = z.object({ id: ChangeId.describe('a change id') });
const tags = ['changes'];

const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  // As for mappings and rounds: with keys an admin's, without any open like every write.
  const admin: { role?: Role } = app.writesNeedKey ? { role: 'admin' } : {};

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'List changes, newest first',
        querystring: ListQuery,
        response: { 200: pageOf(Change, 'ChangePage'), 400: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const { limit, cursor, since, ...filter } = request.query;
      // Stored times carry milliseconds; a `since` without them must compare as the same instant.
      const from = since === undefined ? undefined : new Date(since).toISOString();
      return pageResponse(await app.store.listChanges({ ...filter, since: from }, pageRequest({ limit, cursor })));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get one change',
        params: ChangeParams,
        response: { 200: Change, 400: ErrorBody, 404: ErrorBody, ...storeErrors },
      },
    },
    async (request) => {
      const change = await app.store.getChange(request.params.id);
      if (change === null) throw new NotFoundError('change', request.params.id);
      return change;
    },
  );

  app.post(
    '/:id/revert',
    {
      config: admin,
      schema: {
        tags,
        summary:
          'Undo a change when every record it touched is still as it left it (else 409 naming those changed since); the revert is a change too',
        params: ChangeParams,
        response: {
          201: Change,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          422: ErrorBody,
          ...storeErrors,
        },
      },
    },
    async (request, reply) => {
      const change = await app.store.revertChange(request.params.id, whoOf(request));
      return reply.code(201).send(change);
    },
  );
};

export default changeRoutes;
