// GET /api/mappings/{mapping}/compare and /trend: rounds of one mapping set side by side, and
// the headline figures of every round in order (server/compare/ does the work; pure functions
// over the rounds' snapshots, read through each round's analytics cache). Both grow with the
// rounds, so they run where the analytics offload says (a worker, under the time budget), and an
// answer is kept per set of round versions: a write to either round makes a new one.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CompareResult, TrendResult } from '../domain/compare-responses.ts';
import type { Round } from '../domain/mappings.ts';
import { Slug } from '../domain/schemas.ts';
import { compareToMarkdown, fromCompareJson, sideKey } from '../compare/index.ts';
import { recordCount } from '../analytics/graph-tasks.ts';
import { ResultCache } from '../analytics/result-cache.ts';
import type { RoundTaskInput } from '../analytics/worker-protocol.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { notModified } from './etag.ts';
import { NotModified } from './responses.ts';
import { LangQuery, reportLanguage } from './language.ts';

const MappingParams = z.object({ mapping: Slug.describe('a mapping id') });
const CompareQuery = z.strictObject({
  from: Slug.describe('the earlier round (the baseline)'),
  to: Slug.describe('the later round, or a scenario'),
  format: z.enum(['json', 'markdown']).default('json'),
  lang: LangQuery,
});
const errors = { 304: NotModified, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody, ...storeErrors };
const tags = ['mappings'];

/** A round to compare, with what identifies its data: the version its snapshot was read at, and
 * when the round was made (a round deleted and made again under its id starts counting anew). */
type Side = RoundTaskInput & { version: number; createdAt: string; actors: number; records: number };
const taskInput = ({ version: _v, createdAt: _c, actors: _a, records: _r, ...round }: Side): RoundTaskInput => round;

/** Answers kept, across mappings: a comparison of two 10k-actor rounds is megabytes. */
const KEPT_ANSWERS = 16;

const compareRoutes: FastifyPluginAsyncZod = async (app) => {
  const answers = new ResultCache(KEPT_ANSWERS);

  const analyticsOfRound = (mapping: string, round: string) => app.analyticsOf(app.store.round({ mapping, round }));

  /**
   * A round with its snapshot in the workers' shared form, read through the round's analytics
   * cache (one read per version): the comparisons run on the workers, so this thread never needs
   * the snapshot's objects, and the embedded store writes its JSON text itself.
   */
  const inputOf = async (round: Round): Promise<Side> => {
    const analytics = analyticsOfRound(round.mappingId, round.id);
    const shared = await analytics.shared(round.version); // read with the round, in this request
    return {
      id: round.id,
      label: round.label,
      date: round.observedOn,
      kind: round.kind,
      snapshot: shared.snapshot,
      version: shared.version,
      createdAt: round.createdAt,
      actors: shared.actors,
      records: recordCount(shared),
    };
  };

  /** What identifies these rounds as they are now. The version counts writes; label, date and kind are edited without one, so they count too. */
  const identity = (what: string, mapping: string, rounds: Side[]): string =>
    JSON.stringify([what, mapping, rounds.map(({ snapshot: _, actors: _a, records: _r, ...round }) => round)]);

  /** The answer for these rounds as they are now, computed once however many ask. */
  const keep = <T>(key: string, rounds: Side[], compute: (work: number) => Promise<T>): Promise<T> =>
    answers.get(0, key, () => compute(rounds.reduce((sum, round) => sum + round.records, 0)));

  /** Sends 304 when the caller holds the answer for these rounds as they are now (ETag per identity). */
  const unchanged = (request: FastifyRequest, reply: FastifyReply, key: string): boolean =>
    notModified(request, reply, createHash('sha1').update(key).digest('base64url').slice(0, 16));

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
      // Both rounds read at once: on Neo4j most of a read is the server's, so one round's query runs
      // while this thread decodes the other's rows (bench/README.md, compare.ts).
      const sides = await Promise.all([inputOf(before), inputOf(after)]);
      const rounds = [taskInput(sides[0]), taskInput(sides[1])] as [RoundTaskInput, RoundTaskInput];
      const key = identity('compare', mapping, [...sides]);
      if (unchanged(request, reply, key)) return reply;
      const result = await keep(key, [...sides], async (work) => {
        // The two rounds' measures are independent: two tasks at once, then the cheaper join.
        // The larger round's actor count decides sampling (compare/options.ts), as in compareRounds.
        const largest = Math.max(sides[0].actors, sides[1].actors);
        // A side is kept per round version: comparing a round with another one reuses its side.
        const measured = await Promise.all(
          (['from', 'to'] as const).map((side, i) =>
            analyticsOfRound(mapping, sides[i]!.id).remember(sides[i]!.version, sideKey(side, largest), () =>
              app.analyticsOffload.run('compareSide', { ...rounds[i]!, side, largest }, work),
            ),
          ),
        );
        return app.analyticsOffload.run('compareJoin', { rounds, sides: [measured[0]!, measured[1]!] }, work);
      });
      // The answer is JSON text already (worker-protocol.ts, compareJoin): sent as is, a string
      // with a JSON type skips the serializer; Markdown is a rendering of the same result.
      if (format === 'json') return reply.type('application/json; charset=utf-8').send(result as never);
      const language = reportLanguage(request, reply, lang);
      reply.type('text/markdown; charset=utf-8').serializer((payload: unknown) => String(payload));
      return reply.send(compareToMarkdown(fromCompareJson(result), language) as never);
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
    async (request, reply) => {
      const rounds = await app.store.listRounds(request.params.mapping);
      const sides: Side[] = [];
      for (const round of rounds) sides.push(await inputOf(round)); // one snapshot read at a time
      const key = identity('trend', request.params.mapping, sides);
      if (unchanged(request, reply, key)) return reply;
      return keep(key, sides, (work) => app.analyticsOffload.run('trend', { rounds: sides.map(taskInput) }, work));
    },
  );
};

export default compareRoutes;
