// /api/graph — the whole graph in one response, and /api/import for whole datasets.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Dataset } from '../domain/inputs.ts';
import { serializeGraph } from '../graph/serialize.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { analyticsErrors, answerFromGraph } from './analytics-common.ts';
import { GraphFilters, graphFilterOf } from './graph-filters.ts';

const Node = z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) });
const Edge = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  undirected: z.boolean(),
  attributes: z.record(z.string(), z.unknown()),
});
const SerializedGraph = z
  .object({
    options: z.object({ type: z.literal('mixed'), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
    attributes: z.object({ version: z.number().int() }),
    nodes: z.array(Node),
    edges: z.array(Edge),
  })
  .meta({ id: 'SerializedGraph', description: "graphology's serialized format; load with Graph.from()" });

const ImportResult = z
  .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
  .meta({ id: 'ImportResult' });

const graphRoutes: FastifyPluginAsyncZod<{ importBodyLimitBytes: number }> = async (app, { importBodyLimitBytes }) => {
  app.get(
    '/graph',
    {
      schema: {
        tags: ['graph'],
        summary: 'The whole graph (actors, forums, memberships, collaborations) in graphology format',
        description:
          'Filters keep matching ties and the actors they touch, plus the actors that match on their own. ETag / If-None-Match supported.',
        querystring: GraphFilters,
        response: { 200: SerializedGraph, ...analyticsErrors, ...storeErrors },
      },
    },
    async (request, reply) => {
      // The version is checked before the snapshot is read, so a 304 costs one small query.
      return answerFromGraph(request, reply, (snapshot) => serializeGraph(snapshot, graphFilterOf(snapshot, request.query)));
    },
  );

  app.post(
    '/import',
    {
      bodyLimit: importBodyLimitBytes,
      schema: {
        tags: ['graph'],
        summary:
          'Upsert a whole dataset in one transaction (idempotent; nothing else is touched); 409 when it would make an actor a unit of itself',
        body: Dataset,
        response: { 200: ImportResult, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 422: ErrorBody, ...storeErrors },
      },
    },
    async (request) => request.graph.importDataset(request.body),
  );
};

export default graphRoutes;
