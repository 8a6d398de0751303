// /api/…/layout — where the explorer draws each actor and forum of the round (domain/layout.ts).
// A GET answers an empty layout (savedAt null) rather than a 404 when none was saved, so a page
// asks once and knows; a PUT replaces the layout whole, with a write key. A PUT with
// If-None-Match: * keeps the round's first layout: only while it has none (412 otherwise), so the
// seeded picture a visitor computed becomes everyone's and never replaces a saved one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Layout, LayoutPut, MAX_LAYOUT_POSITIONS } from '../domain/layout.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { versionOnEntry } from '../plugins/rounds.ts';
import { notModified } from './etag.ts';

const tags = ['layout'];

/** Room for every position at the longest id (120 characters) and full-precision coordinates. */
export const LAYOUT_BODY_LIMIT_BYTES = MAX_LAYOUT_POSITIONS * 200;

const layoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: "The round's saved layout: graph coordinates by actor or forum id",
        description: 'Positions of records deleted since the save are left out. ETag / If-None-Match supported.',
        response: { 200: Layout, 401: ErrorBody, 403: ErrorBody, ...storeErrors },
      },
    },
    async (request, reply) => {
      // The version first: a save in between makes the next request fetch again, never miss it.
      if (notModified(request, reply, await versionOnEntry(request))) return reply;
      return (await request.graph.getLayout()) ?? { positions: {}, savedAt: null };
    },
  );

  app.put(
    '',
    {
      bodyLimit: LAYOUT_BODY_LIMIT_BYTES,
      schema: {
        tags,
        summary: "Replace the round's layout (every id an actor or forum of the round)",
        description: `At most ${MAX_LAYOUT_POSITIONS.toLocaleString('en-US')} positions; an unknown id is a 422 naming it. With If-None-Match: * only a round without a layout takes it (its first layout); 412 when it has one.`,
        headers: z.object({
          'if-none-match': z.literal('*').optional().describe("'*': save only when the round has no layout yet"),
        }),
        body: LayoutPut,
        response: {
          200: Layout,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          412: ErrorBody,
          413: ErrorBody,
          422: ErrorBody,
          ...storeErrors,
        },
      },
    },
    async (request) =>
      request.headers['if-none-match'] === '*'
        ? request.graph.saveFirstLayout(request.body.positions)
        : request.graph.saveLayout(request.body.positions),
  );
};

export default layoutRoutes;
