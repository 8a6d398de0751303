// Every route that works on one round's graph, mounted once per way of naming the round: under
// /api/mappings/{mapping}/rounds/{round}/… and, on the default round, under /api/… as before.
// The route plugins are the same objects both times; only the resolver differs.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Slug } from '../domain/schemas.ts';
import { ErrorBody } from '../plugins/errors.ts';
import { enterRound, roundHeaders } from '../plugins/rounds.ts';
import actorRoutes from './actors.ts';
import analyticsRoutes from './analytics.ts';
import collaborationRoutes from './collaborations.ts';
import duplicateRoutes from './duplicates.ts';
import forumRoutes from './forums.ts';
import gapRoutes from './gaps.ts';
import graphRoutes from './graph.ts';
import interchangeRoutes from './interchange.ts';
import layoutRoutes from './layout.ts';
import sourceRoutes from './sources.ts';

export const RoundParams = z.object({ mapping: Slug.describe('a mapping id'), round: Slug.describe('a round id of that mapping') });

export interface RoundScopeOptions {
  /** `path`: the round named by the prefix's :mapping and :round; `default`: the default round. */
  from: 'path' | 'default';
  importBodyLimitBytes: number;
  importReadBudgetMs: number;
  analyticsBudgetMs: number;
}

const roundScope: FastifyPluginAsync<RoundScopeOptions> = async (app, options) => {
  app.addHook('onRoute', (route) => {
    // The prefix's :mapping and :round join each route's own params: validated, and documented.
    if (options.from === 'path') {
      const own = route.schema?.params;
      const params = own instanceof z.ZodObject ? RoundParams.extend(own.shape) : RoundParams;
      route.schema = { ...route.schema, params };
    }
    // Every route here can miss its round (404), a named round can be malformed (400), and every
    // write can meet a closed one (409).
    const methods = [route.method].flat();
    const writes = methods.some((method) => method !== 'GET' && method !== 'HEAD');
    const response = {
      ...(options.from === 'path' ? { 400: ErrorBody } : {}),
      404: ErrorBody,
      ...(writes ? { 409: ErrorBody } : {}),
      ...(route.schema?.response as object | undefined),
    };
    route.schema = { ...route.schema, response };
  });
  const resolve = async (request: FastifyRequest) => {
    if (options.from === 'default') return app.defaultRound();
    const { mapping, round } = request.params as z.infer<typeof RoundParams>;
    return app.roundOf({ mapping, round });
  };
  // After validation (a malformed id is a 400 naming it), before the handler.
  app.addHook('preHandler', async (request, reply) => {
    const round = await resolve(request);
    enterRound(request, round);
    reply.headers(roundHeaders(round));
  });

  await app.register(actorRoutes, { prefix: '/actors' });
  await app.register(collaborationRoutes, { prefix: '/collaborations' });
  await app.register(forumRoutes, { prefix: '/forums' });
  await app.register(sourceRoutes, { prefix: '/sources' });
  await app.register(graphRoutes, { importBodyLimitBytes: options.importBodyLimitBytes });
  await app.register(interchangeRoutes, { importBodyLimitBytes: options.importBodyLimitBytes, readBudgetMs: options.importReadBudgetMs });
  await app.register(analyticsRoutes, { prefix: '/analytics', budgetMs: options.analyticsBudgetMs });
  await app.register(gapRoutes, { prefix: '/gaps' });
  await app.register(duplicateRoutes);
  await app.register(layoutRoutes, { prefix: '/layout' });
};

export default roundScope;
