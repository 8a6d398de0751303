// GET /api/mappings/{mapping}/compare and /trend: rounds of one mapping set side by side, and
// the headline figures of every round in order (server/compare/ does the work; pure functions
// over the rounds' snapshots, read through each round's analytics cache).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CompareResult, TrendResult } from '../domain/compare-responses.ts';
import type { Round } from '../domain/mappings.ts';
import { Slug } from '../domain/schemas.ts';
import { compareRounds, compareToMarkdown, trend, type RoundInput } from '../compare/index.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';

const MappingParams = z.object({ mapping: Slug.describe('a mapping id') });
const CompareQuery = z.strictObject({
  from: Slug.describe('the earlier round (the baseline)'),
  to: Slug.describe('the later round, or a scenario'),
  format: z.enum(['json', 'markdown']).default('json'),
  lang: z.enum(['sv', 'en']).default('en').describe('the language of the Markdown'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody, ...storeErrors };
const tags = ['mappings'];

const compareRoutes: FastifyPluginAsyncZod = async (app) => {
  /** A round with its snapshot, read through the round's analytics cache (one read per version). */
  const inputOf = async (round: Round): Promise<RoundInput> => {
    const graph = app.store.round({ mapping: round.mappingId, round: round.id });
    const analytics = app.analyticsOf(graph);
    const snapshot = await analytics.snapshot(await analytics.version());
    return { id: round.id, label: round.label, date: round.observedOn, kind: round.kind, snapshot };
  };

  app.get(
    '/:mapping/compare',
    {
      schema: {
        tags,
        summary: 'Compare two rounds: ties new, ended and changed, per-sector figures, mixing, movers, brokers, wishes followed up',
        params: MappingParams,
        querystring: CompareQuery,
        response: {
          200: {
            description: 'the comparison as JSON, or rendered as Markdown (format=markdown)',
            content: { 'application/json': { schema: CompareResult }, 'text/markdown': { schema: z.string() } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { mapping } = request.params;
      const { from, to, format, lang } = request.query;
      const [before, after] = await Promise.all([app.roundOf({ mapping, round: from }), app.roundOf({ mapping, round: to })]);
      const result = compareRounds(await inputOf(before), await inputOf(after));
      if (format === 'json') return result;
      // Markdown skips the JSON serializer on purpose: it is a rendering of the same result.
      reply.type('text/markdown; charset=utf-8').serializer((payload: unknown) => String(payload));
      return reply.send(compareToMarkdown(result, lang) as never);
    },
  );

  app.get(
    '/:mapping/trend',
    {
      schema: {
        tags,
        summary: "The report's headline figures for every round of the mapping, in order (scenarios say kind: scenario)",
        params: MappingParams,
        response: { 200: TrendResult, ...errors },
      },
    },
    async (request) => {
      const rounds = await app.store.listRounds(request.params.mapping);
      const inputs: RoundInput[] = [];
      for (const round of rounds) inputs.push(await inputOf(round)); // one snapshot in memory at a time while reading
      return trend(inputs);
    },
  );
};

export default compareRoutes;
